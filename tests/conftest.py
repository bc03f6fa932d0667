"""Fixtures shared by every test; paths live in ``shared_paths``, loopback servers in ``local_server``."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Iterator

import pytest

from hfhub._retry import RetryPolicy
from local_server import Handler, LocalServer, Sleeps
from shared_paths import PINNED_SPEC, require


@pytest.fixture(autouse=True)
def isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No token, endpoint or inference host from the developer's machine reaches a test."""
    for name in ("HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "HF_TOKEN_PATH", "HF_ENDPOINT", "HF_INFERENCE_ENDPOINT", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf_home"))


@pytest.fixture
def serve() -> Iterator:
    """``serve(handler, host="127.0.0.1")`` starts a LocalServer that stops with the test."""
    with contextlib.ExitStack() as stack:

        def start(handler: Handler, host: str = "127.0.0.1") -> LocalServer:
            return stack.enter_context(LocalServer(handler, host))

        yield start


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def policy(sleeps: Sleeps) -> RetryPolicy:
    """Two retries, no real waiting, the largest jitter (predictable backoff)."""
    return RetryPolicy(2, sleep=sleeps, async_sleep=sleeps.asleep, random=lambda: 1.0)


@pytest.fixture(scope="session")
def pinned_spec() -> dict:
    return json.loads(require(PINNED_SPEC).read_text())
