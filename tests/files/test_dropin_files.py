"""huggingface_hub habits on the file methods: request options on every one, ``etag_timeout``,
``files_metadata``, ``with_raw_response``, and uploads from memory or file objects that stream.

Where huggingface_hub 2.4.0 has the call, both are called with the same arguments against the
same local server and what each sent is compared.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable, Iterator

import httpx2
import pytest
from hub_clients import async_client
from local_server import Exchange, LocalServer, Reply
from standin_hub import StandinHub

from hfhub import AsyncHubClient, HubClient, RawResponse
from hfhub.errors import APIConnectionError
from hfhub.files import CommitOperationAdd, RepoFile

FILE_METHODS = ["download", "snapshot", "create_commit", "upload_file", "upload_folder", "delete_file", "list_tree",
                "list_files", "exists", "file_exists"]


@pytest.fixture
def silent() -> Iterator[str]:
    """A server that takes connections and never answers (the kernel queues them; nobody reads)."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(64)
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"


def _calls(tmp_path: Path) -> dict[str, Callable[[Any], Any]]:
    """One call of each file method, given the resource (``hub.models``); the result awaited or listed by the caller."""
    folder = tmp_path / "folder"
    folder.mkdir(exist_ok=True)
    (folder / "a.txt").write_bytes(b"a")
    return {
        "download": lambda r, **o: r.download("org/x", "a.txt", cache_dir=tmp_path / "c", **o),
        "snapshot": lambda r, **o: r.snapshot("org/x", cache_dir=tmp_path / "c", **o),
        "create_commit": lambda r, **o: r.create_commit("org/x", [CommitOperationAdd("a.txt", b"a")], **o),
        "upload_file": lambda r, **o: r.upload_file("org/x", b"a", "a.txt", **o),
        "upload_folder": lambda r, **o: r.upload_folder("org/x", folder, **o),
        "delete_file": lambda r, **o: r.delete_file("org/x", "a.txt", **o),
        "list_tree": lambda r, **o: r.list_tree("org/x", **o),
        "list_files": lambda r, **o: r.list_files("org/x", **o),
        "exists": lambda r, **o: r.exists("org/x", **o),
        "file_exists": lambda r, **o: r.file_exists("org/x", "a.txt", **o),
    }


# ---- timeout and extra_headers on every file method -------------------------------------------------


@pytest.mark.parametrize("method", FILE_METHODS)
def test_a_per_call_timeout_bounds_every_file_method_on_a_server_that_never_answers(method: str, silent: str, tmp_path: Path) -> None:
    call = _calls(tmp_path)[method]
    with HubClient(endpoint=silent, token=False, timeout=None, max_retries=0) as hub:  # unbounded but for the call's own
        started = time.monotonic()
        with pytest.raises(APIConnectionError, match="(?i)time"):
            result = call(hub.models, timeout=0.3)
            list(result) if method == "list_tree" else None
    assert time.monotonic() - started < 20  # bounded by the call, not by a client that never gives up


@pytest.mark.parametrize("method", FILE_METHODS)
def test_the_async_file_methods_take_the_same_timeout(method: str, silent: str, tmp_path: Path) -> None:
    call = _calls(tmp_path)[method]

    async def main() -> None:
        async with AsyncHubClient(endpoint=silent, token=False, timeout=None, max_retries=0) as hub:
            result = call(hub.models, timeout=httpx2.Timeout(0.3))
            if method == "list_tree":
                [entry async for entry in result]
            else:
                await result

    with pytest.raises(APIConnectionError, match="(?i)time"):
        asyncio.run(asyncio.wait_for(main(), 20))


def test_a_bad_timeout_or_header_is_refused_before_sending(standin: StandinHub, hub: HubClient, tmp_path: Path) -> None:
    standin.create_repo("org/x", files={"a.txt": b"a"})
    before = len(standin.seen)
    with pytest.raises(TypeError, match="timeout"):
        hub.models.download("org/x", "a.txt", timeout="5")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="timeout"):
        hub.models.download("org/x", "a.txt", etag_timeout="5")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="line break"):
        hub.models.upload_file("org/x", b"a", "a.txt", extra_headers={"X-A": "1\r\nX-B: 2"})
    assert len(standin.seen) == before


def test_extra_headers_reach_every_hub_request_of_a_call_and_never_the_cdn(standin: StandinHub, hub: HubClient, cache: Path) -> None:
    big = b"L" * 200_000
    standin.create_repo("org/x", files={"big.bin": big})
    extra = {"X-Trace": "call-1"}
    hub.models.download("org/x", "big.bin", extra_headers=extra)
    hub.models.upload_file("org/x", b"U" * 100_000, "up.bin", extra_headers=extra)
    hub.models.snapshot("org/x", extra_headers=extra, cache_dir=cache / "s")
    hub_requests = [s for s in standin.seen if s.host == "hub"]
    cdn_requests = [s for s in standin.seen if s.host == "cdn"]
    assert {s.method for s in hub_requests} == {"HEAD", "GET", "POST"} and cdn_requests
    assert all(s.headers.get("x-trace") == "call-1" for s in hub_requests), [s.target for s in hub_requests if "x-trace" not in s.headers]
    assert not any("x-trace" in s.headers for s in cdn_requests)
    hub.models.file_exists("org/x", "big.bin")  # a call without them sends none
    assert "x-trace" not in standin.seen[-1].headers


