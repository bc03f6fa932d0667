"""The inference clients on a faulty wire: each case asserts the outcome, the requests the server got and a wall-time bound.

Every error is also searched for the token (``record`` runs ``assert_clean``). Time bounds only detect a
hang or a wait that ignores the deadline; they leave room for a loaded machine.
"""

from __future__ import annotations

import asyncio
import email.utils
import gzip
import json
import time

import httpx2
import pytest
from fault_server import Drip, Reply, ResetAfterRead, ResetBeforeRead, Stall, until
from inference_faults import (
    CLASSIFIED, GENERATED, LOADING, MODEL, MODES, SECRET, attempt, hf_inference, own_server, record, tgi_events,
)

from hfhub import AsyncInferenceClient, InferenceClient
from hfhub_api._retry import RetryPolicy
from hfhub.errors import APIConnectionError, APITimeoutError, InvalidResponseError, RateLimitError, ServerError
from hfhub.inference import InferenceStreamError, InferenceTimeoutError

SLACK = 2.5  # seconds a loaded machine may add to a bound


# -- bounded time --------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_silent_server_ends_at_the_timeout(mode: str, fault_server) -> None:
    server = fault_server(Stall())
    error, wall = attempt(mode, hf_inference(server, timeout=2), "text_classification", "hi")
    assert isinstance(error, InferenceTimeoutError) and error.status_code is None
    assert server.count == 1  # a POST that may be running is not sent again
    assert 1.5 <= wall < 2 + SLACK
    record("silent server, timeout=2", mode, error, server.count, wall)


@pytest.mark.parametrize("mode", MODES)
def test_a_silent_hub_during_the_provider_lookup_ends_at_the_timeout(mode: str, fault_server) -> None:
    server = fault_server(Stall())
    options = {"model": "org/model", "endpoint": server.url, "token": SECRET, "timeout": 2}  # provider "auto": asks the Hub
    error, wall = attempt(mode, options, "text_classification", "hi")
    assert isinstance(error, APITimeoutError) and server.requests[0].path == "/api/models/org/model"
    assert 1.5 <= wall < 2 + SLACK  # the lookup gets the time left of the call, not a timeout of its own per try
    record("silent Hub during the provider lookup, timeout=2", mode, error, server.count, wall)


@pytest.mark.parametrize("mode", MODES)
def test_the_default_timeout_is_finite_and_covers_every_wait(mode: str) -> None:
    seen: list[dict] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(request.extensions["timeout"])
        return httpx2.Response(200, json=CLASSIFIED)

    options = {"model": "org/model", "provider": "hf-inference", "token": False}
    if mode == "sync":
        with InferenceClient(http_client=httpx2.Client(transport=httpx2.MockTransport(handler)), **options) as client:
            assert client.timeout == 120.0
            client.text_classification("hi")
    else:

        async def run() -> None:
            async with httpx2.AsyncClient(transport=httpx2.MockTransport(handler)) as http:
                client = AsyncInferenceClient(http_client=http, **options)
                assert client.timeout == 120.0
                await client.text_classification("hi")

        asyncio.run(run())
    (timeouts,) = seen
    assert 100 < timeouts["read"] <= 120 and 100 < timeouts["pool"] <= 120 and timeouts["connect"] == 10


@pytest.mark.parametrize("mode", MODES)
def test_a_stalled_stream_ends_with_a_timeout(mode: str, fault_server) -> None:
    server = fault_server(Drip(tgi_events("Hello", " world"), interval=60, headers={"Content-Type": "text/event-stream"}))
    error, wall = attempt(mode, own_server(server, timeout=2), "text_generation", "hi", stream=True, consume=True)
    assert isinstance(error, InferenceTimeoutError) and "stalled" in str(error)
    assert server.count == 1 and wall < 2 + SLACK
    record("stream stalls after its head, timeout=2", mode, error, server.count, wall)


