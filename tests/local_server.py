"""Real HTTP/1.1 servers on loopback addresses for the overlay tests.

A test gives a handler that sees each request (an :class:`Exchange`) and returns a
:class:`Reply`, or a function that writes raw bytes to the socket (cut or stalled streams).
Every request is recorded in ``server.exchanges``.
"""

from __future__ import annotations

import json
import socket
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Union
from urllib.parse import parse_qs, urlsplit


@dataclass
class Exchange:
    method: str
    target: str
    headers: dict[str, str]
    body: bytes

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> dict[str, str]:
        return {k: v[-1] for k, v in parse_qs(urlsplit(self.target).query).items()}


@dataclass
class Reply:
    status: int = 200
    body: Any = b""
    headers: dict[str, str] = field(default_factory=dict)

    def encoded(self) -> bytes:
        if isinstance(self.body, bytes):
            return self.body
        if isinstance(self.body, str):
            return self.body.encode()
        self.headers.setdefault("Content-Type", "application/json")
        return json.dumps(self.body).encode()


RawWriter = Callable[[BaseHTTPRequestHandler], None]
Handler = Callable[[Exchange], Union[Reply, RawWriter]]


class LocalServer:
    """A threaded server on ``host`` (a loopback address) and a free port; use as a context manager."""

    def __init__(self, handler: Handler, host: str = "127.0.0.1") -> None:
        self.handler = handler
        self.exchanges: list[Exchange] = []
        self.released = threading.Event()  # set on exit, so stalled handlers return
        self._server = ThreadingHTTPServer((host, 0), _make_request_handler(self))
        self._server.daemon_threads = True
        self.host = host
        self.port = self._server.server_address[1]
        self.url = f"http://{host}:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)

    def __enter__(self) -> LocalServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.released.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    @property
    def count(self) -> int:
        return len(self.exchanges)


def _make_request_handler(server: LocalServer) -> type[BaseHTTPRequestHandler]:
    class RequestHandler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _handle(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            exchange = Exchange(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body)
            server.exchanges.append(exchange)
            answer = server.handler(exchange)
            if not isinstance(answer, Reply):
                answer(self)
                self.close_connection = True
                return
            payload = answer.encoded()
            self.send_response(answer.status)
            for name, value in answer.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(payload)

        do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = _handle

    return RequestHandler


def drop_connection(handler: BaseHTTPRequestHandler) -> None:
    """Close the socket without answering (the client sees a broken connection)."""
    handler.connection.shutdown(socket.SHUT_RDWR)


def sse_then_cut(first_events: bytes) -> RawWriter:
    """A chunked event stream that sends ``first_events``, half of another chunk, then closes."""

    def write(handler: BaseHTTPRequestHandler) -> None:
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
        handler.wfile.write(head + b"%x\r\n%s\r\n" % (len(first_events), first_events))
        handler.wfile.write(b"40\r\ndata: never fin")
        handler.wfile.flush()
        handler.connection.shutdown(socket.SHUT_RDWR)

    return write


def sse_then_stall(server: LocalServer, first_events: bytes) -> RawWriter:
    """A chunked event stream that sends ``first_events`` and then nothing until the server exits."""

    def write(handler: BaseHTTPRequestHandler) -> None:
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
        handler.wfile.write(head + b"%x\r\n%s\r\n" % (len(first_events), first_events))
        handler.wfile.flush()
        server.released.wait(10)

    return write


def closed_port_url(host: str = "127.0.0.1") -> str:
    """The URL of a port nothing listens on (connections are refused)."""
    with socket.socket() as sock:
        sock.bind((host, 0))
        port = sock.getsockname()[1]
    return f"http://{host}:{port}"


class Sleeps(list):
    """An injectable ``sleep`` that records the delays instead of waiting."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.append(seconds)
