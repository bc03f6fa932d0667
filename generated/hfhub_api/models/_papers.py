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
    ok: Field[bool] = Field("ok")
    claimed_paper_id: Field[str] = Field("claimedPaperId")


class User(Model):
    """User overview information"""
    __slots__ = ()
    id_: Field[str] = Field("_id")
    avatar_url: Field[str] = Field("avatarUrl")
    fullname: Field[str] = Field("fullname")
    is_pro: Field[bool] = Field("isPro")
    name: Field[str] = Field("name")
    type: Field[str] = Field("type")
    user: Field[str | None] = Field("user", default=None)
    is_hf: Field[bool | None] = Field("isHf", default=None)
    is_hf_admin: Field[bool | None] = Field("isHfAdmin", default=None)
    is_mod: Field[bool | None] = Field("isMod", default=None)
    follower_count: Field[float | None] = Field("followerCount", default=None)


class PaperAuthor(Model):
    """Paper author information"""
    __slots__ = ()
    id_: Field[str] = Field("_id")
    name: Field[str] = Field("name")
    status: Field[str | None] = Field("status", default=None)
    status_last_changed_at: Field[datetime | None] = Field("statusLastChangedAt", parse_datetime, default=None)
    user: Field[User | None] = Field("user", User, default=None)
    """User overview information"""
    hidden: Field[bool] = Field("hidden")


class DailyPaper(Model):
    """Paper data with metadata"""
    __slots__ = ()
    id: Field[str] = Field("id")
    authors: Field[list[PaperAuthor]] = Field("authors", ListOf(PaperAuthor))
    media_urls: Field[list[str] | None] = Field("mediaUrls", default=None)
    published_at: Field[datetime] = Field("publishedAt", parse_datetime)
    submitted_on_daily_at: Field[datetime | None] = Field("submittedOnDailyAt", parse_datetime, default=None)
    title: Field[str] = Field("title")
    submitted_on_daily_by: Field[User | None] = Field("submittedOnDailyBy", User, default=None)
    """User overview information"""
    summary: Field[str] = Field("summary")
    upvotes: Field[float] = Field("upvotes")
    withdrawn_at: Field[datetime | None] = Field("withdrawnAt", parse_datetime, default=None)
    discussion_id: Field[str] = Field("discussionId")
    project_page: Field[str | None] = Field("projectPage", default=None)
    github_repo: Field[str | None] = Field("githubRepo", default=None)
    ai_summary: Field[str | None] = Field("ai_summary", default=None)
    ai_keywords: Field[list[str] | None] = Field("ai_keywords", default=None)
    ai_summary_model: Field[str | None] = Field("ai_summary_model", default=None)
    github_stars: Field[float | None] = Field("githubStars", default=None)


class Daily(Model):
    """Daily paper data for API responses"""
    __slots__ = ()
    paper: Field[DailyPaper] = Field("paper", DailyPaper)
    """Paper data with metadata"""
    published_at: Field[datetime] = Field("publishedAt", parse_datetime)
    title: Field[str] = Field("title")
    summary: Field[str] = Field("summary")
    media_urls: Field[list[str] | None] = Field("mediaUrls", default=None)
    thumbnail: Field[str] = Field("thumbnail")
    num_comments: Field[float] = Field("numComments")
    submitted_by: Field[User] = Field("submittedBy", User)
    """User overview information"""
    is_author_participating: Field[bool] = Field("isAuthorParticipating")


class LinkedDataset(Model):
    __slots__ = ()
    author: Field[str] = Field("author")
    id: Field[str] = Field("id")
    is_liked_by_user: Field[bool] = Field("isLikedByUser")
    likes: Field[float] = Field("likes")
    datasets_server_info: Field[DatasetsServerInfo | None] = Field("datasetsServerInfo", DatasetsServerInfo, default=None)
    private: Field[bool] = Field("private")
    repo_type: Field[Literal["dataset"]] = Field("repoType")
    downloads: Field[float] = Field("downloads")
    gated: Field[Literal[False] | Literal["auto", "manual"] | str] = Field("gated")
    last_modified: Field[datetime] = Field("lastModified", parse_datetime)
    resource_group: Field[ResourceGroupSummary | None] = Field("resourceGroup", ResourceGroupSummary, default=None)
    is_benchmark: Field[bool | None] = Field("isBenchmark", default=None)
    is_traces: Field[bool | None] = Field("isTraces", default=None)


