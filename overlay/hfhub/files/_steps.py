"""File transfers as plans (generators yielding steps) and the two drivers that run them, sync and async."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Generator, Iterator, TypeVar

import httpx2
from hfhub_api._client_base import Deadline
from hfhub_api._request import Request

from .. import _logging
from .._environment import transfer_timeouts
from ..errors import OfflineModeError, error_for_transport, public_url

from ._disk import clear_non_regular

__all__ = [
    "Plan", "Steps", "Fetch", "Call", "Receive", "Lock", "Sleep", "Gather", "Blocking", "Cancelled", "FileSlice", "run_sync", "run_async",
]

T = TypeVar("T")
# A plan that returns a T once its steps are answered.
Steps = Generator[Any, Any, T]
Plan = Steps[Any]
CHUNK = 1024 * 1024
_LOCK_POLL = 0.05


@dataclass(frozen=True)
class FileSlice:
    """``length`` bytes from ``offset`` of a local file, or of content read by ``source(offset, size)``
    (bytes or a file object), read in chunks when sent; ``sent(n)`` after each."""

    source: Path | Callable[[int, int], bytes]
    offset: int
    length: int
    sent: Callable[[int], None] | None = None

    def chunks(self) -> Iterator[bytes]:
        source = self.source
        if not isinstance(source, Path):
            yield from self._read(source)
            return
        with open(source, "rb") as f:
            f.seek(self.offset)
            yield from self._read(lambda _, size: f.read(size))

    def _read(self, read_at: Callable[[int, int], bytes]) -> Iterator[bytes]:
        position, end = self.offset, self.offset + self.length
        while position < end:
            chunk = read_at(position, min(CHUNK, end - position))
            if not chunk:
                raise OSError(f"{self.source if isinstance(self.source, Path) else 'the file object'} shrank while it was being uploaded")
            position += len(chunk)
            yield chunk
            if self.sent is not None:
                self.sent(len(chunk))


@dataclass
class Fetch:
    """One HTTP exchange, redirects not followed. The outcome is the response: read, or open for
    :class:`Receive` when ``stream`` and the status is 2xx; a transport error is thrown into the plan.

    Nothing is sent offline, nor once ``deadline`` has passed; each attempt's timeouts are capped
    to what is left of it (an open body then waits at most the client's ``read`` between reads).
    """

    method: str
    url: str
    headers: dict[str, str]
    deadline: Deadline
    body: bytes | FileSlice | None = None
    stream: bool = False
    json: Any = None


@dataclass
class Call:
    """A Hub API request through the client: its retries, its errors, its credentials. Outcome: the read response."""

    request: Request[Any]
    url: str | None = None


@dataclass
class Receive:
    """Feed each chunk of an open response body to ``sink``, then close the response."""

    response: httpx2.Response
    sink: Callable[[bytes], None]


@dataclass
class Lock:
    """Take the inter-process lock at ``path``; the outcome is the held lock (the plan releases it)."""

    path: Path


@dataclass
class Sleep:
    seconds: float


@dataclass
class Gather:
    """Run ``plans`` at most ``workers`` at a time; the outcome is their results in order."""

    plans: list[Plan]
    workers: int


@dataclass
class Blocking:
    """A call that blocks until its transfer is done (an hf_xet download group or upload commit).

    The sync driver runs it in place, the async one on a worker thread holding one slot. ``cancel``
    stops it from another thread when the caller is interrupted (Ctrl-C, a cancelled task): ``run``
    then raises :class:`Cancelled`, and the plan is closed, not handed an error to recover from.
    """

    run: Callable[[], Any]
    cancel: Callable[[], None]


class Cancelled(BaseException):
    """A :class:`Blocking` step stopped by its ``cancel``: the interrupt travels on, nothing falls back."""


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
        except KeyboardInterrupt:  # Ctrl-C while hf_xet waited on this thread
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


def _new_lock(path: Path) -> Any:
    try:
        from filelock import FileLock
    except ImportError:  # imported here, so that hub.models works without the extra
        raise ImportError("downloading large files needs filelock: pip install 'hfhub[files]'") from None
    path.parent.mkdir(parents=True, exist_ok=True)
    clear_non_regular(path)  # a planted link: filelock opens without following it, and would fail
    return FileLock(str(path))


def _build(client: Any, step: Fetch, content: Any) -> httpx2.Request:
    if client.offline:
        raise OfflineModeError(f"HF_HUB_OFFLINE is set: {step.method} {public_url(httpx2.URL(step.url))} was not sent")
    if step.deadline.expired():
        raise error_for_transport(httpx2.TimeoutException(f"no time left for {step.method} {public_url(httpx2.URL(step.url))}"))
    headers = step.headers
    if isinstance(step.body, FileSlice):
        # object stores refuse chunked uploads: the length is known, so say it
        headers = {**headers, "Content-Length": str(step.body.length)}
    # An upload from a file may take as long as its size needs: each write and read is bounded, not the whole.
    timeouts = step.deadline.stream_timeouts() if isinstance(step.body, FileSlice) else step.deadline.attempt_timeouts()
    timeouts = transfer_timeouts(step.method, timeouts, step.deadline.left())
    kwargs: dict[str, Any] = {"headers": headers, "extensions": {"timeout": timeouts}}
    if step.json is not None:
        kwargs["json"] = step.json
    elif content is not None:
        kwargs["content"] = content
    request: httpx2.Request = client._http.build_request(step.method, step.url, **kwargs)
    return request


def _opened(step: Fetch, request: httpx2.Request, response: httpx2.Response) -> bool:
    """Whether ``response`` stays open for :class:`Receive`: a streamed 2xx, its reads bounded one by one."""
    if step.stream and 200 <= response.status_code < 300:
        request.extensions["timeout"] = transfer_timeouts(step.method, step.deadline.stream_timeouts())
        return True
    return False


def run_sync(client: Any, plan: Steps[T], transfers: _Transfers | None = None) -> T:
    """Run ``plan`` with the sync client's HTTP connections.

    A plan decides every request, retry, hash and rename and never touches the network; this
    driver answers its steps with ``httpx2.Client`` and :func:`run_async` with ``httpx2.AsyncClient``
    and ``asyncio``, so both clients share one copy of the logic. An interrupt (Ctrl-C) closes the
    plan at once, so its ``finally`` blocks release locks and partial files before it travels on.
    """
    transfers = _Transfers() if transfers is None else transfers
    outcome: Any = None
    error: BaseException | None = None
    while True:
        try:
            step = plan.throw(error) if error is not None else plan.send(outcome)
        except StopIteration as stop:
            result: T = stop.value
            return result
        outcome, error = None, None
        try:
            outcome = _step_sync(client, step, transfers)
        except Exception as exc:  # handed to the plan, which decides
            error = exc
        except BaseException:
            plan.close()
            raise


def _step_sync(client: Any, step: Any, transfers: _Transfers) -> Any:
    if isinstance(step, Fetch):
        body = step.body
        content = body.chunks() if isinstance(body, FileSlice) else body
        request = _build(client, step, content)
        response = _logging.send(client._http, request, stream=True)
        if not _opened(step, request, response):
            try:
                response.read()
            finally:
                response.close()
        return response
    if isinstance(step, Call):
        return client._execute(step.request, step.url)
    if isinstance(step, Receive):
        try:
            for chunk in step.response.iter_raw():
                step.sink(chunk)
        finally:
            step.response.close()
        return None
    if isinstance(step, Lock):
        lock = _new_lock(step.path)
        lock.acquire()
        return lock
    if isinstance(step, Sleep):
        client._retry.sleep(step.seconds)
        return None
    if isinstance(step, Blocking):
        return transfers.run(step)
    if isinstance(step, Gather):
        if len(step.plans) <= 1 or step.workers <= 1:
            return [run_sync(client, p, transfers) for p in step.plans]
        with ThreadPoolExecutor(max_workers=step.workers) as pool:
            futures = [pool.submit(run_sync, client, p, transfers) for p in step.plans]
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


async def run_async(client: Any, plan: Steps[T]) -> T:
    """Run ``plan`` with the async client's HTTP connections, on the running event loop.

    Each request holds one of the client's ``max_concurrency`` slots from sending until its
    body is read or closed, so a snapshot never has more requests in flight than the bound.
    """
    outcome: Any = None
    error: BaseException | None = None
    held: set[int] = set()  # the open responses holding a slot
    try:
        while True:
            try:
                step = plan.throw(error) if error is not None else plan.send(outcome)
            except StopIteration as stop:
                result: T = stop.value
                return result
            outcome, error = None, None
            try:
                outcome = await _step_async(client, step, held)
            except Exception as exc:
                error = exc
            except BaseException:
                plan.close()
                raise
    finally:
        for _ in held:  # a plan that stopped without reading a body it opened
            client._slots.release()


async def _blocking_async(client: Any, step: Blocking) -> Any:
    await client._slots.acquire()
    try:
        running = asyncio.get_running_loop().run_in_executor(None, step.run)
        try:
            return await asyncio.shield(running)
        except asyncio.CancelledError:
            step.cancel()
            await asyncio.wait([running])  # its writes have stopped before the plan cleans up
            if not running.cancelled():
                running.exception()  # a Cancelled, expected: retrieved so asyncio does not log it
            raise
    finally:
        client._slots.release()


async def _aiter_chunks(body: FileSlice) -> Any:
    for chunk in body.chunks():
        yield chunk


async def _step_async(client: Any, step: Any, held: set[int]) -> Any:
    if isinstance(step, Fetch):
        body = step.body
        content = _aiter_chunks(body) if isinstance(body, FileSlice) else body
        request = _build(client, step, content)
        await client._take_slot(request, step.deadline)
        try:
            response = await _logging.asend(client._http, request, stream=True)
        except BaseException:
            client._slots.release()
            raise
        if _opened(step, request, response):
            held.add(id(response))
            return response
        try:
            await response.aread()
        finally:
            await response.aclose()
            client._slots.release()
        return response
    if isinstance(step, Call):
        return await client._execute(step.request, step.url)
    if isinstance(step, Receive):
        try:
            async for chunk in step.response.aiter_raw():
                step.sink(chunk)
        finally:
            await step.response.aclose()
            if id(step.response) in held:
                held.discard(id(step.response))
                client._slots.release()
        return None
    if isinstance(step, Lock):
        lock = _new_lock(step.path)
        from filelock import Timeout

        while True:
            try:
                lock.acquire(timeout=0)
                return lock
            except Timeout:
                await asyncio.sleep(_LOCK_POLL)
    if isinstance(step, Sleep):
        await client._retry.async_sleep(step.seconds)
        return None
    if isinstance(step, Blocking):
        return await _blocking_async(client, step)
    if isinstance(step, Gather):
        gate = asyncio.Semaphore(max(1, step.workers))

        async def bounded(p: Plan) -> Any:
            async with gate:
                return await run_async(client, p)

        return list(await asyncio.gather(*(bounded(p) for p in step.plans)))
    raise TypeError(f"unknown step {step!r}")
