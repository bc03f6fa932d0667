"""A raw-socket HTTP/1.1 server on a loopback address that plays one scripted fault per request.

::

    with FaultServer(Stall(), Reply(200, {"ok": True})) as server:   # 1st request stalls, then 200s
        ...
        assert server.count == 2

Each request the server sees (or, for :class:`ResetBeforeRead`, each request it refuses to read)
takes the next action of the script; the last action repeats. ``server.respond_with(fn)`` scripts
by request instead (``fn(request, index) -> action``), for routes such as paged listings.
Actions: :class:`Reply` (a full answer; the connection stays open for the next request),
:class:`Raw` (bytes as they are, then close), :class:`Drip` (a body sent a few bytes at a time),
:class:`Stall` (read the request, answer nothing), :class:`ResetBeforeRead`, :class:`ResetAfterRead`
(a TCP reset, before or after reading the request).
"""

from __future__ import annotations

import asyncio
import json
import select
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Union

from local_server import Exchange as Received  # one request as it arrived: the same record as local_server's

__all__ = [
    "FaultServer",
    "Received",
    "Reply",
    "Raw",
    "Drip",
    "Stall",
    "ResetBeforeRead",
    "ResetAfterRead",
    "Action",
    "until",
]


@dataclass
class Reply:
    """A complete answer; ``body`` as bytes, text, or JSON for anything else."""

    status: int = 200
    body: Any = b""
    headers: dict[str, str] = field(default_factory=dict)

    def payload(self) -> tuple[dict[str, str], bytes]:
        headers = dict(self.headers)
        body = self.body
        if isinstance(body, str):
            body = body.encode()
        elif not isinstance(body, (bytes, bytearray, memoryview)):
            headers.setdefault("Content-Type", "application/json")
            body = json.dumps(body).encode()
        return headers, bytes(body)


@dataclass
class Raw:
    """These bytes exactly, then the connection is closed (``stall=True``: left open, silent, until the client hangs up)."""

    data: bytes
    stall: bool = False


@dataclass
class Drip:
    """Status line and headers (``Content-Length`` of the whole body), then ``chunk`` bytes every ``interval`` s.

    ``raw=True``: ``body`` is the whole answer, status line and headers included, dripped as it is.
    """

    body: bytes
    interval: float = 0.5
    chunk: int = 1
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    raw: bool = False


@dataclass
class Stall:
    """Read the request and answer nothing until the client hangs up or the server stops."""


@dataclass
class ResetBeforeRead:
    """Reset the connection without reading the request."""


@dataclass
class ResetAfterRead:
    """Read the request, then reset the connection without answering."""


Action = Union[Reply, Raw, Drip, Stall, ResetBeforeRead, ResetAfterRead]
Responder = Callable[[Received, int], Action]

