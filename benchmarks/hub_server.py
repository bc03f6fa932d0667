"""A fast local stand-in for the Hub (asyncio, HTTP/1.1 keep-alive, precomputed bodies) for benchmarks.

Serves ``/api/whoami-v2``, ``/api/models/{namespace}/{repo}`` and ``/api/models`` (N models over
``Link: rel="next"`` pages). Run: ``python benchmarks/hub_server.py --port 0 --models 10000``;
it prints ``READY <port>`` once listening.
"""

from __future__ import annotations

import argparse
import asyncio
import json
from urllib.parse import parse_qs, urlsplit

WHOAMI = {
    "type": "user", "id": "5f0b1a2c3d4e5f6a7b8c9d0e", "name": "bench-user", "fullname": "Bench User",
    "email": "bench@example.com", "emailVerified": True, "canPay": False, "isPro": False, "periodEnd": None,
    "avatarUrl": "https://cdn-avatars.huggingface.co/v1/production/uploads/bench.png",
    "orgs": [{"type": "org", "id": "org1", "name": "bench-org", "fullname": "Bench Org", "avatarUrl": "/a.png",
              "roleInOrg": "admin", "isEnterprise": False}],
    "auth": {"type": "access_token", "accessToken": {"displayName": "bench", "role": "read",
                                                     "createdAt": "2025-01-01T00:00:00.000Z"}},
}


def model_item(i: int) -> dict:
    return {
        "_id": f"{i:024x}", "id": f"org{i % 97}/model-{i}", "likes": i % 1000, "trendingScore": i % 13,
        "private": False, "downloads": i * 7, "tags": ["transformers", "safetensors", "text-generation", "en", "license:mit"],
        "pipeline_tag": "text-generation", "library_name": "transformers", "createdAt": "2024-03-01T12:00:00.000Z",
        "modelId": f"org{i % 97}/model-{i}",
    }


def model_info() -> dict:
    info = model_item(1)
    info.update({
        "author": "org1", "sha": "a" * 40, "lastModified": "2025-06-01T08:00:00.000Z", "gated": False, "disabled": False,
        "cardData": {"license": "mit", "language": ["en"]},
        "siblings": [{"rfilename": f"model-{k:05d}-of-00004.safetensors"} for k in range(4)] + [{"rfilename": "config.json"}],
        "config": {"architectures": ["LlamaForCausalLM"], "model_type": "llama"},
        "transformersInfo": {"auto_model": "AutoModelForCausalLM", "pipeline_tag": "text-generation", "processor": "AutoTokenizer"},
        "safetensors": {"parameters": {"BF16": 8030261248}, "total": 8030261248},
        "spaces": ["org/space-a", "org/space-b"], "usedStorage": 16060522496,
        "inferenceProviderMapping": {"together": {"status": "live", "providerId": "org/model", "task": "conversational"}},
    })
    return info


def _response(body: bytes, extra: str = "") -> bytes:
    head = f"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n{extra}\r\n"
    return head.encode() + body


class Hub:
    def __init__(self, models: int, page_size: int, base: str) -> None:
        self.whoami = _response(json.dumps(WHOAMI).encode())
        self.info = _response(json.dumps(model_info()).encode())
        self.pages: list[bytes] = []
        for start in range(0, models, page_size):
            body = json.dumps([model_item(i) for i in range(start, min(start + page_size, models))]).encode()
            nxt = start // page_size + 1
            # Absolute, as the Hub sends them (huggingface_hub does not resolve relative ones).
            link = f'link: <{base}/api/models?cursor={nxt}>; rel="next"\r\n' if start + page_size < models else ""
            self.pages.append(_response(body, link))

    def answer(self, target: str) -> bytes:
        parts = urlsplit(target)
        if parts.path == "/api/whoami-v2":
            return self.whoami
        if parts.path == "/api/models":
            cursor = int(parse_qs(parts.query).get("cursor", ["0"])[0])
            return self.pages[cursor] if cursor < len(self.pages) else _response(b"[]")
        if parts.path.startswith("/api/models/"):
            return self.info
        return b"HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n"


class Protocol(asyncio.Protocol):
    def __init__(self, hub: Hub) -> None:
        self.hub = hub
        self.buffer = b""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while b"\r\n\r\n" in self.buffer:
            head, _, rest = self.buffer.partition(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            if len(rest) < length:
                return
            self.buffer = rest[length:]
            target = head.split(b" ", 2)[1].decode()
            self.transport.write(self.hub.answer(target))  # type: ignore[attr-defined]


async def serve(port: int, models: int, page_size: int) -> None:
    hubs: list[Hub] = []
    server = await asyncio.get_running_loop().create_server(lambda: Protocol(hubs[0]), "127.0.0.1", port)
    port = server.sockets[0].getsockname()[1]
    hubs.append(Hub(models, page_size, f"http://127.0.0.1:{port}"))
    print(f"READY {port}", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--models", type=int, default=10_000)
    parser.add_argument("--page-size", type=int, default=1_000)
    args = parser.parse_args()
    asyncio.run(serve(args.port, args.models, args.page_size))
