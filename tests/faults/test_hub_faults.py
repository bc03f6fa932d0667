"""The Hub fault matrix: each fault played on the wire, sync and async; outcome, requests received and wall time.

``pytest tests/faults -q`` prints the table at the end (``hub_matrix.table()``).
"""

from __future__ import annotations

import asyncio
import email.utils
import gc
import json
import threading
import time
import warnings

import httpx2
import pytest
from fault_server import Drip, Raw, Reply, ResetAfterRead, ResetBeforeRead, Stall, until
from hub_matrix import COOKIE, CUSTOM, MODES, TOKEN, record, run

from hfhub import AsyncHubClient, HubClient
from hfhub_api._request import Request
from hfhub.errors import (
    APIConnectionError,
    APITimeoutError,
    HubError,
    InvalidRequestError,
    InvalidResponseError,
    PaginationError,
    RateLimitError,
)

REFS = {"branches": [{"name": "main", "ref": "refs/heads/main", "targetCommit": "abc"}], "tags": [], "converts": []}
MARGIN = 1.5  # seconds over a deadline that a loaded machine may add


def list_refs(hub):
    return hub.models.list_refs("org/name")


def create_branch(hub):
    return hub.models.create_branch("org/name", "feature")


def list_models(hub):
    return hub.models.list()


@pytest.fixture(params=MODES)
def mode(request) -> str:
    return request.param


# -- bounded time ----------------------------------------------------------------------------


def test_silent_server_with_timeout(mode, fault_server):
    server = fault_server(Stall())
    outcome, wall = run(mode, server.url, list_refs, timeout=2)
    record("silent server, timeout=2", mode, outcome, server.count, wall)
    assert isinstance(outcome, APITimeoutError)
    assert server.count == 1
    assert 1.9 < wall < 2 + MARGIN


def test_silent_server_with_the_default_deadline(mode, clock):
    """The default deadline (60 s) on a virtual clock: one attempt, read bound to 60 s, no retry past it.

    A silent server on a real socket with a 2 s timeout is played above; here the transport
    stands in for 60 s of silence, so the case costs no minute of wall time.
    """
    seen: list[dict] = []

    def silent(request: httpx2.Request) -> httpx2.Response:
        timeouts = request.extensions["timeout"]
        seen.append(timeouts)
        clock.advance(timeouts["read"])
        raise httpx2.ReadTimeout("silent", request=request)

    async def asilent(request: httpx2.Request) -> httpx2.Response:
        return silent(request)

    transport = httpx2.MockTransport(silent if mode == "sync" else asilent)
    if mode == "sync":
        with HubClient(endpoint="http://127.0.0.1:9") as hub:
            hub._http_client = httpx2.Client(transport=transport)
            with pytest.raises(APITimeoutError):
                list_refs(hub)
    else:

        async def go() -> None:
            async with AsyncHubClient(endpoint="http://127.0.0.1:9") as hub:
                hub._http_client = httpx2.AsyncClient(transport=transport)
                with pytest.raises(APITimeoutError):
                    await list_refs(hub)

        asyncio.run(go())
    assert seen == [{"connect": 10.0, "read": 60.0, "write": 60.0, "pool": 60.0}]
    assert clock.now == 1060.0


def test_body_dripped_past_the_deadline(mode, fault_server):
    body = json.dumps(REFS).encode()
    server = fault_server(Drip(body, interval=0.25))
    outcome, wall = run(mode, server.url, list_refs, timeout=2)
    record("body dripped past the deadline, timeout=2", mode, outcome, server.count, wall)
    assert isinstance(outcome, APITimeoutError)
    assert server.count == 1
    assert wall < 2 + MARGIN


def test_429_with_retry_after_in_seconds(mode, fault_server, clock):
    server = fault_server(Reply(429, {"error": "slow down"}, {"Retry-After": "1"}), Reply(200, REFS))
    outcome, _ = run(mode, server.url, list_refs, timeout=10, max_retries=clock.policy())
    record("429 Retry-After: 1, then 200 (virtual clock)", mode, outcome, server.count, clock.elapsed)
    assert outcome.branches[0].name == "main"
    assert server.count == 2
    assert clock.slept == [1.0]


