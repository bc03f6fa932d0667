"""The time one call may take: a caller's ``timeout`` turned into a deadline that caps every attempt and wait."""

from __future__ import annotations

import time
from typing import Any

import httpx2

__all__ = ["Deadline", "as_timeout", "call_seconds", "CONNECT_TIMEOUT"]

CONNECT_TIMEOUT = 10.0
# An attempt with less time than this left cannot complete: a wait that leaves less ends the call instead.
MIN_ATTEMPT = 0.01


def as_timeout(value: float | httpx2.Timeout | None) -> httpx2.Timeout:
    """``timeout`` as given by a caller: seconds for the whole call (connecting within 10 s), an ``httpx2.Timeout``
    (or the same settings from httpx's older ``httpx.Timeout``), or ``None``."""
    if isinstance(value, httpx2.Timeout):
        return value
    if type(value).__name__ == "Timeout" and type(value).__module__.partition(".")[0] == "httpx":
        old: Any = value
        return httpx2.Timeout(connect=old.connect, read=old.read, write=old.write, pool=old.pool)
    if value is None:
        return httpx2.Timeout(None)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise ValueError(f"timeout must be a positive number of seconds, an httpx2.Timeout or None, not {value!r}")
    return httpx2.Timeout(float(value), connect=min(CONNECT_TIMEOUT, float(value)))


def call_seconds(timeout: httpx2.Timeout) -> float | None:
    """The deadline of one call: the largest of the timeouts, or ``None`` when reading is unbounded."""
    if timeout.read is None:
        return None
    return max(t for t in (timeout.connect, timeout.read, timeout.write, timeout.pool) if t is not None)


class Deadline:
    """What is left of one call's time: each attempt's httpx2 timeouts are capped to it.

    A body is checked against it between reads, so a server that drips bytes cannot stretch a
    call; a single read that begins before the deadline may still wait out its own timeout
    (itself at most the time that was left when the attempt began). Every wait of the call
    (a retry's backoff, ``Retry-After``, a free connection slot, a queued job) fits in it.
    """

    __slots__ = ("_timeout", "_expires", "seconds")

    def __init__(self, timeout: httpx2.Timeout) -> None:
        self._timeout = timeout
        self.seconds = call_seconds(timeout)
        self._expires = None if self.seconds is None else time.monotonic() + self.seconds

    def left(self) -> float | None:
        """Seconds left, ``None`` without a deadline (never below 0)."""
        if self._expires is None:
            return None
        return max(0.0, self._expires - time.monotonic())

    def expired(self) -> bool:
        return self._expires is not None and time.monotonic() >= self._expires

    def allows(self, delay: float) -> bool:
        """Whether waiting ``delay`` seconds still leaves time for another attempt."""
        left = self.left()
        return left is None or left - delay >= MIN_ATTEMPT

    def attempt_timeouts(self) -> dict[str, float | None]:
        """The httpx2 timeouts of the next attempt (``request.extensions["timeout"]``)."""
        timeouts = self._timeout.as_dict()
        left = self.left()
        if left is None:
            return timeouts
        left = max(left, 0.001)
        return {name: left if value is None else min(value, left) for name, value in timeouts.items()}

    def renew(self) -> None:
        """Give the call its whole time again (a transfer that is making progress)."""
        self._expires = None if self.seconds is None else time.monotonic() + self.seconds

    def stream_timeouts(self) -> dict[str, float | None]:
        """For a stream once it answered: no total deadline, ``read`` bounds the wait between two reads."""
        return self._timeout.as_dict()
