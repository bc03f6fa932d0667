"""Habits of huggingface_hub 2.4.0's inference clients, called on both clients alike: the same requests, results and errors.

Beyond the provider-task pairs (``test_inference_hf_pairs_differential``): a server of your
own as the client's model or ``base_url``, text generation on a server that is not TGI,
``details`` and ``stream`` as given, misspelt keywords, cookies without a token, answers of
an unexpected shape. Both clients are called with the same arguments on a mock transport
answering from the same function; what each sent (method, URL, the headers that matter,
body), its result as plain data, its error and its warnings are compared. Where hfhub
differs on purpose the test says so and what exactly differs (README, "Where hfhub differs").
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import warnings
from typing import Any, Callable

import httpx2
import pytest
from hf_contract_replay import plain, within
from test_inference_hf_pairs_differential import Sent, _comparable, _handlers
from test_inference_provider_pairs import AUDIO, MESSAGES, PNG

URL = "http://tgi.local:8080"
HUB = "huggingface.co"
MODEL = "org/model"
HUB_MODELS = {MODEL: {"id": MODEL, "pipeline_tag": "text-generation", "tags": ["text-generation"]}}
CHAT = {"id": "c", "object": "chat.completion", "created": 1, "model": "x", "system_fingerprint": "",
        "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "hi"}}]}
# What a server running transformers rather than TGI answers to TGI's parameters.
NOT_TGI = "The following `model_kwargs` are not used by the model: ['watermark', 'details', 'stop'] (note: typos in the generate arguments will also show up in this list)"

Answer = Callable[[Sent], tuple[int, dict[str, str], Any]]


@dataclasses.dataclass
class Outcome:
    sent: list[Sent]
    result: Any = None
    error: str | None = None
    warned: int = 0


class Server:
    """The Hub (model info of ``HUB_MODELS``) and every other host, answered by ``answer``; records what is sent."""

    def __init__(self, answer: Answer) -> None:
        self.answer = answer
        self.sent: list[Sent] = []

    def __call__(self, method: str, url: Any, headers: dict[str, str], body: bytes) -> tuple[int, dict[str, str], bytes]:
        if url.host == HUB:
            info = HUB_MODELS.get(url.path.removeprefix("/api/models/"))
            return (200, {"Content-Type": "application/json"}, json.dumps(info).encode()) if info else (404, {}, b"{}")
        sent = _comparable(method, str(url), headers, body)
        self.sent.append(sent)
        status, answer_headers, content = self.answer(sent)
        if not isinstance(content, bytes):
            answer_headers, content = {"Content-Type": "application/json", **answer_headers}, json.dumps(content).encode()
        return status, answer_headers, content


def _read(result: Any) -> Any:
    """A stream read to its end; anything else as it is."""
    if hasattr(result, "__aiter__"):
        async def drain() -> list[Any]:
            return [item async for item in result]

        return drain()
    if hasattr(result, "__next__") or type(result).__name__ == "InferenceStream":
        return list(result)
    return result


async def _awaited(value: Any) -> Any:
    value = _read(await value)
    return await value if asyncio.iscoroutine(value) else value


def _outcome(server: Server, run: Callable[[], Any]) -> Outcome:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = _read(run())
        except (ValueError, TypeError) as exc:  # a refusal: its kind is compared, its wording is each client's
            return Outcome(list(server.sent), error="ValueError" if isinstance(exc, ValueError) else type(exc).__name__)
        except Exception as exc:  # noqa: BLE001 - a failure is part of what is compared
            return Outcome(list(server.sent), error=f"{type(exc).__name__}: {exc}")
    warned = sum(1 for w in caught if w.category is UserWarning)
    return Outcome(list(server.sent), plain(result), warned=warned)


def huggingface_hub_outcomes(answer: Answer, options: dict[str, Any], call: Callable[[Any], Any], *, calls: int = 1,
                             asynchronous: bool = False) -> list[Outcome]:
    """``call`` made ``calls`` times on one huggingface_hub client."""
    from huggingface_hub import AsyncInferenceClient, InferenceClient
    from huggingface_hub import utils as hf_utils
    from huggingface_hub.inference import _common
    from huggingface_hub.inference._providers import _common as providers_common
    from huggingface_hub.inference._providers import hf_inference
    from huggingface_hub.utils import _detect_agent

    _detect_agent._registry = {"standardEnvVars": [], "harnesses": {}}
    providers_common._fetch_inference_provider_mapping.cache_clear()
    hf_inference._check_supported_task.cache_clear()
    _common._UNSUPPORTED_TEXT_GENERATION_KWARGS.clear()  # what it learnt of other servers, process-wide
    server = Server(answer)
    handler, ahandler = _handlers(httpx2, server)
    hf_utils.set_client_factory(lambda: httpx2.Client(transport=httpx2.MockTransport(handler)))
    hf_utils.set_async_client_factory(lambda: httpx2.AsyncClient(transport=httpx2.MockTransport(ahandler)))
    try:
        if asynchronous:
            client: Any = AsyncInferenceClient(**options)
            return [_outcome(server, lambda: asyncio.run(_awaited(call(client)))) for _ in range(calls)]
        client = InferenceClient(**options)
        return [_outcome(server, lambda: call(client)) for _ in range(calls)]
    finally:
        hf_utils.set_client_factory(hf_utils._http.default_client_factory)
        hf_utils.set_async_client_factory(hf_utils._http.default_async_client_factory)


def hfhub_outcomes(answer: Answer, options: dict[str, Any], call: Callable[[Any], Any], *, calls: int = 1,
                   asynchronous: bool = False) -> list[Outcome]:
    from hfhub import AsyncInferenceClient, InferenceClient
    from hfhub_api._retry import RetryPolicy

    server = Server(answer)
    handler, ahandler = _handlers(httpx2, server)
    no_wait = RetryPolicy(0, sleep=lambda s: None, async_sleep=lambda s: asyncio.sleep(0))
    if asynchronous:
        client: Any = AsyncInferenceClient(**options, max_retries=no_wait,
                                           http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(ahandler)))
        return [_outcome(server, lambda: asyncio.run(_awaited(call(client)))) for _ in range(calls)]
    with httpx2.Client(transport=httpx2.MockTransport(handler)) as http:
        client = InferenceClient(**options, max_retries=no_wait, http_client=http)
        return [_outcome(server, lambda: call(client)) for _ in range(calls)]


def both(answer: Answer, options: dict[str, Any], call: Callable[[Any], Any], **how: Any) -> tuple[list[Outcome], list[Outcome]]:
    return huggingface_hub_outcomes(answer, options, call, **how), hfhub_outcomes(answer, options, call, **how)


def assert_same(theirs: list[Outcome], ours: list[Outcome]) -> None:
    """The same requests, errors and warnings; the same results, fields huggingface_hub's classes drop (``object``...) aside."""
    assert len(theirs) == len(ours)
    for their, our in zip(theirs, ours):
        assert (our.sent, our.error, our.warned) == (their.sent, their.error, their.warned)
        assert our.result == their.result or within(their.result, our.result), (our.result, their.result)