def test_429_with_retry_after_as_an_http_date(mode, fault_server, clock):
    server = fault_server(Reply(200, REFS))
    when = email.utils.formatdate(time.time() + 2, usegmt=True)  # whole seconds: between 1 and 2 s from now
    server.script(Reply(429, b"", {"Retry-After": when}), Reply(200, REFS))
    outcome, _ = run(mode, server.url, list_refs, timeout=10, max_retries=clock.policy())
    record("429 Retry-After: <HTTP date +2 s>, then 200 (virtual clock)", mode, outcome, server.count, clock.elapsed)
    assert outcome.branches[0].name == "main"
    assert server.count == 2
    assert len(clock.slept) == 1 and 0.5 < clock.slept[0] <= 2


def test_retry_after_longer_than_the_time_left_raises_at_once(mode, fault_server):
    server = fault_server(Reply(429, b"", {"Retry-After": "20"}), Reply(200, REFS))
    outcome, wall = run(mode, server.url, list_refs, timeout=2)
    record("429 Retry-After: 20, timeout=2", mode, outcome, server.count, wall)
    assert isinstance(outcome, RateLimitError)
    assert outcome.retry_after == 20
    assert server.count == 1
    assert wall < 1


def test_503_twice_then_200(mode, fault_server):
    server = fault_server(Reply(503), Reply(503), Reply(200, REFS))
    outcome, wall = run(mode, server.url, list_refs, timeout=10)
    record("503, 503, then 200", mode, outcome, server.count, wall)
    assert outcome.branches[0].name == "main"
    assert server.count == 3
    assert wall < 1.5 + MARGIN  # two backoffs of at most 0.5 s and 1 s


def test_503_until_the_deadline(mode, fault_server, clock):
    server = fault_server(Reply(503, b"", {"Retry-After": "0.45"}))
    outcome, _ = run(mode, server.url, list_refs, timeout=2, max_retries=clock.policy(100))
    record("503 Retry-After: 0.45 forever, timeout=2 (virtual clock)", mode, outcome, server.count, clock.elapsed)
    assert isinstance(outcome, HubError) and outcome.status_code == 503
    # Sent at 0, 0.45, 0.9, 1.35 and 1.8 s; the next wait is longer than the 0.2 s left: the 503 is raised.
    assert clock.slept == [0.45] * 4 and server.count == 5
    assert clock.elapsed <= 2


# -- nothing re-sent that may have been applied -----------------------------------------------


def test_reset_before_the_response_retries_a_get(mode, fault_server):
    server = fault_server(ResetAfterRead(), ResetAfterRead(), Reply(200, REFS))
    outcome, wall = run(mode, server.url, list_refs, timeout=10)
    record("reset after the request (GET)", mode, outcome, server.count, wall)
    assert outcome.branches[0].name == "main"
    assert server.count == 3
    assert wall < 1.5 + MARGIN


def test_reset_before_the_response_does_not_resend_a_post(mode, fault_server):
    server = fault_server(ResetAfterRead(), Reply(200, {}))
    outcome, wall = run(mode, server.url, create_branch, timeout=10)
    record("reset after the request (POST)", mode, outcome, server.count, wall)
    assert isinstance(outcome, APIConnectionError)
    assert server.count == 1
    assert wall < MARGIN


def test_reset_before_reading_does_not_resend_a_post(mode, fault_server):
    server = fault_server(ResetBeforeRead(), Reply(200, {}))
    outcome, wall = run(mode, server.url, create_branch, timeout=10)
    record("reset before reading the request (POST)", mode, outcome, server.count, wall)
    assert isinstance(outcome, APIConnectionError)
    assert server.count == 1
    assert wall < MARGIN


# -- bodies ------------------------------------------------------------------------------------


def test_a_50_mb_body_is_read(mode, fault_server):
    body = json.dumps({**REFS, "padding": "x" * 50_000_000}).encode()
    server = fault_server(Reply(200, body, {"Content-Type": "application/json"}))
    outcome, wall = run(mode, server.url, list_refs, timeout=60)
    record("50 MB body", mode, outcome, server.count, wall)
    assert outcome.branches[0].name == "main"
    assert server.count == 1
    assert wall < 30


def test_malformed_json_with_a_200(mode, fault_server):
    server = fault_server(Reply(200, b'{"branches": [', {"Content-Type": "application/json"}))
    outcome, wall = run(mode, server.url, list_refs)
    record("malformed JSON with a 200", mode, outcome, server.count, wall)
    assert isinstance(outcome, InvalidResponseError)
    assert outcome.status_code == 200
    assert server.count == 1
    assert wall < MARGIN


