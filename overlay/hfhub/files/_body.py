"""A download's body on its way to disk: appended to the partial file, hashed as its etag says, counted.

A large body is copied from the socket's chunks into buffers of :data:`_BUFFER` bytes, which a
helper thread writes and hashes while the next one fills: a file write and hashlib each release
the GIL for a whole buffer, so the two threads run side by side and the receiving one pays a copy
per chunk and nothing else. Small bodies are written and hashed in place (a thread costs more).
"""

from __future__ import annotations

import hashlib
import queue
import threading
from pathlib import Path
from typing import Any, BinaryIO

import httpx2
from hfhub_api._client_base import Deadline

from ..errors import IntegrityError, error_for_transport
from ._progress import Progress

__all__ = ["Digest", "BodySink", "refuse_body", "feed", "verify_file"]

# A body renews the call's deadline each time this much more of it arrived: a transfer that
# is moving may take as long as it needs, one that drips or stalls ends at the timeout. Progress
# is reported at the same steps.
_PROGRESS = 256 * 1024
_SHA256 = 64
_THREAD_FROM = 8 * 1024 * 1024
# Written, then hashed while it is still in the CPU's cache: buffers of 256 KiB to 1 MiB measured
# alike here, from 2 MiB on (this machine's L2 cache) the writer took twice the CPU.
_BUFFER = 512 * 1024
_BUFFERS = 8  # the one filling and those queued or being written: a large download holds 4 MiB
_READ = 1024 * 1024


class Digest:
    """The hash the etag promises: sha256 for LFS files, git's blob sha1 for small ones.

    The etag is always one of the two (:func:`._names.etag_name`), so every body is verified. A
    git sha1 covers a ``blob <size>`` header: when the size was not announced, the finished file
    is hashed once its size is known.
    """

    def __init__(self, etag: str, size: int | None) -> None:
        self.expected = etag.lower()
        self.size = size
        self.reset()

    def reset(self) -> None:
        """Forget every byte hashed so far (the body starts over)."""
        self._hash: Any = None
        if len(self.expected) == _SHA256:
            self._hash = hashlib.sha256()
        elif self.size is not None:
            self._hash = hashlib.sha1(f"blob {self.size}\0".encode())

    def update(self, data: bytes | memoryview) -> None:
        if self._hash is not None:
            self._hash.update(data)

    def matches(self, path: Path, size: int) -> bool:
        if self._hash is None:  # a git sha1 of a body whose size came only with it
            self._hash = hashlib.sha1(f"blob {size}\0".encode())
            with open(path, "rb") as file:
                feed(file, self)
        return bool(self._hash.hexdigest() == self.expected)


def feed(file: BinaryIO, digest: Digest) -> int:
    """Hash what the open file holds from its position on; the number of bytes."""
    count = 0
    while chunk := file.read(_READ):
        digest.update(chunk)
        count += len(chunk)
    return count


def verify_file(path: Path, etag: str, size: int | None) -> bool:
    """Whether the finished file at ``path`` holds what ``etag`` promises (and ``size`` bytes, when known)."""
    digest = Digest(etag, size)
    with open(path, "rb") as file:
        count = feed(file, digest)
    return (size is None or count == size) and digest.matches(path, count)


