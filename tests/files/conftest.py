"""A stand-in Hub per test, and a client pointed at it with a token the CDN must never see."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from hub_clients import TOKEN
from standin_hub import StandinHub
from xet_hub import XetStandinHub

from hfhub import HubClient


@pytest.fixture
def standin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[StandinHub]:
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    with StandinHub(tmp_path / "server") as hub:
        yield hub


@pytest.fixture
def hub(standin: StandinHub) -> Iterator[HubClient]:
    with HubClient(token=TOKEN, endpoint=standin.endpoint, max_retries=0) as client:
        yield client


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache"


@pytest.fixture
def xet_standin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[XetStandinHub]:
    """The stand-in Hub with its files on a local Xet CAS; hf_xet's own caches and logs in tmp."""
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("HF_XET_CACHE", str(tmp_path / "xet_cache"))
    monkeypatch.setenv("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    monkeypatch.setenv("HF_HUB_DISABLE_TELEMETRY", "1")
    for name in ("HF_HUB_OFFLINE", "HF_HUB_DISABLE_XET", "HF_XET_HIGH_PERFORMANCE"):
        monkeypatch.delenv(name, raising=False)
    with XetStandinHub(tmp_path / "server") as hub:
        yield hub


@pytest.fixture
def xet_hub(xet_standin: XetStandinHub) -> Iterator[HubClient]:
    with HubClient(token=TOKEN, endpoint=xet_standin.endpoint, max_retries=0) as client:
        yield client
