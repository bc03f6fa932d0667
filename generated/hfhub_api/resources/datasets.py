"""Operations on datasets.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

import builtins
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._client_base import AsyncResource, Resource
from .._pagination import AsyncPaginator, Paginator
from .._request import Request, Timeout
from .._request import query as _q
from .._request import repo_segments as _repo
from .._request import segment as _seg
from .._request import with_options as _with_options
from .._types import UNSET, DictOf, ListOf
from . import _repo_ops
from ..models._datasets import DatasetInfo, GetLeaderboardItem, ListTagsByTypeResponseValueItem
from ..models._shared import AccessRequest, BucketFile, Commit, CommitResponse, DatasetFile, DatasetGetPathsInfoItem, DatasetRequest, DatasetUpdateSettingsResponse, Deletions, DuplicateXetFilesResponse, GetFolderSizeResponse, GetJwtResponse, GetNotebookUrlResponse, GetSecurityStatusResponse, GetXetReadTokenResponse, HandleAccessRequestsItem, LfsFile, ListRefsResponse, PreuploadResponse, ResourceGroupSummary, SetResourceGroupResponse, SuperSquashResponse, Target, Tree


def _export_access_report(repo_id: str) -> Request[str]:
    return Request("GET", f"/datasets/{_repo(repo_id, 'datasets')}/user-access-report")


def _get_croissant(repo_id: str) -> Request[dict[str, Any]]:
    return Request("GET", f"/api/datasets/{_repo(repo_id, 'datasets')}/croissant")


def _get_leaderboard(repo_id: str, base_model: bool | None, max_params: str | None, task_id: str | None) -> Request[list[GetLeaderboardItem]]:
    return Request(
        "GET",
        f"/api/datasets/{_repo(repo_id, 'datasets')}/leaderboard",
        params=_q({"base_model": base_model, "max_params": max_params, "task_id": task_id}),
        convert=ListOf(GetLeaderboardItem),
    )


def _get_parquet_shard(repo_id: str, subset: str, split: str, n: int) -> Request[bytes]:
    return Request(
        "GET",
        f"/api/datasets/{_repo(repo_id, 'datasets')}/parquet/{_seg(subset, 'subset')}/{_seg(split, 'split')}/{_seg(n, 'n')}.parquet",
        kind="binary",
    )


def _info(repo_id: str, blobs: bool | None, expand: list[str] | None, full: bool | None) -> Request[DatasetInfo]:
    return Request(
        "GET",
        f"/api/datasets/{_repo(repo_id, 'datasets')}",
        params=_q({"blobs": blobs, "expand": expand, "full": full}),
        convert=DatasetInfo,
    )


def _info_at_revision(repo_id: str, revision: str, blobs: bool | None, expand: list[str] | None, full: bool | None) -> Request[DatasetInfo]:
    return Request(
        "GET",
        f"/api/datasets/{_repo(repo_id, 'datasets')}/revision/{_seg(revision, 'revision')}",
        params=_q({"blobs": blobs, "expand": expand, "full": full}),
        convert=DatasetInfo,
    )


def _list(author: str | None, config: bool | None, direction: Literal[-1, 1] | int | None, expand: list[str] | None, filter: list[str] | None, full: bool | None, gated: bool | None, limit: int | None, search: str | None, sort: str | None) -> Request[DatasetInfo]:
    return Request(
        "GET",
        "/api/datasets",
        params=_q({"author": author, "config": config, "direction": direction, "expand": expand, "filter": filter, "full": full, "gated": gated, "limit": limit, "search": search, "sort": sort}),
        convert=DatasetInfo,
        paginated=True,
    )


def _list_parquet_files(repo_id: str) -> Request[dict[str, dict[str, list[str]]]]:
    return Request("GET", f"/api/datasets/{_repo(repo_id, 'datasets')}/parquet")


def _list_split_parquet_files(repo_id: str, subset: str, split: str) -> Request[list[str]]:
    return Request(
        "GET",
        f"/api/datasets/{_repo(repo_id, 'datasets')}/parquet/{_seg(subset, 'subset')}/{_seg(split, 'split')}",
    )


def _list_subset_parquet_files(repo_id: str, subset: str) -> Request[dict[str, list[str]]]:
    return Request("GET", f"/api/datasets/{_repo(repo_id, 'datasets')}/parquet/{_seg(subset, 'subset')}")


def _list_tags_by_type(type: str | None) -> Request[dict[str, list[ListTagsByTypeResponseValueItem]]]:
    return Request(
        "GET",
        "/api/datasets-tags-by-type",
        params=_q({"type": type}),
        convert=DictOf(ListOf(ListTagsByTypeResponseValueItem)),
    )


def _request_access(repo_id: str, body: dict[str, Any] | None) -> Request[None]:
    return Request("POST", f"/datasets/{_repo(repo_id, 'datasets')}/ask-access", json=body, kind="empty")


class DatasetsResource(Resource):
    """Operations on datasets."""

    __slots__ = ()


    def cancel_access_request(self, repo_id: str, *, body: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Cancel access request.

        Cancel the current user's access request to a gated repository

        Args:
            repo_id: Repository id, `namespace/name`.
            body: Request body, sent as JSON (the published spec does not describe it).

        ``POST /api/datasets/{namespace}/{repo}/user-access-request/cancel``
        """
        return self._client._send(_with_options(_repo_ops.cancel_access_request("datasets", repo_id, body), extra_headers, extra_query, extra_body, timeout))

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

        ``POST /api/datasets/{namespace}/{repo}/commit/{rev}``
        """
        return self._client._send(_with_options(_repo_ops.commit("datasets", repo_id, revision, content_type, create_pr, hot_reload, body), extra_headers, extra_query, extra_body, timeout))

    def compare(self, repo_id: str, compare: str, *, raw: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> str:
        """Get a compare rev.

        Args:
            repo_id: Repository id, `namespace/name`.
            compare: Path parameter ``{compare}``.
            raw: Query parameter ``raw``. Server default: ``false``.

        ``GET /api/datasets/{namespace}/{repo}/compare/{compare}``
        """
        return self._client._send(_with_options(_repo_ops.compare("datasets", repo_id, compare, raw), extra_headers, extra_query, extra_body, timeout))

    def create_branch(self, repo_id: str, branch: str, *, starting_point: str | None = UNSET, empty_branch: bool | None = UNSET, overwrite: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Create branch.

        Args:
            repo_id: Repository id, `namespace/name`.
            branch: The branch (``{rev}`` in the path).
            starting_point: The commit to start from.
            empty_branch: Create an empty branch. Server default: ``false``.
            overwrite: Overwrite the branch if it already exists. Server default: ``false``.

        ``POST /api/datasets/{namespace}/{repo}/branch/{rev}``
        """
        return self._client._send(_with_options(_repo_ops.create_branch("datasets", repo_id, branch, starting_point, empty_branch, overwrite), extra_headers, extra_query, extra_body, timeout))

    def create_tag(self, repo_id: str, *, revision: str = "main", tag: str | None = UNSET, message: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Create tag.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: The revision ``{rev}`` in the path; ``tag`` is a body field.
            tag: Body field ``tag``.
            message: Body field ``message``.

        ``POST /api/datasets/{namespace}/{repo}/tag/{rev}``
        """
        return self._client._send(_with_options(_repo_ops.create_tag("datasets", repo_id, revision, tag, message), extra_headers, extra_query, extra_body, timeout))

    def delete_branch(self, repo_id: str, branch: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete a branch.

        Args:
            repo_id: Repository id, `namespace/name`.
            branch: The branch (``{rev}`` in the path).

        ``DELETE /api/datasets/{namespace}/{repo}/branch/{rev}``
        """
        return self._client._send(_with_options(_repo_ops.delete_branch("datasets", repo_id, branch), extra_headers, extra_query, extra_body, timeout))

    def delete_lfs_file(self, repo_id: str, sha: str, *, rewrite_history: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete Large file.

        Delete a Xet/LFS file

        Args:
            repo_id: Repository id, `namespace/name`.
            sha: Path parameter ``{sha}``.
            rewrite_history: Query parameter ``rewriteHistory``. Server default: ``true``.

        ``DELETE /api/datasets/{namespace}/{repo}/lfs-files/{sha}``
        """
        return self._client._send(_with_options(_repo_ops.delete_lfs_file("datasets", repo_id, sha, rewrite_history), extra_headers, extra_query, extra_body, timeout))

    def delete_lfs_files(self, repo_id: str, *, deletions: Deletions | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete Large files.

        Delete Xet/LFS files in batch

        Args:
            repo_id: Repository id, `namespace/name`.
            deletions: Body field ``deletions``.

        ``POST /api/datasets/{namespace}/{repo}/lfs-files/batch``
        """
        return self._client._send(_with_options(_repo_ops.delete_lfs_files("datasets", repo_id, deletions), extra_headers, extra_query, extra_body, timeout))

    def delete_tag(self, repo_id: str, tag: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete a tag.

        Args:
            repo_id: Repository id, `namespace/name`.
            tag: The tag (``{rev}`` in the path).

        ``DELETE /api/datasets/{namespace}/{repo}/tag/{rev}``
        """
        return self._client._send(_with_options(_repo_ops.delete_tag("datasets", repo_id, tag), extra_headers, extra_query, extra_body, timeout))

    def duplicate_xet_files(self, repo_id: str, *, target: Target | dict[str, Any] | None = UNSET, files: builtins.list[BucketFile] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> DuplicateXetFilesResponse:
        """Duplicate xet files.

        Duplicate xet-stored files from this repo (source) into another repo (target) by xet hash, without re-uploading file bytes. The caller must then commit the files with their sha256/size as usual.

        Args:
            repo_id: Repository id, `namespace/name`.
            target: Body field ``target``.
            files: Body field ``files``.

        ``POST /api/datasets/{namespace}/{repo}/lfs-files/duplicate``
        """
        return self._client._send(_with_options(_repo_ops.duplicate_xet_files("datasets", repo_id, target, files), extra_headers, extra_query, extra_body, timeout))

    def export_access_report(self, repo_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> str:
        """Export access report.

        Export a report of all access requests for a gated repository

        Args:
            repo_id: Repository id, `namespace/name`.

        ``GET /datasets/{namespace}/{repo}/user-access-report``
        """
        return self._client._send(_with_options(_export_access_report(repo_id), extra_headers, extra_query, extra_body, timeout))

    def get_croissant(self, repo_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> dict[str, Any]:
        """Get Croissant metadata.

        The dataset's Croissant (JSON-LD) metadata; see https://huggingface.co/docs/datasets-server/croissant.

        Args:
            repo_id: Repository id, `namespace/name`.

        Described by hfhub (spec/additions), not by the published spec: ``GET /api/datasets/{namespace}/{repo}/croissant``
        """
        return self._client._send(_with_options(_get_croissant(repo_id), extra_headers, extra_query, extra_body, timeout))

    def get_folder_size(self, repo_id: str, path: str, *, revision: str = "main", extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetFolderSizeResponse:
        """Get folder size.

        Get the total size of a repository at a given revision, optionally under a specific subpath. Returns the total size in bytes of all files under the specified path (recursively). If a file is stored via Xet/LFS, the LFS file size is used.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            path: Wildcard path parameter.

        ``GET /api/datasets/{namespace}/{repo}/treesize/{rev}/{path}``
        """
        return self._client._send(_with_options(_repo_ops.get_folder_size("datasets", repo_id, revision, path), extra_headers, extra_query, extra_body, timeout))

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

        ``GET /api/datasets/{namespace}/{repo}/jwt``
        """
        return self._client._send(_with_options(_repo_ops.get_jwt("datasets", repo_id, billing_details, encrypted, expiration, expires_in, include_pro_status, inference_api, write), extra_headers, extra_query, extra_body, timeout))

    def get_leaderboard(self, repo_id: str, *, base_model: bool | None = UNSET, max_params: str | None = UNSET, task_id: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> builtins.list[GetLeaderboardItem]:
        """Get dataset leaderboard.

        Returns the evaluation results ranked by score for a dataset/task

        Args:
            repo_id: Repository id, `namespace/name`.
            base_model: Query parameter ``base_model``. Server default: ``true``.
            max_params: Query parameter ``max_params``.
            task_id: Query parameter ``task_id``.

        ``GET /api/datasets/{namespace}/{repo}/leaderboard``
        """
        return self._client._send(_with_options(_get_leaderboard(repo_id, base_model, max_params, task_id), extra_headers, extra_query, extra_body, timeout))

    def get_notebook_url(self, repo_id: str, path: str, *, revision: str = "main", extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetNotebookUrlResponse:
        """Get notebook URL.

        Get a jupyter notebook URL for the requested file

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            path: Wildcard path parameter.

        ``GET /api/datasets/{namespace}/{repo}/notebook/{rev}/{path}``
        """
        return self._client._send(_with_options(_repo_ops.get_notebook_url("datasets", repo_id, revision, path), extra_headers, extra_query, extra_body, timeout))

    def get_parquet_shard(self, repo_id: str, subset: str, split: str, n: int, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> bytes:
        """Get a parquet shard.

        The n-th auto-converted parquet shard of a split (the Hub redirects to the file).

        Args:
            repo_id: Repository id, `namespace/name`.
            subset: Subset (also called config) of the dataset.
            split: Split, e.g. `train`.
            n: Shard number, from 0. At least 0.

        Described by hfhub (spec/additions), not by the published spec: ``GET /api/datasets/{namespace}/{repo}/parquet/{subset}/{split}/{n}.parquet``
        """
        return self._client._send(_with_options(_get_parquet_shard(repo_id, subset, split, n), extra_headers, extra_query, extra_body, timeout))

    def get_paths_info(self, repo_id: str, *, revision: str = "main", paths: builtins.list[str] | str | None = UNSET, expand: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> builtins.list[DatasetGetPathsInfoItem]:
        """List paths info.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            paths: Body field ``paths``.
            expand: Expand the response with the last commit and security file status.

        ``POST /api/datasets/{namespace}/{repo}/paths-info/{rev}``
        """
        return self._client._send(_with_options(_repo_ops.get_paths_info("datasets", repo_id, revision, paths, expand), extra_headers, extra_query, extra_body, timeout))

    def get_resource_group(self, repo_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ResourceGroupSummary:
        """Get resource group.

        Args:
            repo_id: Repository id, `namespace/name`.

        ``GET /api/datasets/{namespace}/{repo}/resource-group``
        """
        return self._client._send(_with_options(_repo_ops.get_resource_group("datasets", repo_id), extra_headers, extra_query, extra_body, timeout))

    def get_security_status(self, repo_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetSecurityStatusResponse:
        """Get security status.

        Get the security status of a repo

        Args:
            repo_id: Repository id, `namespace/name`.

        ``GET /api/datasets/{namespace}/{repo}/scan``
        """
        return self._client._send(_with_options(_repo_ops.get_security_status("datasets", repo_id), extra_headers, extra_query, extra_body, timeout))

    def get_xet_read_token(self, repo_id: str, *, revision: str = "main", extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetXetReadTokenResponse:
        """Xet read token.

        Get a read short-lived access token for XET

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).

        ``GET /api/datasets/{namespace}/{repo}/xet-read-token/{rev}``
        """
        return self._client._send(_with_options(_repo_ops.get_xet_read_token("datasets", repo_id, revision), extra_headers, extra_query, extra_body, timeout))

    def get_xet_write_token(self, repo_id: str, *, revision: str = "main", extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetXetReadTokenResponse:
        """Xet write token.

        Get a write short-lived access token for XET upload

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).

        ``GET /api/datasets/{namespace}/{repo}/xet-write-token/{rev}``
        """
        return self._client._send(_with_options(_repo_ops.get_xet_write_token("datasets", repo_id, revision), extra_headers, extra_query, extra_body, timeout))

    def grant_access(self, repo_id: str, *, user_id: str | None = UNSET, user: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Grant access.

        Grant access to a user for a gated repository

        Args:
            repo_id: Repository id, `namespace/name`.
            user_id: Body field ``userId``. Exactly 24 characters. Matches ``^[0-9a-f]{24}$``.
            user: Body field ``user``.

        ``POST /api/datasets/{namespace}/{repo}/user-access-request/grant``
        """
        return self._client._send(_with_options(_repo_ops.grant_access("datasets", repo_id, user_id, user), extra_headers, extra_query, extra_body, timeout))

    def handle_access_request(self, repo_id: str, *, user_id: str | None = UNSET, user: str | None = UNSET, status: Literal["accepted", "rejected", "pending"] | str | None = UNSET, rejection_reason: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Handle access request.

        Handle a user's access request to a gated repository

        Args:
            repo_id: Repository id, `namespace/name`.
            user_id: Either userId or user must be provided. Exactly 24 characters. Matches ``^[0-9a-f]{24}$``.
            user: Either userId or user must be provided.
            status: Body field ``status``. One of ``"accepted"``, ``"rejected"``, ``"pending"``.
            rejection_reason: Body field ``rejectionReason``. At most 200 characters.

        ``POST /api/datasets/{namespace}/{repo}/user-access-request/handle``
        """
        return self._client._send(_with_options(_repo_ops.handle_access_request("datasets", repo_id, user_id, user, status, rejection_reason), extra_headers, extra_query, extra_body, timeout))

    def handle_access_requests(self, repo_id: str, *, status: Literal["accepted", "rejected", "pending"] | str | None = UNSET, rejection_reason: str | None = UNSET, requests: builtins.list[DatasetRequest] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> builtins.list[HandleAccessRequestsItem]:
        """Batch handle access requests.

        Accept, reject or reset to pending up to 100 access requests for a single gated repository in one call. The same `status` (and optional `rejectionReason`) is applied to every request in the list.

        Args:
            repo_id: Repository id, `namespace/name`.
            status: Body field ``status``. One of ``"accepted"``, ``"rejected"``, ``"pending"``.
            rejection_reason: Body field ``rejectionReason``. At most 200 characters.
            requests: Body field ``requests``.

        ``POST /api/datasets/{namespace}/{repo}/user-access-request/batch``
        """
        return self._client._send(_with_options(_repo_ops.handle_access_requests("datasets", repo_id, status, rejection_reason, requests), extra_headers, extra_query, extra_body, timeout))

    def info(self, repo_id: str, *, blobs: bool | None = UNSET, expand: builtins.list[str] | None = UNSET, full: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> DatasetInfo:
        """Get dataset info.

        Args:
            repo_id: Repository id, `namespace/name`.
            blobs: Return size, blob id and LFS metadata of each file.
            expand: Properties to return (replaces the default set). Each one of ``"author"``, ``"cardData"``, ``"citation"``, ``"createdAt"``, ``"description"``, ``"disabled"``, ``"downloads"``, ``"downloadsAllTime"``, ``"gated"``, ``"lastModified"``, ``"likes"``, ``"mainSize"``.
            full: Return every property the Hub holds for the repository (as huggingface_hub sends it).

        Described by hfhub (spec/additions), not by the published spec: ``GET /api/datasets/{namespace}/{repo}``
        """
        return self._client._send(_with_options(_info(repo_id, blobs, expand, full), extra_headers, extra_query, extra_body, timeout))

    def info_at_revision(self, repo_id: str, *, revision: str = "main", blobs: bool | None = UNSET, expand: builtins.list[str] | None = UNSET, full: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> DatasetInfo:
        """Get dataset info at a revision.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: Revision: a branch, tag or commit sha.
            blobs: Return size, blob id and LFS metadata of each file.
            expand: Properties to return (replaces the default set). Each one of ``"author"``, ``"cardData"``, ``"citation"``, ``"createdAt"``, ``"description"``, ``"disabled"``, ``"downloads"``, ``"downloadsAllTime"``, ``"gated"``, ``"lastModified"``, ``"likes"``, ``"mainSize"``.
            full: Return every property the Hub holds for the repository (as huggingface_hub sends it).

        Described by hfhub (spec/additions), not by the published spec: ``GET /api/datasets/{namespace}/{repo}/revision/{rev}``
        """
        return self._client._send(_with_options(_info_at_revision(repo_id, revision, blobs, expand, full), extra_headers, extra_query, extra_body, timeout))

    def list(self, *, author: str | None = UNSET, config: bool | None = UNSET, direction: Literal[-1, 1] | int | None = UNSET, expand: builtins.list[str] | None = UNSET, filter: builtins.list[str] | None = UNSET, full: bool | None = UNSET, gated: bool | None = UNSET, limit: int | None = UNSET, search: str | None = UNSET, sort: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Paginator[DatasetInfo]:
        """List datasets.

        Lists datasets on the Hub, paginated with `Link: rel="next"` headers.

        Args:
            author: Owner: a user or an organization.
            config: Return the repository configuration too.
            direction: `-1` for descending order. One of ``-1``, ``1``.
            expand: Properties to return (replaces the default set). Each one of ``"author"``, ``"cardData"``, ``"citation"``, ``"createdAt"``, ``"description"``, ``"disabled"``, ``"downloads"``, ``"downloadsAllTime"``, ``"gated"``, ``"lastModified"``, ``"likes"``, ``"mainSize"``.
            filter: Tags to filter on, e.g. `text-classification` or `license:mit`.
            full: Return most of the repository data (all tags, files...).
            gated: Only gated (or only non-gated) datasets.
            limit: At most this many repositories in all (and per page). At least 1.
            search: Substring of the repository id or its owner's name.
            sort: Property to sort on: `downloads`, `likes`, `trendingScore`, `createdAt`, `lastModified`...

        Described by hfhub (spec/additions), not by the published spec: ``GET /api/datasets``
        """
        return self._client._paginate(_with_options(_list(author, config, direction, expand, filter, full, gated, limit, search, sort), extra_headers, extra_query, extra_body, timeout))

    def list_access_requests(self, repo_id: str, status: Literal["pending", "accepted", "rejected"] | str, *, after: datetime | None = UNSET, before: datetime | None = UNSET, limit: int | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Paginator[AccessRequest]:
        """List access requests.

        List access requests for a gated repository

        Args:
            repo_id: Repository id, `namespace/name`.
            status: Path parameter ``{status}``. One of ``"pending"``, ``"accepted"``, ``"rejected"``.
            after: Query parameter ``after``. A date and time (ISO 8601).
            before: Query parameter ``before``. A date and time (ISO 8601).
            limit: Query parameter ``limit``. From 10 to 1000. Server default: ``1000``.

        ``GET /api/datasets/{namespace}/{repo}/user-access-request/{status}``
        """
        return self._client._paginate(_with_options(_repo_ops.list_access_requests("datasets", repo_id, status, after, before, limit), extra_headers, extra_query, extra_body, timeout))

    def list_commits(self, repo_id: str, *, revision: str = "main", expand: builtins.list[Literal["formatted"] | str] | None = UNSET, limit: int | None = UNSET, p: int | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Paginator[Commit]:
        """List commits.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            expand: Query parameter ``expand``. Each one of ``"formatted"``.
            limit: Query parameter ``limit``. From 1 to 1000. Server default: ``50``.
            p: Query parameter ``p``. Server default: ``0``.

        ``GET /api/datasets/{namespace}/{repo}/commits/{rev}``
        """
        return self._client._paginate(_with_options(_repo_ops.list_commits("datasets", repo_id, revision, expand, limit, p), extra_headers, extra_query, extra_body, timeout))

    def list_lfs_files(self, repo_id: str, *, cursor: str | None = UNSET, limit: int | None = UNSET, xet: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Paginator[LfsFile]:
        """List Large files.

        List Xet/LFS files for a repo

        Args:
            repo_id: Repository id, `namespace/name`.
            cursor: Query parameter ``cursor``.
            limit: Query parameter ``limit``. From 1 to 1000. Server default: ``1000``.
            xet: Query parameter ``xet``.

        ``GET /api/datasets/{namespace}/{repo}/lfs-files``
        """
        return self._client._paginate(_with_options(_repo_ops.list_lfs_files("datasets", repo_id, cursor, limit, xet), extra_headers, extra_query, extra_body, timeout))

    def list_parquet_files(self, repo_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> dict[str, dict[str, builtins.list[str]]]:
        """List parquet files.

        URLs of the auto-converted parquet files, by subset and split.

        Args:
            repo_id: Repository id, `namespace/name`.

        Described by hfhub (spec/additions), not by the published spec: ``GET /api/datasets/{namespace}/{repo}/parquet``
        """
        return self._client._send(_with_options(_list_parquet_files(repo_id), extra_headers, extra_query, extra_body, timeout))

    def list_refs(self, repo_id: str, *, include_prs: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ListRefsResponse:
        """List references.

        Args:
            repo_id: Repository id, `namespace/name`.
            include_prs: Query parameter ``include_prs``. Server default: ``false``.

        ``GET /api/datasets/{namespace}/{repo}/refs``
        """
        return self._client._send(_with_options(_repo_ops.list_refs("datasets", repo_id, include_prs), extra_headers, extra_query, extra_body, timeout))

    def list_split_parquet_files(self, repo_id: str, subset: str, split: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> builtins.list[str]:
        """List parquet files of a split.

        Args:
            repo_id: Repository id, `namespace/name`.
            subset: Subset (also called config) of the dataset.
            split: Split, e.g. `train`.

        Described by hfhub (spec/additions), not by the published spec: ``GET /api/datasets/{namespace}/{repo}/parquet/{subset}/{split}``
        """
        return self._client._send(_with_options(_list_split_parquet_files(repo_id, subset, split), extra_headers, extra_query, extra_body, timeout))

    def list_subset_parquet_files(self, repo_id: str, subset: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> dict[str, builtins.list[str]]:
        """List parquet files of a subset.

        Args:
            repo_id: Repository id, `namespace/name`.
            subset: Subset (also called config) of the dataset.

        Described by hfhub (spec/additions), not by the published spec: ``GET /api/datasets/{namespace}/{repo}/parquet/{subset}``
        """
        return self._client._send(_with_options(_list_subset_parquet_files(repo_id, subset), extra_headers, extra_query, extra_body, timeout))

    def list_tags_by_type(self, *, type: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> dict[str, builtins.list[ListTagsByTypeResponseValueItem]]:
        """Get dataset tags.

        Get all possible tags used for datasets, grouped by tag type. Optionally restrict to only one tag type

        Args:
            type: Query parameter ``type``. One of ``"benchmark"``, ``"task_categories"``, ``"size_categories"``, ``"modality"``, ``"format"``, ``"library"``, ``"language"``, ``"license"``, ``"arxiv"``, ``"doi"``, ``"region"``, ``"other"``, ....

        ``GET /api/datasets-tags-by-type``
        """
        return self._client._send(_with_options(_list_tags_by_type(type), extra_headers, extra_query, extra_body, timeout))

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

        ``GET /api/datasets/{namespace}/{repo}/tree/{rev}/{path}``
        """
        return self._client._paginate(_with_options(_repo_ops.list_tree("datasets", repo_id, revision, path, cursor, expand, limit, recursive), extra_headers, extra_query, extra_body, timeout))

    def preupload(self, repo_id: str, *, revision: str = "main", files: builtins.list[DatasetFile] | dict[str, Any] | None = UNSET, git_attributes: str | None = UNSET, git_ignore: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> PreuploadResponse:
        """Check upload method.

        Check if a file should be uploaded through the Large File mechanism or directly.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            files: Body field ``files``.
            git_attributes: Provide this parameter if you plan to modify `.gitattributes` yourself at the same time as uploading LFS files. Note that this is not needed if you solely rely on automatic LFS detection from HF: the commit endpoint will automatically edit the `.gitattributes` file to track the files passed to its `lfsFiles` param.
            git_ignore: Content of the .gitignore file for the revision. Optional, otherwise takes the existing content of `.gitignore` for the revision.

        ``POST /api/datasets/{namespace}/{repo}/preupload/{rev}``
        """
        return self._client._send(_with_options(_repo_ops.preupload("datasets", repo_id, revision, files, git_attributes, git_ignore), extra_headers, extra_query, extra_body, timeout))

    def request_access(self, repo_id: str, *, body: dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Request access.

        Request access to a gated repository. The fields requested by repository card metadata (https://huggingface.co/docs/hub/en/models-gated#customize-requested-information)

        Args:
            repo_id: Repository id, `namespace/name`.
            body: The JSON body of the request.

        ``POST /datasets/{namespace}/{repo}/ask-access``
        """
        return self._client._send(_with_options(_request_access(repo_id, body), extra_headers, extra_query, extra_body, timeout))

    def resolve(self, repo_id: str, path: str, *, revision: str = "main", range: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> bytes:
        """Resolve a file.

        This endpoint requires to follow redirection

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            path: Wildcard path parameter.
            range: The range in bytes of the file to download.

        ``GET /datasets/{namespace}/{repo}/resolve/{rev}/{path}``
        """
        return self._client._send(_with_options(_repo_ops.resolve("datasets", repo_id, revision, path, range), extra_headers, extra_query, extra_body, timeout))

    def resolve_cached(self, repo_id: str, path: str, *, revision: str = "main", range: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> bytes:
        """Resolve a file.

        This endpoint requires to follow redirection

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            path: Wildcard path parameter.
            range: The range in bytes of the file to download.

        ``GET /api/resolve-cache/datasets/{namespace}/{repo}/{rev}/{path}``
        """
        return self._client._send(_with_options(_repo_ops.resolve_cached("datasets", repo_id, revision, path, range), extra_headers, extra_query, extra_body, timeout))

    def set_resource_group(self, repo_id: str, *, resource_group_id: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> SetResourceGroupResponse:
        """Add resource group.

        Add the repository to a resource group

        Args:
            repo_id: Repository id, `namespace/name`.
            resource_group_id: The resource group to add the repository to, if null, the repository will be removed from the resource group.

        ``POST /api/datasets/{namespace}/{repo}/resource-group``
        """
        return self._client._send(_with_options(_repo_ops.set_resource_group("datasets", repo_id, resource_group_id), extra_headers, extra_query, extra_body, timeout))

    def super_squash(self, repo_id: str, *, revision: str = "main", message: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> SuperSquashResponse:
        """Squash ref.

        Squash all commits in the current ref into a single commit with the given message. Action is irreversible.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            message: Body field ``message``. At most 500 characters.

        ``POST /api/datasets/{namespace}/{repo}/super-squash/{rev}``
        """
        return self._client._send(_with_options(_repo_ops.super_squash("datasets", repo_id, revision, message), extra_headers, extra_query, extra_body, timeout))

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

        ``PUT /api/datasets/{namespace}/{repo}/settings``
        """
        return self._client._send(_with_options(_repo_ops.update_settings("datasets", repo_id, private, visibility, discussions_disabled, discussions_sorting, gated, org_members_gated, gated_notifications_email, gated_notifications_mode), extra_headers, extra_query, extra_body, timeout))


class AsyncDatasetsResource(AsyncResource):
    """Operations on datasets. (async)"""

    __slots__ = ()


    async def cancel_access_request(self, repo_id: str, *, body: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Cancel access request.

        Cancel the current user's access request to a gated repository

        Args:
            repo_id: Repository id, `namespace/name`.
            body: Request body, sent as JSON (the published spec does not describe it).

        Async: ``await client.datasets.cancel_access_request(...)`` returns ``None``.

        ``POST /api/datasets/{namespace}/{repo}/user-access-request/cancel``
        """
        return await self._client._send(_with_options(_repo_ops.cancel_access_request("datasets", repo_id, body), extra_headers, extra_query, extra_body, timeout))

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

        Async: ``await client.datasets.commit(...)`` returns ``CommitResponse``.

        ``POST /api/datasets/{namespace}/{repo}/commit/{rev}``
        """
        return await self._client._send(_with_options(_repo_ops.commit("datasets", repo_id, revision, content_type, create_pr, hot_reload, body), extra_headers, extra_query, extra_body, timeout))

    async def compare(self, repo_id: str, compare: str, *, raw: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> str:
        """Get a compare rev.

        Args:
            repo_id: Repository id, `namespace/name`.
            compare: Path parameter ``{compare}``.
            raw: Query parameter ``raw``. Server default: ``false``.

        Async: ``await client.datasets.compare(...)`` returns ``str``.

        ``GET /api/datasets/{namespace}/{repo}/compare/{compare}``
        """
        return await self._client._send(_with_options(_repo_ops.compare("datasets", repo_id, compare, raw), extra_headers, extra_query, extra_body, timeout))

    async def create_branch(self, repo_id: str, branch: str, *, starting_point: str | None = UNSET, empty_branch: bool | None = UNSET, overwrite: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Create branch.

        Args:
            repo_id: Repository id, `namespace/name`.
            branch: The branch (``{rev}`` in the path).
            starting_point: The commit to start from.
            empty_branch: Create an empty branch. Server default: ``false``.
            overwrite: Overwrite the branch if it already exists. Server default: ``false``.

        Async: ``await client.datasets.create_branch(...)`` returns ``None``.

        ``POST /api/datasets/{namespace}/{repo}/branch/{rev}``
        """
        return await self._client._send(_with_options(_repo_ops.create_branch("datasets", repo_id, branch, starting_point, empty_branch, overwrite), extra_headers, extra_query, extra_body, timeout))

    async def create_tag(self, repo_id: str, *, revision: str = "main", tag: str | None = UNSET, message: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Create tag.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: The revision ``{rev}`` in the path; ``tag`` is a body field.
            tag: Body field ``tag``.
            message: Body field ``message``.

        Async: ``await client.datasets.create_tag(...)`` returns ``None``.

        ``POST /api/datasets/{namespace}/{repo}/tag/{rev}``
        """
        return await self._client._send(_with_options(_repo_ops.create_tag("datasets", repo_id, revision, tag, message), extra_headers, extra_query, extra_body, timeout))

    async def delete_branch(self, repo_id: str, branch: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete a branch.

        Args:
            repo_id: Repository id, `namespace/name`.
            branch: The branch (``{rev}`` in the path).

        Async: ``await client.datasets.delete_branch(...)`` returns ``None``.

        ``DELETE /api/datasets/{namespace}/{repo}/branch/{rev}``
        """
        return await self._client._send(_with_options(_repo_ops.delete_branch("datasets", repo_id, branch), extra_headers, extra_query, extra_body, timeout))

    async def delete_lfs_file(self, repo_id: str, sha: str, *, rewrite_history: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete Large file.

        Delete a Xet/LFS file

        Args:
            repo_id: Repository id, `namespace/name`.
            sha: Path parameter ``{sha}``.
            rewrite_history: Query parameter ``rewriteHistory``. Server default: ``true``.

        Async: ``await client.datasets.delete_lfs_file(...)`` returns ``None``.

        ``DELETE /api/datasets/{namespace}/{repo}/lfs-files/{sha}``
        """
        return await self._client._send(_with_options(_repo_ops.delete_lfs_file("datasets", repo_id, sha, rewrite_history), extra_headers, extra_query, extra_body, timeout))

    async def delete_lfs_files(self, repo_id: str, *, deletions: Deletions | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete Large files.

        Delete Xet/LFS files in batch

        Args:
            repo_id: Repository id, `namespace/name`.
            deletions: Body field ``deletions``.

        Async: ``await client.datasets.delete_lfs_files(...)`` returns ``None``.

        ``POST /api/datasets/{namespace}/{repo}/lfs-files/batch``
        """
        return await self._client._send(_with_options(_repo_ops.delete_lfs_files("datasets", repo_id, deletions), extra_headers, extra_query, extra_body, timeout))

    async def delete_tag(self, repo_id: str, tag: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete a tag.

        Args:
            repo_id: Repository id, `namespace/name`.
            tag: The tag (``{rev}`` in the path).

        Async: ``await client.datasets.delete_tag(...)`` returns ``None``.

        ``DELETE /api/datasets/{namespace}/{repo}/tag/{rev}``
        """
        return await self._client._send(_with_options(_repo_ops.delete_tag("datasets", repo_id, tag), extra_headers, extra_query, extra_body, timeout))

    async def duplicate_xet_files(self, repo_id: str, *, target: Target | dict[str, Any] | None = UNSET, files: builtins.list[BucketFile] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> DuplicateXetFilesResponse:
        """Duplicate xet files.

        Duplicate xet-stored files from this repo (source) into another repo (target) by xet hash, without re-uploading file bytes. The caller must then commit the files with their sha256/size as usual.

        Args:
            repo_id: Repository id, `namespace/name`.
            target: Body field ``target``.
            files: Body field ``files``.

        Async: ``await client.datasets.duplicate_xet_files(...)`` returns ``DuplicateXetFilesResponse``.

        ``POST /api/datasets/{namespace}/{repo}/lfs-files/duplicate``
        """
        return await self._client._send(_with_options(_repo_ops.duplicate_xet_files("datasets", repo_id, target, files), extra_headers, extra_query, extra_body, timeout))

    async def export_access_report(self, repo_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> str:
        """Export access report.

        Export a report of all access requests for a gated repository

        Args:
            repo_id: Repository id, `namespace/name`.

        Async: ``await client.datasets.export_access_report(...)`` returns ``str``.

        ``GET /datasets/{namespace}/{repo}/user-access-report``
        """
        return await self._client._send(_with_options(_export_access_report(repo_id), extra_headers, extra_query, extra_body, timeout))

    async def get_croissant(self, repo_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> dict[str, Any]:
        """Get Croissant metadata.

        The dataset's Croissant (JSON-LD) metadata; see https://huggingface.co/docs/datasets-server/croissant.

        Args:
            repo_id: Repository id, `namespace/name`.

        Async: ``await client.datasets.get_croissant(...)`` returns ``dict[str, Any]``.

        Described by hfhub (spec/additions), not by the published spec: ``GET /api/datasets/{namespace}/{repo}/croissant``
        """
        return await self._client._send(_with_options(_get_croissant(repo_id), extra_headers, extra_query, extra_body, timeout))

    async def get_folder_size(self, repo_id: str, path: str, *, revision: str = "main", extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetFolderSizeResponse:
        """Get folder size.

        Get the total size of a repository at a given revision, optionally under a specific subpath. Returns the total size in bytes of all files under the specified path (recursively). If a file is stored via Xet/LFS, the LFS file size is used.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            path: Wildcard path parameter.

        Async: ``await client.datasets.get_folder_size(...)`` returns ``GetFolderSizeResponse``.

        ``GET /api/datasets/{namespace}/{repo}/treesize/{rev}/{path}``
        """
        return await self._client._send(_with_options(_repo_ops.get_folder_size("datasets", repo_id, revision, path), extra_headers, extra_query, extra_body, timeout))

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

        Async: ``await client.datasets.get_jwt(...)`` returns ``GetJwtResponse``.

        ``GET /api/datasets/{namespace}/{repo}/jwt``
        """
        return await self._client._send(_with_options(_repo_ops.get_jwt("datasets", repo_id, billing_details, encrypted, expiration, expires_in, include_pro_status, inference_api, write), extra_headers, extra_query, extra_body, timeout))

    async def get_leaderboard(self, repo_id: str, *, base_model: bool | None = UNSET, max_params: str | None = UNSET, task_id: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> builtins.list[GetLeaderboardItem]:
        """Get dataset leaderboard.

        Returns the evaluation results ranked by score for a dataset/task

        Args:
            repo_id: Repository id, `namespace/name`.
            base_model: Query parameter ``base_model``. Server default: ``true``.
            max_params: Query parameter ``max_params``.
            task_id: Query parameter ``task_id``.

        Async: ``await client.datasets.get_leaderboard(...)`` returns ``list[GetLeaderboardItem]``.

        ``GET /api/datasets/{namespace}/{repo}/leaderboard``
        """
        return await self._client._send(_with_options(_get_leaderboard(repo_id, base_model, max_params, task_id), extra_headers, extra_query, extra_body, timeout))

    async def get_notebook_url(self, repo_id: str, path: str, *, revision: str = "main", extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetNotebookUrlResponse:
        """Get notebook URL.

        Get a jupyter notebook URL for the requested file

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            path: Wildcard path parameter.

        Async: ``await client.datasets.get_notebook_url(...)`` returns ``GetNotebookUrlResponse``.

        ``GET /api/datasets/{namespace}/{repo}/notebook/{rev}/{path}``
        """
        return await self._client._send(_with_options(_repo_ops.get_notebook_url("datasets", repo_id, revision, path), extra_headers, extra_query, extra_body, timeout))

    async def get_parquet_shard(self, repo_id: str, subset: str, split: str, n: int, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> bytes:
        """Get a parquet shard.

        The n-th auto-converted parquet shard of a split (the Hub redirects to the file).

        Args:
            repo_id: Repository id, `namespace/name`.
            subset: Subset (also called config) of the dataset.
            split: Split, e.g. `train`.
            n: Shard number, from 0. At least 0.

        Async: ``await client.datasets.get_parquet_shard(...)`` returns ``bytes``.

        Described by hfhub (spec/additions), not by the published spec: ``GET /api/datasets/{namespace}/{repo}/parquet/{subset}/{split}/{n}.parquet``
        """
        return await self._client._send(_with_options(_get_parquet_shard(repo_id, subset, split, n), extra_headers, extra_query, extra_body, timeout))

    async def get_paths_info(self, repo_id: str, *, revision: str = "main", paths: builtins.list[str] | str | None = UNSET, expand: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> builtins.list[DatasetGetPathsInfoItem]:
        """List paths info.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            paths: Body field ``paths``.
            expand: Expand the response with the last commit and security file status.

        Async: ``await client.datasets.get_paths_info(...)`` returns ``list[DatasetGetPathsInfoItem]``.

        ``POST /api/datasets/{namespace}/{repo}/paths-info/{rev}``
        """
        return await self._client._send(_with_options(_repo_ops.get_paths_info("datasets", repo_id, revision, paths, expand), extra_headers, extra_query, extra_body, timeout))

    async def get_resource_group(self, repo_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ResourceGroupSummary:
        """Get resource group.

        Args:
            repo_id: Repository id, `namespace/name`.

        Async: ``await client.datasets.get_resource_group(...)`` returns ``ResourceGroupSummary``.

        ``GET /api/datasets/{namespace}/{repo}/resource-group``
        """
        return await self._client._send(_with_options(_repo_ops.get_resource_group("datasets", repo_id), extra_headers, extra_query, extra_body, timeout))

    async def get_security_status(self, repo_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetSecurityStatusResponse:
        """Get security status.

        Get the security status of a repo

        Args:
            repo_id: Repository id, `namespace/name`.

        Async: ``await client.datasets.get_security_status(...)`` returns ``GetSecurityStatusResponse``.

        ``GET /api/datasets/{namespace}/{repo}/scan``
        """
        return await self._client._send(_with_options(_repo_ops.get_security_status("datasets", repo_id), extra_headers, extra_query, extra_body, timeout))

    async def get_xet_read_token(self, repo_id: str, *, revision: str = "main", extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetXetReadTokenResponse:
        """Xet read token.

        Get a read short-lived access token for XET

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).

        Async: ``await client.datasets.get_xet_read_token(...)`` returns ``GetXetReadTokenResponse``.

        ``GET /api/datasets/{namespace}/{repo}/xet-read-token/{rev}``
        """
        return await self._client._send(_with_options(_repo_ops.get_xet_read_token("datasets", repo_id, revision), extra_headers, extra_query, extra_body, timeout))

    async def get_xet_write_token(self, repo_id: str, *, revision: str = "main", extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetXetReadTokenResponse:
        """Xet write token.

        Get a write short-lived access token for XET upload

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).

        Async: ``await client.datasets.get_xet_write_token(...)`` returns ``GetXetReadTokenResponse``.

        ``GET /api/datasets/{namespace}/{repo}/xet-write-token/{rev}``
        """
        return await self._client._send(_with_options(_repo_ops.get_xet_write_token("datasets", repo_id, revision), extra_headers, extra_query, extra_body, timeout))

    async def grant_access(self, repo_id: str, *, user_id: str | None = UNSET, user: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Grant access.

        Grant access to a user for a gated repository

        Args:
            repo_id: Repository id, `namespace/name`.
            user_id: Body field ``userId``. Exactly 24 characters. Matches ``^[0-9a-f]{24}$``.
            user: Body field ``user``.

        Async: ``await client.datasets.grant_access(...)`` returns ``None``.

        ``POST /api/datasets/{namespace}/{repo}/user-access-request/grant``
        """
        return await self._client._send(_with_options(_repo_ops.grant_access("datasets", repo_id, user_id, user), extra_headers, extra_query, extra_body, timeout))

    async def handle_access_request(self, repo_id: str, *, user_id: str | None = UNSET, user: str | None = UNSET, status: Literal["accepted", "rejected", "pending"] | str | None = UNSET, rejection_reason: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Handle access request.

        Handle a user's access request to a gated repository

        Args:
            repo_id: Repository id, `namespace/name`.
            user_id: Either userId or user must be provided. Exactly 24 characters. Matches ``^[0-9a-f]{24}$``.
            user: Either userId or user must be provided.
            status: Body field ``status``. One of ``"accepted"``, ``"rejected"``, ``"pending"``.
            rejection_reason: Body field ``rejectionReason``. At most 200 characters.

        Async: ``await client.datasets.handle_access_request(...)`` returns ``None``.

        ``POST /api/datasets/{namespace}/{repo}/user-access-request/handle``
        """
        return await self._client._send(_with_options(_repo_ops.handle_access_request("datasets", repo_id, user_id, user, status, rejection_reason), extra_headers, extra_query, extra_body, timeout))

    async def handle_access_requests(self, repo_id: str, *, status: Literal["accepted", "rejected", "pending"] | str | None = UNSET, rejection_reason: str | None = UNSET, requests: builtins.list[DatasetRequest] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> builtins.list[HandleAccessRequestsItem]:
        """Batch handle access requests.

        Accept, reject or reset to pending up to 100 access requests for a single gated repository in one call. The same `status` (and optional `rejectionReason`) is applied to every request in the list.

        Args:
            repo_id: Repository id, `namespace/name`.
            status: Body field ``status``. One of ``"accepted"``, ``"rejected"``, ``"pending"``.
            rejection_reason: Body field ``rejectionReason``. At most 200 characters.
            requests: Body field ``requests``.

        Async: ``await client.datasets.handle_access_requests(...)`` returns ``list[HandleAccessRequestsItem]``.

        ``POST /api/datasets/{namespace}/{repo}/user-access-request/batch``
        """
        return await self._client._send(_with_options(_repo_ops.handle_access_requests("datasets", repo_id, status, rejection_reason, requests), extra_headers, extra_query, extra_body, timeout))

    async def info(self, repo_id: str, *, blobs: bool | None = UNSET, expand: builtins.list[str] | None = UNSET, full: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> DatasetInfo:
        """Get dataset info.

        Args:
            repo_id: Repository id, `namespace/name`.
            blobs: Return size, blob id and LFS metadata of each file.
            expand: Properties to return (replaces the default set). Each one of ``"author"``, ``"cardData"``, ``"citation"``, ``"createdAt"``, ``"description"``, ``"disabled"``, ``"downloads"``, ``"downloadsAllTime"``, ``"gated"``, ``"lastModified"``, ``"likes"``, ``"mainSize"``.
            full: Return every property the Hub holds for the repository (as huggingface_hub sends it).

        Async: ``await client.datasets.info(...)`` returns ``DatasetInfo``.

        Described by hfhub (spec/additions), not by the published spec: ``GET /api/datasets/{namespace}/{repo}``
        """
        return await self._client._send(_with_options(_info(repo_id, blobs, expand, full), extra_headers, extra_query, extra_body, timeout))

    async def info_at_revision(self, repo_id: str, *, revision: str = "main", blobs: bool | None = UNSET, expand: builtins.list[str] | None = UNSET, full: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> DatasetInfo:
        """Get dataset info at a revision.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: Revision: a branch, tag or commit sha.
            blobs: Return size, blob id and LFS metadata of each file.
            expand: Properties to return (replaces the default set). Each one of ``"author"``, ``"cardData"``, ``"citation"``, ``"createdAt"``, ``"description"``, ``"disabled"``, ``"downloads"``, ``"downloadsAllTime"``, ``"gated"``, ``"lastModified"``, ``"likes"``, ``"mainSize"``.
            full: Return every property the Hub holds for the repository (as huggingface_hub sends it).

        Async: ``await client.datasets.info_at_revision(...)`` returns ``DatasetInfo``.

        Described by hfhub (spec/additions), not by the published spec: ``GET /api/datasets/{namespace}/{repo}/revision/{rev}``
        """
        return await self._client._send(_with_options(_info_at_revision(repo_id, revision, blobs, expand, full), extra_headers, extra_query, extra_body, timeout))

    def list(self, *, author: str | None = UNSET, config: bool | None = UNSET, direction: Literal[-1, 1] | int | None = UNSET, expand: builtins.list[str] | None = UNSET, filter: builtins.list[str] | None = UNSET, full: bool | None = UNSET, gated: bool | None = UNSET, limit: int | None = UNSET, search: str | None = UNSET, sort: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> AsyncPaginator[DatasetInfo]:
        """List datasets.

        Lists datasets on the Hub, paginated with `Link: rel="next"` headers.

        Args:
            author: Owner: a user or an organization.
            config: Return the repository configuration too.
            direction: `-1` for descending order. One of ``-1``, ``1``.
            expand: Properties to return (replaces the default set). Each one of ``"author"``, ``"cardData"``, ``"citation"``, ``"createdAt"``, ``"description"``, ``"disabled"``, ``"downloads"``, ``"downloadsAllTime"``, ``"gated"``, ``"lastModified"``, ``"likes"``, ``"mainSize"``.
            filter: Tags to filter on, e.g. `text-classification` or `license:mit`.
            full: Return most of the repository data (all tags, files...).
            gated: Only gated (or only non-gated) datasets.
            limit: At most this many repositories in all (and per page). At least 1.
            search: Substring of the repository id or its owner's name.
            sort: Property to sort on: `downloads`, `likes`, `trendingScore`, `createdAt`, `lastModified`...

        Async: returns an ``AsyncPaginator[DatasetInfo]`` at once, without ``await``: ``async for item in client.datasets.list(...)``.

        Described by hfhub (spec/additions), not by the published spec: ``GET /api/datasets``
        """
        return self._client._paginate(_with_options(_list(author, config, direction, expand, filter, full, gated, limit, search, sort), extra_headers, extra_query, extra_body, timeout))

    def list_access_requests(self, repo_id: str, status: Literal["pending", "accepted", "rejected"] | str, *, after: datetime | None = UNSET, before: datetime | None = UNSET, limit: int | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> AsyncPaginator[AccessRequest]:
        """List access requests.

        List access requests for a gated repository

        Args:
            repo_id: Repository id, `namespace/name`.
            status: Path parameter ``{status}``. One of ``"pending"``, ``"accepted"``, ``"rejected"``.
            after: Query parameter ``after``. A date and time (ISO 8601).
            before: Query parameter ``before``. A date and time (ISO 8601).
            limit: Query parameter ``limit``. From 10 to 1000. Server default: ``1000``.

        Async: returns an ``AsyncPaginator[AccessRequest]`` at once, without ``await``: ``async for item in client.datasets.list_access_requests(...)``.

        ``GET /api/datasets/{namespace}/{repo}/user-access-request/{status}``
        """
        return self._client._paginate(_with_options(_repo_ops.list_access_requests("datasets", repo_id, status, after, before, limit), extra_headers, extra_query, extra_body, timeout))

    def list_commits(self, repo_id: str, *, revision: str = "main", expand: builtins.list[Literal["formatted"] | str] | None = UNSET, limit: int | None = UNSET, p: int | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> AsyncPaginator[Commit]:
        """List commits.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            expand: Query parameter ``expand``. Each one of ``"formatted"``.
            limit: Query parameter ``limit``. From 1 to 1000. Server default: ``50``.
            p: Query parameter ``p``. Server default: ``0``.

        Async: returns an ``AsyncPaginator[Commit]`` at once, without ``await``: ``async for item in client.datasets.list_commits(...)``.

        ``GET /api/datasets/{namespace}/{repo}/commits/{rev}``
        """
        return self._client._paginate(_with_options(_repo_ops.list_commits("datasets", repo_id, revision, expand, limit, p), extra_headers, extra_query, extra_body, timeout))

    def list_lfs_files(self, repo_id: str, *, cursor: str | None = UNSET, limit: int | None = UNSET, xet: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> AsyncPaginator[LfsFile]:
        """List Large files.

        List Xet/LFS files for a repo

        Args:
            repo_id: Repository id, `namespace/name`.
            cursor: Query parameter ``cursor``.
            limit: Query parameter ``limit``. From 1 to 1000. Server default: ``1000``.
            xet: Query parameter ``xet``.

        Async: returns an ``AsyncPaginator[LfsFile]`` at once, without ``await``: ``async for item in client.datasets.list_lfs_files(...)``.

        ``GET /api/datasets/{namespace}/{repo}/lfs-files``
        """
        return self._client._paginate(_with_options(_repo_ops.list_lfs_files("datasets", repo_id, cursor, limit, xet), extra_headers, extra_query, extra_body, timeout))

    async def list_parquet_files(self, repo_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> dict[str, dict[str, builtins.list[str]]]:
        """List parquet files.

        URLs of the auto-converted parquet files, by subset and split.

        Args:
            repo_id: Repository id, `namespace/name`.

        Async: ``await client.datasets.list_parquet_files(...)`` returns ``dict[str, dict[str, list[str]]]``.

        Described by hfhub (spec/additions), not by the published spec: ``GET /api/datasets/{namespace}/{repo}/parquet``
        """
        return await self._client._send(_with_options(_list_parquet_files(repo_id), extra_headers, extra_query, extra_body, timeout))

    async def list_refs(self, repo_id: str, *, include_prs: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ListRefsResponse:
        """List references.

        Args:
            repo_id: Repository id, `namespace/name`.
            include_prs: Query parameter ``include_prs``. Server default: ``false``.

        Async: ``await client.datasets.list_refs(...)`` returns ``ListRefsResponse``.

        ``GET /api/datasets/{namespace}/{repo}/refs``
        """
        return await self._client._send(_with_options(_repo_ops.list_refs("datasets", repo_id, include_prs), extra_headers, extra_query, extra_body, timeout))

    async def list_split_parquet_files(self, repo_id: str, subset: str, split: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> builtins.list[str]:
        """List parquet files of a split.

        Args:
            repo_id: Repository id, `namespace/name`.
            subset: Subset (also called config) of the dataset.
            split: Split, e.g. `train`.

        Async: ``await client.datasets.list_split_parquet_files(...)`` returns ``list[str]``.

        Described by hfhub (spec/additions), not by the published spec: ``GET /api/datasets/{namespace}/{repo}/parquet/{subset}/{split}``
        """
        return await self._client._send(_with_options(_list_split_parquet_files(repo_id, subset, split), extra_headers, extra_query, extra_body, timeout))

    async def list_subset_parquet_files(self, repo_id: str, subset: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> dict[str, builtins.list[str]]:
        """List parquet files of a subset.

        Args:
            repo_id: Repository id, `namespace/name`.
            subset: Subset (also called config) of the dataset.

        Async: ``await client.datasets.list_subset_parquet_files(...)`` returns ``dict[str, list[str]]``.

        Described by hfhub (spec/additions), not by the published spec: ``GET /api/datasets/{namespace}/{repo}/parquet/{subset}``
        """
        return await self._client._send(_with_options(_list_subset_parquet_files(repo_id, subset), extra_headers, extra_query, extra_body, timeout))

    async def list_tags_by_type(self, *, type: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> dict[str, builtins.list[ListTagsByTypeResponseValueItem]]:
        """Get dataset tags.

        Get all possible tags used for datasets, grouped by tag type. Optionally restrict to only one tag type

        Args:
            type: Query parameter ``type``. One of ``"benchmark"``, ``"task_categories"``, ``"size_categories"``, ``"modality"``, ``"format"``, ``"library"``, ``"language"``, ``"license"``, ``"arxiv"``, ``"doi"``, ``"region"``, ``"other"``, ....

        Async: ``await client.datasets.list_tags_by_type(...)`` returns ``dict[str, list[ListTagsByTypeResponseValueItem]]``.

        ``GET /api/datasets-tags-by-type``
        """
        return await self._client._send(_with_options(_list_tags_by_type(type), extra_headers, extra_query, extra_body, timeout))

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

        Async: returns an ``AsyncPaginator[Tree]`` at once, without ``await``: ``async for item in client.datasets.list_tree(...)``.

        ``GET /api/datasets/{namespace}/{repo}/tree/{rev}/{path}``
        """
        return self._client._paginate(_with_options(_repo_ops.list_tree("datasets", repo_id, revision, path, cursor, expand, limit, recursive), extra_headers, extra_query, extra_body, timeout))

    async def preupload(self, repo_id: str, *, revision: str = "main", files: builtins.list[DatasetFile] | dict[str, Any] | None = UNSET, git_attributes: str | None = UNSET, git_ignore: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> PreuploadResponse:
        """Check upload method.

        Check if a file should be uploaded through the Large File mechanism or directly.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            files: Body field ``files``.
            git_attributes: Provide this parameter if you plan to modify `.gitattributes` yourself at the same time as uploading LFS files. Note that this is not needed if you solely rely on automatic LFS detection from HF: the commit endpoint will automatically edit the `.gitattributes` file to track the files passed to its `lfsFiles` param.
            git_ignore: Content of the .gitignore file for the revision. Optional, otherwise takes the existing content of `.gitignore` for the revision.

        Async: ``await client.datasets.preupload(...)`` returns ``PreuploadResponse``.

        ``POST /api/datasets/{namespace}/{repo}/preupload/{rev}``
        """
        return await self._client._send(_with_options(_repo_ops.preupload("datasets", repo_id, revision, files, git_attributes, git_ignore), extra_headers, extra_query, extra_body, timeout))

    async def request_access(self, repo_id: str, *, body: dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Request access.

        Request access to a gated repository. The fields requested by repository card metadata (https://huggingface.co/docs/hub/en/models-gated#customize-requested-information)

        Args:
            repo_id: Repository id, `namespace/name`.
            body: The JSON body of the request.

        Async: ``await client.datasets.request_access(...)`` returns ``None``.

        ``POST /datasets/{namespace}/{repo}/ask-access``
        """
        return await self._client._send(_with_options(_request_access(repo_id, body), extra_headers, extra_query, extra_body, timeout))

    async def resolve(self, repo_id: str, path: str, *, revision: str = "main", range: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> bytes:
        """Resolve a file.

        This endpoint requires to follow redirection

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            path: Wildcard path parameter.
            range: The range in bytes of the file to download.

        Async: ``await client.datasets.resolve(...)`` returns ``bytes``.

        ``GET /datasets/{namespace}/{repo}/resolve/{rev}/{path}``
        """
        return await self._client._send(_with_options(_repo_ops.resolve("datasets", repo_id, revision, path, range), extra_headers, extra_query, extra_body, timeout))

    async def resolve_cached(self, repo_id: str, path: str, *, revision: str = "main", range: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> bytes:
        """Resolve a file.

        This endpoint requires to follow redirection

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            path: Wildcard path parameter.
            range: The range in bytes of the file to download.

        Async: ``await client.datasets.resolve_cached(...)`` returns ``bytes``.

        ``GET /api/resolve-cache/datasets/{namespace}/{repo}/{rev}/{path}``
        """
        return await self._client._send(_with_options(_repo_ops.resolve_cached("datasets", repo_id, revision, path, range), extra_headers, extra_query, extra_body, timeout))

    async def set_resource_group(self, repo_id: str, *, resource_group_id: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> SetResourceGroupResponse:
        """Add resource group.

        Add the repository to a resource group

        Args:
            repo_id: Repository id, `namespace/name`.
            resource_group_id: The resource group to add the repository to, if null, the repository will be removed from the resource group.

        Async: ``await client.datasets.set_resource_group(...)`` returns ``SetResourceGroupResponse``.

        ``POST /api/datasets/{namespace}/{repo}/resource-group``
        """
        return await self._client._send(_with_options(_repo_ops.set_resource_group("datasets", repo_id, resource_group_id), extra_headers, extra_query, extra_body, timeout))

    async def super_squash(self, repo_id: str, *, revision: str = "main", message: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> SuperSquashResponse:
        """Squash ref.

        Squash all commits in the current ref into a single commit with the given message. Action is irreversible.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            message: Body field ``message``. At most 500 characters.

        Async: ``await client.datasets.super_squash(...)`` returns ``SuperSquashResponse``.

        ``POST /api/datasets/{namespace}/{repo}/super-squash/{rev}``
        """
        return await self._client._send(_with_options(_repo_ops.super_squash("datasets", repo_id, revision, message), extra_headers, extra_query, extra_body, timeout))

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

        Async: ``await client.datasets.update_settings(...)`` returns ``DatasetUpdateSettingsResponse``.

        ``PUT /api/datasets/{namespace}/{repo}/settings``
        """
        return await self._client._send(_with_options(_repo_ops.update_settings("datasets", repo_id, private, visibility, discussions_disabled, discussions_sorting, gated, org_members_gated, gated_notifications_email, gated_notifications_mode), extra_headers, extra_query, extra_body, timeout))


if TYPE_CHECKING:
    from .._raw_response import async_raw, raw

    class DatasetsResourceWithRawResponse:
        """``client.with_raw_response.<resource>``: each method answering a ``RawResponse`` (declared for checkers)."""

        cancel_access_request = raw(DatasetsResource.cancel_access_request)
        commit = raw(DatasetsResource.commit)
        compare = raw(DatasetsResource.compare)
        create_branch = raw(DatasetsResource.create_branch)
        create_tag = raw(DatasetsResource.create_tag)
        delete_branch = raw(DatasetsResource.delete_branch)
        delete_lfs_file = raw(DatasetsResource.delete_lfs_file)
        delete_lfs_files = raw(DatasetsResource.delete_lfs_files)
        delete_tag = raw(DatasetsResource.delete_tag)
        duplicate_xet_files = raw(DatasetsResource.duplicate_xet_files)
        export_access_report = raw(DatasetsResource.export_access_report)
        get_croissant = raw(DatasetsResource.get_croissant)
        get_folder_size = raw(DatasetsResource.get_folder_size)
        get_jwt = raw(DatasetsResource.get_jwt)
        get_leaderboard = raw(DatasetsResource.get_leaderboard)
        get_notebook_url = raw(DatasetsResource.get_notebook_url)
        get_parquet_shard = raw(DatasetsResource.get_parquet_shard)
        get_paths_info = raw(DatasetsResource.get_paths_info)
        get_resource_group = raw(DatasetsResource.get_resource_group)
        get_security_status = raw(DatasetsResource.get_security_status)
        get_xet_read_token = raw(DatasetsResource.get_xet_read_token)
        get_xet_write_token = raw(DatasetsResource.get_xet_write_token)
        grant_access = raw(DatasetsResource.grant_access)
        handle_access_request = raw(DatasetsResource.handle_access_request)
        handle_access_requests = raw(DatasetsResource.handle_access_requests)
        info = raw(DatasetsResource.info)
        info_at_revision = raw(DatasetsResource.info_at_revision)
        list = raw(DatasetsResource.list)
        list_access_requests = raw(DatasetsResource.list_access_requests)
        list_commits = raw(DatasetsResource.list_commits)
        list_lfs_files = raw(DatasetsResource.list_lfs_files)
        list_parquet_files = raw(DatasetsResource.list_parquet_files)
        list_refs = raw(DatasetsResource.list_refs)
        list_split_parquet_files = raw(DatasetsResource.list_split_parquet_files)
        list_subset_parquet_files = raw(DatasetsResource.list_subset_parquet_files)
        list_tags_by_type = raw(DatasetsResource.list_tags_by_type)
        list_tree = raw(DatasetsResource.list_tree)
        preupload = raw(DatasetsResource.preupload)
        request_access = raw(DatasetsResource.request_access)
        resolve = raw(DatasetsResource.resolve)
        resolve_cached = raw(DatasetsResource.resolve_cached)
        set_resource_group = raw(DatasetsResource.set_resource_group)
        super_squash = raw(DatasetsResource.super_squash)
        update_settings = raw(DatasetsResource.update_settings)

    class AsyncDatasetsResourceWithRawResponse:
        """``client.with_raw_response.<resource>`` of the async client (declared for checkers)."""

        cancel_access_request = async_raw(AsyncDatasetsResource.cancel_access_request)
        commit = async_raw(AsyncDatasetsResource.commit)
        compare = async_raw(AsyncDatasetsResource.compare)
        create_branch = async_raw(AsyncDatasetsResource.create_branch)
        create_tag = async_raw(AsyncDatasetsResource.create_tag)
        delete_branch = async_raw(AsyncDatasetsResource.delete_branch)
        delete_lfs_file = async_raw(AsyncDatasetsResource.delete_lfs_file)
        delete_lfs_files = async_raw(AsyncDatasetsResource.delete_lfs_files)
        delete_tag = async_raw(AsyncDatasetsResource.delete_tag)
        duplicate_xet_files = async_raw(AsyncDatasetsResource.duplicate_xet_files)
        export_access_report = async_raw(AsyncDatasetsResource.export_access_report)
        get_croissant = async_raw(AsyncDatasetsResource.get_croissant)
        get_folder_size = async_raw(AsyncDatasetsResource.get_folder_size)
        get_jwt = async_raw(AsyncDatasetsResource.get_jwt)
        get_leaderboard = async_raw(AsyncDatasetsResource.get_leaderboard)
        get_notebook_url = async_raw(AsyncDatasetsResource.get_notebook_url)
        get_parquet_shard = async_raw(AsyncDatasetsResource.get_parquet_shard)
        get_paths_info = async_raw(AsyncDatasetsResource.get_paths_info)
        get_resource_group = async_raw(AsyncDatasetsResource.get_resource_group)
        get_security_status = async_raw(AsyncDatasetsResource.get_security_status)
        get_xet_read_token = async_raw(AsyncDatasetsResource.get_xet_read_token)
        get_xet_write_token = async_raw(AsyncDatasetsResource.get_xet_write_token)
        grant_access = async_raw(AsyncDatasetsResource.grant_access)
        handle_access_request = async_raw(AsyncDatasetsResource.handle_access_request)
        handle_access_requests = async_raw(AsyncDatasetsResource.handle_access_requests)
        info = async_raw(AsyncDatasetsResource.info)
        info_at_revision = async_raw(AsyncDatasetsResource.info_at_revision)
        list = async_raw(AsyncDatasetsResource.list)
        list_access_requests = async_raw(AsyncDatasetsResource.list_access_requests)
        list_commits = async_raw(AsyncDatasetsResource.list_commits)
        list_lfs_files = async_raw(AsyncDatasetsResource.list_lfs_files)
        list_parquet_files = async_raw(AsyncDatasetsResource.list_parquet_files)
        list_refs = async_raw(AsyncDatasetsResource.list_refs)
        list_split_parquet_files = async_raw(AsyncDatasetsResource.list_split_parquet_files)
        list_subset_parquet_files = async_raw(AsyncDatasetsResource.list_subset_parquet_files)
        list_tags_by_type = async_raw(AsyncDatasetsResource.list_tags_by_type)
        list_tree = async_raw(AsyncDatasetsResource.list_tree)
        preupload = async_raw(AsyncDatasetsResource.preupload)
        request_access = async_raw(AsyncDatasetsResource.request_access)
        resolve = async_raw(AsyncDatasetsResource.resolve)
        resolve_cached = async_raw(AsyncDatasetsResource.resolve_cached)
        set_resource_group = async_raw(AsyncDatasetsResource.set_resource_group)
        super_squash = async_raw(AsyncDatasetsResource.super_squash)
        update_settings = async_raw(AsyncDatasetsResource.update_settings)
