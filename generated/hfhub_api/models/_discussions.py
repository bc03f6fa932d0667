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
    status: Literal["draft", "open", "closed", "merged"] | str = Field("status")
    reason: str | None = Field("reason", default=None)


class NewStatus(Model):
    __slots__ = ()
    id: str = Field("id")
    created_at: datetime = Field("createdAt", parse_datetime)
    author: Author | None = Field("author", Author, default=None)
    type: Literal["status-change"] = Field("type")
    data: NewStatusData = Field("data", NewStatusData)


class ChangeStatusResponse(Model):
    __slots__ = ()
    new_status: NewStatus = Field("newStatus", NewStatus)


class NewTitleData(Model):
    __slots__ = ()
    from_: str = Field("from")
    to: str = Field("to")


class NewTitle(Model):
    __slots__ = ()
    id: str = Field("id")
    created_at: datetime = Field("createdAt", parse_datetime)
    author: Author | None = Field("author", Author, default=None)
    type: Literal["title-change"] = Field("type")
    data: NewTitleData = Field("data", NewTitleData)


class ChangeTitleResponse(Model):
    __slots__ = ()
    new_title: NewTitle = Field("newTitle", NewTitle)


class Changes(Model):
    __slots__ = ()
    base: str = Field("base")
    merge_commit_id: str | None = Field("mergeCommitId", default=None)
    head_commit_id: str | None = Field("headCommitId", default=None)
    """The last commit ID of the PR branch, stored before ref deletion so diffs can still be computed."""
    ref_deleted: bool | None = Field("refDeleted", default=None)
    """Whether the PR ref has been deleted (to free up storage)."""


class CommentResponse(Model):
    __slots__ = ()
    new_message: Comment = Field("newMessage", Comment)


class DiscussionOrg(Model):
    __slots__ = ()
    avatar_url: str = Field("avatarUrl")
    email: str | None = Field("email", default=None)
    fullname: str = Field("fullname")
    name: str = Field("name")
    type: Literal["org"] = Field("type")
    is_hf: bool = Field("isHf")
    plan: Literal["team", "enterprise", "plus", "academia"] | str | None = Field("plan", default=None)
    details: str | None = Field("details", default=None)
    has_private_members_list: bool | None = Field("hasPrivateMembersList", default=None)
    requires_sso: bool | None = Field("requiresSSO", default=None)


class DiscussionData(Model):
    __slots__ = ()
    edited: bool | None = Field("edited", default=None)
    hidden: bool | None = Field("hidden", default=None)
    hidden_by: str | None = Field("hiddenBy", default=None)
    hidden_reason: Literal["Spam", "Abuse", "Graphic Content", "Resolved", "Off-Topic", "Low Quality"] | str | None = Field("hiddenReason", default=None)
    latest: Latest | None = Field("latest", Latest, default=None)
    num_edits: float | None = Field("numEdits", default=None)
    editors: list[str] | None = Field("editors", default=None)
    editor_avatar_urls: list[str] | None = Field("editorAvatarUrls", default=None)
    reactions: list[Reaction] | None = Field("reactions", ListOf(Reaction), default=None)
    identified_language: IdentifiedLanguage | None = Field("identifiedLanguage", IdentifiedLanguage, default=None)
    related_event_id: str | None = Field("relatedEventId", default=None)
    is_report: bool | None = Field("isReport", default=None)
    parent_comment_id: str | None = Field("parentCommentId", default=None)
    status: Literal["draft", "open", "closed", "merged"] | str | None = Field("status", default=None)
    reason: str | None = Field("reason", default=None)
    subject: str | None = Field("subject", default=None)
    oid: str | None = Field("oid", default=None)
    from_: str | None = Field("from", default=None)
    to: str | None = Field("to", default=None)
    pinned: bool | None = Field("pinned", default=None)
    locked: bool | None = Field("locked", default=None)
    report: bool | None = Field("report", default=None)