# ---- etag_timeout: huggingface_hub's name for the metadata request's timeout ------------------------


def test_etag_timeout_is_accepted_where_huggingface_hub_has_it() -> None:
    import huggingface_hub as hf

    for theirs, method in [(hf.hf_hub_download, "download"), (hf.snapshot_download, "snapshot")]:
        timeouts = {name for name in inspect.signature(theirs).parameters if "timeout" in name}
        for resource in (HubClient(token=False).models, AsyncHubClient(token=False).datasets):
            assert timeouts | {"timeout", "extra_headers"} <= set(inspect.signature(getattr(resource, method)).parameters)


def test_etag_timeout_bounds_the_metadata_request(silent: str, tmp_path: Path) -> None:
    with HubClient(endpoint=silent, token=False, timeout=None, max_retries=0) as hub:
        with pytest.raises(APIConnectionError, match="(?i)time"):
            hub.models.download("org/x", "a.txt", etag_timeout=0.3, cache_dir=tmp_path)
        with pytest.raises(APIConnectionError, match="(?i)time"):
            hub.models.snapshot("org/x", etag_timeout=0.3, cache_dir=tmp_path)


def test_etag_timeout_leaves_the_body_to_the_calls_timeout(standin: StandinHub, hub: HubClient) -> None:
    data = b"B" * (256 * 1024)
    standin.create_repo("org/x", files={"slow.bin": data})
    standin.delay = 0.1  # per 64 KiB chunk of a body: the body takes 0.4 s, longer than etag_timeout
    path = hub.models.download("org/x", "slow.bin", etag_timeout=0.15)
    assert path.read_bytes() == data


# ---- info(files_metadata=True) ------------------------------------------------------------------------


def _info_server(serve: Callable[..., LocalServer]) -> LocalServer:
    return serve(lambda exchange: Reply(200, {"id": "org/x", "_id": "1", "siblings": [{"rfilename": "a.txt", "size": 1}]}))


def _query(exchange: Exchange) -> dict[str, str]:
    return {k: v.lower() for k, v in exchange.query.items()}


@pytest.mark.parametrize("kind", ["model", "dataset", "space"])
def test_files_metadata_sends_what_huggingface_hub_sends(kind: str, serve: Callable[..., LocalServer]) -> None:
    from huggingface_hub import HfApi

    server = _info_server(serve)
    theirs = {"model": HfApi.model_info, "dataset": HfApi.dataset_info, "space": HfApi.space_info}[kind]
    theirs(HfApi(endpoint=server.url, token=False), "org/x", files_metadata=True)
    theirs(HfApi(endpoint=server.url, token=False), "org/x", revision="v1", files_metadata=False)
    with HubClient(endpoint=server.url, token=False) as hub:
        resource = getattr(hub, kind + "s")
        resource.info("org/x", files_metadata=True)
        resource.info("org/x", revision="v1", files_metadata=False)
    hf_info, hf_rev, our_info, our_rev = server.exchanges
    assert (our_info.path, _query(our_info)) == (hf_info.path, _query(hf_info)) == (f"/api/{kind}s/org/x", {"blobs": "true"})
    assert (our_rev.path, _query(our_rev)) == (hf_rev.path, _query(hf_rev))


def test_async_info_takes_files_metadata(serve: Callable[..., LocalServer]) -> None:
    server = _info_server(serve)

    async def main() -> None:
        async with AsyncHubClient(endpoint=server.url, token=False) as hub:
            await hub.datasets.info("org/x", files_metadata=True)
            await hub.models.info("org/x", revision="v1", blobs=True, files_metadata=True)

    asyncio.run(main())
    assert [_query(e) for e in server.exchanges] == [{"blobs": "true"}, {"blobs": "true"}]


def test_blobs_and_files_metadata_that_disagree_are_refused_before_sending(serve: Callable[..., LocalServer]) -> None:
    server = _info_server(serve)
    with HubClient(endpoint=server.url, token=False) as hub:
        with pytest.raises(ValueError, match="files_metadata is another name for blobs"):
            hub.models.info("org/x", blobs=False, files_metadata=True)
        with pytest.raises(ValueError, match="files_metadata"):
            hub.spaces.info("org/x", revision="v1", blobs=True, files_metadata=False)
    assert server.count == 0


# ---- with_raw_response ----------------------------------------------------------------------------


