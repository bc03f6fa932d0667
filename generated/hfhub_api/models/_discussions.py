"""Models of the ``discussions`` resource.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from .._types import Field, ListOf, Model, parse_datetime
from ._shared import Author, LatestAuthor, NewMessage, RepoId


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


class CommentBlogResponse(Model):
    __slots__ = ()
    new_message: NewMessage = Field("newMessage", NewMessage)


class References(Model):
    __slots__ = ()
    base: str = Field("base")
    merge_commit_id: str | None = Field("mergeCommitId", default=None)


class CreateResponse5(Model):
    __slots__ = ()
    url: str = Field("url")
    num: float = Field("num")
    pull_request: bool = Field("pullRequest")
    references: References | None = Field("references", References, default=None)


class GetResponse3(Model):
    __slots__ = ()
    diff_url: str | None = Field("diffUrl", default=None)


class GetStorageEstimateResponse(Model):
    __slots__ = ()
    estimated_storage: float = Field("estimatedStorage")
    """Estimated storage in bytes that may be freed"""
    ref_deleted: bool = Field("refDeleted")
    """Whether the ref has already been deleted"""


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


class ListResponse2Discussion(Model):
    __slots__ = ()
    num: float = Field("num")
    author: LatestAuthor | None = Field("author", LatestAuthor, default=None)
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


class ListResponse2(Model):
    __slots__ = ()
    discussions: list[ListResponse2Discussion] = Field("discussions", ListOf(ListResponse2Discussion))
    count: float = Field("count")
    start: float = Field("start")
    num_closed_discussions: float | None = Field("numClosedDiscussions", default=None)
    """Number of closed discussions on the first page"""
