"""Results as code written for huggingface_hub reads them: dict-style access, PIL images, bytes, numpy.

With ``outputs="typed"`` the same calls return the task schemas' classes; without Pillow or
numpy the huggingface_hub forms fail with an error naming the ``hfhub[inference]`` extra.
"""

from __future__ import annotations

import base64
import io
import json
import subprocess
import sys
from typing import Any, Callable

import httpx2
import numpy
import pytest
from PIL import Image

from hfhub import InferenceClient
from hfhub.inference import TextToImageOutput

MODEL = "https://endpoint.example.huggingface.cloud"


def _png(size: tuple[int, int] = (4, 3)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 10, 10)).save(buffer, format="PNG")
    return buffer.getvalue()


def _client(answer: Callable[[httpx2.Request], httpx2.Response], **options: Any) -> InferenceClient:
    return InferenceClient(MODEL, token="hf_x", http_client=httpx2.Client(transport=httpx2.MockTransport(answer)), **options)


def _json(data: Any) -> Callable[[httpx2.Request], httpx2.Response]:
    return lambda request: httpx2.Response(200, json=data)


def _bytes(data: bytes, mime: str) -> Callable[[httpx2.Request], httpx2.Response]:
    return lambda request: httpx2.Response(200, content=data, headers={"Content-Type": mime})


def test_typed_results_read_like_dicts_by_wire_and_attribute_name():
    labels = _client(_json([[{"label": "POSITIVE", "score": 0.9}]])).text_classification("I like you")
    assert labels[0]["label"] == "POSITIVE" and labels[0].label == "POSITIVE" and labels[0].get("score") == 0.9
    assert labels[0].get("missing", "default") == "default" and "label" in labels[0]
    with pytest.raises(KeyError):
        labels[0]["missing"]
    chat = {"id": "x", "object": "chat.completion", "created": 1, "model": "m", "system_fingerprint": "",
            "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "hi"}}]}
    out = _client(_json(chat)).chat_completion([{"role": "user", "content": "hi"}])
    assert out["choices"][0]["message"]["content"] == "hi"
    assert out["system_fingerprint"] == "" and out.choices[0]["finish_reason"] == "stop"
    details = _client(_json([{"generated_text": "ok", "details": {"finish_reason": "length", "generated_tokens": 1}}])).text_generation(
        "Hi", details=True
    )
    assert details["generated_text"] == "ok" and details["details"]["finish_reason"] == "length"
    asr = _client(_json({"text": "hello"})).automatic_speech_recognition(b"RIFF\x00\x00\x00\x00WAVE")
    assert asr["text"] == "hello" and asr["chunks"] is None


def test_images_are_pil_images_and_audio_bytes_and_embeddings_numpy():
    png = _png()
    image = _client(_bytes(png, "image/png")).text_to_image("a red square")
    assert isinstance(image, Image.Image) and image.size == (4, 3)
    speech = _client(_bytes(b"fLaC" + b"\x00" * 16, "audio/flac")).text_to_speech("Hi")
    assert speech == b"fLaC" + b"\x00" * 16
    vectors = _client(_json([[0.5, 0.25], [1.0, 2.0]])).feature_extraction(["a", "b"])
    assert isinstance(vectors, numpy.ndarray) and vectors.dtype == numpy.float32 and vectors.shape == (2, 2)
    mask = base64.b64encode(_png((2, 2))).decode()
    segments = _client(_json([{"label": "cat", "score": 0.9, "mask": mask}])).image_segmentation(png)
    assert isinstance(segments[0]["mask"], Image.Image) and segments[0].mask.size == (2, 2)
    blob = base64.b64encode(b"fLaC1234").decode()
    audios = _client(_json([{"label": "voice", "content-type": "audio/flac", "blob": blob}])).audio_to_audio(b"fLaC" + b"\x00" * 8)
    assert audios[0]["blob"] == b"fLaC1234" and audios[0]["content-type"] == "audio/flac"


def test_outputs_typed_returns_the_task_schema_classes():
    png = _png()
    typed = _client(_bytes(png, "image/png"), outputs="typed").text_to_image("a red square")
    assert isinstance(typed, TextToImageOutput) and typed.image == png
    vectors = _client(_json([[0.5, 0.25]]), outputs="typed").feature_extraction("a")
    assert vectors == [[0.5, 0.25]]
    with pytest.raises(ValueError, match="outputs"):
        InferenceClient(outputs="dicts")


@pytest.mark.parametrize(
    ("module", "call"),
    [
        ("PIL.Image", lambda: _client(_bytes(_png(), "image/png")).text_to_image("x")),
        ("numpy", lambda: _client(_json([[0.5]])).feature_extraction("x")),
    ],
)
def test_missing_extra_is_named(monkeypatch: pytest.MonkeyPatch, module: str, call: Callable[[], Any]) -> None:
    monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(ImportError, match=r"hfhub\[inference\]"):
        call()


def test_request_unchanged_by_the_output_form():
    seen: list[Any] = []

    def answer(request: httpx2.Request) -> httpx2.Response:
        seen.append(json.loads(request.content))
        return httpx2.Response(200, json=[[0.5]])

    _client(answer).feature_extraction("x")
    _client(answer, outputs="typed").feature_extraction("x")
    assert seen[0] == seen[1] == {"inputs": "x"}


def test_image_and_media_results_are_typed_without_importing_pillow() -> None:
    """``help()`` and checkers see ``PIL.Image.Image`` and ``bytes``; Pillow is imported only to make an image."""
    script = (
        "import inspect, sys\n"
        "from hfhub import AsyncInferenceClient, InferenceClient\n"
        "for cls in (InferenceClient, AsyncInferenceClient):\n"
        "    for name in ('text_to_image', 'image_to_image', 'image_text_to_image', 'text_to_video', 'text_to_speech'):\n"
        "        print(name, inspect.signature(getattr(cls, name)).return_annotation)\n"
        "print('PIL' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120)
    lines = done.stdout.splitlines()
    assert lines[-1] == "False"
    assert sorted(set(lines[:-1])) == ["image_text_to_image PIL.Image.Image", "image_to_image PIL.Image.Image",
                                       "text_to_image PIL.Image.Image", "text_to_speech bytes", "text_to_video bytes"]
