"""Faults during downloads: a cut transfer resumes, a corrupt body is never placed, two processes make one blob."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
from pathlib import Path

import pytest
from hub_clients import TOKEN, async_client
from standin_hub import StandinHub

from local_server import Sleeps

from hfhub import HubClient
from hfhub_api._retry import RetryPolicy
from hfhub.errors import ServerError
from hfhub.files import IntegrityError

BIG = os.urandom(2_000_000)


@pytest.fixture
def repo(standin: StandinHub) -> str:
    return standin.create_repo("org/model", files={"model.bin": BIG, "small.txt": b"tiny file"})


def _blobs(cache: Path) -> list[Path]:
    return sorted((cache / "models--org--model" / "blobs").iterdir())


def test_cut_transfer_resumes_with_a_range(writing: str, hub: HubClient, standin: StandinHub, cache: Path, repo: str) -> None:
    sha = standin.entry_for(BIG).sha256
    standin.cut_once[sha] = len(BIG) // 2
    path = hub.models.download("org/model", "model.bin")
    assert path.read_bytes() == BIG
    gets = [s for s in standin.seen if s.host == "cdn" and s.method == "GET"]
    assert len(gets) == 2 and "range" not in gets[0].headers
    resumed_from = int(gets[1].headers["range"].removeprefix("bytes=").rstrip("-"))
    assert 0 < resumed_from <= len(BIG) // 2


def test_leftover_incomplete_file_is_resumed_by_the_next_call(writing: str, hub: HubClient, standin: StandinHub, cache: Path, repo: str) -> None:
    sha = standin.entry_for(BIG).sha256
    blobs = cache / "models--org--model" / "blobs"
    blobs.mkdir(parents=True)
    (blobs / f"{sha}.incomplete").write_bytes(BIG[:700_000])
    assert hub.models.download("org/model", "model.bin").read_bytes() == BIG
    gets = [s for s in standin.seen if s.host == "cdn" and s.method == "GET"]
    assert [g.headers.get("range") for g in gets] == ["bytes=700000-"]


def test_corrupt_body_raises_and_places_nothing(writing: str, hub: HubClient, standin: StandinHub, cache: Path, repo: str) -> None:
    sha = standin.entry_for(BIG).sha256
    standin.corrupt.add(sha)
    with pytest.raises(IntegrityError, match="nothing was placed"):
        hub.models.download("org/model", "model.bin")
    assert _blobs(cache) == []
    assert not (cache / "models--org--model" / "snapshots" / repo / "model.bin").exists()


def test_corrupt_small_file_fails_its_git_sha1(hub: HubClient, standin: StandinHub, cache: Path, repo: str) -> None:
    standin.corrupt.add(standin.entry_for(b"tiny file").sha256)
    with pytest.raises(IntegrityError):
        hub.models.download("org/model", "small.txt")
    assert _blobs(cache) == []


def test_corrupt_resumed_prefix_is_caught(writing: str, hub: HubClient, standin: StandinHub, cache: Path, repo: str) -> None:
    sha = standin.entry_for(BIG).sha256
    blobs = cache / "models--org--model" / "blobs"
    blobs.mkdir(parents=True)
    (blobs / f"{sha}.incomplete").write_bytes(b"\0" * 1000)
    with pytest.raises(IntegrityError):
        hub.models.download("org/model", "model.bin")
    assert _blobs(cache) == []


def _download_in_child(endpoint: str, cache: str, barrier: object, out: object) -> None:
    os.environ["HF_HUB_CACHE"] = cache
    barrier.wait()  # type: ignore[attr-defined]
    with HubClient(token=TOKEN, endpoint=endpoint) as client:
        out.put(str(client.models.download("org/model", "model.bin")))  # type: ignore[attr-defined]


def test_two_processes_download_one_blob(standin: StandinHub, cache: Path, repo: str) -> None:
    standin.delay = 0.002  # each 64 KiB chunk: the two transfers overlap
    context = multiprocessing.get_context("spawn")
    barrier, out = context.Barrier(2), context.Queue()
    children = [context.Process(target=_download_in_child, args=(standin.endpoint, str(cache), barrier, out)) for _ in range(2)]
    for child in children:
        child.start()
    for child in children:
        child.join(timeout=120)
        assert child.exitcode == 0
    paths = {out.get(timeout=5), out.get(timeout=5)}
    assert len(paths) == 1 and Path(paths.pop()).read_bytes() == BIG
    assert [p.name for p in _blobs(cache)] == [standin.entry_for(BIG).sha256]
    assert len([s for s in standin.seen if s.host == "cdn" and s.method == "GET"]) == 1


def test_cdn_unavailable_once_is_retried_by_the_client_policy(standin: StandinHub, repo: str) -> None:
    standin.fail_once[standin.entry_for(BIG).sha256] = 503
    sleeps = Sleeps()
    with HubClient(token=TOKEN, endpoint=standin.endpoint, max_retries=RetryPolicy(1, sleep=sleeps)) as hub:
        assert hub.models.download("org/model", "model.bin").read_bytes() == BIG
    assert len([s for s in standin.seen if s.host == "cdn" and s.method == "GET"]) == 2
    assert len(sleeps) == 1


def test_cdn_unavailable_without_retries_fails_and_keeps_nothing(hub: HubClient, standin: StandinHub, cache: Path, repo: str) -> None:
    standin.fail_once[standin.entry_for(BIG).sha256] = 503
    with pytest.raises(ServerError):
        hub.models.download("org/model", "model.bin")  # max_retries=0: the one policy of the client
    assert not any(p.is_file() and p.parent.name == "blobs" and ".incomplete" not in p.name for p in cache.rglob("*"))


def test_async_download_takes_the_lock_and_resumes(writing: str, standin: StandinHub, cache: Path, repo: str) -> None:
    standin.cut_once[standin.entry_for(BIG).sha256] = len(BIG) // 3

    async def main() -> list[Path]:
        async with async_client(standin) as client:  # two tasks, one blob: the second waits on the lock
            return list(await asyncio.gather(*(client.models.download("org/model", "model.bin") for _ in range(2))))

    first, second = asyncio.run(main())
    assert first == second and first.read_bytes() == BIG
    assert [p.name for p in _blobs(cache)] == [standin.entry_for(BIG).sha256]
    gets = [s for s in standin.seen if s.host == "cdn" and s.method == "GET"]
    assert len(gets) == 2 and "range" in gets[1].headers


def test_metadata_request_is_retried_by_the_client_policy(standin: StandinHub, repo: str) -> None:
    standin.hub_failures = [503, 502]
    with HubClient(token=TOKEN, endpoint=standin.endpoint, max_retries=2) as client:
        assert client.models.download("org/model", "small.txt").read_bytes() == b"tiny file"
    assert [s.method for s in standin.seen if s.host == "hub"] == ["HEAD", "HEAD", "HEAD", "GET"]


def test_metadata_failure_beyond_the_retries_raises(standin: StandinHub, cache: Path, repo: str) -> None:
    standin.hub_failures = [503, 503]
    with HubClient(token=TOKEN, endpoint=standin.endpoint, max_retries=1) as client, pytest.raises(ServerError):
        client.models.download("org/model", "small.txt")
    assert not cache.exists()
