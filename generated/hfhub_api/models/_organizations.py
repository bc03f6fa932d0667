"""Models of the ``organizations`` resource.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from .._types import Field, ListOf, Model, parse_datetime


class BlockedContent(Model):
    __slots__ = ()
    resource: Field[Literal["dataset", "model", "space", "bucket", "kernel"] | str | Literal["*"]] = Field("resource")
    scope: Field[str] = Field("scope")


class Spaces(Model):
    __slots__ = ()
    uptime_sec: Field[float] = Field("uptimeSec")
    cost_cents: Field[float] = Field("costCents")


class Compute(Model):
    __slots__ = ()
    spaces: Field[Spaces] = Field("spaces", Spaces)
    endpoints: Field[Spaces] = Field("endpoints", Spaces)
    jobs: Field[Spaces] = Field("jobs", Spaces)


class Location(Model):
    __slots__ = ()
    formatted: Field[str] = Field("formatted")
    country: Field[str | None] = Field("country", default=None)
    city: Field[str | None] = Field("city", default=None)


class Oauth(Model):
    __slots__ = ()
    client_id: Field[str] = Field("clientId")
    name: Field[str | None] = Field("name", default=None)


class OrganizationAuthor(Model):
    __slots__ = ()
    id_: Field[str] = Field("_id")
    user: Field[str] = Field("user")
    avatar_url: Field[str] = Field("avatarUrl")
    type: Field[Literal["user", "system"] | str] = Field("type")
    deleted: Field[bool | None] = Field("deleted", default=None)


class Token(Model):
    __slots__ = ()
    type: Field[Literal["access_token"]] = Field("type")
    id: Field[str] = Field("id")
    role: Field[Literal["read", "write", "fineGrained"] | str | None] = Field("role", default=None)
    last4: Field[str | None] = Field("last4", default=None)
    deleted: Field[bool] = Field("deleted")


class ExportAuditLogItem(Model):
    __slots__ = ()
    id_: Field[str] = Field("_id")
    created_at: Field[datetime] = Field("createdAt", parse_datetime)
    type: Field[str] = Field("type")
    data: Field[Any] = Field("data", default=None)
    message: Field[str] = Field("message")
    ip: Field[str | None] = Field("ip", default=None)
    location: Field[Location | None] = Field("location", Location, default=None)
    user_agent: Field[str | None] = Field("userAgent", default=None)
    author: Field[OrganizationAuthor] = Field("author", OrganizationAuthor)
    token: Field[Token | None] = Field("token", Token, default=None)
    oauth: Field[Oauth | None] = Field("oauth", Oauth, default=None)


class Inference(Model):
    __slots__ = ()
    request_count: Field[float] = Field("requestCount")
    cost_cents: Field[float] = Field("costCents")


class Storage(Model):
    __slots__ = ()
    private_gb: Field[float] = Field("privateGB")
    public_gb: Field[float] = Field("publicGB")


class OrganizationResourceGroup(Model):
    __slots__ = ()
    id: Field[str | None] = Field("id")
    name: Field[str | None] = Field("name")
    storage: Field[Storage] = Field("storage", Storage)
    inference: Field[Inference] = Field("inference", Inference)
    compute: Field[Compute] = Field("compute", Compute)


class GetBillingUsageByResourceGroupResponsePeriod(Model):
    __slots__ = ()
    period: Field[datetime] = Field("period", parse_datetime)
    resource_groups: Field[list[OrganizationResourceGroup]] = Field("resourceGroups", ListOf(OrganizationResourceGroup))


class GetBillingUsageByResourceGroupResponse(Model):
    __slots__ = ()
    currency: Field[str] = Field("currency")
    periods: Field[list[GetBillingUsageByResourceGroupResponsePeriod]] = Field("periods", ListOf(GetBillingUsageByResourceGroupResponsePeriod))


class GetNetworkSecurityResponse(Model):
    __slots__ = ()
    enforce_auth: Field[bool | Literal["pending"]] = Field("enforceAuth")
    enforce_ip_restriction: Field[bool] = Field("enforceIpRestriction")
    high_rate_limits: Field[bool] = Field("highRateLimits")
    ip_ranges: Field[list[str]] = Field("ipRanges")
    blocked_contents: Field[list[BlockedContent]] = Field("blockedContents", ListOf(BlockedContent))
    allowed_contents: Field[list[BlockedContent]] = Field("allowedContents", ListOf(BlockedContent))
    keep_repos_metadata_visible: Field[bool] = Field("keepReposMetadataVisible")


class SocialHandles(Model):
    __slots__ = ()
    twitter: Field[str | None] = Field("twitter", default=None)
    github: Field[str | None] = Field("github", default=None)
    linkedin: Field[str | None] = Field("linkedin", default=None)


class GetSocialsResponse(Model):
    __slots__ = ()
    id_: Field[str] = Field("_id")
    org: Field[str] = Field("org")
    social_handles: Field[SocialHandles] = Field("socialHandles", SocialHandles)


class MemberResourceGroup(Model):
    __slots__ = ()
    name: Field[str] = Field("name")
    id: Field[str] = Field("id")
    num_users: Field[float] = Field("numUsers")
    role: Field[Literal["admin", "write", "contributor", "read", "no_access"] | str] = Field("role")


class Member(Model):
    __slots__ = ()
    avatar_url: Field[str] = Field("avatarUrl")
    fullname: Field[str] = Field("fullname")
    is_pro: Field[bool] = Field("isPro")
    user: Field[str] = Field("user")
    type: Field[Literal["user"]] = Field("type")
    is_following: Field[bool | None] = Field("isFollowing", default=None)
    id_: Field[str] = Field("_id")
    role: Field[Literal["admin", "write", "contributor", "read", "no_access"] | str | None] = Field("role", default=None)
    resource_groups: Field[list[MemberResourceGroup] | None] = Field("resourceGroups", ListOf(MemberResourceGroup), default=None)
    two_fa_enabled: Field[bool | None] = Field("twoFaEnabled", default=None)
    verified_email: Field[str | None] = Field("verifiedEmail", default=None)
    """The user's SSO email, if the org has a Team or Enterprise plan and the requester is an admin"""
    is_external_collaborator: Field[bool | None] = Field("isExternalCollaborator", default=None)


