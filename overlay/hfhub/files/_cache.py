"""Where files live on disk: the Hugging Face cache layout shared with huggingface_hub, and ``local_dir`` mode."""

from __future__ import annotations

import os
import shutil
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from .._environment import symlink_unless_disabled
from ._disk import prepared, replace_with, resolves_inside, write_new
from ._names import COMMIT_HASH

__all__ = ["cache_root", "RepoCache", "LocalDirEntry", "link_or_copy"]

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


def link_or_copy(blob: Path, target: Path) -> None:
    """Point ``target`` at ``blob`` with a relative symlink; copy where the file system refuses links.

    Whatever stands at ``target`` (a stale link, a planted one) is replaced, never followed.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    relative = os.path.relpath(blob, target.parent)
    try:
        symlink_unless_disabled(relative, target)
        return
    except FileExistsError:
        if target.is_symlink() and os.readlink(target) == relative:
            return  # another process placed the same link
        partial = target.with_name(f".{target.name}.{uuid.uuid4().hex[:12]}.link")
        os.symlink(relative, partial)
        os.replace(partial, target)
        return
    except OSError:
        pass
    partial = target.with_name(f".{target.name}.{uuid.uuid4().hex[:12]}.copy")
    write_new(partial)
    try:
        with open(blob, "rb") as source, open(partial, "r+b") as copy:
            shutil.copyfileobj(source, copy, 1024 * 1024)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


@dataclass(frozen=True)
class RepoCache:
    """The cache folder of one repository.

    ``<cache>/<type>s--<org>--<name>/{blobs/<etag>, refs/<revision>, snapshots/<commit>/<path>}``;
    snapshot entries are relative symlinks to blobs (copies where links are refused); locks live
    in ``<cache>/.locks/<repo folder>/<etag>.lock``. Names given here are already checked
    (:mod:`._names`); each write target is also checked to resolve inside the repository's folder.
    """

    root: Path
    repo_type: str  # "model", "dataset", "space"
    repo_id: str
    # Each root resolved once per call (a repository's files share it): half the checks' system calls.
    _real_roots: dict[Path, str] = field(default_factory=dict[Path, str], compare=False, repr=False)

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
        return self.writable(self.root / ".locks" / self.folder.name / f"{etag}.lock", etag, self.root)

    def writable(self, path: Path, name: str, root: Path | None = None) -> Path:
        """``path``, its folder created, once it is known to land inside the repository's folder."""
        root = self.folder if root is None else root
        real_root = self._real_roots.get(root)
        if real_root is None:
            real_root = self._real_roots[root] = os.path.realpath(root)
        return prepared(root, path, name, f"the cache at {root}", real_root)

    def present(self, path: Path) -> bool:
        """Whether a snapshot entry or blob may be served: a file whose real path stays in the cache.

        The cache root, not the repository folder: huggingface_hub may link blobs into a shared store there.
        """
        return resolves_inside(path, self.root)

    def commit_for(self, revision: str) -> str | None:
        """The commit ``revision`` was last seen at (a commit hash is its own answer)."""
        if COMMIT_HASH.fullmatch(revision):
            return revision
        try:
            commit = (self.folder / "refs" / revision).read_text().strip()
        except (OSError, UnicodeDecodeError):
            return None
        return commit if COMMIT_HASH.fullmatch(commit) else None  # anything else is not a name to follow

    def remember_ref(self, revision: str, commit: str) -> None:
        if revision == commit:
            return
        ref = self.folder / "refs" / Path(*revision.split("/"))
        try:
            if not ref.is_symlink() and ref.read_text() == commit:
                return
        except (OSError, UnicodeDecodeError):
            pass
        replace_with(self.writable(ref, revision), commit.encode())

    def place(self, blob: Path, commit: str, filename: str) -> Path:
        pointer = self.pointer(commit, filename)
        if not self.present(pointer):
            link_or_copy(blob, self.writable(pointer, filename))
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
        return self.writable(self.metadata.with_name(self.metadata.name[: -len(".metadata")] + ".lock"))

    def incomplete(self, etag: str) -> Path:
        return self.metadata.with_name(f"{self.path.name}.{etag}.incomplete")

    def writable(self, path: Path) -> Path:
        """``path``, its folder created, once it is known to land inside ``local_dir``."""
        return prepared(self.local_dir, path, self.filename, f"local_dir {str(self.local_dir)!r}")

    def present(self) -> bool:
        """The file is there, a file of ``local_dir`` itself (a link out of it does not count)."""
        return resolves_inside(self.path, self.local_dir)

    def read(self) -> tuple[str, str] | None:
        """``(commit, etag)`` when the metadata is readable and the file not changed since it was written."""
        if self.metadata.is_symlink() or not self.present():
            return None
        try:
            commit, etag, stamp = self.metadata.read_text().splitlines()[:3]
            if self.path.stat().st_mtime - 1 <= float(stamp):
                return commit.strip(), etag.strip()
        except (OSError, ValueError):
            pass
        return None

    def write(self, commit: str, etag: str) -> None:
        replace_with(self.writable(self.metadata), f"{commit}\n{etag}\n{time.time()}\n".encode())
        gitignore = self.local_dir / ".cache" / "huggingface" / ".gitignore"
        if not os.path.lexists(gitignore):
            replace_with(gitignore, b"*")
