"""A body on its way to disk (files/_body.py): every byte written and hashed once, in order, whether in place
or on the writer thread; a body past its limit or its deadline refused; a failed write raised, never hung on."""

from __future__ import annotations

import contextlib
import hashlib
import io
import threading
from pathlib import Path
from typing import Any

import httpx2
import pytest

from hfhub.errors import APITimeoutError, IntegrityError
from hfhub.files import _body
from hfhub.files._body import BodySink, Digest, verify_file
from hfhub.files._progress import Progress
from hfhub_api._client_base import Deadline

BUFFER = _body._BUFFER
# chunk sizes that end exactly on a buffer, straddle one, and exceed one several times over
LIMIT = 1 << 40  # a size announced: the fixture decides the writing (an unknown size always takes the thread)
CHUNKS = [65536] * 16 + [1, 65535, 7, BUFFER - 3, 3 * BUFFER + 11, 65536, 5]


def _body_of(sizes: list[int]) -> list[bytes]:
    data = bytes(range(251)) * (sum(sizes) // 251 + 1)
    chunks, at = [], 0
    for size in sizes:
        chunks.append(data[at : at + size])
        at += size
    return chunks


def _sink(file: Any, digest: Digest, limit: int | None, timeout: float = 60, callback: Any = None) -> BodySink:
    return BodySink(file, digest, Progress(limit, "model.bin", callback), limit, "model.bin", Deadline(httpx2.Timeout(timeout)))


def _writer_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "hfhub-body-writer"]


def test_every_byte_lands_once_in_order_and_is_hashed(writing: str, tmp_path: Path) -> None:
    chunks = _body_of(CHUNKS)
    whole = b"".join(chunks)
    digest = Digest(hashlib.sha256(whole).hexdigest(), len(whole))
    seen: list[tuple[int, int | None]] = []
    with open(tmp_path / "f", "wb") as file:
        sink = _sink(file, digest, len(whole), callback=lambda done, total: seen.append((done, total)))
        for chunk in chunks:
            sink(chunk)
        sink.close()
    assert (tmp_path / "f").read_bytes() == whole
    assert digest.matches(tmp_path / "f", len(whole))
    assert seen[-1] == (len(whole), len(whole)) and [d for d, _ in seen] == sorted({d for d, _ in seen})
    assert _writer_threads() == []


def test_a_git_sha1_body_is_verified_either_way(writing: str, tmp_path: Path) -> None:
    whole = b"{}\n" * 70_000
    etag = hashlib.sha1(b"blob %d\0" % len(whole) + whole).hexdigest()
    digest = Digest(etag, len(whole))
    with open(tmp_path / "f", "wb") as file:
        sink = _sink(file, digest, len(whole))
        for at in range(0, len(whole), 65536):
            sink(whole[at : at + 65536])
        sink.close()
    assert digest.matches(tmp_path / "f", len(whole)) and verify_file(tmp_path / "f", etag, len(whole))


def test_a_body_of_unknown_size_takes_the_writer_thread(tmp_path: Path) -> None:
    with open(tmp_path / "f", "wb") as file:
        sink = _sink(file, Digest("0" * 64, None), None)
        assert _writer_threads()
        sink(b"x" * 10)
        sink.close()
    assert _writer_threads() == [] and (tmp_path / "f").read_bytes() == b"x" * 10


def test_a_body_past_its_limit_is_refused_and_the_writer_ends(writing: str, tmp_path: Path) -> None:
    with open(tmp_path / "f", "wb") as file:
        sink = _sink(file, Digest("0" * 64, 100_000), 100_000)
        sink(b"x" * 65536)
        with pytest.raises(IntegrityError, match="more of model.bin than the 100000 bytes"):
            sink(b"x" * 65536)
        sink.close()
    assert (tmp_path / "f").stat().st_size == 65536  # what was taken, nothing of the refused chunk
    assert _writer_threads() == []


def test_a_chunk_after_the_deadline_ends_the_body(writing: str, tmp_path: Path) -> None:
    with open(tmp_path / "f", "wb") as file:
        sink = _sink(file, Digest("0" * 64, None), LIMIT, timeout=0.0001)
        threading.Event().wait(0.01)  # a deadline of 0.1 ms, over: real time, but no test waits on it
        with pytest.raises(APITimeoutError):
            sink(b"x" * 1000)
        sink.close()


class _Watch:
    """A deadline that never passes and records when a body renewed it."""

    def __init__(self) -> None:
        self.sink: BodySink | None = None
        self.renewed_at: list[int] = []

    def expired(self) -> bool:
        return False

    def renew(self) -> None:
        assert self.sink is not None
        self.renewed_at.append(self.sink.received)


def test_every_256_kib_renews_the_deadline_and_reports_progress(writing: str, tmp_path: Path) -> None:
    watch, reported = _Watch(), []
    with open(tmp_path / "f", "wb") as file:
        sink = watch.sink = BodySink(
            file, Digest("0" * 64, None), Progress(None, "model.bin", lambda done, _: reported.append(done)),
            LIMIT, "model.bin", watch,  # type: ignore[arg-type]
        )
        for chunk in _body_of([65536] * 20):
            sink(chunk)
        sink.close()
    assert watch.renewed_at == [262144, 524288, 786432, 1048576]  # when the next chunk came
    assert reported == [262144, 524288, 786432, 1048576, 1310720]  # and the rest at the end


class _FullDisk(io.RawIOBase):
    """A file whose writes fail once ``room`` bytes were written."""

    def __init__(self, room: int) -> None:
        self.room = room

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        if len(data) > self.room:
            raise OSError(28, "No space left on device")
        self.room -= len(data)
        return len(data)


def test_a_failed_write_is_raised_and_nothing_waits_forever(writing: str) -> None:
    sink = _sink(_FullDisk(3 * BUFFER), Digest("0" * 64, None), LIMIT)
    with pytest.raises(OSError, match="No space left"):
        for chunk in _body_of([65536] * 16 * 20):  # 20 buffers: far more than the writer holds
            sink(chunk)
    # the plan's ``finally``: the writer has stopped, and says why once more
    with pytest.raises(OSError, match="No space left") if writing == "writer thread" else contextlib.nullcontext():
        sink.close()
    assert _writer_threads() == []
