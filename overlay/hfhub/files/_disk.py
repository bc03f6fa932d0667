"""Writes that stay inside their folder: every target checked against its root, no link followed on open.

The cache may be shared (a group-writable folder on a cluster) and ``local_dir`` may hold
anything: a name that is a link, a folder that is a link, a FIFO where a partial download was.
Each write here first checks that the target's folder resolves inside its root, then opens with
``O_NOFOLLOW`` (where the platform has it) and ``O_EXCL`` for new files, so a link planted between
the check and the open fails the open instead of redirecting the write.
"""

from __future__ import annotations

import os
import stat
import uuid
from pathlib import Path
from typing import BinaryIO

from ..errors import UnsafeNameError

__all__ = ["inside", "prepared", "is_inside", "clear_non_regular", "open_for_append", "write_new", "replace_with", "resolves_inside"]

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # a FIFO planted as a file must not block the open


def is_inside(root: str | os.PathLike[str], path: str | os.PathLike[str], real_root: str | None = None) -> bool:
    """Whether ``path`` (links resolved) is ``root`` (links resolved: ``real_root`` when the caller knows it) or below it."""
    real_root = os.path.realpath(root) if real_root is None else real_root
    real = os.path.realpath(path)
    return real == real_root or real.startswith(real_root.rstrip(os.sep) + os.sep)


def inside(root: Path, target: Path, name: object, source: str, real_root: str | None = None) -> Path:
    """``target``, once its folder is known to resolve inside ``root``; else :class:`UnsafeNameError`.

    Only the folder is resolved: ``target`` itself may be a link that the write replaces.
    """
    if not is_inside(root, target.parent, real_root):
        raise UnsafeNameError(
            f"refused {name!r} from {source}: {target} would be written outside {root} "
            f"(its folder resolves to {os.path.realpath(target.parent)})",
            name=name, source=source,
        )
    return target


def prepared(root: Path, target: Path, name: object, source: str, real_root: str | None = None) -> Path:
    """``target``, its folder created, checked inside ``root`` before creating and after (a link planted
    meanwhile); a folder already there is checked once. ``real_root``: ``root`` resolved, if known (a
    root moved meanwhile then refuses, never admits, a target)."""
    if not os.path.isdir(target.parent):
        inside(root, target, name, source, real_root)  # nothing is created through a link
        target.parent.mkdir(parents=True, exist_ok=True)
    return inside(root, target, name, source, real_root)


def resolves_inside(path: Path, root: Path) -> bool:
    """A regular file whose real path is inside ``root``: a cache entry that may be served."""
    return path.is_file() and is_inside(root, path)


def clear_non_regular(path: Path) -> None:
    """Remove ``path`` when it is a link, FIFO, socket or device (the link itself, never its target).

    A folder where a file belongs is refused: removing a tree is not this layer's decision.
    """
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(f"{path} is a folder where a file belongs; remove it to continue")
    os.unlink(path)


def open_for_append(path: Path) -> BinaryIO:
    """Open ``path`` (created if absent) to read from the start and append, never through a link."""
    clear_non_regular(path)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND | _NOFOLLOW | _CLOEXEC | _NONBLOCK, 0o644)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(f"{path} is not a regular file")
        file = os.fdopen(fd, "r+b")
    except BaseException:
        os.close(fd)
        raise
    file.seek(0)
    return file


def write_new(path: Path, data: bytes = b"") -> None:
    """Create ``path``, which must not exist, and write ``data``; opened with ``O_EXCL``, so never through a link."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC, 0o644)
    with os.fdopen(fd, "wb") as file:
        file.write(data)


def replace_with(path: Path, data: bytes) -> None:
    """Atomically make ``path`` a regular file holding ``data`` (a link at ``path`` is replaced, not followed)."""
    partial = path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}.tmp")
    write_new(partial, data)
    try:
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
