"""Operations on spaces.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

import builtins
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._client_base import AsyncEventStream, AsyncResource, EventStream, Resource
from .._pagination import AsyncPaginator, Paginator
from .._request import Request, Timeout
from .._request import fields as _fields
from .._request import query as _q
from .._request import repo_segments as _repo
from .._request import segment as _seg
from .._request import with_options as _with_options
from .._sse import ServerSentEvent
from .._types import UNSET, DictOf, ListOf
from . import _repo_ops
from ..models._shared import BucketFile, Commit, CommitResponse, DatasetFile, DatasetGetPathsInfoItem, DatasetUpdateSettingsResponse, Deletions, DuplicateXetFilesResponse, GetFolderSizeResponse, GetJwtResponse, GetNotebookUrlResponse, GetSecurityStatusResponse, GetXetReadTokenResponse, LfsFile, ListRefsResponse, PreuploadResponse, RepoVolume, ResourceGroupSummary, SetResourceGroupResponse, SuperSquashResponse, Target, Tree
from ..models._spaces import GetZeroGpuQuotaResponse, ListSecretsResponseValue, ListTemplatesResponse, ListVariablesResponseValue, SpaceHardwareFlavor, SpaceInfo


def _delete_secret(repo_id: str, key: str | None) -> Request[None]:
    return Request(
        "DELETE",
        f"/api/spaces/{_repo(repo_id, 'spaces')}/secrets",
        json=_fields({"key": key}),
        kind="empty",
    )


def _delete_variable(repo_id: str, key: str | None) -> Request[None]:
    return Request(
        "DELETE",
        f"/api/spaces/{_repo(repo_id, 'spaces')}/variables",
        json=_fields({"key": key}),
        kind="empty",
    )


def _delete_volumes(repo_id: str) -> Request[None]:
    return Request("DELETE", f"/api/spaces/{_repo(repo_id, 'spaces')}/volumes", kind="empty")


def _get_zero_gpu_quota() -> Request[GetZeroGpuQuotaResponse]:
    return Request("GET", "/api/spaces/zero-gpu/quota", convert=GetZeroGpuQuotaResponse)


def _info(repo_id: str, blobs: bool | None, expand: list[str] | None, full: bool | None) -> Request[SpaceInfo]:
    return Request(
        "GET",
        f"/api/spaces/{_repo(repo_id, 'spaces')}",
        params=_q({"blobs": blobs, "expand": expand, "full": full}),
        convert=SpaceInfo,
    )


def _info_at_revision(repo_id: str, revision: str, blobs: bool | None, expand: list[str] | None, full: bool | None) -> Request[SpaceInfo]:
    return Request(
        "GET",
        f"/api/spaces/{_repo(repo_id, 'spaces')}/revision/{_seg(revision, 'revision')}",
        params=_q({"blobs": blobs, "expand": expand, "full": full}),
        convert=SpaceInfo,
    )


def _list(author: str | None, config: bool | None, direction: Literal[-1, 1] | int | None, expand: list[str] | None, filter: list[str] | None, full: bool | None, limit: int | None, search: str | None, sort: str | None) -> Request[SpaceInfo]:
    return Request(
        "GET",
        "/api/spaces",
        params=_q({"author": author, "config": config, "direction": direction, "expand": expand, "filter": filter, "full": full, "limit": limit, "search": search, "sort": sort}),
        convert=SpaceInfo,
        paginated=True,
    )


def _list_hardware() -> Request[list[SpaceHardwareFlavor]]:
    return Request("GET", "/api/spaces/hardware", convert=ListOf(SpaceHardwareFlavor))


def _list_secrets(repo_id: str) -> Request[dict[str, ListSecretsResponseValue]]:
    return Request("GET", f"/api/spaces/{_repo(repo_id, 'spaces')}/secrets", convert=DictOf(ListSecretsResponseValue))


def _list_templates() -> Request[ListTemplatesResponse]:
    return Request("GET", "/api/spaces/templates", convert=ListTemplatesResponse)


def _list_variables(repo_id: str) -> Request[dict[str, ListVariablesResponseValue]]:
    return Request(
        "GET",
        f"/api/spaces/{_repo(repo_id, 'spaces')}/variables",
        convert=DictOf(ListVariablesResponseValue),
    )


def _set_volumes(repo_id: str, volumes: list[RepoVolume] | dict[str, Any] | None) -> Request[None]:
    return Request(
        "PUT",
        f"/api/spaces/{_repo(repo_id, 'spaces')}/volumes",
        json=_fields({"volumes": volumes}),
        kind="empty",
    )


def _stream_events(repo_id: str, session_uuid: str | None) -> Request[ServerSentEvent]:
    return Request(
        "GET",
        f"/api/spaces/{_repo(repo_id, 'spaces')}/events",
        params=_q({"session_uuid": session_uuid}),
        kind="sse",
    )


def _stream_logs(repo_id: str, log_type: Literal["build", "run"] | str, tail: int | None) -> Request[ServerSentEvent]:
    return Request(
        "GET",
        f"/api/spaces/{_repo(repo_id, 'spaces')}/logs/{_seg(log_type, 'log_type')}",
        params=_q({"tail": tail}),
        kind="sse",
    )


def _stream_metrics(repo_id: str) -> Request[ServerSentEvent]:
    return Request("GET", f"/api/spaces/{_repo(repo_id, 'spaces')}/metrics", kind="sse")


def _upsert_secret(repo_id: str, key: str | None, description: str | None, value: str | None) -> Request[None]:
    return Request(
        "POST",
        f"/api/spaces/{_repo(repo_id, 'spaces')}/secrets",
        json=_fields({"key": key, "description": description, "value": value}),
        kind="empty",
    )


def _upsert_variable(repo_id: str, key: str | None, description: str | None, value: str | None) -> Request[None]:
    return Request(
        "POST",
        f"/api/spaces/{_repo(repo_id, 'spaces')}/variables",
        json=_fields({"key": key, "description": description, "value": value}),
        kind="empty",
    )


class SpacesResource(Resource):
    """Operations on spaces."""

    __slots__ = ()


    def commit(self, repo_id: str, *, revision: str = "main", content_type: Literal["application/json", "application/x-ndjson"] | str | None = UNSET, create_pr: Any = UNSET, hot_reload: Any = UNSET, body: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CommitResponse:
        """Commit.

        For legacy reason, we support both `application/json` and `application/x-ndjson` but we recommend using `application/x-ndjson` to create a commit.

        JSON-lines payload:
        ```json
        {
          "key": "header",
          "value": {
            "summary": "string (REQUIRED)",
            "description": "string (OPTIONAL - defaults to empty string)",
            "parentCommit": "string (OPTIONAL - 40-character hex SHA)"
          }
        }
        {
          "key": "file",
          "value": {
            "path": "string (REQUIRED)",
            "content": "string (OPTIONAL - required if oldPath not set)",
            "encoding": "utf-8 | base64 (OPTIONAL - defaults to utf-8)",
            "oldPath": "string (OPTIONAL - for move/rename operations)"
          }
        }
        {
          "key": "deletedEntry",
          "value": {
            "path": "string (REQUIRED)"
          }
        }
        {
          "key": "lfsFile",
          "value": {
            "path": "string (REQUIRED - max 1000 chars)",
            "oid": "string (OPTIONAL - required if oldPath not set, 64 hex chars)",
            "algo": "sha256 (OPTIONAL - only sha256 supported)",
            "size": "number (OPTIONAL - required if oldPath is set)",
            "oldPath": "string (OPTIONAL - for move/rename operations)"
          }
        }
        ```

        JSON payload:
        ```json
        {
          "summary": "string (REQUIRED)",
          "description": "string (OPTIONAL - defaults to empty string)",
          "parentCommit": "string (OPTIONAL - 40-character hex SHA)"
          "files": [
            {
              "path": "string (REQUIRED)",
              "content": "string (OPTIONAL - required if oldPath not set)",
              "encoding": "utf-8 | base64 (OPTIONAL - defaults to utf-8)",
              "oldPath": "string (OPTIONAL - for move/rename operations)"
            }
          ],
          "deletedEntries": [
            {
              "path": "string (REQUIRED)"
            }
          ],
          "lfsFiles": [
            {
              "path": "string (REQUIRED - max 1000 chars)",
              "oid": "string (OPTIONAL - required if oldPath not set, 64 hex chars)",
              "algo": "sha256 (OPTIONAL - only sha256 supported)",
              "size": "number (OPTIONAL - required if oldPath is set)",
              "oldPath": "string (OPTIONAL - for move/rename operations)"
            }
          ]
        }
        ```

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            content_type: `application/x-ndjson` if you to commit by json lines. One of ``"application/json"``, ``"application/x-ndjson"``. Server default: ``"application/x-ndjson"``.
            create_pr: Whether to create a pull request from the commit.
            hot_reload: For Spaces, whether to try to hot reload the commit (only for single python files updates).
            body: Request body, sent as JSON (the published spec does not describe it).

        ``POST /api/spaces/{namespace}/{repo}/commit/{rev}``
        """
        return self._client._send(_with_options(_repo_ops.commit("spaces", repo_id, revision, content_type, create_pr, hot_reload, body), extra_headers, extra_query, extra_body, timeout))

    def compare(self, repo_id: str, compare: str, *, raw: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> str:
        """Get a compare rev.

        Args:
            repo_id: Repository id, `namespace/name`.
            compare: Path parameter ``{compare}``.
            raw: Query parameter ``raw``. Server default: ``false``.

        ``GET /api/spaces/{namespace}/{repo}/compare/{compare}``
        """
        return self._client._send(_with_options(_repo_ops.compare("spaces", repo_id, compare, raw), extra_headers, extra_query, extra_body, timeout))

    def create_branch(self, repo_id: str, branch: str, *, starting_point: str | None = UNSET, empty_branch: bool | None = UNSET, overwrite: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Create branch.

        Args:
            repo_id: Repository id, `namespace/name`.
            branch: The branch (``{rev}`` in the path).
            starting_point: The commit to start from.
            empty_branch: Create an empty branch. Server default: ``false``.
            overwrite: Overwrite the branch if it already exists. Server default: ``false``.

        ``POST /api/spaces/{namespace}/{repo}/branch/{rev}``
        """
        return self._client._send(_with_options(_repo_ops.create_branch("spaces", repo_id, branch, starting_point, empty_branch, overwrite), extra_headers, extra_query, extra_body, timeout))

    def create_tag(self, repo_id: str, *, revision: str = "main", tag: str | None = UNSET, message: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Create tag.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: The revision ``{rev}`` in the path; ``tag`` is a body field.
            tag: Body field ``tag``.
            message: Body field ``message``.

        ``POST /api/spaces/{namespace}/{repo}/tag/{rev}``
        """
        return self._client._send(_with_options(_repo_ops.create_tag("spaces", repo_id, revision, tag, message), extra_headers, extra_query, extra_body, timeout))

    def delete_branch(self, repo_id: str, branch: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete a branch.

        Args:
            repo_id: Repository id, `namespace/name`.
            branch: The branch (``{rev}`` in the path).

        ``DELETE /api/spaces/{namespace}/{repo}/branch/{rev}``
        """
        return self._client._send(_with_options(_repo_ops.delete_branch("spaces", repo_id, branch), extra_headers, extra_query, extra_body, timeout))

    def delete_lfs_file(self, repo_id: str, sha: str, *, rewrite_history: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete Large file.

        Delete a Xet/LFS file

        Args:
            repo_id: Repository id, `namespace/name`.
            sha: Path parameter ``{sha}``.
            rewrite_history: Query parameter ``rewriteHistory``. Server default: ``true``.

        ``DELETE /api/spaces/{namespace}/{repo}/lfs-files/{sha}``
        """
        return self._client._send(_with_options(_repo_ops.delete_lfs_file("spaces", repo_id, sha, rewrite_history), extra_headers, extra_query, extra_body, timeout))

    def delete_lfs_files(self, repo_id: str, *, deletions: Deletions | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete Large files.

        Delete Xet/LFS files in batch

        Args:
            repo_id: Repository id, `namespace/name`.
            deletions: Body field ``deletions``.

        ``POST /api/spaces/{namespace}/{repo}/lfs-files/batch``
        """
        return self._client._send(_with_options(_repo_ops.delete_lfs_files("spaces", repo_id, deletions), extra_headers, extra_query, extra_body, timeout))

    def delete_secret(self, repo_id: str, *, key: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete secret.

        Delete Spaces's secret

        Args:
            repo_id: Repository id, `namespace/name`.
            key: Body field ``key``.

        ``DELETE /api/spaces/{namespace}/{repo}/secrets``
        """
        return self._client._send(_with_options(_delete_secret(repo_id, key), extra_headers, extra_query, extra_body, timeout))

    def delete_tag(self, repo_id: str, tag: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete a tag.

        Args:
            repo_id: Repository id, `namespace/name`.
            tag: The tag (``{rev}`` in the path).

        ``DELETE /api/spaces/{namespace}/{repo}/tag/{rev}``
        """
        return self._client._send(_with_options(_repo_ops.delete_tag("spaces", repo_id, tag), extra_headers, extra_query, extra_body, timeout))

    def delete_variable(self, repo_id: str, *, key: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete variable.

        Delete Spaces's variable

        Args:
            repo_id: Repository id, `namespace/name`.
            key: Body field ``key``.

        ``DELETE /api/spaces/{namespace}/{repo}/variables``
        """
        return self._client._send(_with_options(_delete_variable(repo_id, key), extra_headers, extra_query, extra_body, timeout))

    def delete_volumes(self, repo_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete Space volumes.

        Args:
            repo_id: Repository id, `namespace/name`.

        ``DELETE /api/spaces/{namespace}/{repo}/volumes``
        """
        return self._client._send(_with_options(_delete_volumes(repo_id), extra_headers, extra_query, extra_body, timeout))

    def duplicate_xet_files(self, repo_id: str, *, target: Target | dict[str, Any] | None = UNSET, files: builtins.list[BucketFile] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> DuplicateXetFilesResponse:
        """Duplicate xet files.

        Duplicate xet-stored files from this repo (source) into another repo (target) by xet hash, without re-uploading file bytes. The caller must then commit the files with their sha256/size as usual.

        Args:
            repo_id: Repository id, `namespace/name`.
            target: Body field ``target``.
            files: Body field ``files``.

        ``POST /api/spaces/{namespace}/{repo}/lfs-files/duplicate``
        """
        return self._client._send(_with_options(_repo_ops.duplicate_xet_files("spaces", repo_id, target, files), extra_headers, extra_query, extra_body, timeout))

    def get_folder_size(self, repo_id: str, path: str, *, revision: str = "main", extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetFolderSizeResponse:
        """Get folder size.

        Get the total size of a repository at a given revision, optionally under a specific subpath. Returns the total size in bytes of all files under the specified path (recursively). If a file is stored via Xet/LFS, the LFS file size is used.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            path: Wildcard path parameter.

        ``GET /api/spaces/{namespace}/{repo}/treesize/{rev}/{path}``
        """
        return self._client._send(_with_options(_repo_ops.get_folder_size("spaces", repo_id, revision, path), extra_headers, extra_query, extra_body, timeout))

    def get_jwt(self, repo_id: str, *, billing_details: Any = UNSET, encrypted: Any = UNSET, expiration: datetime | None = UNSET, expires_in: int | None = UNSET, include_pro_status: Any = UNSET, inference_api: Any = UNSET, write: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetJwtResponse:
        """Generate JWT.

        Generate a JWT token for accessing a repository. Supports optional write access for spaces in dev mode, custom expiration, and encryption.

        Args:
            repo_id: Repository id, `namespace/name`.
            billing_details: Query parameter ``billing_details``.
            encrypted: Query parameter ``encrypted``.
            expiration: Requested expiration datetime, capped at the default (10 minutes with write, 24 hours for spaces, 1 hour otherwise). Use expires_in instead. A date and time (ISO 8601). Deprecated.
            expires_in: Requested lifetime in seconds, capped at the default (600s with write, 86400s for spaces, 3600s otherwise). More than 0, at most 86400.
            include_pro_status: Use billing_details instead. Deprecated.
            inference_api: Query parameter ``inference_api``.
            write: Query parameter ``write``.

        ``GET /api/spaces/{namespace}/{repo}/jwt``
        """
        return self._client._send(_with_options(_repo_ops.get_jwt("spaces", repo_id, billing_details, encrypted, expiration, expires_in, include_pro_status, inference_api, write), extra_headers, extra_query, extra_body, timeout))

    def get_notebook_url(self, repo_id: str, path: str, *, revision: str = "main", extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetNotebookUrlResponse:
        """Get notebook URL.

        Get a jupyter notebook URL for the requested file

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            path: Wildcard path parameter.

        ``GET /api/spaces/{namespace}/{repo}/notebook/{rev}/{path}``
        """
        return self._client._send(_with_options(_repo_ops.get_notebook_url("spaces", repo_id, revision, path), extra_headers, extra_query, extra_body, timeout))

    def get_paths_info(self, repo_id: str, *, revision: str = "main", paths: builtins.list[str] | str | None = UNSET, expand: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> builtins.list[DatasetGetPathsInfoItem]:
        """List paths info.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            paths: Body field ``paths``.
            expand: Expand the response with the last commit and security file status.

        ``POST /api/spaces/{namespace}/{repo}/paths-info/{rev}``
        """
        return self._client._send(_with_options(_repo_ops.get_paths_info("spaces", repo_id, revision, paths, expand), extra_headers, extra_query, extra_body, timeout))

    def get_resource_group(self, repo_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ResourceGroupSummary:
        """Get resource group.

        Args:
            repo_id: Repository id, `namespace/name`.

        ``GET /api/spaces/{namespace}/{repo}/resource-group``
        """
        return self._client._send(_with_options(_repo_ops.get_resource_group("spaces", repo_id), extra_headers, extra_query, extra_body, timeout))

    def get_security_status(self, repo_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetSecurityStatusResponse:
        """Get security status.

        Get the security status of a repo

        Args:
            repo_id: Repository id, `namespace/name`.

        ``GET /api/spaces/{namespace}/{repo}/scan``
        """
        return self._client._send(_with_options(_repo_ops.get_security_status("spaces", repo_id), extra_headers, extra_query, extra_body, timeout))

    def get_xet_read_token(self, repo_id: str, *, revision: str = "main", extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetXetReadTokenResponse:
        """Xet read token.

        Get a read short-lived access token for XET

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).

        ``GET /api/spaces/{namespace}/{repo}/xet-read-token/{rev}``
        """
        return self._client._send(_with_options(_repo_ops.get_xet_read_token("spaces", repo_id, revision), extra_headers, extra_query, extra_body, timeout))

    def get_xet_write_token(self, repo_id: str, *, revision: str = "main", extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetXetReadTokenResponse:
        """Xet write token.

        Get a write short-lived access token for XET upload

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).

        ``GET /api/spaces/{namespace}/{repo}/xet-write-token/{rev}``
        """
        return self._client._send(_with_options(_repo_ops.get_xet_write_token("spaces", repo_id, revision), extra_headers, extra_query, extra_body, timeout))

    def get_zero_gpu_quota(self, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetZeroGpuQuotaResponse:
        """Get ZeroGPU quota.

        Get the authenticated user's current ZeroGPU quota usage and limits

        ``GET /api/spaces/zero-gpu/quota``
        """
        return self._client._send(_with_options(_get_zero_gpu_quota(), extra_headers, extra_query, extra_body, timeout))

    def info(self, repo_id: str, *, blobs: bool | None = UNSET, expand: builtins.list[str] | None = UNSET, full: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> SpaceInfo:
        """Get Space info.

        Args:
            repo_id: Repository id, `namespace/name`.
            blobs: Return size, blob id and LFS metadata of each file.
            expand: Properties to return (replaces the default set). Each one of ``"author"``, ``"cardData"``, ``"createdAt"``, ``"datasets"``, ``"disabled"``, ``"lastModified"``, ``"likes"``, ``"models"``, ``"private"``, ``"region"``, ``"resourceGroup"``, ``"runtime"``.
            full: Return every property the Hub holds for the repository (as huggingface_hub sends it).

        Described by hfhub (spec/additions), not by the published spec: ``GET /api/spaces/{namespace}/{repo}``
        """
        return self._client._send(_with_options(_info(repo_id, blobs, expand, full), extra_headers, extra_query, extra_body, timeout))

    def info_at_revision(self, repo_id: str, *, revision: str = "main", blobs: bool | None = UNSET, expand: builtins.list[str] | None = UNSET, full: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> SpaceInfo:
        """Get Space info at a revision.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: Revision: a branch, tag or commit sha.
            blobs: Return size, blob id and LFS metadata of each file.
            expand: Properties to return (replaces the default set). Each one of ``"author"``, ``"cardData"``, ``"createdAt"``, ``"datasets"``, ``"disabled"``, ``"lastModified"``, ``"likes"``, ``"models"``, ``"private"``, ``"region"``, ``"resourceGroup"``, ``"runtime"``.
            full: Return every property the Hub holds for the repository (as huggingface_hub sends it).

        Described by hfhub (spec/additions), not by the published spec: ``GET /api/spaces/{namespace}/{repo}/revision/{rev}``
        """
        return self._client._send(_with_options(_info_at_revision(repo_id, revision, blobs, expand, full), extra_headers, extra_query, extra_body, timeout))

    def list(self, *, author: str | None = UNSET, config: bool | None = UNSET, direction: Literal[-1, 1] | int | None = UNSET, expand: builtins.list[str] | None = UNSET, filter: builtins.list[str] | None = UNSET, full: bool | None = UNSET, limit: int | None = UNSET, search: str | None = UNSET, sort: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Paginator[SpaceInfo]:
        """List spaces.

        Lists spaces on the Hub, paginated with `Link: rel="next"` headers.

        Args:
            author: Owner: a user or an organization.
            config: Return the repository configuration too.
            direction: `-1` for descending order. One of ``-1``, ``1``.
            expand: Properties to return (replaces the default set). Each one of ``"author"``, ``"cardData"``, ``"createdAt"``, ``"datasets"``, ``"disabled"``, ``"lastModified"``, ``"likes"``, ``"models"``, ``"private"``, ``"region"``, ``"resourceGroup"``, ``"runtime"``.
            filter: Tags to filter on, e.g. `text-classification` or `license:mit`.
            full: Return most of the repository data (all tags, files...).
            limit: At most this many repositories in all (and per page). At least 1.
            search: Substring of the repository id or its owner's name.
            sort: Property to sort on: `downloads`, `likes`, `trendingScore`, `createdAt`, `lastModified`...

        Described by hfhub (spec/additions), not by the published spec: ``GET /api/spaces``
        """
        return self._client._paginate(_with_options(_list(author, config, direction, expand, filter, full, limit, search, sort), extra_headers, extra_query, extra_body, timeout))

    def list_commits(self, repo_id: str, *, revision: str = "main", expand: builtins.list[Literal["formatted"] | str] | None = UNSET, limit: int | None = UNSET, p: int | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Paginator[Commit]:
        """List commits.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            expand: Query parameter ``expand``. Each one of ``"formatted"``.
            limit: Query parameter ``limit``. From 1 to 1000. Server default: ``50``.
            p: Query parameter ``p``. Server default: ``0``.

        ``GET /api/spaces/{namespace}/{repo}/commits/{rev}``
        """
        return self._client._paginate(_with_options(_repo_ops.list_commits("spaces", repo_id, revision, expand, limit, p), extra_headers, extra_query, extra_body, timeout))

    def list_hardware(self, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> builtins.list[SpaceHardwareFlavor]:
        """List space hardware.

        Get available space hardware

        ``GET /api/spaces/hardware``
        """
        return self._client._send(_with_options(_list_hardware(), extra_headers, extra_query, extra_body, timeout))

    def list_lfs_files(self, repo_id: str, *, cursor: str | None = UNSET, limit: int | None = UNSET, xet: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Paginator[LfsFile]:
        """List Large files.

        List Xet/LFS files for a repo

        Args:
            repo_id: Repository id, `namespace/name`.
            cursor: Query parameter ``cursor``.
            limit: Query parameter ``limit``. From 1 to 1000. Server default: ``1000``.
            xet: Query parameter ``xet``.

        ``GET /api/spaces/{namespace}/{repo}/lfs-files``
        """
        return self._client._paginate(_with_options(_repo_ops.list_lfs_files("spaces", repo_id, cursor, limit, xet), extra_headers, extra_query, extra_body, timeout))

    def list_refs(self, repo_id: str, *, include_prs: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ListRefsResponse:
        """List references.

        Args:
            repo_id: Repository id, `namespace/name`.
            include_prs: Query parameter ``include_prs``. Server default: ``false``.

        ``GET /api/spaces/{namespace}/{repo}/refs``
        """
        return self._client._send(_with_options(_repo_ops.list_refs("spaces", repo_id, include_prs), extra_headers, extra_query, extra_body, timeout))

    def list_secrets(self, repo_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> dict[str, ListSecretsResponseValue]:
        """List secrets.

        List a Space's secret keys. Values are never returned.

        Args:
            repo_id: Repository id, `namespace/name`.

        ``GET /api/spaces/{namespace}/{repo}/secrets``
        """
        return self._client._send(_with_options(_list_secrets(repo_id), extra_headers, extra_query, extra_body, timeout))

    def list_templates(self, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ListTemplatesResponse:
        """List Space templates.

        Returns the catalog of official Space templates. The `repoId` of a template can be passed as `template` when creating a Space through the create-repo endpoint.

        ``GET /api/spaces/templates``
        """
        return self._client._send(_with_options(_list_templates(), extra_headers, extra_query, extra_body, timeout))

    def list_tree(self, repo_id: str, path: str = "", *, revision: str = "main", cursor: str | None = UNSET, expand: bool | None = UNSET, limit: int | None = UNSET, recursive: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Paginator[Tree]:
        """List folder content.

        List the content of a repository tree, with pagination support.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            path: Wildcard path parameter. Empty (the default) for the repository root.
            cursor: Query parameter ``cursor``.
            expand: If true, returns returns associated commit data for each entry and security scanner metadata. Server default: ``false``.
            limit: 1.000 by default, 100 by default for expand=true. At least 1.
            recursive: If true, returns the tree recursively. Server default: ``false``.

        ``GET /api/spaces/{namespace}/{repo}/tree/{rev}/{path}``
        """
        return self._client._paginate(_with_options(_repo_ops.list_tree("spaces", repo_id, revision, path, cursor, expand, limit, recursive), extra_headers, extra_query, extra_body, timeout))

    def list_variables(self, repo_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> dict[str, ListVariablesResponseValue]:
        """List variables.

        List a Space's variables with their values.

        Args:
            repo_id: Repository id, `namespace/name`.

        ``GET /api/spaces/{namespace}/{repo}/variables``
        """
        return self._client._send(_with_options(_list_variables(repo_id), extra_headers, extra_query, extra_body, timeout))

    def preupload(self, repo_id: str, *, revision: str = "main", files: builtins.list[DatasetFile] | dict[str, Any] | None = UNSET, git_attributes: str | None = UNSET, git_ignore: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> PreuploadResponse:
        """Check upload method.

        Check if a file should be uploaded through the Large File mechanism or directly.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            files: Body field ``files``.
            git_attributes: Provide this parameter if you plan to modify `.gitattributes` yourself at the same time as uploading LFS files. Note that this is not needed if you solely rely on automatic LFS detection from HF: the commit endpoint will automatically edit the `.gitattributes` file to track the files passed to its `lfsFiles` param.
            git_ignore: Content of the .gitignore file for the revision. Optional, otherwise takes the existing content of `.gitignore` for the revision.

        ``POST /api/spaces/{namespace}/{repo}/preupload/{rev}``
        """
        return self._client._send(_with_options(_repo_ops.preupload("spaces", repo_id, revision, files, git_attributes, git_ignore), extra_headers, extra_query, extra_body, timeout))

    def resolve(self, repo_id: str, path: str, *, revision: str = "main", range: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> bytes:
        """Resolve a file.

        This endpoint requires to follow redirection

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            path: Wildcard path parameter.
            range: The range in bytes of the file to download.

        ``GET /spaces/{namespace}/{repo}/resolve/{rev}/{path}``
        """
        return self._client._send(_with_options(_repo_ops.resolve("spaces", repo_id, revision, path, range), extra_headers, extra_query, extra_body, timeout))

    def resolve_cached(self, repo_id: str, path: str, *, revision: str = "main", range: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> bytes:
        """Resolve a file.

        This endpoint requires to follow redirection

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            path: Wildcard path parameter.
            range: The range in bytes of the file to download.

        ``GET /api/resolve-cache/spaces/{namespace}/{repo}/{rev}/{path}``
        """
        return self._client._send(_with_options(_repo_ops.resolve_cached("spaces", repo_id, revision, path, range), extra_headers, extra_query, extra_body, timeout))

    def set_resource_group(self, repo_id: str, *, resource_group_id: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> SetResourceGroupResponse:
        """Add resource group.

        Add the repository to a resource group

        Args:
            repo_id: Repository id, `namespace/name`.
            resource_group_id: The resource group to add the repository to, if null, the repository will be removed from the resource group.

        ``POST /api/spaces/{namespace}/{repo}/resource-group``
        """
        return self._client._send(_with_options(_repo_ops.set_resource_group("spaces", repo_id, resource_group_id), extra_headers, extra_query, extra_body, timeout))

    def set_volumes(self, repo_id: str, *, volumes: builtins.list[RepoVolume] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Set Space volumes.

        Args:
            repo_id: Repository id, `namespace/name`.
            volumes: Body field ``volumes``.

        ``PUT /api/spaces/{namespace}/{repo}/volumes``
        """
        return self._client._send(_with_options(_set_volumes(repo_id, volumes), extra_headers, extra_query, extra_body, timeout))

    def stream_events(self, repo_id: str, *, session_uuid: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> EventStream:
        """Stream events.

        Get status updates for a specific Space in a streaming fashion, with SSE protocol

        Args:
            repo_id: Repository id, `namespace/name`.
            session_uuid: Query parameter ``session_uuid``.

        ``GET /api/spaces/{namespace}/{repo}/events``
        """
        return self._client._stream(_with_options(_stream_events(repo_id, session_uuid), extra_headers, extra_query, extra_body, timeout))

    def stream_logs(self, repo_id: str, log_type: Literal["build", "run"] | str, *, tail: int | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> EventStream:
        """Stream logs.

        Get logs for a specific Space in a streaming fashion, with SSE protocol

        Args:
            repo_id: Repository id, `namespace/name`.
            log_type: Path parameter ``{logType}``. One of ``"build"``, ``"run"``.
            tail: Maximum number of lines to return from the logs. At least 0.

        ``GET /api/spaces/{namespace}/{repo}/logs/{logType}``
        """
        return self._client._stream(_with_options(_stream_logs(repo_id, log_type, tail), extra_headers, extra_query, extra_body, timeout))

    def stream_metrics(self, repo_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> EventStream:
        """Stream metrics.

        Get live metrics for a specific Space in a streaming fashion, with SSE protocol, such as current Zero-GPU usage

        Args:
            repo_id: Repository id, `namespace/name`.

        ``GET /api/spaces/{namespace}/{repo}/metrics``
        """
        return self._client._stream(_with_options(_stream_metrics(repo_id), extra_headers, extra_query, extra_body, timeout))

    def super_squash(self, repo_id: str, *, revision: str = "main", message: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> SuperSquashResponse:
        """Squash ref.

        Squash all commits in the current ref into a single commit with the given message. Action is irreversible.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            message: Body field ``message``. At most 500 characters.

        ``POST /api/spaces/{namespace}/{repo}/super-squash/{rev}``
        """
        return self._client._send(_with_options(_repo_ops.super_squash("spaces", repo_id, revision, message), extra_headers, extra_query, extra_body, timeout))

    def update_settings(self, repo_id: str, *, private: bool | None = UNSET, visibility: Literal["private", "public", "protected"] | str | None = UNSET, discussions_disabled: bool | None = UNSET, discussions_sorting: Literal["recently-created", "trending", "reactions"] | str | None = UNSET, gated: Literal[False] | Literal["auto", "manual"] | str | None = UNSET, org_members_gated: bool | None = UNSET, gated_notifications_email: str | None = UNSET, gated_notifications_mode: Literal["bulk", "real-time"] | str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> DatasetUpdateSettingsResponse:
        """Update repo settings.

        Update the settings of a repo

        Args:
            repo_id: Repository id, `namespace/name`.
            private: Body field ``private``.
            visibility: Repository visibility. `protected` is only supported for Spaces. One of ``"private"``, ``"public"``, ``"protected"``.
            discussions_disabled: Body field ``discussionsDisabled``.
            discussions_sorting: Body field ``discussionsSorting``. One of ``"recently-created"``, ``"trending"``, ``"reactions"``.
            gated: Body field ``gated``. One of ``false``, ``"auto"``, ``"manual"``.
            org_members_gated: If true, members of the owning org (except admins) must also go through the gated access-request flow.
            gated_notifications_email: Body field ``gatedNotificationsEmail``.
            gated_notifications_mode: Body field ``gatedNotificationsMode``. One of ``"bulk"``, ``"real-time"``.

        ``PUT /api/spaces/{namespace}/{repo}/settings``
        """
        return self._client._send(_with_options(_repo_ops.update_settings("spaces", repo_id, private, visibility, discussions_disabled, discussions_sorting, gated, org_members_gated, gated_notifications_email, gated_notifications_mode), extra_headers, extra_query, extra_body, timeout))

    def upsert_secret(self, repo_id: str, *, key: str | None = UNSET, description: str | None = UNSET, value: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Upsert secret.

        Upsert Spaces's secret

        Args:
            repo_id: Repository id, `namespace/name`.
            key: Body field ``key``. Matches ``^[a-zA-Z][_a-zA-Z0-9]*$``.
            description: Body field ``description``.
            value: Body field ``value``. Server default: ``""``.

        ``POST /api/spaces/{namespace}/{repo}/secrets``
        """
        return self._client._send(_with_options(_upsert_secret(repo_id, key, description, value), extra_headers, extra_query, extra_body, timeout))

    def upsert_variable(self, repo_id: str, *, key: str | None = UNSET, description: str | None = UNSET, value: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Upsert variable.

        Upsert Spaces's variable

        Args:
            repo_id: Repository id, `namespace/name`.
            key: Body field ``key``. Matches ``^[a-zA-Z][_a-zA-Z0-9]*$``.
            description: Body field ``description``.
            value: Body field ``value``. Server default: ``""``.

        ``POST /api/spaces/{namespace}/{repo}/variables``
        """
        return self._client._send(_with_options(_upsert_variable(repo_id, key, description, value), extra_headers, extra_query, extra_body, timeout))


class AsyncSpacesResource(AsyncResource):
    """Operations on spaces. (async)"""

    __slots__ = ()


    async def commit(self, repo_id: str, *, revision: str = "main", content_type: Literal["application/json", "application/x-ndjson"] | str | None = UNSET, create_pr: Any = UNSET, hot_reload: Any = UNSET, body: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CommitResponse:
        """Commit.

        For legacy reason, we support both `application/json` and `application/x-ndjson` but we recommend using `application/x-ndjson` to create a commit.

        JSON-lines payload:
        ```json
        {
          "key": "header",
          "value": {
            "summary": "string (REQUIRED)",
            "description": "string (OPTIONAL - defaults to empty string)",
            "parentCommit": "string (OPTIONAL - 40-character hex SHA)"
          }
        }
        {
          "key": "file",
          "value": {
            "path": "string (REQUIRED)",
            "content": "string (OPTIONAL - required if oldPath not set)",
            "encoding": "utf-8 | base64 (OPTIONAL - defaults to utf-8)",
            "oldPath": "string (OPTIONAL - for move/rename operations)"
          }
        }
        {
          "key": "deletedEntry",
          "value": {
            "path": "string (REQUIRED)"
          }
        }
        {
          "key": "lfsFile",
          "value": {
            "path": "string (REQUIRED - max 1000 chars)",
            "oid": "string (OPTIONAL - required if oldPath not set, 64 hex chars)",
            "algo": "sha256 (OPTIONAL - only sha256 supported)",
            "size": "number (OPTIONAL - required if oldPath is set)",
            "oldPath": "string (OPTIONAL - for move/rename operations)"
          }
        }
        ```

        JSON payload:
        ```json
        {
          "summary": "string (REQUIRED)",
          "description": "string (OPTIONAL - defaults to empty string)",
          "parentCommit": "string (OPTIONAL - 40-character hex SHA)"
          "files": [
            {
              "path": "string (REQUIRED)",
              "content": "string (OPTIONAL - required if oldPath not set)",
              "encoding": "utf-8 | base64 (OPTIONAL - defaults to utf-8)",
              "oldPath": "string (OPTIONAL - for move/rename operations)"
            }
          ],
          "deletedEntries": [
            {
              "path": "string (REQUIRED)"
            }
          ],
          "lfsFiles": [
            {
              "path": "string (REQUIRED - max 1000 chars)",
              "oid": "string (OPTIONAL - required if oldPath not set, 64 hex chars)",
              "algo": "sha256 (OPTIONAL - only sha256 supported)",
              "size": "number (OPTIONAL - required if oldPath is set)",
              "oldPath": "string (OPTIONAL - for move/rename operations)"
            }
          ]
        }
        ```

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            content_type: `application/x-ndjson` if you to commit by json lines. One of ``"application/json"``, ``"application/x-ndjson"``. Server default: ``"application/x-ndjson"``.
            create_pr: Whether to create a pull request from the commit.
            hot_reload: For Spaces, whether to try to hot reload the commit (only for single python files updates).
            body: Request body, sent as JSON (the published spec does not describe it).

        Async: ``await client.spaces.commit(...)`` returns ``CommitResponse``.

        ``POST /api/spaces/{namespace}/{repo}/commit/{rev}``
        """
        return await self._client._send(_with_options(_repo_ops.commit("spaces", repo_id, revision, content_type, create_pr, hot_reload, body), extra_headers, extra_query, extra_body, timeout))

    async def compare(self, repo_id: str, compare: str, *, raw: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> str:
        """Get a compare rev.

        Args:
            repo_id: Repository id, `namespace/name`.
            compare: Path parameter ``{compare}``.
            raw: Query parameter ``raw``. Server default: ``false``.

        Async: ``await client.spaces.compare(...)`` returns ``str``.

        ``GET /api/spaces/{namespace}/{repo}/compare/{compare}``
        """
        return await self._client._send(_with_options(_repo_ops.compare("spaces", repo_id, compare, raw), extra_headers, extra_query, extra_body, timeout))

    async def create_branch(self, repo_id: str, branch: str, *, starting_point: str | None = UNSET, empty_branch: bool | None = UNSET, overwrite: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Create branch.

        Args:
            repo_id: Repository id, `namespace/name`.
            branch: The branch (``{rev}`` in the path).
            starting_point: The commit to start from.
            empty_branch: Create an empty branch. Server default: ``false``.
            overwrite: Overwrite the branch if it already exists. Server default: ``false``.

        Async: ``await client.spaces.create_branch(...)`` returns ``None``.

        ``POST /api/spaces/{namespace}/{repo}/branch/{rev}``
        """
        return await self._client._send(_with_options(_repo_ops.create_branch("spaces", repo_id, branch, starting_point, empty_branch, overwrite), extra_headers, extra_query, extra_body, timeout))

    async def create_tag(self, repo_id: str, *, revision: str = "main", tag: str | None = UNSET, message: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Create tag.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: The revision ``{rev}`` in the path; ``tag`` is a body field.
            tag: Body field ``tag``.
            message: Body field ``message``.

        Async: ``await client.spaces.create_tag(...)`` returns ``None``.

        ``POST /api/spaces/{namespace}/{repo}/tag/{rev}``
        """
        return await self._client._send(_with_options(_repo_ops.create_tag("spaces", repo_id, revision, tag, message), extra_headers, extra_query, extra_body, timeout))

    async def delete_branch(self, repo_id: str, branch: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete a branch.

        Args:
            repo_id: Repository id, `namespace/name`.
            branch: The branch (``{rev}`` in the path).

        Async: ``await client.spaces.delete_branch(...)`` returns ``None``.

        ``DELETE /api/spaces/{namespace}/{repo}/branch/{rev}``
        """
        return await self._client._send(_with_options(_repo_ops.delete_branch("spaces", repo_id, branch), extra_headers, extra_query, extra_body, timeout))

    async def delete_lfs_file(self, repo_id: str, sha: str, *, rewrite_history: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete Large file.

        Delete a Xet/LFS file

        Args:
            repo_id: Repository id, `namespace/name`.
            sha: Path parameter ``{sha}``.
            rewrite_history: Query parameter ``rewriteHistory``. Server default: ``true``.

        Async: ``await client.spaces.delete_lfs_file(...)`` returns ``None``.

        ``DELETE /api/spaces/{namespace}/{repo}/lfs-files/{sha}``
        """
        return await self._client._send(_with_options(_repo_ops.delete_lfs_file("spaces", repo_id, sha, rewrite_history), extra_headers, extra_query, extra_body, timeout))

    async def delete_lfs_files(self, repo_id: str, *, deletions: Deletions | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete Large files.

        Delete Xet/LFS files in batch

        Args:
            repo_id: Repository id, `namespace/name`.
            deletions: Body field ``deletions``.

        Async: ``await client.spaces.delete_lfs_files(...)`` returns ``None``.

        ``POST /api/spaces/{namespace}/{repo}/lfs-files/batch``
        """
        return await self._client._send(_with_options(_repo_ops.delete_lfs_files("spaces", repo_id, deletions), extra_headers, extra_query, extra_body, timeout))

    async def delete_secret(self, repo_id: str, *, key: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete secret.

        Delete Spaces's secret

        Args:
            repo_id: Repository id, `namespace/name`.
            key: Body field ``key``.

        Async: ``await client.spaces.delete_secret(...)`` returns ``None``.

        ``DELETE /api/spaces/{namespace}/{repo}/secrets``
        """
        return await self._client._send(_with_options(_delete_secret(repo_id, key), extra_headers, extra_query, extra_body, timeout))

    async def delete_tag(self, repo_id: str, tag: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete a tag.

        Args:
            repo_id: Repository id, `namespace/name`.
            tag: The tag (``{rev}`` in the path).

        Async: ``await client.spaces.delete_tag(...)`` returns ``None``.

        ``DELETE /api/spaces/{namespace}/{repo}/tag/{rev}``
        """
        return await self._client._send(_with_options(_repo_ops.delete_tag("spaces", repo_id, tag), extra_headers, extra_query, extra_body, timeout))

    async def delete_variable(self, repo_id: str, *, key: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete variable.

        Delete Spaces's variable

        Args:
            repo_id: Repository id, `namespace/name`.
            key: Body field ``key``.

        Async: ``await client.spaces.delete_variable(...)`` returns ``None``.

        ``DELETE /api/spaces/{namespace}/{repo}/variables``
        """
        return await self._client._send(_with_options(_delete_variable(repo_id, key), extra_headers, extra_query, extra_body, timeout))

    async def delete_volumes(self, repo_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete Space volumes.

        Args:
            repo_id: Repository id, `namespace/name`.

        Async: ``await client.spaces.delete_volumes(...)`` returns ``None``.

        ``DELETE /api/spaces/{namespace}/{repo}/volumes``
        """
        return await self._client._send(_with_options(_delete_volumes(repo_id), extra_headers, extra_query, extra_body, timeout))

    async def duplicate_xet_files(self, repo_id: str, *, target: Target | dict[str, Any] | None = UNSET, files: builtins.list[BucketFile] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> DuplicateXetFilesResponse:
        """Duplicate xet files.

        Duplicate xet-stored files from this repo (source) into another repo (target) by xet hash, without re-uploading file bytes. The caller must then commit the files with their sha256/size as usual.

        Args:
            repo_id: Repository id, `namespace/name`.
            target: Body field ``target``.
            files: Body field ``files``.

        Async: ``await client.spaces.duplicate_xet_files(...)`` returns ``DuplicateXetFilesResponse``.

        ``POST /api/spaces/{namespace}/{repo}/lfs-files/duplicate``
        """
        return await self._client._send(_with_options(_repo_ops.duplicate_xet_files("spaces", repo_id, target, files), extra_headers, extra_query, extra_body, timeout))

    async def get_folder_size(self, repo_id: str, path: str, *, revision: str = "main", extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetFolderSizeResponse:
        """Get folder size.

        Get the total size of a repository at a given revision, optionally under a specific subpath. Returns the total size in bytes of all files under the specified path (recursively). If a file is stored via Xet/LFS, the LFS file size is used.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            path: Wildcard path parameter.

        Async: ``await client.spaces.get_folder_size(...)`` returns ``GetFolderSizeResponse``.

        ``GET /api/spaces/{namespace}/{repo}/treesize/{rev}/{path}``
        """
        return await self._client._send(_with_options(_repo_ops.get_folder_size("spaces", repo_id, revision, path), extra_headers, extra_query, extra_body, timeout))

    async def get_jwt(self, repo_id: str, *, billing_details: Any = UNSET, encrypted: Any = UNSET, expiration: datetime | None = UNSET, expires_in: int | None = UNSET, include_pro_status: Any = UNSET, inference_api: Any = UNSET, write: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetJwtResponse:
        """Generate JWT.

        Generate a JWT token for accessing a repository. Supports optional write access for spaces in dev mode, custom expiration, and encryption.

        Args:
            repo_id: Repository id, `namespace/name`.
            billing_details: Query parameter ``billing_details``.
            encrypted: Query parameter ``encrypted``.
            expiration: Requested expiration datetime, capped at the default (10 minutes with write, 24 hours for spaces, 1 hour otherwise). Use expires_in instead. A date and time (ISO 8601). Deprecated.
            expires_in: Requested lifetime in seconds, capped at the default (600s with write, 86400s for spaces, 3600s otherwise). More than 0, at most 86400.
            include_pro_status: Use billing_details instead. Deprecated.
            inference_api: Query parameter ``inference_api``.
            write: Query parameter ``write``.

        Async: ``await client.spaces.get_jwt(...)`` returns ``GetJwtResponse``.

        ``GET /api/spaces/{namespace}/{repo}/jwt``
        """
        return await self._client._send(_with_options(_repo_ops.get_jwt("spaces", repo_id, billing_details, encrypted, expiration, expires_in, include_pro_status, inference_api, write), extra_headers, extra_query, extra_body, timeout))

    async def get_notebook_url(self, repo_id: str, path: str, *, revision: str = "main", extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetNotebookUrlResponse:
        """Get notebook URL.

        Get a jupyter notebook URL for the requested file

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            path: Wildcard path parameter.

        Async: ``await client.spaces.get_notebook_url(...)`` returns ``GetNotebookUrlResponse``.

        ``GET /api/spaces/{namespace}/{repo}/notebook/{rev}/{path}``
        """
        return await self._client._send(_with_options(_repo_ops.get_notebook_url("spaces", repo_id, revision, path), extra_headers, extra_query, extra_body, timeout))

    async def get_paths_info(self, repo_id: str, *, revision: str = "main", paths: builtins.list[str] | str | None = UNSET, expand: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> builtins.list[DatasetGetPathsInfoItem]:
        """List paths info.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            paths: Body field ``paths``.
            expand: Expand the response with the last commit and security file status.

        Async: ``await client.spaces.get_paths_info(...)`` returns ``list[DatasetGetPathsInfoItem]``.

        ``POST /api/spaces/{namespace}/{repo}/paths-info/{rev}``
        """
        return await self._client._send(_with_options(_repo_ops.get_paths_info("spaces", repo_id, revision, paths, expand), extra_headers, extra_query, extra_body, timeout))

    async def get_resource_group(self, repo_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ResourceGroupSummary:
        """Get resource group.

        Args:
            repo_id: Repository id, `namespace/name`.

        Async: ``await client.spaces.get_resource_group(...)`` returns ``ResourceGroupSummary``.

        ``GET /api/spaces/{namespace}/{repo}/resource-group``
        """
        return await self._client._send(_with_options(_repo_ops.get_resource_group("spaces", repo_id), extra_headers, extra_query, extra_body, timeout))

    async def get_security_status(self, repo_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetSecurityStatusResponse:
        """Get security status.

        Get the security status of a repo

        Args:
            repo_id: Repository id, `namespace/name`.

        Async: ``await client.spaces.get_security_status(...)`` returns ``GetSecurityStatusResponse``.

        ``GET /api/spaces/{namespace}/{repo}/scan``
        """
        return await self._client._send(_with_options(_repo_ops.get_security_status("spaces", repo_id), extra_headers, extra_query, extra_body, timeout))

    async def get_xet_read_token(self, repo_id: str, *, revision: str = "main", extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetXetReadTokenResponse:
        """Xet read token.

        Get a read short-lived access token for XET

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).

        Async: ``await client.spaces.get_xet_read_token(...)`` returns ``GetXetReadTokenResponse``.

        ``GET /api/spaces/{namespace}/{repo}/xet-read-token/{rev}``
        """
        return await self._client._send(_with_options(_repo_ops.get_xet_read_token("spaces", repo_id, revision), extra_headers, extra_query, extra_body, timeout))

    async def get_xet_write_token(self, repo_id: str, *, revision: str = "main", extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetXetReadTokenResponse:
        """Xet write token.

        Get a write short-lived access token for XET upload

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).

        Async: ``await client.spaces.get_xet_write_token(...)`` returns ``GetXetReadTokenResponse``.

        ``GET /api/spaces/{namespace}/{repo}/xet-write-token/{rev}``
        """
        return await self._client._send(_with_options(_repo_ops.get_xet_write_token("spaces", repo_id, revision), extra_headers, extra_query, extra_body, timeout))

    async def get_zero_gpu_quota(self, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetZeroGpuQuotaResponse:
        """Get ZeroGPU quota.

        Get the authenticated user's current ZeroGPU quota usage and limits

        Async: ``await client.spaces.get_zero_gpu_quota(...)`` returns ``GetZeroGpuQuotaResponse``.

        ``GET /api/spaces/zero-gpu/quota``
        """
        return await self._client._send(_with_options(_get_zero_gpu_quota(), extra_headers, extra_query, extra_body, timeout))

    async def info(self, repo_id: str, *, blobs: bool | None = UNSET, expand: builtins.list[str] | None = UNSET, full: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> SpaceInfo:
        """Get Space info.

        Args:
            repo_id: Repository id, `namespace/name`.
            blobs: Return size, blob id and LFS metadata of each file.
            expand: Properties to return (replaces the default set). Each one of ``"author"``, ``"cardData"``, ``"createdAt"``, ``"datasets"``, ``"disabled"``, ``"lastModified"``, ``"likes"``, ``"models"``, ``"private"``, ``"region"``, ``"resourceGroup"``, ``"runtime"``.
            full: Return every property the Hub holds for the repository (as huggingface_hub sends it).

        Async: ``await client.spaces.info(...)`` returns ``SpaceInfo``.

        Described by hfhub (spec/additions), not by the published spec: ``GET /api/spaces/{namespace}/{repo}``
        """
        return await self._client._send(_with_options(_info(repo_id, blobs, expand, full), extra_headers, extra_query, extra_body, timeout))

    async def info_at_revision(self, repo_id: str, *, revision: str = "main", blobs: bool | None = UNSET, expand: builtins.list[str] | None = UNSET, full: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> SpaceInfo:
        """Get Space info at a revision.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: Revision: a branch, tag or commit sha.
            blobs: Return size, blob id and LFS metadata of each file.
            expand: Properties to return (replaces the default set). Each one of ``"author"``, ``"cardData"``, ``"createdAt"``, ``"datasets"``, ``"disabled"``, ``"lastModified"``, ``"likes"``, ``"models"``, ``"private"``, ``"region"``, ``"resourceGroup"``, ``"runtime"``.
            full: Return every property the Hub holds for the repository (as huggingface_hub sends it).

        Async: ``await client.spaces.info_at_revision(...)`` returns ``SpaceInfo``.

        Described by hfhub (spec/additions), not by the published spec: ``GET /api/spaces/{namespace}/{repo}/revision/{rev}``
        """
        return await self._client._send(_with_options(_info_at_revision(repo_id, revision, blobs, expand, full), extra_headers, extra_query, extra_body, timeout))

    def list(self, *, author: str | None = UNSET, config: bool | None = UNSET, direction: Literal[-1, 1] | int | None = UNSET, expand: builtins.list[str] | None = UNSET, filter: builtins.list[str] | None = UNSET, full: bool | None = UNSET, limit: int | None = UNSET, search: str | None = UNSET, sort: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> AsyncPaginator[SpaceInfo]:
        """List spaces.

        Lists spaces on the Hub, paginated with `Link: rel="next"` headers.

        Args:
            author: Owner: a user or an organization.
            config: Return the repository configuration too.
            direction: `-1` for descending order. One of ``-1``, ``1``.
            expand: Properties to return (replaces the default set). Each one of ``"author"``, ``"cardData"``, ``"createdAt"``, ``"datasets"``, ``"disabled"``, ``"lastModified"``, ``"likes"``, ``"models"``, ``"private"``, ``"region"``, ``"resourceGroup"``, ``"runtime"``.
            filter: Tags to filter on, e.g. `text-classification` or `license:mit`.
            full: Return most of the repository data (all tags, files...).
            limit: At most this many repositories in all (and per page). At least 1.
            search: Substring of the repository id or its owner's name.
            sort: Property to sort on: `downloads`, `likes`, `trendingScore`, `createdAt`, `lastModified`...

        Async: returns an ``AsyncPaginator[SpaceInfo]`` at once, without ``await``: ``async for item in client.spaces.list(...)``.

        Described by hfhub (spec/additions), not by the published spec: ``GET /api/spaces``
        """
        return self._client._paginate(_with_options(_list(author, config, direction, expand, filter, full, limit, search, sort), extra_headers, extra_query, extra_body, timeout))

    def list_commits(self, repo_id: str, *, revision: str = "main", expand: builtins.list[Literal["formatted"] | str] | None = UNSET, limit: int | None = UNSET, p: int | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> AsyncPaginator[Commit]:
        """List commits.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            expand: Query parameter ``expand``. Each one of ``"formatted"``.
            limit: Query parameter ``limit``. From 1 to 1000. Server default: ``50``.
            p: Query parameter ``p``. Server default: ``0``.

        Async: returns an ``AsyncPaginator[Commit]`` at once, without ``await``: ``async for item in client.spaces.list_commits(...)``.

        ``GET /api/spaces/{namespace}/{repo}/commits/{rev}``
        """
        return self._client._paginate(_with_options(_repo_ops.list_commits("spaces", repo_id, revision, expand, limit, p), extra_headers, extra_query, extra_body, timeout))

    async def list_hardware(self, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> builtins.list[SpaceHardwareFlavor]:
        """List space hardware.

        Get available space hardware

        Async: ``await client.spaces.list_hardware(...)`` returns ``list[SpaceHardwareFlavor]``.

        ``GET /api/spaces/hardware``
        """
        return await self._client._send(_with_options(_list_hardware(), extra_headers, extra_query, extra_body, timeout))

    def list_lfs_files(self, repo_id: str, *, cursor: str | None = UNSET, limit: int | None = UNSET, xet: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> AsyncPaginator[LfsFile]:
        """List Large files.

        List Xet/LFS files for a repo

        Args:
            repo_id: Repository id, `namespace/name`.
            cursor: Query parameter ``cursor``.
            limit: Query parameter ``limit``. From 1 to 1000. Server default: ``1000``.
            xet: Query parameter ``xet``.

        Async: returns an ``AsyncPaginator[LfsFile]`` at once, without ``await``: ``async for item in client.spaces.list_lfs_files(...)``.

        ``GET /api/spaces/{namespace}/{repo}/lfs-files``
        """
        return self._client._paginate(_with_options(_repo_ops.list_lfs_files("spaces", repo_id, cursor, limit, xet), extra_headers, extra_query, extra_body, timeout))

    async def list_refs(self, repo_id: str, *, include_prs: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ListRefsResponse:
        """List references.

        Args:
            repo_id: Repository id, `namespace/name`.
            include_prs: Query parameter ``include_prs``. Server default: ``false``.

        Async: ``await client.spaces.list_refs(...)`` returns ``ListRefsResponse``.

        ``GET /api/spaces/{namespace}/{repo}/refs``
        """
        return await self._client._send(_with_options(_repo_ops.list_refs("spaces", repo_id, include_prs), extra_headers, extra_query, extra_body, timeout))

    async def list_secrets(self, repo_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> dict[str, ListSecretsResponseValue]:
        """List secrets.

        List a Space's secret keys. Values are never returned.

        Args:
            repo_id: Repository id, `namespace/name`.

        Async: ``await client.spaces.list_secrets(...)`` returns ``dict[str, ListSecretsResponseValue]``.

        ``GET /api/spaces/{namespace}/{repo}/secrets``
        """
        return await self._client._send(_with_options(_list_secrets(repo_id), extra_headers, extra_query, extra_body, timeout))

    async def list_templates(self, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ListTemplatesResponse:
        """List Space templates.

        Returns the catalog of official Space templates. The `repoId` of a template can be passed as `template` when creating a Space through the create-repo endpoint.

        Async: ``await client.spaces.list_templates(...)`` returns ``ListTemplatesResponse``.

        ``GET /api/spaces/templates``
        """
        return await self._client._send(_with_options(_list_templates(), extra_headers, extra_query, extra_body, timeout))

    def list_tree(self, repo_id: str, path: str = "", *, revision: str = "main", cursor: str | None = UNSET, expand: bool | None = UNSET, limit: int | None = UNSET, recursive: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> AsyncPaginator[Tree]:
        """List folder content.

        List the content of a repository tree, with pagination support.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            path: Wildcard path parameter. Empty (the default) for the repository root.
            cursor: Query parameter ``cursor``.
            expand: If true, returns returns associated commit data for each entry and security scanner metadata. Server default: ``false``.
            limit: 1.000 by default, 100 by default for expand=true. At least 1.
            recursive: If true, returns the tree recursively. Server default: ``false``.

        Async: returns an ``AsyncPaginator[Tree]`` at once, without ``await``: ``async for item in client.spaces.list_tree(...)``.

        ``GET /api/spaces/{namespace}/{repo}/tree/{rev}/{path}``
        """
        return self._client._paginate(_with_options(_repo_ops.list_tree("spaces", repo_id, revision, path, cursor, expand, limit, recursive), extra_headers, extra_query, extra_body, timeout))

    async def list_variables(self, repo_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> dict[str, ListVariablesResponseValue]:
        """List variables.

        List a Space's variables with their values.

        Args:
            repo_id: Repository id, `namespace/name`.

        Async: ``await client.spaces.list_variables(...)`` returns ``dict[str, ListVariablesResponseValue]``.

        ``GET /api/spaces/{namespace}/{repo}/variables``
        """
        return await self._client._send(_with_options(_list_variables(repo_id), extra_headers, extra_query, extra_body, timeout))

    async def preupload(self, repo_id: str, *, revision: str = "main", files: builtins.list[DatasetFile] | dict[str, Any] | None = UNSET, git_attributes: str | None = UNSET, git_ignore: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> PreuploadResponse:
        """Check upload method.

        Check if a file should be uploaded through the Large File mechanism or directly.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            files: Body field ``files``.
            git_attributes: Provide this parameter if you plan to modify `.gitattributes` yourself at the same time as uploading LFS files. Note that this is not needed if you solely rely on automatic LFS detection from HF: the commit endpoint will automatically edit the `.gitattributes` file to track the files passed to its `lfsFiles` param.
            git_ignore: Content of the .gitignore file for the revision. Optional, otherwise takes the existing content of `.gitignore` for the revision.

        Async: ``await client.spaces.preupload(...)`` returns ``PreuploadResponse``.

        ``POST /api/spaces/{namespace}/{repo}/preupload/{rev}``
        """
        return await self._client._send(_with_options(_repo_ops.preupload("spaces", repo_id, revision, files, git_attributes, git_ignore), extra_headers, extra_query, extra_body, timeout))

    async def resolve(self, repo_id: str, path: str, *, revision: str = "main", range: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> bytes:
        """Resolve a file.

        This endpoint requires to follow redirection

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            path: Wildcard path parameter.
            range: The range in bytes of the file to download.

        Async: ``await client.spaces.resolve(...)`` returns ``bytes``.

        ``GET /spaces/{namespace}/{repo}/resolve/{rev}/{path}``
        """
        return await self._client._send(_with_options(_repo_ops.resolve("spaces", repo_id, revision, path, range), extra_headers, extra_query, extra_body, timeout))

    async def resolve_cached(self, repo_id: str, path: str, *, revision: str = "main", range: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> bytes:
        """Resolve a file.

        This endpoint requires to follow redirection

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            path: Wildcard path parameter.
            range: The range in bytes of the file to download.

        Async: ``await client.spaces.resolve_cached(...)`` returns ``bytes``.

        ``GET /api/resolve-cache/spaces/{namespace}/{repo}/{rev}/{path}``
        """
        return await self._client._send(_with_options(_repo_ops.resolve_cached("spaces", repo_id, revision, path, range), extra_headers, extra_query, extra_body, timeout))

    async def set_resource_group(self, repo_id: str, *, resource_group_id: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> SetResourceGroupResponse:
        """Add resource group.

        Add the repository to a resource group

        Args:
            repo_id: Repository id, `namespace/name`.
            resource_group_id: The resource group to add the repository to, if null, the repository will be removed from the resource group.

        Async: ``await client.spaces.set_resource_group(...)`` returns ``SetResourceGroupResponse``.

        ``POST /api/spaces/{namespace}/{repo}/resource-group``
        """
        return await self._client._send(_with_options(_repo_ops.set_resource_group("spaces", repo_id, resource_group_id), extra_headers, extra_query, extra_body, timeout))

    async def set_volumes(self, repo_id: str, *, volumes: builtins.list[RepoVolume] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Set Space volumes.

        Args:
            repo_id: Repository id, `namespace/name`.
            volumes: Body field ``volumes``.

        Async: ``await client.spaces.set_volumes(...)`` returns ``None``.

        ``PUT /api/spaces/{namespace}/{repo}/volumes``
        """
        return await self._client._send(_with_options(_set_volumes(repo_id, volumes), extra_headers, extra_query, extra_body, timeout))

    async def stream_events(self, repo_id: str, *, session_uuid: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> AsyncEventStream:
        """Stream events.

        Get status updates for a specific Space in a streaming fashion, with SSE protocol

        Args:
            repo_id: Repository id, `namespace/name`.
            session_uuid: Query parameter ``session_uuid``.

        Async: await it for an ``AsyncEventStream``: ``async for event in await client.spaces.stream_events(...)``.

        ``GET /api/spaces/{namespace}/{repo}/events``
        """
        return await self._client._stream(_with_options(_stream_events(repo_id, session_uuid), extra_headers, extra_query, extra_body, timeout))

    async def stream_logs(self, repo_id: str, log_type: Literal["build", "run"] | str, *, tail: int | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> AsyncEventStream:
        """Stream logs.

        Get logs for a specific Space in a streaming fashion, with SSE protocol

        Args:
            repo_id: Repository id, `namespace/name`.
            log_type: Path parameter ``{logType}``. One of ``"build"``, ``"run"``.
            tail: Maximum number of lines to return from the logs. At least 0.

        Async: await it for an ``AsyncEventStream``: ``async for event in await client.spaces.stream_logs(...)``.

        ``GET /api/spaces/{namespace}/{repo}/logs/{logType}``
        """
        return await self._client._stream(_with_options(_stream_logs(repo_id, log_type, tail), extra_headers, extra_query, extra_body, timeout))

    async def stream_metrics(self, repo_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> AsyncEventStream:
        """Stream metrics.

        Get live metrics for a specific Space in a streaming fashion, with SSE protocol, such as current Zero-GPU usage

        Args:
            repo_id: Repository id, `namespace/name`.

        Async: await it for an ``AsyncEventStream``: ``async for event in await client.spaces.stream_metrics(...)``.

        ``GET /api/spaces/{namespace}/{repo}/metrics``
        """
        return await self._client._stream(_with_options(_stream_metrics(repo_id), extra_headers, extra_query, extra_body, timeout))

    async def super_squash(self, repo_id: str, *, revision: str = "main", message: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> SuperSquashResponse:
        """Squash ref.

        Squash all commits in the current ref into a single commit with the given message. Action is irreversible.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            message: Body field ``message``. At most 500 characters.

        Async: ``await client.spaces.super_squash(...)`` returns ``SuperSquashResponse``.

        ``POST /api/spaces/{namespace}/{repo}/super-squash/{rev}``
        """
        return await self._client._send(_with_options(_repo_ops.super_squash("spaces", repo_id, revision, message), extra_headers, extra_query, extra_body, timeout))

    async def update_settings(self, repo_id: str, *, private: bool | None = UNSET, visibility: Literal["private", "public", "protected"] | str | None = UNSET, discussions_disabled: bool | None = UNSET, discussions_sorting: Literal["recently-created", "trending", "reactions"] | str | None = UNSET, gated: Literal[False] | Literal["auto", "manual"] | str | None = UNSET, org_members_gated: bool | None = UNSET, gated_notifications_email: str | None = UNSET, gated_notifications_mode: Literal["bulk", "real-time"] | str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> DatasetUpdateSettingsResponse:
        """Update repo settings.

        Update the settings of a repo

        Args:
            repo_id: Repository id, `namespace/name`.
            private: Body field ``private``.
            visibility: Repository visibility. `protected` is only supported for Spaces. One of ``"private"``, ``"public"``, ``"protected"``.
            discussions_disabled: Body field ``discussionsDisabled``.
            discussions_sorting: Body field ``discussionsSorting``. One of ``"recently-created"``, ``"trending"``, ``"reactions"``.
            gated: Body field ``gated``. One of ``false``, ``"auto"``, ``"manual"``.
            org_members_gated: If true, members of the owning org (except admins) must also go through the gated access-request flow.
            gated_notifications_email: Body field ``gatedNotificationsEmail``.
            gated_notifications_mode: Body field ``gatedNotificationsMode``. One of ``"bulk"``, ``"real-time"``.

        Async: ``await client.spaces.update_settings(...)`` returns ``DatasetUpdateSettingsResponse``.

        ``PUT /api/spaces/{namespace}/{repo}/settings``
        """
        return await self._client._send(_with_options(_repo_ops.update_settings("spaces", repo_id, private, visibility, discussions_disabled, discussions_sorting, gated, org_members_gated, gated_notifications_email, gated_notifications_mode), extra_headers, extra_query, extra_body, timeout))

    async def upsert_secret(self, repo_id: str, *, key: str | None = UNSET, description: str | None = UNSET, value: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Upsert secret.

        Upsert Spaces's secret

        Args:
            repo_id: Repository id, `namespace/name`.
            key: Body field ``key``. Matches ``^[a-zA-Z][_a-zA-Z0-9]*$``.
            description: Body field ``description``.
            value: Body field ``value``. Server default: ``""``.

        Async: ``await client.spaces.upsert_secret(...)`` returns ``None``.

        ``POST /api/spaces/{namespace}/{repo}/secrets``
        """
        return await self._client._send(_with_options(_upsert_secret(repo_id, key, description, value), extra_headers, extra_query, extra_body, timeout))

    async def upsert_variable(self, repo_id: str, *, key: str | None = UNSET, description: str | None = UNSET, value: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Upsert variable.

        Upsert Spaces's variable

        Args:
            repo_id: Repository id, `namespace/name`.
            key: Body field ``key``. Matches ``^[a-zA-Z][_a-zA-Z0-9]*$``.
            description: Body field ``description``.
            value: Body field ``value``. Server default: ``""``.

        Async: ``await client.spaces.upsert_variable(...)`` returns ``None``.

        ``POST /api/spaces/{namespace}/{repo}/variables``
        """
        return await self._client._send(_with_options(_upsert_variable(repo_id, key, description, value), extra_headers, extra_query, extra_body, timeout))


if TYPE_CHECKING:
    from .._raw_response import async_raw, raw

    class SpacesResourceWithRawResponse:
        """``client.with_raw_response.<resource>``: each method answering a ``RawResponse`` (declared for checkers)."""

        commit = raw(SpacesResource.commit)
        compare = raw(SpacesResource.compare)
        create_branch = raw(SpacesResource.create_branch)
        create_tag = raw(SpacesResource.create_tag)
        delete_branch = raw(SpacesResource.delete_branch)
        delete_lfs_file = raw(SpacesResource.delete_lfs_file)
        delete_lfs_files = raw(SpacesResource.delete_lfs_files)
        delete_secret = raw(SpacesResource.delete_secret)
        delete_tag = raw(SpacesResource.delete_tag)
        delete_variable = raw(SpacesResource.delete_variable)
        delete_volumes = raw(SpacesResource.delete_volumes)
        duplicate_xet_files = raw(SpacesResource.duplicate_xet_files)
        get_folder_size = raw(SpacesResource.get_folder_size)
        get_jwt = raw(SpacesResource.get_jwt)
        get_notebook_url = raw(SpacesResource.get_notebook_url)
        get_paths_info = raw(SpacesResource.get_paths_info)
        get_resource_group = raw(SpacesResource.get_resource_group)
        get_security_status = raw(SpacesResource.get_security_status)
        get_xet_read_token = raw(SpacesResource.get_xet_read_token)
        get_xet_write_token = raw(SpacesResource.get_xet_write_token)
        get_zero_gpu_quota = raw(SpacesResource.get_zero_gpu_quota)
        info = raw(SpacesResource.info)
        info_at_revision = raw(SpacesResource.info_at_revision)
        list = raw(SpacesResource.list)
        list_commits = raw(SpacesResource.list_commits)
        list_hardware = raw(SpacesResource.list_hardware)
        list_lfs_files = raw(SpacesResource.list_lfs_files)
        list_refs = raw(SpacesResource.list_refs)
        list_secrets = raw(SpacesResource.list_secrets)
        list_templates = raw(SpacesResource.list_templates)
        list_tree = raw(SpacesResource.list_tree)
        list_variables = raw(SpacesResource.list_variables)
        preupload = raw(SpacesResource.preupload)
        resolve = raw(SpacesResource.resolve)
        resolve_cached = raw(SpacesResource.resolve_cached)
        set_resource_group = raw(SpacesResource.set_resource_group)
        set_volumes = raw(SpacesResource.set_volumes)
        stream_events = raw(SpacesResource.stream_events)
        stream_logs = raw(SpacesResource.stream_logs)
        stream_metrics = raw(SpacesResource.stream_metrics)
        super_squash = raw(SpacesResource.super_squash)
        update_settings = raw(SpacesResource.update_settings)
        upsert_secret = raw(SpacesResource.upsert_secret)
        upsert_variable = raw(SpacesResource.upsert_variable)

    class AsyncSpacesResourceWithRawResponse:
        """``client.with_raw_response.<resource>`` of the async client (declared for checkers)."""

        commit = async_raw(AsyncSpacesResource.commit)
        compare = async_raw(AsyncSpacesResource.compare)
        create_branch = async_raw(AsyncSpacesResource.create_branch)
        create_tag = async_raw(AsyncSpacesResource.create_tag)
        delete_branch = async_raw(AsyncSpacesResource.delete_branch)
        delete_lfs_file = async_raw(AsyncSpacesResource.delete_lfs_file)
        delete_lfs_files = async_raw(AsyncSpacesResource.delete_lfs_files)
        delete_secret = async_raw(AsyncSpacesResource.delete_secret)
        delete_tag = async_raw(AsyncSpacesResource.delete_tag)
        delete_variable = async_raw(AsyncSpacesResource.delete_variable)
        delete_volumes = async_raw(AsyncSpacesResource.delete_volumes)
        duplicate_xet_files = async_raw(AsyncSpacesResource.duplicate_xet_files)
        get_folder_size = async_raw(AsyncSpacesResource.get_folder_size)
        get_jwt = async_raw(AsyncSpacesResource.get_jwt)
        get_notebook_url = async_raw(AsyncSpacesResource.get_notebook_url)
        get_paths_info = async_raw(AsyncSpacesResource.get_paths_info)
        get_resource_group = async_raw(AsyncSpacesResource.get_resource_group)
        get_security_status = async_raw(AsyncSpacesResource.get_security_status)
        get_xet_read_token = async_raw(AsyncSpacesResource.get_xet_read_token)
        get_xet_write_token = async_raw(AsyncSpacesResource.get_xet_write_token)
        get_zero_gpu_quota = async_raw(AsyncSpacesResource.get_zero_gpu_quota)
        info = async_raw(AsyncSpacesResource.info)
        info_at_revision = async_raw(AsyncSpacesResource.info_at_revision)
        list = async_raw(AsyncSpacesResource.list)
        list_commits = async_raw(AsyncSpacesResource.list_commits)
        list_hardware = async_raw(AsyncSpacesResource.list_hardware)
        list_lfs_files = async_raw(AsyncSpacesResource.list_lfs_files)
        list_refs = async_raw(AsyncSpacesResource.list_refs)
        list_secrets = async_raw(AsyncSpacesResource.list_secrets)
        list_templates = async_raw(AsyncSpacesResource.list_templates)
        list_tree = async_raw(AsyncSpacesResource.list_tree)
        list_variables = async_raw(AsyncSpacesResource.list_variables)
        preupload = async_raw(AsyncSpacesResource.preupload)
        resolve = async_raw(AsyncSpacesResource.resolve)
        resolve_cached = async_raw(AsyncSpacesResource.resolve_cached)
        set_resource_group = async_raw(AsyncSpacesResource.set_resource_group)
        set_volumes = async_raw(AsyncSpacesResource.set_volumes)
        stream_events = async_raw(AsyncSpacesResource.stream_events)
        stream_logs = async_raw(AsyncSpacesResource.stream_logs)
        stream_metrics = async_raw(AsyncSpacesResource.stream_metrics)
        super_squash = async_raw(AsyncSpacesResource.super_squash)
        update_settings = async_raw(AsyncSpacesResource.update_settings)
        upsert_secret = async_raw(AsyncSpacesResource.upsert_secret)
        upsert_variable = async_raw(AsyncSpacesResource.upsert_variable)
