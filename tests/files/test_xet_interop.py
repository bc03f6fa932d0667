"""Xet with the real huggingface_hub 2.4.0 (a child process, hf_xet on as by default): the stand-in validated
through it, files hfhub uploads it downloads and the reverse, each reading the other's cache offline, and the
deduplication of a re-upload, measured on the CAS for both."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hub_clients import run_hf
from xet_hub import XetStandinHub

from hfhub import HubClient

pytest.importorskip("huggingface_hub")

MB = 1024 * 1024
BIG = os.urandom(2 * MB)
FILES = {"weights/model.bin": BIG, "config.json": b'{"a": 1}'}


@pytest.fixture
def repo(xet_standin: XetStandinHub) -> str:
    return xet_standin.create_repo("org/model", files=FILES)


def bridge_use(standin: XetStandinHub) -> list[str]:
    """Requests that only a client without Xet makes: bodies from the CDN, the LFS batch API."""
    return [s.target for s in standin.seen if (s.host == "cdn") or s.target.endswith("/info/lfs/objects/batch")]


def tree_of(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_huggingface_hub_goes_through_the_stand_ins_cas(xet_standin: XetStandinHub, repo: str, tmp_path: Path) -> None:
    """The stand-in is a Xet Hub to huggingface_hub itself: downloads, snapshots and uploads all go to its CAS."""
    found = run_hf(tmp_path, xet_standin, (
        "import os\n"
        "p = hf.hf_hub_download('org/model', 'weights/model.bin')\n"
        "s = hf.snapshot_download('org/model', cache_dir=%r)\n"
        "hf.upload_file(path_or_fileobj=open(p, 'rb').read()[::-1], path_in_repo='reversed.bin', repo_id='org/model')\n"
        "print(json.dumps([open(p, 'rb').read().hex(), s]))"
    ) % str(tmp_path / "hf_second_cache"), xet=True)
    content, snapshot = found  # type: ignore[misc]
    assert bytes.fromhex(content) == BIG and tree_of(Path(snapshot)) == FILES
    assert bridge_use(xet_standin) == [] and xet_standin.lfs_uploads == []
    assert xet_standin.token_requests("read") and xet_standin.token_requests("write")
    assert xet_standin.files_at("org/model")["reversed.bin"] == BIG[::-1]
    assert any((tmp_path / "cache" / "blobs").rglob("*")), "huggingface_hub's shared Xet blob store"


def test_huggingface_hub_downloads_what_hfhub_uploaded(xet_hub: HubClient, xet_standin: XetStandinHub, repo: str, tmp_path: Path) -> None:
    data = os.urandom(3 * MB)
    xet_hub.models.upload_file("org/model", data, "from-hfhub.bin")
    assert xet_standin.lfs_uploads == []
    found = run_hf(tmp_path, xet_standin, "print(json.dumps(open(hf.hf_hub_download('org/model', 'from-hfhub.bin'), 'rb').read().hex()))", xet=True)
    assert bytes.fromhex(found) == data  # type: ignore[arg-type]
    assert bridge_use(xet_standin) == []


def test_hfhub_downloads_what_huggingface_hub_uploaded(xet_hub: HubClient, xet_standin: XetStandinHub, repo: str, tmp_path: Path) -> None:
    data = os.urandom(3 * MB)
    (tmp_path / "payload.bin").write_bytes(data)
    run_hf(tmp_path, xet_standin, "print(json.dumps(str(hf.upload_file(path_or_fileobj=%r, path_in_repo='from-hf.bin', repo_id='org/model'))))"
           % str(tmp_path / "payload.bin"), xet=True)
    assert xet_hub.models.download("org/model", "from-hf.bin", cache_dir=tmp_path / "hfhub_cache").read_bytes() == data
    assert bridge_use(xet_standin) == [] and xet_standin.lfs_uploads == []


def test_each_reads_the_others_xet_downloads_offline(xet_hub: HubClient, xet_standin: XetStandinHub, repo: str, tmp_path: Path) -> None:
    """hfhub's plain blobs for huggingface_hub, huggingface_hub's shared blob store for hfhub."""
    ours = xet_hub.models.snapshot("org/model")
    found = run_hf(tmp_path, xet_standin, (
        "s = hf.snapshot_download('org/model', local_files_only=True)\n"
        "print(json.dumps(open(hf.hf_hub_download('org/model', 'weights/model.bin', local_files_only=True), 'rb').read().hex()))"
    ), xet=True)
    assert bytes.fromhex(found) == BIG and tree_of(ours) == FILES  # type: ignore[arg-type]

    theirs = tmp_path / "hf_cache"
    run_hf(tmp_path, xet_standin, "print(json.dumps(hf.snapshot_download('org/model', cache_dir=%r)))" % str(theirs), xet=True)
    assert list((theirs / "blobs").rglob("*.refs")), "huggingface_hub linked its blobs to its shared store"
    before = len(xet_standin.seen)
    offline = xet_hub.models.download("org/model", "weights/model.bin", cache_dir=theirs, local_files_only=True)
    assert offline.read_bytes() == BIG and offline.resolve().is_relative_to(theirs.resolve() / "blobs")
    assert tree_of(xet_hub.models.snapshot("org/model", cache_dir=theirs, local_files_only=True)) == FILES
    assert len(xet_standin.seen) == before


def _edited(size: int, changed: int) -> tuple[bytes, bytes]:
    """Random bytes, and the same with ``changed`` bytes in the middle replaced."""
    first = os.urandom(size)
    middle = size // 2
    return first, first[:middle] + os.urandom(changed) + first[middle + changed :]


def test_a_re_upload_sends_only_the_changed_megabyte(xet_hub: HubClient, xet_standin: XetStandinHub, repo: str, tmp_path: Path) -> None:
    """20 MB, then the same with 1 MB changed: what reached the CAS, for hfhub and for huggingface_hub."""
    size, changed = 20 * MB, MB
    first, second = _edited(size, changed)
    start = xet_standin.cas_bytes()
    xet_hub.models.upload_file("org/model", first, "checkpoint.bin")
    after_first = xet_standin.cas_bytes()
    result = xet_hub.models.upload_file("org/model", second, "checkpoint.bin")
    hfhub_new = xet_standin.cas_bytes() - after_first
    assert after_first - start >= size  # random bytes: the first upload sends all of them
    assert changed <= hfhub_new <= 0.15 * size
    assert result.deduplication is not None
    assert abs(result.deduplication.new_bytes - hfhub_new) <= 0.01 * size  # the report matches what the CAS received
    assert xet_standin.files_at("org/model")["checkpoint.bin"] == second

    theirs_first, theirs_second = _edited(size, changed)  # other bytes: nothing shared with hfhub's uploads
    (tmp_path / "first.bin").write_bytes(theirs_first)
    (tmp_path / "second.bin").write_bytes(theirs_second)
    upload = "hf.upload_file(path_or_fileobj=%r, path_in_repo='theirs.bin', repo_id='org/model')\nprint(1)"
    run_hf(tmp_path, xet_standin, upload % str(tmp_path / "first.bin"), xet=True)
    between = xet_standin.cas_bytes()
    run_hf(tmp_path, xet_standin, upload % str(tmp_path / "second.bin"), xet=True)
    theirs_new = xet_standin.cas_bytes() - between
    assert changed <= theirs_new <= 0.15 * size
    assert xet_standin.files_at("org/model")["theirs.bin"] == theirs_second and xet_standin.lfs_uploads == []
