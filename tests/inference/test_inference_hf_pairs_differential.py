"""Every provider-task pair of huggingface_hub 2.4.0, called on both clients alike: what each sends must be the same.

Both clients are built the same way (an HF token and ``provider=``, with ``bill_to``; an HF
token and ``provider=None``; a provider's own key, straight to the provider, where both
clients call it directly), get the same call and see the same answers on a mock
transport: the Hub's mapping (that provider, live, a providerId), the provider's answer
in its format (``ProviderServer`` of ``test_inference_provider_pairs``; the hf-inference
answers of ``test_inference_hf_inference_tasks``), its polls and its CDN. From what each
transport received, computed independently: method, full URL, the headers that matter
and the body (JSON as data, forms with their boundary named alike, other bodies as
bytes); then the results as plain data. Any difference fails, except those of
``EXPECTED_DIFFERENCES``, where hfhub differs on purpose (README, "Where hfhub differs,
and why"). Likewise with every optional argument, files as URLs or bytes, the model
given to the client, streamed chat and text generation, and the async clients.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import re
from pathlib import Path
from typing import Any, Callable, NamedTuple

import httpx2
import pytest
from hf_contract_replay import plain, within
from huggingface_hub.inference._providers import PROVIDERS
from local_server import Exchange, Reply
from test_inference_hf_inference_tasks import CASES as HF_INFERENCE_CASES
from test_inference_provider_pairs import AUDIO, MESSAGES, PID, PNG, ProviderServer

HF_TOKEN = "hf_differential_token"
OWN_KEY = "provider-own-key"
BILL_TO = "acme"
MODEL = "org/model"
CDN = "https://cdn.example.org"
HUB = "huggingface.co"
ROUTER = "router.huggingface.co"
IMAGE, SOUND = "<image file>", "<audio file>"

# The arguments of each task's method: those of huggingface_hub's docstrings, files given by path.
CALLS: dict[str, tuple[str, tuple[Any, ...], dict[str, Any]]] = {
    "conversational": ("chat_completion", (MESSAGES,), {"model": MODEL, "max_tokens": 5, "stop": []}),
    "text-generation": ("text_generation", ("Hello",), {"model": MODEL, "stop": []}),
    "feature-extraction": ("feature_extraction", ("Hi",), {"model": MODEL}),
    "text-to-image": ("text_to_image", ("a cat",), {"model": MODEL, "width": 512, "height": 256, "num_inference_steps": 4}),
    "image-to-image": ("image_to_image", (IMAGE,), {"model": MODEL, "prompt": "tiger", "num_inference_steps": 4}),
    "text-to-speech": ("text_to_speech", ("Hi",), {"model": MODEL}),
    "automatic-speech-recognition": ("automatic_speech_recognition", (SOUND,), {"model": MODEL}),
    "text-to-video": ("text_to_video", ("a cat",), {"model": MODEL, "num_inference_steps": 4}),
    "image-to-video": ("image_to_video", (IMAGE,), {"model": MODEL, "prompt": "move", "target_size": {"width": 64, "height": 32}}),
    "image-segmentation": ("image_segmentation", (IMAGE,), {"model": MODEL}),
    "text-classification": ("text_classification", ("I like you",), {"model": MODEL, "top_k": 1}),
    "question-answering": ("question_answering", ("Who?", "Me."), {"model": MODEL}),
    "audio-classification": ("audio_classification", (SOUND,), {"model": MODEL}),
    "fill-mask": ("fill_mask", ("Hi [MASK]",), {"model": MODEL}),
    "image-classification": ("image_classification", (IMAGE,), {"model": MODEL}),
    "document-question-answering": ("document_question_answering", (IMAGE, "Total?"), {"model": MODEL}),
    "image-to-text": ("image_to_text", (IMAGE,), {"model": MODEL}),
    "object-detection": ("object_detection", (IMAGE,), {"model": MODEL}),
    "audio-to-audio": ("audio_to_audio", (SOUND,), {"model": MODEL}),
    "zero-shot-image-classification": ("zero_shot_image_classification", (IMAGE,), {"model": MODEL, "candidate_labels": ["cat", "dog"]}),
    "zero-shot-classification": ("zero_shot_classification", ("Hi",), {"model": MODEL, "candidate_labels": ["x", "y"]}),
    "sentence-similarity": ("sentence_similarity", ("a",), {"model": MODEL, "other_sentences": ["b", "c"]}),
    "table-question-answering": ("table_question_answering", ({"a": ["1"]}, "a?"), {"model": MODEL}),
    "tabular-classification": ("tabular_classification", ({"a": ["1", "2"]},), {"model": MODEL}),
    "token-classification": ("token_classification", ("Hi Bob",), {"model": MODEL}),
    "translation": ("translation", ("Hi",), {"model": MODEL, "src_lang": "en", "tgt_lang": "fr"}),
    "summarization": ("summarization", ("long",), {"model": MODEL}),
    "visual-question-answering": ("visual_question_answering", (IMAGE, "Color?"), {"model": MODEL}),
}

_TOOLS = [{"type": "function", "function": {"name": "get_weather", "description": "The weather in a city",
                                             "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}}}]
_SCHEMA = {"type": "json_schema", "json_schema": {"name": "answer", "schema": {"type": "object"}}}
_LOOK = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": [
    {"type": "text", "text": "What is this?"}, {"type": "image_url", "image_url": {"url": f"{CDN}/cdn/in.png"}}]}]
# The same calls with the task's optional arguments, and extra_body where the method takes it.
EVERY_ARGUMENT: dict[str, tuple[str, tuple[Any, ...], dict[str, Any]]] = {
    **CALLS,
    "conversational": ("chat_completion", (_LOOK,), {
        "model": MODEL, "max_tokens": 5, "temperature": 0.5, "top_p": 0.9, "stop": ["\n"], "seed": 1, "frequency_penalty": 0.1,
        "presence_penalty": 0.2, "tools": _TOOLS, "tool_choice": "auto", "logprobs": True, "top_logprobs": 2, "n": 1,
        "response_format": _SCHEMA, "extra_body": {"top_k": 5},
    }),
    "text-generation": ("text_generation", ("Hello",), {
        "model": MODEL, "max_new_tokens": 4, "temperature": 0.5, "top_p": 0.9, "top_k": 3, "stop": ["\n"], "seed": 1,
        "frequency_penalty": 0.1, "repetition_penalty": 1.1,
    }),
    "text-to-image": ("text_to_image", ("a cat",), {
        "model": MODEL, "negative_prompt": "blurry", "guidance_scale": 7.5, "seed": 1, "width": 512, "height": 256,
        "extra_body": {"scheduler": "euler"},
    }),
    "feature-extraction": ("feature_extraction", ("Hi",), {"model": MODEL, "dimensions": 8, "encoding_format": "float"}),
    "text-to-video": ("text_to_video", ("a cat",), {
        "model": MODEL, "negative_prompt": ["blurry"], "guidance_scale": 5.0, "seed": 2, "num_frames": 8, "extra_body": {"fps": 8},
    }),
    "image-to-image": ("image_to_image", (IMAGE,), {
        "model": MODEL, "prompt": "tiger", "negative_prompt": "x", "guidance_scale": 3.0, "target_size": {"width": 64, "height": 32},
    }),
    "image-to-video": ("image_to_video", (IMAGE,), {"model": MODEL, "prompt": "move", "negative_prompt": "x", "num_frames": 8, "seed": 3}),
    "automatic-speech-recognition": ("automatic_speech_recognition", (SOUND,), {"model": MODEL, "extra_body": {"language": "en"}}),
    "text-to-speech": ("text_to_speech", ("Hi",), {"model": MODEL, "extra_body": {"voice": "af"}}),
    "image-segmentation": ("image_segmentation", (IMAGE,), {"model": MODEL, "threshold": 0.5, "mask_threshold": 0.4}),
    "text-classification": ("text_classification", ("I like you",), {"model": MODEL, "top_k": 2, "function_to_apply": "softmax"}),
    "summarization": ("summarization", ("long",), {"model": MODEL, "clean_up_tokenization_spaces": True, "truncation": "longest_first"}),
    "translation": ("translation", ("Hi",), {"model": MODEL, "src_lang": "en", "tgt_lang": "fr", "generate_parameters": {"max_new_tokens": 3}}),
    "token-classification": ("token_classification", ("Hi Bob",), {"model": MODEL, "aggregation_strategy": "simple", "ignore_labels": ["O"]}),
    "question-answering": ("question_answering", ("Who?", "Me."), {"model": MODEL, "top_k": 2, "max_answer_len": 5}),
    "fill-mask": ("fill_mask", ("Hi [MASK]",), {"model": MODEL, "top_k": 2, "targets": ["you"]}),
    "image-classification": ("image_classification", (IMAGE,), {"model": MODEL, "top_k": 2}),
    "audio-classification": ("audio_classification", (SOUND,), {"model": MODEL, "top_k": 2}),
    "object-detection": ("object_detection", (IMAGE,), {"model": MODEL, "threshold": 0.3}),
    "zero-shot-classification": ("zero_shot_classification", ("Hi",), {
        "model": MODEL, "candidate_labels": ["x", "y"], "multi_label": True, "hypothesis_template": "This is {}.",
    }),
    "zero-shot-image-classification": ("zero_shot_image_classification", (IMAGE,), {
        "model": MODEL, "candidate_labels": ["cat", "dog"], "hypothesis_template": "A photo of {}.",
    }),
    "document-question-answering": ("document_question_answering", (IMAGE, "Total?"), {"model": MODEL, "top_k": 2}),
    "visual-question-answering": ("visual_question_answering", (IMAGE, "Color?"), {"model": MODEL, "top_k": 2}),
}

PAIRS = sorted((p, t) for p, tasks in PROVIDERS.items() for t in tasks)
# A provider's own key: both clients call the provider itself, for the providers hfhub describes as data.
# (fal-ai and Replicate go through the router only, and hf-inference is Hugging Face's: README.)
DIRECT = sorted((p, t) for p, t in PAIRS if p not in ("fal-ai", "replicate", "hf-inference"))


class Differs(NamedTuple):
    """Where hfhub's first request differs on purpose: the body's fields that differ, and why."""

    fields: frozenset[str]
    why: str


_MAX_TOKENS = Differs(
    frozenset({"max_tokens", "max_new_tokens"}),
    "huggingface_hub sends text_generation's max_new_tokens under that name to an OpenAI-style /completions route, "
    "whose documented limit is max_tokens (the provider's API reference); hfhub renames it, as huggingface_hub itself "
    "does for deepinfra and featherless-ai",
)


def _data_url_type(field: str, label: str) -> Differs:
    return Differs(frozenset({field}), f"huggingface_hub labels every file it sends as a data URL {label}, whatever the "
                                       "file is; hfhub names the file's own type (RFC 2397: the media type of the data)")


# (provider, task) where hfhub sends something else than huggingface_hub on purpose, however the client is
# built (README, "Where hfhub differs, and why": huggingface_hub against the provider's documentation).
# All else of the exchange must still be the same.
EXPECTED_DIFFERENCES: dict[tuple[str, str], Differs] = {
    ("novita", "text-generation"): _MAX_TOKENS,
    ("together", "text-generation"): _MAX_TOKENS,
    ("fal-ai", "automatic-speech-recognition"): _data_url_type("audio_url", "audio/mpeg"),
    ("wavespeed", "image-to-image"): _data_url_type("image", "image/jpeg"),
    ("wavespeed", "image-to-video"): _data_url_type("image", "image/jpeg"),
    ("hf-inference", "visual-question-answering"): Differs(
        frozenset({"inputs", "image", "question"}),
        "the task schema's inputs {image, question}; huggingface_hub sends the image as inputs and again, with the "
        "question, beside it",
    ),
    ("hf-inference", "tabular-classification"): Differs(
        frozenset({"inputs", "table"}),
        "the task schema's (and huggingface.js's) inputs {data: table}; huggingface_hub sends {table: table}",
    ),
    ("hf-inference", "table-question-answering"): Differs(
        frozenset({"parameters"}), "huggingface_hub passes its own model= argument on among the task's parameters",
    ),
}

# Each client's own, or its HTTP library's: not what the provider is asked.
IGNORED_HEADERS = frozenset({"user-agent", "accept-encoding", "content-length", "connection", "host"})


@dataclasses.dataclass(frozen=True)
class Sent:
    """One request as the provider, its polls or its CDN received it, in comparable form."""

    method: str
    url: str
    headers: tuple[tuple[str, str], ...]
    body: Any


def _comparable(method: str, url: str, headers: dict[str, str], body: bytes) -> Sent:
    kept = {k.lower(): v for k, v in headers.items() if k.lower() not in IGNORED_HEADERS}
    if not body:
        # huggingface_hub polls with the headers of the POST it polls for, Content-Type included:
        # without a body there is nothing for it to describe.
        kept.pop("content-type", None)
    content_type = kept.get("content-type", "")
    parsed: Any = body
    boundary = re.search(r"boundary=([^;\s]+)", content_type)
    if boundary:
        kept["content-type"] = content_type.replace(boundary.group(1), "BOUNDARY")
        parsed = body.replace(boundary.group(1).encode(), b"BOUNDARY")
    elif body and content_type.startswith("application/json"):
        parsed = json.loads(body)
    return Sent(method, url, tuple(sorted(kept.items())), parsed)


class Answers:
    """The Hub, the router, the provider's own root, its polls and its CDN, answering both clients alike."""

    def __init__(self, provider: str, task: str) -> None:
        self.provider, self.task = provider, task
        self.server = ProviderServer(provider, task)
        self.server.root = CDN
        self.sent: list[Sent] = []

    def __call__(self, method: str, url: Any, headers: dict[str, str], body: bytes) -> tuple[int, dict[str, str], bytes]:
        host, path, query = url.host, url.path, url.query
        target = path + (f"?{query.decode() if isinstance(query, bytes) else query}" if query else "")
        if host == HUB:
            return self._reply(self._hub(path))
        self.sent.append(_comparable(method, str(url), headers, body))
        if body.startswith(b"{") and json.loads(body).get("stream"):
            return 200, {"Content-Type": "text/event-stream"}, _events(path)
        if self.provider == "hf-inference" and host != httpx2.URL(CDN).host:
            answer = HF_INFERENCE_CASES[self.task][3]
            binary = {"Content-Type": "application/octet-stream"} if isinstance(answer, bytes) else {}
            return self._reply(Reply(200, answer, binary))
        if host not in (ROUTER, httpx2.URL(CDN).host):
            target = f"/{self.provider}{target}"  # the provider's own root: ProviderServer's paths carry its prefix
        return self._reply(self.server(Exchange(method, target, headers, body)))

    def _hub(self, path: str) -> Reply:
        if not path.startswith("/api/models/"):
            return Reply(404, {"error": "not found"})
        tag = "text-generation" if self.task == "conversational" else self.task
        provider_id = MODEL if self.provider == "hf-inference" else PID
        mapping = {self.provider: {"status": "live", "providerId": provider_id, "task": self.task}}
        return Reply(200, {"id": MODEL, "pipeline_tag": tag, "tags": [tag], "inferenceProviderMapping": mapping})

    @staticmethod
    def _reply(reply: Reply) -> tuple[int, dict[str, str], bytes]:
        content = reply.encoded()  # first: it sets the Content-Type of JSON
        return reply.status, reply.headers, content


