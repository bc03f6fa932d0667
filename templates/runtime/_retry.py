"""One retry policy for every request of every client: what may be sent again, and after how long.

:class:`RetryPolicy` decides; :func:`retried` is the sub-plan every path runs it through (Hub
calls, inference exchanges, file transfers), yielding :class:`~._steps.Sleep` for the drivers. A
request is sent again only when that cannot apply it twice: idempotent methods (and POSTs a
caller opted in) after a 429, a 500/502/503/504 or a transport failure, and any method after a
429 or when the connection was never made. A wait for a free pooled connection is never
repeated. The call's deadline bounds it all: a wait longer than the time left ends the call at once.
"""

from __future__ import annotations

import math
import re
import time
from random import random as _random
from typing import TYPE_CHECKING, Any, Awaitable, Callable, Mapping, Protocol

import httpx2

from ._steps import Sleep, Steps

if TYPE_CHECKING:
    from ._deadline import Deadline

__all__ = ["RetryPolicy", "Resendable", "RETRY_STATUSES", "server_delay", "retried", "SAFE", "UNSAFE"]

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


class Resendable(Protocol):
    """What the policy asks of a request (a generated ``Request``, an inference exchange): may it be sent twice?"""

    @property
    def idempotent(self) -> bool: ...


class _Resend:
    __slots__ = ("idempotent",)

    def __init__(self, idempotent: bool) -> None:
        self.idempotent = idempotent


# A request that may be sent twice, and one that may not (unless it never left, or was refused with a 429).
SAFE: Resendable = _Resend(True)
UNSAFE: Resendable = _Resend(False)

# The request never reached the server, so even a POST is safe to send again.
_NEVER_SENT = (httpx2.ConnectError, httpx2.ConnectTimeout)
# Waiting for a free pooled connection again would only multiply the wait: never retried.
_NOT_RETRIED = (httpx2.PoolTimeout,)
# The request may have reached the server: only idempotent ones are sent again.
_MAYBE_SENT = (httpx2.NetworkError, httpx2.TimeoutException, httpx2.RemoteProtocolError, httpx2.ProxyError)

_NUMBER = re.compile(r"\s*(\d+(?:\.\d+)?)\s*")
_PARAM = re.compile(r"([A-Za-z-]+)\s*=\s*(\d+(?:\.\d+)?)")
# X-RateLimit-Reset is seconds on some servers and a Unix time on others: no delay is this long.
_EPOCH_THRESHOLD = 1_000_000_000


async def _anyio_sleep(seconds: float) -> None:
    import anyio  # a dependency of httpx2; works under asyncio and trio alike

    await anyio.sleep(seconds)


class RetryPolicy:
    """How many times to send a request again and how long to wait in between.

    Waits grow exponentially with full jitter: ``uniform(0, min(max_delay, base_delay * 2**n))``
    before retry ``n`` (from 0). A delay the server asks for (``Retry-After``, or the
    rate-limit reset of a 429) is honoured exactly; if it exceeds ``max_wait`` the error is
    raised at once instead. ``sleep``, ``async_sleep`` and ``random`` can be replaced (tests).
    """

    __slots__ = ("max_retries", "base_delay", "max_delay", "max_wait", "sleep", "async_sleep", "random")
    max_retries: int
    base_delay: float
    max_delay: float
    max_wait: float
    sleep: Callable[[float], Any]
    async_sleep: Callable[[float], Awaitable[Any]]
    random: Callable[[], float]

    def __init__(
        self,
        max_retries: int = 2,
        *,
        base_delay: float = 0.5,
        max_delay: float = 8.0,
        max_wait: float = 60.0,
        sleep: Callable[[float], Any] = time.sleep,
        async_sleep: Callable[[float], Awaitable[Any]] = _anyio_sleep,
        random: Callable[[], float] = _random,
    ) -> None:
        if not isinstance(max_retries, int) or isinstance(max_retries, bool) or max_retries < 0:
            raise ValueError(f"max_retries must be a non-negative int, not {max_retries!r}")
        self.max_retries = max_retries
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.max_wait = max_wait
        self.sleep = sleep
        self.async_sleep = async_sleep
        self.random = random

    def replace(self, **changes: Any) -> RetryPolicy:
        """A copy with some settings changed, e.g. ``policy.replace(max_retries=0)``."""
        settings = {name: getattr(self, name) for name in self.__slots__}
        settings.update(changes)
        return RetryPolicy(settings.pop("max_retries"), **settings)

    def backoff(self, retry: int) -> float:
        return self.random() * min(self.max_delay, self.base_delay * 2.0**retry)

    def after_error(self, request: Resendable, error: Exception, retry: int) -> float | None:
        """Seconds to wait before sending ``request`` again after a transport failure, or ``None``."""
        if retry >= self.max_retries or isinstance(error, _NOT_RETRIED):
            return None
        if isinstance(error, _NEVER_SENT) or (request.idempotent and isinstance(error, _MAYBE_SENT)):
            return self.backoff(retry)
        return None

    def after_response(self, request: Resendable, response: httpx2.Response, retry: int) -> float | None:
        """Seconds to wait before sending ``request`` again after an error status, or ``None``."""
        status = response.status_code
        if retry >= self.max_retries or status not in RETRY_STATUSES:
            return None
        # A 429 refused the request before doing anything, so even a POST is safe to send again.
        if not request.idempotent and status != 429:
            return None
        hinted = server_delay(response.headers, rate_limited=status == 429)
        if hinted is None:
            return self.backoff(retry)
        return hinted if hinted <= self.max_wait else None

    def __repr__(self) -> str:
        return f"RetryPolicy(max_retries={self.max_retries}, base_delay={self.base_delay}, max_delay={self.max_delay})"


