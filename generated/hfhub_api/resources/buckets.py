"""Operations on buckets.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._client_base import AsyncResource, Resource
from .._pagination import AsyncPaginator, Paginator
from .._request import Request, Timeout
from .._request import dir_path as _dir
from .._request import fields as _fields
from .._request import file_path as _file
from .._request import query as _q
from .._request import repo_segments as _repo
from .._request import segment as _seg
from .._request import with_options as _with_options
from .._types import UNSET, ListOf
from . import _repo_ops
from ..models._buckets import BatchFilesResponse, Bucket, GetPathsInfoItem, UpdateSettingsResponse
from ..models._shared import BucketFile, CdnRegion, DuplicateXetFilesResponse, GetXetReadTokenResponse, RepoUrl, ResourceGroupSummary, SetResourceGroupResponse, Target


def _batch_files(repo_id: str, body: Any) -> Request[BatchFilesResponse]:
    return Request("POST", f"/api/buckets/{_repo(repo_id, 'buckets')}/batch", json=body, convert=BatchFilesResponse)


def _create(repo_id: str, private: bool | None, resource_group_id: str | None, cdn: list[CdnRegion] | dict[str, Any] | None, region: Literal["us", "eu"] | str | None) -> Request[RepoUrl]:
    return Request(
        "POST",
        f"/api/buckets/{_repo(repo_id, 'buckets')}",
        json=_fields({"private": private, "resourceGroupId": resource_group_id, "cdn": cdn, "region": region}),
        convert=RepoUrl,
    )


def _delete(repo_id: str) -> Request[None]:
    return Request("DELETE", f"/api/buckets/{_repo(repo_id, 'buckets')}", kind="empty")


def _get(repo_id: str) -> Request[Bucket]:
    return Request("GET", f"/api/buckets/{_repo(repo_id, 'buckets')}", convert=Bucket)


def _get_paths_info(repo_id: str, paths: list[str] | str | None) -> Request[list[GetPathsInfoItem]]:
    return Request(
        "POST",
        f"/api/buckets/{_repo(repo_id, 'buckets')}/paths-info",
        json=_fields({"paths": paths}),
        convert=ListOf(GetPathsInfoItem),
    )


def _get_xet_read_token(repo_id: str) -> Request[GetXetReadTokenResponse]:
    return Request("GET", f"/api/buckets/{_repo(repo_id, 'buckets')}/xet-read-token", convert=GetXetReadTokenResponse)


def _get_xet_write_token(repo_id: str) -> Request[GetXetReadTokenResponse]:
    return Request("GET", f"/api/buckets/{_repo(repo_id, 'buckets')}/xet-write-token", convert=GetXetReadTokenResponse)


def _list(namespace: str, search: str | None) -> Request[Bucket]:
    return Request(
        "GET",
        f"/api/buckets/{_seg(namespace, 'namespace')}",
        params=_q({"search": search}),
        convert=Bucket,
        paginated=True,
    )


def _list_tree(repo_id: str, path: str, cursor: str | None, direction: Literal["asc", "desc"] | str | None, limit: int | None, recursive: bool | None, sort: Literal["path", "uploadedAt"] | str | None) -> Request[GetPathsInfoItem]:
    return Request(
        "GET",
        f"/api/buckets/{_repo(repo_id, 'buckets')}/tree{_dir(path, 'path')}",
        params=_q({"cursor": cursor, "direction": direction, "limit": limit, "recursive": recursive, "sort": sort}),
        convert=GetPathsInfoItem,
        paginated=True,
    )


def _resolve(repo_id: str, path: str, download: Any, no_content_disposition: Any) -> Request[bytes]:
    return Request(
        "GET",
        f"/buckets/{_repo(repo_id, 'buckets')}/resolve/{_file(path, 'path')}",
        params=_q({"download": download, "noContentDisposition": no_content_disposition}),
        kind="binary",
    )


def _update_settings(repo_id: str, private: Any, cdn_regions: list[CdnRegion] | dict[str, Any] | None) -> Request[UpdateSettingsResponse]:
    return Request(
        "PUT",
        f"/api/buckets/{_repo(repo_id, 'buckets')}/settings",
        json=_fields({"private": private, "cdnRegions": cdn_regions}),
        convert=UpdateSettingsResponse,
    )


class BucketsResource(Resource):
    """Operations on buckets."""

    __slots__ = ()


    def batch_files(self, repo_id: str, *, body: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> BatchFilesResponse:
        """Batch file operations.

        Accepts NDJSON (newline-delimited JSON) where each line is an addFile, copyFile, or deleteFile instruction.
        All add/copy operations must come before all delete operations.

        JSON-lines payload:
        ```json
        	'{"type":"addFile","path":"...","xetHash":"...","mtime":...,"mtimeNanos":...,"contentType":"..."}' +
        	'{"type":"copyFile","path":"...","xetHash":"...","sourceRepoType":"...","sourceRepoId":"...","mtime":...,"mtimeNanos":...,"contentType":"..."}' +
        	'{"type":"deleteFile","path":"..."}'
        ```

        Args:
            repo_id: Repository id, `namespace/name`.
            body: Request body, sent as JSON (the published spec does not describe it).

        ``POST /api/buckets/{namespace}/{repo}/batch``
        """
        return self._client._send(_with_options(_batch_files(repo_id, body), extra_headers, extra_query, extra_body, timeout))

    def create(self, repo_id: str, *, private: bool | None = UNSET, resource_group_id: str | None = UNSET, cdn: builtins.list[CdnRegion] | dict[str, Any] | None = UNSET, region: Literal["us", "eu"] | str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> RepoUrl:
        """Create bucket.

        Args:
            repo_id: Repository id, `namespace/name`.
            private: Bucket visibility. Defaults to public.
            resource_group_id: Body field ``resourceGroupId``. Exactly 24 characters. Matches ``^[0-9a-fA-F]{24}$``.
            cdn: CDN pre-warming regions.
            region: The region where the bucket is hosted. One of ``"us"``, ``"eu"``.

        ``POST /api/buckets/{namespace}/{repo}``
        """
        return self._client._send(_with_options(_create(repo_id, private, resource_group_id, cdn, region), extra_headers, extra_query, extra_body, timeout))

    def delete(self, repo_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete bucket.

        Args:
            repo_id: Repository id, `namespace/name`.

        ``DELETE /api/buckets/{namespace}/{repo}``
        """
        return self._client._send(_with_options(_delete(repo_id), extra_headers, extra_query, extra_body, timeout))

    def duplicate_xet_files(self, repo_id: str, *, target: Target | dict[str, Any] | None = UNSET, files: builtins.list[BucketFile] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> DuplicateXetFilesResponse:
        """Duplicate xet files.

        Duplicate xet-stored files from this repo (source) into another repo (target) by xet hash, without re-uploading file bytes. The caller must then commit the files with their sha256/size as usual.

        Args:
            repo_id: Repository id, `namespace/name`.
            target: Body field ``target``.
            files: Body field ``files``.

        ``POST /api/buckets/{namespace}/{repo}/lfs-files/duplicate``
        """
        return self._client._send(_with_options(_repo_ops.duplicate_xet_files("buckets", repo_id, target, files), extra_headers, extra_query, extra_body, timeout))

    def get(self, repo_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Bucket:
        """Get bucket details.

        Args:
            repo_id: Repository id, `namespace/name`.

        ``GET /api/buckets/{namespace}/{repo}``
        """
        return self._client._send(_with_options(_get(repo_id), extra_headers, extra_query, extra_body, timeout))

    def get_paths_info(self, repo_id: str, *, paths: builtins.list[str] | str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> builtins.list[GetPathsInfoItem]:
        """List paths info.

        Args:
            repo_id: Repository id, `namespace/name`.
            paths: Body field ``paths``.

        ``POST /api/buckets/{namespace}/{repo}/paths-info``
        """
        return self._client._send(_with_options(_get_paths_info(repo_id, paths), extra_headers, extra_query, extra_body, timeout))

    def get_resource_group(self, repo_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ResourceGroupSummary:
        """Get resource group.

        Args:
            repo_id: Repository id, `namespace/name`.

        ``GET /api/buckets/{namespace}/{repo}/resource-group``
        """
        return self._client._send(_with_options(_repo_ops.get_resource_group("buckets", repo_id), extra_headers, extra_query, extra_body, timeout))

    def get_xet_read_token(self, repo_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetXetReadTokenResponse:
        """Xet read token.

        Get a read short-lived access token for XET

        Args:
            repo_id: Repository id, `namespace/name`.

        ``GET /api/buckets/{namespace}/{repo}/xet-read-token``
        """
        return self._client._send(_with_options(_get_xet_read_token(repo_id), extra_headers, extra_query, extra_body, timeout))

    def get_xet_write_token(self, repo_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetXetReadTokenResponse:
        """Xet write token.

        Get a write short-lived access token for XET upload

        Args:
            repo_id: Repository id, `namespace/name`.

        ``GET /api/buckets/{namespace}/{repo}/xet-write-token``
        """
        return self._client._send(_with_options(_get_xet_write_token(repo_id), extra_headers, extra_query, extra_body, timeout))

    def list(self, namespace: str, *, search: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Paginator[Bucket]:
        """List namespace buckets.

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            search: Query parameter ``search``.

        ``GET /api/buckets/{namespace}``
        """
        return self._client._paginate(_with_options(_list(namespace, search), extra_headers, extra_query, extra_body, timeout))

    def list_tree(self, repo_id: str, path: str = "", *, cursor: str | None = UNSET, direction: Literal["asc", "desc"] | str | None = UNSET, limit: int | None = UNSET, recursive: bool | None = UNSET, sort: Literal["path", "uploadedAt"] | str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Paginator[GetPathsInfoItem]:
        """List files.

        Args:
            repo_id: Repository id, `namespace/name`.
            path: Wildcard path parameter. Empty (the default) for the repository root.
            cursor: Pagination cursor.
            direction: Sort direction. Defaults to `asc` for `path` and `desc` for `uploadedAt`. One of ``"asc"``, ``"desc"``.
            limit: Query parameter ``limit``. From 1 to 5000. Server default: ``1000``.
            recursive: When false, returns collapsed directory entries instead of listing all files recursively. The number of entries returned can then be less than the limit, but there will always be a pagination link if there are more entries. Note: non-recursive listing hasn't a strong consistency guarantees. Server default: ``true``.
            sort: Sort order. `path` (default) sorts lexicographically; `uploadedAt` sorts by most recent upload first. In recursive mode `uploadedAt` is only supported at the bucket root (no path prefix). In non-recursive mode, only supported at root or exact folder prefixes. One of ``"path"``, ``"uploadedAt"``. Server default: ``"path"``.

        ``GET /api/buckets/{namespace}/{repo}/tree/{path}``
        """
        return self._client._paginate(_with_options(_list_tree(repo_id, path, cursor, direction, limit, recursive, sort), extra_headers, extra_query, extra_body, timeout))

    def resolve(self, repo_id: str, path: str, *, download: Any = UNSET, no_content_disposition: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> bytes:
        """Get file metadata.

        Returns file metadata including size, hash, and links to XET authentication

        Args:
            repo_id: Repository id, `namespace/name`.
            path: Wildcard path parameter.
            download: Query parameter ``download``.
            no_content_disposition: Query parameter ``noContentDisposition``.

        ``GET /buckets/{namespace}/{repo}/resolve/{path}``
        """
        return self._client._send(_with_options(_resolve(repo_id, path, download, no_content_disposition), extra_headers, extra_query, extra_body, timeout))

    def set_resource_group(self, repo_id: str, *, resource_group_id: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> SetResourceGroupResponse:
        """Add resource group.

        Add the repository to a resource group

        Args:
            repo_id: Repository id, `namespace/name`.
            resource_group_id: The resource group to add the repository to, if null, the repository will be removed from the resource group.

        ``POST /api/buckets/{namespace}/{repo}/resource-group``
        """
        return self._client._send(_with_options(_repo_ops.set_resource_group("buckets", repo_id, resource_group_id), extra_headers, extra_query, extra_body, timeout))

    def update_settings(self, repo_id: str, *, private: Any = UNSET, cdn_regions: builtins.list[CdnRegion] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> UpdateSettingsResponse:
        """Update bucket settings.

        Args:
            repo_id: Repository id, `namespace/name`.
            private: Body field ``private``.
            cdn_regions: Body field ``cdnRegions``.

        ``PUT /api/buckets/{namespace}/{repo}/settings``
        """
        return self._client._send(_with_options(_update_settings(repo_id, private, cdn_regions), extra_headers, extra_query, extra_body, timeout))


class AsyncBucketsResource(AsyncResource):
    """Operations on buckets. (async)"""

    __slots__ = ()


    async def batch_files(self, repo_id: str, *, body: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> BatchFilesResponse:
        """Batch file operations.

        Accepts NDJSON (newline-delimited JSON) where each line is an addFile, copyFile, or deleteFile instruction.
        All add/copy operations must come before all delete operations.

        JSON-lines payload:
        ```json
        	'{"type":"addFile","path":"...","xetHash":"...","mtime":...,"mtimeNanos":...,"contentType":"..."}' +
        	'{"type":"copyFile","path":"...","xetHash":"...","sourceRepoType":"...","sourceRepoId":"...","mtime":...,"mtimeNanos":...,"contentType":"..."}' +
        	'{"type":"deleteFile","path":"..."}'
        ```

        Args:
            repo_id: Repository id, `namespace/name`.
            body: Request body, sent as JSON (the published spec does not describe it).

        Async: ``await client.buckets.batch_files(...)`` returns ``BatchFilesResponse``.

        ``POST /api/buckets/{namespace}/{repo}/batch``
        """
        return await self._client._send(_with_options(_batch_files(repo_id, body), extra_headers, extra_query, extra_body, timeout))

    async def create(self, repo_id: str, *, private: bool | None = UNSET, resource_group_id: str | None = UNSET, cdn: builtins.list[CdnRegion] | dict[str, Any] | None = UNSET, region: Literal["us", "eu"] | str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> RepoUrl:
        """Create bucket.

        Args:
            repo_id: Repository id, `namespace/name`.
            private: Bucket visibility. Defaults to public.
            resource_group_id: Body field ``resourceGroupId``. Exactly 24 characters. Matches ``^[0-9a-fA-F]{24}$``.
            cdn: CDN pre-warming regions.
            region: The region where the bucket is hosted. One of ``"us"``, ``"eu"``.

        Async: ``await client.buckets.create(...)`` returns ``RepoUrl``.

        ``POST /api/buckets/{namespace}/{repo}``
        """
        return await self._client._send(_with_options(_create(repo_id, private, resource_group_id, cdn, region), extra_headers, extra_query, extra_body, timeout))

    async def delete(self, repo_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete bucket.

        Args:
            repo_id: Repository id, `namespace/name`.

        Async: ``await client.buckets.delete(...)`` returns ``None``.

        ``DELETE /api/buckets/{namespace}/{repo}``
        """
        return await self._client._send(_with_options(_delete(repo_id), extra_headers, extra_query, extra_body, timeout))

    async def duplicate_xet_files(self, repo_id: str, *, target: Target | dict[str, Any] | None = UNSET, files: builtins.list[BucketFile] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> DuplicateXetFilesResponse:
        """Duplicate xet files.

        Duplicate xet-stored files from this repo (source) into another repo (target) by xet hash, without re-uploading file bytes. The caller must then commit the files with their sha256/size as usual.

        Args:
            repo_id: Repository id, `namespace/name`.
            target: Body field ``target``.
            files: Body field ``files``.

        Async: ``await client.buckets.duplicate_xet_files(...)`` returns ``DuplicateXetFilesResponse``.

        ``POST /api/buckets/{namespace}/{repo}/lfs-files/duplicate``
        """
        return await self._client._send(_with_options(_repo_ops.duplicate_xet_files("buckets", repo_id, target, files), extra_headers, extra_query, extra_body, timeout))

    async def get(self, repo_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Bucket:
        """Get bucket details.

        Args:
            repo_id: Repository id, `namespace/name`.

        Async: ``await client.buckets.get(...)`` returns ``Bucket``.

        ``GET /api/buckets/{namespace}/{repo}``
        """
        return await self._client._send(_with_options(_get(repo_id), extra_headers, extra_query, extra_body, timeout))

    async def get_paths_info(self, repo_id: str, *, paths: builtins.list[str] | str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> builtins.list[GetPathsInfoItem]:
        """List paths info.

        Args:
            repo_id: Repository id, `namespace/name`.
            paths: Body field ``paths``.

        Async: ``await client.buckets.get_paths_info(...)`` returns ``list[GetPathsInfoItem]``.

        ``POST /api/buckets/{namespace}/{repo}/paths-info``
        """
        return await self._client._send(_with_options(_get_paths_info(repo_id, paths), extra_headers, extra_query, extra_body, timeout))

    async def get_resource_group(self, repo_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ResourceGroupSummary:
        """Get resource group.

        Args:
            repo_id: Repository id, `namespace/name`.

        Async: ``await client.buckets.get_resource_group(...)`` returns ``ResourceGroupSummary``.

        ``GET /api/buckets/{namespace}/{repo}/resource-group``
        """
        return await self._client._send(_with_options(_repo_ops.get_resource_group("buckets", repo_id), extra_headers, extra_query, extra_body, timeout))

    async def get_xet_read_token(self, repo_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetXetReadTokenResponse:
        """Xet read token.

        Get a read short-lived access token for XET

        Args:
            repo_id: Repository id, `namespace/name`.

        Async: ``await client.buckets.get_xet_read_token(...)`` returns ``GetXetReadTokenResponse``.

        ``GET /api/buckets/{namespace}/{repo}/xet-read-token``
        """
        return await self._client._send(_with_options(_get_xet_read_token(repo_id), extra_headers, extra_query, extra_body, timeout))

    async def get_xet_write_token(self, repo_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetXetReadTokenResponse:
        """Xet write token.

        Get a write short-lived access token for XET upload

        Args:
            repo_id: Repository id, `namespace/name`.

        Async: ``await client.buckets.get_xet_write_token(...)`` returns ``GetXetReadTokenResponse``.

        ``GET /api/buckets/{namespace}/{repo}/xet-write-token``
        """
        return await self._client._send(_with_options(_get_xet_write_token(repo_id), extra_headers, extra_query, extra_body, timeout))

    def list(self, namespace: str, *, search: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> AsyncPaginator[Bucket]:
        """List namespace buckets.

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            search: Query parameter ``search``.

        Async: returns an ``AsyncPaginator[Bucket]`` at once, without ``await``: ``async for item in client.buckets.list(...)``.

        ``GET /api/buckets/{namespace}``
        """
        return self._client._paginate(_with_options(_list(namespace, search), extra_headers, extra_query, extra_body, timeout))

    def list_tree(self, repo_id: str, path: str = "", *, cursor: str | None = UNSET, direction: Literal["asc", "desc"] | str | None = UNSET, limit: int | None = UNSET, recursive: bool | None = UNSET, sort: Literal["path", "uploadedAt"] | str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> AsyncPaginator[GetPathsInfoItem]:
        """List files.

        Args:
            repo_id: Repository id, `namespace/name`.
            path: Wildcard path parameter. Empty (the default) for the repository root.
            cursor: Pagination cursor.
            direction: Sort direction. Defaults to `asc` for `path` and `desc` for `uploadedAt`. One of ``"asc"``, ``"desc"``.
            limit: Query parameter ``limit``. From 1 to 5000. Server default: ``1000``.
            recursive: When false, returns collapsed directory entries instead of listing all files recursively. The number of entries returned can then be less than the limit, but there will always be a pagination link if there are more entries. Note: non-recursive listing hasn't a strong consistency guarantees. Server default: ``true``.
            sort: Sort order. `path` (default) sorts lexicographically; `uploadedAt` sorts by most recent upload first. In recursive mode `uploadedAt` is only supported at the bucket root (no path prefix). In non-recursive mode, only supported at root or exact folder prefixes. One of ``"path"``, ``"uploadedAt"``. Server default: ``"path"``.

        Async: returns an ``AsyncPaginator[GetPathsInfoItem]`` at once, without ``await``: ``async for item in client.buckets.list_tree(...)``.

        ``GET /api/buckets/{namespace}/{repo}/tree/{path}``
        """
        return self._client._paginate(_with_options(_list_tree(repo_id, path, cursor, direction, limit, recursive, sort), extra_headers, extra_query, extra_body, timeout))

    async def resolve(self, repo_id: str, path: str, *, download: Any = UNSET, no_content_disposition: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> bytes:
        """Get file metadata.

        Returns file metadata including size, hash, and links to XET authentication

        Args:
            repo_id: Repository id, `namespace/name`.
            path: Wildcard path parameter.
            download: Query parameter ``download``.
            no_content_disposition: Query parameter ``noContentDisposition``.

        Async: ``await client.buckets.resolve(...)`` returns ``bytes``.

        ``GET /buckets/{namespace}/{repo}/resolve/{path}``
        """
        return await self._client._send(_with_options(_resolve(repo_id, path, download, no_content_disposition), extra_headers, extra_query, extra_body, timeout))

    async def set_resource_group(self, repo_id: str, *, resource_group_id: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> SetResourceGroupResponse:
        """Add resource group.

        Add the repository to a resource group

        Args:
            repo_id: Repository id, `namespace/name`.
            resource_group_id: The resource group to add the repository to, if null, the repository will be removed from the resource group.

        Async: ``await client.buckets.set_resource_group(...)`` returns ``SetResourceGroupResponse``.

        ``POST /api/buckets/{namespace}/{repo}/resource-group``
        """
        return await self._client._send(_with_options(_repo_ops.set_resource_group("buckets", repo_id, resource_group_id), extra_headers, extra_query, extra_body, timeout))

    async def update_settings(self, repo_id: str, *, private: Any = UNSET, cdn_regions: builtins.list[CdnRegion] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> UpdateSettingsResponse:
        """Update bucket settings.

        Args:
            repo_id: Repository id, `namespace/name`.
            private: Body field ``private``.
            cdn_regions: Body field ``cdnRegions``.

        Async: ``await client.buckets.update_settings(...)`` returns ``UpdateSettingsResponse``.

        ``PUT /api/buckets/{namespace}/{repo}/settings``
        """
        return await self._client._send(_with_options(_update_settings(repo_id, private, cdn_regions), extra_headers, extra_query, extra_body, timeout))


if TYPE_CHECKING:
    from .._raw_response import async_raw, raw

    class BucketsResourceWithRawResponse:
        """``client.with_raw_response.<resource>``: each method answering a ``RawResponse`` (declared for checkers)."""

        batch_files = raw(BucketsResource.batch_files)
        create = raw(BucketsResource.create)
        delete = raw(BucketsResource.delete)
        duplicate_xet_files = raw(BucketsResource.duplicate_xet_files)
        get = raw(BucketsResource.get)
        get_paths_info = raw(BucketsResource.get_paths_info)
        get_resource_group = raw(BucketsResource.get_resource_group)
        get_xet_read_token = raw(BucketsResource.get_xet_read_token)
        get_xet_write_token = raw(BucketsResource.get_xet_write_token)
        list = raw(BucketsResource.list)
        list_tree = raw(BucketsResource.list_tree)
        resolve = raw(BucketsResource.resolve)
        set_resource_group = raw(BucketsResource.set_resource_group)
        update_settings = raw(BucketsResource.update_settings)

    class AsyncBucketsResourceWithRawResponse:
        """``client.with_raw_response.<resource>`` of the async client (declared for checkers)."""

        batch_files = async_raw(AsyncBucketsResource.batch_files)
        create = async_raw(AsyncBucketsResource.create)
        delete = async_raw(AsyncBucketsResource.delete)
        duplicate_xet_files = async_raw(AsyncBucketsResource.duplicate_xet_files)
        get = async_raw(AsyncBucketsResource.get)
        get_paths_info = async_raw(AsyncBucketsResource.get_paths_info)
        get_resource_group = async_raw(AsyncBucketsResource.get_resource_group)
        get_xet_read_token = async_raw(AsyncBucketsResource.get_xet_read_token)
        get_xet_write_token = async_raw(AsyncBucketsResource.get_xet_write_token)
        list = async_raw(AsyncBucketsResource.list)
        list_tree = async_raw(AsyncBucketsResource.list_tree)
        resolve = async_raw(AsyncBucketsResource.resolve)
        set_resource_group = async_raw(AsyncBucketsResource.set_resource_group)
        update_settings = async_raw(AsyncBucketsResource.update_settings)