class Event(Model):
    __slots__ = ()
    id: str = Field("id")
    created_at: datetime = Field("createdAt", parse_datetime)
    author: Author | None = Field("author", Author, default=None)
    type: Literal["comment"] | Literal["status-change"] | Literal["commit"] | Literal["title-change"] | Literal["pinning-change"] | Literal["locking-change"] | Literal["report-status-change"] | Literal["ref-deleted"] = Field("type")
    data: DiscussionData = Field("data", DiscussionData)


class Discussion(Model):
    __slots__ = ()
    id_: str = Field("_id")
    num: float | None = Field("num", default=None)
    author: Owner | None = Field("author", Owner, default=None)
    org: DiscussionOrg | None = Field("org", DiscussionOrg, default=None)
    repo: RepoId | None = Field("repo", RepoId, default=None)
    title: str = Field("title")
    created_at: datetime | None = Field("createdAt", parse_datetime, default=None)
    status: Literal["draft", "open", "closed", "merged"] | str = Field("status")
    events: list[Event] = Field("events", ListOf(Event))
    pinned: bool = Field("pinned")
    locked: bool = Field("locked")
    collection: Literal["discussions", "paper_discussions", "social_posts", "community_blogs"] | str | Literal["discussions"] = Field("collection")
    is_pull_request: bool = Field("isPullRequest")
    is_report: bool | None = Field("isReport", default=None)
    files_with_conflicts: list[str] | Literal[True] | None = Field("filesWithConflicts", default=None)
    """The list of files with conflicts. `true` means there are conflicts but we cannot list them."""
    changes: Changes | None = Field("changes", Changes, default=None)
    diff_url: str | None = Field("diffUrl", default=None)


class References(Model):
    __slots__ = ()
    base: str = Field("base")
    merge_commit_id: str | None = Field("mergeCommitId", default=None)


class DiscussionCreateResponse(Model):
    __slots__ = ()
    url: str = Field("url")
    num: float = Field("num")
    pull_request: bool = Field("pullRequest")
    references: References | None = Field("references", References, default=None)


class RepoOwner(Model):
    __slots__ = ()
    name: str = Field("name")
    type: Literal["org", "user"] | str = Field("type")
    is_participating: bool = Field("isParticipating")
    is_discussion_author: bool = Field("isDiscussionAuthor")


class TopReaction(Model):
    __slots__ = ()
    reaction: Literal["fire", "rocket", "eyes", "heart", "hugs", "cool", "plus", "brain", "thumbsup", "handshake", "sad", "mindblown"] | str = Field("reaction")
    count: float = Field("count")


class DiscussionListResponseDiscussion(Model):
    __slots__ = ()
    num: float = Field("num")
    author: Owner | None = Field("author", Owner, default=None)
    repo: RepoId = Field("repo", RepoId)
    title: str = Field("title")
    created_at: datetime = Field("createdAt", parse_datetime)
    top_reactions: list[TopReaction] = Field("topReactions", ListOf(TopReaction))
    status: Literal["draft", "open", "closed", "merged"] | str = Field("status")
    is_pull_request: bool = Field("isPullRequest")
    num_comments: float = Field("numComments")
    num_reaction_users: float = Field("numReactionUsers")
    pinned: bool = Field("pinned")
    repo_owner: RepoOwner | None = Field("repoOwner", RepoOwner, default=None)


class DiscussionListResponse(Model):
    __slots__ = ()
    discussions: list[DiscussionListResponseDiscussion] = Field("discussions", ListOf(DiscussionListResponseDiscussion))
    count: float = Field("count")
    start: float = Field("start")
    num_closed_discussions: float | None = Field("numClosedDiscussions", default=None)
    """Number of closed discussions on the first page"""


class GetStorageEstimateResponse(Model):
    __slots__ = ()
    estimated_storage: float = Field("estimatedStorage")
    """Estimated storage in bytes that may be freed"""
    ref_deleted: bool = Field("refDeleted")
    """Whether the ref has already been deleted"""
