"""What a commit does (add, delete, copy) and what it returns, checked before anything is sent."""

from __future__ import annotations

import base64
import hashlib
import io
import os
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Union

from ._names import commit_path

__all__ = ["CommitOperationAdd", "CommitOperationDelete", "CommitOperationCopy", "CommitOperation", "CommitResult", "Deduplication"]

_SAMPLE = 512
_HASH_CHUNK = 1024 * 1024


@dataclass
class CommitOperationAdd:
    """Add or replace ``path_in_repo`` with a local file, bytes, or a readable binary file object.

    The content is read once here (its size and sha256), then again as it is sent, a chunk at a
    time: a large file is never held whole in memory. A file object that cannot seek (a pipe, a
    socket, a stream) is copied once into an anonymous temporary file, which is read instead.
    """

    path_in_repo: str
    path_or_fileobj: str | os.PathLike[str] | bytes | BinaryIO
    size: int = field(init=False)
    sha256: str = field(init=False)
    sample: bytes = field(init=False, repr=False)
    _source: Path | bytes | BinaryIO = field(init=False, repr=False)
    # the parts of a multipart upload read the same file object from several threads
    _reading: threading.Lock = field(init=False, repr=False, compare=False, default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.path_in_repo = commit_path(self.path_in_repo)
        source = self.path_or_fileobj
        if isinstance(source, (str, os.PathLike)):
            path = Path(source)
            if not path.is_file():
                raise FileNotFoundError(f"cannot upload {str(path)!r}: no such file")
            self._source = path
        elif isinstance(source, (bytes, bytearray)):
            self._source = bytes(source)
        elif hasattr(source, "read"):
            self._source = source if _seekable(source) else _spooled(source, self.path_in_repo)
        else:
            raise TypeError(f"path_or_fileobj must be a path, bytes or a binary file object, not {type(source).__name__}")
        self._describe()

    def _describe(self) -> None:
        digest = hashlib.sha256()
        size = 0
        sample = b""
        with self.open() as f:
            while chunk := f.read(_HASH_CHUNK):
                _check_binary(chunk, self.path_in_repo)
                if size < _SAMPLE:
                    sample += chunk[: _SAMPLE - size]
                digest.update(chunk)
                size += len(chunk)
        self.size, self.sha256, self.sample = size, digest.hexdigest(), sample

    @property
    def from_file_object(self) -> bool:
        """The content is a file object of the caller's (read as it is sent, never held whole in memory)."""
        return not isinstance(self._source, (Path, bytes))

    @property
    def local_path(self) -> Path | None:
        """The file to read from, when the content is a file on disk."""
        return self._source if isinstance(self._source, Path) else None

    def open(self) -> BinaryIO:
        """A fresh reader of the content from its start (a given file object is rewound, not closed)."""
        source = self._source
        if isinstance(source, Path):
            return open(source, "rb")
        if isinstance(source, bytes):
            return io.BytesIO(source)
        source.seek(0)
        return _Unclosed(source)  # type: ignore[return-value]  # a BufferedIOBase reads like a BinaryIO

    def read_at(self, offset: int, size: int) -> bytes:
        """At most ``size`` bytes from ``offset`` of bytes or a file object (a file by path is opened by its reader)."""
        source = self._source
        if isinstance(source, bytes):
            return source[offset : offset + size]
        if isinstance(source, Path):
            with open(source, "rb") as f:
                f.seek(offset)
                return f.read(size)
        with self._reading:
            source.seek(offset)
            return source.read(size)

    def read_all(self) -> bytes:
        with self.open() as f:
            return f.read()

    def b64(self) -> str:
        return base64.b64encode(self.read_all()).decode("ascii")


def _check_binary(chunk: object, path_in_repo: str) -> None:
    if not isinstance(chunk, bytes):
        raise TypeError(f"{path_in_repo}: the file object must be opened in binary mode")


def _seekable(source: BinaryIO) -> bool:
    if not hasattr(source, "seek"):
        return False
    try:
        return bool(source.seekable()) if hasattr(source, "seekable") else True
    except (OSError, ValueError):
        return False


def _spooled(source: BinaryIO, path_in_repo: str) -> BinaryIO:
    """``source`` copied once into an anonymous temporary file (gone when closed or collected)."""
    spool = tempfile.TemporaryFile()
    try:
        while chunk := source.read(_HASH_CHUNK):
            _check_binary(chunk, path_in_repo)
            spool.write(chunk)
    except BaseException:
        spool.close()
        raise
    return spool


class _Unclosed(io.BufferedIOBase):
    """The caller's file object, seen through a ``with`` that must not close it."""

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw

    def read(self, size: int | None = -1) -> bytes:
        return self._raw.read(size if size is not None else -1)

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._raw.seek(offset, whence)

    def seekable(self) -> bool:
        return True

    def close(self) -> None:
        pass


@dataclass
class CommitOperationDelete:
    """Delete a file, or a folder (``is_folder=True``, or a path ending in ``/``)."""

    path_in_repo: str
    is_folder: bool = False

    def __post_init__(self) -> None:
        if self.path_in_repo.endswith("/"):
            self.is_folder = True
            self.path_in_repo = self.path_in_repo.rstrip("/")
        self.path_in_repo = commit_path(self.path_in_repo)


@dataclass
class CommitOperationCopy:
    """Copy ``src_path_in_repo`` (at ``src_revision``, default the commit's revision) to ``path_in_repo``."""

    src_path_in_repo: str
    path_in_repo: str
    src_revision: str | None = None

    def __post_init__(self) -> None:
        self.src_path_in_repo = commit_path(self.src_path_in_repo, "the src_path_in_repo argument")
        self.path_in_repo = commit_path(self.path_in_repo)


CommitOperation = Union[CommitOperationAdd, CommitOperationDelete, CommitOperationCopy]


@dataclass(frozen=True)
class Deduplication:
    """What Xet storage received for a commit's large files: ``new_bytes`` were sent, the
    ``deduplicated_bytes`` were already there (chunks of earlier uploads, of any repository)."""

    total_bytes: int
    new_bytes: int
    deduplicated_bytes: int

    @property
    def new_fraction(self) -> float:
        """The share of the bytes that had to be sent (0.0 to 1.0; 0.0 for an empty upload)."""
        return self.new_bytes / self.total_bytes if self.total_bytes else 0.0

    def __add__(self, other: Deduplication) -> Deduplication:
        return Deduplication(
            self.total_bytes + other.total_bytes, self.new_bytes + other.new_bytes, self.deduplicated_bytes + other.deduplicated_bytes
        )


@dataclass(frozen=True)
class CommitResult:
    """A commit the Hub made: its id, its URL, and the pull request it opened (``create_pr=True``).

    ``deduplication`` says what its large files cost on Xet storage; ``None`` when none went there.
    """

    commit_id: str
    commit_url: str
    commit_message: str
    pr_url: str | None = None
    pr_num: int | None = None
    deduplication: Deduplication | None = None

    @property
    def oid(self) -> str:
        return self.commit_id
