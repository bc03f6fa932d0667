"""Operations on discussions.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import Any, Literal

from .._client_base import AsyncResource, Resource
from .._request import Request
from .._request import fields as _fields
from .._request import query as _q
from .._request import repo_segments as _repo
from .._request import repo_type_segment as _repo_type
from .._request import segment as _seg
from .._types import UNSET
from ..models._discussions import ChangeStatusResponse, ChangeTitleResponse, CommentBlogResponse, CreateResponse5, GetResponse3, GetStorageEstimateResponse, ListResponse2


def _change_status(repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"], repo_id: str, num: str, status: Literal["open", "closed"] | str | None, comment: str | None) -> Request[ChangeStatusResponse]:
    return Request(
        "POST",
        f"/api/{_repo_type(repo_type, ('models', 'spaces', 'datasets', 'kernels'))}/{_repo(repo_id)}/discussions/{_seg(num, 'num')}/status",
        json=_fields({"status": status, "comment": comment}),
        convert=ChangeStatusResponse,
    )


def _change_title(repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"], repo_id: str, num: str, title: str | None) -> Request[ChangeTitleResponse]:
    return Request(
        "POST",
        f"/api/{_repo_type(repo_type, ('models', 'spaces', 'datasets', 'kernels'))}/{_repo(repo_id)}/discussions/{_seg(num, 'num')}/title",
        json=_fields({"title": title}),
        convert=ChangeTitleResponse,
    )


def _comment(repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"], repo_id: str, num: str, comment: str | None) -> Request[CommentBlogResponse]:
    return Request(
        "POST",
        f"/api/{_repo_type(repo_type, ('models', 'spaces', 'datasets', 'kernels'))}/{_repo(repo_id)}/discussions/{_seg(num, 'num')}/comment",
        json=_fields({"comment": comment}),
        convert=CommentBlogResponse,
    )


def _comment_blog(namespace: str, slug: str, comment: str | None) -> Request[CommentBlogResponse]:
    return Request(
        "POST",
        f"/api/blog/{_seg(namespace, 'namespace')}/{_seg(slug, 'slug')}/comment",
        json=_fields({"comment": comment}),
        convert=CommentBlogResponse,
    )


def _comment_official_blog(slug: str, comment: str | None) -> Request[CommentBlogResponse]:
    return Request(
        "POST",
        f"/api/blog/{_seg(slug, 'slug')}/comment",
        json=_fields({"comment": comment}),
        convert=CommentBlogResponse,
    )


def _comment_paper(paper_id: str, comment: str | None) -> Request[CommentBlogResponse]:
    return Request(
        "POST",
        f"/api/papers/{_seg(paper_id, 'paper_id')}/comment",
        json=_fields({"comment": comment}),
        convert=CommentBlogResponse,
    )


def _comment_post(username: str, post_slug: str, comment: str | None) -> Request[CommentBlogResponse]:
    return Request(
        "POST",
        f"/api/posts/{_seg(username, 'username')}/{_seg(post_slug, 'post_slug')}/comment",
        json=_fields({"comment": comment}),
        convert=CommentBlogResponse,
    )


def _create(repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"], repo_id: str, title: str | None, description: str | None, pull_request: bool | None) -> Request[CreateResponse5]:
    return Request(
        "POST",
        f"/api/{_repo_type(repo_type, ('models', 'spaces', 'datasets', 'kernels'))}/{_repo(repo_id)}/discussions",
        json=_fields({"title": title, "description": description, "pullRequest": pull_request}),
        convert=CreateResponse5,
    )


def _delete(repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"], repo_id: str, num: str) -> Request[Any]:
    return Request(
        "DELETE",
        f"/api/{_repo_type(repo_type, ('models', 'spaces', 'datasets', 'kernels'))}/{_repo(repo_id)}/discussions/{_seg(num, 'num')}",
        kind="empty",
    )


def _delete_post(username: str, post_slug: str) -> Request[Any]:
    return Request("DELETE", f"/api/posts/{_seg(username, 'username')}/{_seg(post_slug, 'post_slug')}", kind="empty")


def _delete_pr_ref(repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"], repo_id: str, num: str) -> Request[Any]:
    return Request(
        "DELETE",
        f"/api/{_repo_type(repo_type, ('models', 'spaces', 'datasets', 'kernels'))}/{_repo(repo_id)}/discussions/{_seg(num, 'num')}/ref",
        kind="empty",
    )


def _get(repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"], repo_id: str, num: str) -> Request[GetResponse3]:
    return Request(
        "GET",
        f"/api/{_repo_type(repo_type, ('models', 'spaces', 'datasets', 'kernels'))}/{_repo(repo_id)}/discussions/{_seg(num, 'num')}",
        convert=GetResponse3,
    )


def _get_storage_estimate(repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"], repo_id: str, num: str) -> Request[GetStorageEstimateResponse]:
    return Request(
        "GET",
        f"/api/{_repo_type(repo_type, ('models', 'spaces', 'datasets', 'kernels'))}/{_repo(repo_id)}/discussions/{_seg(num, 'num')}/storage",
        convert=GetStorageEstimateResponse,
    )


def _list(repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"], repo_id: str, author: str | None, p: int | None, search: str | None, sort: Literal["recently-created", "trending", "reactions"] | str | None, status: Literal["all", "open", "closed"] | str | None, type: Literal["all", "discussion", "pull_request"] | str | None) -> Request[ListResponse2]:
    return Request(
        "GET",
        f"/api/{_repo_type(repo_type, ('models', 'spaces', 'datasets', 'kernels'))}/{_repo(repo_id)}/discussions",
        params=_q({"author": author, "p": p, "search": search, "sort": sort, "status": status, "type": type}),
        convert=ListResponse2,
    )


def _merge(repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"], repo_id: str, num: str, comment: str | None) -> Request[Any]:
    return Request(
        "POST",
        f"/api/{_repo_type(repo_type, ('models', 'spaces', 'datasets', 'kernels'))}/{_repo(repo_id)}/discussions/{_seg(num, 'num')}/merge",
        json=_fields({"comment": comment}),
        kind="empty",
    )


def _pin(repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"], repo_id: str, num: str, pinned: bool | None) -> Request[Any]:
    return Request(
        "POST",
        f"/api/{_repo_type(repo_type, ('models', 'spaces', 'datasets', 'kernels'))}/{_repo(repo_id)}/discussions/{_seg(num, 'num')}/pin",
        json=_fields({"pinned": pinned}),
        kind="empty",
    )


def _reply_blog_comment(namespace: str, slug: str, comment_id: str, comment: str | None) -> Request[CommentBlogResponse]:
    return Request(
        "POST",
        f"/api/blog/{_seg(namespace, 'namespace')}/{_seg(slug, 'slug')}/comment/{_seg(comment_id, 'comment_id')}/reply",
        json=_fields({"comment": comment}),
        convert=CommentBlogResponse,
    )


def _reply_official_blog_comment(slug: str, comment_id: str, comment: str | None) -> Request[CommentBlogResponse]:
    return Request(
        "POST",
        f"/api/blog/{_seg(slug, 'slug')}/comment/{_seg(comment_id, 'comment_id')}/reply",
        json=_fields({"comment": comment}),
        convert=CommentBlogResponse,
    )


def _reply_paper_comment(paper_id: str, comment_id: str, comment: str | None) -> Request[CommentBlogResponse]:
    return Request(
        "POST",
        f"/api/papers/{_seg(paper_id, 'paper_id')}/comment/{_seg(comment_id, 'comment_id')}/reply",
        json=_fields({"comment": comment}),
        convert=CommentBlogResponse,
    )


def _reply_post_comment(username: str, post_slug: str, comment_id: str, comment: str | None) -> Request[CommentBlogResponse]:
    return Request(
        "POST",
        f"/api/posts/{_seg(username, 'username')}/{_seg(post_slug, 'post_slug')}/comment/{_seg(comment_id, 'comment_id')}/reply",
        json=_fields({"comment": comment}),
        convert=CommentBlogResponse,
    )


class DiscussionsResource(Resource):
    """Operations on discussions."""

    __slots__ = ()


    def change_status(self, repo_id: str, num: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models", status: Literal["open", "closed"] | str | None = UNSET, comment: str | None = UNSET) -> ChangeStatusResponse:
        """Change status.

        Change the status of a discussion

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.

        ``POST /api/{repoType}/{namespace}/{repo}/discussions/{num}/status``
        """
        return self._client._send(_change_status(repo_type, repo_id, num, status, comment))

    def change_title(self, repo_id: str, num: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models", title: str | None = UNSET) -> ChangeTitleResponse:
        """Change title.

        Change the title of a discussion

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.

        ``POST /api/{repoType}/{namespace}/{repo}/discussions/{num}/title``
        """
        return self._client._send(_change_title(repo_type, repo_id, num, title))

    def comment(self, repo_id: str, num: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models", comment: str | None = UNSET) -> CommentBlogResponse:
        """Create a new comment.

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.

        ``POST /api/{repoType}/{namespace}/{repo}/discussions/{num}/comment``
        """
        return self._client._send(_comment(repo_type, repo_id, num, comment))

    def comment_blog(self, namespace: str, slug: str, *, comment: str | None = UNSET) -> CommentBlogResponse:
        """Create a new comment.

        ``POST /api/blog/{namespace}/{slug}/comment``
        """
        return self._client._send(_comment_blog(namespace, slug, comment))

    def comment_official_blog(self, slug: str, *, comment: str | None = UNSET) -> CommentBlogResponse:
        """Create a new comment.

        ``POST /api/blog/{slug}/comment``
        """
        return self._client._send(_comment_official_blog(slug, comment))

    def comment_paper(self, paper_id: str, *, comment: str | None = UNSET) -> CommentBlogResponse:
        """Create a new comment.

        ``POST /api/papers/{paperId}/comment``
        """
        return self._client._send(_comment_paper(paper_id, comment))

    def comment_post(self, username: str, post_slug: str, *, comment: str | None = UNSET) -> CommentBlogResponse:
        """Create a new comment.

        ``POST /api/posts/{username}/{postSlug}/comment``
        """
        return self._client._send(_comment_post(username, post_slug, comment))

    def create(self, repo_id: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models", title: str | None = UNSET, description: str | None = UNSET, pull_request: bool | None = UNSET) -> CreateResponse5:
        """Create a new discussion.

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.

        ``POST /api/{repoType}/{namespace}/{repo}/discussions``
        """
        return self._client._send(_create(repo_type, repo_id, title, description, pull_request))

    def delete(self, repo_id: str, num: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models") -> Any:
        """Delete a discussion.

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.

        ``DELETE /api/{repoType}/{namespace}/{repo}/discussions/{num}``
        """
        return self._client._send(_delete(repo_type, repo_id, num))

    def delete_post(self, username: str, post_slug: str) -> Any:
        """Delete a discussion.

        ``DELETE /api/posts/{username}/{postSlug}``
        """
        return self._client._send(_delete_post(username, post_slug))

    def delete_pr_ref(self, repo_id: str, num: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models") -> Any:
        """Delete PR ref.

        Deletes the git ref for a closed/merged pull request to free up storage. LFS files unique to this PR will be garbage collected. The PR page and diff will still be viewable using stored commit data.

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.

        ``DELETE /api/{repoType}/{namespace}/{repo}/discussions/{num}/ref``
        """
        return self._client._send(_delete_pr_ref(repo_type, repo_id, num))

    def get(self, repo_id: str, num: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models") -> GetResponse3:
        """Get discussion details.

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.

        ``GET /api/{repoType}/{namespace}/{repo}/discussions/{num}``
        """
        return self._client._send(_get(repo_type, repo_id, num))

    def get_storage_estimate(self, repo_id: str, num: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models") -> GetStorageEstimateResponse:
        """PR storage estimate.

        Estimates the LFS storage used by a PR that could be freed if the ref is deleted.

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.

        ``GET /api/{repoType}/{namespace}/{repo}/discussions/{num}/storage``
        """
        return self._client._send(_get_storage_estimate(repo_type, repo_id, num))

    def list(self, repo_id: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models", author: str | None = UNSET, p: int | None = UNSET, search: str | None = UNSET, sort: Literal["recently-created", "trending", "reactions"] | str | None = UNSET, status: Literal["all", "open", "closed"] | str | None = UNSET, type: Literal["all", "discussion", "pull_request"] | str | None = UNSET) -> ListResponse2:
        """List discussions.

        Get discussions for a repo

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.

        ``GET /api/{repoType}/{namespace}/{repo}/discussions``
        """
        return self._client._send(_list(repo_type, repo_id, author, p, search, sort, status, type))

    def merge(self, repo_id: str, num: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models", comment: str | None = UNSET) -> Any:
        """Merge a pull request.

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.

        ``POST /api/{repoType}/{namespace}/{repo}/discussions/{num}/merge``
        """
        return self._client._send(_merge(repo_type, repo_id, num, comment))

    def pin(self, repo_id: str, num: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models", pinned: bool | None = UNSET) -> Any:
        """Pin a discussion.

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.

        ``POST /api/{repoType}/{namespace}/{repo}/discussions/{num}/pin``
        """
        return self._client._send(_pin(repo_type, repo_id, num, pinned))

    def reply_blog_comment(self, namespace: str, slug: str, comment_id: str, *, comment: str | None = UNSET) -> CommentBlogResponse:
        """Create a new comment.

        ``POST /api/blog/{namespace}/{slug}/comment/{commentId}/reply``
        """
        return self._client._send(_reply_blog_comment(namespace, slug, comment_id, comment))

    def reply_official_blog_comment(self, slug: str, comment_id: str, *, comment: str | None = UNSET) -> CommentBlogResponse:
        """Create a new comment.

        ``POST /api/blog/{slug}/comment/{commentId}/reply``
        """
        return self._client._send(_reply_official_blog_comment(slug, comment_id, comment))

    def reply_paper_comment(self, paper_id: str, comment_id: str, *, comment: str | None = UNSET) -> CommentBlogResponse:
        """Create a new comment.

        ``POST /api/papers/{paperId}/comment/{commentId}/reply``
        """
        return self._client._send(_reply_paper_comment(paper_id, comment_id, comment))

    def reply_post_comment(self, username: str, post_slug: str, comment_id: str, *, comment: str | None = UNSET) -> CommentBlogResponse:
        """Create a new comment.

        ``POST /api/posts/{username}/{postSlug}/comment/{commentId}/reply``
        """
        return self._client._send(_reply_post_comment(username, post_slug, comment_id, comment))


class AsyncDiscussionsResource(AsyncResource):
    """Operations on discussions. (async)"""

    __slots__ = ()


    async def change_status(self, repo_id: str, num: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models", status: Literal["open", "closed"] | str | None = UNSET, comment: str | None = UNSET) -> ChangeStatusResponse:
        """Change status (async form of ``DiscussionsResource.change_status``)."""
        return await self._client._send(_change_status(repo_type, repo_id, num, status, comment))

    async def change_title(self, repo_id: str, num: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models", title: str | None = UNSET) -> ChangeTitleResponse:
        """Change title (async form of ``DiscussionsResource.change_title``)."""
        return await self._client._send(_change_title(repo_type, repo_id, num, title))

    async def comment(self, repo_id: str, num: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models", comment: str | None = UNSET) -> CommentBlogResponse:
        """Create a new comment (async form of ``DiscussionsResource.comment``)."""
        return await self._client._send(_comment(repo_type, repo_id, num, comment))

    async def comment_blog(self, namespace: str, slug: str, *, comment: str | None = UNSET) -> CommentBlogResponse:
        """Create a new comment (async form of ``DiscussionsResource.comment_blog``)."""
        return await self._client._send(_comment_blog(namespace, slug, comment))

    async def comment_official_blog(self, slug: str, *, comment: str | None = UNSET) -> CommentBlogResponse:
        """Create a new comment (async form of ``DiscussionsResource.comment_official_blog``)."""
        return await self._client._send(_comment_official_blog(slug, comment))

    async def comment_paper(self, paper_id: str, *, comment: str | None = UNSET) -> CommentBlogResponse:
        """Create a new comment (async form of ``DiscussionsResource.comment_paper``)."""
        return await self._client._send(_comment_paper(paper_id, comment))

    async def comment_post(self, username: str, post_slug: str, *, comment: str | None = UNSET) -> CommentBlogResponse:
        """Create a new comment (async form of ``DiscussionsResource.comment_post``)."""
        return await self._client._send(_comment_post(username, post_slug, comment))

    async def create(self, repo_id: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models", title: str | None = UNSET, description: str | None = UNSET, pull_request: bool | None = UNSET) -> CreateResponse5:
        """Create a new discussion (async form of ``DiscussionsResource.create``)."""
        return await self._client._send(_create(repo_type, repo_id, title, description, pull_request))

    async def delete(self, repo_id: str, num: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models") -> Any:
        """Delete a discussion (async form of ``DiscussionsResource.delete``)."""
        return await self._client._send(_delete(repo_type, repo_id, num))

    async def delete_post(self, username: str, post_slug: str) -> Any:
        """Delete a discussion (async form of ``DiscussionsResource.delete_post``)."""
        return await self._client._send(_delete_post(username, post_slug))

    async def delete_pr_ref(self, repo_id: str, num: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models") -> Any:
        """Delete PR ref (async form of ``DiscussionsResource.delete_pr_ref``)."""
        return await self._client._send(_delete_pr_ref(repo_type, repo_id, num))

    async def get(self, repo_id: str, num: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models") -> GetResponse3:
        """Get discussion details (async form of ``DiscussionsResource.get``)."""
        return await self._client._send(_get(repo_type, repo_id, num))

    async def get_storage_estimate(self, repo_id: str, num: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models") -> GetStorageEstimateResponse:
        """PR storage estimate (async form of ``DiscussionsResource.get_storage_estimate``)."""
        return await self._client._send(_get_storage_estimate(repo_type, repo_id, num))

    async def list(self, repo_id: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models", author: str | None = UNSET, p: int | None = UNSET, search: str | None = UNSET, sort: Literal["recently-created", "trending", "reactions"] | str | None = UNSET, status: Literal["all", "open", "closed"] | str | None = UNSET, type: Literal["all", "discussion", "pull_request"] | str | None = UNSET) -> ListResponse2:
        """List discussions (async form of ``DiscussionsResource.list``)."""
        return await self._client._send(_list(repo_type, repo_id, author, p, search, sort, status, type))

    async def merge(self, repo_id: str, num: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models", comment: str | None = UNSET) -> Any:
        """Merge a pull request (async form of ``DiscussionsResource.merge``)."""
        return await self._client._send(_merge(repo_type, repo_id, num, comment))

    async def pin(self, repo_id: str, num: str, *, repo_type: Literal["models", "spaces", "datasets", "kernels", "model", "space", "dataset", "kernel"] = "models", pinned: bool | None = UNSET) -> Any:
        """Pin a discussion (async form of ``DiscussionsResource.pin``)."""
        return await self._client._send(_pin(repo_type, repo_id, num, pinned))

    async def reply_blog_comment(self, namespace: str, slug: str, comment_id: str, *, comment: str | None = UNSET) -> CommentBlogResponse:
        """Create a new comment (async form of ``DiscussionsResource.reply_blog_comment``)."""
        return await self._client._send(_reply_blog_comment(namespace, slug, comment_id, comment))

    async def reply_official_blog_comment(self, slug: str, comment_id: str, *, comment: str | None = UNSET) -> CommentBlogResponse:
        """Create a new comment (async form of ``DiscussionsResource.reply_official_blog_comment``)."""
        return await self._client._send(_reply_official_blog_comment(slug, comment_id, comment))

    async def reply_paper_comment(self, paper_id: str, comment_id: str, *, comment: str | None = UNSET) -> CommentBlogResponse:
        """Create a new comment (async form of ``DiscussionsResource.reply_paper_comment``)."""
        return await self._client._send(_reply_paper_comment(paper_id, comment_id, comment))

    async def reply_post_comment(self, username: str, post_slug: str, comment_id: str, *, comment: str | None = UNSET) -> CommentBlogResponse:
        """Create a new comment (async form of ``DiscussionsResource.reply_post_comment``)."""
        return await self._client._send(_reply_post_comment(username, post_slug, comment_id, comment))