def _events(path: str) -> bytes:
    """A streamed answer in the format of the route: OpenAI's chat or completion chunks, or TGI's tokens."""
    if path.endswith("/chat/completions"):
        chunks: list[Any] = [{"id": "c", "object": "chat.completion.chunk", "created": 1, "model": PID,
                              "choices": [{"index": 0, "delta": {"role": "assistant", "content": word}, "finish_reason": None}]}
                             for word in ("hi", " there")]
    elif path.endswith("/completions"):
        chunks = [{"id": "c", "object": "text_completion", "created": 1, "model": PID,
                   "choices": [{"index": 0, "text": word, "finish_reason": None}]} for word in (" wor", "ld")]
    else:
        chunks = [{"index": i, "token": {"id": i, "text": word, "logprob": -0.5, "special": False}, "generated_text": None,
                   "details": None} for i, word in enumerate((" wor", "ld"))]
    return b"".join(b"data: " + json.dumps(chunk).encode() + b"\n\n" for chunk in chunks) + b"data: [DONE]\n\n"


@dataclasses.dataclass
class Outcome:
    sent: list[Sent]
    result: Any = None
    error: str | None = None


@dataclasses.dataclass(frozen=True)
class Variant:
    """How a pair is called, the same on both clients."""

    route: str = "router"
    """"router": an HF token and ``provider=`` (with ``bill_to``); "auto": ``provider=None``; "direct": the provider's own key."""
    media: str = "path"
    """Files given by "path", as a "url" (on the CDN) or as raw "bytes"."""
    every: bool = False
    """The arguments of ``EVERY_ARGUMENT`` rather than ``CALLS``."""
    model_in_client: bool = False
    """``model=`` given to the client rather than to the method."""
    stream: bool = False
    asynchronous: bool = False


