"""Downloads of Xet files through hf_xet from the stand-in's local CAS: single files, local_dir, snapshots in one
download group, async, progress; the LFS bridge with HF_HUB_DISABLE_XET or without hf_xet; hf_xet's variables."""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hub_clients import TOKEN
from xet_hub import XetStandinHub

from hfhub import AsyncHubClient, HubClient
from hfhub.files import UnsafeNameError, _xet, _xet_download

BIG = os.urandom(3_000_000)
OTHER = os.urandom(1_500_000)
FILES = {"weights/model.bin": BIG, "other.bin": OTHER, "config.json": b'{"a": 1}'}


@pytest.fixture
def repo(xet_standin: XetStandinHub) -> str:
    return xet_standin.create_repo("org/model", files=FILES)


def cdn_gets(standin: XetStandinHub) -> list[str]:
    return [s.target for s in standin.seen if s.host == "cdn" and s.method == "GET"]


def leftovers(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.name.endswith(".incomplete")]


def test_a_xet_file_comes_from_the_cas_into_the_cache(xet_hub: HubClient, xet_standin: XetStandinHub, repo: str, cache: Path) -> None:
    path = xet_hub.models.download("org/model", "weights/model.bin")
    assert path.read_bytes() == BIG
    assert path == cache / "models--org--model" / "snapshots" / repo / "weights" / "model.bin"
    assert path.is_symlink() and path.resolve().parent.name == "blobs"
    assert cdn_gets(xet_standin) == []  # the bridge was not used
    assert xet_standin.token_requests() == [f"/api/models/org/model/xet-read-token/{repo}"]
    token_request = next(s for s in xet_standin.seen if "/xet-read-token/" in s.target)
    assert token_request.headers["authorization"] == f"Bearer {TOKEN}"
    assert leftovers(cache) == []
    again = xet_hub.models.download("org/model", "weights/model.bin")
    assert again == path and len(xet_standin.token_requests()) == 1  # cached: metadata only


def test_the_refresh_route_header_alone_is_enough(xet_hub: HubClient, xet_standin: XetStandinHub, repo: str) -> None:
    xet_standin.refresh_route_only = True
    assert xet_hub.models.download("org/model", "other.bin").read_bytes() == OTHER
    assert cdn_gets(xet_standin) == [] and len(xet_standin.token_requests()) == 1


def test_force_download_fetches_again_through_xet(xet_hub: HubClient, xet_standin: XetStandinHub, repo: str) -> None:
    path = xet_hub.models.download("org/model", "other.bin")
    path.resolve().write_bytes(b"tampered")
    assert xet_hub.models.download("org/model", "other.bin", force_download=True).read_bytes() == OTHER
    assert len(xet_standin.token_requests()) == 2 and cdn_gets(xet_standin) == []


def test_local_dir_through_xet(xet_hub: HubClient, xet_standin: XetStandinHub, repo: str, tmp_path: Path) -> None:
    target = tmp_path / "local"
    path = xet_hub.models.download("org/model", "weights/model.bin", local_dir=target)
    assert path == target / "weights" / "model.bin" and path.read_bytes() == BIG and not path.is_symlink()
    metadata = target / ".cache" / "huggingface" / "download" / "weights" / "model.bin.metadata"
    assert metadata.read_text().splitlines()[:2] == [repo, xet_standin.repos[("model", "org/model")].commits[repo]["weights/model.bin"].sha256]
    assert leftovers(target) == [] and cdn_gets(xet_standin) == []


