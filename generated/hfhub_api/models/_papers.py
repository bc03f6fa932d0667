"""Models of the ``papers`` resource.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from .._types import Field, ListOf, Model, parse_datetime
from ._shared import AvailableInferenceProvider, Comment, DatasetsServerInfo, Owner, ResourceGroupSummary


class ClaimAuthorshipResponse(Model):
    __slots__ = ()
    ok: bool = Field("ok")
    claimed_paper_id: str = Field("claimedPaperId")


class User(Model):
    """User overview information"""
    __slots__ = ()
    id_: str = Field("_id")
    avatar_url: str = Field("avatarUrl")
    fullname: str = Field("fullname")
    is_pro: bool = Field("isPro")
    name: str = Field("name")
    type: str = Field("type")
    user: str | None = Field("user", default=None)
    is_hf: bool | None = Field("isHf", default=None)
    is_hf_admin: bool | None = Field("isHfAdmin", default=None)
    is_mod: bool | None = Field("isMod", default=None)
    follower_count: float | None = Field("followerCount", default=None)


class PaperAuthor(Model):
    """Paper author information"""
    __slots__ = ()
    id_: str = Field("_id")
    name: str = Field("name")
    status: str | None = Field("status", default=None)
    status_last_changed_at: datetime | None = Field("statusLastChangedAt", parse_datetime, default=None)
    user: User | None = Field("user", User, default=None)
    """User overview information"""
    hidden: bool = Field("hidden")


class DailyPaper(Model):
    """Paper data with metadata"""
    __slots__ = ()
    id: str = Field("id")
    authors: list[PaperAuthor] = Field("authors", ListOf(PaperAuthor))
    media_urls: list[str] | None = Field("mediaUrls", default=None)
    published_at: datetime = Field("publishedAt", parse_datetime)
    submitted_on_daily_at: datetime | None = Field("submittedOnDailyAt", parse_datetime, default=None)
    title: str = Field("title")
    submitted_on_daily_by: User | None = Field("submittedOnDailyBy", User, default=None)
    """User overview information"""
    summary: str = Field("summary")
    upvotes: float = Field("upvotes")
    withdrawn_at: datetime | None = Field("withdrawnAt", parse_datetime, default=None)
    discussion_id: str = Field("discussionId")
    project_page: str | None = Field("projectPage", default=None)
    github_repo: str | None = Field("githubRepo", default=None)
    ai_summary: str | None = Field("ai_summary", default=None)
    ai_keywords: list[str] | None = Field("ai_keywords", default=None)
    ai_summary_model: str | None = Field("ai_summary_model", default=None)
    github_stars: float | None = Field("githubStars", default=None)


class Daily(Model):
    """Daily paper data for API responses"""
    __slots__ = ()
    paper: DailyPaper = Field("paper", DailyPaper)
    """Paper data with metadata"""
    published_at: datetime = Field("publishedAt", parse_datetime)
    title: str = Field("title")
    summary: str = Field("summary")
    media_urls: list[str] | None = Field("mediaUrls", default=None)
    thumbnail: str = Field("thumbnail")
    num_comments: float = Field("numComments")
    submitted_by: User = Field("submittedBy", User)
    """User overview information"""
    is_author_participating: bool = Field("isAuthorParticipating")


class LinkedDataset(Model):
    __slots__ = ()
    author: str = Field("author")
    id: str = Field("id")
    is_liked_by_user: bool = Field("isLikedByUser")
    likes: float = Field("likes")
    datasets_server_info: DatasetsServerInfo | None = Field("datasetsServerInfo", DatasetsServerInfo, default=None)
    private: bool = Field("private")
    repo_type: Literal["dataset"] = Field("repoType")
    downloads: float = Field("downloads")
    gated: Literal[False] | Literal["auto", "manual"] | str = Field("gated")
    last_modified: datetime = Field("lastModified", parse_datetime)
    resource_group: ResourceGroupSummary | None = Field("resourceGroup", ResourceGroupSummary, default=None)
    is_benchmark: bool | None = Field("isBenchmark", default=None)
    is_traces: bool | None = Field("isTraces", default=None)


class LinkedModel(Model):
    __slots__ = ()
    author: str = Field("author")
    downloads: float = Field("downloads")
    id: str = Field("id")
    available_inference_providers: list[AvailableInferenceProvider] = Field("availableInferenceProviders", ListOf(AvailableInferenceProvider))
    is_liked_by_user: bool = Field("isLikedByUser")
    last_modified: datetime = Field("lastModified", parse_datetime)
    likes: float = Field("likes")
    pipeline_tag: str | None = Field("pipeline_tag", default=None)
    private: bool = Field("private")
    repo_type: Literal["model"] = Field("repoType")
    gated: Literal[False] | Literal["auto", "manual"] | str = Field("gated")
    resource_group: ResourceGroupSummary | None = Field("resourceGroup", ResourceGroupSummary, default=None)
    num_parameters: float | None = Field("numParameters", default=None)
    author_data: Owner | None = Field("authorData", Owner, default=None)
    widget_output_urls: list[str] | None = Field("widgetOutputUrls", default=None)
    is_pre_release: Literal[True] | None = Field("isPreRelease", default=None)


class LinkedSpace(Model):
    __slots__ = ()
    id: str = Field("id")
    emoji: str = Field("emoji")
    running: bool = Field("running")
    short_description: str | None = Field("shortDescription", default=None)
    featured: bool = Field("featured")


class PaperModel(Model):
    __slots__ = ()
    id: str = Field("id")
    author: str | None = Field("author", default=None)
    likes: int | None = Field("likes", default=None)
    downloads: int | None = Field("downloads", default=None)
    last_modified: datetime | None = Field("lastModified", parse_datetime, default=None)
    private: bool | None = Field("private", default=None)


class ListArxivReposResponse(Model):
    __slots__ = ()
    models: list[PaperModel] | None = Field("models", ListOf(PaperModel), default=None)
    datasets: list[PaperModel] | None = Field("datasets", ListOf(PaperModel), default=None)
    spaces: list[PaperModel] | None = Field("spaces", ListOf(PaperModel), default=None)


class Organization(Model):
    __slots__ = ()
    id_: str = Field("_id")
    name: str = Field("name")
    fullname: str | None = Field("fullname", default=None)
    avatar: str | None = Field("avatar", default=None)


class Paper(Model):
    __slots__ = ()
    id: str = Field("id")
    authors: list[PaperAuthor] = Field("authors", ListOf(PaperAuthor))
    media_urls: list[str] | None = Field("mediaUrls", default=None)
    published_at: datetime = Field("publishedAt", parse_datetime)
    submitted_on_daily_at: datetime | None = Field("submittedOnDailyAt", parse_datetime, default=None)
    title: str = Field("title")
    submitted_on_daily_by: User | None = Field("submittedOnDailyBy", User, default=None)
    """User overview information"""
    summary: str = Field("summary")
    upvotes: float = Field("upvotes")
    withdrawn_at: datetime | None = Field("withdrawnAt", parse_datetime, default=None)
    discussion_id: str = Field("discussionId")
    project_page: str | None = Field("projectPage", default=None)
    github_repo: str | None = Field("githubRepo", default=None)
    ai_summary: str | None = Field("ai_summary", default=None)
    ai_keywords: list[str] | None = Field("ai_keywords", default=None)
    ai_summary_model: str | None = Field("ai_summary_model", default=None)
    github_stars: float | None = Field("githubStars", default=None)
    submission_deadline: datetime | None = Field("submissionDeadline", parse_datetime, default=None)
    """only available when field contains 'submissionDeadline'"""
    linked_models: list[LinkedModel] = Field("linkedModels", ListOf(LinkedModel))
    num_total_models: float = Field("numTotalModels")
    linked_datasets: list[LinkedDataset] = Field("linkedDatasets", ListOf(LinkedDataset))
    num_total_datasets: float = Field("numTotalDatasets")
    linked_spaces: list[LinkedSpace] = Field("linkedSpaces", ListOf(LinkedSpace))
    num_total_spaces: float = Field("numTotalSpaces")
    comments: list[Comment] | None = Field("comments", ListOf(Comment), default=None)
    """only available when field contains 'comments'"""


class PaperListItem(Model):
    __slots__ = ()
    id: str = Field("id")
    title: str = Field("title")
    upvotes: float = Field("upvotes")
    published_at: datetime = Field("publishedAt", parse_datetime)
    thumbnail_url: str | None = Field("thumbnailUrl", default=None)
    authors: list[PaperAuthor] = Field("authors", ListOf(PaperAuthor))
    summary: str = Field("summary")
    project_page: str | None = Field("projectPage", default=None)
    github_repo: str | None = Field("githubRepo", default=None)
    ai_summary: str | None = Field("ai_summary", default=None)
    organization: Organization | None = Field("organization", Organization, default=None)