def _arguments(task: str, folder: Path, variant: Variant) -> tuple[str, tuple[Any, ...], dict[str, Any]]:
    files: dict[str, Any]
    if variant.media == "url":
        files = {IMAGE: f"{CDN}/cdn/in.png", SOUND: f"{CDN}/cdn/in.flac"}
    elif variant.media == "bytes":
        files = {IMAGE: PNG, SOUND: AUDIO}
    else:
        image, sound = folder / "cat.png", folder / "sample.flac"
        image.write_bytes(PNG)
        sound.write_bytes(AUDIO)
        files = {IMAGE: str(image), SOUND: str(sound)}
    method, args, kwargs = (EVERY_ARGUMENT if variant.every else CALLS)[task]
    args = tuple(files.get(a, a) if isinstance(a, str) else a for a in args)
    if variant.model_in_client:
        kwargs = {k: v for k, v in kwargs.items() if k != "model"}
    return method, args, {**kwargs, "stream": True} if variant.stream else kwargs


def _options(provider: str, variant: Variant) -> dict[str, Any]:
    options: dict[str, Any] = {"model": MODEL} if variant.model_in_client else {}
    if variant.route == "router":
        return {**options, "provider": provider, "token": HF_TOKEN, "bill_to": BILL_TO}
    if variant.route == "auto":  # provider=None: the one of the Hub's mapping
        return {**options, "token": HF_TOKEN}
    return {**options, "provider": provider, "api_key": OWN_KEY}


