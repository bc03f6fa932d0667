"""Operations on spaces.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

import builtins
from datetime import datetime
from typing import Any, Literal

from .._client_base import AsyncEventStream, AsyncResource, EventStream, Resource
from .._pagination import AsyncPaginator, Paginator
from .._request import Request
from .._request import fields as _fields
from .._request import query as _q
from .._request import repo_segments as _repo
from .._request import segment as _seg
from .._sse import ServerSentEvent
from .._types import UNSET, DictOf, ListOf
from . import _repo_ops
from ..models._shared import Commit, CommitResponse, Deletions, DuplicateXetFilesResponse, File, GetFolderSizeResponse, GetJwtResponse, GetNotebookUrlResponse, GetPathsInfoItem2, GetSecurityStatusResponse, GetXetReadTokenResponse, LfsFile, ListRefsResponse, PreuploadBodyFile, PreuploadResponse, ResourceGroup, RunBodyVolume, SetResourceGroupResponse, SuperSquashResponse, Target, Tree, UpdateSettingsResponse2
from ..models._spaces import GetZeroGpuQuotaResponse, Hardware3, ListSecretsResponseValue, ListTemplatesResponse, ListVariablesResponseValue, SpaceInfo


def _delete_secret(repo_id: str, key: str | None) -> Request[Any]:
    return Request("DELETE", f"/api/spaces/{_repo(repo_id)}/secrets", json=_fields({"key": key}), kind="empty")


def _delete_variable(repo_id: str, key: str | None) -> Request[Any]:
    return Request("DELETE", f"/api/spaces/{_repo(repo_id)}/variables", json=_fields({"key": key}), kind="empty")


def _delete_volumes(repo_id: str) -> Request[Any]:
    return Request("DELETE", f"/api/spaces/{_repo(repo_id)}/volumes", kind="empty")


def _get_zero_gpu_quota() -> Request[GetZeroGpuQuotaResponse]:
    return Request("GET", "/api/spaces/zero-gpu/quota", convert=GetZeroGpuQuotaResponse)


def _info(repo_id: str, blobs: bool | None, expand: list[str] | None) -> Request[SpaceInfo]:
    return Request(
        "GET",
        f"/api/spaces/{_repo(repo_id)}",
        params=_q({"blobs": blobs, "expand": expand}),
        convert=SpaceInfo,
    )


def _info_at_revision(repo_id: str, revision: str, blobs: bool | None, expand: list[str] | None) -> Request[SpaceInfo]:
    return Request(
        "GET",
        f"/api/spaces/{_repo(repo_id)}/revision/{_seg(revision, 'revision')}",
        params=_q({"blobs": blobs, "expand": expand}),
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


def _list_hardware() -> Request[list[Hardware3]]:
    return Request("GET", "/api/spaces/hardware", convert=ListOf(Hardware3))


def _list_secrets(repo_id: str) -> Request[dict[str, ListSecretsResponseValue]]:
    return Request("GET", f"/api/spaces/{_repo(repo_id)}/secrets", convert=DictOf(ListSecretsResponseValue))


def _list_templates() -> Request[ListTemplatesResponse]:
    return Request("GET", "/api/spaces/templates", convert=ListTemplatesResponse)


def _list_variables(repo_id: str) -> Request[dict[str, ListVariablesResponseValue]]:
    return Request("GET", f"/api/spaces/{_repo(repo_id)}/variables", convert=DictOf(ListVariablesResponseValue))


def _set_volumes(repo_id: str, volumes: list[RunBodyVolume] | dict[str, Any] | None) -> Request[Any]:
    return Request("PUT", f"/api/spaces/{_repo(repo_id)}/volumes", json=_fields({"volumes": volumes}), kind="empty")


def _stream_events(repo_id: str, session_uuid: str | None) -> Request[ServerSentEvent]:
    return Request("GET", f"/api/spaces/{_repo(repo_id)}/events", params=_q({"session_uuid": session_uuid}), kind="sse")


def _stream_logs(repo_id: str, log_type: Literal["build", "run"] | str, tail: int | None) -> Request[ServerSentEvent]:
    return Request(
        "GET",
        f"/api/spaces/{_repo(repo_id)}/logs/{_seg(log_type, 'log_type')}",
        params=_q({"tail": tail}),
        kind="sse",
    )


def _stream_metrics(repo_id: str) -> Request[ServerSentEvent]:
    return Request("GET", f"/api/spaces/{_repo(repo_id)}/metrics", kind="sse")


def _upsert_secret(repo_id: str, key: str | None, description: str | None, value: str | None) -> Request[Any]:
    return Request(
        "POST",
        f"/api/spaces/{_repo(repo_id)}/secrets",
        json=_fields({"key": key, "description": description, "value": value}),
        kind="empty",
    )


def _upsert_variable(repo_id: str, key: str | None, description: str | None, value: str | None) -> Request[Any]:
    return Request(
        "POST",
        f"/api/spaces/{_repo(repo_id)}/variables",
        json=_fields({"key": key, "description": description, "value": value}),
        kind="empty",
    )


class SpacesResource(Resource):
    """Operations on spaces."""

    __slots__ = ()


    def commit(self, repo_id: str, *, revision: str = "main", content_type: Literal["application/json", "application/x-ndjson"] | str | None = UNSET, create_pr: Any = UNSET, hot_reload: Any = UNSET, body: Any = UNSET) -> CommitResponse:
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
            content_type: `application/x-ndjson` if you to commit by json lines
            create_pr: Whether to create a pull request from the commit
            hot_reload: For Spaces, whether to try to hot reload the commit (only for single python files updates)
            body: Request body, sent as JSON (the published spec does not describe it).

        ``POST /api/spaces/{namespace}/{repo}/commit/{rev}``
        """
        return self._client._send(_repo_ops.commit("spaces", repo_id, revision, content_type, create_pr, hot_reload, body))

    def compare(self, repo_id: str, compare: str, *, raw: bool | None = UNSET) -> str:
        """Get a compare rev.

        Args:
            repo_id: Repository id, `namespace/name`.

        ``GET /api/spaces/{namespace}/{repo}/compare/{compare}``
        """
        return self._client._send(_repo_ops.compare("spaces", repo_id, compare, raw))

    def create_branch(self, repo_id: str, branch: str, *, starting_point: str | None = UNSET, empty_branch: bool | None = UNSET, overwrite: bool | None = UNSET) -> Any:
        """Create branch.

        Args:
            repo_id: Repository id, `namespace/name`.
            starting_point: The commit to start from
            empty_branch: Create an empty branch
            overwrite: Overwrite the branch if it already exists

        ``POST /api/spaces/{namespace}/{repo}/branch/{rev}``
        """
        return self._client._send(_repo_ops.create_branch("spaces", repo_id, branch, starting_point, empty_branch, overwrite))

    def create_tag(self, repo_id: str, tag: str, *, body_tag: str | None = UNSET, message: str | None = UNSET) -> Any:
        """Create tag.

        Args:
            repo_id: Repository id, `namespace/name`.

        ``POST /api/spaces/{namespace}/{repo}/tag/{rev}``
        """
        return self._client._send(_repo_ops.create_tag("spaces", repo_id, tag, body_tag, message))

    def delete_branch(self, repo_id: str, branch: str) -> Any:
        """Delete a branch.

        Args:
            repo_id: Repository id, `namespace/name`.

        ``DELETE /api/spaces/{namespace}/{repo}/branch/{rev}``
        """
        return self._client._send(_repo_ops.delete_branch("spaces", repo_id, branch))

    def delete_lfs_file(self, repo_id: str, sha: str, *, rewrite_history: bool | None = UNSET) -> Any:
        """Delete Large file.

        Delete a Xet/LFS file

        Args:
            repo_id: Repository id, `namespace/name`.

        ``DELETE /api/spaces/{namespace}/{repo}/lfs-files/{sha}``
        """
        return self._client._send(_repo_ops.delete_lfs_file("spaces", repo_id, sha, rewrite_history))

    def delete_lfs_files(self, repo_id: str, *, deletions: Deletions | dict[str, Any] | None = UNSET) -> Any:
        """Delete Large files.

        Delete Xet/LFS files in batch

        Args:
            repo_id: Repository id, `namespace/name`.

        ``POST /api/spaces/{namespace}/{repo}/lfs-files/batch``
        """
        return self._client._send(_repo_ops.delete_lfs_files("spaces", repo_id, deletions))

    def delete_secret(self, repo_id: str, *, key: str | None = UNSET) -> Any:
        """Delete secret.

        Delete Spaces's secret

        Args:
            repo_id: Repository id, `namespace/name`.

        ``DELETE /api/spaces/{namespace}/{repo}/secrets``
        """
        return self._client._send(_delete_secret(repo_id, key))

    def delete_tag(self, repo_id: str, tag: str) -> Any:
        """Delete a tag.

        Args:
            repo_id: Repository id, `namespace/name`.

        ``DELETE /api/spaces/{namespace}/{repo}/tag/{rev}``
        """
        return self._client._send(_repo_ops.delete_tag("spaces", repo_id, tag))

    def delete_variable(self, repo_id: str, *, key: str | None = UNSET) -> Any:
        """Delete variable.

        Delete Spaces's variable

        Args:
            repo_id: Repository id, `namespace/name`.

        ``DELETE /api/spaces/{namespace}/{repo}/variables``
        """
        return self._client._send(_delete_variable(repo_id, key))

    def delete_volumes(self, repo_id: str) -> Any:
        """Delete Space volumes.

        Args:
            repo_id: Repository id, `namespace/name`.

        ``DELETE /api/spaces/{namespace}/{repo}/volumes``
        """
        return self._client._send(_delete_volumes(repo_id))

    def duplicate_xet_files(self, repo_id: str, *, target: Target | dict[str, Any] | None = UNSET, files: builtins.list[File] | dict[str, Any] | None = UNSET) -> DuplicateXetFilesResponse:
        """Duplicate xet files.

        Duplicate xet-stored files from this repo (source) into another repo (target) by xet hash, without re-uploading file bytes. The caller must then commit the files with their sha256/size as usual.

        Args:
            repo_id: Repository id, `namespace/name`.

        ``POST /api/spaces/{namespace}/{repo}/lfs-files/duplicate``
        """
        return self._client._send(_repo_ops.duplicate_xet_files("spaces", repo_id, target, files))

    def get_folder_size(self, repo_id: str, path: str, *, revision: str = "main") -> GetFolderSizeResponse:
        """Get folder size.

        Get the total size of a repository at a given revision, optionally under a specific subpath. Returns the total size in bytes of all files under the specified path (recursively). If a file is stored via Xet/LFS, the LFS file size is used.

        Args:
            repo_id: Repository id, `namespace/name`.
            path: Wildcard path parameter

        ``GET /api/spaces/{namespace}/{repo}/treesize/{rev}/{path}``
        """
        return self._client._send(_repo_ops.get_folder_size("spaces", repo_id, revision, path))

    def get_jwt(self, repo_id: str, *, billing_details: Any = UNSET, encrypted: Any = UNSET, expiration: datetime | None = UNSET, expires_in: int | None = UNSET, include_pro_status: Any = UNSET, inference_api: Any = UNSET, write: Any = UNSET) -> GetJwtResponse:
        """Generate JWT.

        Generate a JWT token for accessing a repository. Supports optional write access for spaces in dev mode, custom expiration, and encryption.

        Args:
            repo_id: Repository id, `namespace/name`.
            expiration: Requested expiration datetime, capped at the default (10 minutes with write, 24 hours for spaces, 1 hour otherwise). Use expires_in instead.
            expires_in: Requested lifetime in seconds, capped at the default (600s with write, 86400s for spaces, 3600s otherwise)
            include_pro_status: Use billing_details instead.

        ``GET /api/spaces/{namespace}/{repo}/jwt``
        """
        return self._client._send(_repo_ops.get_jwt("spaces", repo_id, billing_details, encrypted, expiration, expires_in, include_pro_status, inference_api, write))

    def get_notebook_url(self, repo_id: str, path: str, *, revision: str = "main") -> GetNotebookUrlResponse:
        """Get notebook URL.

        Get a jupyter notebook URL for the requested file

        Args:
            repo_id: Repository id, `namespace/name`.
            path: Wildcard path parameter

        ``GET /api/spaces/{namespace}/{repo}/notebook/{rev}/{path}``
        """
        return self._client._send(_repo_ops.get_notebook_url("spaces", repo_id, revision, path))

    def get_paths_info(self, repo_id: str, *, revision: str = "main", paths: builtins.list[str] | str | None = UNSET, expand: Any = UNSET) -> builtins.list[GetPathsInfoItem2]:
        """List paths info.

        Args:
            repo_id: Repository id, `namespace/name`.
            expand: Expand the response with the last commit and security file status

        ``POST /api/spaces/{namespace}/{repo}/paths-info/{rev}``
        """
        return self._client._send(_repo_ops.get_paths_info("spaces", repo_id, revision, paths, expand))

    def get_resource_group(self, repo_id: str) -> ResourceGroup:
        """Get resource group.

        Args:
            repo_id: Repository id, `namespace/name`.

        ``GET /api/spaces/{namespace}/{repo}/resource-group``
        """
        return self._client._send(_repo_ops.get_resource_group("spaces", repo_id))

    def get_security_status(self, repo_id: str) -> GetSecurityStatusResponse:
        """Get security status.

        Get the security status of a repo

        Args:
            repo_id: Repository id, `namespace/name`.

        ``GET /api/spaces/{namespace}/{repo}/scan``
        """
        return self._client._send(_repo_ops.get_security_status("spaces", repo_id))

    def get_xet_read_token(self, repo_id: str, *, revision: str = "main") -> GetXetReadTokenResponse:
        """Xet read token.

        Get a read short-lived access token for XET

        Args:
            repo_id: Repository id, `namespace/name`.

        ``GET /api/spaces/{namespace}/{repo}/xet-read-token/{rev}``
        """
        return self._client._send(_repo_ops.get_xet_read_token("spaces", repo_id, revision))

    def get_xet_write_token(self, repo_id: str, *, revision: str = "main") -> GetXetReadTokenResponse:
        """Xet write token.

        Get a write short-lived access token for XET upload

        Args:
            repo_id: Repository id, `namespace/name`.

        ``GET /api/spaces/{namespace}/{repo}/xet-write-token/{rev}``
        """
        return self._client._send(_repo_ops.get_xet_write_token("spaces", repo_id, revision))

    def get_zero_gpu_quota(self) -> GetZeroGpuQuotaResponse:
        """Get ZeroGPU quota.

        Get the authenticated user's current ZeroGPU quota usage and limits

        ``GET /api/spaces/zero-gpu/quota``
        """
        return self._client._send(_get_zero_gpu_quota())

    def info(self, repo_id: str, *, blobs: bool | None = UNSET, expand: builtins.list[str] | None = UNSET) -> SpaceInfo:
        """Get Space info.

        Args:
            repo_id: Repository id, `namespace/name`.
            blobs: Return size, blob id and LFS metadata of each file.
            expand: Properties to return (replaces the default set).

        Described by hfhub (spec/additions), not by the published spec: ``GET /api/spaces/{namespace}/{repo}``
        """
        return self._client._send(_info(repo_id, blobs, expand))

    def info_at_revision(self, repo_id: str, *, revision: str = "main", blobs: bool | None = UNSET, expand: builtins.list[str] | None = UNSET) -> SpaceInfo:
        """Get Space info at a revision.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: Revision: a branch, tag or commit sha.
            blobs: Return size, blob id and LFS metadata of each file.
            expand: Properties to return (replaces the default set).

        Described by hfhub (spec/additions), not by the published spec: ``GET /api/spaces/{namespace}/{repo}/revision/{rev}``
        """
        return self._client._send(_info_at_revision(repo_id, revision, blobs, expand))

    def list(self, *, author: str | None = UNSET, config: bool | None = UNSET, direction: Literal[-1, 1] | int | None = UNSET, expand: builtins.list[str] | None = UNSET, filter: builtins.list[str] | None = UNSET, full: bool | None = UNSET, limit: int | None = UNSET, search: str | None = UNSET, sort: str | None = UNSET) -> Paginator[SpaceInfo]:
        """List spaces.

        Lists spaces on the Hub, paginated with `Link: rel="next"` headers.

        Args:
            author: Owner: a user or an organization.
            config: Return the repository configuration too.
            direction: `-1` for descending order.
            expand: Properties to return (replaces the default set).
            filter: Tags to filter on, e.g. `text-classification` or `license:mit`.
            full: Return most of the repository data (all tags, files...).
            limit: At most this many repositories in all (and per page).
            search: Substring of the repository id or its owner's name.
            sort: Property to sort on: `downloads`, `likes`, `trendingScore`, `createdAt`, `lastModified`...

        Described by hfhub (spec/additions), not by the published spec: ``GET /api/spaces``
        """
        return self._client._paginate(_list(author, config, direction, expand, filter, full, limit, search, sort))

    def list_commits(self, repo_id: str, *, revision: str = "main", expand: builtins.list[Literal["formatted"] | str] | None = UNSET, limit: int | None = UNSET, p: int | None = UNSET) -> Paginator[Commit]:
        """List commits.

        Args:
            repo_id: Repository id, `namespace/name`.

        ``GET /api/spaces/{namespace}/{repo}/commits/{rev}``
        """
        return self._client._paginate(_repo_ops.list_commits("spaces", repo_id, revision, expand, limit, p))

    def list_hardware(self) -> builtins.list[Hardware3]:
        """List space hardware.

        Get available space hardware

        ``GET /api/spaces/hardware``
        """
        return self._client._send(_list_hardware())

    def list_lfs_files(self, repo_id: str, *, cursor: str | None = UNSET, limit: int | None = UNSET, xet: Any = UNSET) -> Paginator[LfsFile]:
        """List Large files.

        List Xet/LFS files for a repo

        Args:
            repo_id: Repository id, `namespace/name`.

        ``GET /api/spaces/{namespace}/{repo}/lfs-files``
        """
        return self._client._paginate(_repo_ops.list_lfs_files("spaces", repo_id, cursor, limit, xet))

    def list_refs(self, repo_id: str, *, include_prs: bool | None = UNSET) -> ListRefsResponse:
        """List references.

        Args:
            repo_id: Repository id, `namespace/name`.

        ``GET /api/spaces/{namespace}/{repo}/refs``
        """
        return self._client._send(_repo_ops.list_refs("spaces", repo_id, include_prs))

    def list_secrets(self, repo_id: str) -> dict[str, ListSecretsResponseValue]:
        """List secrets.

        List a Space's secret keys. Values are never returned.

        Args:
            repo_id: Repository id, `namespace/name`.

        ``GET /api/spaces/{namespace}/{repo}/secrets``
        """
        return self._client._send(_list_secrets(repo_id))

    def list_templates(self) -> ListTemplatesResponse:
        """List Space templates.

        Returns the catalog of official Space templates. The `repoId` of a template can be passed as `template` when creating a Space through the create-repo endpoint.

        ``GET /api/spaces/templates``
        """
        return self._client._send(_list_templates())

    def list_tree(self, repo_id: str, path: str, *, revision: str = "main", cursor: str | None = UNSET, expand: bool | None = UNSET, limit: int | None = UNSET, recursive: bool | None = UNSET) -> Paginator[Tree]:
        """List folder content.

        List the content of a repository tree, with pagination support.

        Args:
            repo_id: Repository id, `namespace/name`.
            path: Wildcard path parameter
            expand: If true, returns returns associated commit data for each entry and security scanner metadata.
            limit: 1.000 by default, 100 by default for expand=true
            recursive: If true, returns the tree recursively.

        ``GET /api/spaces/{namespace}/{repo}/tree/{rev}/{path}``
        """
        return self._client._paginate(_repo_ops.list_tree("spaces", repo_id, revision, path, cursor, expand, limit, recursive))

    def list_variables(self, repo_id: str) -> dict[str, ListVariablesResponseValue]:
        """List variables.

        List a Space's variables with their values.

        Args:
            repo_id: Repository id, `namespace/name`.

        ``GET /api/spaces/{namespace}/{repo}/variables``
        """
        return self._client._send(_list_variables(repo_id))

    def preupload(self, repo_id: str, *, revision: str = "main", files: builtins.list[PreuploadBodyFile] | dict[str, Any] | None = UNSET, git_attributes: str | None = UNSET, git_ignore: str | None = UNSET) -> PreuploadResponse:
        """Check upload method.

        Check if a file should be uploaded through the Large File mechanism or directly.

        Args:
            repo_id: Repository id, `namespace/name`.
            git_attributes: Provide this parameter if you plan to modify `.gitattributes` yourself at the same time as uploading LFS files. Note that this is not needed if you solely rely on automatic LFS detection from HF: the commit endpoint will automatically edit the `.gitattributes` file to track the files passed to its `lfsFiles` param.
            git_ignore: Content of the .gitignore file for the revision. Optional, otherwise takes the existing content of `.gitignore` for the revision.

        ``POST /api/spaces/{namespace}/{repo}/preupload/{rev}``
        """
        return self._client._send(_repo_ops.preupload("spaces", repo_id, revision, files, git_attributes, git_ignore))

    def resolve(self, repo_id: str, path: str, *, revision: str = "main", range: str | None = UNSET) -> bytes:
        """Resolve a file.

        This endpoint requires to follow redirection

        Args:
            repo_id: Repository id, `namespace/name`.
            path: Wildcard path parameter
            range: The range in bytes of the file to download

        ``GET /spaces/{namespace}/{repo}/resolve/{rev}/{path}``
        """
        return self._client._send(_repo_ops.resolve("spaces", repo_id, revision, path, range))

    def resolve_cached(self, repo_id: str, path: str, *, revision: str = "main", range: str | None = UNSET) -> bytes:
        """Resolve a file.

        This endpoint requires to follow redirection

        Args:
            repo_id: Repository id, `namespace/name`.
            path: Wildcard path parameter
            range: The range in bytes of the file to download

        ``GET /api/resolve-cache/spaces/{namespace}/{repo}/{rev}/{path}``
        """
        return self._client._send(_repo_ops.resolve_cached("spaces", repo_id, revision, path, range))

    def set_resource_group(self, repo_id: str, *, resource_group_id: str | None = UNSET) -> SetResourceGroupResponse:
        """Add resource group.

        Add the repository to a resource group

        Args:
            repo_id: Repository id, `namespace/name`.
            resource_group_id: The resource group to add the repository to, if null, the repository will be removed from the resource group

        ``POST /api/spaces/{namespace}/{repo}/resource-group``
        """
        return self._client._send(_repo_ops.set_resource_group("spaces", repo_id, resource_group_id))

    def set_volumes(self, repo_id: str, *, volumes: builtins.list[RunBodyVolume] | dict[str, Any] | None = UNSET) -> Any:
        """Set Space volumes.

        Args:
            repo_id: Repository id, `namespace/name`.

        ``PUT /api/spaces/{namespace}/{repo}/volumes``
        """
        return self._client._send(_set_volumes(repo_id, volumes))

    def stream_events(self, repo_id: str, *, session_uuid: str | None = UNSET) -> EventStream:
        """Stream events.

        Get status updates for a specific Space in a streaming fashion, with SSE protocol

        Args:
            repo_id: Repository id, `namespace/name`.

        ``GET /api/spaces/{namespace}/{repo}/events``
        """
        return self._client._stream(_stream_events(repo_id, session_uuid))

    def stream_logs(self, repo_id: str, log_type: Literal["build", "run"] | str, *, tail: int | None = UNSET) -> EventStream:
        """Stream logs.

        Get logs for a specific Space in a streaming fashion, with SSE protocol

        Args:
            repo_id: Repository id, `namespace/name`.
            tail: Maximum number of lines to return from the logs.

        ``GET /api/spaces/{namespace}/{repo}/logs/{logType}``
        """
        return self._client._stream(_stream_logs(repo_id, log_type, tail))

    def stream_metrics(self, repo_id: str) -> EventStream:
        """Stream metrics.

        Get live metrics for a specific Space in a streaming fashion, with SSE protocol, such as current Zero-GPU usage

        Args:
            repo_id: Repository id, `namespace/name`.

        ``GET /api/spaces/{namespace}/{repo}/metrics``
        """
        return self._client._stream(_stream_metrics(repo_id))

    def super_squash(self, repo_id: str, *, revision: str = "main", message: str | None = UNSET) -> SuperSquashResponse:
        """Squash ref.

        Squash all commits in the current ref into a single commit with the given message. Action is irreversible.

        Args:
            repo_id: Repository id, `namespace/name`.

        ``POST /api/spaces/{namespace}/{repo}/super-squash/{rev}``
        """
        return self._client._send(_repo_ops.super_squash("spaces", repo_id, revision, message))

    def update_settings(self, repo_id: str, *, private: bool | None = UNSET, visibility: Literal["private", "public", "protected"] | str | None = UNSET, discussions_disabled: bool | None = UNSET, discussions_sorting: Literal["recently-created", "trending", "reactions"] | str | None = UNSET, gated: Literal[False] | Literal["auto", "manual"] | str | None = UNSET, org_members_gated: bool | None = UNSET, gated_notifications_email: str | None = UNSET, gated_notifications_mode: Literal["bulk", "real-time"] | str | None = UNSET) -> UpdateSettingsResponse2:
        """Update repo settings.

        Update the settings of a repo

        Args:
            repo_id: Repository id, `namespace/name`.
            visibility: Repository visibility. `protected` is only supported for Spaces.
            org_members_gated: If true, members of the owning org (except admins) must also go through the gated access-request flow.

        ``PUT /api/spaces/{namespace}/{repo}/settings``
        """
        return self._client._send(_repo_ops.update_settings("spaces", repo_id, private, visibility, discussions_disabled, discussions_sorting, gated, org_members_gated, gated_notifications_email, gated_notifications_mode))

    def upsert_secret(self, repo_id: str, *, key: str | None = UNSET, description: str | None = UNSET, value: str | None = UNSET) -> Any:
        """Upsert secret.

        Upsert Spaces's secret

        Args:
            repo_id: Repository id, `namespace/name`.

        ``POST /api/spaces/{namespace}/{repo}/secrets``
        """
        return self._client._send(_upsert_secret(repo_id, key, description, value))

    def upsert_variable(self, repo_id: str, *, key: str | None = UNSET, description: str | None = UNSET, value: str | None = UNSET) -> Any:
        """Upsert variable.

        Upsert Spaces's variable

        Args:
            repo_id: Repository id, `namespace/name`.

        ``POST /api/spaces/{namespace}/{repo}/variables``
        """
        return self._client._send(_upsert_variable(repo_id, key, description, value))