def test_broken_gzip(mode, fault_server):
    server = fault_server(Reply(200, b"this is not gzip", {"Content-Encoding": "gzip", "Content-Type": "application/json"}))
    outcome, wall = run(mode, server.url, list_refs)
    record("broken gzip body", mode, outcome, server.count, wall)
    assert isinstance(outcome, InvalidResponseError)
    assert server.count == 1
    assert wall < MARGIN


def test_broken_http(mode, fault_server):
    server = fault_server(Raw(b"HTTP/1.1 200 OK\r\nContent-Length: nonsense\r\n\r\n{}"))
    outcome, wall = run(mode, server.url, list_refs, max_retries=0)
    record("malformed status/headers (protocol error)", mode, outcome, server.count, wall)
    assert isinstance(outcome, APIConnectionError)
    assert server.count == 1
    assert wall < MARGIN


def test_redirect_loop(mode, fault_server):
    server = fault_server(Reply(302, b"", {"Location": "/api/models/org/name/refs"}))
    outcome, wall = run(mode, server.url, list_refs)
    record("redirect loop", mode, outcome, server.count, wall)
    assert isinstance(outcome, InvalidResponseError)
    assert server.count == 21  # httpx2 follows 20 redirects
    assert wall < 5


# -- pagination ------------------------------------------------------------------------------


def _pages(base: str, links: dict[str, str | None]):
    """A responder for ``/api/models?p=N``: one model per page, ``Link`` as ``links`` says."""

    def respond(request, index):
        page = request.query.get("p", "1")
        headers = {}
        if links.get(page):
            headers["Link"] = f'<{links[page]}>; rel="next"'
        return Reply(200, [{"id": f"org/model-{page}"}], headers)

    return respond


def test_link_loop(mode, fault_server):
    server = fault_server()
    server.respond_with(_pages(server.url, {"1": f"{server.url}/api/models?p=2", "2": f"{server.url}/api/models"}))
    outcome, wall = run(mode, server.url, list_models)
    record("Link loop (page 2 -> page 1)", mode, outcome, server.count, wall)
    assert isinstance(outcome, PaginationError)
    assert server.count == 2
    assert wall < MARGIN


def test_page_cap(mode, fault_server):
    server = fault_server()
    server.respond_with(lambda request, index: Reply(200, [{"id": f"m{index}"}], {"Link": f'</api/models?p={index + 2}>; rel="next"'}))
    outcome, wall = run(mode, server.url, list_models, max_pages=5)
    record("endless Link chain, max_pages=5", mode, outcome, server.count, wall)
    assert isinstance(outcome, PaginationError)
    assert server.count == 5
    assert wall < MARGIN


def test_link_to_another_origin_gets_no_caller_header(mode, fault_server):
    other = fault_server(host="127.0.0.2")
    other.respond_with(_pages(other.url, {}))
    server = fault_server()
    server.respond_with(_pages(server.url, {"1": f"{other.url}/api/models?p=2"}))
    headers = {"Cookie": COOKIE, "X-Custom": CUSTOM}
    outcome, wall = run(mode, server.url, list_models, headers=headers)
    record("Link to 127.0.0.2 (token, cookie, header)", mode, outcome, server.count + other.count, wall)
    assert [m.id for m in outcome] == ["org/model-1", "org/model-2"]
    first, = server.requests
    assert first.headers["authorization"] == f"Bearer {TOKEN}" and first.headers["x-custom"] == CUSTOM
    foreign, = other.requests
    assert not {"authorization", "cookie", "x-custom"} & set(foreign.headers)
    assert foreign.headers["user-agent"].startswith("hfhub/")


def test_link_that_is_not_a_url(mode, fault_server):
    server = fault_server(Reply(200, [{"id": "a/b"}], {"Link": '<http://[::1/x>; rel="next"'}))
    outcome, wall = run(mode, server.url, list_models)
    record("Link that is not a valid URL", mode, outcome, server.count, wall)
    assert isinstance(outcome, InvalidResponseError)
    assert server.count == 1


# -- bad input, refused before sending ----------------------------------------------------------


