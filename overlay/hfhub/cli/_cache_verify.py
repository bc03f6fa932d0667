"""Local files of a repository (one cached revision, or a ``local_dir``) checked against the Hub's hashes.

The rules of huggingface_hub's ``verify_repo_checksums``: LFS files by sha256, the others by
git's blob sha1; ``.git`` and the download metadata of a ``local_dir`` are not the repository's.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ._exit import UsageError

_COMMIT = re.compile(r"[0-9a-f]{40}")
_NOT_THE_REPOSITORY = (".git", ".cache/huggingface")
_CHUNK = 1024 * 1024


@dataclass
class Verification:
    revision: str
    checked: int = 0
    mismatches: list[tuple[str, str, str, str]] = field(default_factory=list[tuple[str, str, str, str]])  # path, expected, actual, algorithm
    missing: list[str] = field(default_factory=list[str])  # on the Hub, not here
    extra: list[str] = field(default_factory=list[str])  # here, not on the Hub


def local_root(repo_id: str, repo_type: str, revision: str | None, cache_dir: str | None, local_dir: str | None) -> tuple[Path, str]:
    """The folder to check and the revision to ask the Hub about."""
    if local_dir is not None:
        root = Path(local_dir).expanduser().resolve()
        if not root.is_dir():
            raise UsageError(f"{root} is not a folder")
        return root, revision or "main"
    from ..files._cache import RepoCache, cache_root

    repo = RepoCache(cache_root(cache_dir).expanduser().resolve(), repo_type, repo_id)
    if not repo.folder.is_dir():
        raise UsageError(f"{repo_type} {repo_id} is not in the cache ({repo.folder}): `hfhub download` it first, or pass --local-dir")
    commit = _cached_commit(repo.folder, revision)
    snapshot = repo.snapshot(commit)
    if not snapshot.is_dir():
        raise UsageError(f"revision {commit} of {repo_id} is not in the cache ({snapshot})")
    return snapshot, commit


def _cached_commit(folder: Path, revision: str | None) -> str:
    if revision and _COMMIT.fullmatch(revision):
        return revision
    ref = folder / "refs" / (revision or "main")
    if ref.is_file():
        return ref.read_text(encoding="utf-8").strip()
    if revision:
        raise UsageError(f"revision {revision!r} is not in the cache (no {ref})")
    snapshots = folder / "snapshots"
    found = [p.name for p in snapshots.iterdir() if p.is_dir() and _COMMIT.fullmatch(p.name)] if snapshots.is_dir() else []
    if len(found) != 1:
        raise UsageError(f"{'several revisions are' if found else 'no revision is'} cached and no main ref says which: pass --revision")
    return found[0]


def _local_files(root: Path) -> dict[str, Path]:
    files = {p.relative_to(root).as_posix(): p for p in root.rglob("*") if p.is_file()}
    return {name: path for name, path in files.items() if not any(f"/{skip}/" in f"/{name}/" for skip in _NOT_THE_REPOSITORY)}


def _digest(path: Path, algorithm: str) -> str:
    hashed = hashlib.sha256() if algorithm == "sha256" else hashlib.sha1(b"blob %d\0" % path.stat().st_size)
    with open(path, "rb") as f:
        while chunk := f.read(_CHUNK):
            hashed.update(chunk)
    return hashed.hexdigest()


def verify(resource: Any, repo_id: str, revision: str, root: Path) -> Verification:
    """Compare ``root`` with the repository's tree at ``revision`` (``resource``: ``hub.models``...)."""
    remote = {e.path: e for e in resource.list_tree(repo_id, revision=revision, recursive=True) if hasattr(e, "blob_id")}
    local = _local_files(root)
    result = Verification(revision, missing=sorted(remote.keys() - local.keys()), extra=sorted(local.keys() - remote.keys()))
    for name in sorted(remote.keys() & local.keys()):
        entry = remote[name]
        algorithm, expected = ("sha256", entry.lfs.sha256) if entry.lfs is not None else ("git-sha1", entry.blob_id)
        actual = _digest(local[name], algorithm)
        if actual != expected.lower():
            result.mismatches.append((name, expected.lower(), actual, algorithm))
        result.checked += 1
    return result
