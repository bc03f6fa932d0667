"""An OpenAI-compatible chat server that streams part of its answer, then holds the rest until released."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler

from local_server import Exchange, LocalServer, Reply

FIRST, REST = "Hello", " world"


def _chunk(content: str | None, finish: str | None = None) -> bytes:
    delta = {"role": "assistant", "content": content} if content is not None else {}
    event = {"id": "chat-1", "object": "chat.completion.chunk", "created": 1, "model": "tiny-chat",
             "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
    return b"data: " + json.dumps(event).encode() + b"\n\n"


def _write_chunk(handler: BaseHTTPRequestHandler, data: bytes) -> None:
    handler.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
    handler.wfile.flush()


class HeldStream:
    """``handle`` for a LocalServer: ``release`` lets the rest of the answer go."""

    def __init__(self) -> None:
        self.release = threading.Event()

    def handle(self, exchange: Exchange):
        if exchange.method != "POST" or exchange.path != "/v1/chat/completions":
            return Reply(404, {"error": f"no route {exchange.path}"})

        def write(handler: BaseHTTPRequestHandler) -> None:
            handler.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n")
            _write_chunk(handler, _chunk(FIRST))
            self.release.wait(60)
            _write_chunk(handler, _chunk(REST))
            _write_chunk(handler, _chunk(None, "stop") + b"data: [DONE]\n\n")
            handler.wfile.write(b"0\r\n\r\n")
            handler.wfile.flush()

        return write


def start(serve) -> tuple[LocalServer, HeldStream]:
    stream = HeldStream()
    return serve(stream.handle), stream