def test_raw_responses_of_the_file_methods_that_send_one_request(standin: StandinHub, hub: HubClient) -> None:
    commit = standin.create_repo("org/x", files={"a.txt": b"a", "dir/b.txt": b"b"})
    tree = hub.with_raw_response.models.list_tree("org/x", recursive=True)
    assert isinstance(tree, RawResponse) and tree.status_code == 200
    assert sorted(e.path for e in tree.parse() if isinstance(e, RepoFile)) == ["a.txt", "dir/b.txt"]
    found = hub.with_raw_response.models.file_exists("org/x", "a.txt")
    assert found.headers["x-repo-commit"] == commit and found.parse() is True
    missing = hub.with_raw_response.models.file_exists("org/x", "nope.txt")
    assert missing.status_code == 404 and missing.parse() is False
    repo = hub.with_raw_response.models.exists("org/x")
    assert repo.status_code == 200 and repo.parse() is True
    assert hub.with_raw_response.models.exists("org/none").parse() is False


def test_async_raw_responses_of_the_file_methods(standin: StandinHub) -> None:
    standin.create_repo("org/x", files={"a.txt": b"a"})

    async def main() -> tuple[Any, Any]:
        async with async_client(standin) as hub:
            return await hub.with_raw_response.models.list_tree("org/x"), await hub.with_raw_response.models.file_exists("org/x", "a.txt")

    tree, found = asyncio.run(main())
    assert [e.path for e in tree.parse()] == ["a.txt"] and found.parse() is True


@pytest.mark.parametrize("method", [m for m in FILE_METHODS if m not in ("list_tree", "exists", "file_exists")] + ["file_url"])
def test_file_methods_without_one_response_are_refused_through_with_raw_response(
    method: str, standin: StandinHub, hub: HubClient, tmp_path: Path
) -> None:
    calls = {**_calls(tmp_path), "file_url": lambda r, **o: r.file_url("org/x", "a.txt")}
    with pytest.raises(TypeError, match=f"with_raw_response.datasets.{method} does not exist.*hub.datasets.{method}"):
        calls[method](hub.with_raw_response.datasets)
    assert standin.seen == []


def test_async_file_methods_without_one_response_are_refused(standin: StandinHub, tmp_path: Path) -> None:
    async def main() -> None:
        async with async_client(standin) as hub:
            with pytest.raises(TypeError, match="with_raw_response.models.upload_file.*commit"):
                await hub.with_raw_response.models.upload_file("org/x", b"a", "a.txt")

    asyncio.run(main())
    assert standin.seen == []


# ---- uploads from bytes and file objects stream -------------------------------------------------------

_MEMORY_CHILD = """
import io, json, os, sys, tracemalloc
from hfhub import HubClient
endpoint, kind, path = sys.argv[1], sys.argv[2], sys.argv[3]
size = 64 * 1024 * 1024
data = os.urandom(1024) * (size // 1024) if kind in ("bytes", "bytesio") else b""
source = {"bytes": lambda: data, "bytesio": lambda: io.BytesIO(data), "file": lambda: open(path, "rb"),
          "pipe": lambda: os.fdopen(os.open(path, os.O_RDONLY), "rb", buffering=0)}[kind]()
if kind == "pipe":
    class Unseekable(io.RawIOBase):
        def __init__(self, raw): self.raw = raw
        def readable(self): return True
        def seekable(self): return False
        def readinto(self, b): return self.raw.readinto(b)
    source = io.BufferedReader(Unseekable(source))
with HubClient(endpoint=endpoint, token="hf_standin_secret", max_retries=0) as hub:
    hub.models.exists("org/x")  # the connection pool and TLS context, opened on first use, are not the upload's
    tracemalloc.start()
    hub.models.upload_file("org/x", source, "big.bin")
    peak = tracemalloc.get_traced_memory()[1]
print(json.dumps(peak))
"""


def _peak_of_upload(standin: StandinHub, tmp_path: Path, kind: str) -> int:
    """The most memory (tracemalloc) a child process allocated while uploading 64 MiB of ``kind``."""
    path = tmp_path / "source.bin"
    path.write_bytes(os.urandom(1024) * (64 * 1024))
    done = subprocess.run([sys.executable, "-c", _MEMORY_CHILD, standin.endpoint, kind, str(path)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    peak: int = json.loads(done.stdout.strip().splitlines()[-1])
    return peak


@pytest.mark.parametrize("parts", ["single PUT", "multipart"])
@pytest.mark.parametrize("kind", ["bytes", "bytesio", "file", "pipe"])
def test_a_64_mb_upload_from_memory_or_a_file_object_streams_its_lfs_parts(kind: str, parts: str, tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    multipart_from = 8 * 1024 * 1024 if parts == "multipart" else 1 << 40
    with StandinHub(tmp_path / "server", multipart_from=multipart_from) as standin:
        standin.create_repo("org/x")
        peak = _peak_of_upload(standin, tmp_path, kind)
        assert standin.lfs_uploads == ["multipart" if parts == "multipart" else "basic"]
        assert len(standin.files_at("org/x")["big.bin"]) == 64 * 1024 * 1024
    assert peak < 16 * 1024 * 1024, f"{peak / 2**20:.1f} MiB held while uploading 64 MiB"
