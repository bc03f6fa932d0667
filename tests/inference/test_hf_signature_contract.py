"""huggingface_hub 2.4.0's calling contract: every (method, parameter) of its clients is accepted by ours.

The pairs are read from ``inspect.signature`` of huggingface_hub's ``InferenceClient`` and
``AsyncInferenceClient``; a parameter is accepted when ours takes it under the same name,
by keyword, and positionally where huggingface_hub's callers may pass it positionally,
optional where it is optional. Then the meanings of the defaults that differ from a plain
pass-through are checked against a local server.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import sys
from typing import Any, Callable

import httpx2
import pytest
from huggingface_hub import AsyncInferenceClient as HFAsyncClient
from huggingface_hub import InferenceClient as HFClient
from local_server import Exchange, Reply

from hfhub import AsyncInferenceClient, InferenceClient

P = inspect.Parameter
TOKEN = "hf_contract_token"
CLIENTS = [(HFClient, InferenceClient), (HFAsyncClient, AsyncInferenceClient)]


def _public_methods(cls: type) -> dict[str, Callable[..., Any]]:
    found: dict[str, Callable[..., Any]] = {"__init__": cls.__init__}
    for name, value in inspect.getmembers(cls):
        if not name.startswith("_") and callable(value):
            found[name] = value
    return found


def _named(signature: inspect.Signature) -> list[P]:
    return [p for p in signature.parameters.values() if p.name != "self" and p.kind not in (P.VAR_POSITIONAL, P.VAR_KEYWORD)]


def _pairs() -> list[tuple[type, type, str, str]]:
    pairs = []
    for theirs, ours in CLIENTS:
        for method, function in _public_methods(theirs).items():
            for parameter in _named(inspect.signature(function)):
                pairs.append((theirs, ours, method, parameter.name))
    return pairs


PAIRS = _pairs()


def _our_signature(cls: type, method: str) -> tuple[inspect.Signature, set[str]]:
    """Our method's signature, and the names its ``**options: Unpack[SomeTypedDict]`` takes."""
    if method == "__init__":
        function: Any = cls.__init__
    else:
        function = getattr(cls(token=False), method)
    signature = inspect.signature(function)
    unpacked: set[str] = set()
    for parameter in signature.parameters.values():
        annotation = parameter.annotation
        if parameter.kind is P.VAR_KEYWORD and isinstance(annotation, str) and annotation.startswith("Unpack["):
            typed_dict = vars(sys.modules[function.__module__])[annotation[len("Unpack["):-1]]
            unpacked |= set(typed_dict.__annotations__)
    return signature, unpacked


def test_huggingface_hub_has_the_420_pairs_the_issue_counts():
    assert len(PAIRS) == 420


@pytest.mark.parametrize(("theirs", "ours", "method", "name"), PAIRS, ids=[f"{o.__name__}.{m}.{n}" for _, o, m, n in PAIRS])
def test_parameter_accepted(theirs: type, ours: type, method: str, name: str) -> None:
    expected = inspect.signature(getattr(theirs, method)).parameters[name]
    assert hasattr(ours, method), f"{ours.__name__} has no {method}"
    signature, unpacked = _our_signature(ours, method)
    found = signature.parameters.get(name)
    if found is None:
        assert name in unpacked, f"{ours.__name__}.{method} does not take {name}"
        assert expected.kind is P.KEYWORD_ONLY and expected.default is not P.empty
        return
    assert found.kind in (P.POSITIONAL_OR_KEYWORD, P.KEYWORD_ONLY), f"{name} cannot be passed by keyword"
    if expected.kind is P.POSITIONAL_OR_KEYWORD:
        theirs_at = [p.name for p in _named(inspect.signature(getattr(theirs, method)))].index(name)
        ours_at = [p.name for p in _named(signature)].index(name)
        assert found.kind is P.POSITIONAL_OR_KEYWORD and ours_at == theirs_at, f"{name} is not at position {theirs_at}"
    if expected.default is not P.empty:
        assert found.default is not P.empty, f"{name} is required here, optional in huggingface_hub"


@pytest.mark.parametrize(("theirs", "ours"), CLIENTS)
def test_variable_keywords_accepted_where_huggingface_hub_takes_them(theirs: type, ours: type) -> None:
    for method, function in _public_methods(theirs).items():
        if any(p.kind is P.VAR_KEYWORD for p in inspect.signature(function).parameters.values()):
            signature, _ = _our_signature(ours, method)
            assert any(p.kind is P.VAR_KEYWORD for p in signature.parameters.values()), method


# -- meanings of the defaults -------------------------------------------------------------


