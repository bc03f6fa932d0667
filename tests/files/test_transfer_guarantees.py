"""The guarantees of every call hold for files too: deadline, retry policy and Retry-After, concurrency bound.

A few cases use real sockets and real time (a deadline is about time); the retry waits are
recorded by the policy's injected sleep instead of being waited.
"""

from __future__ import annotations

import asyncio
import hashlib
import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any, Callable

import pytest
from hub_clients import TOKEN
from local_server import Exchange, LocalServer, Reply, Sleeps
from standin_hub import StandinHub

from hfhub import AsyncHubClient, HubClient
from hfhub_api._retry import RetryPolicy
from hfhub.errors import APITimeoutError

BODY = bytes(range(256)) * 4096  # 1 MiB
SHA = hashlib.sha256(BODY).hexdigest()
COMMIT = "a" * 40
SLACK = 2.5  # seconds beyond the timeout a loaded machine may take to notice


def _describe(exchange: Exchange) -> Reply:
    return Reply(200, b"", {"X-Repo-Commit": COMMIT, "ETag": f'"{SHA}"', "X-Linked-Size": str(len(BODY))})


def _silent(server: LocalServer) -> Callable[[BaseHTTPRequestHandler], None]:
    def write(handler: BaseHTTPRequestHandler) -> None:
        server.released.wait(30)

    return write


def _stall_after(server: LocalServer, sent: int) -> Callable[[BaseHTTPRequestHandler], None]:
    def write(handler: BaseHTTPRequestHandler) -> None:
        handler.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(BODY) + BODY[:sent])
        handler.wfile.flush()
        server.released.wait(30)

    return write


def _drip(server: LocalServer) -> Callable[[BaseHTTPRequestHandler], None]:
    def write(handler: BaseHTTPRequestHandler) -> None:
        handler.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(BODY))
        for byte in BODY:
            if server.released.wait(0.05):
                return
            handler.wfile.write(bytes([byte]))
            handler.wfile.flush()

    return write


BODIES: dict[str, Callable[[LocalServer], Callable[[BaseHTTPRequestHandler], None]]] = {
    "silent metadata": _silent,
    "stalled body": lambda server: _stall_after(server, 1000),
    "dripping body": _drip,
}


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize("fault", sorted(BODIES))
def test_a_download_ends_at_the_timeout(writing: str, serve: Any, tmp_path: Path, fault: str, flavour: str) -> None:
    def handler(exchange: Exchange) -> Any:
        if fault == "silent metadata" or exchange.method == "GET":
            return BODIES[fault](server)
        return _describe(exchange)

    server: LocalServer = serve(handler)
    options: dict[str, Any] = {"token": TOKEN, "endpoint": server.url, "timeout": 1.0, "max_retries": RetryPolicy(2, sleep=time.sleep)}
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        if flavour == "sync":
            with HubClient(**options) as hub:
                hub.models.download("org/repo", "model.bin", cache_dir=tmp_path)
        else:
            async def run() -> None:
                async with AsyncHubClient(**options) as hub:
                    await hub.models.download("org/repo", "model.bin", cache_dir=tmp_path)

            asyncio.run(run())
    assert time.monotonic() - started < 1.0 + SLACK
    assert not list(tmp_path.rglob("blobs/" + SHA))  # nothing placed


def test_retry_after_on_a_body_get_is_honoured(standin: StandinHub, cache: Path) -> None:
    big = b"B" * 2_000_000
    standin.create_repo("org/model", files={"model.bin": big})
    standin.fail_once[standin.entry_for(big).sha256] = 429
    standin.fail_headers["Retry-After"] = "3"
    sleeps = Sleeps()
    with HubClient(token=TOKEN, endpoint=standin.endpoint, timeout=30, max_retries=RetryPolicy(2, sleep=sleeps)) as hub:
        assert hub.models.download("org/model", "model.bin").read_bytes() == big
    assert sleeps == [3.0]


def test_a_retry_after_beyond_the_deadline_fails_at_once(standin: StandinHub, cache: Path) -> None:
    big = b"B" * 2_000_000
    standin.create_repo("org/model", files={"model.bin": big})
    standin.fail_once[standin.entry_for(big).sha256] = 429
    standin.fail_headers["Retry-After"] = "120"
    sleeps = Sleeps()
    with HubClient(token=TOKEN, endpoint=standin.endpoint, timeout=5, max_retries=RetryPolicy(2, sleep=sleeps)) as hub:
        with pytest.raises(Exception, match="429"):
            hub.models.download("org/model", "model.bin")
    assert sleeps == []


@pytest.mark.parametrize("size", [200_000, 12 * 1024 * 1024])  # a basic PUT, and multipart parts
def test_a_503_on_an_lfs_upload_is_retried(standin: StandinHub, size: int) -> None:
    standin.create_repo("org/model")
    standin.upload_failures = [503]
    data = bytes(range(256)) * (size // 256)
    sleeps = Sleeps()
    with HubClient(token=TOKEN, endpoint=standin.endpoint, max_retries=RetryPolicy(2, sleep=sleeps)) as hub:
        hub.models.upload_file("org/model", data, "weights.bin")
    assert standin.files_at("org/model")["weights.bin"] == data
    assert len(sleeps) == 1
    assert standin.upload_failures == []


@pytest.mark.parametrize("bound", [1, 3])
def test_an_async_snapshot_never_exceeds_max_concurrency(standin: StandinHub, cache: Path, bound: int) -> None:
    standin.create_repo("org/model", files={f"f{i}.bin": bytes([i]) * 300_000 for i in range(8)})
    standin.delay = 0.005  # bodies take a while, so requests overlap when they may

    async def run() -> Path:
        async with AsyncHubClient(token=TOKEN, endpoint=standin.endpoint, max_concurrency=bound) as hub:
            return await hub.models.snapshot("org/model", max_workers=8)

    folder = asyncio.run(run())
    assert sorted(p.name for p in folder.iterdir()) == [f"f{i}.bin" for i in range(8)]
    assert standin.max_in_flight <= bound
