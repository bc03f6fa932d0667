"""Commits: preupload classifies files, LFS objects go to the store, then one NDJSON commit call per batch."""

from __future__ import annotations

import base64
import dataclasses
import json
import os
from pathlib import Path
from typing import Any, Iterable, Sequence, cast
from urllib.parse import quote

from hfhub_api._request import Request

from ..errors import EntryNotFoundError, NotFoundError, RepositoryNotFoundError, RevisionNotFoundError
from ..errors import XetStorageError
from ._names import commit_path, revision_name
from ._lfs import lfs_upload_plan
from ._listing import RepoFile, api_path, paths_info_plan, tree_entries_plan, tree_request
from ._operations import CommitOperation, CommitOperationAdd, CommitOperationCopy, CommitOperationDelete, CommitResult, Deduplication
from ._snapshot import filter_paths
from hfhub_api._steps import Call, Plan, Steps
from ._transfer import call_deadline, exchange, resolve_url
from ._xet import XetToken, logger, token_plan, token_route, upload_step, xet_library

__all__ = ["commit_plan", "upload_folder_plan", "OPERATIONS_PER_COMMIT"]

OPERATIONS_PER_COMMIT = 1000
_PREUPLOAD_BATCH = 256
_SKIPPED_DIRS = (".git", ".cache/huggingface")


def _check_operations(operations: object) -> list[CommitOperation]:
    if not isinstance(operations, (list, tuple)) or not operations:
        raise ValueError("operations must be a non-empty list of CommitOperationAdd/Delete/Copy")
    checked: list[CommitOperation] = []
    for op in cast("Sequence[object]", operations):
        if not isinstance(op, (CommitOperationAdd, CommitOperationDelete, CommitOperationCopy)):
            raise TypeError(f"not a commit operation: {op!r}")
        checked.append(op)
    return checked


def commit_plan(
    client: Any,
    repo_type: str,
    repo_id: str,
    operations: Sequence[CommitOperation],
    *,
    commit_message: str,
    commit_description: str | None,
    revision: str | None,
    create_pr: bool,
    parent_commit: str | None,
    workers: int,
) -> Steps[CommitResult]:
    """One commit of ``operations``; returns its :class:`CommitResult`."""
    ops = _check_operations(operations)
    revision = revision_name(revision)
    if not isinstance(commit_message, str) or not commit_message.strip():
        raise ValueError("commit_message must be a non-empty str")
    api = api_path(repo_type, repo_id)
    pr_params = {"create_pr": "1"} if create_pr else None
    adds = [op for op in ops if isinstance(op, CommitOperationAdd)]
    modes = yield from _preupload(api, revision, adds, pr_params)
    large = [op for op in adds if modes.get(op.path_in_repo, ("regular", False))[0] == "lfs"]
    deduplication = (yield from _upload_large(client, repo_type, repo_id, revision, create_pr, large, workers)) if large else None
    sources = yield from _copy_sources(client, repo_type, repo_id, revision, [op for op in ops if isinstance(op, CommitOperationCopy)])
    header: dict[str, Any] = {"summary": commit_message, "description": commit_description or ""}
    if parent_commit is not None:
        header["parentCommit"] = parent_commit
    lines = [{"key": "header", "value": header}]
    for op in ops:
        line = _line(op, modes, sources, revision)
        if line is not None:
            lines.append(line)
    body = b"".join(json.dumps(line, separators=(",", ":")).encode() + b"\n" for line in lines)
    request = Request[Any](
        "POST", f"{api}/commit/{quote(revision, safe='')}", content=body, params=pr_params,
        headers={"Content-Type": "application/x-ndjson"},
    )
    data = (yield Call(request)).json()
    pr_url = data.get("pullRequestUrl")
    return CommitResult(
        commit_id=data["commitOid"],
        commit_url=data.get("commitUrl", ""),
        commit_message=commit_message,
        pr_url=pr_url,
        pr_num=int(pr_url.rstrip("/").rsplit("/", 1)[-1]) if pr_url else None,
        deduplication=deduplication,
    )


