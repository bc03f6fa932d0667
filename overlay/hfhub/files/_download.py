"""One file into the shared cache or a ``local_dir``: served from disk when possible, else fetched once under a lock."""

from __future__ import annotations

import dataclasses
import os
import uuid
from pathlib import Path
from typing import Any

import httpx2
from hfhub_api._client_base import Deadline

from ..errors import APIConnectionError, ServerError
from ._cache import LocalDirEntry, RepoCache, cache_root, link_or_copy
from ..errors import LocalEntryNotFoundError
from ._names import COMMIT_HASH, repo_path, revision_name
from ._progress import ProgressCallback
from hfhub_api._steps import Steps

from ._steps import locked
from ._transfer import FileMeta, XetRef, call_deadline, fetch_to_file, head_metadata, resolve_url
from ._xet import xet_library
from ._xet_download import XetTarget, xet_files_plan, xet_partial

__all__ = ["download_plan", "fetch_known_plan", "fetch_known_to_dir_plan", "cache_xet_target", "dir_xet_target", "dir_current"]

_LOCK_FROM = 1024 * 1024  # bytes; below this a duplicate transfer is cheaper than a lock


def download_plan(
    client: Any,
    repo_type: str,
    repo_id: str,
    filename: str,
    *,
    revision: str | None,
    cache_dir: str | os.PathLike[str] | None,
    local_dir: str | os.PathLike[str] | None,
    force_download: bool,
    local_files_only: bool,
    progress: ProgressCallback | None,
    etag_timeout: httpx2.Timeout | None = None,
) -> Steps[Path]:
    """``etag_timeout``: the metadata ``HEAD``'s own deadline (huggingface_hub's name), else it shares the call's."""
    filename = repo_path(filename)
    revision = revision_name(revision)
    offline = local_files_only or client.offline
    url = resolve_url(client.base_url, repo_type, repo_id, revision, filename)
    if local_dir is not None:
        entry = LocalDirEntry(Path(local_dir), filename)
        return (yield from _to_local_dir(client, entry, url, revision, force_download, offline, progress, etag_timeout))
    cache = RepoCache(cache_root(cache_dir), repo_type, repo_id)
    if COMMIT_HASH.fullmatch(revision) and not force_download:
        pointer = cache.pointer(revision, filename)
        if cache.present(pointer):
            return pointer
    if offline:
        cached = _cached(cache, revision, filename)
        if cached is None:
            raise LocalEntryNotFoundError(
                f"{filename!r} of {repo_id!r} at {revision!r} is not in the cache at {cache.root}, "
                "and the client is offline (local_files_only or HF_HUB_OFFLINE)"
            )
        return cached
    deadline = call_deadline(client)
    try:
        meta: FileMeta = yield from head_metadata(client, url, _head_deadline(deadline, etag_timeout))
    except (APIConnectionError, ServerError):
        # the Hub is unreachable or failing: a cached copy of this revision still answers
        cached = None if force_download else _cached(cache, revision, filename)
        if cached is None:
            raise
        return cached
    cache.remember_ref(revision, meta.commit)
    pointer = cache.pointer(meta.commit, filename)
    if cache.present(pointer) and not force_download:
        return pointer
    return (yield from _into_cache(client, cache, meta, filename, force_download, progress, deadline))


def fetch_known_plan(
    client: Any, cache: RepoCache, commit: str, filename: str, etag: str, size: int | None, progress: ProgressCallback | None
) -> Steps[Path]:
    """A file whose commit and etag a tree listing gave (checked by the caller): no metadata request, only the body if missing."""
    pointer = cache.pointer(commit, filename)
    if cache.present(pointer):
        return pointer
    url = resolve_url(client.base_url, cache.repo_type, cache.repo_id, commit, filename)
    meta = FileMeta(commit, etag, size, url)
    return (yield from _into_cache(client, cache, meta, filename, False, progress, call_deadline(client)))


def _into_cache(
    client: Any, cache: RepoCache, meta: FileMeta, filename: str, force: bool, progress: ProgressCallback | None, deadline: Deadline
) -> Steps[Path]:
    """Fetch the blob unless present, then link the snapshot entry to it.

    Large blobs are fetched under an inter-process lock into ``<etag>.incomplete``, which a later
    call resumes. Small ones skip the lock (it costs more than their transfer): each writer
    uses a file of its own and the atomic rename leaves one blob whoever finishes last. A Xet
    file goes through hf_xet when it is usable, the same way (:mod:`._xet_download`).
    """
    if meta.xet is not None and xet_library() is not None:
        target = cache_xet_target(client, cache, meta, meta.xet, filename, force, progress)
        return (yield from xet_files_plan(client, meta.xet.token_route, [target], 1))[0]
    blob = cache.writable(cache.blob(meta.etag), meta.etag)
    pointer = cache.writable(cache.pointer(meta.commit, filename), filename)
    small = meta.size is not None and meta.size < _LOCK_FROM
    lock = None if small else (yield from locked(cache.lock(meta.etag)))
    try:
        if force or not cache.present(blob):
            incomplete = blob.with_name(blob.name + ".incomplete")
            yield from fetch_to_file(
                client, meta.location, blob, _own(incomplete) if small else incomplete,
                etag=meta.etag, size=meta.size, label=filename, deadline=deadline, callback=progress,
            )
        if force or not cache.present(pointer):
            link_or_copy(blob, pointer)
    finally:
        if lock is not None:
            lock.release()
    return pointer