@pytest.mark.parametrize("endpoint", ["http://127.0.0.1:99999999", "http://[::1", "http://host\x01/"])
def test_invalid_url(mode, endpoint):
    started = time.monotonic()
    with pytest.raises(InvalidRequestError) as caught:
        (HubClient if mode == "sync" else AsyncHubClient)(endpoint=endpoint, token=TOKEN)
    record(f"invalid endpoint URL {endpoint!r}", mode, caught.value, 0, time.monotonic() - started)
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize("name, value", [("X-Bad", "a\r\nInjected: yes"), ("X-Bad", "caf\u00e9 \u2615"), ("X Bad", "v")])
def test_header_that_http_cannot_carry(mode, fault_server, name, value):
    server = fault_server(Reply(200, REFS))
    started = time.monotonic()
    with pytest.raises(InvalidRequestError) as caught:
        (HubClient if mode == "sync" else AsyncHubClient)(endpoint=server.url, token=TOKEN, headers={name: value})
    record(f"header {name!r}: {value!r}"[:52], mode, caught.value, server.count, time.monotonic() - started)
    assert isinstance(caught.value, ValueError)
    assert repr(name) in str(caught.value)
    assert server.count == 0


def test_request_header_that_http_cannot_carry(mode, fault_server):
    server = fault_server(Reply(200, REFS))
    bad = Request("GET", "/api/models/org/name/refs", headers={"X-Revision": "main\r\nX-Injected: 1"})
    outcome, wall = run(mode, server.url, lambda hub: hub._send(bad))
    record("per-request header with CR/LF", mode, outcome, server.count, wall)
    assert isinstance(outcome, InvalidRequestError) and isinstance(outcome, ValueError)
    assert "'X-Revision'" in str(outcome)
    assert server.count == 0


def test_credentials_that_http_cannot_carry_are_refused_without_showing_them(mode, fault_server):
    server = fault_server(Reply(200, REFS))
    cls = HubClient if mode == "sync" else AsyncHubClient
    with pytest.raises(ValueError) as from_token:
        cls(endpoint=server.url, token="hf_abc\u00e9def")
    with pytest.raises(InvalidRequestError) as from_header:
        cls(endpoint=server.url, headers={"Authorization": "Bearer hf_abc\r\ndef"})
    assert "Authorization" in str(from_header.value)
    for caught in (from_token, from_header):
        assert "hf_abc" not in str(caught.value)
    assert server.count == 0


# -- streams -----------------------------------------------------------------------------------

EVENT = b"event: log\ndata: line\n\n"
STREAM_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"


def _chunk(data: bytes) -> bytes:
    return b"%x\r\n%s\r\n" % (len(data), data)


def test_stream_longer_than_timeout_is_not_cut(fault_server):
    server = fault_server(Drip(STREAM_HEAD + _chunk(EVENT) * 8 + b"0\r\n\r\n", interval=0.3, chunk=len(_chunk(EVENT)), raw=True))
    started = time.monotonic()
    with HubClient(endpoint=server.url, token=TOKEN, timeout=1) as hub:
        received = [e.data for e in hub.spaces.stream_logs("org/space", "run")]
    wall = time.monotonic() - started
    record("stream of 2.4 s, timeout=1 between events", "sync", received, server.count, wall)
    assert received == ["line"] * 8
    assert wall > 2


def test_stalled_stream_raises_after_the_idle_timeout(mode, fault_server):
    server = fault_server(Raw(STREAM_HEAD + _chunk(EVENT), stall=True))
    started = time.monotonic()
    received: list[str] = []
    if mode == "sync":
        with HubClient(endpoint=server.url, token=TOKEN, timeout=1) as hub:
            with pytest.raises(APITimeoutError) as caught:
                for event in hub.spaces.stream_logs("org/space", "run"):
                    received.append(event.data)
    else:

        async def go():
            async with AsyncHubClient(endpoint=server.url, token=TOKEN, timeout=1) as hub:
                async for event in await hub.spaces.stream_logs("org/space", "run"):
                    received.append(event.data)

        with pytest.raises(APITimeoutError) as caught:
            asyncio.run(go())
    wall = time.monotonic() - started
    record("stream stalls after one event, timeout=1", mode, caught.value, server.count, wall)
    assert received == ["line"]
    assert wall < 1 + MARGIN


# -- cancellation, threads, load ------------------------------------------------------------------