class LinkedModel(Model):
    __slots__ = ()
    author: Field[str] = Field("author")
    downloads: Field[float] = Field("downloads")
    id: Field[str] = Field("id")
    available_inference_providers: Field[list[AvailableInferenceProvider]] = Field("availableInferenceProviders", ListOf(AvailableInferenceProvider))
    is_liked_by_user: Field[bool] = Field("isLikedByUser")
    last_modified: Field[datetime] = Field("lastModified", parse_datetime)
    likes: Field[float] = Field("likes")
    pipeline_tag: Field[str | None] = Field("pipeline_tag", default=None)
    private: Field[bool] = Field("private")
    repo_type: Field[Literal["model"]] = Field("repoType")
    gated: Field[Literal[False] | Literal["auto", "manual"] | str] = Field("gated")
    resource_group: Field[ResourceGroupSummary | None] = Field("resourceGroup", ResourceGroupSummary, default=None)
    num_parameters: Field[float | None] = Field("numParameters", default=None)
    author_data: Field[Owner | None] = Field("authorData", Owner, default=None)
    widget_output_urls: Field[list[str] | None] = Field("widgetOutputUrls", default=None)
    is_pre_release: Field[Literal[True] | None] = Field("isPreRelease", default=None)


class LinkedSpace(Model):
    __slots__ = ()
    id: Field[str] = Field("id")
    emoji: Field[str] = Field("emoji")
    running: Field[bool] = Field("running")
    short_description: Field[str | None] = Field("shortDescription", default=None)
    featured: Field[bool] = Field("featured")


class PaperModel(Model):
    __slots__ = ()
    id: Field[str] = Field("id")
    author: Field[str | None] = Field("author", default=None)
    likes: Field[int | None] = Field("likes", default=None)
    downloads: Field[int | None] = Field("downloads", default=None)
    last_modified: Field[datetime | None] = Field("lastModified", parse_datetime, default=None)
    private: Field[bool | None] = Field("private", default=None)


class ListArxivReposResponse(Model):
    __slots__ = ()
    models: Field[list[PaperModel] | None] = Field("models", ListOf(PaperModel), default=None)
    datasets: Field[list[PaperModel] | None] = Field("datasets", ListOf(PaperModel), default=None)
    spaces: Field[list[PaperModel] | None] = Field("spaces", ListOf(PaperModel), default=None)


class Organization(Model):
    __slots__ = ()
    id_: Field[str] = Field("_id")
    name: Field[str] = Field("name")
    fullname: Field[str | None] = Field("fullname", default=None)
    avatar: Field[str | None] = Field("avatar", default=None)


class Paper(Model):
    __slots__ = ()
    id: Field[str] = Field("id")
    authors: Field[list[PaperAuthor]] = Field("authors", ListOf(PaperAuthor))
    media_urls: Field[list[str] | None] = Field("mediaUrls", default=None)
    published_at: Field[datetime] = Field("publishedAt", parse_datetime)
    submitted_on_daily_at: Field[datetime | None] = Field("submittedOnDailyAt", parse_datetime, default=None)
    title: Field[str] = Field("title")
    submitted_on_daily_by: Field[User | None] = Field("submittedOnDailyBy", User, default=None)
    """User overview information"""
    summary: Field[str] = Field("summary")
    upvotes: Field[float] = Field("upvotes")
    withdrawn_at: Field[datetime | None] = Field("withdrawnAt", parse_datetime, default=None)
    discussion_id: Field[str] = Field("discussionId")
    project_page: Field[str | None] = Field("projectPage", default=None)
    github_repo: Field[str | None] = Field("githubRepo", default=None)
    ai_summary: Field[str | None] = Field("ai_summary", default=None)
    ai_keywords: Field[list[str] | None] = Field("ai_keywords", default=None)
    ai_summary_model: Field[str | None] = Field("ai_summary_model", default=None)
    github_stars: Field[float | None] = Field("githubStars", default=None)
    submission_deadline: Field[datetime | None] = Field("submissionDeadline", parse_datetime, default=None)
    """only available when field contains 'submissionDeadline'"""
    linked_models: Field[list[LinkedModel]] = Field("linkedModels", ListOf(LinkedModel))
    num_total_models: Field[float] = Field("numTotalModels")
    linked_datasets: Field[list[LinkedDataset]] = Field("linkedDatasets", ListOf(LinkedDataset))
    num_total_datasets: Field[float] = Field("numTotalDatasets")
    linked_spaces: Field[list[LinkedSpace]] = Field("linkedSpaces", ListOf(LinkedSpace))
    num_total_spaces: Field[float] = Field("numTotalSpaces")
    comments: Field[list[Comment] | None] = Field("comments", ListOf(Comment), default=None)
    """only available when field contains 'comments'"""


class PaperListItem(Model):
    __slots__ = ()
    id: Field[str] = Field("id")
    title: Field[str] = Field("title")
    upvotes: Field[float] = Field("upvotes")
    published_at: Field[datetime] = Field("publishedAt", parse_datetime)
    thumbnail_url: Field[str | None] = Field("thumbnailUrl", default=None)
    authors: Field[list[PaperAuthor]] = Field("authors", ListOf(PaperAuthor))
    summary: Field[str] = Field("summary")
    project_page: Field[str | None] = Field("projectPage", default=None)
    github_repo: Field[str | None] = Field("githubRepo", default=None)
    ai_summary: Field[str | None] = Field("ai_summary", default=None)
    organization: Field[Organization | None] = Field("organization", Organization, default=None)
