"""Waiting and giving up: a loading model (503), rate limits (429), validation errors (422), timeouts."""

from __future__ import annotations

import asyncio
import time
from typing import Any, Callable

import httpx2
import pytest

from hfhub import AsyncInferenceClient, InferenceClient
from hfhub_api._retry import RetryPolicy
from hfhub.errors import APIConnectionError, RateLimitError, ServerError, UnprocessableEntityError
from hfhub.inference import InferenceTimeoutError

MODEL = "distilbert/distilbert-base-uncased-finetuned-sst-2-english"
LOADING = {"error": f"Model {MODEL} is currently loading", "estimated_time": 20.0}
OK = [[{"label": "POSITIVE", "score": 0.99}]]
MODES = ["sync", "async"]


def scripted(*answers: Any) -> tuple[Callable[[httpx2.Request], httpx2.Response], list[httpx2.Request]]:
    """A handler answering in order (the last answer forever); also returns the requests it saw."""
    seen: list[httpx2.Request] = []
    queue = list(answers)

    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        answer = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(answer, Exception):
            raise answer
        return answer

    return handler, seen


def classify(mode: str, handler: Any, policy: RetryPolicy, **options: Any) -> Any:
    options.setdefault("provider", "hf-inference")
    options.setdefault("token", "hf_retry")
    if mode == "sync":
        http = httpx2.Client(transport=httpx2.MockTransport(handler))
        with InferenceClient(MODEL, http_client=http, max_retries=policy, **options) as client:
            return client.text_classification("I like you")

    async def run() -> Any:
        async with httpx2.AsyncClient(transport=httpx2.MockTransport(handler)) as http:
            async with AsyncInferenceClient(MODEL, http_client=http, max_retries=policy, **options) as client:
                return await client.text_classification("I like you")

    return asyncio.run(run())


@pytest.mark.parametrize("mode", MODES)
def test_loading_model_is_waited_for_then_asked_to_hold_the_answer(mode: str, policy: RetryPolicy, sleeps) -> None:
    handler, seen = scripted(httpx2.Response(503, json=LOADING), httpx2.Response(503, json=LOADING), httpx2.Response(200, json=OK))
    result = classify(mode, handler, policy)
    assert result[0].label == "POSITIVE"
    assert [r.headers.get("x-wait-for-model") for r in seen] == [None, "1", "1"]
    assert sleeps == [1.0, 1.0]  # loading waits do not use up the retries: max_retries is 2, and 0 were used


@pytest.mark.parametrize("mode", MODES)
def test_model_still_loading_when_the_timeout_ends(mode: str) -> None:
    handler, seen = scripted(httpx2.Response(503, json=LOADING, headers={"x-request-id": "req-1"}))
    policy = RetryPolicy(2, sleep=time.sleep, async_sleep=asyncio.sleep)
    started = time.monotonic()
    with pytest.raises(InferenceTimeoutError) as caught:
        classify(mode, handler, policy, timeout=0.3)
    assert time.monotonic() - started < 2.0
    error = caught.value
    assert isinstance(error, TimeoutError)
    assert error.status_code == 503 and error.request_id == "req-1"
    assert "currently loading" in error.server_message and "still loading after 0.3 s" in str(error)
    assert "hf_retry" not in str(error) and error.request.headers["authorization"] == "[redacted]"
    assert len(seen) >= 1


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_a_post_that_may_have_run_is_not_sent_again(mode: str, status: int, policy: RetryPolicy, sleeps) -> None:
    handler, seen = scripted(httpx2.Response(status, text="upstream unavailable"), httpx2.Response(200, json=OK))
    with pytest.raises(ServerError) as caught:
        classify(mode, handler, policy)
    assert caught.value.status_code == status and caught.value.server_message == "upstream unavailable"
    assert len(seen) == 1 and sleeps == []


@pytest.mark.parametrize("mode", MODES)
def test_resend_posts_retries_server_errors_with_backoff(mode: str, policy: RetryPolicy, sleeps) -> None:
    handler, seen = scripted(httpx2.Response(503, text="upstream unavailable"))
    with pytest.raises(ServerError):
        classify(mode, handler, policy, resend_posts=True)
    assert len(seen) == 3 and sleeps == [0.5, 1.0]
    assert all("x-wait-for-model" not in r.headers for r in seen)


@pytest.mark.parametrize("mode", MODES)
def test_503_with_retry_after_did_not_run_so_it_is_retried(mode: str, policy: RetryPolicy, sleeps) -> None:
    busy = httpx2.Response(503, text="overloaded", headers={"Retry-After": "1"})
    handler, seen = scripted(busy, busy, httpx2.Response(200, json=OK))
    assert classify(mode, handler, policy)[0].label == "POSITIVE"
    assert len(seen) == 3 and sleeps == [1.0, 1.0]


