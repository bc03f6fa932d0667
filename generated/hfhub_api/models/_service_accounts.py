"""Models of the ``service_accounts`` resource.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from .._types import Field, ListOf, Model, parse_datetime


class AccessToken(Model):
    __slots__ = ()
    id_: Field[str] = Field("_id")
    display_name: Field[str] = Field("displayName")
    created_at: Field[datetime] = Field("createdAt", parse_datetime)
    last_used_at: Field[datetime | None] = Field("lastUsedAt", parse_datetime, default=None)
    expiration: Field[datetime | None] = Field("expiration", parse_datetime, default=None)
    role: Field[Literal["read", "write", "fineGrained"] | str] = Field("role")
    permissions: Field[list[Literal["repo.content.read", "repo.write", "inference.serverless.write", "inference.endpoints.infer.write", "inference.endpoints.write", "org.read", "org.write", "collection.read", "collection.write", "resourceGroup.write", "job.write", "org.serviceAccounts.read", "org.serviceAccounts.write"] | str]] = Field("permissions")
    repo_ids: Field[list[str]] = Field("repoIds")
    repo_permissions: Field[list[Literal["repo.content.read", "repo.write"] | str]] = Field("repoPermissions")
    endpoint_patterns: Field[list[str]] = Field("endpointPatterns")
    last4: Field[str | None] = Field("last4", default=None)
    skip_network_security: Field[bool | None] = Field("skipNetworkSecurity", default=None)


class TokenInfo(Model):
    __slots__ = ()
    id_: Field[str] = Field("_id")
    display_name: Field[str] = Field("displayName")
    created_at: Field[str] = Field("createdAt")
    permissions: Field[list[str] | None] = Field("permissions", default=None)
    repo_ids: Field[list[str]] = Field("repoIds")
    repo_permissions: Field[list[str]] = Field("repoPermissions")
    endpoint_patterns: Field[list[str]] = Field("endpointPatterns")
    skip_network_security: Field[bool] = Field("skipNetworkSecurity")


class CreateTokenResponse(Model):
    __slots__ = ()
    token: Field[str] = Field("token")
    """The access token - store this securely, it cannot be retrieved later"""
    token_info: Field[TokenInfo] = Field("tokenInfo", TokenInfo)


class ServiceAccountTokenInfo(Model):
    __slots__ = ()
    id_: Field[str] = Field("_id")
    display_name: Field[str] = Field("displayName")
    created_at: Field[str] = Field("createdAt")
    last4: Field[str | None] = Field("last4", default=None)


class RotateTokenResponse(Model):
    __slots__ = ()
    token: Field[str] = Field("token")
    """The new access token"""
    token_info: Field[ServiceAccountTokenInfo] = Field("tokenInfo", ServiceAccountTokenInfo)


class ServiceAccount(Model):
    __slots__ = ()
    id_: Field[str] = Field("_id")
    user: Field[str] = Field("user")
    name: Field[str] = Field("name")
    email: Field[str] = Field("email")
    description: Field[str | None] = Field("description", default=None)
    created_at: Field[datetime] = Field("createdAt", parse_datetime)
    access_tokens: Field[list[AccessToken] | None] = Field("accessTokens", ListOf(AccessToken), default=None)


class ServiceAccountCreateResponse(Model):
    __slots__ = ()
    id_: Field[str] = Field("_id")
    user: Field[str] = Field("user")
    fullname: Field[str] = Field("fullname")
    description: Field[str | None] = Field("description", default=None)
    created_at: Field[str] = Field("createdAt")


class ServiceAccountListItem(Model):
    __slots__ = ()
    id_: Field[str] = Field("_id")
    user: Field[str] = Field("user")
    name: Field[str] = Field("name")
    email: Field[str] = Field("email")
    description: Field[str | None] = Field("description", default=None)
    created_at: Field[datetime] = Field("createdAt", parse_datetime)


class UpdateTokenResponse(Model):
    __slots__ = ()
    id_: Field[str] = Field("_id")
    display_name: Field[str] = Field("displayName")
    permissions: Field[list[str]] = Field("permissions")
    repo_ids: Field[list[str]] = Field("repoIds")
    repo_permissions: Field[list[str]] = Field("repoPermissions")
    endpoint_patterns: Field[list[str]] = Field("endpointPatterns")
    skip_network_security: Field[bool] = Field("skipNetworkSecurity")
