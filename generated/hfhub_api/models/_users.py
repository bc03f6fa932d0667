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
    id_: str = Field("_id")
    name: str | None = Field("name", default=None)
    type: Literal["dataset", "model", "space", "bucket", "kernel", "collection", "org", "user", "resource-group", "oauth-app"] | str = Field("type")


class ScopedItem(Model):
    __slots__ = ()
    entity: Entity = Field("entity", Entity)
    permissions: list[str] = Field("permissions")


class FineGrained(Model):
    __slots__ = ()
    scoped: list[ScopedItem] = Field("scoped", ListOf(ScopedItem))
    global_: list[Literal["discussion.write", "post.write"] | str] | None = Field("global", default=None)
    can_read_gated_repos: bool | None = Field("canReadGatedRepos", default=None)
    """Allow access to all public gated repos to which the user has access"""


class UserAccessToken(Model):
    __slots__ = ()
    display_name: str = Field("displayName")
    role: Literal["read", "write", "god", "fineGrained"] | str = Field("role")
    fine_grained: FineGrained | None = Field("fineGrained", FineGrained, default=None)
    created_at: datetime = Field("createdAt", parse_datetime)


class UserResource(Model):
    __slots__ = ()
    sub: str = Field("sub")


class Auth(Model):
    __slots__ = ()
    type: str = Field("type")
    access_token: UserAccessToken | None = Field("accessToken", UserAccessToken, default=None)
    expires_at: datetime | None = Field("expiresAt", parse_datetime, default=None)
    resource: UserResource | None = Field("resource", UserResource, default=None)


class SpaceTool(Model):
    __slots__ = ()
    id_: str = Field("_id")
    name: str = Field("name")
    emoji: str = Field("emoji")
    subdomain: str = Field("subdomain")


class GetMcpToolsResponse(Model):
    __slots__ = ()
    built_in_tools: list[str] = Field("builtInTools")
    space_tools: list[SpaceTool] = Field("spaceTools", ListOf(SpaceTool))


class GetOverviewResponse(Model):
    __slots__ = ()
    id_: str = Field("_id")
    orgs: list[DatasetOrg] | None = Field("orgs", ListOf(DatasetOrg), default=None)
    avatar_url: str = Field("avatarUrl")
    fullname: str = Field("fullname")
    is_pro: bool = Field("isPro")
    user: str = Field("user")
    num_models: float | None = Field("numModels", default=None)
    num_datasets: float | None = Field("numDatasets", default=None)
    num_spaces: float | None = Field("numSpaces", default=None)
    num_buckets: float | None = Field("numBuckets", default=None)
    num_kernels: float | None = Field("numKernels", default=None)
    num_discussions: float | None = Field("numDiscussions", default=None)
    num_papers: float | None = Field("numPapers", default=None)
    num_upvotes: float | None = Field("numUpvotes", default=None)
    num_likes: float | None = Field("numLikes", default=None)
    num_followers: float | None = Field("numFollowers", default=None)
    num_following: float | None = Field("numFollowing", default=None)
    num_following_orgs: float | None = Field("numFollowingOrgs", default=None)
    details: str | None = Field("details", default=None)
    is_following: bool | None = Field("isFollowing", default=None)
    reason_to_follow: str | None = Field("reasonToFollow", default=None)
    primary_org_avatar_url: str | None = Field("primaryOrgAvatarUrl", default=None)
    type: Literal["user"] = Field("type")
    created_at: datetime = Field("createdAt", parse_datetime)
    hardware_items: list[HardwareItem] | None = Field("hardwareItems", ListOf(HardwareItem), default=None)
    """The user's hardware items, unless the user set them as private"""


class JobDetail(Model):
    __slots__ = ()
    job_id: str = Field("jobId")
    hardware_flavor: str = Field("hardwareFlavor")
    total_minutes: float = Field("totalMinutes")
    total_cost_micro_usd: float = Field("totalCostMicroUsd")
    started_at: datetime = Field("startedAt", parse_datetime)
    completed_at: datetime | None = Field("completedAt", parse_datetime, default=None)


class Like(Model):
    __slots__ = ()
    created_at: datetime = Field("createdAt", parse_datetime)
    repo: RepoId = Field("repo", RepoId)


class Usage(Model):
    __slots__ = ()
    used_micro_usd: float = Field("usedMicroUsd")
    total_minutes: float = Field("totalMinutes")
    period_start: datetime = Field("periodStart", parse_datetime)
    period_end: datetime = Field("periodEnd", parse_datetime)
    job_details: list[JobDetail] = Field("jobDetails", ListOf(JobDetail))


class ListBillingUsageJobsResponse(Model):
    __slots__ = ()
    usage: Usage = Field("usage", Usage)
    has_access: bool = Field("hasAccess")


class UserSocialHandles(Model):
    __slots__ = ()
    twitter: str | None = Field("twitter", default=None)
    github: str | None = Field("github", default=None)
    linkedin: str | None = Field("linkedin", default=None)
    bluesky: str | None = Field("bluesky", default=None)


class UserGetSocialsResponse(Model):
    __slots__ = ()
    id_: str = Field("_id")
    user: str = Field("user")
    social_handles: UserSocialHandles = Field("socialHandles", UserSocialHandles)


class UserResourceGroup(Model):
    __slots__ = ()
    id: str = Field("id")
    name: str = Field("name")
    role: Literal["admin", "write", "contributor", "read", "no_access"] | str = Field("role")


class UserOrg(Model):
    __slots__ = ()
    type: Literal["org"] = Field("type")
    id: str = Field("id")
    name: str = Field("name")
    fullname: str = Field("fullname")
    email: str | None = Field("email", default=None)
    can_pay: bool | None = Field("canPay", default=None)
    billing_mode: Literal["prepaid", "postpaid"] | str | None = Field("billingMode", default=None)
    avatar_url: str = Field("avatarUrl")
    period_end: float | None = Field("periodEnd", default=None)
    plan: Literal["team", "enterprise", "plus", "academia"] | str | None = Field("plan", default=None)
    role_in_org: Literal["admin", "write", "contributor", "read", "no_access"] | str | None = Field("roleInOrg", default=None)
    security_restrictions: list[Literal["mfa", "token-policy", "token-revoked", "sso", "ip"] | str] | None = Field("securityRestrictions", default=None)
    """Current security restrictions for accessing data in this organization with current authentication method"""
    resource_groups: list[UserResourceGroup] | None = Field("resourceGroups", ListOf(UserResourceGroup), default=None)


class WhoamiResponse(Model):
    __slots__ = ()
    auth: Auth = Field("auth", Auth)
    type: Literal["user"] = Field("type")
    id: str = Field("id")
    name: str = Field("name")
    fullname: str = Field("fullname")
    email: str | None = Field("email", default=None)
    can_pay: bool | None = Field("canPay", default=None)
    billing_mode: Literal["prepaid", "postpaid"] | str | None = Field("billingMode", default=None)
    avatar_url: str = Field("avatarUrl")
    period_end: float | None = Field("periodEnd", default=None)
    email_verified: bool | None = Field("emailVerified", default=None)
    is_pro: bool = Field("isPro")
    orgs: list[UserOrg] = Field("orgs", ListOf(UserOrg))
