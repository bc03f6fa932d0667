"""Every provider-task pair of huggingface_hub 2.4.0, checked on a local server posing as the Hub, the router and a CDN.

For each pair: the route, the headers and the body the provider's API takes, then the
answer in that provider's format read into the result huggingface_hub returns. The pairs
themselves are read from huggingface_hub's provider registry, so a pair it serves and we
do not fails here.
"""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import io
import json
from typing import Any, Callable

import numpy
import pytest
from huggingface_hub.inference._providers import PROVIDERS
from local_server import Exchange, Reply
from PIL import Image

from hfhub import InferenceClient
from hfhub_api._retry import RetryPolicy
from hfhub.inference import _providers
from hfhub.inference._providers import _catalog

TOKEN = "hf_pairs_token"
PID = "prov/model-id"
MP4 = b"\x00\x00\x00\x18ftypisom" + b"\x00" * 8
AUDIO = b"fLaC" + b"\x00" * 12
WAV = b"RIFF\x00\x00\x00\x00WAVEfmt " + b"\x00" * 8
NO_WAIT = RetryPolicy(0, sleep=lambda s: None, async_sleep=lambda s: asyncio.sleep(0))
MESSAGES = [{"role": "user", "content": "Hi"}]


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (3, 2), (0, 0, 255)).save(buffer, format="PNG")
    return buffer.getvalue()


PNG = _png()
PNG_URL = "data:image/png;base64," + base64.b64encode(PNG).decode()
WAV_URL = "data:audio/wav;base64," + base64.b64encode(WAV).decode()

CALLS: dict[str, Callable[[InferenceClient], Any]] = {
    "conversational": lambda c: c.chat_completion(MESSAGES, max_tokens=5),
    "text-generation": lambda c: c.text_generation("Hello", max_new_tokens=4),
    "feature-extraction": lambda c: c.feature_extraction("Hi"),
    "text-to-image": lambda c: c.text_to_image("a cat", width=512, height=256, num_inference_steps=4),
    "image-to-image": lambda c: c.image_to_image(PNG, prompt="tiger", num_inference_steps=4),
    "text-to-speech": lambda c: c.text_to_speech("Hi"),
    "automatic-speech-recognition": lambda c: c.automatic_speech_recognition(WAV),
    "text-to-video": lambda c: c.text_to_video("a cat", num_inference_steps=4),
    "image-to-video": lambda c: c.image_to_video(PNG, prompt="move", target_size={"width": 64, "height": 32}),
    "image-segmentation": lambda c: c.image_segmentation(PNG),
}


def _is_png(result: Any) -> bool:
    return isinstance(result, Image.Image) and result.size == (3, 2)


CHECKS: dict[str, Callable[[Any], bool]] = {
    "conversational": lambda r: r["choices"][0]["message"]["content"] == "hi",
    "text-generation": lambda r: r == " world",
    "feature-extraction": lambda r: isinstance(r, numpy.ndarray) and r.tolist() == [[0.5, 0.25]],
    "text-to-image": _is_png,
    "image-to-image": _is_png,
    "text-to-speech": lambda r: r == AUDIO,
    "automatic-speech-recognition": lambda r: r["text"] == "hello",
    "text-to-video": lambda r: r == MP4,
    "image-to-video": lambda r: r == MP4,
    "image-segmentation": lambda r: r[0]["label"] == "mask" and _is_png(r[0]["mask"]),
}

_CHAT = {"model": PID, "messages": MESSAGES, "max_tokens": 5, "stream": False}
_COMPLETION = {"prompt": "Hello", "model": PID, "max_tokens": 4}
_EMBED = {"input": "Hi", "model": PID}
_SPEECH = {"input": "Hi", "model": PID}
MULTIPART = "multipart"

