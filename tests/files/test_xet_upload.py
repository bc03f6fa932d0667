"""Uploads to Xet storage: write token, one hf_xet upload commit, then the NDJSON commit with lfsFile sha256 pointers;
deduplication in the result; the LFS store for file objects, for repositories without Xet and when the CAS fails."""

from __future__ import annotations

import asyncio
import hashlib
import io
import logging
import os
from pathlib import Path

import pytest
from hub_clients import TOKEN
from xet_hub import XetStandinHub

from hfhub import AsyncHubClient, HubClient
from hfhub.errors import PermissionDeniedError
from hfhub.files import CommitOperationAdd, CommitResult, Deduplication, IntegrityError, _commit

BIG = os.urandom(400_000)


@pytest.fixture
def repo(xet_standin: XetStandinHub) -> str:
    return xet_standin.create_repo("org/model", files={"README.md": b"# model"})


def lfs_batches(standin: XetStandinHub) -> list[str]:
    return [s.target for s in standin.seen if s.target.endswith("/info/lfs/objects/batch")]


def test_a_file_goes_to_the_cas_then_into_the_commit(xet_hub: HubClient, xet_standin: XetStandinHub, repo: str, tmp_path: Path) -> None:
    source = tmp_path / "w.bin"
    source.write_bytes(BIG)
    before = xet_standin.cas_bytes()
    result = xet_hub.models.upload_file("org/model", source, "weights/w.bin")
    assert xet_standin.files_at("org/model")["weights/w.bin"] == BIG
    assert xet_standin.token_requests("write") == ["/api/models/org/model/xet-write-token/main"]
    assert lfs_batches(xet_standin) == [] and xet_standin.lfs_uploads == []
    line = xet_standin.commit_bodies[-1][1]
    assert line == {"key": "lfsFile", "value": {"path": "weights/w.bin", "algo": "sha256", "oid": hashlib.sha256(BIG).hexdigest(), "size": len(BIG)}}
    assert result.deduplication == Deduplication(total_bytes=len(BIG), new_bytes=len(BIG), deduplicated_bytes=0)
    assert xet_standin.cas_bytes() - before >= len(BIG)  # random bytes: nothing to deduplicate or compress
    assert all("authorization" not in s.headers or s.host == "hub" for s in xet_standin.seen)


def test_bytes_go_to_xet_and_file_objects_to_the_lfs_store_in_one_commit(xet_hub: HubClient, xet_standin: XetStandinHub, repo: str) -> None:
    streamed = os.urandom(300_000)
    result = xet_hub.models.create_commit("org/model", [
        CommitOperationAdd("in-memory.bin", BIG),
        CommitOperationAdd("streamed.bin", io.BytesIO(streamed)),
        CommitOperationAdd("small.txt", b"small"),
    ], commit_message="mixed")
    files = xet_standin.files_at("org/model")
    assert (files["in-memory.bin"], files["streamed.bin"], files["small.txt"]) == (BIG, streamed, b"small")
    assert xet_standin.lfs_uploads == ["basic"] and len(lfs_batches(xet_standin)) == 1
    assert result.deduplication is not None and result.deduplication.total_bytes == len(BIG)


def test_the_same_content_again_sends_nothing_new(xet_hub: HubClient, xet_standin: XetStandinHub, repo: str) -> None:
    xet_hub.models.upload_file("org/model", BIG, "a.bin")
    before = xet_standin.cas_bytes()
    result = xet_hub.models.upload_file("org/model", BIG, "b.bin")
    assert result.deduplication is not None
    assert result.deduplication.new_bytes == 0 and result.deduplication.deduplicated_bytes == len(BIG)
    assert result.deduplication.new_fraction == 0.0 and xet_standin.cas_bytes() == before


def test_a_repository_without_xet_uses_the_lfs_store(xet_hub: HubClient, xet_standin: XetStandinHub, repo: str, caplog: pytest.LogCaptureFixture) -> None:
    xet_standin.xet_enabled = False
    with caplog.at_level(logging.INFO, logger="hfhub.files"):
        result = xet_hub.models.upload_file("org/model", BIG, "w.bin")
    assert result.deduplication is None and xet_standin.lfs_uploads == ["basic"]
    assert xet_standin.files_at("org/model")["w.bin"] == BIG
    assert any("no Xet write token route" in r.getMessage() for r in caplog.records)


