"""Models of the ``notifications`` resource.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from .._types import Field, ListOf, Model, parse_datetime
from ._shared import RepoId


class ParticipatingItem(Model):
    __slots__ = ()
    id_: Field[str] = Field("_id")
    avatar: Field[str] = Field("avatar")
    user: Field[str] = Field("user")


class Blog(Model):
    __slots__ = ()
    id: Field[str] = Field("id")
    slug: Field[str] = Field("slug")
    title: Field[str] = Field("title")
    canonical: Field[bool] = Field("canonical")
    author_name: Field[str | None] = Field("authorName", default=None)
    participating: Field[list[ParticipatingItem]] = Field("participating", ListOf(ParticipatingItem))


class DeleteItem(Model):
    __slots__ = ()
    id: Field[str] = Field("id")
    type: Field[Literal["org", "user", "repo"] | str] = Field("type")


class NotificationCount(Model):
    __slots__ = ()
    view: Field[float] = Field("view")
    unread: Field[float] = Field("unread")
    all: Field[float] = Field("all")


class NotificationDiscussion(Model):
    __slots__ = ()
    num: Field[float] = Field("num")
    title: Field[str] = Field("title")
    status: Field[Literal["draft", "open", "closed", "merged"] | str] = Field("status")
    id: Field[str] = Field("id")
    is_pull_request: Field[bool] = Field("isPullRequest")
    participating: Field[list[ParticipatingItem]] = Field("participating", ListOf(ParticipatingItem))


class NotificationPaper(Model):
    __slots__ = ()
    id_: Field[str] = Field("_id")
    title: Field[str] = Field("title")


class PaperDiscussion(Model):
    __slots__ = ()
    id: Field[str] = Field("id")
    participating: Field[list[ParticipatingItem]] = Field("participating", ListOf(ParticipatingItem))
    paper_id: Field[str] = Field("paperId")


class Post(Model):
    __slots__ = ()
    id: Field[str] = Field("id")
    slug: Field[str] = Field("slug")
    author_name: Field[str] = Field("authorName")
    title: Field[str] = Field("title")
    participating: Field[list[ParticipatingItem]] = Field("participating", ListOf(ParticipatingItem))


class NotificationNotification(Model):
    __slots__ = ()
    type: Field[Literal["paper"] | Literal["repo"] | Literal["post"] | Literal["community_blog"]] = Field("type")
    updated_at: Field[datetime] = Field("updatedAt", parse_datetime)
    read: Field[bool] = Field("read")
    discussion_event_id: Field[str | None] = Field("discussionEventId", default=None)
    paper: Field[NotificationPaper | None] = Field("paper", NotificationPaper, default=None)
    paper_discussion: Field[PaperDiscussion | None] = Field("paperDiscussion", PaperDiscussion, default=None)
    repo: Field[RepoId | None] = Field("repo", RepoId, default=None)
    discussion: Field[NotificationDiscussion | None] = Field("discussion", NotificationDiscussion, default=None)
    post: Field[Post | None] = Field("post", Post, default=None)
    blog: Field[Blog | None] = Field("blog", Blog, default=None)


class Notification(Model):
    __slots__ = ()
    notifications: Field[list[NotificationNotification]] = Field("notifications", ListOf(NotificationNotification))
    count: Field[NotificationCount] = Field("count", NotificationCount)
    start: Field[float] = Field("start")


class UpdateSettingsBodyNotifications(Model):
    __slots__ = ()
    announcements: Field[bool | None] = Field("announcements", default=None)
    arxiv_paper_activity: Field[bool | None] = Field("arxiv_paper_activity", default=None)
    daily_papers_digest: Field[bool | None] = Field("daily_papers_digest", default=None)
    discussions_participating: Field[bool | None] = Field("discussions_participating", default=None)
    discussions_watched: Field[bool | None] = Field("discussions_watched", default=None)
    gated_user_access_request: Field[bool | None] = Field("gated_user_access_request", default=None)
    inference_endpoint_status: Field[bool | None] = Field("inference_endpoint_status", default=None)
    job_status: Field[bool | None] = Field("job_status", default=None)
    launch_autonlp: Field[bool | None] = Field("launch_autonlp", default=None)
    launch_spaces: Field[bool | None] = Field("launch_spaces", default=None)
    launch_prepaid_credits: Field[bool | None] = Field("launch_prepaid_credits", default=None)
    launch_training_cluster: Field[bool | None] = Field("launch_training_cluster", default=None)
    org_request: Field[bool | None] = Field("org_request", default=None)
    org_suggestions: Field[bool | None] = Field("org_suggestions", default=None)
    org_verified_suggestions: Field[bool | None] = Field("org_verified_suggestions", default=None)
    org_suggestions_to_create: Field[bool | None] = Field("org_suggestions_to_create", default=None)
    posts_participating: Field[bool | None] = Field("posts_participating", default=None)
    user_follows: Field[bool | None] = Field("user_follows", default=None)
    secret_detected: Field[bool | None] = Field("secret_detected", default=None)
    web_discussions_participating: Field[bool | None] = Field("web_discussions_participating", default=None)
    web_discussions_watched: Field[bool | None] = Field("web_discussions_watched", default=None)
    web_posts_participating: Field[bool | None] = Field("web_posts_participating", default=None)
    product_updates_after: Field[datetime | None] = Field("product_updates_after", parse_datetime, default=None)
    api_inference_sunset: Field[bool | None] = Field("api_inference_sunset", default=None)
    locked_out: Field[bool | None] = Field("locked_out", default=None)
    repo_release: Field[bool | None] = Field("repo_release", default=None)
