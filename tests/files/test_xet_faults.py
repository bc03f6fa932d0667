"""Xet downloads that go wrong: tokens expired or refused, a CAS without the objects, a Xet hash whose bytes do not
match, Ctrl-C and cancellation mid-transfer. Typed errors, nothing placed, no token in a message, the LFS bridge
once when the CAS fails, and nothing left that a later call cannot resume or clean."""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import logging
import os
import signal
import threading
from pathlib import Path
from typing import Any

import hf_xet
import httpx2
import pytest
from filelock import FileLock
from hub_clients import TOKEN
from xet_hub import XetStandinHub

from hfhub import AsyncHubClient, HubClient
from hfhub.errors import AuthenticationError, InvalidResponseError, NotFoundError
from hfhub.files import IntegrityError, XetTokenError, _xet

SIZE = 1_500_000
BIG, TWIN = os.urandom(SIZE), os.urandom(SIZE)  # the same size, other bytes
FILES = {"big.bin": BIG, "twin.bin": TWIN, "config.json": b"{}"}


@pytest.fixture
def repo(xet_standin: XetStandinHub) -> str:
    return xet_standin.create_repo("org/model", files=FILES)


def nothing_placed(cache: Path, data: bytes) -> bool:
    """No blob, snapshot entry or partial file of ``data`` anywhere in the cache (its lock file may stay, as in huggingface_hub)."""
    sha = hashlib.sha256(data).hexdigest()
    placed = [p for p in cache.rglob("*") if ".locks" not in p.parts and (sha in p.name or p.name == "big.bin")]
    return not placed and not [p for p in cache.rglob("*") if p.name.endswith(".incomplete")]


def secrets_of(standin: XetStandinHub) -> list[str]:
    return [TOKEN, *standin.tokens_issued]


def cdn_gets(standin: XetStandinHub) -> list[str]:
    return [s.target for s in standin.seen if s.host == "cdn" and s.method == "GET"]


def test_a_token_expired_on_arrival_is_fetched_once_more(xet_hub: HubClient, xet_standin: XetStandinHub, repo: str) -> None:
    xet_standin.token_faults = [-10]
    assert xet_hub.models.download("org/model", "big.bin").read_bytes() == BIG
    assert len(xet_standin.token_requests()) == 2 and cdn_gets(xet_standin) == []


def test_a_token_within_a_minute_of_its_expiry_counts_as_expired(xet_hub: HubClient, xet_standin: XetStandinHub, repo: str) -> None:
    xet_standin.token_faults = [30]
    assert xet_hub.models.download("org/model", "big.bin").read_bytes() == BIG
    assert len(xet_standin.token_requests()) == 2


def test_a_token_expired_twice_raises_and_places_nothing(xet_hub: HubClient, xet_standin: XetStandinHub, repo: str, cache: Path) -> None:
    xet_standin.token_faults = [-10, -10]
    with pytest.raises(XetTokenError, match="expired") as caught:
        xet_hub.models.download("org/model", "big.bin")
    assert not any(secret in str(caught.value) for secret in secrets_of(xet_standin))
    assert nothing_placed(cache, BIG) and cdn_gets(xet_standin) == []


def test_a_refused_read_token_raises_its_status_error(xet_hub: HubClient, xet_standin: XetStandinHub, repo: str, cache: Path) -> None:
    xet_standin.token_faults = [401]
    with pytest.raises(AuthenticationError) as caught:
        xet_hub.models.snapshot("org/model")
    assert not any(secret in str(caught.value) for secret in secrets_of(xet_standin))
    assert nothing_placed(cache, BIG) and cdn_gets(xet_standin) == []


