"""Retries against real servers: what is sent again, how often, and after how long."""

from __future__ import annotations

import asyncio
from email.utils import format_datetime
from datetime import datetime, timezone

import pytest
from local_server import Reply, closed_port_url, drop_connection

from hfhub import AsyncHubClient, HubClient
from hfhub_api._retry import RetryPolicy, server_delay
from hfhub.errors import APIConnectionError, NotFoundError, RateLimitError, ServerError
from hfhub_api._request import Request


def scripted(*answers):
    """A handler giving ``answers`` in order, then the last one forever."""
    queue = list(answers)

    def handler(exchange):
        return queue.pop(0) if len(queue) > 1 else queue[0]

    return handler


OK = Reply(200, {"ok": True})


def test_429_with_retry_after_waits_what_the_server_asked(serve, policy, sleeps):
    server = serve(scripted(Reply(429, {"error": "slow down"}, {"Retry-After": "3"}), OK))
    with HubClient(endpoint=server.url, token=False, max_retries=policy) as hub:
        assert hub._send(Request("GET", "/api/x")) == {"ok": True}
    assert server.count == 2
    assert sleeps == [3.0]


def test_429_with_an_exhausted_ratelimit_header_waits_for_its_reset(serve, policy, sleeps):
    server = serve(scripted(Reply(429, headers={"RateLimit": '"api";r=0;t=12'}), OK))
    with HubClient(endpoint=server.url, token=False, max_retries=policy) as hub:
        assert hub._send(Request("GET", "/api/x")) == {"ok": True}
    assert sleeps == [12.0]


def test_503_twice_then_success_backs_off_exponentially(serve, policy, sleeps):
    server = serve(scripted(Reply(503), Reply(503), OK))
    with HubClient(endpoint=server.url, token=False, max_retries=policy) as hub:
        assert hub._send(Request("GET", "/api/x")) == {"ok": True}
    assert server.count == 3
    assert sleeps == [0.5, 1.0]


def test_gives_up_after_max_retries_with_the_last_error(serve, policy, sleeps):
    server = serve(scripted(Reply(502, {"error": "bad gateway"})))
    with HubClient(endpoint=server.url, token=False, max_retries=policy) as hub:
        with pytest.raises(ServerError) as caught:
            hub._send(Request("GET", "/api/x"))
    assert caught.value.status_code == 502
    assert server.count == 3
    assert len(sleeps) == 2


def test_post_that_fails_with_500_is_sent_once(serve, policy, sleeps):
    server = serve(scripted(Reply(500), OK))
    with HubClient(endpoint=server.url, token=False, max_retries=policy) as hub:
        with pytest.raises(ServerError):
            hub._send(Request("POST", "/api/repos/create", json={"name": "x"}))
    assert server.count == 1
    assert sleeps == []


def test_post_that_is_rate_limited_is_sent_again_after_the_wait(serve, policy, sleeps):
    # A 429 refused the request before applying it: sending it again cannot apply it twice.
    server = serve(scripted(Reply(429, headers={"Retry-After": "1"}), OK))
    with HubClient(endpoint=server.url, token=False, max_retries=policy) as hub:
        assert hub._send(Request("POST", "/api/x", json={})) == {"ok": True}
    assert server.count == 2
    assert sleeps == [1.0]


def test_retry_after_beyond_the_maximum_wait_raises_at_once(serve, policy, sleeps):
    server = serve(scripted(Reply(429, headers={"Retry-After": "3600"}), OK))
    with HubClient(endpoint=server.url, token=False, max_retries=policy) as hub:
        with pytest.raises(RateLimitError) as caught:
            hub._send(Request("GET", "/api/x"))
    assert caught.value.retry_after == 3600.0
    assert server.count == 1
    assert sleeps == []


def test_client_errors_are_not_retried(serve, policy, sleeps):
    server = serve(scripted(Reply(404, {"error": "nope"}), OK))
    with HubClient(endpoint=server.url, token=False, max_retries=policy) as hub:
        with pytest.raises(NotFoundError):
            hub._send(Request("GET", "/api/x"))
    assert server.count == 1


def test_idempotent_request_is_resent_after_a_dropped_connection(serve, policy, sleeps):
    server = serve(scripted(drop_connection, OK))
    with HubClient(endpoint=server.url, token=False, max_retries=policy) as hub:
        assert hub._send(Request("PUT", "/api/x", json={"a": 1})) == {"ok": True}
    assert server.count == 2
    assert [e.body for e in server.exchanges] == [b'{"a":1}', b'{"a":1}']


def test_post_is_not_resent_after_a_dropped_connection(serve, policy, sleeps):
    server = serve(scripted(drop_connection, OK))
    with HubClient(endpoint=server.url, token=False, max_retries=policy) as hub:
        with pytest.raises(APIConnectionError):
            hub._send(Request("POST", "/api/x", json={"a": 1}))
    assert server.count == 1
    assert sleeps == []


