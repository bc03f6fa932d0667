"""What each provider is sent for the tasks no cassette records, and how its answers read."""

from __future__ import annotations

import asyncio
import base64
import json
from typing import Any

import httpx2
import pytest

from hfhub import AsyncInferenceClient, InferenceClient
from hfhub.errors import HubError
from hfhub.inference import ConversationalOutput

PNG = b"\x89PNG\r\n\x1a\n" + b"\x07" * 24
MP4 = b"\x00\x00\x00\x18ftypisom" + b"\x00" * 8


class Provider:
    """A mock of the Hub (one mapping), the router and a CDN; records every request."""

    def __init__(self, provider: str, provider_id: str, task: str, answers: dict[str, Any]) -> None:
        self.mapping = {provider: {"status": "live", "providerId": provider_id, "task": task}}
        self.answers = answers
        self.requests: list[httpx2.Request] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        if request.url.host == "huggingface.co":
            return httpx2.Response(200, json={"id": "org/model", "inferenceProviderMapping": self.mapping})
        if request.url.host == "cdn.example":
            return httpx2.Response(200, content=PNG if request.url.path.endswith(".png") else MP4)
        answer = self.answers[request.url.path]
        if isinstance(answer, httpx2.Response):
            return answer
        return httpx2.Response(200, json=answer)

    def sent(self, path: str) -> Any:
        (request,) = [r for r in self.requests if r.url.path == path]
        return json.loads(request.content)

    def client(self, provider: str = "auto", **options: Any) -> InferenceClient:
        return InferenceClient("org/model", provider=provider, token="hf_p", outputs="typed", http_client=httpx2.Client(transport=httpx2.MockTransport(self)), **options)


def test_together_generates_text_through_openai_completions() -> None:
    mock = Provider("together", "org/Model-Turbo", "text-generation", {"/together/v1/completions": {"choices": [{"text": " world", "index": 0}]}})
    with mock.client() as client:
        assert client.text_generation("Hello", max_new_tokens=4, temperature=0.5) == " world"
        with pytest.raises(ValueError, match="no watermark"):
            client.text_generation("Hello", watermark=True)
    assert mock.sent("/together/v1/completions") == {"prompt": "Hello", "model": "org/Model-Turbo", "max_tokens": 4, "temperature": 0.5}


def test_together_streams_openai_completion_chunks() -> None:
    chunks = [{"choices": [{"index": 0, "text": t, "finish_reason": f}]} for t, f in (("Hel", None), ("lo", "length"))]
    body = "".join(f"data: {json.dumps(c)}\n\n" for c in chunks) + "data: [DONE]\n\n"
    answer = httpx2.Response(200, headers={"content-type": "text/event-stream"}, content=body.encode())
    mock = Provider("together", "org/Model-Turbo", "text-generation", {"/together/v1/completions": answer})
    with mock.client() as client:
        assert list(client.text_generation("x", stream=True)) == ["Hel", "lo"]
    assert mock.sent("/together/v1/completions")["stream"] is True


def test_sambanova_embeds_through_openai_embeddings() -> None:
    answer = {"data": [{"index": 0, "embedding": [0.5, 0.25]}]}
    mock = Provider("sambanova", "E5-Mistral-7B-Instruct", "feature-extraction", {"/sambanova/v1/embeddings": answer})
    with mock.client() as client:
        assert client.feature_extraction("hi") == [[0.5, 0.25]]
    assert mock.sent("/sambanova/v1/embeddings") == {"input": "hi", "model": "E5-Mistral-7B-Instruct"}


def test_fal_gets_media_urls_as_they_are_and_edits_through_its_queue() -> None:
    queue = {"request_id": "q", "status": "COMPLETED", "response_url": "https://queue.fal.run/fal-ai/kontext/requests/q"}
    answers = {"/fal-ai/fal-ai/kontext": queue, "/fal-ai/fal-ai/kontext/requests/q": {"images": [{"url": "https://cdn.example/o.png"}]}}
    mock = Provider("fal-ai", "fal-ai/kontext", "image-to-image", answers)
    with mock.client() as client:
        out = client.image_to_image("https://cdn.example/in.jpg", "make it blue", width=512, height=256, extra_body={"sync_mode": True})
    assert out.image == PNG
    assert mock.sent("/fal-ai/fal-ai/kontext") == {
        "image_url": "https://cdn.example/in.jpg", "image_urls": ["https://cdn.example/in.jpg"], "prompt": "make it blue",
        "image_size": {"width": 512, "height": 256}, "sync_mode": True,
    }
    cdn = [str(r.url) for r in mock.requests if r.url.host == "cdn.example"]
    assert cdn == ["https://cdn.example/o.png"]  # the input URL was not fetched


