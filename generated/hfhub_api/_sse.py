"""Server-sent events, decoded as the HTML standard says (used by Hub and inference streams).

Fields ``event``, ``data`` (several lines joined by ``\\n``), ``id`` and ``retry``; lines
starting with ``:`` are comments (keep-alives); a blank line ends an event; an event left
unfinished when the stream ends is dropped.
"""

from __future__ import annotations

import json
from typing import Any, AsyncIterable, AsyncIterator, Iterable, Iterator

__all__ = ["ServerSentEvent", "SSEDecoder", "iter_events", "aiter_events"]


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


class SSEDecoder:
    """Feed it lines (without their line ending); it returns an event when one is complete.

    Subclasses may override :meth:`_dispatch` to turn an event into something else.
    """

    __slots__ = ("_event", "_data", "_last_id", "_retry", "_started")

    def __init__(self) -> None:
        self._event = ""
        self._data: list[str] = []
        self._last_id: str | None = None
        self._retry: int | None = None
        self._started = False

    def feed(self, line: str) -> Any:
        # The two lines of nearly every event first: streams are long, this runs for each line.
        if line.startswith("data:"):
            self._data.append(line[6:] if line.startswith(" ", 5) else line[5:])
            return None
        if line:
            return self._field(line)
        self._started = True
        lines = self._data
        if not lines:
            self._event = ""
            return None
        data = lines[0] if len(lines) == 1 else "\n".join(lines)
        lines.clear()
        event = self._event
        if event:
            self._event = ""
        return self._dispatch(event, data)

    def _field(self, line: str) -> Any:
        if not self._started:
            self._started = True
            # Only the stream's first line may start with a BOM (data lines before it would still be buffered).
            if line.startswith("\ufeff") and not self._data:
                return self.feed(line[1:])
        if line[0] == ":":
            return None
        name, sep, value = line.partition(":")
        if sep and value.startswith(" "):
            value = value[1:]
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id":
            if "\0" not in value:
                self._last_id = value
        elif name == "retry":
            if value.isdigit():
                self._retry = int(value)
        return None

    def _dispatch(self, event: str, data: str) -> Any:
        """The item of a complete event (type ``""`` if the server named none)."""
        return ServerSentEvent(data, event or "message", self._last_id, self._retry)


def iter_events(lines: Iterable[str]) -> Iterator[ServerSentEvent]:
    """Events from an iterable of lines, e.g. ``httpx.Response.iter_lines()``."""
    decoder = SSEDecoder()
    feed = decoder.feed
    for line in lines:
        event = feed(line)
        if event is not None:
            yield event


async def aiter_events(lines: AsyncIterable[str]) -> AsyncIterator[ServerSentEvent]:
    """Events from an async iterable of lines, e.g. ``httpx.Response.aiter_lines()``."""
    decoder = SSEDecoder()
    feed = decoder.feed
    async for line in lines:
        event = feed(line)
        if event is not None:
            yield event
