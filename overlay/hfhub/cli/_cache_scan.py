"""The shared Hugging Face cache read as huggingface_hub's ``hf cache`` reads it, and what deleting parts of it frees.

``<cache>/<type>s--<namespace>--<name>/{refs/<ref>, snapshots/<commit>/<path> -> ../../blobs/<etag>}``.
A repository folder that breaks the layout is reported as a warning and left out, as ``hf``
does; sizes count each blob once. Nothing here follows a link out of the cache to delete it.
"""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["CachedFile", "CachedRevision", "CachedRepo", "CacheScan", "Deletion", "scan_cache", "format_size", "format_since"]

_REPO_TYPES = {"models": "model", "datasets": "dataset", "spaces": "space", "kernels": "kernel"}
_IGNORED = frozenset({".DS_Store", "Thumbs.db", "desktop.ini"})  # what desktops drop into folders
_SHARED_STORE = ("blobs", ".huggingface-shared-blobs")  # huggingface_hub's Xet store at the cache root, and its marker


@dataclass(frozen=True)
class CachedFile:
    path: Path  # the snapshot entry
    blob: Path  # what it points at (itself when it is a copy)
    size: int
    accessed: float
    modified: float


@dataclass(frozen=True)
class CachedRevision:
    commit: str
    snapshot: Path
    files: tuple[CachedFile, ...]
    refs: frozenset[str]

    @property
    def size(self) -> int:
        return sum({f.blob: f.size for f in self.files}.values())

    def modified(self) -> float:
        return max((f.modified for f in self.files), default=self.snapshot.stat().st_mtime)


@dataclass(frozen=True)
class CachedRepo:
    repo_type: str
    repo_id: str
    path: Path
    revisions: tuple[CachedRevision, ...]
    accessed: float
    modified: float

    @property
    def cache_id(self) -> str:
        """``model/acme/weights``: how ``hf cache`` names a repository."""
        return f"{self.repo_type}/{self.repo_id}"

    @property
    def blobs(self) -> dict[Path, int]:
        return {f.blob: f.size for r in self.revisions for f in r.files}

    @property
    def size(self) -> int:
        return sum(self.blobs.values())

    @property
    def refs(self) -> frozenset[str]:
        return frozenset(ref for r in self.revisions for ref in r.refs)


@dataclass
class CacheScan:
    root: Path
    repos: list[CachedRepo] = field(default_factory=list[CachedRepo])
    warnings: list[str] = field(default_factory=list[str])  # repositories left out, and why
    incomplete: dict[Path, int] = field(default_factory=dict[Path, int])  # downloads cut short: path -> bytes

    @property
    def size(self) -> int:
        """Bytes on disk, each blob counted once even when repositories share it."""
        return sum({blob: size for repo in self.repos for blob, size in repo.blobs.items()}.values())

    def revisions(self) -> dict[str, tuple[CachedRepo, CachedRevision]]:
        return {rev.commit: (repo, rev) for repo in self.repos for rev in repo.revisions}


@dataclass
class Deletion:
    """What to remove, and the bytes that frees (blobs no remaining entry points at)."""

    repos: set[Path] = field(default_factory=set[Path])
    snapshots: set[Path] = field(default_factory=set[Path])
    refs: set[Path] = field(default_factory=set[Path])
    blobs: set[Path] = field(default_factory=set[Path])
    files: set[Path] = field(default_factory=set[Path])
    incomplete: set[Path] = field(default_factory=set[Path])
    freed: int = 0

    def execute(self) -> None:
        for path in [*self.files, *self.blobs, *self.refs, *self.incomplete]:
            path.unlink(missing_ok=True)  # a link is removed, never what it points at
        for folder in [*self.snapshots, *self.repos]:
            shutil.rmtree(folder, ignore_errors=True)


class _Corrupted(Exception):
    pass


def scan_cache(root: Path) -> CacheScan:
    """Every repository of the cache at ``root``; ``FileNotFoundError`` when there is none."""
    if not root.is_dir():
        raise FileNotFoundError(f"no cache at {root}" + (" (a file)" if root.exists() else ""))
    found = CacheScan(root)
    for path in sorted(root.iterdir()):
        if path.name in _IGNORED or path.name in (".locks", "CACHEDIR.TAG"):
            continue
        if path.name == _SHARED_STORE[0] and (path / _SHARED_STORE[1]).is_file():
            continue
        try:
            found.repos.append(_scan_repo(path))
        except _Corrupted as problem:
            found.warnings.append(str(problem))
    for partial in root.glob("*/blobs/*.incomplete"):
        try:
            found.incomplete[partial] = partial.stat().st_size
        except OSError:
            continue
    return found