def test_a_cas_without_the_objects_falls_back_to_the_bridge_once(
    xet_hub: HubClient, xet_standin: XetStandinHub, repo: str, tmp_path: Path, cache: Path, caplog: pytest.LogCaptureFixture
) -> None:
    xet_standin.cas_url = f"local://{tmp_path / 'empty-cas'}"
    with caplog.at_level(logging.WARNING, logger="hfhub.files"):
        folder = xet_hub.models.snapshot("org/model")
    assert (folder / "big.bin").read_bytes() == BIG and (folder / "twin.bin").read_bytes() == TWIN
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "2 file(s)" in warnings[0] and "LFS bridge" in warnings[0]
    assert not any(secret in warnings[0] for secret in secrets_of(xet_standin))
    assert sorted(cdn_gets(xet_standin)) == sorted(f"/lfs/{e.sha256}?X-Amz-Signature=stand-in" for p, e in
                                                   xet_standin.repos[("model", "org/model")].commits[folder.name].items() if e.lfs)
    assert [p for p in cache.rglob("*") if p.name.endswith(".incomplete")] == []


def test_when_the_bridge_fails_too_its_error_is_raised_and_nothing_placed(
    xet_hub: HubClient, xet_standin: XetStandinHub, repo: str, tmp_path: Path, cache: Path
) -> None:
    xet_standin.cas_url = f"local://{tmp_path / 'empty-cas'}"
    xet_standin.corrupt.add(xet_standin.store(BIG))
    with pytest.raises(IntegrityError) as caught:
        xet_hub.models.download("org/model", "big.bin")
    assert not any(secret in str(caught.value) for secret in secrets_of(xet_standin))
    assert nothing_placed(cache, BIG)


def swap_xet_hashes(standin: XetStandinHub, commit: str) -> None:
    """The Hub announces for big.bin the Xet hash of twin.bin (same size, other bytes)."""
    tree = standin.repos[("model", "org/model")].commits[commit]
    tree["big.bin"] = dataclasses.replace(tree["big.bin"], xet_hash=tree["twin.bin"].xet_hash)


def test_bytes_from_the_cas_that_do_not_match_the_sha256_are_not_placed(
    xet_hub: HubClient, xet_standin: XetStandinHub, repo: str, cache: Path, caplog: pytest.LogCaptureFixture
) -> None:
    swap_xet_hashes(xet_standin, repo)
    with caplog.at_level(logging.WARNING, logger="hfhub.files"):
        assert xet_hub.models.download("org/model", "big.bin").read_bytes() == BIG  # through the bridge
    assert "big.bin did not match its size or sha256" in caplog.text
    xet_standin.corrupt.add(xet_standin.store(BIG))
    with pytest.raises(IntegrityError):
        xet_hub.models.download("org/model", "big.bin", cache_dir=cache.parent / "other-cache")
    assert nothing_placed(cache.parent / "other-cache", BIG)


class _StalledTransfers:
    """hf_xet sessions whose download groups wait until aborted, as a long transfer would: an interrupt
    must reach ``abort``, or ``wait_to_finish`` gives up after 10 s and the test fails."""

    def __init__(self) -> None:
        self.waiting = threading.Event()
        self.aborted = threading.Event()
        real = hf_xet.XetSession
        outer = self

        class Group:
            def __init__(self, group: Any) -> None:
                self.group = group

            def start_download_file(self, *args: Any) -> Any:
                return self.group.start_download_file(*args)

            def wait_to_finish(self) -> Any:
                outer.waiting.set()
                outer.aborted.wait(10)
                return self.group.wait_to_finish()

            def abort(self) -> None:
                self.group.abort()
                outer.aborted.set()

        class Session:
            def __init__(self, config: Any) -> None:
                self.session = real(config)

            def new_file_download_group(self, **options: Any) -> Group:
                return Group(self.session.new_file_download_group(**options))

        self.session_class = Session


@pytest.fixture
def stalled(monkeypatch: pytest.MonkeyPatch) -> _StalledTransfers:
    transfers = _StalledTransfers()
    monkeypatch.setattr(hf_xet, "XetSession", transfers.session_class)
    monkeypatch.setattr(_xet, "_session", None)
    return transfers