def _outcome(answers: Answers, run: Callable[[], Any], variant: Variant) -> Outcome:
    try:
        result = run()
        if variant.stream:
            result = list(result)  # read to its end
    except Exception as exc:  # noqa: BLE001 - a refusal or failure is part of what is compared
        return Outcome(answers.sent, error=type(exc).__name__ if isinstance(exc, ValueError) else f"{type(exc).__name__}: {exc}")
    return Outcome(answers.sent, plain(result))


def _handlers(http: Any, answers: Answers) -> tuple[Callable[[Any], Any], Callable[[Any], Any]]:
    """Mock-transport handlers (sync, async) answering from ``answers``, for ``http``: httpx2, or huggingface_hub's httpx2."""

    def handler(request: Any) -> Any:
        status, headers, content = answers(request.method, request.url, dict(request.headers), request.read())
        return http.Response(status, headers=headers, content=content)

    async def ahandler(request: Any) -> Any:
        await request.aread()
        return handler(request)

    return handler, ahandler


def huggingface_hub_outcome(provider: str, task: str, variant: Variant, folder: Path) -> Outcome:
    import httpx2
    from huggingface_hub import AsyncInferenceClient, InferenceClient
    from huggingface_hub import utils as hf_utils
    from huggingface_hub.inference._providers import _common, hf_inference
    from huggingface_hub.utils import _detect_agent

    _detect_agent._registry = {"standardEnvVars": [], "harnesses": {}}
    _common._fetch_inference_provider_mapping.cache_clear()
    hf_inference._check_supported_task.cache_clear()
    answers = Answers(provider, task)
    handler, ahandler = _handlers(httpx2, answers)
    method, args, kwargs = _arguments(task, folder, variant)
    options = _options(provider, variant)
    hf_utils.set_client_factory(lambda: httpx2.Client(transport=httpx2.MockTransport(handler)))
    hf_utils.set_async_client_factory(lambda: httpx2.AsyncClient(transport=httpx2.MockTransport(ahandler)))
    try:
        if variant.asynchronous:

            async def call() -> Any:
                async with AsyncInferenceClient(**options) as client:
                    return await getattr(client, method)(*args, **kwargs)

            return _outcome(answers, lambda: asyncio.run(call()), variant)
        return _outcome(answers, lambda: getattr(InferenceClient(**options), method)(*args, **kwargs), variant)
    finally:
        hf_utils.set_client_factory(hf_utils._http.default_client_factory)
        hf_utils.set_async_client_factory(hf_utils._http.default_async_client_factory)