def _scan_repo(path: Path) -> CachedRepo:
    if not path.is_dir():
        raise _Corrupted(f"Repo path is not a directory: {path}")
    prefix, sep, rest = path.name.partition("--")
    if not sep:
        raise _Corrupted(f"Repo path is not a valid HuggingFace cache directory: {path}")
    if prefix not in _REPO_TYPES:
        raise _Corrupted(f"Repo type must be one of {sorted(_REPO_TYPES)}, found `{prefix}` ({path}).")
    snapshots, refs = path / "snapshots", path / "refs"
    if not snapshots.is_dir():
        raise _Corrupted(f"Snapshots dir doesn't exist in cached repo: {snapshots}")
    if refs.is_file():
        raise _Corrupted(f"Refs directory cannot be a file: {refs}")
    refs_by_commit: dict[str, set[str]] = {}
    for ref in refs.glob("**/*"):
        if ref.is_file() and ref.name not in _IGNORED:
            refs_by_commit.setdefault(ref.read_text(), set()).add(ref.relative_to(refs).as_posix())
    revisions: list[CachedRevision] = []
    for snapshot in snapshots.iterdir():
        if snapshot.name in _IGNORED:
            continue
        if snapshot.is_file():
            raise _Corrupted(f"Snapshots folder corrupted. Found a file: {snapshot}")
        files = tuple(_cached_file(entry) for entry in snapshot.glob("**/*") if not entry.is_dir())
        revisions.append(CachedRevision(snapshot.name, snapshot, files, frozenset(refs_by_commit.pop(snapshot.name, set()))))
    if refs_by_commit:
        missing = {commit: sorted(names) for commit, names in refs_by_commit.items()}
        raise _Corrupted(f"Reference(s) refer to missing commit hashes: {missing} ({path}).")
    cached = [f for r in revisions for f in r.files]
    stat = path.stat()
    return CachedRepo(
        _REPO_TYPES[prefix], rest.replace("--", "/"), path, tuple(sorted(revisions, key=lambda r: r.commit)),
        max((f.accessed for f in cached), default=stat.st_atime), max((f.modified for f in cached), default=stat.st_mtime),
    )


def _cached_file(entry: Path) -> CachedFile:
    blob = Path(os.path.abspath(entry.parent / os.readlink(entry))) if entry.is_symlink() else entry
    try:
        stat = blob.stat()
    except FileNotFoundError:
        raise _Corrupted(f"Blob missing (broken symlink): {blob}") from None
    return CachedFile(entry, blob, stat.st_size, stat.st_atime, stat.st_mtime)


def delete_revisions(scan: CacheScan, commits: set[str]) -> Deletion:
    """Remove ``commits``; a repository left without revisions goes as a whole. Blobs another revision uses stay."""
    plan = Deletion()
    freed: dict[Path, int] = {}
    for repo in scan.repos:
        doomed = [r for r in repo.revisions if r.commit in commits]
        if not doomed:
            continue
        if len(doomed) == len(repo.revisions):
            plan.repos.add(repo.path)
            freed.update(repo.blobs)
            continue
        kept = {f.blob for r in repo.revisions if r not in doomed for f in r.files}
        for revision in doomed:
            plan.snapshots.add(revision.snapshot)
            plan.refs.update(repo.path / "refs" / ref for ref in revision.refs)
            for f in revision.files:
                if f.blob not in kept:
                    freed[f.blob] = f.size
                    if revision.snapshot not in f.blob.parents:  # a copy goes with its snapshot
                        plan.blobs.add(f.blob)
    plan.freed = sum(freed.values())
    return plan


def delete_files(scan: CacheScan, files: list[CachedFile]) -> Deletion:
    """Remove these snapshot entries; a blob goes only when no other entry points at it."""
    chosen = {f.path for f in files}
    kept = {f.blob for repo in scan.repos for r in repo.revisions for f in r.files if f.path not in chosen}
    doomed = {f.blob: f.size for f in files if f.blob not in kept}
    return Deletion(files=chosen, blobs=set(doomed) - chosen, freed=sum(doomed.values()))


def format_size(size: float) -> str:
    """Bytes as ``hf cache`` writes them: ``100.0K``, ``3.2G`` (powers of 1000)."""
    for unit in ("", "K", "M", "G", "T", "P", "E", "Z"):
        if abs(size) < 1000:
            return f"{size:3.1f}{unit}"
        size /= 1000
    return f"{size:.1f}Y"


_SINCE = (("second", 1, 59), ("minute", 60, 59), ("hour", 3600, 23), ("day", 86400, 6), ("week", 604800, 6),
          ("month", 2592000, 11), ("year", 31536000, None))


def format_since(timestamp: float) -> str:
    """How long ago, as ``hf cache`` writes it: ``a few seconds ago``, ``3 weeks ago``."""
    delta = time.time() - timestamp
    if delta < 20:
        return "a few seconds ago"
    value, label = 0, "second"
    for label, seconds, largest in _SINCE:
        value = round(delta / seconds)
        if largest is not None and value <= largest:
            break
    return f"{value} {label}{'s' if value > 1 else ''} ago"
