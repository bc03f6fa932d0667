from __future__ import annotations

import contextlib
from typing import Iterator

import pytest
from overlay_server import Handler, LocalServer, Sleeps

from hfhub._retry import RetryPolicy


@pytest.fixture(autouse=True)
def isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    """No token or endpoint from the developer's machine reaches a test."""
    for name in ("HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "HF_TOKEN_PATH", "HF_ENDPOINT", "XDG_CACHE_HOME"):
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
    """Two retries, no real waiting, and the largest jitter (so backoff delays are predictable)."""
    return RetryPolicy(2, sleep=sleeps, async_sleep=sleeps.asleep, random=lambda: 1.0)