def hfhub_outcome(provider: str, task: str, variant: Variant, folder: Path) -> Outcome:
    from hfhub import AsyncInferenceClient, InferenceClient
    from hfhub_api._retry import RetryPolicy

    answers = Answers(provider, task)
    no_wait = RetryPolicy(0, sleep=lambda s: None, async_sleep=lambda s: asyncio.sleep(0))
    handler, ahandler = _handlers(httpx2, answers)

    method, args, kwargs = _arguments(task, folder, variant)
    options = {**_options(provider, variant), "max_retries": no_wait}
    if variant.asynchronous:

        async def call() -> Any:
            async with httpx2.AsyncClient(transport=httpx2.MockTransport(ahandler)) as http:
                async with AsyncInferenceClient(**options, http_client=http) as client:
                    return await getattr(client, method)(*args, **kwargs)

        return _outcome(answers, lambda: asyncio.run(call()), variant)
    with httpx2.Client(transport=httpx2.MockTransport(handler)) as http:
        client = InferenceClient(**options, http_client=http)
        return _outcome(answers, lambda: getattr(client, method)(*args, **kwargs), variant)


def differences(theirs: Outcome, ours: Outcome) -> list[str]:
    """What hfhub did otherwise than huggingface_hub, request by request, then the result."""
    found = []
    if len(theirs.sent) != len(ours.sent):
        found.append(f"{len(ours.sent)} requests sent, huggingface_hub {len(theirs.sent)}: "
                     f"{[(s.method, s.url) for s in ours.sent]} != {[(s.method, s.url) for s in theirs.sent]}")
    for index, (a, b) in enumerate(zip(theirs.sent, ours.sent)):
        for name in ("method", "url", "headers", "body"):
            if getattr(a, name) != getattr(b, name):
                found.append(f"request {index + 1} {name}: hfhub {getattr(b, name)} != huggingface_hub {getattr(a, name)}")
    if theirs.error != ours.error:
        found.append(f"error: hfhub {ours.error} != huggingface_hub {theirs.error}")
    elif theirs.error is None and theirs.result != ours.result and not within(theirs.result, ours.result):
        # Fields of the answer that huggingface_hub's dataclasses drop (``object``...) hfhub may keep.
        found.append(f"result: hfhub {str(ours.result)[:500]} != huggingface_hub {str(theirs.result)[:500]}")
    return found