def cache_xet_target(
    client: Any, cache: RepoCache, meta: FileMeta, xet: XetRef, filename: str, force: bool, progress: ProgressCallback | None
) -> XetTarget:
    """A Xet file into the cache: the blob, its snapshot entry, and the bridge if the Xet storage fails."""
    blob = cache.writable(cache.blob(meta.etag), meta.etag)
    small = meta.size is not None and meta.size < _LOCK_FROM
    incomplete = blob.with_name(blob.name + ".incomplete")
    partial = xet_partial(_own(incomplete) if small else incomplete)
    bridge_meta = dataclasses.replace(meta, xet=None)
    return XetTarget(
        filename, xet.hash, meta.etag, meta.size, blob, partial, None if small else cache.lock(meta.etag),
        ready=lambda: not force and cache.present(blob),
        placed=lambda: cache.place(blob, meta.commit, filename),
        bridge=lambda: _into_cache(client, cache, bridge_meta, filename, force, progress, call_deadline(client)),
        progress=progress,
    )


def _cached(cache: RepoCache, revision: str, filename: str) -> Path | None:
    commit = cache.commit_for(revision)
    if commit is not None:
        pointer = cache.pointer(commit, filename)
        if cache.present(pointer):
            return pointer
    return None


def _to_local_dir(
    client: Any, entry: LocalDirEntry, url: str, revision: str, force: bool, offline: bool, progress: ProgressCallback | None,
    etag_timeout: httpx2.Timeout | None,
) -> Steps[Path]:
    known = entry.read()
    if not force and known is not None and known[0] == revision:
        return entry.path
    if offline:
        if entry.present():
            return entry.path
        raise LocalEntryNotFoundError(f"{entry.filename!r} is not in {entry.local_dir} and the client is offline")
    deadline = call_deadline(client)
    meta: FileMeta = yield from head_metadata(client, url, _head_deadline(deadline, etag_timeout))
    if not force and known is not None and known[1] == meta.etag:
        entry.write(meta.commit, meta.etag)
        return entry.path
    return (yield from _fill_local(client, entry, meta, progress, deadline))


def fetch_known_to_dir_plan(
    client: Any, entry: LocalDirEntry, repo_type: str, repo_id: str, commit: str, etag: str, size: int | None,
    progress: ProgressCallback | None,
) -> Steps[Path]:
    """A snapshot file into ``local_dir``, skipped when its metadata already records this etag."""
    if dir_current(entry, commit, etag):
        return entry.path
    url = resolve_url(client.base_url, repo_type, repo_id, commit, entry.filename)
    return (yield from _fill_local(client, entry, FileMeta(commit, etag, size, url), progress, call_deadline(client)))


def dir_current(entry: LocalDirEntry, commit: str, etag: str) -> bool:
    """Whether ``local_dir`` already holds this etag (its metadata then moves to ``commit``)."""
    known = entry.read()
    if known is None or known[1] != etag:
        return False
    if known[0] != commit:
        entry.write(commit, etag)
    return True


def _head_deadline(call: Deadline, etag_timeout: httpx2.Timeout | None) -> Deadline:
    return call if etag_timeout is None else Deadline(etag_timeout)


def _own(incomplete: Path) -> Path:
    """A partial file of this writer's own, for a small file fetched without a lock."""
    return incomplete.with_name(f"{incomplete.name.removesuffix('.incomplete')}.{uuid.uuid4().hex[:12]}.incomplete")


def _fill_local(client: Any, entry: LocalDirEntry, meta: FileMeta, progress: ProgressCallback | None, deadline: Deadline) -> Steps[Path]:
    """Like :func:`_into_cache`: large files under a lock and resumable, small ones through a file of their own."""
    if meta.xet is not None and xet_library() is not None:
        return (yield from xet_files_plan(client, meta.xet.token_route, [dir_xet_target(client, entry, meta, meta.xet, progress)], 1))[0]
    small = meta.size is not None and meta.size < _LOCK_FROM
    lock = None if small else (yield from locked(entry.lock()))
    try:
        target = entry.writable(entry.path)
        incomplete = _own(entry.incomplete(meta.etag)) if small else entry.incomplete(meta.etag)
        yield from fetch_to_file(
            client, meta.location, target, entry.writable(incomplete),
            etag=meta.etag, size=meta.size, label=entry.filename, deadline=deadline, callback=progress,
        )
        entry.write(meta.commit, meta.etag)
    finally:
        if lock is not None:
            lock.release()
    return entry.path


def dir_xet_target(client: Any, entry: LocalDirEntry, meta: FileMeta, xet: XetRef, progress: ProgressCallback | None) -> XetTarget:
    """A Xet file into ``local_dir``: the file, its metadata, and the bridge if the Xet storage fails."""
    small = meta.size is not None and meta.size < _LOCK_FROM
    incomplete = _own(entry.incomplete(meta.etag)) if small else entry.incomplete(meta.etag)
    bridge_meta = dataclasses.replace(meta, xet=None)

    def placed() -> Path:
        entry.write(meta.commit, meta.etag)
        return entry.path

    return XetTarget(
        entry.filename, xet.hash, meta.etag, meta.size, entry.writable(entry.path), entry.writable(xet_partial(incomplete)),
        None if small else entry.lock(),
        ready=lambda: False,
        placed=placed,
        bridge=lambda: _fill_local(client, entry, bridge_meta, progress, call_deadline(client)),
        progress=progress,
    )
