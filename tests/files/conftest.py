"""A stand-in Hub per test, and a client pointed at it with a token the CDN must never see."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from hub_clients import sync_client
from standin_hub import StandinHub
from xet_hub import XetStandinHub

from hfhub import HubClient
from hfhub.files import _body


def _test_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache in tmp, no bars, online; hf_xet's own files in tmp, Xet on as by default."""
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("HF_XET_CACHE", str(tmp_path / "xet_cache"))
    monkeypatch.setenv("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    monkeypatch.setenv("HF_HUB_DISABLE_TELEMETRY", "1")
    for name in ("HF_HUB_OFFLINE", "HF_HUB_DISABLE_XET", "HF_XET_HIGH_PERFORMANCE"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def standin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[StandinHub]:
    _test_cache(tmp_path, monkeypatch)
    with StandinHub(tmp_path / "server") as hub:
        yield hub


@pytest.fixture
def hub(standin: StandinHub) -> Iterator[HubClient]:
    with sync_client(standin) as client:
        yield client


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache"


@pytest.fixture
def xet_standin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[XetStandinHub]:
    """The stand-in Hub with its large files on a local Xet CAS."""
    _test_cache(tmp_path, monkeypatch)
    with XetStandinHub(tmp_path / "server") as hub:
        yield hub


@pytest.fixture
def xet_hub(xet_standin: XetStandinHub) -> Iterator[HubClient]:
    with sync_client(xet_standin) as client:
        yield client


@pytest.fixture(params=["in place", "writer thread"])
def writing(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Bodies written and hashed in place (as small ones are) or on the writer thread (as large ones are),
    whatever their size: a test taking this runs both ways, in this process."""
    monkeypatch.setattr(_body, "_THREAD_FROM", 0 if request.param == "writer thread" else 1 << 62)
    return str(request.param)
