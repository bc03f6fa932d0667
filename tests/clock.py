"""A virtual clock for the tests of time: the runtime's deadlines read it, the retry policy sleeps on it.

``clock.now`` moves only when something sleeps on it (``sleep``, ``asleep``) or a test moves it
(``advance``), so a 60 s deadline or a 20 s ``Retry-After`` costs no wall time and is exact.
The ``clock`` fixture (tests/conftest.py) puts it under the runtime's ``Deadline``; a client
takes its sleeps through ``clock.policy()``. Real sockets still carry the requests.
"""

from __future__ import annotations

import importlib
from typing import Any

import pytest

from hfhub_api._retry import RetryPolicy

# The module whose ``time.monotonic`` measures every call's deadline (Hub, inference, files).
DEADLINE_MODULES = ("hfhub_api._deadline",)


class VirtualClock:
    """``time`` for the deadlines: ``monotonic()`` moves only on a sleep or an ``advance``."""

    def __init__(self, start: float = 1000.0) -> None:
        self.start = self.now = start
        self.slept: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += max(0.0, seconds)

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)

    @property
    def elapsed(self) -> float:
        return self.now - self.start

    def policy(self, max_retries: int = 2, **settings: Any) -> RetryPolicy:
        """A retry policy that sleeps on this clock (``random`` fixed at 1.0 unless given: the largest backoff)."""
        settings.setdefault("random", lambda: 1.0)
        return RetryPolicy(max_retries, sleep=self.sleep, async_sleep=self.asleep, **settings)


def install(monkeypatch: pytest.MonkeyPatch) -> VirtualClock:
    """A new clock under every deadline of the process, until the test ends."""
    clock = VirtualClock()
    for name in DEADLINE_MODULES:
        monkeypatch.setattr(importlib.import_module(name), "time", clock)
    return clock
