"""Models of the ``repos`` resource.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from .._types import Field, ListOf, Model, parse_datetime
from ._shared import AvailableInferenceProvider, DatasetsServerInfo, OriginRepo, Owner, ResourceGroupSummary, Runtime


class RepoData(Model):
    __slots__ = ()
    author: str = Field("author")
    id: str = Field("id")
    is_liked_by_user: bool = Field("isLikedByUser")
    likes: float = Field("likes")
    datasets_server_info: DatasetsServerInfo | None = Field("datasetsServerInfo", DatasetsServerInfo, default=None)
    private: bool = Field("private")
    repo_type: Literal["dataset"] | Literal["model"] | Literal["space"] = Field("repoType")
    downloads: float | None = Field("downloads", default=None)
    gated: Literal[False] | Literal["auto", "manual"] | str | None = Field("gated", default=None)
    last_modified: datetime = Field("lastModified", parse_datetime)
    resource_group: ResourceGroupSummary | None = Field("resourceGroup", ResourceGroupSummary, default=None)
    is_benchmark: bool | None = Field("isBenchmark", default=None)
    is_traces: bool | None = Field("isTraces", default=None)
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
    disabled: bool | None = Field("disabled", default=None)
    origin_repo: OriginRepo | None = Field("originRepo", OriginRepo, default=None)
    ai_short_description: str | None = Field("ai_short_description", default=None)
    ai_category: str | None = Field("ai_category", default=None)
    trending_score: float | None = Field("trendingScore", default=None)
    tags: list[str] | None = Field("tags", default=None)
    short_description: str | None = Field("shortDescription", default=None)
    semantic_relevancy_score: float | None = Field("semanticRelevancyScore", default=None)
    featured: bool | None = Field("featured", default=None)
    visibility: Literal["public", "private", "protected"] | str | None = Field("visibility", default=None)


class RecentlyTrendingItem(Model):
    __slots__ = ()
    repo_type: Literal["dataset"] | Literal["model"] | Literal["space"] = Field("repoType")
    repo_data: RepoData = Field("repoData", RepoData)


class ListTrendingResponse(Model):
    __slots__ = ()
    recently_trending: list[RecentlyTrendingItem] = Field("recentlyTrending", ListOf(RecentlyTrendingItem))


class RepoFile(Model):
    __slots__ = ()
    content: str = Field("content")
    path: str = Field("path")
    encoding: Literal["utf-8", "base64"] | str | None = Field("encoding", default=None)


class Secret(Model):
    __slots__ = ()
    key: str = Field("key")
    description: str | None = Field("description", default=None)
    value: str = Field("value")
