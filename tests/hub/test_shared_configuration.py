"""One configuration for Hub calls and inference: a client made from the other shares its connections and rules."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import pytest

from hfhub import AsyncHubClient, AsyncInferenceClient, HubClient, InferenceClient
from tests.local_server import Exchange, LocalServer, Reply

CHAT = {"id": "x", "object": "chat.completion", "created": 0, "model": "m", "choices": [
    {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "hi"}}]}


def _answer(exchange: Exchange) -> Reply:
    if exchange.path == "/api/whoami-v2":
        return Reply(200, {"name": "me", "type": "user"})
    return Reply(200, CHAT)


def test_an_inference_client_made_from_a_hub_client_shares_its_connections_token_and_headers() -> None:
    with LocalServer(_answer) as server:
        with HubClient(token="hf_explicit", endpoint=server.url, headers={"X-Team": "a"}) as hub:
            client = InferenceClient.from_hub(hub, base_url=server.url)
            assert client._http is hub._http
            client.chat_completion([{"role": "user", "content": "hi"}], model="m")
            client.close()  # the connections stay open: they are the Hub client's
            hub.users.whoami()
            assert not hub._http.is_closed
        chat, whoami = server.exchanges
    assert chat.path == "/v1/chat/completions" and whoami.path == "/api/whoami-v2"
    for exchange in (chat, whoami):
        assert exchange.headers["authorization"] == "Bearer hf_explicit"
        assert exchange.headers["x-team"] == "a"


def test_a_token_found_implicitly_stays_withheld_in_the_inference_client(monkeypatch: pytest.MonkeyPatch) -> None:
    """The Hub client withholds HF_TOKEN over plain http; the inference client made from it decides the same way."""
    monkeypatch.setenv("HF_TOKEN", "hf_found")
    with LocalServer(_answer) as server:
        with HubClient(endpoint=server.url) as hub:
            InferenceClient.from_hub(hub, base_url=server.url).chat_completion([{"role": "user", "content": "hi"}], model="m")
            hub.users.whoami()
    assert all("authorization" not in e.headers for e in server.exchanges), [e.headers for e in server.exchanges]


def test_the_hub_client_of_an_inference_client_shares_its_connections() -> None:
    with LocalServer(_answer) as server:
        with InferenceClient(token="hf_explicit", endpoint=server.url) as client:
            assert client.hub._http is client._http
            assert client.hub.users.whoami().name == "me"
    assert server.exchanges[0].headers["authorization"] == "Bearer hf_explicit"


def test_async_hub_and_inference_clients_share_one_concurrency_bound() -> None:
    """AsyncHubClient(max_concurrency=2): its calls and its inference client's together never exceed 2 in flight."""
    lock = threading.Lock()
    in_flight, peak = 0, 0

    def slow(exchange: Exchange) -> Reply:
        nonlocal in_flight, peak
        with lock:
            in_flight += 1
            peak = max(peak, in_flight)
        time.sleep(0.05)
        with lock:
            in_flight -= 1
        return _answer(exchange)

    async def main(url: str) -> list[Any]:
        async with AsyncHubClient(token=False, endpoint=url, max_concurrency=2) as hub:
            client = AsyncInferenceClient.from_hub(hub, base_url=url)
            calls = [hub.users.whoami() for _ in range(4)]
            calls += [client.chat_completion([{"role": "user", "content": "hi"}], model="m") for _ in range(4)]
            return list(await asyncio.gather(*calls))

    with LocalServer(slow) as server:
        results = asyncio.run(main(server.url))
    assert len(results) == 8 and len(server.exchanges) == 8
    assert peak == 2


def test_from_hub_refuses_a_hub_client_of_the_other_flavour() -> None:
    with HubClient(token=False, endpoint="http://127.0.0.1:9") as hub:
        with pytest.raises(TypeError, match="AsyncHubClient"):
            AsyncInferenceClient.from_hub(hub)