def _without(outcome: Outcome, fields: frozenset[str]) -> Outcome:
    """``outcome`` with ``fields`` left out of its first request's JSON body."""
    if not outcome.sent or not isinstance(outcome.sent[0].body, dict):
        return outcome
    first = outcome.sent[0]
    body = {k: v for k, v in first.body.items() if k not in fields}
    return dataclasses.replace(outcome, sent=[dataclasses.replace(first, body=body), *outcome.sent[1:]])


def compare(provider: str, task: str, variant: Variant, folder: Path) -> tuple[Outcome, Outcome, bool]:
    """Both outcomes, the expected difference of the pair (if any) set aside, and whether they differed before."""
    theirs = huggingface_hub_outcome(provider, task, variant, folder)
    ours = hfhub_outcome(provider, task, variant, folder)
    differed = bool(differences(theirs, ours))
    expected = EXPECTED_DIFFERENCES.get((provider, task))
    if expected is not None and differed:
        theirs, ours = _without(theirs, expected.fields), _without(ours, expected.fields)
    return theirs, ours, differed


@pytest.fixture(autouse=True)
def no_polling_pause(monkeypatch: pytest.MonkeyPatch) -> None:
    """huggingface_hub waits between polls with ``time.sleep``; here the answers are ready at once."""
    import time

    monkeypatch.setattr(time, "sleep", lambda s: None)


