"""Models of the ``resource_groups`` resource.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import Any, Literal

from .._types import Field, ListOf, Model


class AddUsersBodyUser(Model):
    __slots__ = ()
    name: str | None = Field("name", default=None)
    role: Literal["admin", "write", "contributor", "read", "no_access"] | str = Field("role")
    user: str | None = Field("user", default=None)


class AutoJoin(Model):
    __slots__ = ()
    enabled: bool = Field("enabled")
    role: Literal["admin", "write", "contributor", "read", "no_access"] | str | None = Field("role", default=None)
    scope: Literal["all", "read_plus"] | str | None = Field("scope", default=None)


class CreateBodyUser(Model):
    __slots__ = ()
    user: str = Field("user")
    role: Literal["admin", "write", "contributor", "read", "no_access"] | str = Field("role")


class DeleteResponse(Model):
    __slots__ = ()
    success: bool = Field("success")


class ResourceGroupResource(Model):
    __slots__ = ()
    type: Literal["dataset", "model", "space", "bucket", "kernel"] | str | Literal["collection"] | Literal["blog"] | Literal["job"] | Literal["scheduled-job"] = Field("type")
    name: str | None = Field("name", default=None)
    added_by: str | None = Field("addedBy", default=None)
    private: bool | None = Field("private", default=None)
    id: str | None = Field("id", default=None)
    slug: str | None = Field("slug", default=None)
    title: str | None = Field("title", default=None)


class ResourceGroupUser(Model):
    __slots__ = ()
    type: Literal["user"] = Field("type")
    id_: str = Field("_id")
    fullname: str = Field("fullname")
    name: str = Field("name")
    avatar_url: str = Field("avatarUrl")
    role: Literal["admin", "write", "contributor", "read", "no_access"] | str = Field("role")
    added_by: str | None = Field("addedBy", default=None)


class SpendLimits(Model):
    __slots__ = ()
    total: int | None = Field("total", default=None)
    inference_providers: int | None = Field("inferenceProviders", default=None)
    spaces: int | None = Field("spaces", default=None)
    jobs: int | None = Field("jobs", default=None)
    endpoints: int | None = Field("endpoints", default=None)


class ResourceGroup(Model):
    __slots__ = ()
    id: str = Field("id")
    name: str = Field("name")
    description: str | None = Field("description", default=None)
    auto_join: AutoJoin | None = Field("autoJoin", AutoJoin, default=None)
    spend_limits: SpendLimits | None = Field("spendLimits", SpendLimits, default=None)
    users: list[ResourceGroupUser] = Field("users", ListOf(ResourceGroupUser))
    resources: list[ResourceGroupResource] = Field("resources", ListOf(ResourceGroupResource))
    repos: Any = Field("repos")


class ResourceGroupAutoJoin(Model):
    __slots__ = ()
    enabled: bool | Literal["true"] | Literal["false"] = Field("enabled")
    role: Literal["admin", "write", "contributor", "read", "no_access"] | str | None = Field("role", default=None)
    scope: Literal["all", "read_plus"] | str | None = Field("scope", default=None)


class ResourceGroupSpendLimits(Model):
    __slots__ = ()
    total: int | None = Field("total", default=None)
    inference_providers: int | None = Field("inferenceProviders", default=None)
    spaces: int | None = Field("spaces", default=None)
    jobs: int | None = Field("jobs", default=None)
    endpoints: int | None = Field("endpoints", default=None)