def retried(
    policy: RetryPolicy,
    request: Resendable,
    deadline: Deadline | None,
    attempt: Callable[[], Steps[httpx2.Response]],
    *,
    delay_after: Callable[[httpx2.Response, int], float | None] | None = None,
    on_retry: Callable[[httpx2.Request | None, float, int, object], None] | None = None,
) -> Steps[httpx2.Response]:
    """``attempt()`` again as long as ``policy`` allows and the wait fits in ``deadline``.

    Returns the first answer below 400, or the error answer that may not be retried (the caller
    raises its own error for it); raises the transport failure that may not be retried.
    ``delay_after(response, retry)`` replaces the policy's decision after an error status.
    """
    retry = 0
    reason: object
    while True:
        try:
            response = yield from attempt()
        except httpx2.HTTPError as exc:
            delay = policy.after_error(request, exc, retry)
            if delay is None or (deadline is not None and not deadline.allows(delay)):
                raise
            sent, reason = getattr(exc, "_request", None), type(exc).__name__
        else:
            if response.status_code < 400:
                return response
            delay = delay_after(response, retry) if delay_after is not None else policy.after_response(request, response, retry)
            if delay is None or (deadline is not None and not deadline.allows(delay)):
                return response
            sent, reason = response.request, response.status_code
        if on_retry is not None:
            on_retry(sent, delay, retry, reason)
        yield Sleep(delay)
        retry += 1


def server_delay(headers: Mapping[str, str], *, rate_limited: bool = True, now: float | None = None) -> float | None:
    """The wait in seconds a response asks for, or ``None`` if it does not say.

    ``Retry-After`` (seconds or an HTTP-date) always counts; the rate-limit headers
    (``RateLimit`` in both IETF draft forms, ``RateLimit-Reset``, ``X-RateLimit-Reset``)
    only when ``rate_limited``, since the Hub sends them on every response.
    """
    retry_after = headers.get("retry-after")
    if retry_after:
        delay = _seconds_or_date(retry_after, now)
        if delay is not None:
            return delay
    if not rate_limited:
        return None
    ratelimit = headers.get("ratelimit")
    if ratelimit:
        delay = _ratelimit_reset(ratelimit)
        if delay is not None:
            return delay
    for name in ("ratelimit-reset", "x-ratelimit-reset"):
        value = headers.get(name)
        match = _NUMBER.fullmatch(value) if value else None
        if match:
            seconds = float(match.group(1))
            if seconds >= _EPOCH_THRESHOLD:
                seconds -= time.time() if now is None else now
            return max(0.0, seconds)
    return None


def _seconds_or_date(value: str, now: float | None) -> float | None:
    match = _NUMBER.fullmatch(value)
    if match:
        return float(match.group(1))
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    seconds = when.timestamp() - (time.time() if now is None else now)
    return max(0.0, seconds) if math.isfinite(seconds) else None


def _ratelimit_reset(value: str) -> float | None:
    """Reset of an exhausted limit: ``limit=.., remaining=0, reset=N`` or ``"name";r=0;t=N, ...``."""
    if "reset" in value or "remaining" in value:
        items = [value]  # the older draft: one dictionary for the whole header
    else:
        items = value.split(",")  # the newer draft: one item per policy
    resets: list[float] = []
    for item in items:
        params = dict(_PARAM.findall(item))
        remaining = params.get("r", params.get("remaining"))
        reset = params.get("t", params.get("reset"))
        if reset is not None and (remaining is None or float(remaining) == 0):
            resets.append(float(reset))
    return max(resets) if resets else None