def _upload_large(
    client: Any, repo_type: str, repo_id: str, revision: str, create_pr: bool, operations: list[CommitOperationAdd], workers: int
) -> Steps[Deduplication | None]:
    """Large files to Xet storage (write token, then one hf_xet upload commit), else to the LFS store.

    File objects keep the LFS path, as in huggingface_hub. A repository without a Xet write token
    route (404), hf_xet missing or ``HF_HUB_DISABLE_XET`` send everything through the LFS batch API;
    so does a Xet storage that fails, once, with a warning that says why.
    """
    on_xet = [op for op in operations if not op.from_file_object]
    route = token_route(client.base_url, repo_type, repo_id, revision, write=True, create_pr=create_pr)
    token = (yield from _write_token(client, repo_id, route)) if on_xet and xet_library() else None
    if token is not None:
        try:
            deduplication: Deduplication = yield upload_step(client, token, route, on_xet)
        except XetStorageError as exc:
            logger.warning("Xet storage failed the upload of %d file(s), sent to the LFS store instead: %s", len(on_xet), exc)
        else:
            rest = [op for op in operations if op.from_file_object]
            if rest:
                yield from lfs_upload_plan(client, repo_type, repo_id, revision, rest, workers)
            return deduplication
    yield from lfs_upload_plan(client, repo_type, repo_id, revision, operations, workers)
    return None


def _write_token(client: Any, repo_id: str, route: str) -> Steps[XetToken | None]:
    try:
        return (yield from token_plan(client, route, call_deadline(client)))
    except (RepositoryNotFoundError, RevisionNotFoundError):
        raise
    except NotFoundError:
        logger.info("%s has no Xet write token route: its large files go to the LFS store", repo_id)
        return None


def _preupload(api: str, revision: str, adds: list[CommitOperationAdd], params: dict[str, str] | None) -> Plan:
    """``{path: (upload mode, ignored)}``: the Hub decides which files go to LFS (size, .gitattributes)."""
    modes: dict[str, tuple[str, bool]] = {}
    for start in range(0, len(adds), _PREUPLOAD_BATCH):
        batch = adds[start : start + _PREUPLOAD_BATCH]
        files = [{"path": op.path_in_repo, "size": op.size, "sample": base64.b64encode(op.sample).decode()} for op in batch]
        request = Request[Any]("POST", f"{api}/preupload/{quote(revision, safe='')}", json={"files": files}, params=params)
        for item in (yield Call(request)).json().get("files", []):
            modes[item["path"]] = (item.get("uploadMode", "regular"), bool(item.get("shouldIgnore")))
    return modes


def _copy_sources(client: Any, repo_type: str, repo_id: str, revision: str, copies: list[CommitOperationCopy]) -> Plan:
    """For each copy: the LFS entry of its source, or the bytes of a small one (the commit API needs them)."""
    sources: dict[tuple[str, str], RepoFile | bytes] = {}
    by_revision: dict[str, list[str]] = {}
    for op in copies:
        by_revision.setdefault(op.src_revision or revision, []).append(op.src_path_in_repo)
    for rev, paths in by_revision.items():
        entries = yield from paths_info_plan(repo_type, repo_id, sorted(set(paths)), rev)
        found = {e.path: e for e in entries if isinstance(e, RepoFile)}
        for path in paths:
            entry = found.get(path)
            if entry is None:
                raise FileNotFoundError(f"cannot copy {path!r}: it is not a file of {repo_id!r} at {rev!r}")
            if entry.lfs is not None:
                sources[(rev, path)] = entry
                continue
            url = resolve_url(client.base_url, repo_type, repo_id, rev, path)
            response = yield from exchange(client, "GET", url, None, deadline=call_deadline(client))
            sources[(rev, path)] = response.content
    return sources


