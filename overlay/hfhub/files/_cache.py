"""Where files live on disk: the Hugging Face cache layout shared with huggingface_hub, and ``local_dir`` mode."""

from __future__ import annotations

import os
import re
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from .._environment import symlink_unless_disabled

__all__ = ["cache_root", "is_offline", "RepoCache", "LocalDirEntry", "check_filename", "COMMIT_HASH", "link_or_copy"]

COMMIT_HASH = re.compile(r"^[0-9a-f]{40}$")
_TRUE = {"1", "on", "yes", "true"}


def _expand(path: str) -> str:
    return os.path.expandvars(os.path.expanduser(path))


def cache_root(cache_dir: str | os.PathLike[str] | None = None) -> Path:
    """``cache_dir``, else ``HF_HUB_CACHE``, ``HUGGINGFACE_HUB_CACHE``, ``$HF_HOME/hub`` (``HF_HOME``: ``$XDG_CACHE_HOME/huggingface``)."""
    if cache_dir is not None:
        return Path(_expand(os.fspath(cache_dir)))
    explicit = os.environ.get("HF_HUB_CACHE") or os.environ.get("HUGGINGFACE_HUB_CACHE")
    if explicit:
        return Path(_expand(explicit))
    home = os.environ.get("HF_HOME") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "huggingface"
    )
    return Path(_expand(home)) / "hub"


def is_offline() -> bool:
    """``HF_HUB_OFFLINE`` (or ``TRANSFORMERS_OFFLINE``) is set to a true value."""
    value = os.environ.get("HF_HUB_OFFLINE") or os.environ.get("TRANSFORMERS_OFFLINE") or ""
    return value.strip().lower() in _TRUE


def check_filename(filename: object, name: str = "filename") -> str:
    """A path inside a repository: relative, ``/``-separated, without ``.``/``..``/empty segments."""
    if not isinstance(filename, str) or not filename:
        raise ValueError(f"{name} must be a non-empty str")
    if filename.startswith("/") or "\\" in filename or "\x00" in filename:
        raise ValueError(f"invalid {name} {filename!r}: expected a relative path with '/' separators")
    if any(part in ("", ".", "..") for part in filename.split("/")):
        raise ValueError(f"invalid {name} {filename!r}: empty, '.' and '..' segments are not allowed")
    return filename


def link_or_copy(blob: Path, target: Path) -> None:
    """Point ``target`` at ``blob`` with a relative symlink; copy where the file system refuses links."""
    target.parent.mkdir(parents=True, exist_ok=True)
    relative = os.path.relpath(blob, target.parent)
    try:
        symlink_unless_disabled(relative, target)
        return
    except FileExistsError:
        if target.is_symlink() and os.readlink(target) == relative:
            return  # another process placed the same link
        target.unlink()
        os.symlink(relative, target)
        return
    except OSError:
        pass
    partial = target.with_name(f".{target.name}.{os.getpid()}.copy")
    shutil.copyfile(blob, partial)
    os.replace(partial, target)


@dataclass(frozen=True)
class RepoCache:
    """The cache folder of one repository.

    ``<cache>/<type>s--<org>--<name>/{blobs/<etag>, refs/<revision>, snapshots/<commit>/<path>}``;
    snapshot entries are relative symlinks to blobs (copies where links are refused); locks live
    in ``<cache>/.locks/<repo folder>/<etag>.lock``.
    """

    root: Path
    repo_type: str  # "model", "dataset", "space"
    repo_id: str

    @property
    def folder(self) -> Path:
        return self.root / f"{self.repo_type}s--{self.repo_id.replace('/', '--')}"

    def blob(self, etag: str) -> Path:
        return self.folder / "blobs" / etag

    def pointer(self, commit: str, filename: str) -> Path:
        return self.folder / "snapshots" / commit / Path(*filename.split("/"))

    def snapshot(self, commit: str) -> Path:
        return self.folder / "snapshots" / commit

    def lock(self, etag: str) -> Path:
        return self.root / ".locks" / self.folder.name / f"{etag}.lock"

    def commit_for(self, revision: str) -> str | None:
        """The commit ``revision`` was last seen at (a commit hash is its own answer)."""
        if COMMIT_HASH.match(revision):
            return revision
        try:
            return (self.folder / "refs" / revision).read_text().strip() or None
        except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
            return None

    def remember_ref(self, revision: str, commit: str) -> None:
        if revision == commit:
            return
        ref = self.folder / "refs" / Path(*revision.split("/"))
        try:
            if ref.read_text() == commit:
                return
        except OSError:
            pass
        ref.parent.mkdir(parents=True, exist_ok=True)
        partial = ref.with_name(f".{ref.name}.{os.getpid()}.tmp")
        partial.write_text(commit)
        os.replace(partial, ref)

    def place(self, blob: Path, commit: str, filename: str) -> Path:
        pointer = self.pointer(commit, filename)
        if not pointer.exists():
            link_or_copy(blob, pointer)
        return pointer


@dataclass(frozen=True)
class LocalDirEntry:
    """One file of a ``local_dir`` download, with its metadata where huggingface_hub keeps it:
    ``<local_dir>/.cache/huggingface/download/<path>.metadata`` (commit, etag, timestamp lines)."""

    local_dir: Path
    filename: str

    @property
    def path(self) -> Path:
        return self.local_dir / Path(*self.filename.split("/"))

    @property
    def metadata(self) -> Path:
        return self.local_dir / ".cache" / "huggingface" / "download" / f"{Path(*self.filename.split('/'))}.metadata"

    def lock(self) -> Path:
        return self.metadata.with_name(self.metadata.name[: -len(".metadata")] + ".lock")

    def incomplete(self, etag: str) -> Path:
        return self.metadata.with_name(f"{self.path.name}.{etag}.incomplete")

    def read(self) -> tuple[str, str] | None:
        """``(commit, etag)`` when the metadata is readable and the file not changed since it was written."""
        try:
            commit, etag, stamp = self.metadata.read_text().splitlines()[:3]
            if self.path.stat().st_mtime - 1 <= float(stamp):
                return commit.strip(), etag.strip()
        except (OSError, ValueError):
            pass
        return None

    def write(self, commit: str, etag: str) -> None:
        self.metadata.parent.mkdir(parents=True, exist_ok=True)
        gitignore = self.local_dir / ".cache" / "huggingface" / ".gitignore"
        if not gitignore.exists():
            gitignore.write_text("*")
        self.metadata.write_text(f"{commit}\n{etag}\n{time.time()}\n")