@pytest.mark.parametrize("mode", MODES)
def test_a_model_loading_forever_stops_at_the_deadline(mode: str, fault_server, clock) -> None:
    server = fault_server(Reply(503, LOADING, {"X-Request-Id": "req-9"}))
    error, _ = attempt(mode, hf_inference(server, timeout=2.5, max_retries=clock.policy()), "text_classification", "hi")
    assert isinstance(error, InferenceTimeoutError) and error.status_code == 503 and error.request_id == "req-9"
    assert server.requests[-1].headers.get("x-wait-for-model") == "1"
    # One request a second while the time allows another wait: at 0, 1 and 2 s; a third wait would pass 2.5 s.
    assert clock.slept == [1.0, 1.0] and server.count == 3
    record("503 loading forever, timeout=2.5 (virtual clock)", mode, error, server.count, clock.elapsed)


@pytest.mark.parametrize("mode", MODES)
def test_retry_after_beyond_the_deadline_raises_at_once(mode: str, fault_server) -> None:
    server = fault_server(Reply(429, {"error": "slow down"}, {"Retry-After": "30"}))
    error, wall = attempt(mode, hf_inference(server, timeout=5), "text_classification", "hi")
    assert isinstance(error, RateLimitError) and error.retry_after == 30.0
    assert server.count == 1 and wall < SLACK
    record("429 Retry-After: 30, timeout=5", mode, error, server.count, wall)


# -- what is sent again, and what is not ---------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("fault", [Reply(500, "boom"), Reply(502, "bad gateway"), Reply(503, "busy"), Reply(504, "gateway timeout"), ResetAfterRead()])
def test_a_post_that_may_have_run_is_sent_once(mode: str, fault, fault_server) -> None:
    server = fault_server(fault, Reply(200, CLASSIFIED))
    error, wall = attempt(mode, hf_inference(server), "text_classification", "hi")
    expected = APIConnectionError if isinstance(fault, ResetAfterRead) else ServerError
    assert isinstance(error, expected) and not isinstance(error, InferenceTimeoutError)
    assert server.count == 1 and wall < SLACK
    name = "reset after the request was read" if isinstance(fault, ResetAfterRead) else f"POST answered {fault.status}"
    record(name, mode, error, server.count, wall)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("fault", [Reply(500, "boom"), ResetAfterRead()])
def test_a_provider_described_as_data_sends_its_post_once(mode: str, fault, fault_server) -> None:
    mapping = {"id": MODEL, "inferenceProviderMapping": {"together": {"status": "live", "providerId": "t/m", "task": "conversational"}}}
    server = fault_server(Reply(200, mapping), fault, Reply(200, {"choices": []}))
    options = {"model": MODEL, "provider": "together", "router_url": server.url, "endpoint": server.url, "token": SECRET}
    error, wall = attempt(mode, options, "chat_completion", [{"role": "user", "content": "hi"}])
    assert isinstance(error, (ServerError, APIConnectionError)) and not isinstance(error, InferenceTimeoutError)
    assert server.count == 2 and wall < SLACK  # the provider lookup, then the chat POST once
    assert [r.method for r in server.requests] == ["GET", "POST"]


@pytest.mark.parametrize("mode", MODES)
def test_resend_posts_opts_into_sending_again(mode: str, fault_server) -> None:
    server = fault_server(Reply(502, "bad gateway"), ResetAfterRead(), Reply(200, CLASSIFIED))
    policy = RetryPolicy(2, base_delay=0.05)
    result, wall = attempt(mode, hf_inference(server, resend_posts=True, max_retries=policy), "text_classification", "hi")
    assert result[0].label == "POSITIVE"
    assert server.count == 3 and wall < SLACK
    record("502, reset, 200 with resend_posts=True", mode, result, server.count, wall)


