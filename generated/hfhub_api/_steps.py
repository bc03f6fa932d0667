"""Requests as plans, and the one pair of drivers (sync, async) that runs them.

A plan is a generator that yields steps and receives their outcomes: it decides every request,
retry, wait and write without doing any I/O. :func:`run_sync` answers its steps with an
``httpx2.Client`` and :func:`run_async` with an ``httpx2.AsyncClient``, so Hub calls, listings,
event streams, inference exchanges and file transfers share one copy of their logic and the
same guarantees, which the drivers own:

- nothing is sent once the step's deadline has passed, nor when the host refuses it (offline);
- a body is read within the deadline (a server that drips bytes cannot stretch a call);
- an async host's ``max_concurrency`` bounds the requests in flight: each holds a slot from
  sending until its body is read or closed, and waits for one within its deadline;
- an interrupt (Ctrl-C, a cancelled task) closes the plan at once, so its ``finally`` blocks
  release locks and partial files before the interrupt travels on.

A transport failure is thrown into the plan, which decides (retry, resume, or raise its error).
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any, AsyncIterator, Callable, Generator, Iterator, Protocol, TypeVar

import httpx2

from ._deadline import Deadline

if TYPE_CHECKING:
    from ._request import Request

# asyncio and concurrent.futures are imported where a step needs them: most calls never do, and
# importing them would cost every ``import hfhub`` a fifth of its time.

__all__ = [
    "Plan", "Steps", "Send", "Receive", "Call", "Sleep", "Lock", "Gather", "Blocking", "Cancelled", "Host",
    "run_sync", "run_async", "read_body", "aread_body",
]

T = TypeVar("T")
# A plan that returns a T once its steps are answered.
Steps = Generator[Any, Any, T]
Plan = Steps[Any]
_LOCK_POLL = 0.05


class Send:
    """Send ``request``. The outcome is its response: read in full, or left open when ``stream`` and
    the status is 2xx (its reads then bounded by ``open_timeouts``, by default the deadline's
    :meth:`~Deadline.stream_timeouts`). An error status's body is read for its message; if that
    read fails, the status alone is the outcome. A transport failure is thrown into the plan."""

    __slots__ = ("request", "deadline", "stream", "follow_redirects", "open_timeouts")

    def __init__(
        self, request: httpx2.Request, deadline: Deadline | None, *, stream: bool = False, follow_redirects: bool = False,
        open_timeouts: dict[str, float | None] | None = None,
    ) -> None:
        self.request = request
        self.deadline = deadline
        self.stream = stream
        self.follow_redirects = follow_redirects
        self.open_timeouts = open_timeouts


class Receive:
    """Feed each chunk of an open response body to ``sink``, then close the response."""

    __slots__ = ("response", "sink")

    def __init__(self, response: httpx2.Response, sink: Callable[[bytes], None]) -> None:
        self.response = response
        self.sink = sink


class Call:
    """A generated :class:`Request` through a client's own call plan (its credentials, retries and errors):
    ``via`` (default: the driver's host). The outcome is the read response; with ``pages``, every item
    of a paginated listing. ``deadline``: the call's, default the request's or the client's timeout."""

    __slots__ = ("request", "url", "via", "deadline", "pages")

    def __init__(
        self, request: Request[Any], url: str | None = None, *, via: Any = None, deadline: Deadline | None = None, pages: bool = False
    ) -> None:
        self.request = request
        self.url = url
        self.via = via
        self.deadline = deadline
        self.pages = pages


class Sleep:
    __slots__ = ("seconds",)

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds


class Lock:
    """Take an inter-process lock: ``take(True)`` blocks until it is held, ``take(False)`` tries once and
    says whether it got it (the async driver polls with it, never blocking the event loop)."""

    __slots__ = ("take",)

    def __init__(self, take: Callable[[bool], bool]) -> None:
        self.take = take


class Gather:
    """Run ``plans`` at most ``workers`` at a time; the outcome is their results in order."""

    __slots__ = ("plans", "workers")

    def __init__(self, plans: list[Plan], workers: int) -> None:
        self.plans = plans
        self.workers = workers


class Blocking:
    """A call that blocks until its work is done (an hf_xet transfer, say).

    The sync driver runs it in place, the async one on a worker thread holding one slot. ``cancel``
    stops it from another thread when the caller is interrupted (Ctrl-C, a cancelled task): ``run``
    then raises :class:`Cancelled`, and the plan is closed, not handed an error to recover from.
    """

    __slots__ = ("run", "cancel")

    def __init__(self, run: Callable[[], Any], cancel: Callable[[], None]) -> None:
        self.run = run
        self.cancel = cancel


class Cancelled(BaseException):
    """A :class:`Blocking` step stopped by its ``cancel``: the interrupt travels on, nothing falls back."""


class Host(Protocol):
    """What the drivers use of a client: its connections and how it sends on them (logging, say), its refusal
    rule, its sleeps and (async) its ``_slots`` and ``max_concurrency``; a :class:`Call` without ``via``
    also needs its ``_call`` and ``_collect`` plans."""

    @property
    def _http(self) -> Any: ...
    def _transmit(self, http: Any, request: httpx2.Request, **options: Any) -> httpx2.Response: ...
    async def _atransmit(self, http: Any, request: httpx2.Request, **options: Any) -> httpx2.Response: ...
    def _check_send(self, request: httpx2.Request) -> None: ...
    def _sleep(self, seconds: float) -> Any: ...
    async def _async_sleep(self, seconds: float) -> Any: ...


# -- bodies within a deadline ---------------------------------------------------------------


class _BoundedBody(httpx2.SyncByteStream, httpx2.AsyncByteStream):
    """A response body that raises ``httpx2.ReadTimeout`` once the call's deadline passes, even if bytes keep dripping in."""

    def __init__(self, stream: Any, deadline: Deadline, request: httpx2.Request) -> None:
        self._stream = stream
        self._deadline = deadline
        self._request = request

    def _check(self) -> None:
        if self._deadline.expired():
            raise httpx2.ReadTimeout("the call's deadline passed while reading the body", request=self._request)

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            self._check()
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            self._check()
            yield chunk

    def close(self) -> None:
        self._stream.close()

    async def aclose(self) -> None:
        await self._stream.aclose()


def read_body(response: httpx2.Response, deadline: Deadline | None) -> None:
    """Read the whole body of a streamed response before the deadline; the response is closed either way."""
    if deadline is not None:
        response.stream = _BoundedBody(response.stream, deadline, response.request)
    try:
        response.read()
    finally:
        response.close()


async def aread_body(response: httpx2.Response, deadline: Deadline | None) -> None:
    if deadline is not None:
        response.stream = _BoundedBody(response.stream, deadline, response.request)
    try:
        await response.aread()
    finally:
        await response.aclose()


def _no_time_left(step: Send) -> httpx2.PoolTimeout:
    # A PoolTimeout: no retry policy sends again after one.
    return httpx2.PoolTimeout(f"no time left to send {step.request.method} {step.request.url.copy_with(query=None)}", request=step.request)


def _stays_open(step: Send, response: httpx2.Response) -> bool:
    if step.stream and 200 <= response.status_code < 300:
        timeouts = step.open_timeouts
        if timeouts is None and step.deadline is not None:
            timeouts = step.deadline.stream_timeouts()
        if timeouts is not None:
            step.request.extensions["timeout"] = timeouts
        return True
    return False


# -- sync -----------------------------------------------------------------------------------


class _Transfers:
    """The blocking steps running under one sync driver call: an interrupt reaches the main thread
    only, so it stops those on a :class:`Gather`'s worker threads through here."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running: dict[int, Callable[[], None]] = {}
        self._stopped = False

    def run(self, step: Blocking) -> Any:
        with self._lock:
            if self._stopped:
                raise Cancelled()
            self._running[id(step)] = step.cancel
        try:
            return step.run()
        except KeyboardInterrupt:  # Ctrl-C while the work waited on this thread
            step.cancel()
            raise
        finally:
            with self._lock:
                self._running.pop(id(step), None)

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            running = list(self._running.values())
        for cancel in running:
            cancel()


def run_sync(host: Host, plan: Steps[T], transfers: _Transfers | None = None) -> T:
    """Run ``plan`` with the host's ``httpx2.Client``; returns what the plan returns, raises what it raises."""
    transfers = _Transfers() if transfers is None else transfers
    opened: list[httpx2.Response] = []
    outcome: Any = None
    error: BaseException | None = None
    try:
        while True:
            try:
                step = plan.throw(error) if error is not None else plan.send(outcome)
            except StopIteration as stop:
                result: T = stop.value
                return result
            outcome, error = None, None
            try:
                if type(step) is Send:
                    outcome = _send_sync(host, step, opened)
                else:
                    outcome = _other_sync(host, step, transfers)
            except Exception as exc:  # handed to the plan, which decides
                error = exc
            except BaseException:
                plan.close()
                raise
    except BaseException:
        for response in opened:  # bodies the plan opened and left unread
            response.close()
        raise


def _send_sync(host: Host, step: Send, opened: list[httpx2.Response]) -> httpx2.Response:
    if step.deadline is not None and step.deadline.expired():
        raise _no_time_left(step)
    host._check_send(step.request)
    response = host._transmit(host._http, step.request, stream=True, follow_redirects=step.follow_redirects)
    if _stays_open(step, response):
        opened.append(response)
        return response
    if response.status_code < 400:
        read_body(response, step.deadline)
        return response
    try:
        read_body(response, step.deadline)
    except httpx2.HTTPError:
        pass  # a body that breaks off or runs late still leaves the status to report
    return response


def _other_sync(host: Host, step: Any, transfers: _Transfers) -> Any:
    if isinstance(step, Receive):
        try:
            for chunk in step.response.iter_raw():
                step.sink(chunk)
        finally:
            step.response.close()
        return None
    if isinstance(step, Call):
        client: Any = step.via if step.via is not None else host
        called = client._collect(step.request, step.deadline) if step.pages else client._call(step.request, step.url, deadline=step.deadline)
        return run_sync(host, called, transfers)
    if isinstance(step, Sleep):
        host._sleep(step.seconds)
        return None
    if isinstance(step, Lock):
        step.take(True)
        return None
    if isinstance(step, Blocking):
        return transfers.run(step)
    if isinstance(step, Gather):
        if len(step.plans) <= 1 or step.workers <= 1:
            return [run_sync(host, p, transfers) for p in step.plans]
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=step.workers) as pool:
            futures = [pool.submit(run_sync, host, p, transfers) for p in step.plans]
            try:
                return [f.result() for f in futures]
            except Exception:
                raise  # a plan failed: the others finish first, as the pool is left
            except BaseException:  # Ctrl-C: the plans not started never start, the transfers running end now
                for future in futures:
                    future.cancel()
                transfers.stop()
                raise
    raise TypeError(f"unknown step {step!r}")


