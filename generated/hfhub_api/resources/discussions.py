"""Operations on discussions.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._client_base import AsyncResource, Resource
from .._request import Request, Timeout
from .._request import fields as _fields
from .._request import query as _q
from .._request import repo_segments as _repo
from .._request import repo_type_segment as _repo_type
from .._request import segment as _seg
from .._request import with_options as _with_options
from .._types import UNSET
from ..models._discussions import ChangeStatusResponse, ChangeTitleResponse, CommentResponse, Discussion, DiscussionCreateResponse, DiscussionListResponse, GetStorageEstimateResponse


def _change_status(repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"], repo_id: str, num: str, status: Literal["open", "closed"] | str | None, comment: str | None) -> Request[ChangeStatusResponse]:
    return Request(
        "POST",
        f"/api/{_repo_type(repo_type, ('models', 'spaces', 'datasets', 'kernels'))}/{_repo(repo_id, repo_type)}/discussions/{_seg(num, 'num')}/status",
        json=_fields({"status": status, "comment": comment}),
        convert=ChangeStatusResponse,
    )


def _change_title(repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"], repo_id: str, num: str, title: str | None) -> Request[ChangeTitleResponse]:
    return Request(
        "POST",
        f"/api/{_repo_type(repo_type, ('models', 'spaces', 'datasets', 'kernels'))}/{_repo(repo_id, repo_type)}/discussions/{_seg(num, 'num')}/title",
        json=_fields({"title": title}),
        convert=ChangeTitleResponse,
    )


def _comment(repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"], repo_id: str, num: str, comment: str | None) -> Request[CommentResponse]:
    return Request(
        "POST",
        f"/api/{_repo_type(repo_type, ('models', 'spaces', 'datasets', 'kernels'))}/{_repo(repo_id, repo_type)}/discussions/{_seg(num, 'num')}/comment",
        json=_fields({"comment": comment}),
        convert=CommentResponse,
    )


def _comment_blog(namespace: str, slug: str, comment: str | None) -> Request[CommentResponse]:
    return Request(
        "POST",
        f"/api/blog/{_seg(namespace, 'namespace')}/{_seg(slug, 'slug')}/comment",
        json=_fields({"comment": comment}),
        convert=CommentResponse,
    )


def _comment_official_blog(slug: str, comment: str | None) -> Request[CommentResponse]:
    return Request(
        "POST",
        f"/api/blog/{_seg(slug, 'slug')}/comment",
        json=_fields({"comment": comment}),
        convert=CommentResponse,
    )


def _comment_paper(paper_id: str, comment: str | None) -> Request[CommentResponse]:
    return Request(
        "POST",
        f"/api/papers/{_seg(paper_id, 'paper_id')}/comment",
        json=_fields({"comment": comment}),
        convert=CommentResponse,
    )


def _comment_post(username: str, post_slug: str, comment: str | None) -> Request[CommentResponse]:
    return Request(
        "POST",
        f"/api/posts/{_seg(username, 'username')}/{_seg(post_slug, 'post_slug')}/comment",
        json=_fields({"comment": comment}),
        convert=CommentResponse,
    )


def _create(repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"], repo_id: str, title: str | None, description: str | None, pull_request: bool | None) -> Request[DiscussionCreateResponse]:
    return Request(
        "POST",
        f"/api/{_repo_type(repo_type, ('models', 'spaces', 'datasets', 'kernels'))}/{_repo(repo_id, repo_type)}/discussions",
        json=_fields({"title": title, "description": description, "pullRequest": pull_request}),
        convert=DiscussionCreateResponse,
    )


def _delete(repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"], repo_id: str, num: str) -> Request[None]:
    return Request(
        "DELETE",
        f"/api/{_repo_type(repo_type, ('models', 'spaces', 'datasets', 'kernels'))}/{_repo(repo_id, repo_type)}/discussions/{_seg(num, 'num')}",
        kind="empty",
    )


def _delete_post(username: str, post_slug: str) -> Request[None]:
    return Request("DELETE", f"/api/posts/{_seg(username, 'username')}/{_seg(post_slug, 'post_slug')}", kind="empty")


def _delete_pr_ref(repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"], repo_id: str, num: str) -> Request[None]:
    return Request(
        "DELETE",
        f"/api/{_repo_type(repo_type, ('models', 'spaces', 'datasets', 'kernels'))}/{_repo(repo_id, repo_type)}/discussions/{_seg(num, 'num')}/ref",
        kind="empty",
    )


def _get(repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"], repo_id: str, num: str) -> Request[Discussion]:
    return Request(
        "GET",
        f"/api/{_repo_type(repo_type, ('models', 'spaces', 'datasets', 'kernels'))}/{_repo(repo_id, repo_type)}/discussions/{_seg(num, 'num')}",
        convert=Discussion,
    )


def _get_storage_estimate(repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"], repo_id: str, num: str) -> Request[GetStorageEstimateResponse]:
    return Request(
        "GET",
        f"/api/{_repo_type(repo_type, ('models', 'spaces', 'datasets', 'kernels'))}/{_repo(repo_id, repo_type)}/discussions/{_seg(num, 'num')}/storage",
        convert=GetStorageEstimateResponse,
    )


def _list(repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"], repo_id: str, author: str | None, p: int | None, search: str | None, sort: Literal["recently-created", "trending", "reactions"] | str | None, status: Literal["all", "open", "closed"] | str | None, type: Literal["all", "discussion", "pull_request"] | str | None) -> Request[DiscussionListResponse]:
    return Request(
        "GET",
        f"/api/{_repo_type(repo_type, ('models', 'spaces', 'datasets', 'kernels'))}/{_repo(repo_id, repo_type)}/discussions",
        params=_q({"author": author, "p": p, "search": search, "sort": sort, "status": status, "type": type}),
        convert=DiscussionListResponse,
    )


def _merge(repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"], repo_id: str, num: str, comment: str | None) -> Request[None]:
    return Request(
        "POST",
        f"/api/{_repo_type(repo_type, ('models', 'spaces', 'datasets', 'kernels'))}/{_repo(repo_id, repo_type)}/discussions/{_seg(num, 'num')}/merge",
        json=_fields({"comment": comment}),
        kind="empty",
    )


def _pin(repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"], repo_id: str, num: str, pinned: bool | None) -> Request[None]:
    return Request(
        "POST",
        f"/api/{_repo_type(repo_type, ('models', 'spaces', 'datasets', 'kernels'))}/{_repo(repo_id, repo_type)}/discussions/{_seg(num, 'num')}/pin",
        json=_fields({"pinned": pinned}),
        kind="empty",
    )


def _reply_blog_comment(namespace: str, slug: str, comment_id: str, comment: str | None) -> Request[CommentResponse]:
    return Request(
        "POST",
        f"/api/blog/{_seg(namespace, 'namespace')}/{_seg(slug, 'slug')}/comment/{_seg(comment_id, 'comment_id')}/reply",
        json=_fields({"comment": comment}),
        convert=CommentResponse,
    )


def _reply_official_blog_comment(slug: str, comment_id: str, comment: str | None) -> Request[CommentResponse]:
    return Request(
        "POST",
        f"/api/blog/{_seg(slug, 'slug')}/comment/{_seg(comment_id, 'comment_id')}/reply",
        json=_fields({"comment": comment}),
        convert=CommentResponse,
    )


def _reply_paper_comment(paper_id: str, comment_id: str, comment: str | None) -> Request[CommentResponse]:
    return Request(
        "POST",
        f"/api/papers/{_seg(paper_id, 'paper_id')}/comment/{_seg(comment_id, 'comment_id')}/reply",
        json=_fields({"comment": comment}),
        convert=CommentResponse,
    )


def _reply_post_comment(username: str, post_slug: str, comment_id: str, comment: str | None) -> Request[CommentResponse]:
    return Request(
        "POST",
        f"/api/posts/{_seg(username, 'username')}/{_seg(post_slug, 'post_slug')}/comment/{_seg(comment_id, 'comment_id')}/reply",
        json=_fields({"comment": comment}),
        convert=CommentResponse,
    )


class DiscussionsResource(Resource):
    """Operations on discussions."""

    __slots__ = ()


    def change_status(self, repo_id: str, num: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models", status: Literal["open", "closed"] | str | None = UNSET, comment: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ChangeStatusResponse:
        """Change status.

        Change the status of a discussion

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.
            num: Path parameter ``{num}``.
            status: Body field ``status``. One of ``"open"``, ``"closed"``.
            comment: Body field ``comment``.

        ``POST /api/{repoType}/{namespace}/{repo}/discussions/{num}/status``
        """
        return self._client._send(_with_options(_change_status(repo_type, repo_id, num, status, comment), extra_headers, extra_query, extra_body, timeout))

    def change_title(self, repo_id: str, num: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models", title: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ChangeTitleResponse:
        """Change title.

        Change the title of a discussion

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.
            num: Path parameter ``{num}``.
            title: Body field ``title``. From 3 to 200 characters.

        ``POST /api/{repoType}/{namespace}/{repo}/discussions/{num}/title``
        """
        return self._client._send(_with_options(_change_title(repo_type, repo_id, num, title), extra_headers, extra_query, extra_body, timeout))

    def comment(self, repo_id: str, num: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models", comment: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CommentResponse:
        """Create a new comment.

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.
            num: Path parameter ``{num}``.
            comment: Body field ``comment``. From 1 to 65536 characters.

        ``POST /api/{repoType}/{namespace}/{repo}/discussions/{num}/comment``
        """
        return self._client._send(_with_options(_comment(repo_type, repo_id, num, comment), extra_headers, extra_query, extra_body, timeout))

    def comment_blog(self, namespace: str, slug: str, *, comment: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CommentResponse:
        """Create a new comment.

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            slug: Path parameter ``{slug}``.
            comment: Body field ``comment``. From 1 to 65536 characters.

        ``POST /api/blog/{namespace}/{slug}/comment``
        """
        return self._client._send(_with_options(_comment_blog(namespace, slug, comment), extra_headers, extra_query, extra_body, timeout))

    def comment_official_blog(self, slug: str, *, comment: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CommentResponse:
        """Create a new comment.

        Args:
            slug: Path parameter ``{slug}``.
            comment: Body field ``comment``. From 1 to 65536 characters.

        ``POST /api/blog/{slug}/comment``
        """
        return self._client._send(_with_options(_comment_official_blog(slug, comment), extra_headers, extra_query, extra_body, timeout))

    def comment_paper(self, paper_id: str, *, comment: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CommentResponse:
        """Create a new comment.

        Args:
            paper_id: Path parameter ``{paperId}``.
            comment: Body field ``comment``. From 1 to 65536 characters.

        ``POST /api/papers/{paperId}/comment``
        """
        return self._client._send(_with_options(_comment_paper(paper_id, comment), extra_headers, extra_query, extra_body, timeout))

    def comment_post(self, username: str, post_slug: str, *, comment: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CommentResponse:
        """Create a new comment.

        Args:
            username: A user name (``{username}`` in the path).
            post_slug: Path parameter ``{postSlug}``.
            comment: Body field ``comment``. From 1 to 65536 characters.

        ``POST /api/posts/{username}/{postSlug}/comment``
        """
        return self._client._send(_with_options(_comment_post(username, post_slug, comment), extra_headers, extra_query, extra_body, timeout))

    def create(self, repo_id: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models", title: str | None = UNSET, description: str | None = UNSET, pull_request: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> DiscussionCreateResponse:
        """Create a new discussion.

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.
            title: Body field ``title``. From 3 to 200 characters.
            description: Body field ``description``. At most 65536 characters.
            pull_request: Body field ``pullRequest``.

        ``POST /api/{repoType}/{namespace}/{repo}/discussions``
        """
        return self._client._send(_with_options(_create(repo_type, repo_id, title, description, pull_request), extra_headers, extra_query, extra_body, timeout))

    def delete(self, repo_id: str, num: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models", extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete a discussion.

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.
            num: Path parameter ``{num}``.

        ``DELETE /api/{repoType}/{namespace}/{repo}/discussions/{num}``
        """
        return self._client._send(_with_options(_delete(repo_type, repo_id, num), extra_headers, extra_query, extra_body, timeout))

    def delete_post(self, username: str, post_slug: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete a discussion.

        Args:
            username: A user name (``{username}`` in the path).
            post_slug: Path parameter ``{postSlug}``.

        ``DELETE /api/posts/{username}/{postSlug}``
        """
        return self._client._send(_with_options(_delete_post(username, post_slug), extra_headers, extra_query, extra_body, timeout))

    def delete_pr_ref(self, repo_id: str, num: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models", extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete PR ref.

        Deletes the git ref for a closed/merged pull request to free up storage. LFS files unique to this PR will be garbage collected. The PR page and diff will still be viewable using stored commit data.

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.
            num: Path parameter ``{num}``.

        ``DELETE /api/{repoType}/{namespace}/{repo}/discussions/{num}/ref``
        """
        return self._client._send(_with_options(_delete_pr_ref(repo_type, repo_id, num), extra_headers, extra_query, extra_body, timeout))

    def get(self, repo_id: str, num: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models", extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Discussion:
        """Get discussion details.

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.
            num: Path parameter ``{num}``.

        ``GET /api/{repoType}/{namespace}/{repo}/discussions/{num}``
        """
        return self._client._send(_with_options(_get(repo_type, repo_id, num), extra_headers, extra_query, extra_body, timeout))

    def get_storage_estimate(self, repo_id: str, num: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models", extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetStorageEstimateResponse:
        """PR storage estimate.

        Estimates the LFS storage used by a PR that could be freed if the ref is deleted.

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.
            num: Path parameter ``{num}``.

        ``GET /api/{repoType}/{namespace}/{repo}/discussions/{num}/storage``
        """
        return self._client._send(_with_options(_get_storage_estimate(repo_type, repo_id, num), extra_headers, extra_query, extra_body, timeout))

    def list(self, repo_id: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models", author: str | None = UNSET, p: int | None = UNSET, search: str | None = UNSET, sort: Literal["recently-created", "trending", "reactions"] | str | None = UNSET, status: Literal["all", "open", "closed"] | str | None = UNSET, type: Literal["all", "discussion", "pull_request"] | str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> DiscussionListResponse:
        """List discussions.

        Get discussions for a repo

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.
            author: Query parameter ``author``. From 2 to 42 characters. Matches ``^\\b(?!\\d+$)(?![0-9a-fA-F]{24}$)([a-zA-Z0-9]|-(?!-))+\\b$``.
            p: Query parameter ``p``. Server default: ``0``.
            search: Query parameter ``search``.
            sort: Query parameter ``sort``. One of ``"recently-created"``, ``"trending"``, ``"reactions"``. Server default: ``"recently-created"``.
            status: Query parameter ``status``. One of ``"all"``, ``"open"``, ``"closed"``. Server default: ``"all"``.
            type: Query parameter ``type``. One of ``"all"``, ``"discussion"``, ``"pull_request"``. Server default: ``"all"``.

        ``GET /api/{repoType}/{namespace}/{repo}/discussions``
        """
        return self._client._send(_with_options(_list(repo_type, repo_id, author, p, search, sort, status, type), extra_headers, extra_query, extra_body, timeout))

    def merge(self, repo_id: str, num: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models", comment: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Merge a pull request.

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.
            num: Path parameter ``{num}``.
            comment: Body field ``comment``.

        ``POST /api/{repoType}/{namespace}/{repo}/discussions/{num}/merge``
        """
        return self._client._send(_with_options(_merge(repo_type, repo_id, num, comment), extra_headers, extra_query, extra_body, timeout))

    def pin(self, repo_id: str, num: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models", pinned: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Pin a discussion.

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.
            num: Path parameter ``{num}``.
            pinned: Body field ``pinned``.

        ``POST /api/{repoType}/{namespace}/{repo}/discussions/{num}/pin``
        """
        return self._client._send(_with_options(_pin(repo_type, repo_id, num, pinned), extra_headers, extra_query, extra_body, timeout))

    def reply_blog_comment(self, namespace: str, slug: str, comment_id: str, *, comment: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CommentResponse:
        """Create a new comment.

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            slug: Path parameter ``{slug}``.
            comment_id: Path parameter ``{commentId}``.
            comment: Body field ``comment``. From 1 to 65536 characters.

        ``POST /api/blog/{namespace}/{slug}/comment/{commentId}/reply``
        """
        return self._client._send(_with_options(_reply_blog_comment(namespace, slug, comment_id, comment), extra_headers, extra_query, extra_body, timeout))

    def reply_official_blog_comment(self, slug: str, comment_id: str, *, comment: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CommentResponse:
        """Create a new comment.

        Args:
            slug: Path parameter ``{slug}``.
            comment_id: Path parameter ``{commentId}``.
            comment: Body field ``comment``. From 1 to 65536 characters.

        ``POST /api/blog/{slug}/comment/{commentId}/reply``
        """
        return self._client._send(_with_options(_reply_official_blog_comment(slug, comment_id, comment), extra_headers, extra_query, extra_body, timeout))

    def reply_paper_comment(self, paper_id: str, comment_id: str, *, comment: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CommentResponse:
        """Create a new comment.

        Args:
            paper_id: Path parameter ``{paperId}``.
            comment_id: Path parameter ``{commentId}``.
            comment: Body field ``comment``. From 1 to 65536 characters.

        ``POST /api/papers/{paperId}/comment/{commentId}/reply``
        """
        return self._client._send(_with_options(_reply_paper_comment(paper_id, comment_id, comment), extra_headers, extra_query, extra_body, timeout))

    def reply_post_comment(self, username: str, post_slug: str, comment_id: str, *, comment: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CommentResponse:
        """Create a new comment.

        Args:
            username: A user name (``{username}`` in the path).
            post_slug: Path parameter ``{postSlug}``.
            comment_id: Path parameter ``{commentId}``.
            comment: Body field ``comment``. From 1 to 65536 characters.

        ``POST /api/posts/{username}/{postSlug}/comment/{commentId}/reply``
        """
        return self._client._send(_with_options(_reply_post_comment(username, post_slug, comment_id, comment), extra_headers, extra_query, extra_body, timeout))


class AsyncDiscussionsResource(AsyncResource):
    """Operations on discussions. (async)"""

    __slots__ = ()


    async def change_status(self, repo_id: str, num: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models", status: Literal["open", "closed"] | str | None = UNSET, comment: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ChangeStatusResponse:
        """Change status.

        Change the status of a discussion

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.
            num: Path parameter ``{num}``.
            status: Body field ``status``. One of ``"open"``, ``"closed"``.
            comment: Body field ``comment``.

        Async: ``await client.discussions.change_status(...)`` returns ``ChangeStatusResponse``.

        ``POST /api/{repoType}/{namespace}/{repo}/discussions/{num}/status``
        """
        return await self._client._send(_with_options(_change_status(repo_type, repo_id, num, status, comment), extra_headers, extra_query, extra_body, timeout))

    async def change_title(self, repo_id: str, num: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models", title: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ChangeTitleResponse:
        """Change title.

        Change the title of a discussion

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.
            num: Path parameter ``{num}``.
            title: Body field ``title``. From 3 to 200 characters.

        Async: ``await client.discussions.change_title(...)`` returns ``ChangeTitleResponse``.

        ``POST /api/{repoType}/{namespace}/{repo}/discussions/{num}/title``
        """
        return await self._client._send(_with_options(_change_title(repo_type, repo_id, num, title), extra_headers, extra_query, extra_body, timeout))

    async def comment(self, repo_id: str, num: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models", comment: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CommentResponse:
        """Create a new comment.

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.
            num: Path parameter ``{num}``.
            comment: Body field ``comment``. From 1 to 65536 characters.

        Async: ``await client.discussions.comment(...)`` returns ``CommentResponse``.

        ``POST /api/{repoType}/{namespace}/{repo}/discussions/{num}/comment``
        """
        return await self._client._send(_with_options(_comment(repo_type, repo_id, num, comment), extra_headers, extra_query, extra_body, timeout))

    async def comment_blog(self, namespace: str, slug: str, *, comment: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CommentResponse:
        """Create a new comment.

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            slug: Path parameter ``{slug}``.
            comment: Body field ``comment``. From 1 to 65536 characters.

        Async: ``await client.discussions.comment_blog(...)`` returns ``CommentResponse``.

        ``POST /api/blog/{namespace}/{slug}/comment``
        """
        return await self._client._send(_with_options(_comment_blog(namespace, slug, comment), extra_headers, extra_query, extra_body, timeout))

    async def comment_official_blog(self, slug: str, *, comment: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CommentResponse:
        """Create a new comment.

        Args:
            slug: Path parameter ``{slug}``.
            comment: Body field ``comment``. From 1 to 65536 characters.

        Async: ``await client.discussions.comment_official_blog(...)`` returns ``CommentResponse``.

        ``POST /api/blog/{slug}/comment``
        """
        return await self._client._send(_with_options(_comment_official_blog(slug, comment), extra_headers, extra_query, extra_body, timeout))

    async def comment_paper(self, paper_id: str, *, comment: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CommentResponse:
        """Create a new comment.

        Args:
            paper_id: Path parameter ``{paperId}``.
            comment: Body field ``comment``. From 1 to 65536 characters.

        Async: ``await client.discussions.comment_paper(...)`` returns ``CommentResponse``.

        ``POST /api/papers/{paperId}/comment``
        """
        return await self._client._send(_with_options(_comment_paper(paper_id, comment), extra_headers, extra_query, extra_body, timeout))

    async def comment_post(self, username: str, post_slug: str, *, comment: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CommentResponse:
        """Create a new comment.

        Args:
            username: A user name (``{username}`` in the path).
            post_slug: Path parameter ``{postSlug}``.
            comment: Body field ``comment``. From 1 to 65536 characters.

        Async: ``await client.discussions.comment_post(...)`` returns ``CommentResponse``.

        ``POST /api/posts/{username}/{postSlug}/comment``
        """
        return await self._client._send(_with_options(_comment_post(username, post_slug, comment), extra_headers, extra_query, extra_body, timeout))

    async def create(self, repo_id: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models", title: str | None = UNSET, description: str | None = UNSET, pull_request: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> DiscussionCreateResponse:
        """Create a new discussion.

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.
            title: Body field ``title``. From 3 to 200 characters.
            description: Body field ``description``. At most 65536 characters.
            pull_request: Body field ``pullRequest``.

        Async: ``await client.discussions.create(...)`` returns ``DiscussionCreateResponse``.

        ``POST /api/{repoType}/{namespace}/{repo}/discussions``
        """
        return await self._client._send(_with_options(_create(repo_type, repo_id, title, description, pull_request), extra_headers, extra_query, extra_body, timeout))

    async def delete(self, repo_id: str, num: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models", extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete a discussion.

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.
            num: Path parameter ``{num}``.

        Async: ``await client.discussions.delete(...)`` returns ``None``.

        ``DELETE /api/{repoType}/{namespace}/{repo}/discussions/{num}``
        """
        return await self._client._send(_with_options(_delete(repo_type, repo_id, num), extra_headers, extra_query, extra_body, timeout))

    async def delete_post(self, username: str, post_slug: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete a discussion.

        Args:
            username: A user name (``{username}`` in the path).
            post_slug: Path parameter ``{postSlug}``.

        Async: ``await client.discussions.delete_post(...)`` returns ``None``.

        ``DELETE /api/posts/{username}/{postSlug}``
        """
        return await self._client._send(_with_options(_delete_post(username, post_slug), extra_headers, extra_query, extra_body, timeout))

    async def delete_pr_ref(self, repo_id: str, num: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models", extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete PR ref.

        Deletes the git ref for a closed/merged pull request to free up storage. LFS files unique to this PR will be garbage collected. The PR page and diff will still be viewable using stored commit data.

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.
            num: Path parameter ``{num}``.

        Async: ``await client.discussions.delete_pr_ref(...)`` returns ``None``.

        ``DELETE /api/{repoType}/{namespace}/{repo}/discussions/{num}/ref``
        """
        return await self._client._send(_with_options(_delete_pr_ref(repo_type, repo_id, num), extra_headers, extra_query, extra_body, timeout))

    async def get(self, repo_id: str, num: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models", extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Discussion:
        """Get discussion details.

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.
            num: Path parameter ``{num}``.

        Async: ``await client.discussions.get(...)`` returns ``Discussion``.

        ``GET /api/{repoType}/{namespace}/{repo}/discussions/{num}``
        """
        return await self._client._send(_with_options(_get(repo_type, repo_id, num), extra_headers, extra_query, extra_body, timeout))

    async def get_storage_estimate(self, repo_id: str, num: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models", extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetStorageEstimateResponse:
        """PR storage estimate.

        Estimates the LFS storage used by a PR that could be freed if the ref is deleted.

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.
            num: Path parameter ``{num}``.

        Async: ``await client.discussions.get_storage_estimate(...)`` returns ``GetStorageEstimateResponse``.

        ``GET /api/{repoType}/{namespace}/{repo}/discussions/{num}/storage``
        """
        return await self._client._send(_with_options(_get_storage_estimate(repo_type, repo_id, num), extra_headers, extra_query, extra_body, timeout))

    async def list(self, repo_id: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models", author: str | None = UNSET, p: int | None = UNSET, search: str | None = UNSET, sort: Literal["recently-created", "trending", "reactions"] | str | None = UNSET, status: Literal["all", "open", "closed"] | str | None = UNSET, type: Literal["all", "discussion", "pull_request"] | str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> DiscussionListResponse:
        """List discussions.

        Get discussions for a repo

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.
            author: Query parameter ``author``. From 2 to 42 characters. Matches ``^\\b(?!\\d+$)(?![0-9a-fA-F]{24}$)([a-zA-Z0-9]|-(?!-))+\\b$``.
            p: Query parameter ``p``. Server default: ``0``.
            search: Query parameter ``search``.
            sort: Query parameter ``sort``. One of ``"recently-created"``, ``"trending"``, ``"reactions"``. Server default: ``"recently-created"``.
            status: Query parameter ``status``. One of ``"all"``, ``"open"``, ``"closed"``. Server default: ``"all"``.
            type: Query parameter ``type``. One of ``"all"``, ``"discussion"``, ``"pull_request"``. Server default: ``"all"``.

        Async: ``await client.discussions.list(...)`` returns ``DiscussionListResponse``.

        ``GET /api/{repoType}/{namespace}/{repo}/discussions``
        """
        return await self._client._send(_with_options(_list(repo_type, repo_id, author, p, search, sort, status, type), extra_headers, extra_query, extra_body, timeout))

    async def merge(self, repo_id: str, num: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models", comment: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Merge a pull request.

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.
            num: Path parameter ``{num}``.
            comment: Body field ``comment``.

        Async: ``await client.discussions.merge(...)`` returns ``None``.

        ``POST /api/{repoType}/{namespace}/{repo}/discussions/{num}/merge``
        """
        return await self._client._send(_with_options(_merge(repo_type, repo_id, num, comment), extra_headers, extra_query, extra_body, timeout))

    async def pin(self, repo_id: str, num: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models", pinned: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Pin a discussion.

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.
            num: Path parameter ``{num}``.
            pinned: Body field ``pinned``.

        Async: ``await client.discussions.pin(...)`` returns ``None``.

        ``POST /api/{repoType}/{namespace}/{repo}/discussions/{num}/pin``
        """
        return await self._client._send(_with_options(_pin(repo_type, repo_id, num, pinned), extra_headers, extra_query, extra_body, timeout))

    async def reply_blog_comment(self, namespace: str, slug: str, comment_id: str, *, comment: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CommentResponse:
        """Create a new comment.

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            slug: Path parameter ``{slug}``.
            comment_id: Path parameter ``{commentId}``.
            comment: Body field ``comment``. From 1 to 65536 characters.

        Async: ``await client.discussions.reply_blog_comment(...)`` returns ``CommentResponse``.

        ``POST /api/blog/{namespace}/{slug}/comment/{commentId}/reply``
        """
        return await self._client._send(_with_options(_reply_blog_comment(namespace, slug, comment_id, comment), extra_headers, extra_query, extra_body, timeout))

    async def reply_official_blog_comment(self, slug: str, comment_id: str, *, comment: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CommentResponse:
        """Create a new comment.

        Args:
            slug: Path parameter ``{slug}``.
            comment_id: Path parameter ``{commentId}``.
            comment: Body field ``comment``. From 1 to 65536 characters.

        Async: ``await client.discussions.reply_official_blog_comment(...)`` returns ``CommentResponse``.

        ``POST /api/blog/{slug}/comment/{commentId}/reply``
        """
        return await self._client._send(_with_options(_reply_official_blog_comment(slug, comment_id, comment), extra_headers, extra_query, extra_body, timeout))

    async def reply_paper_comment(self, paper_id: str, comment_id: str, *, comment: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CommentResponse:
        """Create a new comment.

        Args:
            paper_id: Path parameter ``{paperId}``.
            comment_id: Path parameter ``{commentId}``.
            comment: Body field ``comment``. From 1 to 65536 characters.

        Async: ``await client.discussions.reply_paper_comment(...)`` returns ``CommentResponse``.

        ``POST /api/papers/{paperId}/comment/{commentId}/reply``
        """
        return await self._client._send(_with_options(_reply_paper_comment(paper_id, comment_id, comment), extra_headers, extra_query, extra_body, timeout))

    async def reply_post_comment(self, username: str, post_slug: str, comment_id: str, *, comment: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CommentResponse:
        """Create a new comment.

        Args:
            username: A user name (``{username}`` in the path).
            post_slug: Path parameter ``{postSlug}``.
            comment_id: Path parameter ``{commentId}``.
            comment: Body field ``comment``. From 1 to 65536 characters.

        Async: ``await client.discussions.reply_post_comment(...)`` returns ``CommentResponse``.

        ``POST /api/posts/{username}/{postSlug}/comment/{commentId}/reply``
        """
        return await self._client._send(_with_options(_reply_post_comment(username, post_slug, comment_id, comment), extra_headers, extra_query, extra_body, timeout))


if TYPE_CHECKING:
    from .._raw_response import async_raw, raw

    class DiscussionsResourceWithRawResponse:
        """``client.with_raw_response.<resource>``: each method answering a ``RawResponse`` (declared for checkers)."""

        change_status = raw(DiscussionsResource.change_status)
        change_title = raw(DiscussionsResource.change_title)
        comment = raw(DiscussionsResource.comment)
        comment_blog = raw(DiscussionsResource.comment_blog)
        comment_official_blog = raw(DiscussionsResource.comment_official_blog)
        comment_paper = raw(DiscussionsResource.comment_paper)
        comment_post = raw(DiscussionsResource.comment_post)
        create = raw(DiscussionsResource.create)
        delete = raw(DiscussionsResource.delete)
        delete_post = raw(DiscussionsResource.delete_post)
        delete_pr_ref = raw(DiscussionsResource.delete_pr_ref)
        get = raw(DiscussionsResource.get)
        get_storage_estimate = raw(DiscussionsResource.get_storage_estimate)
        list = raw(DiscussionsResource.list)
        merge = raw(DiscussionsResource.merge)
        pin = raw(DiscussionsResource.pin)
        reply_blog_comment = raw(DiscussionsResource.reply_blog_comment)
        reply_official_blog_comment = raw(DiscussionsResource.reply_official_blog_comment)
        reply_paper_comment = raw(DiscussionsResource.reply_paper_comment)
        reply_post_comment = raw(DiscussionsResource.reply_post_comment)

    class AsyncDiscussionsResourceWithRawResponse:
        """``client.with_raw_response.<resource>`` of the async client (declared for checkers)."""

        change_status = async_raw(AsyncDiscussionsResource.change_status)
        change_title = async_raw(AsyncDiscussionsResource.change_title)
        comment = async_raw(AsyncDiscussionsResource.comment)
        comment_blog = async_raw(AsyncDiscussionsResource.comment_blog)
        comment_official_blog = async_raw(AsyncDiscussionsResource.comment_official_blog)
        comment_paper = async_raw(AsyncDiscussionsResource.comment_paper)
        comment_post = async_raw(AsyncDiscussionsResource.comment_post)
        create = async_raw(AsyncDiscussionsResource.create)
        delete = async_raw(AsyncDiscussionsResource.delete)
        delete_post = async_raw(AsyncDiscussionsResource.delete_post)
        delete_pr_ref = async_raw(AsyncDiscussionsResource.delete_pr_ref)
        get = async_raw(AsyncDiscussionsResource.get)
        get_storage_estimate = async_raw(AsyncDiscussionsResource.get_storage_estimate)
        list = async_raw(AsyncDiscussionsResource.list)
        merge = async_raw(AsyncDiscussionsResource.merge)
        pin = async_raw(AsyncDiscussionsResource.pin)
        reply_blog_comment = async_raw(AsyncDiscussionsResource.reply_blog_comment)
        reply_official_blog_comment = async_raw(AsyncDiscussionsResource.reply_official_blog_comment)
        reply_paper_comment = async_raw(AsyncDiscussionsResource.reply_paper_comment)
        reply_post_comment = async_raw(AsyncDiscussionsResource.reply_post_comment)
