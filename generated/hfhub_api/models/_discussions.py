"""Models of the ``discussions`` resource.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from .._types import Field, ListOf, Model, parse_datetime
from ._shared import Author, Comment, IdentifiedLanguage, Latest, Owner, Reaction, RepoId


class NewStatusData(Model):
    __slots__ = ()
    status: Field[Literal["draft", "open", "closed", "merged"] | str] = Field("status")
    reason: Field[str | None] = Field("reason", default=None)


class NewStatus(Model):
    __slots__ = ()
    id: Field[str] = Field("id")
    created_at: Field[datetime] = Field("createdAt", parse_datetime)
    author: Field[Author | None] = Field("author", Author, default=None)
    type: Field[Literal["status-change"]] = Field("type")
    data: Field[NewStatusData] = Field("data", NewStatusData)


class ChangeStatusResponse(Model):
    __slots__ = ()
    new_status: Field[NewStatus] = Field("newStatus", NewStatus)


class NewTitleData(Model):
    __slots__ = ()
    from_: Field[str] = Field("from")
    to: Field[str] = Field("to")


class NewTitle(Model):
    __slots__ = ()
    id: Field[str] = Field("id")
    created_at: Field[datetime] = Field("createdAt", parse_datetime)
    author: Field[Author | None] = Field("author", Author, default=None)
    type: Field[Literal["title-change"]] = Field("type")
    data: Field[NewTitleData] = Field("data", NewTitleData)


class ChangeTitleResponse(Model):
    __slots__ = ()
    new_title: Field[NewTitle] = Field("newTitle", NewTitle)


class Changes(Model):
    __slots__ = ()
    base: Field[str] = Field("base")
    merge_commit_id: Field[str | None] = Field("mergeCommitId", default=None)
    head_commit_id: Field[str | None] = Field("headCommitId", default=None)
    """The last commit ID of the PR branch, stored before ref deletion so diffs can still be computed."""
    ref_deleted: Field[bool | None] = Field("refDeleted", default=None)
    """Whether the PR ref has been deleted (to free up storage)."""


class CommentResponse(Model):
    __slots__ = ()
    new_message: Field[Comment] = Field("newMessage", Comment)


class DiscussionOrg(Model):
    __slots__ = ()
    avatar_url: Field[str] = Field("avatarUrl")
    email: Field[str | None] = Field("email", default=None)
    fullname: Field[str] = Field("fullname")
    name: Field[str] = Field("name")
    type: Field[Literal["org"]] = Field("type")
    is_hf: Field[bool] = Field("isHf")
    plan: Field[Literal["team", "enterprise", "plus", "academia"] | str | None] = Field("plan", default=None)
    details: Field[str | None] = Field("details", default=None)
    has_private_members_list: Field[bool | None] = Field("hasPrivateMembersList", default=None)
    requires_sso: Field[bool | None] = Field("requiresSSO", default=None)


class DiscussionData(Model):
    __slots__ = ()
    edited: Field[bool | None] = Field("edited", default=None)
    hidden: Field[bool | None] = Field("hidden", default=None)
    hidden_by: Field[str | None] = Field("hiddenBy", default=None)
    hidden_reason: Field[Literal["Spam", "Abuse", "Graphic Content", "Resolved", "Off-Topic", "Low Quality"] | str | None] = Field("hiddenReason", default=None)
    latest: Field[Latest | None] = Field("latest", Latest, default=None)
    num_edits: Field[float | None] = Field("numEdits", default=None)
    editors: Field[list[str] | None] = Field("editors", default=None)
    editor_avatar_urls: Field[list[str] | None] = Field("editorAvatarUrls", default=None)
    reactions: Field[list[Reaction] | None] = Field("reactions", ListOf(Reaction), default=None)
    identified_language: Field[IdentifiedLanguage | None] = Field("identifiedLanguage", IdentifiedLanguage, default=None)
    related_event_id: Field[str | None] = Field("relatedEventId", default=None)
    is_report: Field[bool | None] = Field("isReport", default=None)
    parent_comment_id: Field[str | None] = Field("parentCommentId", default=None)
    status: Field[Literal["draft", "open", "closed", "merged"] | str | None] = Field("status", default=None)
    reason: Field[str | None] = Field("reason", default=None)
    subject: Field[str | None] = Field("subject", default=None)
    oid: Field[str | None] = Field("oid", default=None)
    from_: Field[str | None] = Field("from", default=None)
    to: Field[str | None] = Field("to", default=None)
    pinned: Field[bool | None] = Field("pinned", default=None)
    locked: Field[bool | None] = Field("locked", default=None)
    report: Field[bool | None] = Field("report", default=None)


class Event(Model):
    __slots__ = ()
    id: Field[str] = Field("id")
    created_at: Field[datetime] = Field("createdAt", parse_datetime)
    author: Field[Author | None] = Field("author", Author, default=None)
    type: Field[Literal["comment"] | Literal["status-change"] | Literal["commit"] | Literal["title-change"] | Literal["pinning-change"] | Literal["locking-change"] | Literal["report-status-change"] | Literal["ref-deleted"]] = Field("type")
    data: Field[DiscussionData] = Field("data", DiscussionData)


class Discussion(Model):
    __slots__ = ()
    id_: Field[str] = Field("_id")
    num: Field[float | None] = Field("num", default=None)
    author: Field[Owner | None] = Field("author", Owner, default=None)
    org: Field[DiscussionOrg | None] = Field("org", DiscussionOrg, default=None)
    repo: Field[RepoId | None] = Field("repo", RepoId, default=None)
    title: Field[str] = Field("title")
    created_at: Field[datetime | None] = Field("createdAt", parse_datetime, default=None)
    status: Field[Literal["draft", "open", "closed", "merged"] | str] = Field("status")
    events: Field[list[Event]] = Field("events", ListOf(Event))
    pinned: Field[bool] = Field("pinned")
    locked: Field[bool] = Field("locked")
    collection: Field[Literal["discussions", "paper_discussions", "social_posts", "community_blogs"] | str | Literal["discussions"]] = Field("collection")
    is_pull_request: Field[bool] = Field("isPullRequest")
    is_report: Field[bool | None] = Field("isReport", default=None)
    files_with_conflicts: Field[list[str] | Literal[True] | None] = Field("filesWithConflicts", default=None)
    """The list of files with conflicts. `true` means there are conflicts but we cannot list them."""
    changes: Field[Changes | None] = Field("changes", Changes, default=None)
    diff_url: Field[str | None] = Field("diffUrl", default=None)


class References(Model):
    __slots__ = ()
    base: Field[str] = Field("base")
    merge_commit_id: Field[str | None] = Field("mergeCommitId", default=None)


class DiscussionCreateResponse(Model):
    __slots__ = ()
    url: Field[str] = Field("url")
    num: Field[float] = Field("num")
    pull_request: Field[bool] = Field("pullRequest")
    references: Field[References | None] = Field("references", References, default=None)


class RepoOwner(Model):
    __slots__ = ()
    name: Field[str] = Field("name")
    type: Field[Literal["org", "user"] | str] = Field("type")
    is_participating: Field[bool] = Field("isParticipating")
    is_discussion_author: Field[bool] = Field("isDiscussionAuthor")


class TopReaction(Model):
    __slots__ = ()
    reaction: Field[Literal["fire", "rocket", "eyes", "heart", "hugs", "cool", "plus", "brain", "thumbsup", "handshake", "sad", "mindblown"] | str] = Field("reaction")
    count: Field[float] = Field("count")


class DiscussionListResponseDiscussion(Model):
    __slots__ = ()
    num: Field[float] = Field("num")
    author: Field[Owner | None] = Field("author", Owner, default=None)
    repo: Field[RepoId] = Field("repo", RepoId)
    title: Field[str] = Field("title")
    created_at: Field[datetime] = Field("createdAt", parse_datetime)
    top_reactions: Field[list[TopReaction]] = Field("topReactions", ListOf(TopReaction))
    status: Field[Literal["draft", "open", "closed", "merged"] | str] = Field("status")
    is_pull_request: Field[bool] = Field("isPullRequest")
    num_comments: Field[float] = Field("numComments")
    num_reaction_users: Field[float] = Field("numReactionUsers")
    pinned: Field[bool] = Field("pinned")
    repo_owner: Field[RepoOwner | None] = Field("repoOwner", RepoOwner, default=None)


class DiscussionListResponse(Model):
    __slots__ = ()
    discussions: Field[list[DiscussionListResponseDiscussion]] = Field("discussions", ListOf(DiscussionListResponseDiscussion))
    count: Field[float] = Field("count")
    start: Field[float] = Field("start")
    num_closed_discussions: Field[float | None] = Field("numClosedDiscussions", default=None)
    """Number of closed discussions on the first page"""


class GetStorageEstimateResponse(Model):
    __slots__ = ()
    estimated_storage: Field[float] = Field("estimatedStorage")
    """Estimated storage in bytes that may be freed"""
    ref_deleted: Field[bool] = Field("refDeleted")
    """Whether the ref has already been deleted"""
