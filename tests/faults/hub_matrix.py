"""Helpers of the Hub fault matrix: run one call sync or async, time it, record it, check it leaks no secret."""

from __future__ import annotations

import asyncio
import inspect
import pickle
import time
import traceback
from dataclasses import dataclass
from typing import Any, Callable

import httpx2

from hfhub import AsyncHubClient, HubClient
from hfhub.errors import HubError
from hfhub_api._pagination import AsyncPaginator, Paginator

TOKEN = "hf_FaultMatrixToken0123456789"
COOKIE = "session=FaultMatrixCookie42"
CUSTOM = "FaultMatrixCustomValue77"
SECRETS = (TOKEN, "FaultMatrixCookie42", CUSTOM)
MODES = ("sync", "async")


@dataclass
class Row:
    case: str
    mode: str
    outcome: str
    requests: int
    wall: float


ROWS: list[Row] = []


def client(mode: str, url: str, **options: Any) -> Any:
    options.setdefault("token", TOKEN)
    return (HubClient if mode == "sync" else AsyncHubClient)(endpoint=url, **options)


def run(mode: str, url: str, call: Callable[[Any], Any], **options: Any) -> tuple[Any, float]:
    """``call(hub)`` on a new client: its result (pages collected) or the ``HubError`` raised, and the wall time."""
    started = time.monotonic()
    if mode == "sync":
        with client(mode, url, **options) as hub:
            try:
                value = call(hub)
                outcome = list(value) if isinstance(value, Paginator) else value
            except HubError as exc:
                outcome = exc
    else:

        async def go() -> Any:
            async with client(mode, url, **options) as hub:
                try:
                    value = call(hub)
                    if inspect.isawaitable(value):
                        return await value
                    if isinstance(value, AsyncPaginator):
                        return [item async for item in value]
                    return value
                except HubError as exc:
                    return exc

        outcome = asyncio.run(go())
    return outcome, time.monotonic() - started


def record(case: str, mode: str, outcome: Any, requests: int, wall: float) -> None:
    """Add a row to the table printed at the end of the session; every error is checked for secrets first."""
    if isinstance(outcome, str):
        text = outcome
    elif isinstance(outcome, BaseException):
        assert_no_secret(outcome)
        text = type(outcome).__name__
    elif isinstance(outcome, list):
        text = f"ok ({len(outcome)} items)"
    else:
        text = "ok"
    ROWS.append(Row(case, mode, text, requests, wall))


def assert_no_secret(error: BaseException) -> None:
    """No secret in the error's str, repr, traceback, pickle, or the requests it (or its chain) carries."""
    places = {
        "str": str(error),
        "repr": repr(error),
        "traceback": "".join(traceback.format_exception(error)),
        "pickle": pickle.dumps(error).decode("latin-1"),
    }
    restored = pickle.loads(pickle.dumps(error))
    assert type(restored) is type(error) and str(restored) == str(error)
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    for index, item in enumerate(chain):
        for request in _requests_of(item):
            places[f"request of #{index}"] = repr(dict(request.headers)) + str(request.url)
    for where, text in places.items():
        for secret in SECRETS:
            assert secret not in text, f"{secret!r} leaks in the {where} of {type(error).__name__}"


def _requests_of(error: BaseException) -> list[httpx2.Request]:
    found = []
    request = getattr(error, "_request", None) or getattr(error, "__dict__", {}).get("request")
    if isinstance(request, httpx2.Request):
        found.append(request)
    response = getattr(error, "response", None)
    if isinstance(response, httpx2.Response):
        found.append(response.request)
        found += [earlier.request for earlier in response.history]
    return found


def table(rows: list[Row] | None = None) -> str:
    lines = [f"{'case':<52} {'mode':<6} {'outcome':<24} {'requests':>8} {'wall s':>7}"]
    for row in ROWS if rows is None else rows:
        lines.append(f"{row.case:<52} {row.mode:<6} {row.outcome:<24} {row.requests:>8} {row.wall:7.2f}")
    return "\n".join(lines)
