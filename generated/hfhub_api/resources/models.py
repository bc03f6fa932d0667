"""Operations on models.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

import builtins
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._client_base import AsyncResource, Resource
from .._pagination import AsyncPaginator, Paginator
from .._request import Request, Timeout
from .._request import file_path as _file
from .._request import query as _q
from .._request import repo_segments as _repo
from .._request import segment as _seg
from .._request import with_options as _with_options
from .._types import UNSET, DictOf, ListOf
from . import _repo_ops
from ..models._models import ModelInfo, ModelListTagsByTypeResponseValueItem
from ..models._shared import AccessRequest, BucketFile, Commit, CommitResponse, DatasetFile, DatasetGetPathsInfoItem, DatasetRequest, DatasetUpdateSettingsResponse, Deletions, DuplicateXetFilesResponse, GetFolderSizeResponse, GetJwtResponse, GetNotebookUrlResponse, GetSecurityStatusResponse, GetXetReadTokenResponse, HandleAccessRequestsItem, LfsFile, ListRefsResponse, PreuploadResponse, ResourceGroupSummary, SetResourceGroupResponse, SuperSquashResponse, Target, Tree


def _export_access_report(repo_id: str) -> Request[str]:
    return Request("GET", f"/{_repo(repo_id, 'models')}/user-access-report")


def _info(repo_id: str, blobs: bool | None, expand: list[str] | None, full: bool | None, security_status: bool | None) -> Request[ModelInfo]:
    return Request(
        "GET",
        f"/api/models/{_repo(repo_id, 'models')}",
        params=_q({"blobs": blobs, "expand": expand, "full": full, "securityStatus": security_status}),
        convert=ModelInfo,
    )


def _info_at_revision(repo_id: str, revision: str, blobs: bool | None, expand: list[str] | None, full: bool | None, security_status: bool | None) -> Request[ModelInfo]:
    return Request(
        "GET",
        f"/api/models/{_repo(repo_id, 'models')}/revision/{_seg(revision, 'revision')}",
        params=_q({"blobs": blobs, "expand": expand, "full": full, "securityStatus": security_status}),
        convert=ModelInfo,
    )


def _list(author: str | None, card_data: bool | None, config: bool | None, direction: Literal[-1, 1] | int | None, expand: list[str] | None, filter: list[str] | None, full: bool | None, gated: bool | None, inference_provider: str | None, language: str | None, library: str | None, limit: int | None, pipeline_tag: str | None, search: str | None, sort: str | None) -> Request[ModelInfo]:
    return Request(
        "GET",
        "/api/models",
        params=_q({"author": author, "cardData": card_data, "config": config, "direction": direction, "expand": expand, "filter": filter, "full": full, "gated": gated, "inference_provider": inference_provider, "language": language, "library": library, "limit": limit, "pipeline_tag": pipeline_tag, "search": search, "sort": sort}),
        convert=ModelInfo,
        paginated=True,
    )


def _list_tags_by_type(type: Literal["pipeline_tag", "library", "dataset", "bucket", "language", "license", "arxiv", "doi", "region", "deploy", "other"] | str | None) -> Request[dict[str, list[ModelListTagsByTypeResponseValueItem]]]:
    return Request(
        "GET",
        "/api/models-tags-by-type",
        params=_q({"type": type}),
        convert=DictOf(ListOf(ModelListTagsByTypeResponseValueItem)),
    )


def _request_access(repo_id: str, body: dict[str, Any] | None) -> Request[None]:
    return Request("POST", f"/{_repo(repo_id, 'models')}/ask-access", json=body, kind="empty")


def _resolve(repo_id: str, revision: str, path: str, range: str | None) -> Request[bytes]:
    return Request(
        "GET",
        f"/{_repo(repo_id, 'models')}/resolve/{_seg(revision, 'revision')}/{_file(path, 'path')}",
        headers=_q({"Range": range}),
        kind="binary",
    )


class ModelsResource(Resource):
    """Operations on models."""

    __slots__ = ()


    def cancel_access_request(self, repo_id: str, *, body: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Cancel access request.

        Cancel the current user's access request to a gated repository

        Args:
            repo_id: Repository id, `namespace/name`.
            body: Request body, sent as JSON (the published spec does not describe it).

        ``POST /api/models/{namespace}/{repo}/user-access-request/cancel``
        """
        return self._client._send(_with_options(_repo_ops.cancel_access_request("models", repo_id, body), extra_headers, extra_query, extra_body, timeout))

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

        ``POST /api/models/{namespace}/{repo}/commit/{rev}``
        """
        return self._client._send(_with_options(_repo_ops.commit("models", repo_id, revision, content_type, create_pr, hot_reload, body), extra_headers, extra_query, extra_body, timeout))

    def compare(self, repo_id: str, compare: str, *, raw: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> str:
        """Get a compare rev.

        Args:
            repo_id: Repository id, `namespace/name`.
            compare: Path parameter ``{compare}``.
            raw: Query parameter ``raw``. Server default: ``false``.

        ``GET /api/models/{namespace}/{repo}/compare/{compare}``
        """
        return self._client._send(_with_options(_repo_ops.compare("models", repo_id, compare, raw), extra_headers, extra_query, extra_body, timeout))

    def create_branch(self, repo_id: str, branch: str, *, starting_point: str | None = UNSET, empty_branch: bool | None = UNSET, overwrite: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Create branch.

        Args:
            repo_id: Repository id, `namespace/name`.
            branch: The branch (``{rev}`` in the path).
            starting_point: The commit to start from.
            empty_branch: Create an empty branch. Server default: ``false``.
            overwrite: Overwrite the branch if it already exists. Server default: ``false``.

        ``POST /api/models/{namespace}/{repo}/branch/{rev}``
        """
        return self._client._send(_with_options(_repo_ops.create_branch("models", repo_id, branch, starting_point, empty_branch, overwrite), extra_headers, extra_query, extra_body, timeout))

    def create_tag(self, repo_id: str, *, revision: str = "main", tag: str | None = UNSET, message: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Create tag.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: The revision ``{rev}`` in the path; ``tag`` is a body field.
            tag: Body field ``tag``.
            message: Body field ``message``.

        ``POST /api/models/{namespace}/{repo}/tag/{rev}``
        """
        return self._client._send(_with_options(_repo_ops.create_tag("models", repo_id, revision, tag, message), extra_headers, extra_query, extra_body, timeout))

    def delete_branch(self, repo_id: str, branch: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete a branch.

        Args:
            repo_id: Repository id, `namespace/name`.
            branch: The branch (``{rev}`` in the path).

        ``DELETE /api/models/{namespace}/{repo}/branch/{rev}``
        """
        return self._client._send(_with_options(_repo_ops.delete_branch("models", repo_id, branch), extra_headers, extra_query, extra_body, timeout))

    def delete_lfs_file(self, repo_id: str, sha: str, *, rewrite_history: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete Large file.

        Delete a Xet/LFS file

        Args:
            repo_id: Repository id, `namespace/name`.
            sha: Path parameter ``{sha}``.
            rewrite_history: Query parameter ``rewriteHistory``. Server default: ``true``.

        ``DELETE /api/models/{namespace}/{repo}/lfs-files/{sha}``
        """
        return self._client._send(_with_options(_repo_ops.delete_lfs_file("models", repo_id, sha, rewrite_history), extra_headers, extra_query, extra_body, timeout))

    def delete_lfs_files(self, repo_id: str, *, deletions: Deletions | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete Large files.

        Delete Xet/LFS files in batch

        Args:
            repo_id: Repository id, `namespace/name`.
            deletions: Body field ``deletions``.

        ``POST /api/models/{namespace}/{repo}/lfs-files/batch``
        """
        return self._client._send(_with_options(_repo_ops.delete_lfs_files("models", repo_id, deletions), extra_headers, extra_query, extra_body, timeout))

    def delete_tag(self, repo_id: str, tag: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete a tag.

        Args:
            repo_id: Repository id, `namespace/name`.
            tag: The tag (``{rev}`` in the path).

        ``DELETE /api/models/{namespace}/{repo}/tag/{rev}``
        """
        return self._client._send(_with_options(_repo_ops.delete_tag("models", repo_id, tag), extra_headers, extra_query, extra_body, timeout))

    def duplicate_xet_files(self, repo_id: str, *, target: Target | dict[str, Any] | None = UNSET, files: builtins.list[BucketFile] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> DuplicateXetFilesResponse:
        """Duplicate xet files.

        Duplicate xet-stored files from this repo (source) into another repo (target) by xet hash, without re-uploading file bytes. The caller must then commit the files with their sha256/size as usual.

        Args:
            repo_id: Repository id, `namespace/name`.
            target: Body field ``target``.
            files: Body field ``files``.

        ``POST /api/models/{namespace}/{repo}/lfs-files/duplicate``
        """
        return self._client._send(_with_options(_repo_ops.duplicate_xet_files("models", repo_id, target, files), extra_headers, extra_query, extra_body, timeout))

    def export_access_report(self, repo_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> str:
        """Export access report.

        Export a report of all access requests for a gated repository

        Args:
            repo_id: Repository id, `namespace/name`.

        ``GET /{namespace}/{repo}/user-access-report``
        """
        return self._client._send(_with_options(_export_access_report(repo_id), extra_headers, extra_query, extra_body, timeout))

    def get_folder_size(self, repo_id: str, path: str, *, revision: str = "main", extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetFolderSizeResponse:
        """Get folder size.

        Get the total size of a repository at a given revision, optionally under a specific subpath. Returns the total size in bytes of all files under the specified path (recursively). If a file is stored via Xet/LFS, the LFS file size is used.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            path: Wildcard path parameter.

        ``GET /api/models/{namespace}/{repo}/treesize/{rev}/{path}``
        """
        return self._client._send(_with_options(_repo_ops.get_folder_size("models", repo_id, revision, path), extra_headers, extra_query, extra_body, timeout))

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

        ``GET /api/models/{namespace}/{repo}/jwt``
        """
        return self._client._send(_with_options(_repo_ops.get_jwt("models", repo_id, billing_details, encrypted, expiration, expires_in, include_pro_status, inference_api, write), extra_headers, extra_query, extra_body, timeout))

    def get_notebook_url(self, repo_id: str, path: str, *, revision: str = "main", extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetNotebookUrlResponse:
        """Get notebook URL.

        Get a jupyter notebook URL for the requested file

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            path: Wildcard path parameter.

        ``GET /api/models/{namespace}/{repo}/notebook/{rev}/{path}``
        """
        return self._client._send(_with_options(_repo_ops.get_notebook_url("models", repo_id, revision, path), extra_headers, extra_query, extra_body, timeout))

    def get_paths_info(self, repo_id: str, *, revision: str = "main", paths: builtins.list[str] | str | None = UNSET, expand: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> builtins.list[DatasetGetPathsInfoItem]:
        """List paths info.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            paths: Body field ``paths``.
            expand: Expand the response with the last commit and security file status.

        ``POST /api/models/{namespace}/{repo}/paths-info/{rev}``
        """
        return self._client._send(_with_options(_repo_ops.get_paths_info("models", repo_id, revision, paths, expand), extra_headers, extra_query, extra_body, timeout))

    def get_resource_group(self, repo_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ResourceGroupSummary:
        """Get resource group.

        Args:
            repo_id: Repository id, `namespace/name`.

        ``GET /api/models/{namespace}/{repo}/resource-group``
        """
        return self._client._send(_with_options(_repo_ops.get_resource_group("models", repo_id), extra_headers, extra_query, extra_body, timeout))

    def get_security_status(self, repo_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetSecurityStatusResponse:
        """Get security status.

        Get the security status of a repo

        Args:
            repo_id: Repository id, `namespace/name`.

        ``GET /api/models/{namespace}/{repo}/scan``
        """
        return self._client._send(_with_options(_repo_ops.get_security_status("models", repo_id), extra_headers, extra_query, extra_body, timeout))

    def get_xet_read_token(self, repo_id: str, *, revision: str = "main", extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetXetReadTokenResponse:
        """Xet read token.

        Get a read short-lived access token for XET

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).

        ``GET /api/models/{namespace}/{repo}/xet-read-token/{rev}``
        """
        return self._client._send(_with_options(_repo_ops.get_xet_read_token("models", repo_id, revision), extra_headers, extra_query, extra_body, timeout))

    def get_xet_write_token(self, repo_id: str, *, revision: str = "main", extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetXetReadTokenResponse:
        """Xet write token.

        Get a write short-lived access token for XET upload

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).

        ``GET /api/models/{namespace}/{repo}/xet-write-token/{rev}``
        """
        return self._client._send(_with_options(_repo_ops.get_xet_write_token("models", repo_id, revision), extra_headers, extra_query, extra_body, timeout))

    def grant_access(self, repo_id: str, *, user_id: str | None = UNSET, user: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Grant access.

        Grant access to a user for a gated repository

        Args:
            repo_id: Repository id, `namespace/name`.
            user_id: Body field ``userId``. Exactly 24 characters. Matches ``^[0-9a-f]{24}$``.
            user: Body field ``user``.

        ``POST /api/models/{namespace}/{repo}/user-access-request/grant``
        """
        return self._client._send(_with_options(_repo_ops.grant_access("models", repo_id, user_id, user), extra_headers, extra_query, extra_body, timeout))

    def handle_access_request(self, repo_id: str, *, user_id: str | None = UNSET, user: str | None = UNSET, status: Literal["accepted", "rejected", "pending"] | str | None = UNSET, rejection_reason: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Handle access request.

        Handle a user's access request to a gated repository

        Args:
            repo_id: Repository id, `namespace/name`.
            user_id: Either userId or user must be provided. Exactly 24 characters. Matches ``^[0-9a-f]{24}$``.
            user: Either userId or user must be provided.
            status: Body field ``status``. One of ``"accepted"``, ``"rejected"``, ``"pending"``.
            rejection_reason: Body field ``rejectionReason``. At most 200 characters.

        ``POST /api/models/{namespace}/{repo}/user-access-request/handle``
        """
        return self._client._send(_with_options(_repo_ops.handle_access_request("models", repo_id, user_id, user, status, rejection_reason), extra_headers, extra_query, extra_body, timeout))

    def handle_access_requests(self, repo_id: str, *, status: Literal["accepted", "rejected", "pending"] | str | None = UNSET, rejection_reason: str | None = UNSET, requests: builtins.list[DatasetRequest] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> builtins.list[HandleAccessRequestsItem]:
        """Batch handle access requests.

        Accept, reject or reset to pending up to 100 access requests for a single gated repository in one call. The same `status` (and optional `rejectionReason`) is applied to every request in the list.

        Args:
            repo_id: Repository id, `namespace/name`.
            status: Body field ``status``. One of ``"accepted"``, ``"rejected"``, ``"pending"``.
            rejection_reason: Body field ``rejectionReason``. At most 200 characters.
            requests: Body field ``requests``.

        ``POST /api/models/{namespace}/{repo}/user-access-request/batch``
        """
        return self._client._send(_with_options(_repo_ops.handle_access_requests("models", repo_id, status, rejection_reason, requests), extra_headers, extra_query, extra_body, timeout))

    def info(self, repo_id: str, *, blobs: bool | None = UNSET, expand: builtins.list[str] | None = UNSET, full: bool | None = UNSET, security_status: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ModelInfo:
        """Get model info.

        Args:
            repo_id: Repository id, `namespace/name`.
            blobs: Return size, blob id and LFS metadata of each file.
            expand: Properties to return (replaces the default set). Each one of ``"author"``, ``"baseModels"``, ``"cardData"``, ``"childrenModelCount"``, ``"config"``, ``"createdAt"``, ``"disabled"``, ``"downloads"``, ``"downloadsAllTime"``, ``"evalResults"``, ``"gated"``, ``"gguf"``.
            full: Return every property the Hub holds for the repository (as huggingface_hub sends it).
            security_status: Include the security scan status of the repository's files.

        Described by hfhub (spec/additions), not by the published spec: ``GET /api/models/{namespace}/{repo}``
        """
        return self._client._send(_with_options(_info(repo_id, blobs, expand, full, security_status), extra_headers, extra_query, extra_body, timeout))

    def info_at_revision(self, repo_id: str, *, revision: str = "main", blobs: bool | None = UNSET, expand: builtins.list[str] | None = UNSET, full: bool | None = UNSET, security_status: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ModelInfo:
        """Get model info at a revision.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: Revision: a branch, tag or commit sha.
            blobs: Return size, blob id and LFS metadata of each file.
            expand: Properties to return (replaces the default set). Each one of ``"author"``, ``"baseModels"``, ``"cardData"``, ``"childrenModelCount"``, ``"config"``, ``"createdAt"``, ``"disabled"``, ``"downloads"``, ``"downloadsAllTime"``, ``"evalResults"``, ``"gated"``, ``"gguf"``.
            full: Return every property the Hub holds for the repository (as huggingface_hub sends it).
            security_status: Include the security scan status of the repository's files.

        Described by hfhub (spec/additions), not by the published spec: ``GET /api/models/{namespace}/{repo}/revision/{rev}``
        """
        return self._client._send(_with_options(_info_at_revision(repo_id, revision, blobs, expand, full, security_status), extra_headers, extra_query, extra_body, timeout))

    def list(self, *, author: str | None = UNSET, card_data: bool | None = UNSET, config: bool | None = UNSET, direction: Literal[-1, 1] | int | None = UNSET, expand: builtins.list[str] | None = UNSET, filter: builtins.list[str] | None = UNSET, full: bool | None = UNSET, gated: bool | None = UNSET, inference_provider: str | None = UNSET, language: str | None = UNSET, library: str | None = UNSET, limit: int | None = UNSET, pipeline_tag: str | None = UNSET, search: str | None = UNSET, sort: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Paginator[ModelInfo]:
        """List models.

        Lists models on the Hub, paginated with `Link: rel="next"` headers.

        Args:
            author: Owner: a user or an organization.
            card_data: Return the card metadata.
            config: Return the repository configuration too.
            direction: `-1` for descending order. One of ``-1``, ``1``.
            expand: Properties to return (replaces the default set). Each one of ``"author"``, ``"baseModels"``, ``"cardData"``, ``"childrenModelCount"``, ``"config"``, ``"createdAt"``, ``"disabled"``, ``"downloads"``, ``"downloadsAllTime"``, ``"evalResults"``, ``"gated"``, ``"gguf"``.
            filter: Tags to filter on, e.g. `text-classification` or `license:mit`.
            full: Return most of the repository data (all tags, files...).
            gated: Only gated (or only non-gated) models.
            inference_provider: Models served by this provider, a comma-separated list of providers, or `all`.
            language: Language code, e.g. `en`.
            library: Library, e.g. `transformers`.
            limit: At most this many repositories in all (and per page). At least 1.
            pipeline_tag: Task of the models, e.g. `text-to-image`.
            search: Substring of the repository id or its owner's name.
            sort: Property to sort on: `downloads`, `likes`, `trendingScore`, `createdAt`, `lastModified`...

        Described by hfhub (spec/additions), not by the published spec: ``GET /api/models``
        """
        return self._client._paginate(_with_options(_list(author, card_data, config, direction, expand, filter, full, gated, inference_provider, language, library, limit, pipeline_tag, search, sort), extra_headers, extra_query, extra_body, timeout))

    def list_access_requests(self, repo_id: str, status: Literal["pending", "accepted", "rejected"] | str, *, after: datetime | None = UNSET, before: datetime | None = UNSET, limit: int | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Paginator[AccessRequest]:
        """List access requests.

        List access requests for a gated repository

        Args:
            repo_id: Repository id, `namespace/name`.
            status: Path parameter ``{status}``. One of ``"pending"``, ``"accepted"``, ``"rejected"``.
            after: Query parameter ``after``. A date and time (ISO 8601).
            before: Query parameter ``before``. A date and time (ISO 8601).
            limit: Query parameter ``limit``. From 10 to 1000. Server default: ``1000``.

        ``GET /api/models/{namespace}/{repo}/user-access-request/{status}``
        """
        return self._client._paginate(_with_options(_repo_ops.list_access_requests("models", repo_id, status, after, before, limit), extra_headers, extra_query, extra_body, timeout))

    def list_commits(self, repo_id: str, *, revision: str = "main", expand: builtins.list[Literal["formatted"] | str] | None = UNSET, limit: int | None = UNSET, p: int | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Paginator[Commit]:
        """List commits.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            expand: Query parameter ``expand``. Each one of ``"formatted"``.
            limit: Query parameter ``limit``. From 1 to 1000. Server default: ``50``.
            p: Query parameter ``p``. Server default: ``0``.

        ``GET /api/models/{namespace}/{repo}/commits/{rev}``
        """
        return self._client._paginate(_with_options(_repo_ops.list_commits("models", repo_id, revision, expand, limit, p), extra_headers, extra_query, extra_body, timeout))

    def list_lfs_files(self, repo_id: str, *, cursor: str | None = UNSET, limit: int | None = UNSET, xet: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Paginator[LfsFile]:
        """List Large files.

        List Xet/LFS files for a repo

        Args:
            repo_id: Repository id, `namespace/name`.
            cursor: Query parameter ``cursor``.
            limit: Query parameter ``limit``. From 1 to 1000. Server default: ``1000``.
            xet: Query parameter ``xet``.

        ``GET /api/models/{namespace}/{repo}/lfs-files``
        """
        return self._client._paginate(_with_options(_repo_ops.list_lfs_files("models", repo_id, cursor, limit, xet), extra_headers, extra_query, extra_body, timeout))

    def list_refs(self, repo_id: str, *, include_prs: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ListRefsResponse:
        """List references.

        Args:
            repo_id: Repository id, `namespace/name`.
            include_prs: Query parameter ``include_prs``. Server default: ``false``.

        ``GET /api/models/{namespace}/{repo}/refs``
        """
        return self._client._send(_with_options(_repo_ops.list_refs("models", repo_id, include_prs), extra_headers, extra_query, extra_body, timeout))

    def list_tags_by_type(self, *, type: Literal["pipeline_tag", "library", "dataset", "bucket", "language", "license", "arxiv", "doi", "region", "deploy", "other"] | str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> dict[str, builtins.list[ModelListTagsByTypeResponseValueItem]]:
        """Get model tags.

        Get all possible tags used for models, grouped by tag type. Optionally restrict to only one tag type

        Args:
            type: Query parameter ``type``. One of ``"pipeline_tag"``, ``"library"``, ``"dataset"``, ``"bucket"``, ``"language"``, ``"license"``, ``"arxiv"``, ``"doi"``, ``"region"``, ``"deploy"``, ``"other"``.

        ``GET /api/models-tags-by-type``
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

        ``GET /api/models/{namespace}/{repo}/tree/{rev}/{path}``
        """
        return self._client._paginate(_with_options(_repo_ops.list_tree("models", repo_id, revision, path, cursor, expand, limit, recursive), extra_headers, extra_query, extra_body, timeout))

    def preupload(self, repo_id: str, *, revision: str = "main", files: builtins.list[DatasetFile] | dict[str, Any] | None = UNSET, git_attributes: str | None = UNSET, git_ignore: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> PreuploadResponse:
        """Check upload method.

        Check if a file should be uploaded through the Large File mechanism or directly.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            files: Body field ``files``.
            git_attributes: Provide this parameter if you plan to modify `.gitattributes` yourself at the same time as uploading LFS files. Note that this is not needed if you solely rely on automatic LFS detection from HF: the commit endpoint will automatically edit the `.gitattributes` file to track the files passed to its `lfsFiles` param.
            git_ignore: Content of the .gitignore file for the revision. Optional, otherwise takes the existing content of `.gitignore` for the revision.

        ``POST /api/models/{namespace}/{repo}/preupload/{rev}``
        """
        return self._client._send(_with_options(_repo_ops.preupload("models", repo_id, revision, files, git_attributes, git_ignore), extra_headers, extra_query, extra_body, timeout))

    def request_access(self, repo_id: str, *, body: dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Request access.

        Request access to a gated repository. The fields requested by repository card metadata (https://huggingface.co/docs/hub/en/models-gated#customize-requested-information)

        Args:
            repo_id: Repository id, `namespace/name`.
            body: The JSON body of the request.

        ``POST /{namespace}/{repo}/ask-access``
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

        ``GET /{namespace}/{repo}/resolve/{rev}/{path}``
        """
        return self._client._send(_with_options(_resolve(repo_id, revision, path, range), extra_headers, extra_query, extra_body, timeout))

    def resolve_cached(self, repo_id: str, path: str, *, revision: str = "main", range: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> bytes:
        """Resolve a file.

        This endpoint requires to follow redirection

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            path: Wildcard path parameter.
            range: The range in bytes of the file to download.

        ``GET /api/resolve-cache/models/{namespace}/{repo}/{rev}/{path}``
        """
        return self._client._send(_with_options(_repo_ops.resolve_cached("models", repo_id, revision, path, range), extra_headers, extra_query, extra_body, timeout))

    def set_resource_group(self, repo_id: str, *, resource_group_id: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> SetResourceGroupResponse:
        """Add resource group.

        Add the repository to a resource group

        Args:
            repo_id: Repository id, `namespace/name`.
            resource_group_id: The resource group to add the repository to, if null, the repository will be removed from the resource group.

        ``POST /api/models/{namespace}/{repo}/resource-group``
        """
        return self._client._send(_with_options(_repo_ops.set_resource_group("models", repo_id, resource_group_id), extra_headers, extra_query, extra_body, timeout))

    def super_squash(self, repo_id: str, *, revision: str = "main", message: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> SuperSquashResponse:
        """Squash ref.

        Squash all commits in the current ref into a single commit with the given message. Action is irreversible.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            message: Body field ``message``. At most 500 characters.

        ``POST /api/models/{namespace}/{repo}/super-squash/{rev}``
        """
        return self._client._send(_with_options(_repo_ops.super_squash("models", repo_id, revision, message), extra_headers, extra_query, extra_body, timeout))

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

        ``PUT /api/models/{namespace}/{repo}/settings``
        """
        return self._client._send(_with_options(_repo_ops.update_settings("models", repo_id, private, visibility, discussions_disabled, discussions_sorting, gated, org_members_gated, gated_notifications_email, gated_notifications_mode), extra_headers, extra_query, extra_body, timeout))


class AsyncModelsResource(AsyncResource):
    """Operations on models. (async)"""

    __slots__ = ()


    async def cancel_access_request(self, repo_id: str, *, body: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Cancel access request.

        Cancel the current user's access request to a gated repository

        Args:
            repo_id: Repository id, `namespace/name`.
            body: Request body, sent as JSON (the published spec does not describe it).

        Async: ``await client.models.cancel_access_request(...)`` returns ``None``.

        ``POST /api/models/{namespace}/{repo}/user-access-request/cancel``
        """
        return await self._client._send(_with_options(_repo_ops.cancel_access_request("models", repo_id, body), extra_headers, extra_query, extra_body, timeout))

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

        Async: ``await client.models.commit(...)`` returns ``CommitResponse``.

        ``POST /api/models/{namespace}/{repo}/commit/{rev}``
        """
        return await self._client._send(_with_options(_repo_ops.commit("models", repo_id, revision, content_type, create_pr, hot_reload, body), extra_headers, extra_query, extra_body, timeout))

    async def compare(self, repo_id: str, compare: str, *, raw: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> str:
        """Get a compare rev.

        Args:
            repo_id: Repository id, `namespace/name`.
            compare: Path parameter ``{compare}``.
            raw: Query parameter ``raw``. Server default: ``false``.

        Async: ``await client.models.compare(...)`` returns ``str``.

        ``GET /api/models/{namespace}/{repo}/compare/{compare}``
        """
        return await self._client._send(_with_options(_repo_ops.compare("models", repo_id, compare, raw), extra_headers, extra_query, extra_body, timeout))

    async def create_branch(self, repo_id: str, branch: str, *, starting_point: str | None = UNSET, empty_branch: bool | None = UNSET, overwrite: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Create branch.

        Args:
            repo_id: Repository id, `namespace/name`.
            branch: The branch (``{rev}`` in the path).
            starting_point: The commit to start from.
            empty_branch: Create an empty branch. Server default: ``false``.
            overwrite: Overwrite the branch if it already exists. Server default: ``false``.

        Async: ``await client.models.create_branch(...)`` returns ``None``.

        ``POST /api/models/{namespace}/{repo}/branch/{rev}``
        """
        return await self._client._send(_with_options(_repo_ops.create_branch("models", repo_id, branch, starting_point, empty_branch, overwrite), extra_headers, extra_query, extra_body, timeout))

    async def create_tag(self, repo_id: str, *, revision: str = "main", tag: str | None = UNSET, message: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Create tag.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: The revision ``{rev}`` in the path; ``tag`` is a body field.
            tag: Body field ``tag``.
            message: Body field ``message``.

        Async: ``await client.models.create_tag(...)`` returns ``None``.

        ``POST /api/models/{namespace}/{repo}/tag/{rev}``
        """
        return await self._client._send(_with_options(_repo_ops.create_tag("models", repo_id, revision, tag, message), extra_headers, extra_query, extra_body, timeout))

    async def delete_branch(self, repo_id: str, branch: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete a branch.

        Args:
            repo_id: Repository id, `namespace/name`.
            branch: The branch (``{rev}`` in the path).

        Async: ``await client.models.delete_branch(...)`` returns ``None``.

        ``DELETE /api/models/{namespace}/{repo}/branch/{rev}``
        """
        return await self._client._send(_with_options(_repo_ops.delete_branch("models", repo_id, branch), extra_headers, extra_query, extra_body, timeout))

    async def delete_lfs_file(self, repo_id: str, sha: str, *, rewrite_history: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete Large file.

        Delete a Xet/LFS file

        Args:
            repo_id: Repository id, `namespace/name`.
            sha: Path parameter ``{sha}``.
            rewrite_history: Query parameter ``rewriteHistory``. Server default: ``true``.

        Async: ``await client.models.delete_lfs_file(...)`` returns ``None``.

        ``DELETE /api/models/{namespace}/{repo}/lfs-files/{sha}``
        """
        return await self._client._send(_with_options(_repo_ops.delete_lfs_file("models", repo_id, sha, rewrite_history), extra_headers, extra_query, extra_body, timeout))

    async def delete_lfs_files(self, repo_id: str, *, deletions: Deletions | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete Large files.

        Delete Xet/LFS files in batch

        Args:
            repo_id: Repository id, `namespace/name`.
            deletions: Body field ``deletions``.

        Async: ``await client.models.delete_lfs_files(...)`` returns ``None``.

        ``POST /api/models/{namespace}/{repo}/lfs-files/batch``
        """
        return await self._client._send(_with_options(_repo_ops.delete_lfs_files("models", repo_id, deletions), extra_headers, extra_query, extra_body, timeout))

    async def delete_tag(self, repo_id: str, tag: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete a tag.

        Args:
            repo_id: Repository id, `namespace/name`.
            tag: The tag (``{rev}`` in the path).

        Async: ``await client.models.delete_tag(...)`` returns ``None``.

        ``DELETE /api/models/{namespace}/{repo}/tag/{rev}``
        """
        return await self._client._send(_with_options(_repo_ops.delete_tag("models", repo_id, tag), extra_headers, extra_query, extra_body, timeout))

    async def duplicate_xet_files(self, repo_id: str, *, target: Target | dict[str, Any] | None = UNSET, files: builtins.list[BucketFile] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> DuplicateXetFilesResponse:
        """Duplicate xet files.

        Duplicate xet-stored files from this repo (source) into another repo (target) by xet hash, without re-uploading file bytes. The caller must then commit the files with their sha256/size as usual.

        Args:
            repo_id: Repository id, `namespace/name`.
            target: Body field ``target``.
            files: Body field ``files``.

        Async: ``await client.models.duplicate_xet_files(...)`` returns ``DuplicateXetFilesResponse``.

        ``POST /api/models/{namespace}/{repo}/lfs-files/duplicate``
        """
        return await self._client._send(_with_options(_repo_ops.duplicate_xet_files("models", repo_id, target, files), extra_headers, extra_query, extra_body, timeout))

    async def export_access_report(self, repo_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> str:
        """Export access report.

        Export a report of all access requests for a gated repository

        Args:
            repo_id: Repository id, `namespace/name`.

        Async: ``await client.models.export_access_report(...)`` returns ``str``.

        ``GET /{namespace}/{repo}/user-access-report``
        """
        return await self._client._send(_with_options(_export_access_report(repo_id), extra_headers, extra_query, extra_body, timeout))

    async def get_folder_size(self, repo_id: str, path: str, *, revision: str = "main", extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetFolderSizeResponse:
        """Get folder size.

        Get the total size of a repository at a given revision, optionally under a specific subpath. Returns the total size in bytes of all files under the specified path (recursively). If a file is stored via Xet/LFS, the LFS file size is used.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            path: Wildcard path parameter.

        Async: ``await client.models.get_folder_size(...)`` returns ``GetFolderSizeResponse``.

        ``GET /api/models/{namespace}/{repo}/treesize/{rev}/{path}``
        """
        return await self._client._send(_with_options(_repo_ops.get_folder_size("models", repo_id, revision, path), extra_headers, extra_query, extra_body, timeout))

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

        Async: ``await client.models.get_jwt(...)`` returns ``GetJwtResponse``.

        ``GET /api/models/{namespace}/{repo}/jwt``
        """
        return await self._client._send(_with_options(_repo_ops.get_jwt("models", repo_id, billing_details, encrypted, expiration, expires_in, include_pro_status, inference_api, write), extra_headers, extra_query, extra_body, timeout))

    async def get_notebook_url(self, repo_id: str, path: str, *, revision: str = "main", extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetNotebookUrlResponse:
        """Get notebook URL.

        Get a jupyter notebook URL for the requested file

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            path: Wildcard path parameter.

        Async: ``await client.models.get_notebook_url(...)`` returns ``GetNotebookUrlResponse``.

        ``GET /api/models/{namespace}/{repo}/notebook/{rev}/{path}``
        """
        return await self._client._send(_with_options(_repo_ops.get_notebook_url("models", repo_id, revision, path), extra_headers, extra_query, extra_body, timeout))

    async def get_paths_info(self, repo_id: str, *, revision: str = "main", paths: builtins.list[str] | str | None = UNSET, expand: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> builtins.list[DatasetGetPathsInfoItem]:
        """List paths info.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            paths: Body field ``paths``.
            expand: Expand the response with the last commit and security file status.

        Async: ``await client.models.get_paths_info(...)`` returns ``list[DatasetGetPathsInfoItem]``.

        ``POST /api/models/{namespace}/{repo}/paths-info/{rev}``
        """
        return await self._client._send(_with_options(_repo_ops.get_paths_info("models", repo_id, revision, paths, expand), extra_headers, extra_query, extra_body, timeout))

    async def get_resource_group(self, repo_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ResourceGroupSummary:
        """Get resource group.

        Args:
            repo_id: Repository id, `namespace/name`.

        Async: ``await client.models.get_resource_group(...)`` returns ``ResourceGroupSummary``.

        ``GET /api/models/{namespace}/{repo}/resource-group``
        """
        return await self._client._send(_with_options(_repo_ops.get_resource_group("models", repo_id), extra_headers, extra_query, extra_body, timeout))

    async def get_security_status(self, repo_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetSecurityStatusResponse:
        """Get security status.

        Get the security status of a repo

        Args:
            repo_id: Repository id, `namespace/name`.

        Async: ``await client.models.get_security_status(...)`` returns ``GetSecurityStatusResponse``.

        ``GET /api/models/{namespace}/{repo}/scan``
        """
        return await self._client._send(_with_options(_repo_ops.get_security_status("models", repo_id), extra_headers, extra_query, extra_body, timeout))

    async def get_xet_read_token(self, repo_id: str, *, revision: str = "main", extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetXetReadTokenResponse:
        """Xet read token.

        Get a read short-lived access token for XET

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).

        Async: ``await client.models.get_xet_read_token(...)`` returns ``GetXetReadTokenResponse``.

        ``GET /api/models/{namespace}/{repo}/xet-read-token/{rev}``
        """
        return await self._client._send(_with_options(_repo_ops.get_xet_read_token("models", repo_id, revision), extra_headers, extra_query, extra_body, timeout))

    async def get_xet_write_token(self, repo_id: str, *, revision: str = "main", extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetXetReadTokenResponse:
        """Xet write token.

        Get a write short-lived access token for XET upload

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).

        Async: ``await client.models.get_xet_write_token(...)`` returns ``GetXetReadTokenResponse``.

        ``GET /api/models/{namespace}/{repo}/xet-write-token/{rev}``
        """
        return await self._client._send(_with_options(_repo_ops.get_xet_write_token("models", repo_id, revision), extra_headers, extra_query, extra_body, timeout))

    async def grant_access(self, repo_id: str, *, user_id: str | None = UNSET, user: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Grant access.

        Grant access to a user for a gated repository

        Args:
            repo_id: Repository id, `namespace/name`.
            user_id: Body field ``userId``. Exactly 24 characters. Matches ``^[0-9a-f]{24}$``.
            user: Body field ``user``.

        Async: ``await client.models.grant_access(...)`` returns ``None``.

        ``POST /api/models/{namespace}/{repo}/user-access-request/grant``
        """
        return await self._client._send(_with_options(_repo_ops.grant_access("models", repo_id, user_id, user), extra_headers, extra_query, extra_body, timeout))

    async def handle_access_request(self, repo_id: str, *, user_id: str | None = UNSET, user: str | None = UNSET, status: Literal["accepted", "rejected", "pending"] | str | None = UNSET, rejection_reason: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Handle access request.

        Handle a user's access request to a gated repository

        Args:
            repo_id: Repository id, `namespace/name`.
            user_id: Either userId or user must be provided. Exactly 24 characters. Matches ``^[0-9a-f]{24}$``.
            user: Either userId or user must be provided.
            status: Body field ``status``. One of ``"accepted"``, ``"rejected"``, ``"pending"``.
            rejection_reason: Body field ``rejectionReason``. At most 200 characters.

        Async: ``await client.models.handle_access_request(...)`` returns ``None``.

        ``POST /api/models/{namespace}/{repo}/user-access-request/handle``
        """
        return await self._client._send(_with_options(_repo_ops.handle_access_request("models", repo_id, user_id, user, status, rejection_reason), extra_headers, extra_query, extra_body, timeout))

    async def handle_access_requests(self, repo_id: str, *, status: Literal["accepted", "rejected", "pending"] | str | None = UNSET, rejection_reason: str | None = UNSET, requests: builtins.list[DatasetRequest] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> builtins.list[HandleAccessRequestsItem]:
        """Batch handle access requests.

        Accept, reject or reset to pending up to 100 access requests for a single gated repository in one call. The same `status` (and optional `rejectionReason`) is applied to every request in the list.

        Args:
            repo_id: Repository id, `namespace/name`.
            status: Body field ``status``. One of ``"accepted"``, ``"rejected"``, ``"pending"``.
            rejection_reason: Body field ``rejectionReason``. At most 200 characters.
            requests: Body field ``requests``.

        Async: ``await client.models.handle_access_requests(...)`` returns ``list[HandleAccessRequestsItem]``.

        ``POST /api/models/{namespace}/{repo}/user-access-request/batch``
        """
        return await self._client._send(_with_options(_repo_ops.handle_access_requests("models", repo_id, status, rejection_reason, requests), extra_headers, extra_query, extra_body, timeout))

    async def info(self, repo_id: str, *, blobs: bool | None = UNSET, expand: builtins.list[str] | None = UNSET, full: bool | None = UNSET, security_status: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ModelInfo:
        """Get model info.

        Args:
            repo_id: Repository id, `namespace/name`.
            blobs: Return size, blob id and LFS metadata of each file.
            expand: Properties to return (replaces the default set). Each one of ``"author"``, ``"baseModels"``, ``"cardData"``, ``"childrenModelCount"``, ``"config"``, ``"createdAt"``, ``"disabled"``, ``"downloads"``, ``"downloadsAllTime"``, ``"evalResults"``, ``"gated"``, ``"gguf"``.
            full: Return every property the Hub holds for the repository (as huggingface_hub sends it).
            security_status: Include the security scan status of the repository's files.

        Async: ``await client.models.info(...)`` returns ``ModelInfo``.

        Described by hfhub (spec/additions), not by the published spec: ``GET /api/models/{namespace}/{repo}``
        """
        return await self._client._send(_with_options(_info(repo_id, blobs, expand, full, security_status), extra_headers, extra_query, extra_body, timeout))

    async def info_at_revision(self, repo_id: str, *, revision: str = "main", blobs: bool | None = UNSET, expand: builtins.list[str] | None = UNSET, full: bool | None = UNSET, security_status: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ModelInfo:
        """Get model info at a revision.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: Revision: a branch, tag or commit sha.
            blobs: Return size, blob id and LFS metadata of each file.
            expand: Properties to return (replaces the default set). Each one of ``"author"``, ``"baseModels"``, ``"cardData"``, ``"childrenModelCount"``, ``"config"``, ``"createdAt"``, ``"disabled"``, ``"downloads"``, ``"downloadsAllTime"``, ``"evalResults"``, ``"gated"``, ``"gguf"``.
            full: Return every property the Hub holds for the repository (as huggingface_hub sends it).
            security_status: Include the security scan status of the repository's files.

        Async: ``await client.models.info_at_revision(...)`` returns ``ModelInfo``.

        Described by hfhub (spec/additions), not by the published spec: ``GET /api/models/{namespace}/{repo}/revision/{rev}``
        """
        return await self._client._send(_with_options(_info_at_revision(repo_id, revision, blobs, expand, full, security_status), extra_headers, extra_query, extra_body, timeout))

    def list(self, *, author: str | None = UNSET, card_data: bool | None = UNSET, config: bool | None = UNSET, direction: Literal[-1, 1] | int | None = UNSET, expand: builtins.list[str] | None = UNSET, filter: builtins.list[str] | None = UNSET, full: bool | None = UNSET, gated: bool | None = UNSET, inference_provider: str | None = UNSET, language: str | None = UNSET, library: str | None = UNSET, limit: int | None = UNSET, pipeline_tag: str | None = UNSET, search: str | None = UNSET, sort: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> AsyncPaginator[ModelInfo]:
        """List models.

        Lists models on the Hub, paginated with `Link: rel="next"` headers.

        Args:
            author: Owner: a user or an organization.
            card_data: Return the card metadata.
            config: Return the repository configuration too.
            direction: `-1` for descending order. One of ``-1``, ``1``.
            expand: Properties to return (replaces the default set). Each one of ``"author"``, ``"baseModels"``, ``"cardData"``, ``"childrenModelCount"``, ``"config"``, ``"createdAt"``, ``"disabled"``, ``"downloads"``, ``"downloadsAllTime"``, ``"evalResults"``, ``"gated"``, ``"gguf"``.
            filter: Tags to filter on, e.g. `text-classification` or `license:mit`.
            full: Return most of the repository data (all tags, files...).
            gated: Only gated (or only non-gated) models.
            inference_provider: Models served by this provider, a comma-separated list of providers, or `all`.
            language: Language code, e.g. `en`.
            library: Library, e.g. `transformers`.
            limit: At most this many repositories in all (and per page). At least 1.
            pipeline_tag: Task of the models, e.g. `text-to-image`.
            search: Substring of the repository id or its owner's name.
            sort: Property to sort on: `downloads`, `likes`, `trendingScore`, `createdAt`, `lastModified`...

        Async: returns an ``AsyncPaginator[ModelInfo]`` at once, without ``await``: ``async for item in client.models.list(...)``.

        Described by hfhub (spec/additions), not by the published spec: ``GET /api/models``
        """
        return self._client._paginate(_with_options(_list(author, card_data, config, direction, expand, filter, full, gated, inference_provider, language, library, limit, pipeline_tag, search, sort), extra_headers, extra_query, extra_body, timeout))

    def list_access_requests(self, repo_id: str, status: Literal["pending", "accepted", "rejected"] | str, *, after: datetime | None = UNSET, before: datetime | None = UNSET, limit: int | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> AsyncPaginator[AccessRequest]:
        """List access requests.

        List access requests for a gated repository

        Args:
            repo_id: Repository id, `namespace/name`.
            status: Path parameter ``{status}``. One of ``"pending"``, ``"accepted"``, ``"rejected"``.
            after: Query parameter ``after``. A date and time (ISO 8601).
            before: Query parameter ``before``. A date and time (ISO 8601).
            limit: Query parameter ``limit``. From 10 to 1000. Server default: ``1000``.

        Async: returns an ``AsyncPaginator[AccessRequest]`` at once, without ``await``: ``async for item in client.models.list_access_requests(...)``.

        ``GET /api/models/{namespace}/{repo}/user-access-request/{status}``
        """
        return self._client._paginate(_with_options(_repo_ops.list_access_requests("models", repo_id, status, after, before, limit), extra_headers, extra_query, extra_body, timeout))

    def list_commits(self, repo_id: str, *, revision: str = "main", expand: builtins.list[Literal["formatted"] | str] | None = UNSET, limit: int | None = UNSET, p: int | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> AsyncPaginator[Commit]:
        """List commits.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            expand: Query parameter ``expand``. Each one of ``"formatted"``.
            limit: Query parameter ``limit``. From 1 to 1000. Server default: ``50``.
            p: Query parameter ``p``. Server default: ``0``.

        Async: returns an ``AsyncPaginator[Commit]`` at once, without ``await``: ``async for item in client.models.list_commits(...)``.

        ``GET /api/models/{namespace}/{repo}/commits/{rev}``
        """
        return self._client._paginate(_with_options(_repo_ops.list_commits("models", repo_id, revision, expand, limit, p), extra_headers, extra_query, extra_body, timeout))

    def list_lfs_files(self, repo_id: str, *, cursor: str | None = UNSET, limit: int | None = UNSET, xet: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> AsyncPaginator[LfsFile]:
        """List Large files.

        List Xet/LFS files for a repo

        Args:
            repo_id: Repository id, `namespace/name`.
            cursor: Query parameter ``cursor``.
            limit: Query parameter ``limit``. From 1 to 1000. Server default: ``1000``.
            xet: Query parameter ``xet``.

        Async: returns an ``AsyncPaginator[LfsFile]`` at once, without ``await``: ``async for item in client.models.list_lfs_files(...)``.

        ``GET /api/models/{namespace}/{repo}/lfs-files``
        """
        return self._client._paginate(_with_options(_repo_ops.list_lfs_files("models", repo_id, cursor, limit, xet), extra_headers, extra_query, extra_body, timeout))

    async def list_refs(self, repo_id: str, *, include_prs: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ListRefsResponse:
        """List references.

        Args:
            repo_id: Repository id, `namespace/name`.
            include_prs: Query parameter ``include_prs``. Server default: ``false``.

        Async: ``await client.models.list_refs(...)`` returns ``ListRefsResponse``.

        ``GET /api/models/{namespace}/{repo}/refs``
        """
        return await self._client._send(_with_options(_repo_ops.list_refs("models", repo_id, include_prs), extra_headers, extra_query, extra_body, timeout))

    async def list_tags_by_type(self, *, type: Literal["pipeline_tag", "library", "dataset", "bucket", "language", "license", "arxiv", "doi", "region", "deploy", "other"] | str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> dict[str, builtins.list[ModelListTagsByTypeResponseValueItem]]:
        """Get model tags.

        Get all possible tags used for models, grouped by tag type. Optionally restrict to only one tag type

        Args:
            type: Query parameter ``type``. One of ``"pipeline_tag"``, ``"library"``, ``"dataset"``, ``"bucket"``, ``"language"``, ``"license"``, ``"arxiv"``, ``"doi"``, ``"region"``, ``"deploy"``, ``"other"``.

        Async: ``await client.models.list_tags_by_type(...)`` returns ``dict[str, list[ModelListTagsByTypeResponseValueItem]]``.

        ``GET /api/models-tags-by-type``
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

        Async: returns an ``AsyncPaginator[Tree]`` at once, without ``await``: ``async for item in client.models.list_tree(...)``.

        ``GET /api/models/{namespace}/{repo}/tree/{rev}/{path}``
        """
        return self._client._paginate(_with_options(_repo_ops.list_tree("models", repo_id, revision, path, cursor, expand, limit, recursive), extra_headers, extra_query, extra_body, timeout))

    async def preupload(self, repo_id: str, *, revision: str = "main", files: builtins.list[DatasetFile] | dict[str, Any] | None = UNSET, git_attributes: str | None = UNSET, git_ignore: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> PreuploadResponse:
        """Check upload method.

        Check if a file should be uploaded through the Large File mechanism or directly.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            files: Body field ``files``.
            git_attributes: Provide this parameter if you plan to modify `.gitattributes` yourself at the same time as uploading LFS files. Note that this is not needed if you solely rely on automatic LFS detection from HF: the commit endpoint will automatically edit the `.gitattributes` file to track the files passed to its `lfsFiles` param.
            git_ignore: Content of the .gitignore file for the revision. Optional, otherwise takes the existing content of `.gitignore` for the revision.

        Async: ``await client.models.preupload(...)`` returns ``PreuploadResponse``.

        ``POST /api/models/{namespace}/{repo}/preupload/{rev}``
        """
        return await self._client._send(_with_options(_repo_ops.preupload("models", repo_id, revision, files, git_attributes, git_ignore), extra_headers, extra_query, extra_body, timeout))

    async def request_access(self, repo_id: str, *, body: dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Request access.

        Request access to a gated repository. The fields requested by repository card metadata (https://huggingface.co/docs/hub/en/models-gated#customize-requested-information)

        Args:
            repo_id: Repository id, `namespace/name`.
            body: The JSON body of the request.

        Async: ``await client.models.request_access(...)`` returns ``None``.

        ``POST /{namespace}/{repo}/ask-access``
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

        Async: ``await client.models.resolve(...)`` returns ``bytes``.

        ``GET /{namespace}/{repo}/resolve/{rev}/{path}``
        """
        return await self._client._send(_with_options(_resolve(repo_id, revision, path, range), extra_headers, extra_query, extra_body, timeout))

    async def resolve_cached(self, repo_id: str, path: str, *, revision: str = "main", range: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> bytes:
        """Resolve a file.

        This endpoint requires to follow redirection

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            path: Wildcard path parameter.
            range: The range in bytes of the file to download.

        Async: ``await client.models.resolve_cached(...)`` returns ``bytes``.

        ``GET /api/resolve-cache/models/{namespace}/{repo}/{rev}/{path}``
        """
        return await self._client._send(_with_options(_repo_ops.resolve_cached("models", repo_id, revision, path, range), extra_headers, extra_query, extra_body, timeout))

    async def set_resource_group(self, repo_id: str, *, resource_group_id: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> SetResourceGroupResponse:
        """Add resource group.

        Add the repository to a resource group

        Args:
            repo_id: Repository id, `namespace/name`.
            resource_group_id: The resource group to add the repository to, if null, the repository will be removed from the resource group.

        Async: ``await client.models.set_resource_group(...)`` returns ``SetResourceGroupResponse``.

        ``POST /api/models/{namespace}/{repo}/resource-group``
        """
        return await self._client._send(_with_options(_repo_ops.set_resource_group("models", repo_id, resource_group_id), extra_headers, extra_query, extra_body, timeout))

    async def super_squash(self, repo_id: str, *, revision: str = "main", message: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> SuperSquashResponse:
        """Squash ref.

        Squash all commits in the current ref into a single commit with the given message. Action is irreversible.

        Args:
            repo_id: Repository id, `namespace/name`.
            revision: A branch, tag or commit sha (``{rev}`` in the path).
            message: Body field ``message``. At most 500 characters.

        Async: ``await client.models.super_squash(...)`` returns ``SuperSquashResponse``.

        ``POST /api/models/{namespace}/{repo}/super-squash/{rev}``
        """
        return await self._client._send(_with_options(_repo_ops.super_squash("models", repo_id, revision, message), extra_headers, extra_query, extra_body, timeout))

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

        Async: ``await client.models.update_settings(...)`` returns ``DatasetUpdateSettingsResponse``.

        ``PUT /api/models/{namespace}/{repo}/settings``
        """
        return await self._client._send(_with_options(_repo_ops.update_settings("models", repo_id, private, visibility, discussions_disabled, discussions_sorting, gated, org_members_gated, gated_notifications_email, gated_notifications_mode), extra_headers, extra_query, extra_body, timeout))


if TYPE_CHECKING:
    from .._raw_response import async_raw, raw

    class ModelsResourceWithRawResponse:
        """``client.with_raw_response.<resource>``: each method answering a ``RawResponse`` (declared for checkers)."""

        cancel_access_request = raw(ModelsResource.cancel_access_request)
        commit = raw(ModelsResource.commit)
        compare = raw(ModelsResource.compare)
        create_branch = raw(ModelsResource.create_branch)
        create_tag = raw(ModelsResource.create_tag)
        delete_branch = raw(ModelsResource.delete_branch)
        delete_lfs_file = raw(ModelsResource.delete_lfs_file)
        delete_lfs_files = raw(ModelsResource.delete_lfs_files)
        delete_tag = raw(ModelsResource.delete_tag)
        duplicate_xet_files = raw(ModelsResource.duplicate_xet_files)
        export_access_report = raw(ModelsResource.export_access_report)
        get_folder_size = raw(ModelsResource.get_folder_size)
        get_jwt = raw(ModelsResource.get_jwt)
        get_notebook_url = raw(ModelsResource.get_notebook_url)
        get_paths_info = raw(ModelsResource.get_paths_info)
        get_resource_group = raw(ModelsResource.get_resource_group)
        get_security_status = raw(ModelsResource.get_security_status)
        get_xet_read_token = raw(ModelsResource.get_xet_read_token)
        get_xet_write_token = raw(ModelsResource.get_xet_write_token)
        grant_access = raw(ModelsResource.grant_access)
        handle_access_request = raw(ModelsResource.handle_access_request)
        handle_access_requests = raw(ModelsResource.handle_access_requests)
        info = raw(ModelsResource.info)
        info_at_revision = raw(ModelsResource.info_at_revision)
        list = raw(ModelsResource.list)
        list_access_requests = raw(ModelsResource.list_access_requests)
        list_commits = raw(ModelsResource.list_commits)
        list_lfs_files = raw(ModelsResource.list_lfs_files)
        list_refs = raw(ModelsResource.list_refs)
        list_tags_by_type = raw(ModelsResource.list_tags_by_type)
        list_tree = raw(ModelsResource.list_tree)
        preupload = raw(ModelsResource.preupload)
        request_access = raw(ModelsResource.request_access)
        resolve = raw(ModelsResource.resolve)
        resolve_cached = raw(ModelsResource.resolve_cached)
        set_resource_group = raw(ModelsResource.set_resource_group)
        super_squash = raw(ModelsResource.super_squash)
        update_settings = raw(ModelsResource.update_settings)

    class AsyncModelsResourceWithRawResponse:
        """``client.with_raw_response.<resource>`` of the async client (declared for checkers)."""

        cancel_access_request = async_raw(AsyncModelsResource.cancel_access_request)
        commit = async_raw(AsyncModelsResource.commit)
        compare = async_raw(AsyncModelsResource.compare)
        create_branch = async_raw(AsyncModelsResource.create_branch)
        create_tag = async_raw(AsyncModelsResource.create_tag)
        delete_branch = async_raw(AsyncModelsResource.delete_branch)
        delete_lfs_file = async_raw(AsyncModelsResource.delete_lfs_file)
        delete_lfs_files = async_raw(AsyncModelsResource.delete_lfs_files)
        delete_tag = async_raw(AsyncModelsResource.delete_tag)
        duplicate_xet_files = async_raw(AsyncModelsResource.duplicate_xet_files)
        export_access_report = async_raw(AsyncModelsResource.export_access_report)
        get_folder_size = async_raw(AsyncModelsResource.get_folder_size)
        get_jwt = async_raw(AsyncModelsResource.get_jwt)
        get_notebook_url = async_raw(AsyncModelsResource.get_notebook_url)
        get_paths_info = async_raw(AsyncModelsResource.get_paths_info)
        get_resource_group = async_raw(AsyncModelsResource.get_resource_group)
        get_security_status = async_raw(AsyncModelsResource.get_security_status)
        get_xet_read_token = async_raw(AsyncModelsResource.get_xet_read_token)
        get_xet_write_token = async_raw(AsyncModelsResource.get_xet_write_token)
        grant_access = async_raw(AsyncModelsResource.grant_access)
        handle_access_request = async_raw(AsyncModelsResource.handle_access_request)
        handle_access_requests = async_raw(AsyncModelsResource.handle_access_requests)
        info = async_raw(AsyncModelsResource.info)
        info_at_revision = async_raw(AsyncModelsResource.info_at_revision)
        list = async_raw(AsyncModelsResource.list)
        list_access_requests = async_raw(AsyncModelsResource.list_access_requests)
        list_commits = async_raw(AsyncModelsResource.list_commits)
        list_lfs_files = async_raw(AsyncModelsResource.list_lfs_files)
        list_refs = async_raw(AsyncModelsResource.list_refs)
        list_tags_by_type = async_raw(AsyncModelsResource.list_tags_by_type)
        list_tree = async_raw(AsyncModelsResource.list_tree)
        preupload = async_raw(AsyncModelsResource.preupload)
        request_access = async_raw(AsyncModelsResource.request_access)
        resolve = async_raw(AsyncModelsResource.resolve)
        resolve_cached = async_raw(AsyncModelsResource.resolve_cached)
        set_resource_group = async_raw(AsyncModelsResource.set_resource_group)
        super_squash = async_raw(AsyncModelsResource.super_squash)
        update_settings = async_raw(AsyncModelsResource.update_settings)