def chat_answer(sent: Sent) -> tuple[int, dict[str, str], Any]:
    return 200, {}, CHAT


def tgi_answer(sent: Sent) -> tuple[int, dict[str, str], Any]:
    """TGI's answer: tokens as events when streamed, else the text (with details when asked)."""
    if isinstance(sent.body, dict) and sent.body.get("stream"):
        events: list[dict[str, Any]] = [{"index": i, "token": {"id": i, "text": word, "logprob": -0.5, "special": False},
                                         "generated_text": None, "details": None} for i, word in enumerate(("o", "k"))]
        events[-1] |= {"generated_text": "ok", "details": {"finish_reason": "length", "generated_tokens": 2, "seed": None}}
        return 200, {"Content-Type": "text/event-stream"}, b"".join(b"data: " + json.dumps(e).encode() + b"\n\n" for e in events)
    details = {"finish_reason": "length", "generated_tokens": 1, "seed": None, "prefill": [], "tokens": []}
    return 200, {}, [{"generated_text": "ok", "details": details}]


def not_tgi_answer(sent: Sent) -> tuple[int, dict[str, str], Any]:
    """A transformers server: TGI's parameters refused with a 400 naming them, the text otherwise."""
    if {"watermark", "details", "stop"} & set(sent.body.get("parameters", {})):
        return 400, {}, {"error": NOT_TGI}
    return 200, {}, [{"generated_text": "ok"}]


# -- a server of your own: chat goes to it first ------------------------------------------