@pytest.mark.parametrize("mode", MODES)
def test_connection_refused_is_retried(mode: str, fault_server) -> None:
    server = fault_server(ResetBeforeRead())
    url = server.url
    server.close()  # nothing listens on the port now: connections are refused
    attempts: list[str] = []
    policy = RetryPolicy(2, base_delay=0.05)
    options = {"model": "org/model", "provider": "hf-inference", "router_url": url, "token": SECRET, "max_retries": policy}
    started = time.monotonic()
    if mode == "sync":
        http = httpx2.Client(event_hooks={"request": [lambda request: attempts.append(request.method)]})
        with http, InferenceClient(http_client=http, **options) as client:
            with pytest.raises(APIConnectionError) as caught:
                client.text_classification("hi")
    else:

        async def note(request: httpx2.Request) -> None:
            attempts.append(request.method)

        async def run() -> None:
            async with httpx2.AsyncClient(event_hooks={"request": [note]}) as http:
                await AsyncInferenceClient(http_client=http, **options).text_classification("hi")

        with pytest.raises(APIConnectionError) as caught:
            asyncio.run(run())
    wall = time.monotonic() - started
    assert attempts == ["POST"] * 3 and wall < SLACK
    record("connection refused (attempts)", mode, caught.value, len(attempts), wall)


@pytest.mark.parametrize("mode", MODES)
def test_429_waits_the_seconds_of_retry_after(mode: str, fault_server, clock) -> None:
    server = fault_server(Reply(429, {"error": "slow down"}, {"Retry-After": "1"}), Reply(200, CLASSIFIED))
    result, _ = attempt(mode, hf_inference(server, max_retries=clock.policy()), "text_classification", "hi")
    assert result[0].score == 0.99
    assert server.count == 2 and clock.slept == [1.0]
    record("429 Retry-After: 1, then 200 (virtual clock)", mode, result, server.count, clock.elapsed)


@pytest.mark.parametrize("mode", MODES)
def test_429_waits_until_the_date_of_retry_after(mode: str, fault_server, clock) -> None:
    when = email.utils.formatdate(time.time() + 2, usegmt=True)  # whole seconds: a wait of 1 to 2 s
    server = fault_server(Reply(429, {"error": "slow down"}, {"Retry-After": when}), Reply(200, CLASSIFIED))
    result, _ = attempt(mode, hf_inference(server, max_retries=clock.policy()), "text_classification", "hi")
    assert result[0].label == "POSITIVE"
    assert server.count == 2 and len(clock.slept) == 1 and 0.5 <= clock.slept[0] <= 2
    record("429 Retry-After: HTTP date +2 s, then 200 (virtual clock)", mode, result, server.count, clock.elapsed)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("unavailable", [Reply(503, LOADING), Reply(503, "overloaded", {"Retry-After": "0"})], ids=["loading", "retry-after"])
def test_503_that_did_not_run_twice_then_200(mode: str, unavailable: Reply, fault_server, clock) -> None:
    server = fault_server(unavailable, unavailable, Reply(200, CLASSIFIED))
    result, _ = attempt(mode, hf_inference(server, max_retries=clock.policy()), "text_classification", "hi")
    assert result[0].label == "POSITIVE"
    kind = "loading" if unavailable.body == LOADING else "Retry-After: 0"
    assert server.count == 3 and clock.slept == ([1.0, 1.0] if kind == "loading" else [0.0, 0.0])
    record(f"503 {kind} twice, then 200 (virtual clock)", mode, result, server.count, clock.elapsed)


# -- nothing escapes hfhub.errors ----------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_a_redirect_loop_is_an_hfhub_error(mode: str, fault_server) -> None:
    server = fault_server()
    server.respond_with(lambda request, index: Reply(307, "", {"Location": request.target}))
    error, wall = attempt(mode, hf_inference(server), "text_classification", "hi")
    assert isinstance(error, InvalidResponseError) and "TooManyRedirects" in str(error)
    assert server.count == 21 and wall < SLACK  # the request and 20 redirects, each sent once
    record("307 redirect loop", mode, error, server.count, wall)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "case, answer, shown",
    [
        ("200 with HTML echoing the token", Reply(200, b"<html>not json " + SECRET.encode(), {"Content-Type": "text/html"}), "not JSON"),
        ("200 with undecodable bytes", Reply(200, b"\xff\xfe{", {"Content-Type": "application/json"}), "not JSON"),
        ("200 with a broken gzip body", Reply(200, b"this is not gzip", {"Content-Type": "application/json", "Content-Encoding": "gzip"}), "DecodingError"),
        ("200 with JSON of the wrong shape", Reply(200, b'"' + SECRET.encode() + b'"', {"Content-Type": "application/json"}), "could not be read"),
    ],
    ids=["html", "undecodable", "broken-gzip", "wrong-shape"],
)
def test_an_unreadable_answer_is_an_hfhub_error(mode: str, case: str, answer: Reply, shown: str, fault_server) -> None:
    server = fault_server(answer)
    error, wall = attempt(mode, hf_inference(server), "text_classification", "hi")
    assert isinstance(error, InvalidResponseError) and shown in str(error)
    assert server.count == 1 and wall < SLACK
    record(case, mode, error, server.count, wall)


