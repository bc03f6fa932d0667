"""Models of the ``organizations`` resource.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from .._types import Field, ListOf, Model, parse_datetime


class BlockedContent(Model):
    __slots__ = ()
    resource: Literal["dataset", "model", "space", "bucket", "kernel"] | str | Literal["*"] = Field("resource")
    scope: str = Field("scope")


class Spaces(Model):
    __slots__ = ()
    uptime_sec: float = Field("uptimeSec")
    cost_cents: float = Field("costCents")


class Compute(Model):
    __slots__ = ()
    spaces: Spaces = Field("spaces", Spaces)
    endpoints: Spaces = Field("endpoints", Spaces)
    jobs: Spaces = Field("jobs", Spaces)


class Location(Model):
    __slots__ = ()
    formatted: str = Field("formatted")
    country: str | None = Field("country", default=None)
    city: str | None = Field("city", default=None)


class Oauth(Model):
    __slots__ = ()
    client_id: str = Field("clientId")
    name: str | None = Field("name", default=None)


class OrganizationAuthor(Model):
    __slots__ = ()
    id_: str = Field("_id")
    user: str = Field("user")
    avatar_url: str = Field("avatarUrl")
    type: Literal["user", "system"] | str = Field("type")
    deleted: bool | None = Field("deleted", default=None)


class Token(Model):
    __slots__ = ()
    type: Literal["access_token"] = Field("type")
    id: str = Field("id")
    role: Literal["read", "write", "fineGrained"] | str | None = Field("role", default=None)
    last4: str | None = Field("last4", default=None)
    deleted: bool = Field("deleted")


class ExportAuditLogItem(Model):
    __slots__ = ()
    id_: str = Field("_id")
    created_at: datetime = Field("createdAt", parse_datetime)
    type: str = Field("type")
    data: Any = Field("data", default=None)
    message: str = Field("message")
    ip: str | None = Field("ip", default=None)
    location: Location | None = Field("location", Location, default=None)
    user_agent: str | None = Field("userAgent", default=None)
    author: OrganizationAuthor = Field("author", OrganizationAuthor)
    token: Token | None = Field("token", Token, default=None)
    oauth: Oauth | None = Field("oauth", Oauth, default=None)


class Inference(Model):
    __slots__ = ()
    request_count: float = Field("requestCount")
    cost_cents: float = Field("costCents")


class Storage(Model):
    __slots__ = ()
    private_gb: float = Field("privateGB")
    public_gb: float = Field("publicGB")


class OrganizationResourceGroup(Model):
    __slots__ = ()
    id: str | None = Field("id")
    name: str | None = Field("name")
    storage: Storage = Field("storage", Storage)
    inference: Inference = Field("inference", Inference)
    compute: Compute = Field("compute", Compute)


class GetBillingUsageByResourceGroupResponsePeriod(Model):
    __slots__ = ()
    period: datetime = Field("period", parse_datetime)
    resource_groups: list[OrganizationResourceGroup] = Field("resourceGroups", ListOf(OrganizationResourceGroup))


class GetBillingUsageByResourceGroupResponse(Model):
    __slots__ = ()
    currency: str = Field("currency")
    periods: list[GetBillingUsageByResourceGroupResponsePeriod] = Field("periods", ListOf(GetBillingUsageByResourceGroupResponsePeriod))


class GetNetworkSecurityResponse(Model):
    __slots__ = ()
    enforce_auth: bool | Literal["pending"] = Field("enforceAuth")
    enforce_ip_restriction: bool = Field("enforceIpRestriction")
    high_rate_limits: bool = Field("highRateLimits")
    ip_ranges: list[str] = Field("ipRanges")
    blocked_contents: list[BlockedContent] = Field("blockedContents", ListOf(BlockedContent))
    allowed_contents: list[BlockedContent] = Field("allowedContents", ListOf(BlockedContent))
    keep_repos_metadata_visible: bool = Field("keepReposMetadataVisible")


class SocialHandles(Model):
    __slots__ = ()
    twitter: str | None = Field("twitter", default=None)
    github: str | None = Field("github", default=None)
    linkedin: str | None = Field("linkedin", default=None)


class GetSocialsResponse(Model):
    __slots__ = ()
    id_: str = Field("_id")
    org: str = Field("org")
    social_handles: SocialHandles = Field("socialHandles", SocialHandles)


class MemberResourceGroup(Model):
    __slots__ = ()
    name: str = Field("name")
    id: str = Field("id")
    num_users: float = Field("numUsers")
    role: Literal["admin", "write", "contributor", "read", "no_access"] | str = Field("role")


class Member(Model):
    __slots__ = ()
    avatar_url: str = Field("avatarUrl")
    fullname: str = Field("fullname")
    is_pro: bool = Field("isPro")
    user: str = Field("user")
    type: Literal["user"] = Field("type")
    is_following: bool | None = Field("isFollowing", default=None)
    id_: str = Field("_id")
    role: Literal["admin", "write", "contributor", "read", "no_access"] | str | None = Field("role", default=None)
    resource_groups: list[MemberResourceGroup] | None = Field("resourceGroups", ListOf(MemberResourceGroup), default=None)
    two_fa_enabled: bool | None = Field("twoFaEnabled", default=None)
    verified_email: str | None = Field("verifiedEmail", default=None)
    """The user's SSO email, if the org has a Team or Enterprise plan and the requester is an admin"""
    is_external_collaborator: bool | None = Field("isExternalCollaborator", default=None)


class OrganizationFollower(Model):
    """A user following an organization."""
    __slots__ = ()
    id_: str | None = Field("_id", default=None)
    user: str = Field("user")
    """Username."""
    fullname: str | None = Field("fullname", default=None)
    avatar_url: str | None = Field("avatarUrl", default=None)
    type: str | None = Field("type", default=None)
    is_pro: bool | None = Field("isPro", default=None)
    is_following: bool | None = Field("isFollowing", default=None)


class OrganizationOverview(Model):
    """Overview of an organization."""
    __slots__ = ()
    id_: str | None = Field("_id", default=None)
    name: str = Field("name")
    fullname: str | None = Field("fullname", default=None)
    avatar_url: str | None = Field("avatarUrl", default=None)
    details: str | None = Field("details", default=None)
    is_verified: bool | None = Field("isVerified", default=None)
    is_following: bool | None = Field("isFollowing", default=None)
    is_enterprise: bool | None = Field("isEnterprise", default=None)
    plan: str | None = Field("plan", default=None)
    num_users: int | None = Field("numUsers", default=None)
    num_models: int | None = Field("numModels", default=None)
    num_spaces: int | None = Field("numSpaces", default=None)
    num_datasets: int | None = Field("numDatasets", default=None)
    num_followers: int | None = Field("numFollowers", default=None)
    num_papers: int | None = Field("numPapers", default=None)


class UpdateMemberRoleBodyResourceGroup(Model):
    __slots__ = ()
    id: str = Field("id")
    role: Literal["admin", "write", "contributor", "read", "no_access"] | str = Field("role")