def _chat_answer(model: str) -> dict[str, Any]:
    return {"id": "x", "object": "chat.completion", "created": 1, "model": model, "system_fingerprint": "",
            "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "hi"}}]}


def _router(exchange: Exchange) -> Reply:
    if exchange.path == "/v1/chat/completions":
        return Reply(200, _chat_answer(json.loads(exchange.body)["model"]))
    if exchange.path.endswith("/info"):
        return Reply(200, {"model_id": "m", "max_stop_sequences": 4})
    if exchange.path.endswith("/health"):
        return Reply(200, b"")
    if exchange.path.startswith("/models/"):
        return Reply(200, [{"generated_text": "ok"}])
    return Reply(599, {"error": f"no route {exchange.path}"})


def test_provider_none_is_auto_and_api_key_is_the_token_and_bill_to_is_sent(serve):
    server = serve(_router)
    client = InferenceClient(provider=None, api_key=TOKEN, bill_to="my-org", router_url=server.url, endpoint=server.url)
    assert client.provider == "auto"
    assert client.chat.completions.create(messages=[{"role": "user", "content": "hi"}], model="org/chat").choices[0].message.content == "hi"
    (sent,) = server.exchanges
    assert sent.path == "/v1/chat/completions"
    assert sent.headers["authorization"] == f"Bearer {TOKEN}" and sent.headers["x-hf-bill-to"] == "my-org"
    with pytest.raises(ValueError, match="not both"):
        InferenceClient(token=TOKEN, api_key=TOKEN)


def test_timeout_takes_seconds_or_an_httpx_timeout():
    assert InferenceClient(timeout=3).timeout == 3.0
    given = httpx2.Timeout(5.0, connect=2.0)
    client = InferenceClient(timeout=given, token=False)
    assert client._http.timeout == given
    with pytest.raises(ValueError, match="timeout"):
        InferenceClient(timeout="soon")


def test_empty_stop_means_none_and_whitespace_stops_are_sent_as_given(serve):
    server = serve(_router)
    client = InferenceClient(server.url + "/models/gpt2", token=TOKEN)
    assert client.text_generation("Hi", stop=[]) == "ok"
    assert client.text_generation("Hi", stop=["\n", " "], max_new_tokens=3) == "ok"
    bodies = [json.loads(e.body) for e in server.exchanges]
    assert bodies[0]["parameters"]["stop"] == []  # none, sent as given like huggingface_hub does
    assert bodies[1]["parameters"]["stop"] == ["\n", " "]
    with pytest.raises(ValueError, match="empty"):
        client.text_generation("Hi", stop=[""])


def test_legacy_url_model_with_provider_none(serve):
    server = serve(_router)
    legacy = f"{server.url}/models/openai-community/gpt2"
    client = InferenceClient(model=legacy, provider=None, token=TOKEN)
    assert client.text_generation("Hello") == "ok"
    assert server.exchanges[0].path == "/models/openai-community/gpt2"


def test_seed_reference_names(serve):
    server = serve(lambda e: Reply(200, [{"label": "a", "score": 0.9}, {"label": "b", "score": 0.1}]
                                   if "zero" in e.path else [{"summary_text": "short"}]))
    client = InferenceClient(token=TOKEN)
    out = client.zero_shot_classification("text", labels=["a", "b"], model=server.url + "/zero")
    assert out[0].label == "a"
    summary = client.summarization("long text", parameters={"truncation": "only_first"}, model=server.url + "/sum")
    assert summary.summary_text == "short"
    bodies = [json.loads(e.body) for e in server.exchanges]
    assert bodies[0]["parameters"]["candidate_labels"] == ["a", "b"]
    assert bodies[1]["parameters"] == {"truncation": "only_first"}
    with pytest.raises(ValueError, match="not both"):
        client.zero_shot_classification("text", ["a"], labels=["b"])


def test_endpoint_info_and_health_check(serve):
    server = serve(_router)
    client = InferenceClient(server.url, token=TOKEN)
    assert client.get_endpoint_info()["max_stop_sequences"] == 4
    assert client.health_check() is True
    assert [e.path for e in server.exchanges] == ["/info", "/health"]


def test_async_chat_alias_and_health(serve):
    server = serve(_router)
    asyncio.run(_async_chat_alias_and_health(server))


async def _async_chat_alias_and_health(server: Any) -> None:
    async with AsyncInferenceClient(api_key=TOKEN, router_url=server.url, endpoint=server.url) as client:
        out = await client.chat.completions.create(messages=[{"role": "user", "content": "hi"}], model="org/chat")
        assert out.choices[0].message.content == "hi"
        assert await client.health_check(server.url) is True


def test_seed_reference_positional_forms(serve):
    """The older reference passes the constructor's token and timeout, and a task's model, by position."""
    client = InferenceClient("org/model", TOKEN, 30)
    assert client._token == TOKEN and client.timeout == 30.0
    server = serve(lambda e: Reply(200, [{"label": "a", "score": 0.9}]))
    labels = client.zero_shot_classification("text", ["a", "b"], False, model=server.url)
    assert labels[0]["label"] == "a"
    assert client.text_classification("text", server.url)[0]["score"] == 0.9


def test_legacy_url_model_gets_the_token_from_the_environment(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("HF_TOKEN", TOKEN)
    client = InferenceClient("https://api-inference.huggingface.co/models/openai-community/gpt2")
    headers = client._headers_for(client.model or "", named_server=True)
    assert headers["Authorization"] == f"Bearer {TOKEN}"
    assert "Authorization" not in client._headers_for("https://example.com/models/gpt2", named_server=True)
