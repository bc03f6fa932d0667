"""Request builders shared by operations that differ only by repository type.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from .._request import Request
from .._request import dir_path as _dir
from .._request import fields as _fields
from .._request import file_path as _file
from .._request import query as _q
from .._request import repo_segments as _repo
from .._request import segment as _seg
from .._types import ListOf
from ..models._shared import AccessRequest, BucketFile, Commit, CommitResponse, DatasetFile, DatasetGetPathsInfoItem, DatasetRequest, DatasetUpdateSettingsResponse, Deletions, DuplicateXetFilesResponse, GetFolderSizeResponse, GetJwtResponse, GetNotebookUrlResponse, GetSecurityStatusResponse, GetXetReadTokenResponse, HandleAccessRequestsItem, LfsFile, ListRefsResponse, PreuploadResponse, ResourceGroupSummary, SetResourceGroupResponse, SuperSquashResponse, Target, Tree


def cancel_access_request(rt: str, repo_id: str, body: Any) -> Request[None]:
    return Request("POST", f"/api/{rt}/{_repo(repo_id, rt)}/user-access-request/cancel", json=body, kind="empty")


def commit(rt: str, repo_id: str, revision: str, content_type: Literal["application/json", "application/x-ndjson"] | str | None, create_pr: Any, hot_reload: Any, body: Any) -> Request[CommitResponse]:
    return Request(
        "POST",
        f"/api/{rt}/{_repo(repo_id, rt)}/commit/{_seg(revision, 'revision')}",
        params=_q({"create_pr": create_pr, "hot_reload": hot_reload}),
        headers=_q({"Content-Type": content_type}),
        json=body,
        convert=CommitResponse,
    )


def compare(rt: str, repo_id: str, compare: str, raw: bool | None) -> Request[str]:
    return Request("GET", f"/api/{rt}/{_repo(repo_id, rt)}/compare/{_seg(compare, 'compare')}", params=_q({"raw": raw}))


def create_branch(rt: str, repo_id: str, branch: str, starting_point: str | None, empty_branch: bool | None, overwrite: bool | None) -> Request[None]:
    return Request(
        "POST",
        f"/api/{rt}/{_repo(repo_id, rt)}/branch/{_seg(branch, 'branch')}",
        json=_fields({"startingPoint": starting_point, "emptyBranch": empty_branch, "overwrite": overwrite}),
        kind="empty",
    )


def create_tag(rt: str, repo_id: str, revision: str, tag: str | None, message: str | None) -> Request[None]:
    return Request(
        "POST",
        f"/api/{rt}/{_repo(repo_id, rt)}/tag/{_seg(revision, 'revision')}",
        json=_fields({"tag": tag, "message": message}),
        kind="empty",
    )


def delete_branch(rt: str, repo_id: str, branch: str) -> Request[None]:
    return Request("DELETE", f"/api/{rt}/{_repo(repo_id, rt)}/branch/{_seg(branch, 'branch')}", kind="empty")


def delete_lfs_file(rt: str, repo_id: str, sha: str, rewrite_history: bool | None) -> Request[None]:
    return Request(
        "DELETE",
        f"/api/{rt}/{_repo(repo_id, rt)}/lfs-files/{_seg(sha, 'sha')}",
        params=_q({"rewriteHistory": rewrite_history}),
        kind="empty",
    )


def delete_lfs_files(rt: str, repo_id: str, deletions: Deletions | dict[str, Any] | None) -> Request[None]:
    return Request(
        "POST",
        f"/api/{rt}/{_repo(repo_id, rt)}/lfs-files/batch",
        json=_fields({"deletions": deletions}),
        kind="empty",
    )


def delete_tag(rt: str, repo_id: str, tag: str) -> Request[None]:
    return Request("DELETE", f"/api/{rt}/{_repo(repo_id, rt)}/tag/{_seg(tag, 'tag')}", kind="empty")


def duplicate_xet_files(rt: str, repo_id: str, target: Target | dict[str, Any] | None, files: list[BucketFile] | dict[str, Any] | None) -> Request[DuplicateXetFilesResponse]:
    return Request(
        "POST",
        f"/api/{rt}/{_repo(repo_id, rt)}/lfs-files/duplicate",
        json=_fields({"target": target, "files": files}),
        convert=DuplicateXetFilesResponse,
    )


def get_folder_size(rt: str, repo_id: str, revision: str, path: str) -> Request[GetFolderSizeResponse]:
    return Request(
        "GET",
        f"/api/{rt}/{_repo(repo_id, rt)}/treesize/{_seg(revision, 'revision')}/{_file(path, 'path')}",
        convert=GetFolderSizeResponse,
    )


def get_jwt(rt: str, repo_id: str, billing_details: Any, encrypted: Any, expiration: datetime | None, expires_in: int | None, include_pro_status: Any, inference_api: Any, write: Any) -> Request[GetJwtResponse]:
    return Request(
        "GET",
        f"/api/{rt}/{_repo(repo_id, rt)}/jwt",
        params=_q({"billing_details": billing_details, "encrypted": encrypted, "expiration": expiration, "expires_in": expires_in, "include_pro_status": include_pro_status, "inference_api": inference_api, "write": write}),
        convert=GetJwtResponse,
    )


def get_notebook_url(rt: str, repo_id: str, revision: str, path: str) -> Request[GetNotebookUrlResponse]:
    return Request(
        "GET",
        f"/api/{rt}/{_repo(repo_id, rt)}/notebook/{_seg(revision, 'revision')}/{_file(path, 'path')}",
        convert=GetNotebookUrlResponse,
    )


def get_paths_info(rt: str, repo_id: str, revision: str, paths: list[str] | str | None, expand: Any) -> Request[list[DatasetGetPathsInfoItem]]:
    return Request(
        "POST",
        f"/api/{rt}/{_repo(repo_id, rt)}/paths-info/{_seg(revision, 'revision')}",
        json=_fields({"paths": paths, "expand": expand}),
        convert=ListOf(DatasetGetPathsInfoItem),
    )


def get_resource_group(rt: str, repo_id: str) -> Request[ResourceGroupSummary]:
    return Request("GET", f"/api/{rt}/{_repo(repo_id, rt)}/resource-group", convert=ResourceGroupSummary)


def get_security_status(rt: str, repo_id: str) -> Request[GetSecurityStatusResponse]:
    return Request("GET", f"/api/{rt}/{_repo(repo_id, rt)}/scan", convert=GetSecurityStatusResponse)


def get_xet_read_token(rt: str, repo_id: str, revision: str) -> Request[GetXetReadTokenResponse]:
    return Request(
        "GET",
        f"/api/{rt}/{_repo(repo_id, rt)}/xet-read-token/{_seg(revision, 'revision')}",
        convert=GetXetReadTokenResponse,
    )


def get_xet_write_token(rt: str, repo_id: str, revision: str) -> Request[GetXetReadTokenResponse]:
    return Request(
        "GET",
        f"/api/{rt}/{_repo(repo_id, rt)}/xet-write-token/{_seg(revision, 'revision')}",
        convert=GetXetReadTokenResponse,
    )


def grant_access(rt: str, repo_id: str, user_id: str | None, user: str | None) -> Request[None]:
    return Request(
        "POST",
        f"/api/{rt}/{_repo(repo_id, rt)}/user-access-request/grant",
        json=_fields({"userId": user_id, "user": user}),
        kind="empty",
    )


def handle_access_request(rt: str, repo_id: str, user_id: str | None, user: str | None, status: Literal["accepted", "rejected", "pending"] | str | None, rejection_reason: str | None) -> Request[None]:
    return Request(
        "POST",
        f"/api/{rt}/{_repo(repo_id, rt)}/user-access-request/handle",
        json=_fields({"userId": user_id, "user": user, "status": status, "rejectionReason": rejection_reason}),
        kind="empty",
    )


def handle_access_requests(rt: str, repo_id: str, status: Literal["accepted", "rejected", "pending"] | str | None, rejection_reason: str | None, requests: list[DatasetRequest] | dict[str, Any] | None) -> Request[list[HandleAccessRequestsItem]]:
    return Request(
        "POST",
        f"/api/{rt}/{_repo(repo_id, rt)}/user-access-request/batch",
        json=_fields({"status": status, "rejectionReason": rejection_reason, "requests": requests}),
        convert=ListOf(HandleAccessRequestsItem),
    )


def list_access_requests(rt: str, repo_id: str, status: Literal["pending", "accepted", "rejected"] | str, after: datetime | None, before: datetime | None, limit: int | None) -> Request[AccessRequest]:
    return Request(
        "GET",
        f"/api/{rt}/{_repo(repo_id, rt)}/user-access-request/{_seg(status, 'status')}",
        params=_q({"after": after, "before": before, "limit": limit}),
        convert=AccessRequest,
        paginated=True,
    )


def list_commits(rt: str, repo_id: str, revision: str, expand: list[Literal["formatted"] | str] | None, limit: int | None, p: int | None) -> Request[Commit]:
    return Request(
        "GET",
        f"/api/{rt}/{_repo(repo_id, rt)}/commits/{_seg(revision, 'revision')}",
        params=_q({"expand": expand, "limit": limit, "p": p}),
        convert=Commit,
        paginated=True,
    )


def list_lfs_files(rt: str, repo_id: str, cursor: str | None, limit: int | None, xet: Any) -> Request[LfsFile]:
    return Request(
        "GET",
        f"/api/{rt}/{_repo(repo_id, rt)}/lfs-files",
        params=_q({"cursor": cursor, "limit": limit, "xet": xet}),
        convert=LfsFile,
        paginated=True,
    )


def list_refs(rt: str, repo_id: str, include_prs: bool | None) -> Request[ListRefsResponse]:
    return Request(
        "GET",
        f"/api/{rt}/{_repo(repo_id, rt)}/refs",
        params=_q({"include_prs": include_prs}),
        convert=ListRefsResponse,
    )


def list_tree(rt: str, repo_id: str, revision: str, path: str, cursor: str | None, expand: bool | None, limit: int | None, recursive: bool | None) -> Request[Tree]:
    return Request(
        "GET",
        f"/api/{rt}/{_repo(repo_id, rt)}/tree/{_seg(revision, 'revision')}{_dir(path, 'path')}",
        params=_q({"cursor": cursor, "expand": expand, "limit": limit, "recursive": recursive}),
        convert=Tree,
        paginated=True,
    )


def preupload(rt: str, repo_id: str, revision: str, files: list[DatasetFile] | dict[str, Any] | None, git_attributes: str | None, git_ignore: str | None) -> Request[PreuploadResponse]:
    return Request(
        "POST",
        f"/api/{rt}/{_repo(repo_id, rt)}/preupload/{_seg(revision, 'revision')}",
        json=_fields({"files": files, "gitAttributes": git_attributes, "gitIgnore": git_ignore}),
        convert=PreuploadResponse,
    )


def resolve(rt: str, repo_id: str, revision: str, path: str, range: str | None) -> Request[bytes]:
    return Request(
        "GET",
        f"/{rt}/{_repo(repo_id, rt)}/resolve/{_seg(revision, 'revision')}/{_file(path, 'path')}",
        headers=_q({"Range": range}),
        kind="binary",
    )


def resolve_cached(rt: str, repo_id: str, revision: str, path: str, range: str | None) -> Request[bytes]:
    return Request(
        "GET",
        f"/api/resolve-cache/{rt}/{_repo(repo_id, rt)}/{_seg(revision, 'revision')}/{_file(path, 'path')}",
        headers=_q({"Range": range}),
        kind="binary",
    )


def set_resource_group(rt: str, repo_id: str, resource_group_id: str | None) -> Request[SetResourceGroupResponse]:
    return Request(
        "POST",
        f"/api/{rt}/{_repo(repo_id, rt)}/resource-group",
        json=_fields({"resourceGroupId": resource_group_id}),
        convert=SetResourceGroupResponse,
    )


def super_squash(rt: str, repo_id: str, revision: str, message: str | None) -> Request[SuperSquashResponse]:
    return Request(
        "POST",
        f"/api/{rt}/{_repo(repo_id, rt)}/super-squash/{_seg(revision, 'revision')}",
        json=_fields({"message": message}),
        convert=SuperSquashResponse,
    )


def update_settings(rt: str, repo_id: str, private: bool | None, visibility: Literal["private", "public", "protected"] | str | None, discussions_disabled: bool | None, discussions_sorting: Literal["recently-created", "trending", "reactions"] | str | None, gated: Literal[False] | Literal["auto", "manual"] | str | None, org_members_gated: bool | None, gated_notifications_email: str | None, gated_notifications_mode: Literal["bulk", "real-time"] | str | None) -> Request[DatasetUpdateSettingsResponse]:
    return Request(
        "PUT",
        f"/api/{rt}/{_repo(repo_id, rt)}/settings",
        json=_fields({"private": private, "visibility": visibility, "discussionsDisabled": discussions_disabled, "discussionsSorting": discussions_sorting, "gated": gated, "orgMembersGated": org_members_gated, "gatedNotificationsEmail": gated_notifications_email, "gatedNotificationsMode": gated_notifications_mode}),
        convert=DatasetUpdateSettingsResponse,
    )