class _Writer:
    """A helper thread that writes full buffers to ``file`` and hashes them, then hands them back.

    At most :data:`_BUFFERS` exist: a receiver that outruns the disk waits in :meth:`empty`. A
    failed write is raised to the receiver at its next buffer, and by :meth:`close`.
    """

    def __init__(self, file: BinaryIO, digest: Digest) -> None:
        self._file = file
        self._digest = digest
        self._empty: queue.SimpleQueue[bytearray] = queue.SimpleQueue()
        self._full: queue.SimpleQueue[tuple[bytearray, int] | None] = queue.SimpleQueue()
        self._failure: BaseException | None = None
        for _ in range(_BUFFERS - 1):
            self._empty.put(bytearray(_BUFFER))
        self._thread = threading.Thread(target=self._run, name="hfhub-body-writer", daemon=True)
        self._thread.start()

    def empty(self) -> bytearray:
        buffer = self._empty.get()
        if self._failure is not None:
            raise self._failure
        return buffer

    def write(self, buffer: bytearray, length: int) -> None:
        self._full.put((buffer, length))

    def close(self) -> None:
        """Wait until every buffer given is written and hashed."""
        self._full.put(None)
        self._thread.join()
        if self._failure is not None:
            raise self._failure

    def _run(self) -> None:
        while (item := self._full.get()) is not None:
            buffer, length = item
            if self._failure is None:
                try:
                    with memoryview(buffer) as whole, whole[:length] as view:
                        self._file.write(view)
                        self._digest.update(view)
                except BaseException as exc:  # handed to the receiving thread
                    self._failure = exc
            self._empty.put(buffer)


class BodySink:
    """Takes the chunks of one response body: never past ``limit`` bytes, never past ``deadline``.

    Each :data:`_PROGRESS` bytes renew ``deadline`` and advance ``progress``; between them a chunk
    arriving after the deadline ends the body. :meth:`close` (always called) leaves every byte
    received written and hashed.
    """

    def __init__(self, file: BinaryIO, digest: Digest, progress: Progress, limit: int | None, label: str, deadline: Deadline) -> None:
        self.file = file
        self.digest = digest
        self.progress = progress
        self.limit = limit
        self.label = label
        self.deadline = deadline
        self.received = 0
        self._reported = 0
        self._writer = _Writer(file, digest) if limit is None or limit >= _THREAD_FROM else None
        self._buffer = bytearray(_BUFFER) if self._writer is not None else bytearray()
        self._filled = 0

    def __call__(self, chunk: bytes) -> None:
        if self.received - self._reported >= _PROGRESS:
            self.deadline.renew()
            self.progress.advance(self.received - self._reported)
            self._reported = self.received
        elif self.deadline.expired():
            raise error_for_transport(httpx2.ReadTimeout(f"{self.label}: less than {_PROGRESS} bytes arrived within the timeout"))
        size = len(chunk)
        if self.limit is not None and self.received + size > self.limit:
            raise IntegrityError(f"the server sent more of {self.label} than the {self.limit} bytes it announced; nothing was placed")
        self.received += size
        if self._writer is None:
            self.file.write(chunk)
            self.digest.update(chunk)
            return
        end = self._filled + size
        if end <= _BUFFER:
            self._buffer[self._filled : end] = chunk
            self._filled = end
        else:
            self._spill(memoryview(chunk))

    def _spill(self, chunk: memoryview) -> None:
        """Fill the buffer with what fits, hand it to the writer, go on with the rest in the next."""
        assert self._writer is not None
        while chunk:
            room = _BUFFER - self._filled
            part = chunk[:room]
            self._buffer[self._filled : self._filled + len(part)] = part
            self._filled += len(part)
            chunk = chunk[room:]
            if self._filled == _BUFFER:
                self._writer.write(self._buffer, _BUFFER)
                self._buffer, self._filled = self._writer.empty(), 0

    def close(self) -> None:
        """Every byte received written and hashed (or the write's error raised), and counted."""
        writer, self._writer = self._writer, None
        try:
            if writer is not None:
                if self._filled:
                    writer.write(self._buffer, self._filled)
                self._buffer, self._filled = bytearray(), 0
                writer.close()
        finally:
            if self.received > self._reported:
                self.progress.advance(self.received - self._reported)
                self._reported = self.received


def refuse_body(label: str, why: str) -> Any:
    """A sink for a body that must not be kept: its first chunk raises :class:`IntegrityError`."""

    def sink(chunk: bytes) -> None:
        raise IntegrityError(f"the server's answer for {label} {why}; nothing was placed")

    return sink