# (provider, task): (method and path the provider receives, its body; MULTIPART: a form with the audio and the model)
EXPECTED: dict[tuple[str, str], tuple[str, Any]] = {
    ("baseten", "conversational"): ("/baseten/v1/chat/completions", _CHAT),
    ("cerebras", "conversational"): ("/cerebras/v1/chat/completions", _CHAT),
    ("cohere", "conversational"): ("/cohere/compatibility/v1/chat/completions", _CHAT),
    ("deepinfra", "conversational"): ("/deepinfra/v1/openai/chat/completions", _CHAT),
    ("deepinfra", "text-generation"): ("/deepinfra/v1/openai/completions", _COMPLETION),
    ("deepinfra", "feature-extraction"): ("/deepinfra/v1/openai/embeddings", _EMBED),
    ("deepinfra", "text-to-speech"): ("/deepinfra/v1/openai/audio/speech", _SPEECH),
    ("deepinfra", "automatic-speech-recognition"): ("/deepinfra/v1/openai/audio/transcriptions", MULTIPART),
    ("fal-ai", "automatic-speech-recognition"): (f"/fal-ai/{PID}", {"audio_url": WAV_URL}),
    ("fal-ai", "text-to-image"): (f"/fal-ai/{PID}", {"prompt": "a cat", "image_size": {"width": 512, "height": 256}, "num_inference_steps": 4}),
    ("fal-ai", "text-to-speech"): (f"/fal-ai/{PID}", {"text": "Hi"}),
    ("fal-ai", "text-to-video"): (f"/fal-ai/{PID}", {"prompt": "a cat", "num_inference_steps": 4}),
    ("fal-ai", "image-to-video"): (f"/fal-ai/{PID}", {"image_url": PNG_URL, "prompt": "move", "target_size": {"width": 64, "height": 32}}),
    ("fal-ai", "image-to-image"): (
        f"/fal-ai/{PID}", {"image_url": PNG_URL, "image_urls": [PNG_URL], "prompt": "tiger", "num_inference_steps": 4}
    ),
    ("fal-ai", "image-segmentation"): (f"/fal-ai/{PID}", {"image_url": PNG_URL, "sync_mode": True}),
    ("featherless-ai", "conversational"): ("/featherless-ai/v1/chat/completions", _CHAT),
    ("featherless-ai", "text-generation"): ("/featherless-ai/v1/completions", _COMPLETION),
    ("fireworks-ai", "conversational"): ("/fireworks-ai/inference/v1/chat/completions", _CHAT),
    ("groq", "conversational"): ("/groq/openai/v1/chat/completions", _CHAT),
    ("novita", "conversational"): ("/novita/v3/openai/chat/completions", _CHAT),
    ("novita", "text-generation"): ("/novita/v3/openai/completions", _COMPLETION),
    ("novita", "text-to-video"): (f"/novita/v3/hf/{PID}", {"prompt": "a cat", "num_inference_steps": 4}),
    ("nscale", "conversational"): ("/nscale/v1/chat/completions", _CHAT),
    ("nscale", "text-to-image"): (
        "/nscale/v1/images/generations", {"prompt": "a cat", "response_format": "b64_json", "size": "512x256", "model": PID}
    ),
    ("openai", "conversational"): ("/v1/chat/completions", {**_CHAT, "model": "org/model"}),
    ("ovhcloud", "conversational"): ("/ovhcloud/v1/chat/completions", _CHAT),
    ("publicai", "conversational"): ("/publicai/v1/chat/completions", _CHAT),
    ("replicate", "automatic-speech-recognition"): (f"/replicate/v1/models/{PID}/predictions", {"input": {"audio": WAV_URL}}),
    ("replicate", "image-to-image"): (
        f"/replicate/v1/models/{PID}/predictions",
        {"input": {"image": PNG_URL, "images": [PNG_URL], "input_image": PNG_URL, "input_images": [PNG_URL], "prompt": "tiger",
                   "num_inference_steps": 4}},
    ),
    ("replicate", "text-to-image"): (
        f"/replicate/v1/models/{PID}/predictions", {"input": {"prompt": "a cat", "width": 512, "height": 256, "num_inference_steps": 4}}
    ),
    ("replicate", "text-to-speech"): (f"/replicate/v1/models/{PID}/predictions", {"input": {"text": "Hi"}}),
    ("replicate", "text-to-video"): (f"/replicate/v1/models/{PID}/predictions", {"input": {"prompt": "a cat", "num_inference_steps": 4}}),
    ("scaleway", "conversational"): ("/scaleway/v1/chat/completions", _CHAT),
    ("scaleway", "feature-extraction"): ("/scaleway/v1/embeddings", _EMBED),
    ("together", "conversational"): ("/together/v1/chat/completions", _CHAT),
    ("together", "feature-extraction"): ("/together/v1/embeddings", _EMBED),
    ("together", "image-to-image"): (
        "/together/v1/images/generations",
        {"prompt": "tiger", "reference_images": [PNG_URL], "response_format": "base64", "steps": 4, "model": PID},
    ),
    ("together", "image-to-video"): (
        "/together/v2/videos",
        {"frame_images": [{"input_image": PNG_URL, "frame": "first"}], "model": PID, "prompt": "move", "width": 64, "height": 32},
    ),
    ("together", "text-generation"): ("/together/v1/completions", _COMPLETION),
    ("together", "text-to-image"): (
        "/together/v1/images/generations",
        {"prompt": "a cat", "response_format": "base64", "width": 512, "height": 256, "steps": 4, "model": PID},
    ),
    ("together", "text-to-speech"): ("/together/v1/audio/speech", _SPEECH),
    ("together", "text-to-video"): ("/together/v2/videos", {"prompt": "a cat", "model": PID, "steps": 4}),
    ("wavespeed", "text-to-image"): (f"/wavespeed/api/v3/{PID}", {"prompt": "a cat", "width": 512, "height": 256, "num_inference_steps": 4}),
    ("wavespeed", "text-to-video"): (f"/wavespeed/api/v3/{PID}", {"prompt": "a cat", "num_inference_steps": 4}),
    ("wavespeed", "image-to-image"): (f"/wavespeed/api/v3/{PID}", {"image": PNG_URL, "prompt": "tiger", "num_inference_steps": 4}),
    ("wavespeed", "image-to-video"): (
        f"/wavespeed/api/v3/{PID}", {"image": PNG_URL, "prompt": "move", "target_size": {"width": 64, "height": 32}}
    ),
    ("zai-org", "conversational"): ("/zai-org/api/paas/v4/chat/completions", _CHAT),
    ("zai-org", "text-to-image"): (
        "/zai-org/api/paas/v4/async/images/generations",
        {"prompt": "a cat", "model": PID, "size": "512x256", "num_inference_steps": 4},
    ),
}
THIRD_PARTY = sorted((p, t) for p, tasks in PROVIDERS.items() if p != "hf-inference" for t in tasks)


