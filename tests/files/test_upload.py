"""Uploads: preupload, LFS basic and multipart, the NDJSON commit, folders in batches, copies and deletions."""

from __future__ import annotations

import asyncio
import io
import json
import os
from pathlib import Path

import pytest
from conftest import async_client
from standin_hub import StandinHub

from hfhub import HubClient
from hfhub.errors import RevisionNotFoundError
from hfhub.files import CommitOperationAdd, CommitOperationCopy, CommitOperationDelete, CommitResult
from hfhub.files import _commit

BIG = os.urandom(200_000)


@pytest.fixture
def repo(standin: StandinHub) -> str:
    return standin.create_repo("org/model", files={"README.md": b"# model", "old/big.bin": BIG})


def test_upload_small_file_inline(hub: HubClient, standin: StandinHub, repo: str) -> None:
    result = hub.models.upload_file("org/model", b"hello", "notes/hello.txt", commit_message="Add notes")
    assert isinstance(result, CommitResult) and result.pr_num is None
    assert result.commit_url.endswith(f"/org/model/commit/{result.commit_id}")
    assert standin.files_at("org/model")["notes/hello.txt"] == b"hello"
    lines = standin.commit_bodies[-1]
    assert lines[0] == {"key": "header", "value": {"summary": "Add notes", "description": ""}}
    assert lines[1]["key"] == "file" and lines[1]["value"]["encoding"] == "base64"
    commit = [s for s in standin.seen if "/commit/" in s.target][-1]
    assert commit.headers["content-type"] == "application/x-ndjson"
    assert standin.lfs_uploads == []


def test_upload_lfs_file_basic_transfer_keeps_token_off_the_store(hub: HubClient, standin: StandinHub, tmp_path: Path, repo: str) -> None:
    data = os.urandom(500_000)
    source = tmp_path / "w.bin"
    source.write_bytes(data)
    hub.models.upload_file("org/model", source, "w.bin")
    assert standin.lfs_uploads == ["basic"]
    assert standin.files_at("org/model")["w.bin"] == data
    assert standin.commit_bodies[-1][1]["key"] == "lfsFile"
    assert all("authorization" not in s.headers for s in standin.seen if s.host == "cdn")
    assert next(s for s in standin.seen if s.target.startswith("/lfs-verify")).headers["x-verify"] == "stand-in"


def test_upload_lfs_file_multipart(hub: HubClient, standin: StandinHub, repo: str) -> None:
    standin.multipart_from, standin.part_size = 1_000_000, 300_000
    data = os.urandom(1_000_001)
    hub.models.upload_file("org/model", io.BytesIO(data), "big/parts.bin")
    assert standin.lfs_uploads == ["multipart"]
    assert standin.files_at("org/model")["big/parts.bin"] == data
    parts = [s for s in standin.seen if s.host == "cdn" and s.method == "PUT"]
    assert len(parts) == 4


def test_existing_lfs_object_is_not_uploaded_again(hub: HubClient, standin: StandinHub, repo: str) -> None:
    hub.models.upload_file("org/model", BIG, "copy-of-big.bin")
    assert standin.lfs_uploads == []
    assert standin.files_at("org/model")["copy-of-big.bin"] == BIG


def test_create_commit_with_copy_delete_and_add(hub: HubClient, standin: StandinHub, repo: str) -> None:
    result = hub.models.create_commit(
        "org/model",
        [
            CommitOperationCopy("old/big.bin", "new/big.bin"),
            CommitOperationCopy("README.md", "README.copy.md"),
            CommitOperationDelete("old/"),
            CommitOperationAdd("added.txt", b"added"),
        ],
        commit_message="Reorganise",
    )
    files = standin.files_at("org/model")
    assert files == {"README.md": b"# model", "README.copy.md": b"# model", "new/big.bin": BIG, "added.txt": b"added"}
    keys = [line["key"] for line in standin.commit_bodies[-1]]
    assert keys == ["header", "lfsFile", "file", "deletedFolder", "file"]
    assert files == standin.files_at("org/model", result.commit_id)


def test_delete_file_and_pull_request(hub: HubClient, standin: StandinHub, repo: str) -> None:
    result = hub.models.delete_file("org/model", "README.md", create_pr=True)
    assert result.pr_num == 1 and result.pr_url and result.pr_url.endswith("/discussions/1")
    assert "README.md" in standin.files_at("org/model")
    assert "README.md" not in standin.files_at("org/model", "refs/pr/1")


def test_upload_folder_in_batches_with_deletions(
    hub: HubClient, standin: StandinHub, tmp_path: Path, repo: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_commit, "OPERATIONS_PER_COMMIT", 3)
    folder = tmp_path / "folder"
    for i in range(5):
        (folder / "data").mkdir(parents=True, exist_ok=True)
        (folder / "data" / f"{i}.txt").write_bytes(b"%d" % i)
    (folder / "skip.log").write_text("no")
    (folder / ".cache" / "huggingface").mkdir(parents=True)
    (folder / ".cache" / "huggingface" / "x.metadata").write_text("local")
    standin.create_repo("org/model", files={"up/data/stale.txt": b"old", "up/keep.md": b"k"})
    hub.models.upload_folder("org/model", folder, path_in_repo="up", ignore_patterns="*.log", delete_patterns="data/*")
    files = standin.files_at("org/model")
    assert sorted(files) == ["up/data/0.txt", "up/data/1.txt", "up/data/2.txt", "up/data/3.txt", "up/data/4.txt", "up/keep.md"]
    assert len(standin.commit_bodies) == 2  # six operations, three per commit


def test_upload_folder_create_pr_puts_every_batch_in_one_pull_request(
    hub: HubClient, standin: StandinHub, tmp_path: Path, repo: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_commit, "OPERATIONS_PER_COMMIT", 2)
    for i in range(3):
        (tmp_path / f"{i}.txt").write_bytes(b"%d" % i)
    result = hub.models.upload_folder("org/model", tmp_path, create_pr=True)
    assert result.pr_num == 1
    assert {"0.txt", "1.txt", "2.txt"} <= set(standin.files_at("org/model", "refs/pr/1"))
    assert "0.txt" not in standin.files_at("org/model")


def test_bad_input_is_refused_before_sending(hub: HubClient, standin: StandinHub, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        hub.models.upload_file("org/model", tmp_path / "missing.bin", "x.bin")
    with pytest.raises(ValueError):
        hub.models.upload_file("org/model", b"x", "../x.bin")
    with pytest.raises(NotADirectoryError):
        hub.models.upload_folder("org/model", tmp_path / "nope")
    with pytest.raises(ValueError):
        hub.models.create_commit("org/model", [])
    assert standin.seen == []


def test_missing_revision_fails_before_any_lfs_transfer(hub: HubClient, standin: StandinHub, repo: str) -> None:
    with pytest.raises(RevisionNotFoundError):
        hub.models.upload_file("org/model", os.urandom(300_000), "w.bin", revision="nope")
    assert [s.target.split("?")[0] for s in standin.seen] == ["/api/models/org/model/preupload/nope"]


def test_async_upload(standin: StandinHub, repo: str) -> None:
    data = os.urandom(150_000)

    async def main() -> CommitResult:
        async with async_client(standin) as client:
            await client.models.upload_file("org/model", data, "a.bin")
            return await client.models.delete_file("org/model", "README.md")

    asyncio.run(main())
    assert standin.files_at("org/model") == {"old/big.bin": BIG, "a.bin": data}
    assert json.dumps(standin.commit_bodies[-1]).count("deletedFile") == 1
