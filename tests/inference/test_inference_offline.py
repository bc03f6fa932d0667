"""``HF_HUB_OFFLINE=1``: no inference request leaves, whichever way the call is routed (no Hub lookup first included)."""

from __future__ import annotations

import asyncio
from typing import Any, Callable

import pytest
from local_server import Exchange, LocalServer, Reply

from hfhub import AsyncInferenceClient, InferenceClient
from hfhub.errors import OfflineModeError

MESSAGES = [{"role": "user", "content": "hi"}]
CHAT = {"choices": [{"index": 0, "message": {"role": "assistant", "content": "ok"}, "finish_reason": "stop"}]}


def _answer(exchange: Exchange) -> Reply:
    return Reply(200, CHAT)


ROUTES: dict[str, Callable[[str], tuple[dict[str, Any], Callable[[Any], Any]]]] = {
    "base_url": lambda url: ({"base_url": url}, lambda c: c.chat_completion(MESSAGES, model="m")),
    "url model": lambda url: ({"model": url}, lambda c: c.text_classification("text")),
    "router chat": lambda url: ({"router_url": url, "api_key": "hf_x"}, lambda c: c.chat_completion(MESSAGES, model="org/m")),
    "explicit provider": lambda url: ({"router_url": url, "provider": "together", "api_key": "hf_x"},
                                      lambda c: c.chat_completion(MESSAGES, model="org/m")),
    "provider key": lambda url: ({"provider": "sambanova", "api_key": "sk-own-key"}, lambda c: c.chat_completion(MESSAGES, model="org/m")),
}


@pytest.mark.parametrize("route", sorted(ROUTES))
@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_offline_sends_no_inference_request(serve: Any, monkeypatch: pytest.MonkeyPatch, route: str, flavour: str) -> None:
    server: LocalServer = serve(_answer)
    options, call = ROUTES[route](server.url)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    if flavour == "sync":
        with pytest.raises(OfflineModeError, match="HF_HUB_OFFLINE"):
            call(InferenceClient(**options))
    else:
        async def run() -> None:
            await call(AsyncInferenceClient(**options))

        with pytest.raises(OfflineModeError, match="HF_HUB_OFFLINE"):
            asyncio.run(run())
    assert server.count == 0


def test_the_same_client_sends_again_once_offline_is_unset(serve: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    server: LocalServer = serve(_answer)
    client = InferenceClient(base_url=server.url)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(OfflineModeError):
        client.chat_completion(MESSAGES, model="m")
    monkeypatch.delenv("HF_HUB_OFFLINE")
    assert client.chat_completion(MESSAGES, model="m").choices[0].message.content == "ok"
    assert server.count == 1


def test_huggingface_hub_refuses_the_same_call(serve: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The contract this follows: huggingface_hub 2.4.0 raises its OfflineModeIsEnabled for a base_url server too."""
    import huggingface_hub
    from huggingface_hub import constants
    from huggingface_hub.errors import OfflineModeIsEnabled

    server: LocalServer = serve(_answer)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True, raising=False)
    with pytest.raises(OfflineModeIsEnabled):
        huggingface_hub.InferenceClient(base_url=server.url).chat_completion(MESSAGES, model="m")
    assert server.count == 0