def _ids(cases: list[tuple[str, ...]]) -> list[str]:
    return [":".join(case) for case in cases]


ROUTES = [(p, t, route) for route, pairs in (("router", PAIRS), ("direct", DIRECT), ("auto", PAIRS)) for p, t in pairs]


def test_every_pair_of_huggingface_hub_is_compared() -> None:
    assert len(PAIRS) == 74 and {t for _, t in PAIRS} == set(CALLS)
    assert set(EXPECTED_DIFFERENCES) <= set(PAIRS)


@pytest.mark.parametrize(("provider", "task", "route"), ROUTES, ids=_ids(ROUTES))
def test_hfhub_sends_what_huggingface_hub_sends(provider: str, task: str, route: str, tmp_path: Path) -> None:
    theirs, ours, _ = compare(provider, task, Variant(route), tmp_path)
    if (provider, route) == ("openai", "router"):  # not served through the router: both refuse an HF token before sending
        assert theirs.sent == ours.sent == [] and theirs.error == ours.error == "ValueError"
    else:  # the harness served huggingface_hub's whole call
        assert theirs.error is None and theirs.sent, theirs.error
    assert differences(theirs, ours) == []


@pytest.mark.parametrize(("provider", "task", "route"), ROUTES, ids=_ids(ROUTES))
def test_model_given_to_the_client(provider: str, task: str, route: str, tmp_path: Path) -> None:
    theirs, ours, _ = compare(provider, task, Variant(route, model_in_client=True), tmp_path)
    assert (theirs.error is None and theirs.sent) or (provider, route) == ("openai", "router")
    assert differences(theirs, ours) == []


EVERY_ARGUMENT_ROUTES = [case for case in ROUTES if case[2] != "auto"]


@pytest.mark.parametrize(("provider", "task", "route"), EVERY_ARGUMENT_ROUTES, ids=_ids(EVERY_ARGUMENT_ROUTES))
def test_with_every_argument_hfhub_sends_what_huggingface_hub_sends(provider: str, task: str, route: str, tmp_path: Path) -> None:
    theirs, ours, differed = compare(provider, task, Variant(route, every=True), tmp_path)
    if (provider, task) in EXPECTED_DIFFERENCES:
        assert differed, f"no longer differs: remove {(provider, task)} from EXPECTED_DIFFERENCES"
    assert (theirs.error is None and theirs.sent) or (provider, route) == ("openai", "router")
    assert differences(theirs, ours) == []


