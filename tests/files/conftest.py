"""A stand-in Hub per test, and clients pointed at it with a token the CDN must never see."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
from standin_hub import StandinHub

from hfhub import AsyncHubClient, HubClient

TOKEN = "hf_standin_secret"


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


def async_client(standin: StandinHub) -> AsyncHubClient:
    return AsyncHubClient(token=TOKEN, endpoint=standin.endpoint, max_retries=0)
