"""Models of the ``resource_groups`` resource.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import Any, Literal

from .._types import Field, ListOf, Model


class AddUsersBodyUser(Model):
    __slots__ = ()
    name: Field[str | None] = Field("name", default=None)
    role: Field[Literal["admin", "write", "contributor", "read", "no_access"] | str] = Field("role")
    user: Field[str | None] = Field("user", default=None)


class AutoJoin(Model):
    __slots__ = ()
    enabled: Field[bool] = Field("enabled")
    role: Field[Literal["admin", "write", "contributor", "read", "no_access"] | str | None] = Field("role", default=None)
    scope: Field[Literal["all", "read_plus"] | str | None] = Field("scope", default=None)


class CreateBodyUser(Model):
    __slots__ = ()
    user: Field[str] = Field("user")
    role: Field[Literal["admin", "write", "contributor", "read", "no_access"] | str] = Field("role")


class DeleteResponse(Model):
    __slots__ = ()
    success: Field[bool] = Field("success")


class ResourceGroupResource(Model):
    __slots__ = ()
    type: Field[Literal["dataset", "model", "space", "bucket", "kernel"] | str | Literal["collection"] | Literal["blog"] | Literal["job"] | Literal["scheduled-job"]] = Field("type")
    name: Field[str | None] = Field("name", default=None)
    added_by: Field[str | None] = Field("addedBy", default=None)
    private: Field[bool | None] = Field("private", default=None)
    id: Field[str | None] = Field("id", default=None)
    slug: Field[str | None] = Field("slug", default=None)
    title: Field[str | None] = Field("title", default=None)


class ResourceGroupUser(Model):
    __slots__ = ()
    type: Field[Literal["user"]] = Field("type")
    id_: Field[str] = Field("_id")
    fullname: Field[str] = Field("fullname")
    name: Field[str] = Field("name")
    avatar_url: Field[str] = Field("avatarUrl")
    role: Field[Literal["admin", "write", "contributor", "read", "no_access"] | str] = Field("role")
    added_by: Field[str | None] = Field("addedBy", default=None)


class SpendLimits(Model):
    __slots__ = ()
    total: Field[int | None] = Field("total", default=None)
    inference_providers: Field[int | None] = Field("inferenceProviders", default=None)
    spaces: Field[int | None] = Field("spaces", default=None)
    jobs: Field[int | None] = Field("jobs", default=None)
    endpoints: Field[int | None] = Field("endpoints", default=None)


class ResourceGroup(Model):
    __slots__ = ()
    id: Field[str] = Field("id")
    name: Field[str] = Field("name")
    description: Field[str | None] = Field("description", default=None)
    auto_join: Field[AutoJoin | None] = Field("autoJoin", AutoJoin, default=None)
    spend_limits: Field[SpendLimits | None] = Field("spendLimits", SpendLimits, default=None)
    users: Field[list[ResourceGroupUser]] = Field("users", ListOf(ResourceGroupUser))
    resources: Field[list[ResourceGroupResource]] = Field("resources", ListOf(ResourceGroupResource))
    repos: Field[Any] = Field("repos")


class ResourceGroupAutoJoin(Model):
    __slots__ = ()
    enabled: Field[bool | Literal["true"] | Literal["false"]] = Field("enabled")
    role: Field[Literal["admin", "write", "contributor", "read", "no_access"] | str | None] = Field("role", default=None)
    scope: Field[Literal["all", "read_plus"] | str | None] = Field("scope", default=None)


class ResourceGroupSpendLimits(Model):
    __slots__ = ()
    total: Field[int | None] = Field("total", default=None)
    inference_providers: Field[int | None] = Field("inferenceProviders", default=None)
    spaces: Field[int | None] = Field("spaces", default=None)
    jobs: Field[int | None] = Field("jobs", default=None)
    endpoints: Field[int | None] = Field("endpoints", default=None)