def test_a_snapshot_takes_its_xet_files_in_one_download_group(
    xet_hub: HubClient, xet_standin: XetStandinHub, repo: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    groups: list[list[str]] = []
    real = _xet_download.download_step

    def counted(client: Any, token: Any, route: str, files: list[Any]) -> Any:
        groups.append(sorted(f.label for f in files))
        return real(client, token, route, files)

    monkeypatch.setattr(_xet_download, "download_step", counted)
    seen: list[tuple[int, int | None]] = []
    folder = xet_hub.models.snapshot("org/model", progress=lambda done, total: seen.append((done, total)))
    assert {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()} == FILES
    assert groups == [["other.bin", "weights/model.bin"]]
    assert len(xet_standin.token_requests()) == 1 and cdn_gets(xet_standin) == []
    assert not [s for s in xet_standin.seen if s.method == "HEAD"]  # the listing gave every hash
    assert seen[-1] == (len(BIG) + len(OTHER) + len(FILES["config.json"]),) * 2


def test_a_snapshot_into_local_dir_skips_what_is_current(xet_hub: HubClient, xet_standin: XetStandinHub, repo: str, tmp_path: Path) -> None:
    target = tmp_path / "local"
    xet_hub.models.snapshot("org/model", local_dir=target)
    assert {p.relative_to(target).as_posix(): p.read_bytes() for p in target.rglob("*") if p.is_file() and ".cache" not in p.parts} == FILES
    before = len(xet_standin.seen)
    xet_hub.models.snapshot("org/model", local_dir=target)
    assert [s.target.split("?")[0] for s in xet_standin.seen[before:]] == [
        "/api/models/org/model/revision/main", f"/api/models/org/model/tree/{repo}",
    ]


def test_async_download_and_snapshot_through_xet(xet_standin: XetStandinHub, repo: str) -> None:
    async def main() -> tuple[Path, Path]:
        async with AsyncHubClient(token=TOKEN, endpoint=xet_standin.endpoint, max_retries=0, max_concurrency=2) as client:
            one = await client.models.download("org/model", "weights/model.bin")
            folder = await client.models.snapshot("org/model", cache_dir=one.parents[4] / "async-cache")
            return one, folder

    one, folder = asyncio.run(main())
    assert one.read_bytes() == BIG
    assert (folder / "other.bin").read_bytes() == OTHER
    assert cdn_gets(xet_standin) == [] and xet_standin.max_in_flight <= 2


def test_hf_hub_disable_xet_takes_the_bridge(
    xet_hub: HubClient, xet_standin: XetStandinHub, repo: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HF_HUB_DISABLE_XET", "1")
    assert xet_hub.models.download("org/model", "weights/model.bin").read_bytes() == BIG
    folder = xet_hub.models.snapshot("org/model", cache_dir=xet_hub.models.download("org/model", "config.json").parents[4] / "c2")
    assert (folder / "other.bin").read_bytes() == OTHER
    assert xet_standin.token_requests() == [] and len(cdn_gets(xet_standin)) == 3


def test_without_hf_xet_the_bridge_is_used_and_says_so_once(
    xet_hub: HubClient, xet_standin: XetStandinHub, repo: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setitem(sys.modules, "hf_xet", None)  # import hf_xet raises ImportError
    monkeypatch.setattr(_xet, "_missing_logged", False)
    with caplog.at_level(logging.INFO, logger="hfhub.files"):
        assert xet_hub.models.download("org/model", "weights/model.bin").read_bytes() == BIG
        assert xet_hub.models.download("org/model", "other.bin").read_bytes() == OTHER
    hints = [r for r in caplog.records if "hf_xet is not installed" in r.getMessage()]
    assert len(hints) == 1 and hints[0].levelno == logging.INFO and "hfhub[files]" in hints[0].getMessage()
    assert xet_standin.token_requests() == [] and len(cdn_gets(xet_standin)) == 2


def test_import_hfhub_never_loads_hf_xet(xet_standin: XetStandinHub) -> None:
    """Nor does a download that Xet has no part in (the stand-in without Xet storage)."""
    xet_standin.xet_enabled = False
    xet_standin.create_repo("org/plain", files={"w.bin": OTHER})
    code = (
        "import sys, hfhub, hfhub.files\n"
        "from hfhub import HubClient\n"
        f"with HubClient(token=False, endpoint={xet_standin.endpoint!r}) as hub:\n"
        f"    assert hub.models.download('org/plain', 'w.bin', cache_dir={str(xet_standin.objects.parent / 'c')!r}).stat().st_size == {len(OTHER)}\n"
        "assert 'hf_xet' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


@pytest.mark.parametrize("variables", [{}, {"HF_XET_CACHE": "chosen", "HF_XET_HIGH_PERFORMANCE": "1"}])
def test_hf_xet_reads_its_variables_as_for_huggingface_hub(
    xet_standin: XetStandinHub, repo: str, tmp_path: Path, variables: dict[str, str]
) -> None:
    """Its files in ``$HF_HOME/xet`` or ``HF_XET_CACHE``; ``HF_XET_HIGH_PERFORMANCE`` read when hf_xet is first
    imported (a fresh process), as huggingface_hub reads its variables at import."""
    env = {k: v for k, v in os.environ.items() if k not in ("HF_XET_CACHE", "HF_XET_HIGH_PERFORMANCE")}
    env.update({"HF_HOME": str(tmp_path / "home"), "HF_HUB_CACHE": str(tmp_path / "c")})
    if variables:
        env.update({**variables, "HF_XET_CACHE": str(tmp_path / variables["HF_XET_CACHE"])})
    code = (
        "from hfhub import HubClient\n"
        "from hfhub.files import _xet\n"
        f"with HubClient(token=False, endpoint={xet_standin.endpoint!r}) as hub:\n"
        "    hub.models.download('org/model', 'other.bin')\n"
        "print(_xet.session_config().get('data.max_concurrent_file_ingestion'))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], check=True, timeout=60, env=env, capture_output=True, text=True)
    ingestion = int(done.stdout.split()[-1])
    expected, other = (tmp_path / "chosen", tmp_path / "home" / "xet") if variables else (tmp_path / "home" / "xet", tmp_path / "chosen")
    assert any(expected.iterdir()) and not other.exists()
    assert ingestion > 8 if variables else ingestion == 8
    assert xet_standin.token_requests() and cdn_gets(xet_standin) == []


def test_a_malformed_xet_hash_is_refused_before_any_transfer(xet_hub: HubClient, xet_standin: XetStandinHub, repo: str, cache: Path) -> None:
    tree = xet_standin.repos[("model", "org/model")].commits[repo]
    tree["other.bin"] = tree["other.bin"].__class__(**{**tree["other.bin"].__dict__, "xet_hash": "../../etc/passwd"})
    with pytest.raises(UnsafeNameError, match="Xet hash"):
        xet_hub.models.download("org/model", "other.bin")
    with pytest.raises(UnsafeNameError, match="xetHash"):
        xet_hub.models.snapshot("org/model")
    assert xet_standin.token_requests() == [] and cdn_gets(xet_standin) == []
    assert not (cache / "models--org--model" / "blobs").exists()