# -- async ----------------------------------------------------------------------------------


class _SlotHolder(httpx2.AsyncByteStream):
    """An open body that gives its ``max_concurrency`` slot back when closed, as it gives back its connection."""

    def __init__(self, stream: Any, slots: Any) -> None:
        self._stream = stream
        self._slots = slots

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            slots, self._slots = self._slots, None
            if slots is not None:
                slots.release()


async def run_async(host: Host, plan: Steps[T]) -> T:
    """Run ``plan`` with the host's ``httpx2.AsyncClient`` on the running event loop."""
    opened: list[httpx2.Response] = []
    outcome: Any = None
    error: BaseException | None = None
    try:
        while True:
            try:
                step = plan.throw(error) if error is not None else plan.send(outcome)
            except StopIteration as stop:
                result: T = stop.value
                return result
            outcome, error = None, None
            try:
                if type(step) is Send:
                    outcome = await _send_async(host, step, opened)
                else:
                    outcome = await _other_async(host, step)
            except Exception as exc:
                error = exc
            except BaseException:
                plan.close()
                raise
    except BaseException:
        for response in opened:
            await response.aclose()
        raise


async def _take_slot(host: Host, step: Send) -> Any:
    """One of the host's ``max_concurrency`` slots, waited for within the step's deadline (``None``: unbounded host)."""
    slots = getattr(host, "_slots", None)
    if slots is None:
        return None
    left = step.deadline.left() if step.deadline is not None else None
    if left is None:
        await slots.acquire()
        return slots
    import anyio  # a dependency of httpx2; works under asyncio and trio alike

    with anyio.move_on_after(left):
        await slots.acquire()
        return slots
    limit = getattr(host, "max_concurrency", "?")
    raise httpx2.PoolTimeout(f"no free slot among max_concurrency={limit} in time", request=step.request)