SERVERS = [{"model": URL}, {"model": URL + "/v1"}, {"base_url": URL}]


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("options", SERVERS, ids=["url-model", "url-model-v1", "base-url"])
def test_chat_goes_to_the_clients_server_and_names_the_model_in_the_body(options: dict[str, Any], asynchronous: bool) -> None:
    theirs, ours = both(chat_answer, options, lambda c: c.chat_completion(MESSAGES, model="served-name"), asynchronous=asynchronous)
    assert_same(theirs, ours)
    (sent,) = ours[0].sent
    assert sent.url == f"{URL}/v1/chat/completions" and sent.body["model"] == "served-name"


def test_chat_without_a_model_on_a_url_model_differs_only_by_huggingface_hubs_placeholder() -> None:
    (theirs,), (ours,) = both(chat_answer, {"model": URL}, lambda c: c.chat_completion(MESSAGES))
    assert theirs.sent[0].body.pop("model") == "dummy"  # a name no server serves (vLLM refuses it); hfhub names none
    assert_same([theirs], [ours])


# -- text generation on a server that is not TGI -----------------------------------------


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_parameters_a_server_does_not_use_are_dropped_with_a_warning_and_the_call_sent_again_once(asynchronous: bool) -> None:
    call = lambda c: c.text_generation("Hi", model=URL, watermark=True, stop=["x"])  # noqa: E731
    theirs, ours = both(not_tgi_answer, {}, call, calls=2, asynchronous=asynchronous)
    assert_same(theirs, ours)
    first, second = ours
    assert [s.body["parameters"] for s in first.sent] == [{"watermark": True, "stop": ["x"]}, {}]
    assert first.result == "ok" and first.warned == 1
    assert second.sent[2:] == [first.sent[1]]  # learnt for that model: the parameters are left out at once


def test_a_server_that_is_not_tgi_cannot_stream() -> None:
    theirs, ours = both(not_tgi_answer, {}, lambda c: c.text_generation("Hi", model=URL, watermark=True, stream=True))
    assert_same(theirs, ours)
    assert ours[0].error == "ValueError" and len(ours[0].sent) == 1


def test_details_from_a_server_that_is_not_tgi_are_the_text_in_a_text_generation_output() -> None:
    theirs, ours = both(not_tgi_answer, {}, lambda c: c.text_generation("Hi", model=URL, details=True), calls=2)
    for their, our in zip(theirs, ours):
        assert their.result == "ok" and our.result == {"generated_text": "ok"}  # the type details=True promises
        assert_same([their], [dataclasses.replace(our, result="ok")])
    assert ours[0].warned == 2  # the parameter left out, and details that will not come


def test_the_clients_own_model_is_refused_once_not_twice() -> None:
    theirs, ours = both(not_tgi_answer, {"model": URL}, lambda c: c.text_generation("Hi", watermark=True))
    # huggingface_hub learns the parameters under the call's model (None) and sends the same request again.
    assert [s.body["parameters"] for s in theirs[0].sent] == [{"watermark": True}, {"watermark": True}, {}]
    assert [s.body["parameters"] for s in ours[0].sent] == [{"watermark": True}, {}]
    assert theirs[0].result == ours[0].result == "ok"


# -- what is sent, and read ---------------------------------------------------------------

GENERATION_ARGUMENTS = [
    {k: v for k, v in (("details", details), ("stream", stream)) if v is not None}
    for details in (None, False, True) for stream in (None, False, True)
]
ROUTES = {"url-model": ({"model": URL}, None), "hf-inference": ({"provider": "hf-inference", "token": "hf_x"}, MODEL)}


@pytest.mark.parametrize("route", ROUTES)
@pytest.mark.parametrize("arguments", GENERATION_ARGUMENTS, ids=[json.dumps(a) for a in GENERATION_ARGUMENTS])
def test_text_generation_sends_details_and_stream_as_given(arguments: dict[str, Any], route: str) -> None:
    options, model = ROUTES[route]
    theirs, ours = both(tgi_answer, options, lambda c: c.text_generation("Hi", model=model, **arguments))
    assert_same(theirs, ours)
    (sent,) = ours[0].sent
    assert sent.body.get("stream") == arguments.get("stream") and sent.body["parameters"].get("details") == arguments.get("details")


def test_async_text_generation_sends_details_and_stream_as_given() -> None:
    call = lambda c: c.text_generation("Hi", model=MODEL, details=False, stream=False)  # noqa: E731
    theirs, ours = both(tgi_answer, {"provider": "hf-inference", "token": "hf_x"}, call, asynchronous=True)
    assert_same(theirs, ours)
    assert ours[0].sent[0].body == {"inputs": "Hi", "parameters": {"details": False}, "stream": False}