def test_refused_connection_is_retried_even_for_post(policy, sleeps):
    with HubClient(endpoint=closed_port_url(), token=False, max_retries=policy) as hub:
        with pytest.raises(APIConnectionError) as caught:
            hub._send(Request("POST", "/api/x", json={}))
    assert sleeps == [0.5, 1.0]
    assert caught.value.status_code is None


def test_with_options_max_retries_zero_sends_once(serve, policy, sleeps):
    server = serve(scripted(Reply(503), OK))
    with HubClient(endpoint=server.url, token=False, max_retries=policy) as hub:
        with pytest.raises(ServerError):
            hub.with_options(max_retries=0)._send(Request("GET", "/api/x"))
        assert server.count == 1
        assert hub._send(Request("GET", "/api/x")) == {"ok": True}


def test_a_retried_stream_closes_the_failed_response_and_streams_the_next(serve, policy, sleeps):
    events = Reply(200, b"data: one\n\n", {"Content-Type": "text/event-stream"})
    server = serve(scripted(Reply(503), events))
    with HubClient(endpoint=server.url, token=False, max_retries=policy) as hub:
        stream = hub._stream(Request("GET", "/api/logs", kind="sse"))
        assert [e.data for e in stream] == ["one"]
    assert server.count == 2


# Async: the same decisions, with awaited sleeps.


def test_async_429_with_retry_after_then_success(serve, policy, sleeps):
    server = serve(scripted(Reply(429, headers={"Retry-After": "2"}), OK))

    async def main():
        async with AsyncHubClient(endpoint=server.url, token=False, max_retries=policy) as hub:
            return await hub._send(Request("GET", "/api/x"))

    assert asyncio.run(main()) == {"ok": True}
    assert server.count == 2
    assert sleeps == [2.0]


def test_async_503_twice_then_success(serve, policy, sleeps):
    server = serve(scripted(Reply(503), Reply(503), OK))

    async def main():
        async with AsyncHubClient(endpoint=server.url, token=False, max_retries=policy) as hub:
            return await hub._send(Request("GET", "/api/x"))

    assert asyncio.run(main()) == {"ok": True}
    assert sleeps == [0.5, 1.0]


def test_async_post_500_is_sent_once(serve, policy, sleeps):
    server = serve(scripted(Reply(500), OK))

    async def main():
        async with AsyncHubClient(endpoint=server.url, token=False, max_retries=policy) as hub:
            await hub._send(Request("POST", "/api/x", json={}))

    with pytest.raises(ServerError):
        asyncio.run(main())
    assert server.count == 1
    assert sleeps == []


def test_async_refused_connection_is_retried(sleeps, policy):
    async def main():
        async with AsyncHubClient(endpoint=closed_port_url(), token=False, max_retries=policy) as hub:
            await hub._send(Request("GET", "/api/x"))

    with pytest.raises(APIConnectionError):
        asyncio.run(main())
    assert sleeps == [0.5, 1.0]


# The policy alone.


def test_backoff_has_full_jitter_and_a_cap():
    assert RetryPolicy(random=lambda: 1.0).backoff(0) == 0.5
    assert RetryPolicy(random=lambda: 1.0).backoff(10) == 8.0
    assert RetryPolicy(random=lambda: 0.25).backoff(2) == 0.5
    assert RetryPolicy(random=lambda: 0.0).backoff(3) == 0.0


def test_policy_rejects_negative_retries():
    with pytest.raises(ValueError):
        RetryPolicy(-1)


@pytest.mark.parametrize(
    ("headers", "rate_limited", "expected"),
    [
        ({"retry-after": "7"}, False, 7.0),
        ({"retry-after": "1.5"}, True, 1.5),
        ({"retry-after": "soon"}, True, None),
        ({"ratelimit": '"api";r=0;t=55'}, True, 55.0),
        ({"ratelimit": '"api";r=12;t=55'}, True, None),
        ({"ratelimit": '"api";r=0;t=55'}, False, None),
        ({"ratelimit": '"burst";r=0;t=5, "daily";r=0;t=30'}, True, 30.0),
        ({"ratelimit": '"burst";r=3;t=5, "daily";r=0;t=30'}, True, 30.0),
        ({"ratelimit": "limit=100, remaining=0, reset=12"}, True, 12.0),
        ({"ratelimit-reset": "9"}, True, 9.0),
        ({"x-ratelimit-reset": "4"}, True, 4.0),
        ({"x-ratelimit-reset": "1700000020"}, True, 20.0),
        ({"retry-after": "2", "ratelimit": '"api";r=0;t=55'}, True, 2.0),
        ({}, True, None),
    ],
)
def test_server_delay_reads_every_header_form(headers, rate_limited, expected):
    assert server_delay(headers, rate_limited=rate_limited, now=1_700_000_000.0) == expected


def test_retry_after_as_an_http_date():
    now = 1_700_000_000.0
    when = format_datetime(datetime.fromtimestamp(now + 42, timezone.utc), usegmt=True)
    assert server_delay({"retry-after": when}, now=now) == 42.0
    past = format_datetime(datetime.fromtimestamp(now - 42, timezone.utc), usegmt=True)
    assert server_delay({"retry-after": past}, now=now) == 0.0
