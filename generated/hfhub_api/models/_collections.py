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
    html: Field[str] = Field("html")
    text: Field[str] = Field("text")


class CollectionItem(Model):
    __slots__ = ()
    id_: Field[str] = Field("_id")
    note: Field[Note | None] = Field("note", Note, default=None)
    gallery: Field[list[str] | None] = Field("gallery", default=None)
    position: Field[float] = Field("position")
    author: Field[str | None] = Field("author", default=None)
    id: Field[str] = Field("id")
    is_liked_by_user: Field[bool | None] = Field("isLikedByUser", default=None)
    likes: Field[float | None] = Field("likes", default=None)
    datasets_server_info: Field[DatasetsServerInfo | None] = Field("datasetsServerInfo", DatasetsServerInfo, default=None)
    private: Field[bool | None] = Field("private", default=None)
    repo_type: Field[Literal["dataset"] | Literal["model"] | Literal["space"] | Literal["bucket"] | None] = Field("repoType", default=None)
    downloads: Field[float | None] = Field("downloads", default=None)
    gated: Field[Literal[False] | Literal["auto", "manual"] | str | None] = Field("gated", default=None)
    last_modified: Field[datetime | None] = Field("lastModified", parse_datetime, default=None)
    resource_group: Field[ResourceGroupSummary | None] = Field("resourceGroup", ResourceGroupSummary, default=None)
    is_benchmark: Field[bool | None] = Field("isBenchmark", default=None)
    is_traces: Field[bool | None] = Field("isTraces", default=None)
    type: Field[Literal["dataset"] | Literal["model"] | Literal["space"] | Literal["paper"] | Literal["collection"] | Literal["bucket"]] = Field("type")
    available_inference_providers: Field[list[AvailableInferenceProvider] | None] = Field("availableInferenceProviders", ListOf(AvailableInferenceProvider), default=None)
    pipeline_tag: Field[str | None] = Field("pipeline_tag", default=None)
    num_parameters: Field[float | None] = Field("numParameters", default=None)
    author_data: Field[Owner | None] = Field("authorData", Owner, default=None)
    widget_output_urls: Field[list[str] | None] = Field("widgetOutputUrls", default=None)
    is_pre_release: Field[Literal[True] | None] = Field("isPreRelease", default=None)
    color_from: Field[str | None] = Field("colorFrom", default=None)
    color_to: Field[str | None] = Field("colorTo", default=None)
    created_at: Field[datetime | None] = Field("createdAt", parse_datetime, default=None)
    emoji: Field[str | None] = Field("emoji", default=None)
    pinned: Field[bool | None] = Field("pinned", default=None)
    title: Field[str | None] = Field("title", default=None)
    sdk: Field[Literal["gradio", "docker", "static", "streamlit"] | str | None] = Field("sdk", default=None)
    runtime: Field[Runtime | None] = Field("runtime", Runtime, default=None)
    disabled: Field[bool | Disabled | None] = Field("disabled", Disabled, default=None)
    origin_repo: Field[OriginRepo | None] = Field("originRepo", OriginRepo, default=None)
    ai_short_description: Field[str | None] = Field("ai_short_description", default=None)
    ai_category: Field[str | None] = Field("ai_category", default=None)
    trending_score: Field[float | None] = Field("trendingScore", default=None)
    tags: Field[list[str] | None] = Field("tags", default=None)
    short_description: Field[str | None] = Field("shortDescription", default=None)
    semantic_relevancy_score: Field[float | None] = Field("semanticRelevancyScore", default=None)
    featured: Field[bool | None] = Field("featured", default=None)
    visibility: Field[Literal["public", "private", "protected"] | str | None] = Field("visibility", default=None)
    upvotes: Field[float | None] = Field("upvotes", default=None)
    published_at: Field[datetime | None] = Field("publishedAt", parse_datetime, default=None)
    thumbnail_url: Field[str | None] = Field("thumbnailUrl", default=None)
    is_upvoted_by_user: Field[bool | None] = Field("isUpvotedByUser", default=None)
    slug: Field[str | None] = Field("slug", default=None)
    last_updated: Field[datetime | None] = Field("lastUpdated", parse_datetime, default=None)
    description: Field[str | None] = Field("description", default=None)
    owner: Field[Owner | None] = Field("owner", Owner, default=None)
    theme: Field[Literal["orange", "blue", "green", "purple", "pink", "indigo"] | str | None] = Field("theme", default=None)
    share_url: Field[str | None] = Field("shareUrl", default=None)
    number_items: Field[float | None] = Field("numberItems", default=None)
    updated_at: Field[datetime | None] = Field("updatedAt", parse_datetime, default=None)
    size: Field[float | None] = Field("size", default=None)
    """The amount of storage used by the bucket in bytes"""
    total_files: Field[float | None] = Field("totalFiles", default=None)
    """The total number of files in the bucket"""
    admin_tags: Field[list[str] | None] = Field("adminTags", default=None)
    cdn_regions: Field[list[CdnRegion] | None] = Field("cdnRegions", ListOf(CdnRegion), default=None)


