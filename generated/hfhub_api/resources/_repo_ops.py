"""Request builders shared by operations that differ only by repository type.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations


from .._request import Request
from .._request import dir_path as _dir
from .._request import fields as _fields
from .._request import file_path as _file
from .._request import query as _q
from .._request import repo_segments as _repo
from .._request import segment as _seg
from .._types import ListOf
from ..models._shared import AccessRequest, Commit, CommitResponse, DatasetGetPathsInfoItem, DatasetUpdateSettingsResponse, DuplicateXetFilesResponse, GetFolderSizeResponse, GetJwtResponse, GetNotebookUrlResponse, GetSecurityStatusResponse, GetXetReadTokenResponse, HandleAccessRequestsItem, LfsFile, ListRefsResponse, PreuploadResponse, ResourceGroupSummary, SetResourceGroupResponse, SuperSquashResponse, Tree


def cancel_access_request(rt: str, repo_id, body) -> Request:
    return Request("POST", f"/api/{rt}/{_repo(repo_id, rt)}/user-access-request/cancel", json=body, kind="empty")


def commit(rt: str, repo_id, revision, content_type, create_pr, hot_reload, body) -> Request:
    return Request(
        "POST",
        f"/api/{rt}/{_repo(repo_id, rt)}/commit/{_seg(revision, 'revision')}",
        params=_q({"create_pr": create_pr, "hot_reload": hot_reload}),
        headers=_q({"Content-Type": content_type}),
        json=body,
        convert=CommitResponse._convert,
    )


def compare(rt: str, repo_id, compare, raw) -> Request:
    return Request("GET", f"/api/{rt}/{_repo(repo_id, rt)}/compare/{_seg(compare, 'compare')}", params=_q({"raw": raw}))


def create_branch(rt: str, repo_id, branch, starting_point, empty_branch, overwrite) -> Request:
    return Request(
        "POST",
        f"/api/{rt}/{_repo(repo_id, rt)}/branch/{_seg(branch, 'branch')}",
        json=_fields({"startingPoint": starting_point, "emptyBranch": empty_branch, "overwrite": overwrite}),
        kind="empty",
    )


def create_tag(rt: str, repo_id, revision, tag, message) -> Request:
    return Request(
        "POST",
        f"/api/{rt}/{_repo(repo_id, rt)}/tag/{_seg(revision, 'revision')}",
        json=_fields({"tag": tag, "message": message}),
        kind="empty",
    )


def delete_branch(rt: str, repo_id, branch) -> Request:
    return Request("DELETE", f"/api/{rt}/{_repo(repo_id, rt)}/branch/{_seg(branch, 'branch')}", kind="empty")


def delete_lfs_file(rt: str, repo_id, sha, rewrite_history) -> Request:
    return Request(
        "DELETE",
        f"/api/{rt}/{_repo(repo_id, rt)}/lfs-files/{_seg(sha, 'sha')}",
        params=_q({"rewriteHistory": rewrite_history}),
        kind="empty",
    )


def delete_lfs_files(rt: str, repo_id, deletions) -> Request:
    return Request(
        "POST",
        f"/api/{rt}/{_repo(repo_id, rt)}/lfs-files/batch",
        json=_fields({"deletions": deletions}),
        kind="empty",
    )


def delete_tag(rt: str, repo_id, tag) -> Request:
    return Request("DELETE", f"/api/{rt}/{_repo(repo_id, rt)}/tag/{_seg(tag, 'tag')}", kind="empty")


def duplicate_xet_files(rt: str, repo_id, target, files) -> Request:
    return Request(
        "POST",
        f"/api/{rt}/{_repo(repo_id, rt)}/lfs-files/duplicate",
        json=_fields({"target": target, "files": files}),
        convert=DuplicateXetFilesResponse._convert,
    )


def get_folder_size(rt: str, repo_id, revision, path) -> Request:
    return Request(
        "GET",
        f"/api/{rt}/{_repo(repo_id, rt)}/treesize/{_seg(revision, 'revision')}/{_file(path, 'path')}",
        convert=GetFolderSizeResponse._convert,
    )


def get_jwt(rt: str, repo_id, billing_details, encrypted, expiration, expires_in, include_pro_status, inference_api, write) -> Request:
    return Request(
        "GET",
        f"/api/{rt}/{_repo(repo_id, rt)}/jwt",
        params=_q({"billing_details": billing_details, "encrypted": encrypted, "expiration": expiration, "expires_in": expires_in, "include_pro_status": include_pro_status, "inference_api": inference_api, "write": write}),
        convert=GetJwtResponse._convert,
    )


def get_notebook_url(rt: str, repo_id, revision, path) -> Request:
    return Request(
        "GET",
        f"/api/{rt}/{_repo(repo_id, rt)}/notebook/{_seg(revision, 'revision')}/{_file(path, 'path')}",
        convert=GetNotebookUrlResponse._convert,
    )


def get_paths_info(rt: str, repo_id, revision, paths, expand) -> Request:
    return Request(
        "POST",
        f"/api/{rt}/{_repo(repo_id, rt)}/paths-info/{_seg(revision, 'revision')}",
        json=_fields({"paths": paths, "expand": expand}),
        convert=ListOf(DatasetGetPathsInfoItem),
    )


def get_resource_group(rt: str, repo_id) -> Request:
    return Request("GET", f"/api/{rt}/{_repo(repo_id, rt)}/resource-group", convert=ResourceGroupSummary._convert)


def get_security_status(rt: str, repo_id) -> Request:
    return Request("GET", f"/api/{rt}/{_repo(repo_id, rt)}/scan", convert=GetSecurityStatusResponse._convert)


def get_xet_read_token(rt: str, repo_id, revision) -> Request:
    return Request(
        "GET",
        f"/api/{rt}/{_repo(repo_id, rt)}/xet-read-token/{_seg(revision, 'revision')}",
        convert=GetXetReadTokenResponse._convert,
    )


def get_xet_write_token(rt: str, repo_id, revision) -> Request:
    return Request(
        "GET",
        f"/api/{rt}/{_repo(repo_id, rt)}/xet-write-token/{_seg(revision, 'revision')}",
        convert=GetXetReadTokenResponse._convert,
    )


def grant_access(rt: str, repo_id, user_id, user) -> Request:
    return Request(
        "POST",
        f"/api/{rt}/{_repo(repo_id, rt)}/user-access-request/grant",
        json=_fields({"userId": user_id, "user": user}),
        kind="empty",
    )


def handle_access_request(rt: str, repo_id, user_id, user, status, rejection_reason) -> Request:
    return Request(
        "POST",
        f"/api/{rt}/{_repo(repo_id, rt)}/user-access-request/handle",
        json=_fields({"userId": user_id, "user": user, "status": status, "rejectionReason": rejection_reason}),
        kind="empty",
    )


def handle_access_requests(rt: str, repo_id, status, rejection_reason, requests) -> Request:
    return Request(
        "POST",
        f"/api/{rt}/{_repo(repo_id, rt)}/user-access-request/batch",
        json=_fields({"status": status, "rejectionReason": rejection_reason, "requests": requests}),
        convert=ListOf(HandleAccessRequestsItem),
    )


def list_access_requests(rt: str, repo_id, status, after, before, limit) -> Request:
    return Request(
        "GET",
        f"/api/{rt}/{_repo(repo_id, rt)}/user-access-request/{_seg(status, 'status')}",
        params=_q({"after": after, "before": before, "limit": limit}),
        convert=AccessRequest._convert,
        paginated=True,
    )


def list_commits(rt: str, repo_id, revision, expand, limit, p) -> Request:
    return Request(
        "GET",
        f"/api/{rt}/{_repo(repo_id, rt)}/commits/{_seg(revision, 'revision')}",
        params=_q({"expand": expand, "limit": limit, "p": p}),
        convert=Commit._convert,
        paginated=True,
    )


def list_lfs_files(rt: str, repo_id, cursor, limit, xet) -> Request:
    return Request(
        "GET",
        f"/api/{rt}/{_repo(repo_id, rt)}/lfs-files",
        params=_q({"cursor": cursor, "limit": limit, "xet": xet}),
        convert=LfsFile._convert,
        paginated=True,
    )


def list_refs(rt: str, repo_id, include_prs) -> Request:
    return Request(
        "GET",
        f"/api/{rt}/{_repo(repo_id, rt)}/refs",
        params=_q({"include_prs": include_prs}),
        convert=ListRefsResponse._convert,
    )


def list_tree(rt: str, repo_id, revision, path, cursor, expand, limit, recursive) -> Request:
    return Request(
        "GET",
        f"/api/{rt}/{_repo(repo_id, rt)}/tree/{_seg(revision, 'revision')}{_dir(path, 'path')}",
        params=_q({"cursor": cursor, "expand": expand, "limit": limit, "recursive": recursive}),
        convert=Tree._convert,
        paginated=True,
    )


def preupload(rt: str, repo_id, revision, files, git_attributes, git_ignore) -> Request:
    return Request(
        "POST",
        f"/api/{rt}/{_repo(repo_id, rt)}/preupload/{_seg(revision, 'revision')}",
        json=_fields({"files": files, "gitAttributes": git_attributes, "gitIgnore": git_ignore}),
        convert=PreuploadResponse._convert,
    )


def resolve(rt: str, repo_id, revision, path, range) -> Request:
    return Request(
        "GET",
        f"/{rt}/{_repo(repo_id, rt)}/resolve/{_seg(revision, 'revision')}/{_file(path, 'path')}",
        headers=_q({"Range": range}),
        kind="binary",
    )


def resolve_cached(rt: str, repo_id, revision, path, range) -> Request:
    return Request(
        "GET",
        f"/api/resolve-cache/{rt}/{_repo(repo_id, rt)}/{_seg(revision, 'revision')}/{_file(path, 'path')}",
        headers=_q({"Range": range}),
        kind="binary",
    )


def set_resource_group(rt: str, repo_id, resource_group_id) -> Request:
    return Request(
        "POST",
        f"/api/{rt}/{_repo(repo_id, rt)}/resource-group",
        json=_fields({"resourceGroupId": resource_group_id}),
        convert=SetResourceGroupResponse._convert,
    )


def super_squash(rt: str, repo_id, revision, message) -> Request:
    return Request(
        "POST",
        f"/api/{rt}/{_repo(repo_id, rt)}/super-squash/{_seg(revision, 'revision')}",
        json=_fields({"message": message}),
        convert=SuperSquashResponse._convert,
    )


def update_settings(rt: str, repo_id, private, visibility, discussions_disabled, discussions_sorting, gated, org_members_gated, gated_notifications_email, gated_notifications_mode) -> Request:
    return Request(
        "PUT",
        f"/api/{rt}/{_repo(repo_id, rt)}/settings",
        json=_fields({"private": private, "visibility": visibility, "discussionsDisabled": discussions_disabled, "discussionsSorting": discussions_sorting, "gated": gated, "orgMembersGated": org_members_gated, "gatedNotificationsEmail": gated_notifications_email, "gatedNotificationsMode": gated_notifications_mode}),
        convert=DatasetUpdateSettingsResponse._convert,
    )