@pytest.mark.parametrize("mode", MODES)
def test_a_gzip_answer_still_reads(mode: str, fault_server) -> None:
    body = gzip.compress(b'[[{"label": "POSITIVE", "score": 0.5}]]')
    server = fault_server(Reply(200, body, {"Content-Type": "application/json", "Content-Encoding": "gzip"}))
    result, _ = attempt(mode, hf_inference(server), "text_classification", "hi")
    assert result[0].score == 0.5


@pytest.mark.parametrize("mode", MODES)
def test_a_token_echoed_in_a_stream_error_event_is_scrubbed(mode: str, fault_server) -> None:
    event = b'data: {"error": "invalid credentials Bearer ' + SECRET.encode() + b' (token ' + SECRET.encode() + b')", "error_type": "validation"}\n\n'
    server = fault_server(Reply(200, event, {"Content-Type": "text/event-stream"}))
    error, wall = attempt(mode, own_server(server), "text_generation", "hi", stream=True, consume=True)
    assert isinstance(error, InferenceStreamError) and error.error_type == "validation"
    assert error.server_message == "invalid credentials [redacted] (token [redacted])"
    assert server.count == 1
    record("token echoed in an SSE error event", mode, error, server.count, wall)


@pytest.mark.parametrize("mode", MODES)
def test_a_token_echoed_in_a_non_json_event_is_scrubbed(mode: str, fault_server) -> None:
    server = fault_server(Reply(200, b"data: oops " + SECRET.encode() + b"\n\n", {"Content-Type": "text/event-stream"}))
    error, wall = attempt(mode, own_server(server), "text_generation", "hi", stream=True, consume=True)
    assert isinstance(error, APIConnectionError) and "not JSON" in str(error)
    record("token echoed in a non-JSON event", mode, error, server.count, wall)


# -- pools, streams and cancellation ------------------------------------------------------


def _streams_and_answers(server) -> None:
    events = tgi_events("Hello", " world")
    server.respond_with(
        lambda request, index: Reply(200, events, {"Content-Type": "text/event-stream"})
        if request.path.endswith("/generate_stream")
        else Reply(200, GENERATED)
    )


def test_dropped_sync_streams_give_their_connections_back(fault_server) -> None:
    server = fault_server()
    _streams_and_answers(server)
    started = time.monotonic()
    with InferenceClient(**own_server(server, timeout=10)) as client:
        for _ in range(101):
            client.text_generation("hi", stream=True)  # dropped unread
        assert client.text_generation("hi") == "Hello world!"
    wall = time.monotonic() - started
    assert server.count == 102 and wall < 10
    record("101 streams dropped unread, then a call", "sync", "ok, no wait", server.count, wall)


