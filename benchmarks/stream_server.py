"""A minimal local OpenAI-compatible streaming server for the throughput benchmark.

``POST .../chat/completions`` answers, as fast as it can, with a pre-rendered stream of
``--chunks`` chat-completion chunks (id/object/created/model/system_fingerprint,
choices[delta, index, logprobs null, finish_reason], usage on the last chunk) as
Server-Sent Events, one HTTP/1.1 chunk per event, ending with ``data: [DONE]``.
``GET /health`` answers 200. Listens on 127.0.0.1 only; stdlib only.

    python benchmarks/stream_server.py --port 8765 --chunks 5000
"""

from __future__ import annotations

import argparse
import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MODEL = "bench/tiny-model"
CREATED = 1_760_000_000
_WORDS = ("Hello", " world", ",", " the", " stream", " of", " tokens", " is", " long", ".",
          " Ünïcødé", " ✓", " 42", "\n", " \"quoted\"", " end")


def render_events(n_chunks: int, model: str = MODEL) -> list[bytes]:
    """The SSE events (``data: {...}\\n\\n``) of one stream of ``n_chunks`` chunks + [DONE]."""
    base = {"id": "chatcmpl-bench0001", "object": "chat.completion.chunk", "created": CREATED,
            "model": model, "system_fingerprint": "fp_bench"}
    events = []
    for i in range(n_chunks):
        if i == 0:
            delta = {"role": "assistant", "content": ""}
        elif i == n_chunks - 1:
            delta = {}
        else:
            delta = {"content": _WORDS[i % len(_WORDS)]}
        last = i == n_chunks - 1
        chunk = dict(base, choices=[{"index": 0, "delta": delta, "logprobs": None,
                                     "finish_reason": "stop" if last else None}])
        if last:
            chunk["usage"] = {"prompt_tokens": 12, "completion_tokens": n_chunks - 2,
                              "total_tokens": n_chunks + 10}
        events.append(b"data: " + json.dumps(chunk, separators=(",", ":")).encode() + b"\n\n")
    events.append(b"data: [DONE]\n\n")
    return events


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    wbufsize = 1 << 16  # buffer writes; each event is still its own HTTP chunk
    server: "StreamServer"

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def _send_json(self, status: int, obj: object) -> None:
        body = json.dumps(obj).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        if self.path.rstrip("/") in ("/health", "/v1/models"):
            self._send_json(200, {"object": "list", "data": [{"id": MODEL, "object": "model"}]})
        else:
            self._send_json(404, {"error": {"message": "not found"}})

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if not self.path.rstrip("/").endswith("/chat/completions"):
            self._send_json(404, {"error": {"message": f"no route {self.path}"}})
            return
        try:
            request = json.loads(body or b"{}")
        except ValueError:
            self._send_json(400, {"error": {"message": "invalid JSON"}})
            return
        if not request.get("stream"):
            self._send_json(400, {"error": {"message": "this benchmark server only streams"}})
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        write = self.wfile.write
        for event in self.server.events:
            write(b"%x\r\n%s\r\n" % (len(event), event))
        write(b"0\r\n\r\n")
        self.wfile.flush()


class StreamServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 1024  # hundreds of clients connect at once in bench_inference_load

    def __init__(self, port: int, n_chunks: int) -> None:
        self.events = render_events(n_chunks)
        super().__init__(("127.0.0.1", port), Handler)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Replay an OpenAI chat-completion stream fast.")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--chunks", type=int, default=5000)
    args = parser.parse_args(argv)
    if args.chunks < 2:
        parser.error("--chunks must be at least 2")
    server = StreamServer(args.port, args.chunks)
    print(f"READY {server.server_address[1]}", flush=True)  # the line benchmarks/_harness.py waits for
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
