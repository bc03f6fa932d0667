"""Every operation, called through the client, puts exactly the request the spec describes on the wire.

Prism accepts a literal ``%7Bid%7D`` as a path value; this test does not: it fills each path
template itself (``wire_cases``), calls the public method against a loopback server and compares
the raw request line, query and JSON body that arrived.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any, Iterator
from urllib.parse import parse_qsl

import pytest

import hfhub
import hfhub_api
from local_server import Exchange, LocalServer, Reply

from .generated_methods import generated_method
from tooling.pinned import load_spec
from .wire_cases import METHODS, NO_BODY, WireCase, operations, plan

KEYS = list(operations())


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    # An empty 200 reads as no result, an empty page and an empty event stream alike.
    with LocalServer(lambda exchange: Reply(200, b"")) as local:
        yield local


def _drain(result: Any) -> None:
    """Paginators and event streams send (or finish) their request only when read."""
    if isinstance(result, (hfhub_api.Paginator, hfhub_api.EventStream)):
        list(result)


async def _adrain(result: Any) -> None:
    if asyncio.iscoroutine(result):
        result = await result
    if isinstance(result, (hfhub_api.AsyncPaginator, hfhub_api.AsyncEventStream)):
        async for _ in result:
            pass


def _check(case: WireCase, exchanges: list[Exchange]) -> None:
    assert len(exchanges) == 1, [e.target for e in exchanges]
    sent = exchanges[0]
    raw_path, _, raw_query = sent.target.partition("?")
    assert sent.method == case.method
    assert raw_path == case.path, f"{case.key}: sent {raw_path}"
    assert not any(mark in raw_path.lower() for mark in ("{", "}", "%7b", "%7d", "%25")), raw_path
    assert sorted(parse_qsl(raw_query, keep_blank_values=True)) == sorted(case.query)
    if case.body is NO_BODY:
        assert sent.body == b""
    else:
        assert sent.headers.get("content-type") == "application/json"
        assert json.loads(sent.body) == case.body


def test_the_wire_cases_cover_every_operation_of_the_spec_and_our_additions():
    published = {f"{m.upper()} {p}" for p, item in load_spec()["paths"].items() for m in item if m in METHODS}
    assert published <= set(KEYS)
    assert set(KEYS) == set(hfhub_api.OPERATIONS)


@pytest.mark.parametrize("key", KEYS)
def test_sync_call_sends_the_spec_request(key: str, server: LocalServer) -> None:
    with hfhub.HubClient(token=False, endpoint=server.url, max_retries=0) as hub:
        method = generated_method(hub, hfhub_api.OPERATIONS[key])
        case = plan(key, method)
        assert case.problems == [], case.problems
        server.exchanges.clear()
        _drain(method(*case.args, **case.kwargs))
    _check(case, server.exchanges)


@pytest.mark.parametrize("key", KEYS)
def test_async_call_sends_the_same_request(key: str, server: LocalServer) -> None:
    async def call() -> WireCase:
        async with hfhub.AsyncHubClient(token=False, endpoint=server.url, max_retries=0) as hub:
            method = generated_method(hub, hfhub_api.OPERATIONS[key])
            case = plan(key, method)
            assert case.problems == [], case.problems
            server.exchanges.clear()
            await _adrain(method(*case.args, **case.kwargs))
            return case

    case = asyncio.run(call())
    _check(case, server.exchanges)