@pytest.mark.parametrize("mode", MODES)
def test_a_pool_held_by_unread_streams_waits_no_longer_than_the_timeout(mode: str, fault_server) -> None:
    server = fault_server()
    _streams_and_answers(server)
    options = own_server(server, timeout=3)
    if mode == "sync":
        with InferenceClient(**options) as client:
            held = [client.text_generation("hi", stream=True) for _ in range(100)]
            started = time.monotonic()
            with pytest.raises(InferenceTimeoutError) as caught:
                client.text_generation("hi")
            wall = time.monotonic() - started
            for stream in held:
                stream.close()
            assert client.text_generation("hi") == "Hello world!"
        error = caught.value
    else:

        async def run() -> tuple[BaseException, float]:
            async with AsyncInferenceClient(**options) as client:
                held = [await client.text_generation("hi", stream=True) for _ in range(100)]
                started = time.monotonic()
                try:
                    await client.text_generation("hi")
                except InferenceTimeoutError as exc:
                    error, wall = exc, time.monotonic() - started
                for stream in held:
                    await stream.close()
                assert await client.text_generation("hi") == "Hello world!"
                return error, wall

        error, wall = asyncio.run(run())
    assert server.count == 101  # the 101st call never got a connection, the last one did
    assert wall < 3 + SLACK
    record("100 unread streams held, 101st call, timeout=3", mode, error, server.count, wall)


def test_cancelling_an_async_call_closes_its_connection(fault_server) -> None:
    server = fault_server(Stall())

    async def run() -> None:
        async with AsyncInferenceClient(**hf_inference(server)) as client:
            task = asyncio.ensure_future(client.text_classification("hi"))
            assert await asyncio.to_thread(server.wait_for_requests, 1)  # the call is waiting for its answer
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            assert await asyncio.to_thread(server.wait_closed, 3)  # closed by the cancellation, the client still open

    started = time.monotonic()
    asyncio.run(run())
    wall = time.monotonic() - started
    assert server.count == 1 and wall < SLACK
    record("async call cancelled while waiting", "async", "cancelled, conn. closed", server.count, wall)


def test_cancelling_an_async_stream_closes_its_connection(fault_server) -> None:
    events = tgi_events("Hello", " world", "!")
    first = events.index(b"\n\n") + 2
    server = fault_server(Drip(events, interval=0.2, chunk=first, headers={"Content-Type": "text/event-stream"}))

    async def run() -> list[str]:
        seen: list[str] = []
        async with AsyncInferenceClient(**own_server(server)) as client:

            async def read() -> None:
                async for token in await client.text_generation("hi", stream=True):
                    seen.append(token)

            task = asyncio.ensure_future(read())
            await until(lambda: seen)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            assert await asyncio.to_thread(server.wait_closed, 3)
        return seen

    started = time.monotonic()
    assert asyncio.run(run()) == ["Hello"]
    wall = time.monotonic() - started
    assert server.count == 1 and wall < SLACK
    record("async stream cancelled after one event", "async", "cancelled, conn. closed", server.count, wall)


def test_an_async_chat_stream_read_to_done_keeps_its_connection_for_the_next_call(fault_server) -> None:
    chunk = {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m",
             "choices": [{"index": 0, "delta": {"content": "Hi"}, "finish_reason": "stop"}]}
    body = b"data: " + json.dumps(chunk).encode() + b"\n\ndata: [DONE]\n\n"
    server = fault_server(Reply(200, body, {"Content-Type": "text/event-stream"}))

    async def run() -> None:
        async with AsyncInferenceClient(base_url=server.url + "/v1", token=False) as client:
            for _ in range(2):
                stream = await client.chat_completion([{"role": "user", "content": "Hi"}], model="m", stream=True)
                assert [c.choices[0].delta.content async for c in stream] == ["Hi"]
                assert not await asyncio.to_thread(server.wait_closed, 0.3)  # kept alive, not closed unread

    asyncio.run(run())
    assert server.count == 2


def test_an_open_async_stream_holds_its_concurrency_slot_until_closed(fault_server) -> None:
    server = fault_server()
    _streams_and_answers(server)

    async def run() -> None:
        async with AsyncInferenceClient(**own_server(server, timeout=1, max_concurrency=1)) as client:
            stream = await client.text_generation("hi", stream=True)
            with pytest.raises(InferenceTimeoutError):
                await client.text_generation("hi")  # the one slot is the stream's
            assert [token async for token in stream] == ["Hello", " world"]  # read to the end: closed
            assert await client.text_generation("hi") == "Hello world!"

    asyncio.run(run())
    assert server.count == 2
