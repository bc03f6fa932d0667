"""Fixtures shared by every test; paths live in ``shared_paths``, loopback servers in ``local_server``."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

# Before any third-party import: huggingface_hub, openai and the servers the tests spawn read
# HOME and the cache variables when imported or started, and some write there (huggingface_hub
# caches its agent-harness registry under HF_HOME). Every test process gets an empty home of
# its own, so no test reads the machine's state or writes into the real user's home.
_HOME = tempfile.mkdtemp(prefix="hfhub-test-home-")
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)
os.environ["HOME"] = _HOME
os.environ["XDG_CACHE_HOME"] = os.path.join(_HOME, ".cache")
os.environ["HF_HOME"] = os.path.join(_HOME, ".cache", "huggingface")
for _name in ("HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE", "HF_ASSETS_CACHE", "HF_XET_CACHE", "HF_HUB_OFFLINE", "HF_HUB_DISABLE_IMPLICIT_TOKEN"):
    os.environ.pop(_name, None)

import contextlib  # noqa: E402
import json  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Iterator  # noqa: E402

import pytest  # noqa: E402

import clock as virtual_time  # noqa: E402
from hfhub_api._retry import RetryPolicy  # noqa: E402
from local_server import Handler, LocalServer, Sleeps  # noqa: E402
from shared_paths import PINNED_SPEC, require  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No token, endpoint or inference host from the developer's machine reaches a test."""
    for name in (
        "HF_TOKEN",
        "HUGGING_FACE_HUB_TOKEN",
        "HF_TOKEN_PATH",
        "HF_ENDPOINT",
        "HF_INFERENCE_ENDPOINT",
        "TRANSFORMERS_OFFLINE",
        "HF_HUB_USER_AGENT_ORIGIN",
    ):
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


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> virtual_time.VirtualClock:
    """A virtual clock under the runtime's deadlines; ``clock.policy()`` gives a client retries that sleep on it."""
    return virtual_time.install(monkeypatch)


@pytest.fixture(scope="session")
def pinned_spec() -> dict:
    return json.loads(require(PINNED_SPEC).read_text())


TOOLING = "tests/tooling/"  # tests of the test tooling (the Prism mock, values.py), not of hfhub


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The outcomes counted apart: tests of hfhub, and tests of the test tooling."""
    counts: dict[str, dict[str, int]] = {"hfhub": {}, "test tooling": {}}
    for outcome in ("passed", "failed", "error", "skipped", "xfailed", "xpassed"):
        for report in terminalreporter.stats.get(outcome, []):
            side = "test tooling" if report.nodeid.startswith(TOOLING) else "hfhub"
            counts[side][outcome] = counts[side].get(outcome, 0) + 1
    if any(counts.values()):
        terminalreporter.write_sep("-", " · ".join(
            f"{side}: " + (", ".join(f"{n} {outcome}" for outcome, n in found.items()) or "none")
            for side, found in counts.items()
        ))
