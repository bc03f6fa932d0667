"""Server-sent events, decoded as the HTML standard says (used by Hub and inference streams).

The decoder takes the body's bytes as they arrive, splits lines itself and decodes them as
UTF-8 (an event stream is always UTF-8, whatever charset its Content-Type names): an event
stream's lines end with CR, LF or CRLF and nothing else (``str.splitlines`` and httpx2's
``iter_lines`` also split at U+2028, U+0085 and more, which JSON leaves unescaped inside
strings). Fields ``event``, ``data`` (several lines joined by ``\\n``), ``id`` and
``retry``; lines starting with ``:`` are comments (keep-alives); a blank line ends an event;
a byte order mark opening the stream is skipped; an event left unfinished when the stream
ends is dropped.
"""

from __future__ import annotations

import json
from typing import Any, AsyncIterable, AsyncIterator, Iterable, Iterator

__all__ = ["END", "LineSplitter", "ServerSentEvent", "SSEDecoder", "iter_events", "aiter_events"]

_BOM = "\ufeff".encode()
END: Any = object()
"""What a decoder's :meth:`SSEDecoder._dispatch` returns for the stream's final event: nothing after it is read."""


class ServerSentEvent:
    __slots__ = ("event", "data", "id", "retry")

    def __init__(self, data: str = "", event: str = "message", id: str | None = None, retry: int | None = None) -> None:
        self.event = event
        self.data = data
        self.id = id
        self.retry = retry

    def json(self) -> Any:
        return json.loads(self.data)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ServerSentEvent):
            return NotImplemented
        return (self.event, self.data, self.id, self.retry) == (other.event, other.data, other.id, other.retry)

    def __repr__(self) -> str:
        return f"ServerSentEvent(event={self.event!r}, data={self.data!r}, id={self.id!r}, retry={self.retry!r})"


class LineSplitter:
    """The lines of a body as its bytes arrive, each ended by CR, LF or CRLF (nothing else)."""

    __slots__ = ("_partial", "_after_cr")

    def __init__(self) -> None:
        self._partial = b""  # the last line, until its end arrives
        self._after_cr = False  # the previous read ended with CR: an LF opening this one is part of it

    def split(self, chunk: bytes) -> list[bytes]:
        """The lines ``chunk`` completes, without their line endings."""
        if self._after_cr:
            self._after_cr = False
            if chunk.startswith(b"\n"):
                chunk = chunk[1:]
        if b"\r" in chunk:
            self._after_cr = chunk.endswith(b"\r")
            chunk = chunk.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        lines = chunk.split(b"\n")
        if self._partial:
            lines[0] = self._partial + lines[0]
        self._partial = lines.pop()
        return lines

    def rest(self) -> bytes:
        """What follows the last line ending, once the body has ended."""
        rest, self._partial = self._partial, b""
        return rest


class SSEDecoder(LineSplitter):
    """Feed it the body's bytes as they arrive; it returns the events each read completes.

    Lines are split as bytes (UTF-8 puts no CR or LF inside a character) and decoded as
    UTF-8 once complete, invalid bytes as U+FFFD. Subclasses may override :meth:`_dispatch`
    to turn an event into something else.
    """

    __slots__ = ("_event", "_data", "_last_id", "_retry", "_started", "_failure")

    def __init__(self) -> None:
        super().__init__()
        self._event = ""
        self._data: list[bytes] = []
        self._last_id: str | None = None
        self._retry: int | None = None
        self._started = False
        self._failure: Exception | None = None

    def decode(self, chunk: bytes) -> list[Any]:
        """The items of the events ``chunk`` completes, the next bytes of the body, in order.

        After an item that is :data:`END` nothing more is decoded. If an event fails to decode
        after others of the same read, those are returned and the error is raised by the next
        call (or :meth:`check`).
        """
        self.check()
        lines = self.split(chunk)
        if not self._started and lines:
            self._started = True
            if lines[0].startswith(_BOM):
                lines[0] = lines[0][len(_BOM):]
        items: list[Any] = []
        data = self._data
        try:
            # Inlined, the two lines of nearly every event first: streams are long and this runs for each line.
            for line in lines:
                if line.startswith(b"data:"):
                    data.append(line[6:] if line.startswith(b" ", 5) else line[5:])
                elif line:
                    self._field(line.decode("utf-8", "replace"))
                elif data:
                    value = (data[0] if len(data) == 1 else b"\n".join(data)).decode("utf-8", "replace")
                    data.clear()
                    event = self._event
                    if event:
                        self._event = ""
                    item = self._dispatch(event, value)
                    if item is not None:
                        items.append(item)
                        if item is END:
                            break
                else:
                    self._event = ""
        except Exception as exc:
            if not items:
                raise
            self._failure = exc  # the events before it are delivered first
        return items

    def check(self) -> None:
        """Raise the error an earlier piece left pending, if any."""
        if self._failure is not None:
            failure, self._failure = self._failure, None
            raise failure

    def _field(self, line: str) -> None:
        if line[0] == ":":
            return
        name, sep, value = line.partition(":")
        if sep and value.startswith(" "):
            value = value[1:]
        if name == "data":
            self._data.append(value.encode())
        elif name == "event":
            self._event = value
        elif name == "id":
            if "\0" not in value:
                self._last_id = value
        elif name == "retry":
            if value.isdigit():
                self._retry = int(value)

    def _dispatch(self, event: str, data: str) -> Any:
        """The item of a complete event (type ``""`` if the server named none), ``None`` for none."""
        return ServerSentEvent(data, event or "message", self._last_id, self._retry)


def iter_events(chunks: Iterable[bytes]) -> Iterator[ServerSentEvent]:
    """Events from a body's bytes as they arrive, e.g. ``httpx2.Response.iter_bytes()``."""
    decode = SSEDecoder().decode
    for chunk in chunks:
        yield from decode(chunk)


async def aiter_events(chunks: AsyncIterable[bytes]) -> AsyncIterator[ServerSentEvent]:
    """Events from a body's bytes as they arrive, e.g. ``httpx2.Response.aiter_bytes()``."""
    decode = SSEDecoder().decode
    async for chunk in chunks:
        for event in decode(chunk):
            yield event
