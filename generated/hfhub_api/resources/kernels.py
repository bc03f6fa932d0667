"""Operations on kernels.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._client_base import AsyncResource, Resource
from .._pagination import AsyncPaginator, Paginator
from .._request import Request, Timeout
from .._request import query as _q
from .._request import repo_segments as _repo
from .._request import segment as _seg
from .._request import with_options as _with_options
from .._types import UNSET
from . import _repo_ops
from ..models._kernels import Kernel, KernelListItem
from ..models._shared import BucketFile, DuplicateXetFilesResponse, Target


def _info(repo_id: str) -> Request[Kernel]:
    return Request("GET", f"/api/kernels/{_repo(repo_id, 'kernels')}", convert=Kernel)


def _info_at_revision(repo_id: str, revision: str) -> Request[Kernel]:
    return Request(
        "GET",
        f"/api/kernels/{_repo(repo_id, 'kernels')}/revision/{_seg(revision, 'revision')}",
        convert=Kernel,
    )


def _list(arxiv_ids: str | list[str] | None, author: str | list[str] | None, cursor: str | None, direction: Literal["1", "-1"] | str | None, expand: str | list[str] | None, filter: str | list[str] | None, full: bool | None, gated: bool | None, id: str | list[str] | None, limit: int | None, search: str | None, sort: Literal["downloads", "likes", "lastModified", "trendingScore", "likes30d", "_id", "id"] | str | None) -> Request[KernelListItem]:
    return Request(
        "GET",
        "/api/kernels",
        params=_q({"arxivIds": arxiv_ids, "author": author, "cursor": cursor, "direction": direction, "expand": expand, "filter": filter, "full": full, "gated": gated, "id": id, "limit": limit, "search": search, "sort": sort}),
        convert=KernelListItem,
        paginated=True,
    )


class KernelsResource(Resource):
    """Operations on kernels."""

    __slots__ = ()


    def duplicate_xet_files(self, repo_id: str, *, target: Target | dict[str, Any] | None = UNSET, files: builtins.list[BucketFile] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> DuplicateXetFilesResponse:
        """Duplicate xet files.

        Duplicate xet-stored files from this repo (source) into another repo (target) by xet hash, without re-uploading file bytes. The caller must then commit the files with their sha256/size as usual.

        Args:
            repo_id: Repository id, `namespace/name`.
            target: Body field ``target``.
            files: Body field ``files``.

        ``POST /api/kernels/{namespace}/{repo}/lfs-files/duplicate``
        """
        return self._client._send(_with_options(_repo_ops.duplicate_xet_files("kernels", repo_id, target, files), extra_headers, extra_query, extra_body, timeout))

    def info(self, repo_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Kernel:
        """Get kernel.

        Args:
            repo_id: Repository id, `namespace/name`.

        ``GET /api/kernels/{namespace}/{repo}``
        """
        return self._client._send(_with_options(_info(repo_id), extra_headers, extra_query, extra_body, timeout))

    def info_at_revision(self, repo_id: str, *, revision: str = "main", extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Kernel:
        """Get kernel.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).

        ``GET /api/kernels/{namespace}/{repo}/revision/{rev}``
        """
        return self._client._send(_with_options(_info_at_revision(repo_id, revision), extra_headers, extra_query, extra_body, timeout))

    def list(self, *, arxiv_ids: str | builtins.list[str] | None = UNSET, author: str | builtins.list[str] | None = UNSET, cursor: str | None = UNSET, direction: Literal["1", "-1"] | str | None = UNSET, expand: str | builtins.list[str] | None = UNSET, filter: str | builtins.list[str] | None = UNSET, full: bool | None = UNSET, gated: bool | None = UNSET, id: str | builtins.list[str] | None = UNSET, limit: int | None = UNSET, search: str | None = UNSET, sort: Literal["downloads", "likes", "lastModified", "trendingScore", "likes30d", "_id", "id"] | str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Paginator[KernelListItem]:
        """List kernels.

        List kernels with optional filtering, sorting, and pagination

        Args:
            arxiv_ids: Filter by Arxiv ID.
            author: Filter by author.
            cursor: Pagination cursor from Link header.
            direction: Sort direction: 1 for ascending, -1 for descending. One of ``"1"``, ``"-1"``. Server default: ``"-1"``.
            expand: Display specific fields in the response. One of ``"author"``, ``"cardData"``, ``"disabled"``, ``"downloads"``, ``"downloadsAllTime"``, ``"gated"``, ``"lastModified"``, ``"createdAt"``, ``"likes"``, ``"private"``, ``"sha"``, ``"files"``, ....
            filter: Filter by tags.
            full: Return full kernel info including author, sha, lastModified, files, gated.
            gated: Filter by gated.
            id: Filter by ID.
            limit: Maximum number of results to return. From 1 to 1000. Server default: ``1000``.
            search: Filter by search term.
            sort: Sort field (e.g. downloads, likes, lastModified, trendingScore). One of ``"downloads"``, ``"likes"``, ``"lastModified"``, ``"trendingScore"``, ``"likes30d"``, ``"_id"``, ``"id"``. Server default: ``"trendingScore"``.

        ``GET /api/kernels``
        """
        return self._client._paginate(_with_options(_list(arxiv_ids, author, cursor, direction, expand, filter, full, gated, id, limit, search, sort), extra_headers, extra_query, extra_body, timeout))


class AsyncKernelsResource(AsyncResource):
    """Operations on kernels. (async)"""

    __slots__ = ()


    async def duplicate_xet_files(self, repo_id: str, *, target: Target | dict[str, Any] | None = UNSET, files: builtins.list[BucketFile] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> DuplicateXetFilesResponse:
        """Duplicate xet files.

        Duplicate xet-stored files from this repo (source) into another repo (target) by xet hash, without re-uploading file bytes. The caller must then commit the files with their sha256/size as usual.

        Args:
            repo_id: Repository id, `namespace/name`.
            target: Body field ``target``.
            files: Body field ``files``.

        Async: ``await client.kernels.duplicate_xet_files(...)`` returns ``DuplicateXetFilesResponse``.

        ``POST /api/kernels/{namespace}/{repo}/lfs-files/duplicate``
        """
        return await self._client._send(_with_options(_repo_ops.duplicate_xet_files("kernels", repo_id, target, files), extra_headers, extra_query, extra_body, timeout))

    async def info(self, repo_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Kernel:
        """Get kernel.

        Args:
            repo_id: Repository id, `namespace/name`.

        Async: ``await client.kernels.info(...)`` returns ``Kernel``.

        ``GET /api/kernels/{namespace}/{repo}``
        """
        return await self._client._send(_with_options(_info(repo_id), extra_headers, extra_query, extra_body, timeout))

    async def info_at_revision(self, repo_id: str, *, revision: str = "main", extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Kernel:
        """Get kernel.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).

        Async: ``await client.kernels.info_at_revision(...)`` returns ``Kernel``.

        ``GET /api/kernels/{namespace}/{repo}/revision/{rev}``
        """
        return await self._client._send(_with_options(_info_at_revision(repo_id, revision), extra_headers, extra_query, extra_body, timeout))

    def list(self, *, arxiv_ids: str | builtins.list[str] | None = UNSET, author: str | builtins.list[str] | None = UNSET, cursor: str | None = UNSET, direction: Literal["1", "-1"] | str | None = UNSET, expand: str | builtins.list[str] | None = UNSET, filter: str | builtins.list[str] | None = UNSET, full: bool | None = UNSET, gated: bool | None = UNSET, id: str | builtins.list[str] | None = UNSET, limit: int | None = UNSET, search: str | None = UNSET, sort: Literal["downloads", "likes", "lastModified", "trendingScore", "likes30d", "_id", "id"] | str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> AsyncPaginator[KernelListItem]:
        """List kernels.

        List kernels with optional filtering, sorting, and pagination

        Args:
            arxiv_ids: Filter by Arxiv ID.
            author: Filter by author.
            cursor: Pagination cursor from Link header.
            direction: Sort direction: 1 for ascending, -1 for descending. One of ``"1"``, ``"-1"``. Server default: ``"-1"``.
            expand: Display specific fields in the response. One of ``"author"``, ``"cardData"``, ``"disabled"``, ``"downloads"``, ``"downloadsAllTime"``, ``"gated"``, ``"lastModified"``, ``"createdAt"``, ``"likes"``, ``"private"``, ``"sha"``, ``"files"``, ....
            filter: Filter by tags.
            full: Return full kernel info including author, sha, lastModified, files, gated.
            gated: Filter by gated.
            id: Filter by ID.
            limit: Maximum number of results to return. From 1 to 1000. Server default: ``1000``.
            search: Filter by search term.
            sort: Sort field (e.g. downloads, likes, lastModified, trendingScore). One of ``"downloads"``, ``"likes"``, ``"lastModified"``, ``"trendingScore"``, ``"likes30d"``, ``"_id"``, ``"id"``. Server default: ``"trendingScore"``.

        Async: returns an ``AsyncPaginator[KernelListItem]`` at once, without ``await``: ``async for item in client.kernels.list(...)``.

        ``GET /api/kernels``
        """
        return self._client._paginate(_with_options(_list(arxiv_ids, author, cursor, direction, expand, filter, full, gated, id, limit, search, sort), extra_headers, extra_query, extra_body, timeout))


if TYPE_CHECKING:
    from .._raw_response import async_raw, raw

    class KernelsResourceWithRawResponse:
        """``client.with_raw_response.<resource>``: each method answering a ``RawResponse`` (declared for checkers)."""

        duplicate_xet_files = raw(KernelsResource.duplicate_xet_files)
        info = raw(KernelsResource.info)
        info_at_revision = raw(KernelsResource.info_at_revision)
        list = raw(KernelsResource.list)

    class AsyncKernelsResourceWithRawResponse:
        """``client.with_raw_response.<resource>`` of the async client (declared for checkers)."""

        duplicate_xet_files = async_raw(AsyncKernelsResource.duplicate_xet_files)
        info = async_raw(AsyncKernelsResource.info)
        info_at_revision = async_raw(AsyncKernelsResource.info_at_revision)
        list = async_raw(AsyncKernelsResource.list)