def _line(
    op: CommitOperation, modes: dict[str, tuple[str, bool]], sources: dict[tuple[str, str], Any], revision: str
) -> dict[str, Any] | None:
    if isinstance(op, CommitOperationAdd):
        mode, ignored = modes.get(op.path_in_repo, ("regular", False))
        if ignored:
            return None
        if mode == "lfs":
            return {"key": "lfsFile", "value": {"path": op.path_in_repo, "algo": "sha256", "oid": op.sha256, "size": op.size}}
        return {"key": "file", "value": {"path": op.path_in_repo, "content": op.b64(), "encoding": "base64"}}
    if isinstance(op, CommitOperationDelete):
        return {"key": "deletedFolder" if op.is_folder else "deletedFile", "value": {"path": op.path_in_repo}}
    source = sources[(op.src_revision or revision, op.src_path_in_repo)]
    if isinstance(source, bytes):
        return {"key": "file", "value": {"path": op.path_in_repo, "content": base64.b64encode(source).decode(), "encoding": "base64"}}
    assert source.lfs is not None
    return {"key": "lfsFile", "value": {"path": op.path_in_repo, "algo": "sha256", "oid": source.lfs.sha256, "size": source.lfs.size}}


def _local_files(folder: Path) -> list[str]:
    found: list[str] = []
    for root, dirs, names in os.walk(folder):
        rel_root = Path(root).relative_to(folder).as_posix()
        rel_root = "" if rel_root == "." else rel_root + "/"
        dirs[:] = sorted(d for d in dirs if not any((rel_root + d).startswith(s) for s in _SKIPPED_DIRS))
        found.extend(rel_root + name for name in sorted(names))
    return found


def upload_folder_plan(
    client: Any,
    repo_type: str,
    repo_id: str,
    folder_path: str | os.PathLike[str],
    *,
    path_in_repo: str,
    allow_patterns: str | Iterable[str] | None,
    ignore_patterns: str | Iterable[str] | None,
    delete_patterns: str | Iterable[str] | None,
    commit_message: str | None,
    revision: str | None,
    create_pr: bool,
    workers: int,
) -> Steps[CommitResult]:
    """The folder's files in commits of at most :data:`OPERATIONS_PER_COMMIT` operations; the last commit's result."""
    folder = Path(folder_path)
    if not folder.is_dir():
        raise NotADirectoryError(f"cannot upload {str(folder)!r}: not a folder")
    prefix = path_in_repo.strip("/")
    prefix = commit_path(prefix) + "/" if prefix else ""
    revision = revision_name(revision)
    local = filter_paths(_local_files(folder), allow_patterns, ignore_patterns)
    ops: list[CommitOperation] = []
    if delete_patterns is not None:
        remote = yield from _remote_files(repo_type, repo_id, prefix.rstrip("/"), revision)
        kept = {prefix + p for p in local}
        relative = [p[len(prefix):] for p in remote if p.startswith(prefix) and p not in kept]
        ops.extend(CommitOperationDelete(prefix + p) for p in filter_paths(relative, delete_patterns, None))
    ops.extend(CommitOperationAdd(prefix + p, folder / p) for p in local)
    if not ops:
        raise ValueError(f"nothing to upload from {str(folder)!r} (every file was filtered out)")
    message = commit_message or "Upload folder using hfhub"
    result = None
    first_pr: CommitResult | None = None
    deduplication: Deduplication | None = None  # over every batch
    for start in range(0, len(ops), OPERATIONS_PER_COMMIT):
        batch = ops[start : start + OPERATIONS_PER_COMMIT]
        result = yield from commit_plan(
            client, repo_type, repo_id, batch, commit_message=message, commit_description=None,
            revision=revision, create_pr=create_pr and first_pr is None, parent_commit=None, workers=workers,
        )
        if result.deduplication is not None:
            deduplication = result.deduplication if deduplication is None else deduplication + result.deduplication
        if create_pr and first_pr is None and result.pr_num is not None:
            first_pr = result
            revision = f"refs/pr/{result.pr_num}"  # the next batches go to the same pull request
    assert result is not None
    if first_pr is not None or deduplication is not None:
        pr = first_pr or result
        return dataclasses.replace(result, commit_message=message, pr_url=pr.pr_url, pr_num=pr.pr_num, deduplication=deduplication)
    return result


def _remote_files(repo_type: str, repo_id: str, path: str, revision: str) -> Plan:
    request = tree_request(repo_type, repo_id, path, revision, recursive=True, expand=False)
    try:
        entries = yield from tree_entries_plan(request)
    except EntryNotFoundError:
        if path:
            return []  # the folder does not exist yet: nothing to delete
        raise
    return [e.path for e in entries if isinstance(e, RepoFile)]
