"""A whole repository at one commit: listed once, then only the missing files fetched, several at a time."""

from __future__ import annotations

import fnmatch
import os
from pathlib import Path
from typing import Any, Callable, Iterable, TypeVar
from urllib.parse import quote

import httpx2
from hfhub_api._request import Request, with_options

from ._cache import LocalDirEntry, RepoCache, cache_root
from ._download import cache_xet_target, dir_current, dir_xet_target, fetch_known_plan, fetch_known_to_dir_plan
from ._names import commit_name, etag_name, repo_path, revision_name, xet_hash_name
from ..errors import LocalEntryNotFoundError
from ._listing import RepoFile, api_path, tree_entries_plan, tree_request
from ._progress import CombinedProgress, ProgressCallback
from hfhub_api._steps import Call, Gather, Plan, Steps
from ._transfer import FileMeta, XetRef, resolve_url
from ._xet import token_route, xet_library
from ._xet_download import XetTarget, xet_files_plan

__all__ = ["snapshot_plan", "filter_paths"]

T = TypeVar("T")


def _patterns(value: str | Iterable[str] | None) -> list[str] | None:
    if value is None:
        return None
    items = [value] if isinstance(value, str) else list(value)
    # "folder/" means everything below it, as in huggingface_hub
    return [p + "*" if p.endswith("/") else p for p in items]


def filter_paths(paths: Iterable[str], allow: str | Iterable[str] | None, ignore: str | Iterable[str] | None) -> list[str]:
    """The paths matching one of ``allow`` (all when ``None``) and none of ``ignore`` (fnmatch patterns)."""
    allowed, ignored = _patterns(allow), _patterns(ignore)
    return [
        p
        for p in paths
        if (allowed is None or any(fnmatch.fnmatch(p, a) for a in allowed))
        and not (ignored and any(fnmatch.fnmatch(p, i) for i in ignored))
    ]


def snapshot_plan(
    client: Any,
    repo_type: str,
    repo_id: str,
    *,
    revision: str | None,
    allow_patterns: str | Iterable[str] | None,
    ignore_patterns: str | Iterable[str] | None,
    cache_dir: str | os.PathLike[str] | None,
    local_dir: str | os.PathLike[str] | None,
    max_workers: int,
    local_files_only: bool,
    progress: ProgressCallback | None,
    etag_timeout: httpx2.Timeout | None = None,
) -> Steps[Path]:
    """``etag_timeout`` bounds each metadata request (the revision and the tree listing), which stand
    for huggingface_hub's ``HEAD`` per file; the files' bodies keep the call's timeout."""
    revision = revision_name(revision)
    if not isinstance(max_workers, int) or max_workers < 1:
        raise ValueError(f"max_workers must be a positive int, not {max_workers!r}")
    cache = RepoCache(cache_root(cache_dir), repo_type, repo_id)
    if local_files_only or client.offline:
        return _cached_snapshot(cache, revision, local_dir)
    revision_path = f"{api_path(repo_type, repo_id)}/revision/{quote(revision, safe='')}"
    info = yield Call(_bounded(Request[Any]("GET", revision_path, params={"expand": "sha"}), etag_timeout))
    commit = info.json().get("sha")
    if not commit:
        raise ValueError(f"the Hub did not give the commit of {repo_id!r} at {revision!r}")
    commit = commit_name(commit, f"the sha of {revision_path}")
    files = yield from _all_files(repo_type, repo_id, commit, etag_timeout)
    wanted = set(filter_paths(files, allow_patterns, ignore_patterns))
    chosen = [_checked(f, repo_id, commit) for path, f in files.items() if path in wanted]
    report = _combined(chosen, cache, commit, local_dir, progress)
    route = token_route(client.base_url, repo_type, repo_id, commit, write=False)
    use_xet = any(f.xet_hash for f in chosen) and xet_library() is not None
    targets: list[XetTarget] = []
    plans: list[Plan] = []
    for f in chosen:
        if use_xet and f.xet_hash and f.lfs:
            url = resolve_url(client.base_url, repo_type, repo_id, commit, f.path)
            meta = FileMeta(commit, f.etag, _size(f), url, XetRef(f.xet_hash.lower(), route))
            target = _xet_target(client, cache, local_dir, meta, f.path, report(f))
            if target is not None:
                targets.append(target)
        elif local_dir is not None:
            entry = LocalDirEntry(Path(local_dir), f.path)
            plans.append(fetch_known_to_dir_plan(client, entry, repo_type, repo_id, commit, f.etag, _size(f), report(f)))
        else:
            plans.append(fetch_known_plan(client, cache, commit, f.path, f.etag, _size(f), report(f)))
    if targets:  # every Xet file in one hf_xet download group, beside the other transfers
        plans.append(xet_files_plan(client, route, targets, max_workers))
    yield Gather(plans, max_workers)
    if local_dir is not None:
        return Path(local_dir)
    cache.remember_ref(revision, commit)
    folder = cache.snapshot(commit)
    cache.writable(folder, commit).mkdir(exist_ok=True)
    return folder


