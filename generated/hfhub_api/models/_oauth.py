"""Models of the ``oauth`` resource.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import Literal

from .._types import Field, ListOf, Model
from ._shared import HardwareItem


class OauthResourceGroup(Model):
    __slots__ = ()
    sub: str = Field("sub")
    name: str = Field("name")
    role: Literal["admin", "write", "contributor", "read", "no_access"] | str = Field("role")


class OauthOrg(Model):
    __slots__ = ()
    sub: str = Field("sub")
    """ID of the organization"""
    name: str = Field("name")
    """Name of the organization"""
    picture: str = Field("picture")
    """Avatar URL of the organization"""
    preferred_username: str = Field("preferred_username")
    """Username of the organization"""
    plan: Literal["team", "enterprise", "plus", "academia"] | str | None = Field("plan", default=None)
    can_pay: bool | None = Field("canPay", default=None)
    billing_mode: Literal["prepaid", "postpaid"] | str | None = Field("billingMode", default=None)
    role_in_org: Literal["admin", "write", "contributor", "read", "no_access"] | str | None = Field("roleInOrg", default=None)
    security_restrictions: list[Literal["mfa", "token-policy", "token-revoked", "sso", "ip"] | str] | None = Field("securityRestrictions", default=None)
    """Current security restrictions for accessing data in this organization with current authentication method"""
    resource_groups: list[OauthResourceGroup] | None = Field("resourceGroups", ListOf(OauthResourceGroup), default=None)


class GetUserinfoResponse(Model):
    __slots__ = ()
    sub: str = Field("sub")
    """ID of the user"""
    name: str | None = Field("name", default=None)
    """Full name of the user"""
    preferred_username: str | None = Field("preferred_username", default=None)
    """Username of the user"""
    profile: str | None = Field("profile", default=None)
    """Profile URL of the user"""
    picture: str | None = Field("picture", default=None)
    """Avatar URL of the user"""
    website: str | None = Field("website", default=None)
    """Website of the user"""
    email: str | None = Field("email", default=None)
    """Email of the user"""
    email_verified: bool | None = Field("email_verified", default=None)
    """Whether the email is verified"""
    hardware_items: list[HardwareItem] | None = Field("hardwareItems", ListOf(HardwareItem), default=None)
    """The user's hardware items, if the `profile` scope is granted and the user did not set them as private"""
    is_pro: bool = Field("isPro")
    """Whether the user is a Pro user"""
    can_pay: bool | None = Field("canPay", default=None)
    """Whether the user has access to billing. You should check `canPay` first."""
    billing_mode: Literal["prepaid", "postpaid"] | str | None = Field("billingMode", default=None)
    """Whether the user is on prepaid or postpaid billing"""
    orgs: list[OauthOrg] = Field("orgs", ListOf(OauthOrg))


class RegisterAppResponse(Model):
    __slots__ = ()
    client_id: str = Field("client_id")
    client_secret: str | None = Field("client_secret", default=None)
    client_id_issued_at: float = Field("client_id_issued_at")
    client_secret_expires_at: float = Field("client_secret_expires_at")
    redirect_uris: list[str] = Field("redirect_uris")
    client_name: str | None = Field("client_name", default=None)
    client_uri: str | None = Field("client_uri", default=None)
    logo_uri: str | None = Field("logo_uri", default=None)
    scope: str = Field("scope")
    grant_types: list[Literal["urn:ietf:params:oauth:grant-type:token-exchange", "urn:ietf:params:oauth:grant-type:device_code", "authorization_code", "refresh_token"] | str] = Field("grant_types")
    contacts: list[str] | None = Field("contacts", default=None)
    token_endpoint_auth_method: Literal["client_secret_basic", "none", "client_secret_post"] | str | None = Field("token_endpoint_auth_method", default=None)
    software_id: str | None = Field("software_id", default=None)
    software_version: str | None = Field("software_version", default=None)


class StartDeviceAuthorizationResponse(Model):
    __slots__ = ()
    device_code: str = Field("device_code")
    user_code: str = Field("user_code")
    verification_uri: str = Field("verification_uri")
    expires_in: float = Field("expires_in")
