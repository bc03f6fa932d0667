"""File transfers as plans (generators yielding steps) and the two drivers that run them, sync and async."""

from __future__ import annotations

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Generator, Iterator, TypeVar

import httpx2
from hfhub_api._request import Request

from ._disk import clear_non_regular

__all__ = ["Plan", "Steps", "Fetch", "Call", "Receive", "Lock", "Sleep", "Gather", "FileSlice", "run_sync", "run_async"]

T = TypeVar("T")
# A plan that returns a T once its steps are answered.
Steps = Generator[Any, Any, T]
Plan = Steps[Any]
CHUNK = 1024 * 1024
_LOCK_POLL = 0.05


@dataclass(frozen=True)
class FileSlice:
    """``length`` bytes of a local file from ``offset``, read in chunks when sent; ``sent(n)`` after each."""

    path: Path
    offset: int
    length: int
    sent: Callable[[int], None] | None = None

    def chunks(self) -> Iterator[bytes]:
        with open(self.path, "rb") as f:
            f.seek(self.offset)
            left = self.length
            while left > 0:
                chunk = f.read(min(CHUNK, left))
                if not chunk:
                    raise OSError(f"{self.path} shrank while it was being uploaded")
                left -= len(chunk)
                yield chunk
                if self.sent is not None:
                    self.sent(len(chunk))


@dataclass
class Fetch:
    """One HTTP exchange, redirects not followed. The outcome is the response: read, or open for
    :class:`Receive` when ``stream`` and the status is 2xx; a transport error is thrown into the plan."""

    method: str
    url: str
    headers: dict[str, str]
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


def _new_lock(path: Path) -> Any:
    try:
        from filelock import FileLock
    except ImportError:  # imported here, so that hub.models works without the extra
        raise ImportError("downloading large files needs filelock: pip install 'hfhub[files]'") from None
    path.parent.mkdir(parents=True, exist_ok=True)
    clear_non_regular(path)  # a planted link: filelock opens without following it, and would fail
    return FileLock(str(path))


def _build(http: Any, step: Fetch, content: Any) -> httpx2.Request:
    headers = step.headers
    if isinstance(step.body, FileSlice):
        # object stores refuse chunked uploads: the length is known, so say it
        headers = {**headers, "Content-Length": str(step.body.length)}
    kwargs: dict[str, Any] = {"headers": headers}
    if step.json is not None:
        kwargs["json"] = step.json
    elif content is not None:
        kwargs["content"] = content
    request: httpx2.Request = http.build_request(step.method, step.url, **kwargs)
    return request


def run_sync(client: Any, plan: Steps[T]) -> T:
    """Run ``plan`` with the sync client's HTTP connections.

    A plan decides every request, retry, hash and rename and never touches the network; this
    driver answers its steps with ``httpx2.Client`` and :func:`run_async` with ``httpx2.AsyncClient``
    and ``asyncio``, so both clients share one copy of the logic.
    """
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
            outcome = _step_sync(client, step)
        except Exception as exc:  # handed to the plan, which decides
            error = exc


def _step_sync(client: Any, step: Any) -> Any:
    if isinstance(step, Fetch):
        body = step.body
        content = body.chunks() if isinstance(body, FileSlice) else body
        response = client._http.send(_build(client._http, step, content), stream=step.stream)
        if step.stream and not 200 <= response.status_code < 300:
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
        time.sleep(step.seconds)
        return None
    if isinstance(step, Gather):
        if len(step.plans) <= 1 or step.workers <= 1:
            return [run_sync(client, p) for p in step.plans]

        def run(plan: Plan) -> Any:
            return run_sync(client, plan)

        with ThreadPoolExecutor(max_workers=step.workers) as pool:
            return list(pool.map(run, step.plans))
    raise TypeError(f"unknown step {step!r}")


async def run_async(client: Any, plan: Steps[T]) -> T:
    """Run ``plan`` with the async client's HTTP connections, on the running event loop."""
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
            outcome = await _step_async(client, step)
        except Exception as exc:
            error = exc


async def _aiter_chunks(body: FileSlice) -> Any:
    for chunk in body.chunks():
        yield chunk


async def _step_async(client: Any, step: Any) -> Any:
    if isinstance(step, Fetch):
        body = step.body
        content = _aiter_chunks(body) if isinstance(body, FileSlice) else body
        response = await client._http.send(_build(client._http, step, content), stream=step.stream)
        if step.stream and not 200 <= response.status_code < 300:
            try:
                await response.aread()
            finally:
                await response.aclose()
        return response
    if isinstance(step, Call):
        return await client._execute(step.request, step.url)
    if isinstance(step, Receive):
        try:
            async for chunk in step.response.aiter_raw():
                step.sink(chunk)
        finally:
            await step.response.aclose()
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
        await asyncio.sleep(step.seconds)
        return None
    if isinstance(step, Gather):
        gate = asyncio.Semaphore(max(1, step.workers))

        async def bounded(p: Plan) -> Any:
            async with gate:
                return await run_async(client, p)

        return list(await asyncio.gather(*(bounded(p) for p in step.plans)))
    raise TypeError(f"unknown step {step!r}")
