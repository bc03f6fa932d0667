"""Models of the ``users`` resource.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from .._types import Field, ListOf, Model, parse_datetime
from ._shared import DatasetOrg, HardwareItem, RepoId


class Entity(Model):
    __slots__ = ()
    id_: Field[str] = Field("_id")
    name: Field[str | None] = Field("name", default=None)
    type: Field[Literal["dataset", "model", "space", "bucket", "kernel", "collection", "org", "user", "resource-group", "oauth-app"] | str] = Field("type")


class ScopedItem(Model):
    __slots__ = ()
    entity: Field[Entity] = Field("entity", Entity)
    permissions: Field[list[str]] = Field("permissions")


class FineGrained(Model):
    __slots__ = ()
    scoped: Field[list[ScopedItem]] = Field("scoped", ListOf(ScopedItem))
    global_: Field[list[Literal["discussion.write", "post.write"] | str] | None] = Field("global", default=None)
    can_read_gated_repos: Field[bool | None] = Field("canReadGatedRepos", default=None)
    """Allow access to all public gated repos to which the user has access"""


class UserAccessToken(Model):
    __slots__ = ()
    display_name: Field[str] = Field("displayName")
    role: Field[Literal["read", "write", "god", "fineGrained"] | str] = Field("role")
    fine_grained: Field[FineGrained | None] = Field("fineGrained", FineGrained, default=None)
    created_at: Field[datetime] = Field("createdAt", parse_datetime)


class UserResource(Model):
    __slots__ = ()
    sub: Field[str] = Field("sub")


class Auth(Model):
    __slots__ = ()
    type: Field[str] = Field("type")
    access_token: Field[UserAccessToken | None] = Field("accessToken", UserAccessToken, default=None)
    expires_at: Field[datetime | None] = Field("expiresAt", parse_datetime, default=None)
    resource: Field[UserResource | None] = Field("resource", UserResource, default=None)


class SpaceTool(Model):
    __slots__ = ()
    id_: Field[str] = Field("_id")
    name: Field[str] = Field("name")
    emoji: Field[str] = Field("emoji")
    subdomain: Field[str] = Field("subdomain")


class GetMcpToolsResponse(Model):
    __slots__ = ()
    built_in_tools: Field[list[str]] = Field("builtInTools")
    space_tools: Field[list[SpaceTool]] = Field("spaceTools", ListOf(SpaceTool))


class GetOverviewResponse(Model):
    __slots__ = ()
    id_: Field[str] = Field("_id")
    orgs: Field[list[DatasetOrg] | None] = Field("orgs", ListOf(DatasetOrg), default=None)
    avatar_url: Field[str] = Field("avatarUrl")
    fullname: Field[str] = Field("fullname")
    is_pro: Field[bool] = Field("isPro")
    user: Field[str] = Field("user")
    num_models: Field[float | None] = Field("numModels", default=None)
    num_datasets: Field[float | None] = Field("numDatasets", default=None)
    num_spaces: Field[float | None] = Field("numSpaces", default=None)
    num_buckets: Field[float | None] = Field("numBuckets", default=None)
    num_kernels: Field[float | None] = Field("numKernels", default=None)
    num_discussions: Field[float | None] = Field("numDiscussions", default=None)
    num_papers: Field[float | None] = Field("numPapers", default=None)
    num_upvotes: Field[float | None] = Field("numUpvotes", default=None)
    num_likes: Field[float | None] = Field("numLikes", default=None)
    num_followers: Field[float | None] = Field("numFollowers", default=None)
    num_following: Field[float | None] = Field("numFollowing", default=None)
    num_following_orgs: Field[float | None] = Field("numFollowingOrgs", default=None)
    details: Field[str | None] = Field("details", default=None)
    is_following: Field[bool | None] = Field("isFollowing", default=None)
    reason_to_follow: Field[str | None] = Field("reasonToFollow", default=None)
    primary_org_avatar_url: Field[str | None] = Field("primaryOrgAvatarUrl", default=None)
    type: Field[Literal["user"]] = Field("type")
    created_at: Field[datetime] = Field("createdAt", parse_datetime)
    hardware_items: Field[list[HardwareItem] | None] = Field("hardwareItems", ListOf(HardwareItem), default=None)
    """The user's hardware items, unless the user set them as private"""