FILE_PAIRS = [(p, t) for p, t in PAIRS if any(a in (IMAGE, SOUND) for a in CALLS[t][1] if isinstance(a, str))]
# Files given as URLs; huggingface_hub fetches the image of visual_question_answering once for each of
# its two copies (EXPECTED_DIFFERENCES).
URL_PAIRS = [pair for pair in FILE_PAIRS if pair != ("hf-inference", "visual-question-answering")]


@pytest.mark.parametrize(("provider", "task"), URL_PAIRS, ids=_ids(URL_PAIRS))
def test_files_given_as_urls(provider: str, task: str, tmp_path: Path) -> None:
    theirs, ours, _ = compare(provider, task, Variant(media="url"), tmp_path)
    assert theirs.error is None and theirs.sent
    assert differences(theirs, ours) == []


def _untyped(outcome: Outcome) -> Outcome:
    """``outcome`` with the media types of the files it sent left out: data URLs', forms', raw bodies'."""

    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items()}
        if isinstance(value, list):
            return [strip(v) for v in value]
        if isinstance(value, str):
            return re.sub(r"^data:[^;,]*;base64,", "data:;base64,", value)
        if isinstance(value, bytes):  # a form's file part
            return re.sub(rb'filename="audio[^"]*"\r\nContent-Type: [^\r]*', b'filename="audio"', value)
        return value

    def sent(request: Sent) -> Sent:
        headers = request.headers
        if isinstance(request.body, bytes) and not request.body.startswith(b"--"):  # a raw file
            headers = tuple((k, v) for k, v in headers if k != "content-type")
        return dataclasses.replace(request, headers=headers, body=strip(request.body))

    return dataclasses.replace(outcome, sent=[sent(request) for request in outcome.sent])


# Files given as bytes: huggingface_hub cannot tell their type and names a default one (image/jpeg,
# audio/wav, audio/mpeg, or none for a raw body); hfhub the one their bytes show (README). All else is compared.
@pytest.mark.parametrize(("provider", "task"), FILE_PAIRS, ids=_ids(FILE_PAIRS))
def test_files_given_as_bytes(provider: str, task: str, tmp_path: Path) -> None:
    theirs, ours, _ = compare(provider, task, Variant(media="bytes"), tmp_path)
    assert theirs.error is None and theirs.sent
    assert differences(_untyped(theirs), _untyped(ours)) == []


STREAMED = [(p, t) for p, t in PAIRS if t in ("conversational", "text-generation") and p != "openai"]
# huggingface_hub reads these streams as TGI's tokens and fails on the OpenAI completion chunks the
# providers send (README); only the requests are compared.
UNREADABLE_STREAMS = {(p, "text-generation") for p in ("deepinfra", "featherless-ai", "novita", "together")}


@pytest.mark.parametrize(("provider", "task"), STREAMED, ids=_ids(STREAMED))
def test_streams_send_the_same(provider: str, task: str, tmp_path: Path) -> None:
    theirs, ours, _ = compare(provider, task, Variant(stream=True), tmp_path)
    assert len(theirs.sent) == 1
    if (provider, task) in UNREADABLE_STREAMS:
        assert str(theirs.error).startswith("AttributeError") and ours.result == [" wor", "ld"]
        theirs, ours = dataclasses.replace(theirs, error=None), dataclasses.replace(ours, result=None)
    else:
        assert theirs.error is None
    assert differences(theirs, ours) == []


@pytest.mark.parametrize(("provider", "task"), PAIRS, ids=_ids(PAIRS))
def test_async_clients_send_the_same(provider: str, task: str, tmp_path: Path) -> None:
    theirs, ours, _ = compare(provider, task, Variant(asynchronous=True, every=True), tmp_path)
    assert (theirs.error is None and theirs.sent) or provider == "openai"
    assert differences(theirs, ours) == []