class AsyncSpacesResource(AsyncResource):
    """Operations on spaces. (async)"""

    __slots__ = ()


    async def commit(self, repo_id: str, *, revision: str = "main", content_type: Literal["application/json", "application/x-ndjson"] | str | None = UNSET, create_pr: Any = UNSET, hot_reload: Any = UNSET, body: Any = UNSET) -> CommitResponse:
        """Commit (async form of ``SpacesResource.commit``)."""
        return await self._client._send(_repo_ops.commit("spaces", repo_id, revision, content_type, create_pr, hot_reload, body))

    async def compare(self, repo_id: str, compare: str, *, raw: bool | None = UNSET) -> str:
        """Get a compare rev (async form of ``SpacesResource.compare``)."""
        return await self._client._send(_repo_ops.compare("spaces", repo_id, compare, raw))

    async def create_branch(self, repo_id: str, branch: str, *, starting_point: str | None = UNSET, empty_branch: bool | None = UNSET, overwrite: bool | None = UNSET) -> Any:
        """Create branch (async form of ``SpacesResource.create_branch``)."""
        return await self._client._send(_repo_ops.create_branch("spaces", repo_id, branch, starting_point, empty_branch, overwrite))

    async def create_tag(self, repo_id: str, tag: str, *, body_tag: str | None = UNSET, message: str | None = UNSET) -> Any:
        """Create tag (async form of ``SpacesResource.create_tag``)."""
        return await self._client._send(_repo_ops.create_tag("spaces", repo_id, tag, body_tag, message))

    async def delete_branch(self, repo_id: str, branch: str) -> Any:
        """Delete a branch (async form of ``SpacesResource.delete_branch``)."""
        return await self._client._send(_repo_ops.delete_branch("spaces", repo_id, branch))

    async def delete_lfs_file(self, repo_id: str, sha: str, *, rewrite_history: bool | None = UNSET) -> Any:
        """Delete Large file (async form of ``SpacesResource.delete_lfs_file``)."""
        return await self._client._send(_repo_ops.delete_lfs_file("spaces", repo_id, sha, rewrite_history))

    async def delete_lfs_files(self, repo_id: str, *, deletions: Deletions | dict[str, Any] | None = UNSET) -> Any:
        """Delete Large files (async form of ``SpacesResource.delete_lfs_files``)."""
        return await self._client._send(_repo_ops.delete_lfs_files("spaces", repo_id, deletions))

    async def delete_secret(self, repo_id: str, *, key: str | None = UNSET) -> Any:
        """Delete secret (async form of ``SpacesResource.delete_secret``)."""
        return await self._client._send(_delete_secret(repo_id, key))

    async def delete_tag(self, repo_id: str, tag: str) -> Any:
        """Delete a tag (async form of ``SpacesResource.delete_tag``)."""
        return await self._client._send(_repo_ops.delete_tag("spaces", repo_id, tag))

    async def delete_variable(self, repo_id: str, *, key: str | None = UNSET) -> Any:
        """Delete variable (async form of ``SpacesResource.delete_variable``)."""
        return await self._client._send(_delete_variable(repo_id, key))

    async def delete_volumes(self, repo_id: str) -> Any:
        """Delete Space volumes (async form of ``SpacesResource.delete_volumes``)."""
        return await self._client._send(_delete_volumes(repo_id))

    async def duplicate_xet_files(self, repo_id: str, *, target: Target | dict[str, Any] | None = UNSET, files: builtins.list[File] | dict[str, Any] | None = UNSET) -> DuplicateXetFilesResponse:
        """Duplicate xet files (async form of ``SpacesResource.duplicate_xet_files``)."""
        return await self._client._send(_repo_ops.duplicate_xet_files("spaces", repo_id, target, files))

    async def get_folder_size(self, repo_id: str, path: str, *, revision: str = "main") -> GetFolderSizeResponse:
        """Get folder size (async form of ``SpacesResource.get_folder_size``)."""
        return await self._client._send(_repo_ops.get_folder_size("spaces", repo_id, revision, path))

    async def get_jwt(self, repo_id: str, *, billing_details: Any = UNSET, encrypted: Any = UNSET, expiration: datetime | None = UNSET, expires_in: int | None = UNSET, include_pro_status: Any = UNSET, inference_api: Any = UNSET, write: Any = UNSET) -> GetJwtResponse:
        """Generate JWT (async form of ``SpacesResource.get_jwt``)."""
        return await self._client._send(_repo_ops.get_jwt("spaces", repo_id, billing_details, encrypted, expiration, expires_in, include_pro_status, inference_api, write))

    async def get_notebook_url(self, repo_id: str, path: str, *, revision: str = "main") -> GetNotebookUrlResponse:
        """Get notebook URL (async form of ``SpacesResource.get_notebook_url``)."""
        return await self._client._send(_repo_ops.get_notebook_url("spaces", repo_id, revision, path))

    async def get_paths_info(self, repo_id: str, *, revision: str = "main", paths: builtins.list[str] | str | None = UNSET, expand: Any = UNSET) -> builtins.list[GetPathsInfoItem2]:
        """List paths info (async form of ``SpacesResource.get_paths_info``)."""
        return await self._client._send(_repo_ops.get_paths_info("spaces", repo_id, revision, paths, expand))

    async def get_resource_group(self, repo_id: str) -> ResourceGroup:
        """Get resource group (async form of ``SpacesResource.get_resource_group``)."""
        return await self._client._send(_repo_ops.get_resource_group("spaces", repo_id))

    async def get_security_status(self, repo_id: str) -> GetSecurityStatusResponse:
        """Get security status (async form of ``SpacesResource.get_security_status``)."""
        return await self._client._send(_repo_ops.get_security_status("spaces", repo_id))

    async def get_xet_read_token(self, repo_id: str, *, revision: str = "main") -> GetXetReadTokenResponse:
        """Xet read token (async form of ``SpacesResource.get_xet_read_token``)."""
        return await self._client._send(_repo_ops.get_xet_read_token("spaces", repo_id, revision))

    async def get_xet_write_token(self, repo_id: str, *, revision: str = "main") -> GetXetReadTokenResponse:
        """Xet write token (async form of ``SpacesResource.get_xet_write_token``)."""
        return await self._client._send(_repo_ops.get_xet_write_token("spaces", repo_id, revision))

    async def get_zero_gpu_quota(self) -> GetZeroGpuQuotaResponse:
        """Get ZeroGPU quota (async form of ``SpacesResource.get_zero_gpu_quota``)."""
        return await self._client._send(_get_zero_gpu_quota())

    async def info(self, repo_id: str, *, blobs: bool | None = UNSET, expand: builtins.list[str] | None = UNSET) -> SpaceInfo:
        """Get Space info (async form of ``SpacesResource.info``)."""
        return await self._client._send(_info(repo_id, blobs, expand))

    async def info_at_revision(self, repo_id: str, *, revision: str = "main", blobs: bool | None = UNSET, expand: builtins.list[str] | None = UNSET) -> SpaceInfo:
        """Get Space info at a revision (async form of ``SpacesResource.info_at_revision``)."""
        return await self._client._send(_info_at_revision(repo_id, revision, blobs, expand))

    def list(self, *, author: str | None = UNSET, config: bool | None = UNSET, direction: Literal[-1, 1] | int | None = UNSET, expand: builtins.list[str] | None = UNSET, filter: builtins.list[str] | None = UNSET, full: bool | None = UNSET, limit: int | None = UNSET, search: str | None = UNSET, sort: str | None = UNSET) -> AsyncPaginator[SpaceInfo]:
        """List spaces (async form of ``SpacesResource.list``)."""
        return self._client._paginate(_list(author, config, direction, expand, filter, full, limit, search, sort))

    def list_commits(self, repo_id: str, *, revision: str = "main", expand: builtins.list[Literal["formatted"] | str] | None = UNSET, limit: int | None = UNSET, p: int | None = UNSET) -> AsyncPaginator[Commit]:
        """List commits (async form of ``SpacesResource.list_commits``)."""
        return self._client._paginate(_repo_ops.list_commits("spaces", repo_id, revision, expand, limit, p))

    async def list_hardware(self) -> builtins.list[Hardware3]:
        """List space hardware (async form of ``SpacesResource.list_hardware``)."""
        return await self._client._send(_list_hardware())

    def list_lfs_files(self, repo_id: str, *, cursor: str | None = UNSET, limit: int | None = UNSET, xet: Any = UNSET) -> AsyncPaginator[LfsFile]:
        """List Large files (async form of ``SpacesResource.list_lfs_files``)."""
        return self._client._paginate(_repo_ops.list_lfs_files("spaces", repo_id, cursor, limit, xet))

    async def list_refs(self, repo_id: str, *, include_prs: bool | None = UNSET) -> ListRefsResponse:
        """List references (async form of ``SpacesResource.list_refs``)."""
        return await self._client._send(_repo_ops.list_refs("spaces", repo_id, include_prs))

    async def list_secrets(self, repo_id: str) -> dict[str, ListSecretsResponseValue]:
        """List secrets (async form of ``SpacesResource.list_secrets``)."""
        return await self._client._send(_list_secrets(repo_id))

    async def list_templates(self) -> ListTemplatesResponse:
        """List Space templates (async form of ``SpacesResource.list_templates``)."""
        return await self._client._send(_list_templates())

    def list_tree(self, repo_id: str, path: str, *, revision: str = "main", cursor: str | None = UNSET, expand: bool | None = UNSET, limit: int | None = UNSET, recursive: bool | None = UNSET) -> AsyncPaginator[Tree]:
        """List folder content (async form of ``SpacesResource.list_tree``)."""
        return self._client._paginate(_repo_ops.list_tree("spaces", repo_id, revision, path, cursor, expand, limit, recursive))

    async def list_variables(self, repo_id: str) -> dict[str, ListVariablesResponseValue]:
        """List variables (async form of ``SpacesResource.list_variables``)."""
        return await self._client._send(_list_variables(repo_id))

    async def preupload(self, repo_id: str, *, revision: str = "main", files: builtins.list[PreuploadBodyFile] | dict[str, Any] | None = UNSET, git_attributes: str | None = UNSET, git_ignore: str | None = UNSET) -> PreuploadResponse:
        """Check upload method (async form of ``SpacesResource.preupload``)."""
        return await self._client._send(_repo_ops.preupload("spaces", repo_id, revision, files, git_attributes, git_ignore))

    async def resolve(self, repo_id: str, path: str, *, revision: str = "main", range: str | None = UNSET) -> bytes:
        """Resolve a file (async form of ``SpacesResource.resolve``)."""
        return await self._client._send(_repo_ops.resolve("spaces", repo_id, revision, path, range))

    async def resolve_cached(self, repo_id: str, path: str, *, revision: str = "main", range: str | None = UNSET) -> bytes:
        """Resolve a file (async form of ``SpacesResource.resolve_cached``)."""
        return await self._client._send(_repo_ops.resolve_cached("spaces", repo_id, revision, path, range))

    async def set_resource_group(self, repo_id: str, *, resource_group_id: str | None = UNSET) -> SetResourceGroupResponse:
        """Add resource group (async form of ``SpacesResource.set_resource_group``)."""
        return await self._client._send(_repo_ops.set_resource_group("spaces", repo_id, resource_group_id))

    async def set_volumes(self, repo_id: str, *, volumes: builtins.list[RunBodyVolume] | dict[str, Any] | None = UNSET) -> Any:
        """Set Space volumes (async form of ``SpacesResource.set_volumes``)."""
        return await self._client._send(_set_volumes(repo_id, volumes))

    async def stream_events(self, repo_id: str, *, session_uuid: str | None = UNSET) -> AsyncEventStream:
        """Stream events (async form of ``SpacesResource.stream_events``)."""
        return await self._client._stream(_stream_events(repo_id, session_uuid))

    async def stream_logs(self, repo_id: str, log_type: Literal["build", "run"] | str, *, tail: int | None = UNSET) -> AsyncEventStream:
        """Stream logs (async form of ``SpacesResource.stream_logs``)."""
        return await self._client._stream(_stream_logs(repo_id, log_type, tail))

    async def stream_metrics(self, repo_id: str) -> AsyncEventStream:
        """Stream metrics (async form of ``SpacesResource.stream_metrics``)."""
        return await self._client._stream(_stream_metrics(repo_id))

    async def super_squash(self, repo_id: str, *, revision: str = "main", message: str | None = UNSET) -> SuperSquashResponse:
        """Squash ref (async form of ``SpacesResource.super_squash``)."""
        return await self._client._send(_repo_ops.super_squash("spaces", repo_id, revision, message))

    async def update_settings(self, repo_id: str, *, private: bool | None = UNSET, visibility: Literal["private", "public", "protected"] | str | None = UNSET, discussions_disabled: bool | None = UNSET, discussions_sorting: Literal["recently-created", "trending", "reactions"] | str | None = UNSET, gated: Literal[False] | Literal["auto", "manual"] | str | None = UNSET, org_members_gated: bool | None = UNSET, gated_notifications_email: str | None = UNSET, gated_notifications_mode: Literal["bulk", "real-time"] | str | None = UNSET) -> UpdateSettingsResponse2:
        """Update repo settings (async form of ``SpacesResource.update_settings``)."""
        return await self._client._send(_repo_ops.update_settings("spaces", repo_id, private, visibility, discussions_disabled, discussions_sorting, gated, org_members_gated, gated_notifications_email, gated_notifications_mode))

    async def upsert_secret(self, repo_id: str, *, key: str | None = UNSET, description: str | None = UNSET, value: str | None = UNSET) -> Any:
        """Upsert secret (async form of ``SpacesResource.upsert_secret``)."""
        return await self._client._send(_upsert_secret(repo_id, key, description, value))

    async def upsert_variable(self, repo_id: str, *, key: str | None = UNSET, description: str | None = UNSET, value: str | None = UNSET) -> Any:
        """Upsert variable (async form of ``SpacesResource.upsert_variable``)."""
        return await self._client._send(_upsert_variable(repo_id, key, description, value))