class JobDetail(Model):
    __slots__ = ()
    job_id: Field[str] = Field("jobId")
    hardware_flavor: Field[str] = Field("hardwareFlavor")
    total_minutes: Field[float] = Field("totalMinutes")
    total_cost_micro_usd: Field[float] = Field("totalCostMicroUsd")
    started_at: Field[datetime] = Field("startedAt", parse_datetime)
    completed_at: Field[datetime | None] = Field("completedAt", parse_datetime, default=None)


class Like(Model):
    __slots__ = ()
    created_at: Field[datetime] = Field("createdAt", parse_datetime)
    repo: Field[RepoId] = Field("repo", RepoId)


class Usage(Model):
    __slots__ = ()
    used_micro_usd: Field[float] = Field("usedMicroUsd")
    total_minutes: Field[float] = Field("totalMinutes")
    period_start: Field[datetime] = Field("periodStart", parse_datetime)
    period_end: Field[datetime] = Field("periodEnd", parse_datetime)
    job_details: Field[list[JobDetail]] = Field("jobDetails", ListOf(JobDetail))


class ListBillingUsageJobsResponse(Model):
    __slots__ = ()
    usage: Field[Usage] = Field("usage", Usage)
    has_access: Field[bool] = Field("hasAccess")


class UserSocialHandles(Model):
    __slots__ = ()
    twitter: Field[str | None] = Field("twitter", default=None)
    github: Field[str | None] = Field("github", default=None)
    linkedin: Field[str | None] = Field("linkedin", default=None)
    bluesky: Field[str | None] = Field("bluesky", default=None)


class UserGetSocialsResponse(Model):
    __slots__ = ()
    id_: Field[str] = Field("_id")
    user: Field[str] = Field("user")
    social_handles: Field[UserSocialHandles] = Field("socialHandles", UserSocialHandles)


class UserResourceGroup(Model):
    __slots__ = ()
    id: Field[str] = Field("id")
    name: Field[str] = Field("name")
    role: Field[Literal["admin", "write", "contributor", "read", "no_access"] | str] = Field("role")


class UserOrg(Model):
    __slots__ = ()
    type: Field[Literal["org"]] = Field("type")
    id: Field[str] = Field("id")
    name: Field[str] = Field("name")
    fullname: Field[str] = Field("fullname")
    email: Field[str | None] = Field("email", default=None)
    can_pay: Field[bool | None] = Field("canPay", default=None)
    billing_mode: Field[Literal["prepaid", "postpaid"] | str | None] = Field("billingMode", default=None)
    avatar_url: Field[str] = Field("avatarUrl")
    period_end: Field[float | None] = Field("periodEnd", default=None)
    plan: Field[Literal["team", "enterprise", "plus", "academia"] | str | None] = Field("plan", default=None)
    role_in_org: Field[Literal["admin", "write", "contributor", "read", "no_access"] | str | None] = Field("roleInOrg", default=None)
    security_restrictions: Field[list[Literal["mfa", "token-policy", "token-revoked", "sso", "ip"] | str] | None] = Field("securityRestrictions", default=None)
    """Current security restrictions for accessing data in this organization with current authentication method"""
    resource_groups: Field[list[UserResourceGroup] | None] = Field("resourceGroups", ListOf(UserResourceGroup), default=None)


class WhoamiResponse(Model):
    __slots__ = ()
    auth: Field[Auth] = Field("auth", Auth)
    type: Field[Literal["user"]] = Field("type")
    id: Field[str] = Field("id")
    name: Field[str] = Field("name")
    fullname: Field[str] = Field("fullname")
    email: Field[str | None] = Field("email", default=None)
    can_pay: Field[bool | None] = Field("canPay", default=None)
    billing_mode: Field[Literal["prepaid", "postpaid"] | str | None] = Field("billingMode", default=None)
    avatar_url: Field[str] = Field("avatarUrl")
    period_end: Field[float | None] = Field("periodEnd", default=None)
    email_verified: Field[bool | None] = Field("emailVerified", default=None)
    is_pro: Field[bool] = Field("isPro")
    orgs: Field[list[UserOrg]] = Field("orgs", ListOf(UserOrg))
