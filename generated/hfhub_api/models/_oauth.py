"""Models of the ``oauth`` resource.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import Literal

from .._types import Field, ListOf, Model
from ._shared import HardwareItem


class OauthResourceGroup(Model):
    __slots__ = ()
    sub: Field[str] = Field("sub")
    name: Field[str] = Field("name")
    role: Field[Literal["admin", "write", "contributor", "read", "no_access"] | str] = Field("role")


class OauthOrg(Model):
    __slots__ = ()
    sub: Field[str] = Field("sub")
    """ID of the organization"""
    name: Field[str] = Field("name")
    """Name of the organization"""
    picture: Field[str] = Field("picture")
    """Avatar URL of the organization"""
    preferred_username: Field[str] = Field("preferred_username")
    """Username of the organization"""
    plan: Field[Literal["team", "enterprise", "plus", "academia"] | str | None] = Field("plan", default=None)
    can_pay: Field[bool | None] = Field("canPay", default=None)
    billing_mode: Field[Literal["prepaid", "postpaid"] | str | None] = Field("billingMode", default=None)
    role_in_org: Field[Literal["admin", "write", "contributor", "read", "no_access"] | str | None] = Field("roleInOrg", default=None)
    security_restrictions: Field[list[Literal["mfa", "token-policy", "token-revoked", "sso", "ip"] | str] | None] = Field("securityRestrictions", default=None)
    """Current security restrictions for accessing data in this organization with current authentication method"""
    resource_groups: Field[list[OauthResourceGroup] | None] = Field("resourceGroups", ListOf(OauthResourceGroup), default=None)


class GetUserinfoResponse(Model):
    __slots__ = ()
    sub: Field[str] = Field("sub")
    """ID of the user"""
    name: Field[str | None] = Field("name", default=None)
    """Full name of the user"""
    preferred_username: Field[str | None] = Field("preferred_username", default=None)
    """Username of the user"""
    profile: Field[str | None] = Field("profile", default=None)
    """Profile URL of the user"""
    picture: Field[str | None] = Field("picture", default=None)
    """Avatar URL of the user"""
    website: Field[str | None] = Field("website", default=None)
    """Website of the user"""
    email: Field[str | None] = Field("email", default=None)
    """Email of the user"""
    email_verified: Field[bool | None] = Field("email_verified", default=None)
    """Whether the email is verified"""
    hardware_items: Field[list[HardwareItem] | None] = Field("hardwareItems", ListOf(HardwareItem), default=None)
    """The user's hardware items, if the `profile` scope is granted and the user did not set them as private"""
    is_pro: Field[bool] = Field("isPro")
    """Whether the user is a Pro user"""
    can_pay: Field[bool | None] = Field("canPay", default=None)
    """Whether the user has access to billing. You should check `canPay` first."""
    billing_mode: Field[Literal["prepaid", "postpaid"] | str | None] = Field("billingMode", default=None)
    """Whether the user is on prepaid or postpaid billing"""
    orgs: Field[list[OauthOrg]] = Field("orgs", ListOf(OauthOrg))


class RegisterAppResponse(Model):
    __slots__ = ()
    client_id: Field[str] = Field("client_id")
    client_secret: Field[str | None] = Field("client_secret", default=None)
    client_id_issued_at: Field[float] = Field("client_id_issued_at")
    client_secret_expires_at: Field[float] = Field("client_secret_expires_at")
    redirect_uris: Field[list[str]] = Field("redirect_uris")
    client_name: Field[str | None] = Field("client_name", default=None)
    client_uri: Field[str | None] = Field("client_uri", default=None)
    logo_uri: Field[str | None] = Field("logo_uri", default=None)
    scope: Field[str] = Field("scope")
    grant_types: Field[list[Literal["urn:ietf:params:oauth:grant-type:token-exchange", "urn:ietf:params:oauth:grant-type:device_code", "authorization_code", "refresh_token"] | str]] = Field("grant_types")
    contacts: Field[list[str] | None] = Field("contacts", default=None)
    token_endpoint_auth_method: Field[Literal["client_secret_basic", "none", "client_secret_post"] | str | None] = Field("token_endpoint_auth_method", default=None)
    software_id: Field[str | None] = Field("software_id", default=None)
    software_version: Field[str | None] = Field("software_version", default=None)


class StartDeviceAuthorizationResponse(Model):
    __slots__ = ()
    device_code: Field[str] = Field("device_code")
    user_code: Field[str] = Field("user_code")
    verification_uri: Field[str] = Field("verification_uri")
    expires_in: Field[float] = Field("expires_in")
