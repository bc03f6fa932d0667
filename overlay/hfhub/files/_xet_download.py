"""Xet-backed files into the cache or a ``local_dir``: one hf_xet download group, each file verified then renamed
into place, and the LFS bridge, once, for the files the Xet storage could not give."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from ._body import verify_file
from ._disk import clear_non_regular
from ..errors import XetStorageError
from ._progress import ProgressCallback
from hfhub_api._steps import Gather, Plan, Steps

from ._steps import locked
from ._transfer import call_deadline
from ._xet import XetFile, download_step, logger, token_plan

__all__ = ["XetTarget", "xet_files_plan", "xet_partial"]


@dataclass(frozen=True)
class XetTarget:
    """One Xet-backed file and where it lands; every path was checked by the caller to lie inside its root."""

    label: str  # the repository path, for messages and bars
    xet_hash: str
    etag: str  # what the finished file is verified against (a sha256 for Xet files)
    size: int | None
    final: Path  # the blob or the local_dir file, only ever written by a rename
    partial: Path  # where hf_xet writes; removed whatever happens (hf_xet's writes do not resume by range)
    lock: Path | None  # the inter-process lock of ``final``; None for a small file with a partial of its own
    ready: Callable[[], bool]  # whether ``final`` already holds this file (a cache blob is named by its hash)
    placed: Callable[[], Path]  # after ``final`` is in place: links the snapshot entry or writes local_dir metadata
    bridge: Callable[[], Steps[Path]]  # the same file through the LFS bridge
    progress: ProgressCallback | None = None


def xet_partial(incomplete: Path) -> Path:
    """hf_xet's partial file beside the bridge's ``.incomplete``: the two are never mistaken for each other,
    as hf_xet writes out of order and only the bridge's partial is a prefix a ``Range`` request can resume."""
    return incomplete.with_name(incomplete.name.removesuffix(".incomplete") + ".xet.incomplete")


def xet_files_plan(client: Any, route: str, targets: list[XetTarget], workers: int) -> Steps[list[Path]]:
    """Fetch ``targets`` in one hf_xet download group (read token from ``route``); their paths in order.

    Under their locks, the files still missing are downloaded into their partials, verified (size,
    and the sha256 of the etag) and renamed into place. When the Xet storage fails, or a file does not
    verify, those files go through the LFS bridge (logged once). A token error raises: nothing placed.
    """
    bridged: dict[Path, XetTarget] = {}
    why = ""
    locks: list[Any] = []
    try:
        for path in sorted({t.lock for t in targets if t.lock is not None}):
            locks.append((yield from locked(path)))
        missing = list({t.final: t for t in targets if not t.ready()}.values())
        if missing:
            token = yield from token_plan(client, route, call_deadline(client))
            for t in missing:
                clear_non_regular(t.partial)  # a planted link would have hf_xet write through it
                t.partial.unlink(missing_ok=True)
            try:
                yield download_step(client, token, route, [XetFile(t.xet_hash, t.size, t.partial, t.label, t.progress) for t in missing])
            except XetStorageError as exc:
                bridged, why = {t.final: t for t in missing}, str(exc)
            for t in missing:
                if t.final in bridged:
                    continue
                if verify_file(t.partial, t.etag, t.size):
                    os.replace(t.partial, t.final)
                else:
                    bridged[t.final] = t
                    why = f"{t.label} did not match its size or sha256"
    finally:
        for t in targets:
            t.partial.unlink(missing_ok=True)
        for lock in locks:
            lock.release()
    if bridged:
        logger.warning("Xet storage failed for %d file(s), fetched through the LFS bridge instead: %s", len(bridged), why)
        plans: list[Plan] = [t.bridge() for t in bridged.values()]
        yield Gather(plans, workers)
    return [t.placed() for t in targets]