class ProviderServer:
    """The Hub (one mapping), the router's provider routes, their polls and a CDN, each answering in its provider's format."""

    def __init__(self, provider: str, task: str) -> None:
        self.provider, self.task = provider, task
        self.root = ""
        self.polls = 0

    def __call__(self, exchange: Exchange) -> Reply:
        path, task = exchange.path, self.task
        if path.startswith("/api/models/"):
            mapping = {self.provider: {"status": "live", "providerId": PID, "task": task}}
            return Reply(200, {"id": "org/model", "inferenceProviderMapping": mapping})
        if path.startswith("/cdn/"):
            return Reply(200, {"png": PNG, "mp4": MP4, "flac": AUDIO}[path.rsplit(".", 1)[1]])
        if exchange.method == "GET":
            return self._poll(path)
        return Reply(200, *self._answer())

    def _file(self) -> str:
        kind = {"text-to-speech": "flac", "text-to-video": "mp4", "image-to-video": "mp4"}.get(self.task, "png")
        return f"{self.root}/cdn/out.{kind}"

    def _answer(self) -> tuple[Any, ...]:
        provider, task = self.provider, self.task
        if task == "conversational":
            return ({"id": "c", "object": "chat.completion", "created": 1, "model": PID, "system_fingerprint": "",
                     "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "hi"}}]},)
        if task == "text-generation":
            return ({"choices": [{"index": 0, "text": " world", "finish_reason": "length"}]},)
        if task == "feature-extraction":
            return ({"data": [{"index": 0, "embedding": [0.5, 0.25]}]},)
        if provider == "fal-ai":
            if task == "automatic-speech-recognition":
                return ({"text": "hello"},)
            if task in ("text-to-image",):
                return ({"images": [{"url": self._file()}]},)
            if task == "text-to-speech":
                return ({"audio": {"url": self._file()}},)
            return ({"request_id": "r1", "status": "IN_QUEUE", "response_url": f"https://queue.fal.run/{PID}/requests/r1"},)
        if provider == "replicate":
            output = {"transcription": "hello"} if task == "automatic-speech-recognition" else self._file()
            return ({"id": "p1", "status": "succeeded", "output": output},)
        if task == "automatic-speech-recognition":
            return ({"text": "hello", "segments": [{"text": "hello", "start": 0.0, "end": 1.0}]},)
        if task == "text-to-speech":
            return (AUDIO, {"Content-Type": "audio/flac"})
        if provider in ("together", "nscale") and task in ("text-to-image", "image-to-image"):
            return ({"data": [{"b64_json": base64.b64encode(PNG).decode()}]},)
        if provider == "together":
            return ({"id": "job1", "status": "queued"},)
        if provider == "novita":
            return ({"video": {"video_url": self._file()}},)
        if provider == "wavespeed":
            return ({"data": {"id": "p1", "urls": {"get": "https://api.wavespeed.ai/api/v3/predictions/p1/result"}}},)
        if provider == "zai-org":
            return ({"id": "t1", "task_status": "PROCESSING"},)
        return ({"error": f"no answer for {provider} {task}"},)

    def _poll(self, path: str) -> Reply:
        self.polls += 1
        if path == f"/fal-ai/{PID}/requests/r1/status":
            return Reply(200, {"status": "COMPLETED"})
        if path == f"/fal-ai/{PID}/requests/r1":
            if self.task == "image-segmentation":
                return Reply(200, {"image": {"url": PNG_URL}})
            key = "video" if self.task.endswith("video") else "images"
            return Reply(200, {key: {"url": self._file()}} if key == "video" else {key: [{"url": self._file()}]})
        if path == "/together/v2/videos/job1":
            return Reply(200, {"id": "job1", "status": "completed", "outputs": {"video_url": self._file()}})
        if path == "/wavespeed/api/v3/predictions/p1/result":
            return Reply(200, {"data": {"status": "completed", "outputs": [self._file()]}})
        if path == "/zai-org/api/paas/v4/async-result/t1":
            return Reply(200, {"task_status": "SUCCESS", "image_result": [{"url": self._file()}]})
        return Reply(599, {"error": f"no poll route {path}"})


def test_every_pair_of_huggingface_hub_is_served():
    pairs = [(p, t) for p, tasks in PROVIDERS.items() for t in tasks]
    assert len(pairs) == 74
    assert [pair for pair in pairs if not _providers.serves(*pair)] == []
    assert sorted(EXPECTED) == THIRD_PARTY


@pytest.fixture
def own_root_here(monkeypatch: pytest.MonkeyPatch) -> Callable[[str, str], None]:
    """Point a provider's own API root at the local server."""

    def point(provider: str, url: str) -> None:
        monkeypatch.setitem(_catalog.SPECS, provider, dataclasses.replace(_catalog.SPECS[provider], root=url))
        monkeypatch.setattr(_providers, "_instances", {})

    return point


@pytest.mark.parametrize(("provider", "task"), THIRD_PARTY, ids=[f"{p}:{t}" for p, t in THIRD_PARTY])
def test_request_and_answer(provider: str, task: str, serve: Any, own_root_here: Callable[[str, str], None]) -> None:
    handler = ProviderServer(provider, task)
    server = serve(handler)
    handler.root = server.url
    options: dict[str, Any] = {"api_key": TOKEN}
    if provider == "openai":
        own_root_here("openai", server.url)
        options["api_key"] = "sk-openai-key"
    client = InferenceClient("org/model", provider=provider, endpoint=server.url, router_url=server.url, max_retries=NO_WAIT, **options)
    result = CALLS[task](client)
    assert CHECKS[task](result), result
    path, body = EXPECTED[(provider, task)]
    sent = [e for e in server.exchanges if e.method == "POST"]
    assert [e.path for e in sent] == [path]
    (request,) = sent
    assert request.headers["authorization"] == f"Bearer {options['api_key']}"
    if body == MULTIPART:
        assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
        assert WAV in request.body and f'name="model"\r\n\r\n{PID}'.encode() in request.body
    else:
        assert json.loads(request.body) == body
    if provider == "zai-org":
        assert request.headers["x-source-channel"] == "hugging_face"
    for download in (e for e in server.exchanges if e.path.startswith("/cdn/")):
        assert "authorization" not in download.headers


def test_json_schema_response_format_in_each_provider_s_spelling(serve: Any) -> None:
    schema = {"type": "object", "properties": {"a": {"type": "string"}}}
    response_format = {"type": "json_schema", "json_schema": {"name": "x", "schema": schema}}
    sent = {}
    for provider, expected in (
        ("cohere", {"type": "json_object", "schema": schema}),
        ("fireworks-ai", {"type": "json_object", "schema": schema}),
        ("together", {"type": "json_schema", "schema": schema}),
        ("groq", response_format),
    ):
        handler = ProviderServer(provider, "conversational")
        server = serve(handler)
        client = InferenceClient("org/model", provider=provider, api_key=TOKEN, endpoint=server.url, router_url=server.url)
        client.chat_completion(MESSAGES, response_format=response_format)
        sent[provider] = json.loads(server.exchanges[-1].body)["response_format"]
        assert sent[provider] == expected, provider


def test_a_provider_the_hub_names_but_this_version_does_not_know_serves_chat_and_text(serve: Any) -> None:
    handler = ProviderServer("nebius", "conversational")
    server = serve(handler)
    auto = InferenceClient("org/model", api_key=TOKEN, endpoint=server.url, router_url=server.url)
    named = InferenceClient("org/model", provider="nebius", api_key=TOKEN, endpoint=server.url, router_url=server.url)
    assert named.chat_completion(MESSAGES, max_tokens=5)["choices"][0]["message"]["content"] == "hi"
    handler.task = "text-generation"
    assert auto.text_generation("Hello", max_new_tokens=4) == " world"
    assert [e.path for e in server.exchanges if e.method == "POST"] == ["/nebius/v1/chat/completions", "/nebius/v1/completions"]
    with pytest.raises(ValueError, match="cannot send 'text-to-image' to nebius"):
        named.text_to_image("a cat")


def test_openai_needs_its_own_key():
    with pytest.raises(ValueError, match="your openai key"):
        InferenceClient("gpt-4o", provider="openai", api_key=TOKEN).chat_completion(MESSAGES)


@pytest.mark.parametrize(("provider", "task"), [("together", "text-to-video"), ("deepinfra", "automatic-speech-recognition"),
                                                ("zai-org", "text-to-image"), ("wavespeed", "image-to-video")])
def test_async_client_sends_the_same(provider: str, task: str, serve: Any) -> None:
    from hfhub import AsyncInferenceClient

    handler = ProviderServer(provider, task)
    server = serve(handler)
    handler.root = server.url

    async def call() -> Any:
        async with AsyncInferenceClient("org/model", provider=provider, api_key=TOKEN, endpoint=server.url,
                                        router_url=server.url, max_retries=NO_WAIT) as client:
            method, args, kwargs = _async_call(task)
            return await getattr(client, method)(*args, **kwargs)

    assert CHECKS[task](asyncio.run(call()))
    path, body = EXPECTED[(provider, task)]
    (request,) = [e for e in server.exchanges if e.method == "POST"]
    assert request.path == path
    if body != MULTIPART:
        assert json.loads(request.body) == body


def _async_call(task: str) -> tuple[str, tuple[Any, ...], dict[str, Any]]:
    return {
        "text-to-video": ("text_to_video", ("a cat",), {"num_inference_steps": 4}),
        "automatic-speech-recognition": ("automatic_speech_recognition", (WAV,), {}),
        "text-to-image": ("text_to_image", ("a cat",), {"width": 512, "height": 256, "num_inference_steps": 4}),
        "image-to-video": ("image_to_video", (PNG,), {"prompt": "move", "target_size": {"width": 64, "height": 32}}),
    }[task]


@pytest.mark.parametrize(("provider", "task"), [("together", "conversational"), ("together", "text-to-video"), ("wavespeed", "text-to-image")])
def test_a_provider_s_own_key_calls_its_own_root(provider: str, task: str, serve: Any, own_root_here: Callable[[str, str], None],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """As huggingface_hub: a key that is not a Hugging Face token goes to the provider itself, never to the Hub."""
    monkeypatch.setenv("HF_TOKEN", TOKEN)
    hub = ProviderServer(provider, task)
    hub_server = serve(hub)
    own = ProviderServer(provider, task)
    own_server = serve(own, host="127.0.0.2")
    own.root = hub.root = own_server.url
    own_root_here(provider, own_server.url + f"/{provider}")  # the paths of ProviderServer carry the provider's prefix
    client = InferenceClient("org/model", provider=provider, api_key="provider-key", endpoint=hub_server.url,
                             router_url=hub_server.url, max_retries=NO_WAIT)
    assert CHECKS[task](CALLS[task](client))
    lookups = [e for e in hub_server.exchanges if e.path.startswith("/api/models/")]
    # The key never goes to the Hub; HF_TOKEN, found implicitly, would, but not over plain http.
    assert len(lookups) == 1 and "authorization" not in lookups[0].headers
    assert [e.path for e in hub_server.exchanges] == [lookups[0].path]
    calls = [e for e in own_server.exchanges if not e.path.startswith("/cdn/")]
    assert calls and all(e.headers["authorization"] == "Bearer provider-key" for e in calls)
    assert EXPECTED[(provider, task)][0] == calls[0].path