def test_fal_speech_and_image_sizes() -> None:
    answers = {"/fal-ai/fal-ai/tts": {"audio": {"url": "https://cdn.example/a.mp3"}}}
    mock = Provider("fal-ai", "fal-ai/tts", "text-to-speech", answers)
    with mock.client() as client:
        assert client.text_to_speech("Hello", extra_body={"voice": "af"}).audio == MP4
    assert mock.sent("/fal-ai/fal-ai/tts") == {"text": "Hello", "voice": "af"}


def test_replicate_failure_is_a_typed_error() -> None:
    answers = {"/replicate/v1/models/o/m/predictions": {"id": "p", "status": "failed", "error": "NSFW content", "output": None}}
    mock = Provider("replicate", "o/m", "text-to-image", answers)
    with mock.client() as client:
        with pytest.raises(HubError, match="status 'failed' and no output: NSFW content"):
            client.text_to_image("x")


def test_replicate_transcribes_from_a_data_url() -> None:
    answers = {"/replicate/v1/predictions": {"id": "p", "status": "succeeded", "output": {"transcription": "hello"}}}
    mock = Provider("replicate", "o/whisper:abc123", "automatic-speech-recognition", answers)
    with mock.client() as client:
        assert client.automatic_speech_recognition(b"fLaC\x00\x01").text == "hello"
    sent = mock.sent("/replicate/v1/predictions")
    assert sent == {"input": {"audio": "data:audio/flac;base64," + base64.b64encode(b"fLaC\x00\x01").decode()}, "version": "abc123"}


def test_conversational_keeps_the_conversation() -> None:
    reply = {"id": "c", "object": "chat.completion", "created": 1, "model": "m", "system_fingerprint": "",
             "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "Fine, thanks."}}]}
    mock = Provider("hf-inference", "org/model", "conversational", {"/v1/chat/completions": reply})

    async def run() -> ConversationalOutput:
        async with httpx2.AsyncClient(transport=httpx2.MockTransport(mock)) as http:
            async with AsyncInferenceClient("org/model", token="hf_p", outputs="typed", http_client=http) as client:
                return await client.conversational("How are you?", ["Hello!"], ["Hi"], parameters={"max_tokens": 9})

    out = asyncio.run(run())
    assert out.generated_text == "Fine, thanks."
    assert out.conversation.past_user_inputs == ["Hi", "How are you?"]
    assert out.conversation.generated_responses == ["Hello!", "Fine, thanks."]
    assert mock.sent("/v1/chat/completions") == {
        "model": "org/model",
        "messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello!"}, {"role": "user", "content": "How are you?"}],
        "max_tokens": 9,
        "stream": False,
    }


def test_post_streams_raw_lines() -> None:
    answer = httpx2.Response(200, headers={"content-type": "text/event-stream"}, content=b'data: {"a": 1}\n\ndata: [DONE]\n')
    mock = Provider("hf-inference", "org/model", "text-generation", {"/hf-inference/models/org/model": answer})
    with mock.client(provider="hf-inference") as client:
        lines = list(client.post(json={"inputs": "x", "stream": True}, task="text-generation", stream=True))
    assert lines == [b'data: {"a": 1}', b"", b"data: [DONE]"]


def test_post_streams_raw_lines_byte_for_byte() -> None:
    body = b"a\xff\xfe\r\n" + "b\u2028".encode() + b"\rc"
    answer = httpx2.Response(200, headers={"content-type": "text/plain"}, content=body)
    mock = Provider("hf-inference", "org/model", "text-generation", {"/hf-inference/models/org/model": answer})
    with mock.client(provider="hf-inference") as client:
        lines = list(client.post(json={"inputs": "x"}, task="text-generation", stream=True))
    assert lines == [b"a\xff\xfe", "b\u2028".encode(), b"c"]  # the last line without its ending too
