"""Every hf-inference task of huggingface_hub 2.4.0's registry, on a local server posing as the router.

The task schema's payload (raw bytes for a lone image or audio; an empty ``parameters``
as huggingface_hub sends it), the route of the task, and an answer in the served
pipeline's shape read into huggingface_hub's result form.
"""

from __future__ import annotations

import base64
import io
import json
from typing import Any, Callable

import numpy
import pytest
from huggingface_hub.inference._providers import PROVIDERS
from local_server import Exchange, Reply
from PIL import Image

from hfhub import InferenceClient

TOKEN = "hf_tasks_token"
ROOT = "/hf-inference/models/org/model"
WAV = b"RIFF\x00\x00\x00\x00WAVEfmt " + b"\x00" * 8
FLAC = b"fLaC" + b"\x00" * 12


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (3, 2), (0, 255, 0)).save(buffer, format="PNG")
    return buffer.getvalue()


PNG = _png()
PNG64 = base64.b64encode(PNG).decode()
LABELS = [{"label": "a", "score": 0.75}]
RAW = "raw bytes"

# task: (call, path under ROOT, body sent (RAW: the input's bytes), answer, check of the result)
CASES: dict[str, tuple[Callable[[InferenceClient], Any], str, Any, Any, Callable[[Any], bool]]] = {
    "text-to-image": (lambda c: c.text_to_image("a cat", seed=1), "", {"inputs": "a cat", "parameters": {"seed": 1}}, PNG,
                      lambda r: isinstance(r, Image.Image)),
    "conversational": (lambda c: c.chat_completion([{"role": "user", "content": "Hi"}]), "/v1/chat/completions",
                       {"model": "org/model", "messages": [{"role": "user", "content": "Hi"}], "stream": False},
                       {"id": "c", "object": "chat.completion", "created": 1, "model": "m", "system_fingerprint": "",
                        "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "hi"}}]},
                       lambda r: r["choices"][0]["message"]["content"] == "hi"),
    "text-generation": (lambda c: c.text_generation("Hi", max_new_tokens=2), "", {"inputs": "Hi", "parameters": {"max_new_tokens": 2}},
                        [{"generated_text": " there"}], lambda r: r == " there"),
    "text-classification": (lambda c: c.text_classification("Hi", top_k=1), "", {"inputs": "Hi", "parameters": {"top_k": 1}},
                            [LABELS], lambda r: r[0]["label"] == "a"),
    "question-answering": (lambda c: c.question_answering("Who?", "Me."), "", {"inputs": {"question": "Who?", "context": "Me."}, "parameters": {}},
                           {"answer": "Me", "score": 0.9, "start": 0, "end": 2}, lambda r: r["answer"] == "Me"),
    "audio-classification": (lambda c: c.audio_classification(WAV), "", RAW, LABELS, lambda r: r[0]["score"] == 0.75),
    "automatic-speech-recognition": (lambda c: c.automatic_speech_recognition(WAV), "", RAW, {"text": "hello"},
                                     lambda r: r["text"] == "hello"),
    "fill-mask": (lambda c: c.fill_mask("Hi [MASK]"), "", {"inputs": "Hi [MASK]", "parameters": {}},
                  [{"score": 0.5, "token": 1, "token_str": "you", "sequence": "Hi you"}], lambda r: r[0]["token_str"] == "you"),
    "feature-extraction": (lambda c: c.feature_extraction("Hi"), "/pipeline/feature-extraction", {"inputs": "Hi"}, [[0.5, 0.25]],
                           lambda r: isinstance(r, numpy.ndarray) and r.shape == (1, 2)),
    "image-classification": (lambda c: c.image_classification(PNG), "", RAW, LABELS, lambda r: r[0]["label"] == "a"),
    "image-segmentation": (lambda c: c.image_segmentation(PNG), "", RAW, [{"label": "a", "score": 0.5, "mask": PNG64}],
                           lambda r: isinstance(r[0]["mask"], Image.Image)),
    "document-question-answering": (lambda c: c.document_question_answering(PNG, "Total?"), "",
                                    {"inputs": {"image": PNG64, "question": "Total?"}, "parameters": {}}, [{"answer": "12", "score": 0.5, "start": 1, "end": 1}],
                                    lambda r: r[0]["answer"] == "12"),
    "image-to-text": (lambda c: c.image_to_text(PNG), "", RAW, [{"generated_text": "a square"}], lambda r: r["generated_text"] == "a square"),
    "object-detection": (lambda c: c.object_detection(PNG), "", RAW,
                         [{"label": "a", "score": 0.5, "box": {"xmin": 0, "ymin": 0, "xmax": 1, "ymax": 1}}], lambda r: r[0]["box"]["xmax"] == 1),
    "audio-to-audio": (lambda c: c.audio_to_audio(WAV), "", RAW,
                       [{"label": "voice", "content-type": "audio/flac", "blob": base64.b64encode(FLAC).decode()}],
                       lambda r: r[0]["blob"] == FLAC),
    "zero-shot-image-classification": (lambda c: c.zero_shot_image_classification(PNG, ["cat", "dog"]), "",
                                       {"inputs": PNG64, "parameters": {"candidate_labels": ["cat", "dog"]}}, LABELS,
                                       lambda r: r[0]["label"] == "a"),
    "zero-shot-classification": (lambda c: c.zero_shot_classification("Hi", ["x", "y"]), "",
                                 {"inputs": "Hi", "parameters": {"candidate_labels": ["x", "y"], "multi_label": False}}, LABELS,
                                 lambda r: r[0]["label"] == "a"),
    "image-to-image": (lambda c: c.image_to_image(PNG, prompt="tiger"), "",
                       {"inputs": PNG64, "parameters": {"prompt": "tiger"}}, PNG, lambda r: isinstance(r, Image.Image)),
    "sentence-similarity": (lambda c: c.sentence_similarity("a", ["b", "c"]), "/pipeline/sentence-similarity",
                            {"inputs": {"source_sentence": "a", "sentences": ["b", "c"]}, "parameters": {}}, [0.5, 0.25], lambda r: r == [0.5, 0.25]),
    "table-question-answering": (lambda c: c.table_question_answering({"a": ["1"]}, "a?"), "",
                                 {"inputs": {"query": "a?", "table": {"a": ["1"]}}, "parameters": {}},
                                 {"answer": "1", "coordinates": [[0, 0]], "cells": ["1"], "aggregator": "NONE"},
                                 lambda r: r["answer"] == "1"),
    "tabular-classification": (lambda c: c.tabular_classification({"a": ["1", "2"]}), "", {"inputs": {"data": {"a": ["1", "2"]}}, "parameters": {}},
                               ["x", "y"], lambda r: r == ["x", "y"]),
    "text-to-speech": (lambda c: c.text_to_speech("Hi", do_sample=True), "",
                       {"inputs": "Hi", "parameters": {"generation_parameters": {"do_sample": True}}}, FLAC, lambda r: r == FLAC),
    "token-classification": (lambda c: c.token_classification("Hi Bob"), "", {"inputs": "Hi Bob", "parameters": {}},
                             [{"entity_group": "PER", "score": 0.5, "word": "Bob", "start": 3, "end": 6}], lambda r: r[0]["word"] == "Bob"),
    "translation": (lambda c: c.translation("Hi", src_lang="en", tgt_lang="fr"), "",
                    {"inputs": "Hi", "parameters": {"src_lang": "en", "tgt_lang": "fr"}}, [{"translation_text": "Salut"}],
                    lambda r: r["translation_text"] == "Salut"),
    "summarization": (lambda c: c.summarization("long"), "", {"inputs": "long", "parameters": {}}, [{"summary_text": "short"}],
                      lambda r: r["summary_text"] == "short"),
    "visual-question-answering": (lambda c: c.visual_question_answering(PNG, "Color?"), "",
                                  {"inputs": {"image": PNG64, "question": "Color?"}, "parameters": {}}, [{"answer": "green", "score": 0.5}],
                                  lambda r: r[0]["answer"] == "green"),
}
TASKS = sorted(PROVIDERS["hf-inference"])


def test_every_hf_inference_task_has_a_case():
    assert sorted(CASES) == TASKS and len(TASKS) == 26


@pytest.mark.parametrize("task", TASKS)
def test_request_and_answer(task: str, serve: Any) -> None:
    call, path, body, answer, check = CASES[task]

    def handler(exchange: Exchange) -> Reply:
        if isinstance(answer, bytes):
            return Reply(200, answer, {"Content-Type": "application/octet-stream"})
        return Reply(200, answer)

    server = serve(handler)
    client = InferenceClient("org/model", provider="hf-inference", api_key=TOKEN, router_url=server.url, endpoint=server.url)
    result = call(client)
    assert check(result), result
    (request,) = server.exchanges
    assert (request.method, request.path) == ("POST", ROOT + path)
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    if body == RAW:
        assert request.body in (PNG, WAV) and request.headers["content-type"] in ("image/png", "audio/wav")
    else:
        assert json.loads(request.body) == body