@pytest.mark.parametrize("mode", MODES)
def test_429_waits_what_retry_after_says(mode: str, policy: RetryPolicy, sleeps) -> None:
    handler, seen = scripted(httpx2.Response(429, json={"error": "slow down"}, headers={"Retry-After": "2"}), httpx2.Response(200, json=OK))
    assert classify(mode, handler, policy)[0].score == 0.99
    assert sleeps == [2.0] and len(seen) == 2


@pytest.mark.parametrize("mode", MODES)
def test_429_asking_for_more_than_the_time_left_raises_at_once(mode: str, policy: RetryPolicy, sleeps) -> None:
    handler, seen = scripted(httpx2.Response(429, json={"error": "Rate limit reached"}, headers={"Retry-After": "5"}))
    with pytest.raises(RateLimitError) as caught:
        classify(mode, handler, policy, timeout=1.0)
    assert caught.value.retry_after == 5.0 and caught.value.server_message == "Rate limit reached"
    assert len(seen) == 1 and sleeps == []


@pytest.mark.parametrize("mode", MODES)
def test_422_carries_the_server_message_and_is_not_retried(mode: str, policy: RetryPolicy, sleeps) -> None:
    handler, seen = scripted(httpx2.Response(422, json={"error": "Input validation error: `top_k` must be strictly positive"}))
    with pytest.raises(UnprocessableEntityError, match="top_k. must be strictly positive") as caught:
        classify(mode, handler, policy)
    assert caught.value.server_message == "Input validation error: `top_k` must be strictly positive"
    assert len(seen) == 1 and sleeps == []


@pytest.mark.parametrize("mode", MODES)
def test_read_timeout_is_an_inference_timeout(mode: str, sleeps) -> None:
    handler, seen = scripted(httpx2.ReadTimeout("timed out"), httpx2.ReadTimeout("timed out"))
    policy = RetryPolicy(1, sleep=sleeps, async_sleep=sleeps.asleep, random=lambda: 1.0)
    with pytest.raises(InferenceTimeoutError) as caught:
        classify(mode, handler, policy)
    # The POST may be running on the server: it is not sent a second time.
    assert caught.value.status_code is None and len(seen) == 1 and sleeps == []


@pytest.mark.parametrize("mode", MODES)
def test_connection_refused_is_retried_then_raised(mode: str, policy: RetryPolicy, sleeps) -> None:
    handler, seen = scripted(httpx2.ConnectError("refused"))
    with pytest.raises(APIConnectionError) as caught:
        classify(mode, handler, policy)
    assert not isinstance(caught.value, InferenceTimeoutError)
    assert len(seen) == 3


def test_a_queued_job_is_not_submitted_twice(policy: RetryPolicy, sleeps) -> None:
    handler, seen = scripted(httpx2.Response(500, json={"error": "boom"}))
    mapping = {"fal-ai": {"status": "live", "providerId": "fal-ai/wan", "task": "text-to-video"}}

    def route(request: httpx2.Request) -> httpx2.Response:
        if request.url.path.startswith("/api/models/"):
            return httpx2.Response(200, json={"id": "w/v", "inferenceProviderMapping": mapping})
        return handler(request)

    with InferenceClient(token="hf_x", http_client=httpx2.Client(transport=httpx2.MockTransport(route)), max_retries=policy) as client:
        with pytest.raises(ServerError):
            client.text_to_video("a cat", model="w/v")
    assert len(seen) == 1 and sleeps == []


def test_the_timeout_covers_waiting_for_a_queued_job() -> None:
    mapping = {"fal-ai": {"status": "live", "providerId": "fal-ai/wan", "task": "text-to-video"}}
    queued = {"request_id": "r", "status": "IN_QUEUE", "response_url": "https://queue.fal.run/fal-ai/wan/requests/r"}

    def route(request: httpx2.Request) -> httpx2.Response:
        if request.url.path.startswith("/api/models/"):
            return httpx2.Response(200, json={"id": "w/v", "inferenceProviderMapping": mapping})
        return httpx2.Response(200, json=queued)

    policy = RetryPolicy(0, sleep=time.sleep)
    with InferenceClient(token="hf_x", timeout=0.4, http_client=httpx2.Client(transport=httpx2.MockTransport(route)), max_retries=policy) as client:
        with pytest.raises(InferenceTimeoutError, match="fal-ai's queue"):
            client.text_to_video("a cat", model="w/v")
