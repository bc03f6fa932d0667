"""What file plans add to the runtime's steps (``hfhub_api._steps``): bodies read from disk, locks on disk."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, AsyncIterator, Callable, Iterator

import httpx2
from hfhub_api._steps import Lock, Steps

from ._disk import clear_non_regular

__all__ = ["FileSlice", "locked"]

CHUNK = 1024 * 1024


@dataclass(frozen=True)
class FileSlice:
    """``length`` bytes from ``offset`` of a local file, or of content read by ``source(offset, size)``
    (bytes or a file object), read in chunks when sent; ``sent(n)`` after each."""

    source: Path | Callable[[int, int], bytes]
    offset: int
    length: int
    sent: Callable[[int], None] | None = None

    def chunks(self) -> Iterator[bytes]:
        source = self.source
        if not isinstance(source, Path):
            yield from self._read(source)
            return
        with open(source, "rb") as f:
            f.seek(self.offset)
            yield from self._read(lambda _, size: f.read(size))

    def _read(self, read_at: Callable[[int, int], bytes]) -> Iterator[bytes]:
        position, end = self.offset, self.offset + self.length
        while position < end:
            chunk = read_at(position, min(CHUNK, end - position))
            if not chunk:
                raise OSError(f"{self.source if isinstance(self.source, Path) else 'the file object'} shrank while it was being uploaded")
            position += len(chunk)
            yield chunk
            if self.sent is not None:
                self.sent(len(chunk))

    def stream(self) -> _SliceStream:
        """The body of one request, for either driver (each attempt reads the slice afresh)."""
        return _SliceStream(self)


class _SliceStream(httpx2.SyncByteStream, httpx2.AsyncByteStream):
    def __init__(self, body: FileSlice) -> None:
        self._body = body

    def __iter__(self) -> Iterator[bytes]:
        yield from self._body.chunks()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._body.chunks():
            yield chunk


def locked(path: Path) -> Steps[Any]:
    """Take the inter-process lock at ``path``; returns the held lock (the plan releases it)."""
    try:
        from filelock import FileLock, Timeout
    except ImportError:  # imported here, so that hub.models works without the extra
        raise ImportError("downloading large files needs filelock: pip install 'hfhub[files]'") from None
    path.parent.mkdir(parents=True, exist_ok=True)
    clear_non_regular(path)  # a planted link: filelock opens without following it, and would fail
    lock: Any = FileLock(str(path))

    def take(block: bool) -> bool:
        try:
            lock.acquire(timeout=-1 if block else 0)
        except Timeout:
            return False
        return True

    yield Lock(take)
    return lock
