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
    id_: str = Field("_id")
    avatar: str = Field("avatar")
    user: str = Field("user")


class Blog(Model):
    __slots__ = ()
    id: str = Field("id")
    slug: str = Field("slug")
    title: str = Field("title")
    canonical: bool = Field("canonical")
    author_name: str | None = Field("authorName", default=None)
    participating: list[ParticipatingItem] = Field("participating", ListOf(ParticipatingItem))


class DeleteItem(Model):
    __slots__ = ()
    id: str = Field("id")
    type: Literal["org", "user", "repo"] | str = Field("type")


class NotificationCount(Model):
    __slots__ = ()
    view: float = Field("view")
    unread: float = Field("unread")
    all: float = Field("all")


class NotificationDiscussion(Model):
    __slots__ = ()
    num: float = Field("num")
    title: str = Field("title")
    status: Literal["draft", "open", "closed", "merged"] | str = Field("status")
    id: str = Field("id")
    is_pull_request: bool = Field("isPullRequest")
    participating: list[ParticipatingItem] = Field("participating", ListOf(ParticipatingItem))


class NotificationPaper(Model):
    __slots__ = ()
    id_: str = Field("_id")
    title: str = Field("title")


class PaperDiscussion(Model):
    __slots__ = ()
    id: str = Field("id")
    participating: list[ParticipatingItem] = Field("participating", ListOf(ParticipatingItem))
    paper_id: str = Field("paperId")


class Post(Model):
    __slots__ = ()
    id: str = Field("id")
    slug: str = Field("slug")
    author_name: str = Field("authorName")
    title: str = Field("title")
    participating: list[ParticipatingItem] = Field("participating", ListOf(ParticipatingItem))


class NotificationNotification(Model):
    __slots__ = ()
    type: Literal["paper"] | Literal["repo"] | Literal["post"] | Literal["community_blog"] = Field("type")
    updated_at: datetime = Field("updatedAt", parse_datetime)
    read: bool = Field("read")
    discussion_event_id: str | None = Field("discussionEventId", default=None)
    paper: NotificationPaper | None = Field("paper", NotificationPaper, default=None)
    paper_discussion: PaperDiscussion | None = Field("paperDiscussion", PaperDiscussion, default=None)
    repo: RepoId | None = Field("repo", RepoId, default=None)
    discussion: NotificationDiscussion | None = Field("discussion", NotificationDiscussion, default=None)
    post: Post | None = Field("post", Post, default=None)
    blog: Blog | None = Field("blog", Blog, default=None)


class Notification(Model):
    __slots__ = ()
    notifications: list[NotificationNotification] = Field("notifications", ListOf(NotificationNotification))
    count: NotificationCount = Field("count", NotificationCount)
    start: float = Field("start")


class UpdateSettingsBodyNotifications(Model):
    __slots__ = ()
    announcements: bool | None = Field("announcements", default=None)
    arxiv_paper_activity: bool | None = Field("arxiv_paper_activity", default=None)
    daily_papers_digest: bool | None = Field("daily_papers_digest", default=None)
    discussions_participating: bool | None = Field("discussions_participating", default=None)
    discussions_watched: bool | None = Field("discussions_watched", default=None)
    gated_user_access_request: bool | None = Field("gated_user_access_request", default=None)
    inference_endpoint_status: bool | None = Field("inference_endpoint_status", default=None)
    job_status: bool | None = Field("job_status", default=None)
    launch_autonlp: bool | None = Field("launch_autonlp", default=None)
    launch_spaces: bool | None = Field("launch_spaces", default=None)
    launch_prepaid_credits: bool | None = Field("launch_prepaid_credits", default=None)
    launch_training_cluster: bool | None = Field("launch_training_cluster", default=None)
    org_request: bool | None = Field("org_request", default=None)
    org_suggestions: bool | None = Field("org_suggestions", default=None)
    org_verified_suggestions: bool | None = Field("org_verified_suggestions", default=None)
    org_suggestions_to_create: bool | None = Field("org_suggestions_to_create", default=None)
    posts_participating: bool | None = Field("posts_participating", default=None)
    user_follows: bool | None = Field("user_follows", default=None)
    secret_detected: bool | None = Field("secret_detected", default=None)
    web_discussions_participating: bool | None = Field("web_discussions_participating", default=None)
    web_discussions_watched: bool | None = Field("web_discussions_watched", default=None)
    web_posts_participating: bool | None = Field("web_posts_participating", default=None)
    product_updates_after: datetime | None = Field("product_updates_after", parse_datetime, default=None)
    api_inference_sunset: bool | None = Field("api_inference_sunset", default=None)
    locked_out: bool | None = Field("locked_out", default=None)
    repo_release: bool | None = Field("repo_release", default=None)
