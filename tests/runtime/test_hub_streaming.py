"""Server-sent event streams that break or stall raise typed errors instead of hanging."""

from __future__ import annotations

import asyncio
import time

import pytest
from local_server import Reply, sse_then_cut, sse_then_stall

from hfhub import AsyncHubClient, HubClient
from hfhub.errors import APIConnectionError, APITimeoutError, NotFoundError
from hfhub_api._request import Request

FIRST = b"event: log\ndata: one\n\n"


def test_complete_stream_yields_every_event(serve):
    body = b": keep-alive\n\ndata: one\n\nevent: metric\ndata: {\"x\": 1}\nid: 7\n\n"
    server = serve(lambda ex: Reply(200, body, {"Content-Type": "text/event-stream"}))
    with HubClient(endpoint=server.url, token=False) as hub:
        events = list(hub._stream(Request("GET", "/api/spaces/org/name/logs/run", kind="sse")))
    assert [(e.event, e.data, e.id) for e in events] == [("message", "one", None), ("metric", '{"x": 1}', "7")]
    assert events[1].json() == {"x": 1}


def test_stream_cut_in_the_middle_raises_a_connection_error(serve):
    server = serve(lambda ex: sse_then_cut(FIRST))
    received = []
    with HubClient(endpoint=server.url, token="hf_streamToken", max_retries=0, timeout=5) as hub:
        started = time.monotonic()
        with pytest.raises(APIConnectionError) as caught:
            for event in hub._stream(Request("GET", "/api/stream", kind="sse")):
                received.append(event.data)
    assert received == ["one"]
    assert not isinstance(caught.value, APITimeoutError)  # detected at once, not by waiting
    assert time.monotonic() - started < 2
    assert "hf_streamToken" not in str(caught.value)


def test_stalled_stream_raises_a_timeout_error(serve):
    servers = {}
    server = serve(lambda ex: sse_then_stall(servers["s"], FIRST))
    servers["s"] = server
    received = []
    with HubClient(endpoint=server.url, token=False, timeout=0.3) as hub:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            for event in hub._stream(Request("GET", "/api/stream", kind="sse")):
                received.append(event.data)
    assert received == ["one"]
    assert time.monotonic() - started < 3


def test_stream_answered_with_an_error_status_raises_with_the_server_message(serve):
    server = serve(lambda ex: Reply(404, {"error": "Space not found"}, {"X-Error-Code": "RepoNotFound"}))
    with HubClient(endpoint=server.url, token=False) as hub:
        with pytest.raises(NotFoundError) as caught:
            hub._stream(Request("GET", "/api/spaces/org/name/logs/run", kind="sse"))
    assert caught.value.server_message == "Space not found"


def test_with_options_timeout_applies_to_the_shared_client(serve):
    servers = {}
    server = serve(lambda ex: sse_then_stall(servers["s"], FIRST))
    servers["s"] = server
    with HubClient(endpoint=server.url, token=False, timeout=30) as hub:
        quick = hub.with_options(timeout=0.3)
        assert quick._http is hub._http
        with pytest.raises(APITimeoutError):
            list(quick._stream(Request("GET", "/api/stream", kind="sse")))


def test_async_stream_cut_in_the_middle_raises_a_connection_error(serve):
    server = serve(lambda ex: sse_then_cut(FIRST))

    async def main(received):
        async with AsyncHubClient(endpoint=server.url, token=False, max_retries=0, timeout=5) as hub:
            stream = await hub._stream(Request("GET", "/api/stream", kind="sse"))
            async for event in stream:
                received.append(event.data)

    received: list[str] = []
    with pytest.raises(APIConnectionError) as caught:
        asyncio.run(main(received))
    assert received == ["one"]
    assert not isinstance(caught.value, APITimeoutError)


def test_async_stalled_stream_raises_a_timeout_error(serve):
    servers = {}
    server = serve(lambda ex: sse_then_stall(servers["s"], FIRST))
    servers["s"] = server

    async def main():
        async with AsyncHubClient(endpoint=server.url, token=False, timeout=0.3) as hub:
            stream = await hub._stream(Request("GET", "/api/stream", kind="sse"))
            return [event.data async for event in stream]

    with pytest.raises(APITimeoutError):
        asyncio.run(main())
