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
    author: Field[str] = Field("author")
    id: Field[str] = Field("id")
    is_liked_by_user: Field[bool] = Field("isLikedByUser")
    likes: Field[float] = Field("likes")
    datasets_server_info: Field[DatasetsServerInfo | None] = Field("datasetsServerInfo", DatasetsServerInfo, default=None)
    private: Field[bool] = Field("private")
    repo_type: Field[Literal["dataset"] | Literal["model"] | Literal["space"]] = Field("repoType")
    downloads: Field[float | None] = Field("downloads", default=None)
    gated: Field[Literal[False] | Literal["auto", "manual"] | str | None] = Field("gated", default=None)
    last_modified: Field[datetime] = Field("lastModified", parse_datetime)
    resource_group: Field[ResourceGroupSummary | None] = Field("resourceGroup", ResourceGroupSummary, default=None)
    is_benchmark: Field[bool | None] = Field("isBenchmark", default=None)
    is_traces: Field[bool | None] = Field("isTraces", default=None)
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
    disabled: Field[bool | None] = Field("disabled", default=None)
    origin_repo: Field[OriginRepo | None] = Field("originRepo", OriginRepo, default=None)
    ai_short_description: Field[str | None] = Field("ai_short_description", default=None)
    ai_category: Field[str | None] = Field("ai_category", default=None)
    trending_score: Field[float | None] = Field("trendingScore", default=None)
    tags: Field[list[str] | None] = Field("tags", default=None)
    short_description: Field[str | None] = Field("shortDescription", default=None)
    semantic_relevancy_score: Field[float | None] = Field("semanticRelevancyScore", default=None)
    featured: Field[bool | None] = Field("featured", default=None)
    visibility: Field[Literal["public", "private", "protected"] | str | None] = Field("visibility", default=None)


class RecentlyTrendingItem(Model):
    __slots__ = ()
    repo_type: Field[Literal["dataset"] | Literal["model"] | Literal["space"]] = Field("repoType")
    repo_data: Field[RepoData] = Field("repoData", RepoData)


class ListTrendingResponse(Model):
    __slots__ = ()
    recently_trending: Field[list[RecentlyTrendingItem]] = Field("recentlyTrending", ListOf(RecentlyTrendingItem))


class RepoFile(Model):
    __slots__ = ()
    content: Field[str] = Field("content")
    path: Field[str] = Field("path")
    encoding: Field[Literal["utf-8", "base64"] | str | None] = Field("encoding", default=None)


class Secret(Model):
    __slots__ = ()
    key: Field[str] = Field("key")
    description: Field[str | None] = Field("description", default=None)
    value: Field[str] = Field("value")