async def _send_async(host: Host, step: Send, opened: list[httpx2.Response]) -> httpx2.Response:
    if step.deadline is not None and step.deadline.expired():
        raise _no_time_left(step)
    host._check_send(step.request)
    slots = await _take_slot(host, step)
    try:
        response = await host._atransmit(host._http, step.request, stream=True, follow_redirects=step.follow_redirects)
    except BaseException:
        if slots is not None:
            slots.release()
        raise
    if _stays_open(step, response):
        if slots is not None:
            response.stream = _SlotHolder(response.stream, slots)
        opened.append(response)
        return response
    try:
        await aread_body(response, step.deadline)
    except httpx2.HTTPError:
        if response.status_code < 400:
            raise
    finally:
        if slots is not None:
            slots.release()
    return response


async def _blocking_async(host: Host, step: Blocking) -> Any:
    import asyncio

    slots = getattr(host, "_slots", None)
    if slots is not None:
        await slots.acquire()
    try:
        running = asyncio.get_running_loop().run_in_executor(None, step.run)
        try:
            return await asyncio.shield(running)
        except asyncio.CancelledError:
            step.cancel()
            await asyncio.wait([running])  # its work has stopped before the plan cleans up
            if not running.cancelled():
                running.exception()  # a Cancelled, expected: retrieved so asyncio does not log it
            raise
    finally:
        if slots is not None:
            slots.release()


async def _other_async(host: Host, step: Any) -> Any:
    import asyncio

    if isinstance(step, Receive):
        try:
            async for chunk in step.response.aiter_raw():
                step.sink(chunk)
        finally:
            await step.response.aclose()
        return None
    if isinstance(step, Call):
        client: Any = step.via if step.via is not None else host
        called = client._collect(step.request, step.deadline) if step.pages else client._call(step.request, step.url, deadline=step.deadline)
        return await run_async(host, called)
    if isinstance(step, Sleep):
        await host._async_sleep(step.seconds)
        return None
    if isinstance(step, Lock):
        while not step.take(False):
            await asyncio.sleep(_LOCK_POLL)
        return None
    if isinstance(step, Blocking):
        return await _blocking_async(host, step)
    if isinstance(step, Gather):
        gate = asyncio.Semaphore(max(1, step.workers))

        async def bounded(p: Plan) -> Any:
            async with gate:
                return await run_async(host, p)

        return list(await asyncio.gather(*(bounded(p) for p in step.plans)))
    raise TypeError(f"unknown step {step!r}")
