"""Models of the ``collections`` resource.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from .._types import AnyOf, Field, ListOf, Model, parse_datetime
from ._shared import LatestAuthor, ResourceGroup


class CreateBodyItem(Model):
    __slots__ = ()
    type: Literal["paper", "collection", "space", "model", "dataset", "bucket"] | str = Field("type")
    id: str = Field("id")


class Gating(Model):
    __slots__ = ()
    mode: Literal["auto"] = Field("mode")


class Note(Model):
    __slots__ = ()
    html: str = Field("html")
    text: str = Field("text")


class Item(Model):
    __slots__ = ()
    id_: str = Field("_id")
    note: Note | None = Field("note", Note, default=None)
    gallery: list[str] | None = Field("gallery", default=None)
    position: float = Field("position")


class Notifications(Model):
    __slots__ = ()
    mode: Literal["bulk", "real-time"] | str = Field("mode")
    email: str | None = Field("email", default=None)


class ListResponseItemGating(Model):
    __slots__ = ()
    mode: Literal["manual"] = Field("mode")
    notifications: Notifications = Field("notifications", Notifications)


class CreateResponse2(Model):
    __slots__ = ()
    slug: str = Field("slug")
    title: str = Field("title")
    description: str | None = Field("description", default=None)
    last_updated: datetime = Field("lastUpdated", parse_datetime)
    gating: Literal[True] | Literal[False] | Gating | ListResponseItemGating = Field("gating", AnyOf(Gating, ListResponseItemGating))
    owner: LatestAuthor = Field("owner", LatestAuthor)
    position: float = Field("position")
    theme: Literal["orange", "blue", "green", "purple", "pink", "indigo"] | str = Field("theme")
    private: bool = Field("private")
    upvotes: float = Field("upvotes")
    share_url: str = Field("shareUrl")
    is_upvoted_by_user: bool = Field("isUpvotedByUser")
    resource_group: ResourceGroup | None = Field("resourceGroup", ResourceGroup, default=None)
    items: list[Item] = Field("items", ListOf(Item))


class ListResponseItem(Model):
    __slots__ = ()
    slug: str = Field("slug")
    title: str = Field("title")
    description: str | None = Field("description", default=None)
    last_updated: datetime = Field("lastUpdated", parse_datetime)
    gating: Literal[True] | Literal[False] | Gating | ListResponseItemGating = Field("gating", AnyOf(Gating, ListResponseItemGating))
    owner: LatestAuthor = Field("owner", LatestAuthor)
    theme: Literal["orange", "blue", "green", "purple", "pink", "indigo"] | str = Field("theme")
    private: bool = Field("private")
    upvotes: float = Field("upvotes")
    is_upvoted_by_user: bool = Field("isUpvotedByUser")
    resource_group: ResourceGroup | None = Field("resourceGroup", ResourceGroup, default=None)
    items: list[Item] = Field("items", ListOf(Item))


class ListResponseItem2(Model):
    __slots__ = ()
    title: str = Field("title")
    private: bool = Field("private")
    upvotes: float = Field("upvotes")
    resource_group: ResourceGroup | None = Field("resourceGroup", ResourceGroup, default=None)
    name: str = Field("name")


class SetResourceGroupByIdResponse(Model):
    __slots__ = ()
    id: str = Field("id")
    slug: str = Field("slug")
    title: str = Field("title")
    private: bool = Field("private")
    added_by: str = Field("addedBy")


class UpdateBodyGating(Model):
    __slots__ = ()
    mode: Literal["manual"] = Field("mode")
    notifications: Notifications = Field("notifications", Notifications)


class UpdateItemsByIdBodyItemData(Model):
    __slots__ = ()
    gallery: list[str] | None = Field("gallery", default=None)
    note: str | None = Field("note", default=None)
    position: int | None = Field("position", default=None)


class UpdateItemsByIdBodyItem(Model):
    __slots__ = ()
    action: Literal["update"] | str = Field("action")
    id_: str = Field("_id")
    data: UpdateItemsByIdBodyItemData = Field("data", UpdateItemsByIdBodyItemData)


class UpdateResponse(Model):
    __slots__ = ()
    data: CreateResponse2 = Field("data", CreateResponse2)