class OrganizationFollower(Model):
    """A user following an organization."""
    __slots__ = ()
    id_: Field[str | None] = Field("_id", default=None)
    user: Field[str] = Field("user")
    """Username."""
    fullname: Field[str | None] = Field("fullname", default=None)
    avatar_url: Field[str | None] = Field("avatarUrl", default=None)
    type: Field[str | None] = Field("type", default=None)
    is_pro: Field[bool | None] = Field("isPro", default=None)
    is_following: Field[bool | None] = Field("isFollowing", default=None)


class OrganizationOverview(Model):
    """Overview of an organization."""
    __slots__ = ()
    id_: Field[str | None] = Field("_id", default=None)
    name: Field[str] = Field("name")
    fullname: Field[str | None] = Field("fullname", default=None)
    avatar_url: Field[str | None] = Field("avatarUrl", default=None)
    details: Field[str | None] = Field("details", default=None)
    is_verified: Field[bool | None] = Field("isVerified", default=None)
    is_following: Field[bool | None] = Field("isFollowing", default=None)
    is_enterprise: Field[bool | None] = Field("isEnterprise", default=None)
    plan: Field[str | None] = Field("plan", default=None)
    num_users: Field[int | None] = Field("numUsers", default=None)
    num_models: Field[int | None] = Field("numModels", default=None)
    num_spaces: Field[int | None] = Field("numSpaces", default=None)
    num_datasets: Field[int | None] = Field("numDatasets", default=None)
    num_followers: Field[int | None] = Field("numFollowers", default=None)
    num_papers: Field[int | None] = Field("numPapers", default=None)


class UpdateMemberRoleBodyResourceGroup(Model):
    __slots__ = ()
    id: Field[str] = Field("id")
    role: Field[Literal["admin", "write", "contributor", "read", "no_access"] | str] = Field("role")
