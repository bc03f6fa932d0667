"""Models of the ``collections`` resource.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from .._types import Field, ListOf, Model, parse_datetime
from ._shared import AvailableInferenceProvider, CdnRegion, DatasetsServerInfo, Disabled, OriginRepo, Owner, ResourceGroupSummary, Runtime


class Note(Model):
    __slots__ = ()
    html: str = Field("html")
    text: str = Field("text")


class CollectionItem(Model):
    __slots__ = ()
    id_: str = Field("_id")
    note: Note | None = Field("note", Note, default=None)
    gallery: list[str] | None = Field("gallery", default=None)
    position: float = Field("position")
    author: str | None = Field("author", default=None)
    id: str = Field("id")
    is_liked_by_user: bool | None = Field("isLikedByUser", default=None)
    likes: float | None = Field("likes", default=None)
    datasets_server_info: DatasetsServerInfo | None = Field("datasetsServerInfo", DatasetsServerInfo, default=None)
    private: bool | None = Field("private", default=None)
    repo_type: Literal["dataset"] | Literal["model"] | Literal["space"] | Literal["bucket"] | None = Field("repoType", default=None)
    downloads: float | None = Field("downloads", default=None)
    gated: Literal[False] | Literal["auto", "manual"] | str | None = Field("gated", default=None)
    last_modified: datetime | None = Field("lastModified", parse_datetime, default=None)
    resource_group: ResourceGroupSummary | None = Field("resourceGroup", ResourceGroupSummary, default=None)
    is_benchmark: bool | None = Field("isBenchmark", default=None)
    is_traces: bool | None = Field("isTraces", default=None)
    type: Literal["dataset"] | Literal["model"] | Literal["space"] | Literal["paper"] | Literal["collection"] | Literal["bucket"] = Field("type")
    available_inference_providers: list[AvailableInferenceProvider] | None = Field("availableInferenceProviders", ListOf(AvailableInferenceProvider), default=None)
    pipeline_tag: str | None = Field("pipeline_tag", default=None)
    num_parameters: float | None = Field("numParameters", default=None)
    author_data: Owner | None = Field("authorData", Owner, default=None)
    widget_output_urls: list[str] | None = Field("widgetOutputUrls", default=None)
    is_pre_release: Literal[True] | None = Field("isPreRelease", default=None)
    color_from: str | None = Field("colorFrom", default=None)
    color_to: str | None = Field("colorTo", default=None)
    created_at: datetime | None = Field("createdAt", parse_datetime, default=None)
    emoji: str | None = Field("emoji", default=None)
    pinned: bool | None = Field("pinned", default=None)
    title: str | None = Field("title", default=None)
    sdk: Literal["gradio", "docker", "static", "streamlit"] | str | None = Field("sdk", default=None)
    runtime: Runtime | None = Field("runtime", Runtime, default=None)
    disabled: bool | Disabled | None = Field("disabled", Disabled, default=None)
    origin_repo: OriginRepo | None = Field("originRepo", OriginRepo, default=None)
    ai_short_description: str | None = Field("ai_short_description", default=None)
    ai_category: str | None = Field("ai_category", default=None)
    trending_score: float | None = Field("trendingScore", default=None)
    tags: list[str] | None = Field("tags", default=None)
    short_description: str | None = Field("shortDescription", default=None)
    semantic_relevancy_score: float | None = Field("semanticRelevancyScore", default=None)
    featured: bool | None = Field("featured", default=None)
    visibility: Literal["public", "private", "protected"] | str | None = Field("visibility", default=None)
    upvotes: float | None = Field("upvotes", default=None)
    published_at: datetime | None = Field("publishedAt", parse_datetime, default=None)
    thumbnail_url: str | None = Field("thumbnailUrl", default=None)
    is_upvoted_by_user: bool | None = Field("isUpvotedByUser", default=None)
    slug: str | None = Field("slug", default=None)
    last_updated: datetime | None = Field("lastUpdated", parse_datetime, default=None)
    description: str | None = Field("description", default=None)
    owner: Owner | None = Field("owner", Owner, default=None)
    theme: Literal["orange", "blue", "green", "purple", "pink", "indigo"] | str | None = Field("theme", default=None)
    share_url: str | None = Field("shareUrl", default=None)
    number_items: float | None = Field("numberItems", default=None)
    updated_at: datetime | None = Field("updatedAt", parse_datetime, default=None)
    size: float | None = Field("size", default=None)
    """The amount of storage used by the bucket in bytes"""
    total_files: float | None = Field("totalFiles", default=None)
    """The total number of files in the bucket"""
    admin_tags: list[str] | None = Field("adminTags", default=None)
    cdn_regions: list[CdnRegion] | None = Field("cdnRegions", ListOf(CdnRegion), default=None)


class Notifications(Model):
    __slots__ = ()
    mode: Literal["bulk", "real-time"] | str = Field("mode")
    email: str | None = Field("email", default=None)


class Gating(Model):
    __slots__ = ()
    mode: Literal["auto"] | Literal["manual"] = Field("mode")
    notifications: Notifications | None = Field("notifications", Notifications, default=None)


class Collection(Model):
    __slots__ = ()
    slug: str = Field("slug")
    title: str = Field("title")
    description: str | None = Field("description", default=None)
    last_updated: datetime = Field("lastUpdated", parse_datetime)
    gating: Gating | bool = Field("gating", Gating)
    owner: Owner = Field("owner", Owner)
    position: float = Field("position")
    theme: Literal["orange", "blue", "green", "purple", "pink", "indigo"] | str = Field("theme")
    private: bool = Field("private")
    upvotes: float = Field("upvotes")
    share_url: str = Field("shareUrl")
    is_upvoted_by_user: bool = Field("isUpvotedByUser")
    resource_group: ResourceGroupSummary | None = Field("resourceGroup", ResourceGroupSummary, default=None)
    items: list[CollectionItem] = Field("items", ListOf(CollectionItem))


class CollectionData(Model):
    __slots__ = ()
    gallery: list[str] | None = Field("gallery", default=None)
    note: str | None = Field("note", default=None)
    position: int | None = Field("position", default=None)


class CollectionGating(Model):
    __slots__ = ()
    mode: Literal["auto"] | Literal["manual"] = Field("mode")
    notifications: Notifications | None = Field("notifications", Notifications, default=None)


class CollectionListItem(Model):
    __slots__ = ()
    slug: str | None = Field("slug", default=None)
    title: str = Field("title")
    description: str | None = Field("description", default=None)
    last_updated: datetime | None = Field("lastUpdated", parse_datetime, default=None)
    gating: Gating | bool | None = Field("gating", Gating, default=None)
    owner: Owner | None = Field("owner", Owner, default=None)
    theme: Literal["orange", "blue", "green", "purple", "pink", "indigo"] | str | None = Field("theme", default=None)
    private: bool = Field("private")
    upvotes: float = Field("upvotes")
    is_upvoted_by_user: bool | None = Field("isUpvotedByUser", default=None)
    resource_group: ResourceGroupSummary | None = Field("resourceGroup", ResourceGroupSummary, default=None)
    items: list[CollectionItem] | None = Field("items", ListOf(CollectionItem), default=None)
    name: str | None = Field("name", default=None)


class CollectionSetResourceGroupResponse(Model):
    __slots__ = ()
    id: str = Field("id")
    slug: str = Field("slug")
    title: str = Field("title")
    private: bool = Field("private")
    added_by: str = Field("addedBy")


class CreateBodyItem(Model):
    __slots__ = ()
    type: Literal["paper", "collection", "space", "model", "dataset", "bucket"] | str = Field("type")
    id: str = Field("id")


class UpdateItemsBodyItem(Model):
    __slots__ = ()
    action: Literal["update"] | str = Field("action")
    id_: str = Field("_id")
    data: CollectionData = Field("data", CollectionData)


class UpdateResponse(Model):
    __slots__ = ()
    data: Collection = Field("data", Collection)
    success: Any = Field("success")