def test_hf_hub_disable_xet_and_a_missing_hf_xet_use_the_lfs_store(
    xet_hub: HubClient, xet_standin: XetStandinHub, repo: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HF_HUB_DISABLE_XET", "1")
    assert xet_hub.models.upload_file("org/model", BIG, "one.bin").deduplication is None
    monkeypatch.delenv("HF_HUB_DISABLE_XET")
    monkeypatch.setitem(__import__("sys").modules, "hf_xet", None)
    other = os.urandom(200_000)
    assert xet_hub.models.upload_file("org/model", other, "two.bin").deduplication is None
    assert xet_standin.token_requests("write") == [] and xet_standin.lfs_uploads == ["basic", "basic"]
    assert (xet_standin.files_at("org/model")["one.bin"], xet_standin.files_at("org/model")["two.bin"]) == (BIG, other)


def test_a_failing_cas_falls_back_to_the_lfs_store_once(
    xet_hub: HubClient, xet_standin: XetStandinHub, repo: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_bytes(b"a file where the CAS folder should be")
    xet_standin.cas_url = f"local://{blocker}"
    with caplog.at_level(logging.WARNING, logger="hfhub.files"):
        result = xet_hub.models.upload_file("org/model", BIG, "w.bin")
    assert result.deduplication is None and xet_standin.lfs_uploads == ["basic"]
    assert xet_standin.files_at("org/model")["w.bin"] == BIG
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "sent to the LFS store instead" in warnings[0]
    assert "xet-write-0-secret" not in warnings[0] and TOKEN not in warnings[0]


def test_a_refused_write_token_raises_and_commits_nothing(xet_hub: HubClient, xet_standin: XetStandinHub, repo: str) -> None:
    xet_standin.token_faults = [403]
    with pytest.raises(PermissionDeniedError) as caught:
        xet_hub.models.upload_file("org/model", BIG, "w.bin")
    assert TOKEN not in str(caught.value)
    assert xet_standin.commit_bodies == [] and xet_standin.lfs_uploads == []


def test_a_file_changed_after_it_was_hashed_is_not_committed(xet_hub: HubClient, xet_standin: XetStandinHub, repo: str, tmp_path: Path) -> None:
    source = tmp_path / "w.bin"
    source.write_bytes(BIG)
    op = CommitOperationAdd("w.bin", source)
    source.write_bytes(os.urandom(len(BIG)))
    with pytest.raises(IntegrityError, match="changed while being uploaded"):
        xet_hub.models.create_commit("org/model", [op])
    assert xet_standin.commit_bodies == []


def test_a_pull_request_asks_for_its_write_token(xet_hub: HubClient, xet_standin: XetStandinHub, repo: str) -> None:
    result = xet_hub.models.upload_file("org/model", BIG, "w.bin", create_pr=True)
    assert result.pr_num == 1 and xet_standin.files_at("org/model", "refs/pr/1")["w.bin"] == BIG
    write = next(s for s in xet_standin.seen if "/xet-write-token/" in s.target)
    assert write.target == "/api/models/org/model/xet-write-token/main?create_pr=1"


def test_upload_folder_adds_up_the_deduplication_of_its_batches(
    xet_hub: HubClient, xet_standin: XetStandinHub, repo: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_commit, "OPERATIONS_PER_COMMIT", 2)
    folder = tmp_path / "folder"
    folder.mkdir()
    other = os.urandom(len(BIG))
    for name, data in (("a.bin", BIG), ("b.bin", other), ("c.bin", BIG)):  # c.bin, in the second batch, repeats a.bin
        (folder / name).write_bytes(data)
    result = xet_hub.models.upload_folder("org/model", folder)
    assert len(xet_standin.commit_bodies) == 2
    assert result.deduplication == Deduplication(total_bytes=3 * len(BIG), new_bytes=2 * len(BIG), deduplicated_bytes=len(BIG))
    assert xet_standin.files_at("org/model")["c.bin"] == BIG


def test_async_upload_through_xet(xet_standin: XetStandinHub, repo: str) -> None:
    async def main() -> CommitResult:
        async with AsyncHubClient(token=TOKEN, endpoint=xet_standin.endpoint, max_retries=0) as client:
            return await client.models.upload_file("org/model", BIG, "w.bin")

    result = asyncio.run(main())
    assert result.deduplication is not None and result.deduplication.new_bytes == len(BIG)
    assert xet_standin.files_at("org/model")["w.bin"] == BIG and xet_standin.lfs_uploads == []