_REASONS = {200: "OK", 301: "Moved Permanently", 302: "Found", 307: "Temporary Redirect", 400: "Bad Request",
            401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 429: "Too Many Requests",
            500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout"}


class FaultServer:
    """Listens on ``host`` (a loopback address) and a free port; a context manager.

    ``url`` is its base URL; ``requests`` the requests it read; ``count`` every request it took
    an action for (those reset before reading included); ``open_connections`` the client
    connections not yet closed by either side.
    """

    def __init__(self, *script: Action, host: str = "127.0.0.1") -> None:
        self.host = host
        self.requests: list[Received] = []
        self.count = 0
        self._script: list[Action] = list(script) or [Reply(200, {})]
        self._responder: Responder | None = None
        self._lock = threading.Lock()
        self._arrived = threading.Condition(self._lock)  # notified each time ``count`` grows
        self._stop = threading.Event()
        self._open: set[socket.socket] = set()
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind((host, 0))
        self._listener.listen(512)
        self.port = self._listener.getsockname()[1]
        self.url = f"http://{host}:{self.port}"
        self._threads: list[threading.Thread] = []
        self._acceptor = threading.Thread(target=self._accept_loop, daemon=True)

    # -- scripting ---------------------------------------------------------------------------

    def script(self, *actions: Action) -> None:
        """Replace the script: the next requests take these actions in order, the last repeats."""
        with self._lock:
            self._script = list(actions)
            self._responder = None

    def respond_with(self, responder: Responder) -> None:
        """Choose each action from the request and its index (0 for the first)."""
        with self._lock:
            self._responder = responder

    @property
    def open_connections(self) -> int:
        with self._lock:
            return len(self._open)

    def wait_for_requests(self, count: int = 1, timeout: float = 5.0) -> bool:
        """Wait until ``count`` requests have arrived (the client is then waiting on them); ``True`` if they did."""
        with self._arrived:
            return self._arrived.wait_for(lambda: self.count >= count, timeout)

    def wait_closed(self, timeout: float = 5.0) -> bool:
        """Wait until every client connection is closed; ``True`` if they all were."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.open_connections == 0:
                return True
            time.sleep(0.02)
        return self.open_connections == 0

    # -- lifecycle ---------------------------------------------------------------------------

    def __enter__(self) -> FaultServer:
        self._acceptor.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._stop.set()
        try:
            self._listener.close()
        except OSError:
            pass
        self._acceptor.join(5)
        with self._lock:
            conns = list(self._open)
        for conn in conns:
            _close_quietly(conn)
        for thread in self._threads:
            thread.join(5)

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                ready, _, _ = select.select([self._listener], [], [], 0.05)
                if not ready:
                    continue
                conn, _ = self._listener.accept()
            except (OSError, ValueError):
                return
            with self._lock:
                self._open.add(conn)
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    # -- one connection ----------------------------------------------------------------------

    def _next_scripted(self) -> Action | None:
        """The scripted action for the next request, or ``None`` when a responder chooses."""
        with self._lock:
            if self._responder is not None:
                return None
            index = min(self.count, len(self._script) - 1)
            action = self._script[index]
            if isinstance(action, ResetBeforeRead):
                self.count += 1
                self._arrived.notify_all()
            return action

    def _serve(self, conn: socket.socket) -> None:
        reader = _Reader(conn, self._stop)
        try:
            while not self._stop.is_set():
                if not reader.wait_for_data():
                    return
                action = self._next_scripted()  # chosen once a request starts arriving, so script() applies
                if isinstance(action, ResetBeforeRead):
                    _reset(conn)
                    return
                request = reader.read_request()
                if request is None:
                    return
                with self._lock:
                    index = self.count
                    self.count += 1
                    self.requests.append(request)
                    self._arrived.notify_all()
                    responder = self._responder
                if responder is not None:
                    action = responder(request, index)
                if not self._act(conn, reader, request, action):
                    return
        except OSError:
            pass
        finally:
            _close_quietly(conn)
            with self._lock:
                self._open.discard(conn)

    def _act(self, conn: socket.socket, reader: _Reader, request: Received, action: Action | None) -> bool:
        """Play ``action``; ``True`` if the connection can take another request."""
        if isinstance(action, Reply):
            headers, body = action.payload()
            head = _head(action.status, headers, len(body))
            conn.sendall(head if request.method == "HEAD" else head + body)
            return headers.get("Connection", "").lower() != "close"
        if isinstance(action, Raw):
            conn.sendall(action.data)
            while action.stall and not self._stop.is_set() and not reader.closed_within(0.05):
                pass
            return False
        if isinstance(action, Drip):
            if not action.raw:
                conn.sendall(_head(action.status, action.headers, len(action.body)))
            for start in range(0, len(action.body), action.chunk):
                if reader.closed_within(action.interval):
                    return False
                conn.sendall(action.body[start:start + action.chunk])
            return False
        if isinstance(action, Stall):
            while not self._stop.is_set() and not reader.closed_within(0.05):
                pass
            return False
        if isinstance(action, ResetAfterRead):
            _reset(conn)
            return False
        raise TypeError(f"not a fault action: {action!r}")


async def until(condition: Callable[[], object], timeout: float = 5.0) -> None:
    """Return once ``condition()`` is true, checking every 10 ms; ``TimeoutError`` after ``timeout`` seconds."""
    async def poll() -> None:
        while not condition():
            await asyncio.sleep(0.01)

    await asyncio.wait_for(poll(), timeout)


class _Reader:
    """Reads requests from one connection (Content-Length or chunked bodies)."""

    def __init__(self, conn: socket.socket, stop: threading.Event) -> None:
        self._conn = conn
        self._stop = stop
        self._buffer = b""
        self._eof = False

    def _fill(self) -> bool:
        while not self._stop.is_set():
            ready, _, _ = select.select([self._conn], [], [], 0.05)
            if ready:
                data = self._conn.recv(65536)
                if not data:
                    self._eof = True
                    return False
                self._buffer += data
                return True
        return False

    def wait_for_data(self) -> bool:
        return bool(self._buffer) or self._fill()

    def closed_within(self, seconds: float) -> bool:
        """Wait ``seconds``; ``True`` as soon as the client closes its side (data it sends is kept)."""
        deadline = time.monotonic() + seconds
        while not self._eof and not self._stop.is_set():
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            try:
                ready, _, _ = select.select([self._conn], [], [], min(left, 0.05))
                if ready:
                    data = self._conn.recv(65536)
                    if not data:
                        self._eof = True
                    self._buffer += data
            except OSError:
                self._eof = True
        return True

    def _read_until(self, marker: bytes) -> bytes | None:
        while marker not in self._buffer:
            if not self._fill():
                return None
        data, _, self._buffer = self._buffer.partition(marker)
        return data

    def _read_exactly(self, size: int) -> bytes | None:
        while len(self._buffer) < size:
            if not self._fill():
                return None
        data, self._buffer = self._buffer[:size], self._buffer[size:]
        return data

    def read_request(self) -> Received | None:
        head = self._read_until(b"\r\n\r\n")
        if head is None:
            return None
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = (lines[0].split(" ", 2) + ["", ""])[:3]
        headers: dict[str, str] = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        if headers.get("transfer-encoding", "").lower() == "chunked":
            body = self._read_chunked()
        else:
            body = self._read_exactly(int(headers.get("content-length") or 0))
        if body is None:
            return None
        return Received(method, target, headers, body)

    def _read_chunked(self) -> bytes | None:
        body = b""
        while True:
            size_line = self._read_until(b"\r\n")
            if size_line is None:
                return None
            size = int(size_line.split(b";")[0], 16)
            chunk = self._read_exactly(size + 2)
            if chunk is None:
                return None
            if size == 0:
                return body
            body += chunk[:-2]


def _head(status: int, headers: dict[str, str], length: int) -> bytes:
    lines = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Status')}"]
    names = {name.lower() for name in headers}
    lines += [f"{name}: {value}" for name, value in headers.items()]
    if "content-length" not in names and "transfer-encoding" not in names:
        lines.append(f"Content-Length: {length}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _reset(conn: socket.socket) -> None:
    """Close with SO_LINGER 0: the peer gets a TCP RST instead of a clean end of stream."""
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


def _close_quietly(conn: socket.socket) -> None:
    try:
        conn.close()
    except OSError:
        pass