def test_cancelled_async_call_leaks_no_connection(fault_server):
    server = fault_server(Stall())

    async def go():
        async with AsyncHubClient(endpoint=server.url, token=TOKEN, timeout=30, max_concurrency=1) as hub:
            task = asyncio.create_task(hub.models.list_refs("org/name"))
            assert await asyncio.to_thread(server.wait_for_requests, 1)  # the call is waiting for its answer
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            closed = await asyncio.to_thread(server.wait_closed, 3)
            server.script(Reply(200, REFS))
            after = await asyncio.wait_for(hub.models.list_refs("org/name"), 5)  # its only slot was given back
            return closed, after

    started = time.monotonic()
    closed, after = asyncio.run(go())
    record("async call cancelled while waiting", "async", "cancelled, conn. closed", server.count, time.monotonic() - started)
    assert closed
    assert after.branches[0].name == "main"
    assert server.count == 2


def test_cancelled_async_stream_leaks_no_connection(fault_server):
    server = fault_server(Raw(STREAM_HEAD + _chunk(EVENT), stall=True))
    received: list[str] = []

    async def read(hub):
        async for event in await hub.spaces.stream_logs("org/space", "run"):
            received.append(event.data)

    async def go():
        async with AsyncHubClient(endpoint=server.url, token=TOKEN, timeout=30) as hub:
            task = asyncio.create_task(read(hub))
            await until(lambda: received)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            return await asyncio.to_thread(server.wait_closed, 3)

    started = time.monotonic()
    closed = asyncio.run(go())
    record("async stream cancelled after one event", "async", "cancelled, conn. closed", server.count, time.monotonic() - started)
    assert closed
    assert received == ["line"]


def test_sync_stream_dropped_unread_releases_its_connection(fault_server):
    server = fault_server(Raw(STREAM_HEAD + _chunk(EVENT), stall=True))
    started = time.monotonic()
    with HubClient(endpoint=server.url, token=TOKEN, timeout=30) as hub:
        stream = hub.spaces.stream_logs("org/space", "run")
        assert server.open_connections == 1
        del stream
        gc.collect()
        closed = server.wait_closed(3)
    record("sync stream dropped unread", "sync", "conn. closed", server.count, time.monotonic() - started)
    assert closed


def test_sixteen_threads_first_use_create_one_http_client(fault_server, monkeypatch):
    server = fault_server(Reply(200, REFS))
    created: list[httpx2.Client] = []
    original = httpx2.Client.__init__

    def slow_init(self, *args, **kwargs):
        created.append(self)
        time.sleep(0.05)  # as long as building a TLS context can take: every thread gets to the check
        original(self, *args, **kwargs)

    monkeypatch.setattr(httpx2.Client, "__init__", slow_init)
    hub = HubClient(endpoint=server.url, token=TOKEN)
    start = threading.Barrier(16)
    results = []

    def first_call():
        start.wait()
        results.append(hub.models.list_refs("org/name"))

    started = time.monotonic()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        threads = [threading.Thread(target=first_call) for _ in range(16)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        hub.close()
        gc.collect()
    record("16 threads, first call at once", "sync", f"ok, {len(created)} httpx2 client", server.count, time.monotonic() - started)
    assert len(results) == 16
    assert len(created) == 1 and created[0].is_closed
    assert not [w for w in caught if issubclass(w.category, ResourceWarning)]
    assert server.wait_closed(3)


def test_two_thousand_gathered_async_calls_all_succeed(fault_server):
    server = fault_server(Reply(200, REFS))

    async def go():
        async with AsyncHubClient(endpoint=server.url, token=TOKEN) as hub:
            return await asyncio.gather(*(hub.models.list_refs("org/name") for _ in range(2000)), return_exceptions=True)

    started = time.monotonic()
    results = asyncio.run(go())
    wall = time.monotonic() - started
    failures = [r for r in results if isinstance(r, BaseException)]
    record("2,000 gathered calls, defaults", "async", [r for r in results if r not in failures], server.count, wall)
    assert not failures
    assert server.count == 2000
    assert wall < 60


@pytest.mark.parametrize("repo_id", ["org/name\n", "org\n/name", "org/name\r"])
def test_repo_id_with_a_line_break_is_refused_before_sending(mode, fault_server, repo_id):
    server = fault_server(Reply(200, REFS))
    with pytest.raises(ValueError):
        run(mode, server.url, lambda hub: hub.models.list_refs(repo_id))
    assert server.count == 0