def _checked(entry: RepoFile, repo_id: str, commit: str) -> RepoFile:
    """A listed file whose path and hash may name files on disk; every one is checked before any is fetched."""
    source = f"the tree listing of {repo_id!r} at {commit}"
    repo_path(entry.path, source)
    etag_name(entry.etag, f"{source} (oid of {entry.path!r})")
    if entry.xet_hash is not None:
        xet_hash_name(entry.xet_hash, f"{source} (xetHash of {entry.path!r})")
    return entry


def _xet_target(
    client: Any, cache: RepoCache, local_dir: str | os.PathLike[str] | None, meta: FileMeta, path: str, progress: ProgressCallback | None
) -> XetTarget | None:
    """A snapshot file for the Xet group; ``None`` when it is already in place."""
    assert meta.xet is not None
    if local_dir is not None:
        entry = LocalDirEntry(Path(local_dir), path)
        return None if dir_current(entry, meta.commit, meta.etag) else dir_xet_target(client, entry, meta, meta.xet, progress)
    if cache.present(cache.pointer(meta.commit, path)):
        return None
    return cache_xet_target(client, cache, meta, meta.xet, path, False, progress)


def _combined(
    chosen: list[RepoFile], cache: RepoCache, commit: str, local_dir: str | os.PathLike[str] | None, progress: ProgressCallback | None
) -> Callable[[RepoFile], ProgressCallback | None]:
    """Per-file callbacks adding up to one total: the bytes of the files not already in place."""
    if progress is None:
        return lambda f: None

    def present(f: RepoFile) -> bool:
        if local_dir is None:
            return cache.present(cache.pointer(commit, f.path))
        known = LocalDirEntry(Path(local_dir), f.path).read()
        return known is not None and known[1] == f.etag

    combined = CombinedProgress(sum(_size(f) for f in chosen if not present(f)), progress)
    return lambda f: combined.for_file(f.path)


def _size(f: RepoFile) -> int:
    return f.lfs.size if f.lfs is not None else f.size


def _bounded(request: Request[T], timeout: httpx2.Timeout | None) -> Request[T]:
    return request if timeout is None else with_options(request, timeout=timeout)


def _all_files(repo_type: str, repo_id: str, commit: str, etag_timeout: httpx2.Timeout | None) -> Steps[dict[str, RepoFile]]:
    request = _bounded(tree_request(repo_type, repo_id, "", commit, recursive=True, expand=False), etag_timeout)
    entries = yield from tree_entries_plan(request)
    return {e.path: e for e in entries if isinstance(e, RepoFile)}


def _cached_snapshot(cache: RepoCache, revision: str, local_dir: str | os.PathLike[str] | None) -> Path:
    if local_dir is not None:
        if Path(local_dir).is_dir():
            return Path(local_dir)
        raise LocalEntryNotFoundError(f"{local_dir} does not exist and the client is offline")
    commit = cache.commit_for(revision)
    if commit is not None and cache.snapshot(commit).is_dir():
        return cache.snapshot(commit)
    raise LocalEntryNotFoundError(
        f"no snapshot of {cache.repo_id!r} at {revision!r} in the cache at {cache.root}, and the client is offline"
    )