def test_one_flat_vector_is_the_embedding() -> None:
    theirs, ours = both(lambda s: (200, {}, [0.25, 0.5]), {"model": URL}, lambda c: c.feature_extraction("Hi"))
    assert_same(theirs, ours)
    assert ours[0].result == [0.25, 0.5]


def test_an_object_detection_answer_that_is_not_a_list_is_a_value_error() -> None:
    box = {"label": "cat", "score": 0.9, "box": {"xmin": 1, "ymin": 1, "xmax": 2, "ymax": 2}}
    theirs, ours = both(lambda s: (200, {}, box), {"model": URL}, lambda c: c.object_detection(PNG))
    assert theirs[0].error == ours[0].error == "ValueError"
    assert len(theirs[0].sent) == len(ours[0].sent) == 1  # the request: its bytes typed by hfhub only (README)


MISSPELT = {
    "text_to_image": lambda c: c.text_to_image("a cat", negativ_prompt="blurry", widht=512),
    "text_classification": lambda c: c.text_classification("Hi", topk=1),
    "chat_completion": lambda c: c.chat_completion(MESSAGES, max_token=5),
    "text_generation": lambda c: c.text_generation("Hi", max_new_token=5),
    "text_to_speech": lambda c: c.text_to_speech("Hi", voice="af"),
}


@pytest.mark.parametrize("method", MISSPELT)
def test_a_misspelt_keyword_is_a_type_error_before_anything_is_sent(method: str) -> None:
    theirs, ours = both(tgi_answer, {"model": URL}, MISSPELT[method])
    assert_same(theirs, ours)
    assert ours[0].error == "TypeError" and ours[0].sent == []


COOKIE_ROUTES = {
    "url-model": ({"model": URL}, None),
    "base-url": ({"base_url": URL}, None),
    "hf-inference": ({"provider": "hf-inference"}, MODEL),
}


@pytest.mark.parametrize("route", COOKIE_ROUTES)
def test_cookies_are_sent_without_a_token(route: str) -> None:
    options, model = COOKIE_ROUTES[route]
    options = {**options, "cookies": {"session": "abc"}}
    theirs, ours = both(chat_answer, options, lambda c: c.chat_completion(MESSAGES, model=model or "served-name"))
    assert_same(theirs, ours)
    assert ("cookie", "session=abc") in ours[0].sent[0].headers and "authorization" not in dict(ours[0].sent[0].headers)


TEXT_RESULTS = {
    "automatic_speech_recognition": (lambda c: c.automatic_speech_recognition(AUDIO), {"text": "hello world"}),
    "summarization": (lambda c: c.summarization("The Eiffel tower..."), [{"summary_text": "A tower."}]),
    "translation": (lambda c: c.translation("My name is Wolfgang"), [{"translation_text": "Mein Name ist Wolfgang"}]),
    "image_to_text": (lambda c: c.image_to_text(PNG), [{"generated_text": "a cat"}]),
}


@pytest.mark.parametrize("method", TEXT_RESULTS)
def test_text_results_read_as_huggingface_hubs_objects_and_are_the_text(method: str) -> None:
    call, answer = TEXT_RESULTS[method]
    theirs, ours = both(lambda s: (200, {}, answer), {"model": URL}, call)
    assert theirs[0].result == ours[0].result and theirs[0].error is None is ours[0].error
    text = next(iter((answer[0] if isinstance(answer, list) else answer).values()))
    for outputs in ("huggingface_hub", "typed"):
        (read,) = hfhub_outcomes(lambda s: (200, {}, answer), {"model": URL, "outputs": outputs}, lambda c: _as_text(call(c)))
        assert read.result == [True, text.upper(), text[:3]]


def _as_text(result: Any) -> list[Any]:
    """What code written to the older reference's ``str`` result does with it."""
    return [isinstance(result, str), result.upper(), result[:3]]


def test_a_url_model_gets_the_body_huggingface_hub_sends_it() -> None:
    theirs, ours = both(lambda s: (200, {}, [{"summary_text": "A tower."}]), {"model": URL}, lambda c: c.summarization("long"))
    assert_same(theirs, ours)
    assert ours[0].sent[0].body == {"inputs": "long", "parameters": {}}