def interrupt_when_waiting(transfers: _StalledTransfers) -> threading.Thread:
    """Ctrl-C (a real SIGINT to this process) once hf_xet waits for the transfer."""
    def press() -> None:
        if transfers.waiting.wait(10):  # to the main thread, as a terminal's Ctrl-C reaches a Python program
            signal.pthread_kill(threading.main_thread().ident or 0, signal.SIGINT)

    thread = threading.Thread(target=press)
    thread.start()
    return thread


def assert_clean(cache: Path) -> None:
    assert [p for p in cache.rglob("*") if p.name.endswith(".incomplete")] == []
    assert not list(cache.rglob("big.bin")) and not list((cache / "models--org--model" / "blobs").glob("*"))
    for lock in (cache / ".locks").rglob("*.lock"):
        FileLock(str(lock)).acquire(timeout=0)  # released: a later call is not blocked
        FileLock(str(lock)).release()


@pytest.mark.parametrize("call", ["download", "snapshot"])
def test_ctrl_c_during_a_transfer_aborts_it_and_cleans_up(
    xet_hub: HubClient, xet_standin: XetStandinHub, repo: str, cache: Path, stalled: _StalledTransfers, call: str
) -> None:
    """In the main thread (one file) and on a snapshot's worker thread, which the interrupt does not reach itself."""
    presser = interrupt_when_waiting(stalled)
    with pytest.raises(KeyboardInterrupt):
        if call == "download":
            xet_hub.models.download("org/model", "big.bin")
        else:
            xet_hub.models.snapshot("org/model", allow_patterns="*.bin")
    presser.join()
    assert stalled.aborted.is_set()
    assert_clean(cache)
    stalled.aborted.set()  # the next transfers are not held up
    assert xet_hub.models.download("org/model", "big.bin").read_bytes() == BIG


def test_a_cancelled_async_download_aborts_the_transfer_and_cleans_up(
    xet_standin: XetStandinHub, repo: str, cache: Path, stalled: _StalledTransfers
) -> None:
    async def main() -> None:
        async with AsyncHubClient(token=TOKEN, endpoint=xet_standin.endpoint, max_retries=0, max_concurrency=1) as client:
            task = asyncio.create_task(client.models.download("org/model", "big.bin"))
            assert await asyncio.to_thread(stalled.waiting.wait, 10)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            assert stalled.aborted.is_set()
            assert_clean(cache)
            # the slot the transfer held is free again: max_concurrency=1 would block this otherwise
            assert (await asyncio.wait_for(client.models.download("org/model", "config.json"), 10)).read_bytes() == b"{}"

    asyncio.run(main())


def test_a_token_route_on_another_origin_gets_no_credentials(
    xet_hub: HubClient, xet_standin: XetStandinHub, repo: str, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(xet_standin, "token_route", lambda *args: f"{xet_standin.cdn}/api/models/org/model/xet-read-token/{repo}")
    with pytest.raises(NotFoundError):
        xet_hub.models.download("org/model", "big.bin")
    asked = [s for s in xet_standin.seen if "/xet-read-token/" in s.target]
    assert [s.host for s in asked] == ["cdn"] and "authorization" not in asked[0].headers
    assert nothing_placed(cache, BIG)


@pytest.mark.parametrize("endpoint", ["https://huggingface.co", "http://10.1.2.3:8080"])
def test_only_a_hub_on_this_machine_may_name_a_local_cas(endpoint: str) -> None:
    """A ``local://`` CAS has hf_xet read and write a folder: a remote Hub cannot choose one."""
    answer = {"casUrl": "local:///home/user/.ssh", "accessToken": "t", "exp": 4_000_000_000}
    response = httpx2.Response(200, json=answer, request=httpx2.Request("GET", f"{endpoint}/api/models/o/m/xet-read-token/main"))
    with HubClient(token=False, endpoint=endpoint) as hub:
        with pytest.raises(InvalidResponseError, match="only a Hub on this machine"):
            _xet._token_from(hub, response)
    with HubClient(token=False, endpoint="http://127.0.0.1:1") as local:
        assert _xet._token_from(local, response).cas_url == "local:///home/user/.ssh"
