"""Models of the ``service_accounts`` resource.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from .._types import Field, ListOf, Model, parse_datetime


class AccessToken(Model):
    __slots__ = ()
    id_: str = Field("_id")
    display_name: str = Field("displayName")
    created_at: datetime = Field("createdAt", parse_datetime)
    last_used_at: datetime | None = Field("lastUsedAt", parse_datetime, default=None)
    expiration: datetime | None = Field("expiration", parse_datetime, default=None)
    role: Literal["read", "write", "fineGrained"] | str = Field("role")
    permissions: list[Literal["repo.content.read", "repo.write", "inference.serverless.write", "inference.endpoints.infer.write", "inference.endpoints.write", "org.read", "org.write", "collection.read", "collection.write", "resourceGroup.write", "job.write", "org.serviceAccounts.read", "org.serviceAccounts.write"] | str] = Field("permissions")
    repo_ids: list[str] = Field("repoIds")
    repo_permissions: list[Literal["repo.content.read", "repo.write"] | str] = Field("repoPermissions")
    endpoint_patterns: list[str] = Field("endpointPatterns")
    last4: str | None = Field("last4", default=None)
    skip_network_security: bool | None = Field("skipNetworkSecurity", default=None)


class TokenInfo(Model):
    __slots__ = ()
    id_: str = Field("_id")
    display_name: str = Field("displayName")
    created_at: str = Field("createdAt")
    permissions: list[str] | None = Field("permissions", default=None)
    repo_ids: list[str] = Field("repoIds")
    repo_permissions: list[str] = Field("repoPermissions")
    endpoint_patterns: list[str] = Field("endpointPatterns")
    skip_network_security: bool = Field("skipNetworkSecurity")


class CreateTokenResponse(Model):
    __slots__ = ()
    token: str = Field("token")
    """The access token - store this securely, it cannot be retrieved later"""
    token_info: TokenInfo = Field("tokenInfo", TokenInfo)


class ServiceAccountTokenInfo(Model):
    __slots__ = ()
    id_: str = Field("_id")
    display_name: str = Field("displayName")
    created_at: str = Field("createdAt")
    last4: str | None = Field("last4", default=None)


class RotateTokenResponse(Model):
    __slots__ = ()
    token: str = Field("token")
    """The new access token"""
    token_info: ServiceAccountTokenInfo = Field("tokenInfo", ServiceAccountTokenInfo)


class ServiceAccount(Model):
    __slots__ = ()
    id_: str = Field("_id")
    user: str = Field("user")
    name: str = Field("name")
    email: str = Field("email")
    description: str | None = Field("description", default=None)
    created_at: datetime = Field("createdAt", parse_datetime)
    access_tokens: list[AccessToken] | None = Field("accessTokens", ListOf(AccessToken), default=None)


class ServiceAccountCreateResponse(Model):
    __slots__ = ()
    id_: str = Field("_id")
    user: str = Field("user")
    fullname: str = Field("fullname")
    description: str | None = Field("description", default=None)
    created_at: str = Field("createdAt")


class ServiceAccountListItem(Model):
    __slots__ = ()
    id_: str = Field("_id")
    user: str = Field("user")
    name: str = Field("name")
    email: str = Field("email")
    description: str | None = Field("description", default=None)
    created_at: datetime = Field("createdAt", parse_datetime)


class UpdateTokenResponse(Model):
    __slots__ = ()
    id_: str = Field("_id")
    display_name: str = Field("displayName")
    permissions: list[str] = Field("permissions")
    repo_ids: list[str] = Field("repoIds")
    repo_permissions: list[str] = Field("repoPermissions")
    endpoint_patterns: list[str] = Field("endpointPatterns")
    skip_network_security: bool = Field("skipNetworkSecurity")