class Notifications(Model):
    __slots__ = ()
    mode: Field[Literal["bulk", "real-time"] | str] = Field("mode")
    email: Field[str | None] = Field("email", default=None)


class Gating(Model):
    __slots__ = ()
    mode: Field[Literal["auto"] | Literal["manual"]] = Field("mode")
    notifications: Field[Notifications | None] = Field("notifications", Notifications, default=None)


class Collection(Model):
    __slots__ = ()
    slug: Field[str] = Field("slug")
    title: Field[str] = Field("title")
    description: Field[str | None] = Field("description", default=None)
    last_updated: Field[datetime] = Field("lastUpdated", parse_datetime)
    gating: Field[Gating | bool] = Field("gating", Gating)
    owner: Field[Owner] = Field("owner", Owner)
    position: Field[float] = Field("position")
    theme: Field[Literal["orange", "blue", "green", "purple", "pink", "indigo"] | str] = Field("theme")
    private: Field[bool] = Field("private")
    upvotes: Field[float] = Field("upvotes")
    share_url: Field[str] = Field("shareUrl")
    is_upvoted_by_user: Field[bool] = Field("isUpvotedByUser")
    resource_group: Field[ResourceGroupSummary | None] = Field("resourceGroup", ResourceGroupSummary, default=None)
    items: Field[list[CollectionItem]] = Field("items", ListOf(CollectionItem))


class CollectionData(Model):
    __slots__ = ()
    gallery: Field[list[str] | None] = Field("gallery", default=None)
    note: Field[str | None] = Field("note", default=None)
    position: Field[int | None] = Field("position", default=None)


class CollectionGating(Model):
    __slots__ = ()
    mode: Field[Literal["auto"] | Literal["manual"]] = Field("mode")
    notifications: Field[Notifications | None] = Field("notifications", Notifications, default=None)


class CollectionListItem(Model):
    __slots__ = ()
    slug: Field[str | None] = Field("slug", default=None)
    title: Field[str] = Field("title")
    description: Field[str | None] = Field("description", default=None)
    last_updated: Field[datetime | None] = Field("lastUpdated", parse_datetime, default=None)
    gating: Field[Gating | bool | None] = Field("gating", Gating, default=None)
    owner: Field[Owner | None] = Field("owner", Owner, default=None)
    theme: Field[Literal["orange", "blue", "green", "purple", "pink", "indigo"] | str | None] = Field("theme", default=None)
    private: Field[bool] = Field("private")
    upvotes: Field[float] = Field("upvotes")
    is_upvoted_by_user: Field[bool | None] = Field("isUpvotedByUser", default=None)
    resource_group: Field[ResourceGroupSummary | None] = Field("resourceGroup", ResourceGroupSummary, default=None)
    items: Field[list[CollectionItem] | None] = Field("items", ListOf(CollectionItem), default=None)
    name: Field[str | None] = Field("name", default=None)


class CollectionSetResourceGroupResponse(Model):
    __slots__ = ()
    id: Field[str] = Field("id")
    slug: Field[str] = Field("slug")
    title: Field[str] = Field("title")
    private: Field[bool] = Field("private")
    added_by: Field[str] = Field("addedBy")


class CreateBodyItem(Model):
    __slots__ = ()
    type: Field[Literal["paper", "collection", "space", "model", "dataset", "bucket"] | str] = Field("type")
    id: Field[str] = Field("id")


class UpdateItemsBodyItem(Model):
    __slots__ = ()
    action: Field[Literal["update"] | str] = Field("action")
    id_: Field[str] = Field("_id")
    data: Field[CollectionData] = Field("data", CollectionData)


class UpdateResponse(Model):
    __slots__ = ()
    data: Field[Collection] = Field("data", Collection)
    success: Field[Any] = Field("success")
