"""The cache is shared with the real huggingface_hub 2.4.0 both ways, and what hfhub commits it can download.

huggingface_hub runs in a child process whose HOME, HF_HOME and XDG_CACHE_HOME are in tmp (it
reads them at import and caches files under them), pointed at the stand-in with HF_ENDPOINT.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hub_clients import run_hf
from standin_hub import StandinHub

from hfhub import HubClient

pytest.importorskip("huggingface_hub")

BIG = os.urandom(300_000)
FILES = {"config.json": b'{"a": 1}', "weights/model.bin": BIG}


@pytest.fixture
def repo(standin: StandinHub) -> str:
    return standin.create_repo("org/model", files=FILES)


def test_huggingface_hub_finds_hfhub_downloads_offline(hub: HubClient, standin: StandinHub, tmp_path: Path, repo: str) -> None:
    hub.models.download("org/model", "weights/model.bin")
    hub.models.download("org/model", "config.json")
    found = run_hf(tmp_path, standin, (
        "a = hf.hf_hub_download('org/model', 'weights/model.bin', local_files_only=True)\n"
        "s = hf.snapshot_download('org/model', local_files_only=True)\n"
        "print(json.dumps([a, s, open(a, 'rb').read().hex()]))"
    ))
    path, snapshot, content = found  # type: ignore[misc]
    assert bytes.fromhex(content) == BIG
    assert Path(snapshot) == tmp_path / "cache" / "models--org--model" / "snapshots" / repo
    assert Path(path) == Path(snapshot) / "weights" / "model.bin"


def test_hfhub_finds_huggingface_hub_downloads(hub: HubClient, standin: StandinHub, tmp_path: Path, repo: str) -> None:
    run_hf(tmp_path, standin, "print(json.dumps(hf.snapshot_download('org/model')))")
    before = len(standin.seen)
    offline = hub.models.download("org/model", "weights/model.bin", local_files_only=True)
    assert offline.read_bytes() == BIG and len(standin.seen) == before
    online = hub.models.download("org/model", "config.json")
    assert online.read_bytes() == FILES["config.json"]
    assert [s.method for s in standin.seen[before:]] == ["HEAD"]  # already cached: metadata only
    assert hub.models.snapshot("org/model", local_files_only=True) == offline.parent.parent


def test_huggingface_hub_downloads_what_hfhub_committed(hub: HubClient, standin: StandinHub, tmp_path: Path, repo: str) -> None:
    folder = tmp_path / "upload"
    (folder / "nested").mkdir(parents=True)
    big = os.urandom(400_000)
    (folder / "nested" / "big.bin").write_bytes(big)
    (folder / "small.txt").write_text("small")
    hub.models.upload_folder("org/model", folder)
    found = run_hf(tmp_path, standin, (
        "d = hf.snapshot_download('org/model', cache_dir=%r)\n"
        "import pathlib\n"
        "print(json.dumps({p.relative_to(d).as_posix(): p.read_bytes().hex() for p in pathlib.Path(d).rglob('*') if p.is_file()}))"
    ) % str(tmp_path / "hf_only_cache"))
    assert {k: bytes.fromhex(v) for k, v in found.items()} == {**FILES, "nested/big.bin": big, "small.txt": b"small"}  # type: ignore[union-attr]


def test_huggingface_hub_reuses_a_local_dir_hfhub_filled(hub: HubClient, standin: StandinHub, tmp_path: Path, repo: str) -> None:
    target = tmp_path / "local"
    hub.models.snapshot("org/model", local_dir=target)
    before = len(standin.seen)
    run_hf(tmp_path, standin, "print(json.dumps(hf.hf_hub_download('org/model', 'weights/model.bin', local_dir=%r)))" % str(target))
    assert not [s for s in standin.seen[before:] if s.method == "GET" and s.host == "cdn"]
