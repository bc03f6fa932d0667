"""hub.*.snapshot: one listing, no per-file metadata request, patterns, local_dir, offline, async."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest
from conftest import async_client
from standin_hub import StandinHub

from hfhub import HubClient
from hfhub.files import LocalEntryNotFoundError

FILES = {
    "config.json": b"{}",
    "model.safetensors": os.urandom(200_000),
    "onnx/model.onnx": os.urandom(100_000),
    "docs/readme.md": b"# hi",
}


@pytest.fixture
def repo(standin: StandinHub) -> str:
    standin.page_size = 2
    return standin.create_repo("org/model", files=FILES)


def _contents(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file() and ".cache" not in p.parts}


def test_snapshot_fetches_each_file_once_without_head(hub: HubClient, standin: StandinHub, cache: Path, repo: str) -> None:
    folder = hub.models.snapshot("org/model")
    assert folder == cache / "models--org--model" / "snapshots" / repo
    assert _contents(folder) == FILES
    assert not [s for s in standin.seen if s.method == "HEAD"]
    before = len(standin.seen)
    assert hub.models.snapshot("org/model") == folder
    # the revision info, then three tree pages (four files and two folders, two per page)
    assert [s.method for s in standin.seen[before:]] == ["GET"] * 4


def test_patterns(hub: HubClient, repo: str) -> None:
    folder = hub.models.snapshot("org/model", allow_patterns=["*.json", "onnx/"], ignore_patterns="*.md")
    assert set(_contents(folder)) == {"config.json", "onnx/model.onnx"}


def test_local_dir_snapshot_skips_unchanged_files(hub: HubClient, standin: StandinHub, tmp_path: Path, repo: str) -> None:
    target = tmp_path / "out"
    assert hub.models.snapshot("org/model", local_dir=target, max_workers=2) == target
    assert _contents(target) == FILES
    before = len(standin.seen)
    hub.models.snapshot("org/model", local_dir=target)
    assert all("/resolve/" not in s.target and s.host == "hub" for s in standin.seen[before:])


def test_offline_snapshot(hub: HubClient, standin: StandinHub, repo: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(LocalEntryNotFoundError):
        hub.models.snapshot("org/model", local_files_only=True)
    folder = hub.models.snapshot("org/model")
    before = len(standin.seen)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    assert hub.models.snapshot("org/model") == folder
    assert len(standin.seen) == before


def test_bad_max_workers_refused_before_sending(hub: HubClient, standin: StandinHub) -> None:
    with pytest.raises(ValueError):
        hub.models.snapshot("org/model", max_workers=0)
    assert standin.seen == []


def test_async_snapshot(standin: StandinHub, repo: str) -> None:
    async def main() -> Path:
        async with async_client(standin) as client:
            return await client.models.snapshot("org/model", max_workers=3)

    assert _contents(asyncio.run(main())) == FILES


def test_progress_adds_up_every_missing_file(hub: HubClient, repo: str) -> None:
    calls: list[tuple[int, int | None]] = []
    hub.models.download("org/model", "config.json")  # already there: not counted
    hub.models.snapshot("org/model", max_workers=2, progress=lambda done, total: calls.append((done, total)))
    missing = sum(len(v) for k, v in FILES.items() if k != "config.json")
    assert calls[-1] == (missing, missing)
    assert {total for _, total in calls} == {missing}
