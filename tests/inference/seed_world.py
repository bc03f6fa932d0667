"""The world the older InferenceClient reference (``../shared/seeds/inference-client-reference.zh.md``) calls, on loopback.

One local server answers for every host its examples reach: the Hub (recommended models,
model info with a provider mapping to ``hf-inference``, listings), the router, the legacy
``api-inference`` host (``/status``) and the image URLs of the examples. Clients reach it
through :class:`Loopback` transports, which send every request to the server with its
``Host`` header unchanged, so the examples run as written. Each task answers what the
reference prints for it, so a printed result can be compared with the answer.
"""

from __future__ import annotations

import base64
import io
import json
import re
from typing import Any

import httpx2
from local_server import Exchange, Reply
from PIL import Image

__all__ = ["Loopback", "AsyncLoopback", "answer", "MODEL_TASKS", "CAT", "DOG", "FLAC", "TASKS"]


def _png(size: tuple[int, int], color: tuple[int, int, int]) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, format="PNG")
    return buffer.getvalue()


CAT = _png((4, 3), (200, 120, 40))  # the local files of the examples
DOG = _png((3, 2), (90, 90, 90))  # the images at the examples' URLs
FLAC = b"fLaC" + b"\x00" * 28

# The models the examples name, and their task on the Hub; others are recommended as seed/<task>.
MODEL_TASKS = {
    "bigcode/starcoder": "text-generation",
    "google/tapas-base-finetuned-wtq": "table-question-answering",
    "julien-c/wine-quality": "tabular-classification",
    "scikit-learn/Fish-Weight": "tabular-regression",
    "Helsinki-NLP/opus-mt-en-fr": "translation",
    "facebook/mbart-large-50-many-to-many-mmt": "translation",
    "stabilityai/stable-diffusion-2-1": "text-to-image",
    "bert-base-uncased": "fill-mask",
    "deepset/roberta-base-squad2": "question-answering",
    "typeform/distilbert-base-uncased-mnli": "zero-shot-classification",
    "mio/amadeus": "text-to-speech",
}
TGI_TOKENS = ["100", "%", " open", " source", " and", " built", " to", " be", " easy", " to", " use", "."]
GENERATED = "100% open source and built to be easy to use."

# What each task answers: the results the reference prints.
ANSWERS: dict[str, Any] = {
    "audio-classification": [{"score": 0.4976358711719513, "label": "hap"}, {"score": 0.3677836060523987, "label": "neu"}],
    "automatic-speech-recognition": {"text": "hello world"},
    "document-question-answering": [{"score": 0.42515629529953003, "answer": "us-001", "start": 16, "end": 16}],
    "feature-extraction": [[2.424802, 2.93384, 1.1750331], [-0.42943227, -0.6364878, -1.693462]],
    "fill-mask": [
        {"score": 0.06897063553333282, "token": 11098, "token_str": " happiness", "sequence": "The goal of life is happiness."},
        {"score": 0.06554922461509705, "token": 45075, "token_str": " immortality", "sequence": "The goal of life is immortality."},
    ],
    "image-classification": [{"score": 0.9779096841812134, "label": "Blenheim spaniel"}],
    "image-segmentation": [{"score": 0.989008, "label": "LABEL_184", "mask": base64.b64encode(CAT).decode()}],
    "object-detection": [{"score": 0.9486683011054993, "label": "person", "box": {"xmin": 59, "ymin": 39, "xmax": 420, "ymax": 510}}],
    "question-answering": {"score": 0.9326562285423279, "start": 11, "end": 16, "answer": "Clara"},
    "sentence-similarity": [0.7785726189613342, 0.45876261591911316, 0.2906220555305481],
    "summarization": [{"summary_text": "The Eiffel tower is one of the most famous landmarks in the world...."}],
    "table-question-answering": {"answer": "AVERAGE > 36542", "coordinates": [[0, 1]], "cells": ["36542"], "aggregator": "AVERAGE"},
    "tabular-classification": ["5", "5", "5"],
    "tabular-regression": [110, 120, 130],
    "text-classification": [{"label": "POSITIVE", "score": 0.9998695850372314}, {"label": "NEGATIVE", "score": 0.0001304351753788069}],
    "token-classification": [
        {"entity_group": "PER", "score": 0.9971321225166321, "word": "Sarah Jessica Parker", "start": 11, "end": 31},
        {"entity_group": "PER", "score": 0.9773476123809814, "word": "Jessica", "start": 52, "end": 59},
    ],
    "visual-question-answering": [{"score": 0.778609573841095, "answer": "laying down"}, {"score": 0.6957435607910156, "answer": "sitting"}],
    "zero-shot-image-classification": [{"label": "dog", "score": 0.956}],
}
TASKS = sorted({*ANSWERS, *MODEL_TASKS.values(), "conversational", "image-to-image", "image-to-text", "text-to-image",
                "text-to-speech", "translation", "zero-shot-classification"})
_ZERO_SHOT_LABELS = ["scientific discovery", "space & cosmos", "microbiology", "archeology", "robots"]
_ZERO_SHOT_SCORES = {
    False: [0.7961668968200684, 0.18570658564567566, 0.00730885099619627, 0.006258360575884581, 0.004559356719255447],
    True: [0.9829297661781311, 0.755190908908844, 0.0005462635890580714, 0.00047131875180639327, 0.00030448526376858354],
}
_TRANSLATIONS = {
    "Helsinki-NLP/opus-mt-en-fr": "Je m'appelle Wolfgang et je vis à Berlin.",
    "facebook/mbart-large-50-many-to-many-mmt": "Mon nom est Sarah Jessica Parker mais vous pouvez m'appeler Jessica",
}
DEPLOYED = [
    ("Narsil/deberta-large-mnli-zero-cls", "zero-shot-classification", "transformers", []),
    ("facebook/bart-large-mnli", "zero-shot-classification", "transformers", []),
    ("bigcode/starcoder", "text-generation", "transformers", ["text-generation-inference"]),
    ("meta-llama/Llama-2-70b-chat-hf", "text-generation", "transformers", ["text-generation-inference"]),
    ("gpt2", "text-generation", "transformers", []),
]


class Loopback(httpx2.HTTPTransport):
    """Sends every request to ``server`` (a loopback URL), keeping the URL's host as the ``Host`` header."""

    def __init__(self, server: str) -> None:
        super().__init__()
        self.server = httpx2.URL(server)

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        request.url = request.url.copy_with(scheme=self.server.scheme, host=self.server.host, port=self.server.port)
        return super().handle_request(request)


class AsyncLoopback(httpx2.AsyncHTTPTransport):
    def __init__(self, server: str) -> None:
        super().__init__()
        self.server = httpx2.URL(server)

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        request.url = request.url.copy_with(scheme=self.server.scheme, host=self.server.host, port=self.server.port)
        return await super().handle_async_request(request)


def task_of(model: str) -> str:
    return MODEL_TASKS.get(model) or model.removeprefix("seed/")


def answer(exchange: Exchange) -> Reply:
    host = exchange.headers["host"]
    path = exchange.path
    if host == "huggingface.co" and path.startswith("/api/"):
        return _hub(exchange)
    if host == "router.huggingface.co" and path == "/v1/chat/completions":
        return _chat(json.loads(exchange.body))
    if host == "router.huggingface.co" and path.startswith("/hf-inference/models/"):
        model = re.sub(r"/pipeline/[a-z-]+$", "", path.removeprefix("/hf-inference/models/"))
        return _task(task_of(model), model, exchange)
    if host == "api-inference.huggingface.co" and path.startswith("/status/"):
        return Reply(200, {"loaded": True, "state": "Loaded", "compute_type": "gpu", "framework": "text-generation-inference"})
    if exchange.method == "GET":  # an image the examples give by URL
        return Reply(200, DOG, {"Content-Type": "image/png"})
    return Reply(404, {"error": f"nothing at {host}{path}"})


def _hub(exchange: Exchange) -> Reply:
    path = exchange.path
    if path == "/api/tasks":
        return Reply(200, {task: {"widgetModels": [f"seed/{task}"]} for task in TASKS})
    if path == "/api/models":
        return Reply(200, [{"id": model, "pipeline_tag": task, "library_name": library, "tags": tags}
                           for model, task, library, tags in DEPLOYED])
    model = path.removeprefix("/api/models/")
    task = task_of(model)
    mapping = {"hf-inference": {"status": "live", "providerId": model, "task": task}}
    tags = ["text-generation-inference"] if task == "text-generation" else []
    return Reply(200, {"id": model, "pipeline_tag": task, "library_name": "transformers", "tags": tags, "inference": "warm",
                       "inferenceProviderMapping": mapping})


def _chat(body: dict[str, Any]) -> Reply:
    reply = "I am the one who knocks." if len(body["messages"]) == 1 else "I know."
    return Reply(200, {"id": "c", "object": "chat.completion", "created": 1, "model": body["model"], "system_fingerprint": "",
                       "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": reply}}]})


def _task(task: str, model: str, exchange: Exchange) -> Reply:
    body: Any = json.loads(exchange.body) if exchange.headers.get("content-type", "").startswith("application/json") else exchange.body
    if task == "text-generation":
        return _generate(body)
    if task in ("text-to-image", "image-to-image"):
        return Reply(200, CAT, {"Content-Type": "image/png"})
    if task == "text-to-speech":
        return Reply(200, FLAC, {"Content-Type": "audio/flac"})
    if task == "image-to-text":
        caption = "a cat standing in a grassy field " if body == CAT else "a dog laying on the grass next to a flower pot "
        return Reply(200, [{"generated_text": caption}])
    if task == "translation":
        return Reply(200, [{"translation_text": _TRANSLATIONS.get(model, "Mein Name ist Wolfgang und ich lebe in Berlin.")}])
    if task == "zero-shot-classification":
        return _zero_shot(model, body)
    if task == "fill-mask" and model == "bert-base-uncased":  # InferenceApi's example
        return Reply(200, [{"sequence": "the goal of life is life.", "score": 0.10933292657136917, "token": 2166, "token_str": "life"}])
    if task == "question-answering" and model == "deepset/roberta-base-squad2":
        return Reply(200, {"score": 0.9326569437980652, "start": 11, "end": 16, "answer": "Clara"})
    return Reply(200, ANSWERS[task])


def _zero_shot(model: str, body: dict[str, Any]) -> Reply:
    multi = bool(body.get("parameters", {}).get("multi_label"))
    if model == "typeform/distilbert-base-uncased-mnli":
        return Reply(200, {"sequence": body["inputs"], "labels": ["refund", "faq", "legal"],
                           "scores": [0.9378499388694763, 0.04914155602455139, 0.013008488342165947]})
    return Reply(200, {"sequence": body["inputs"], "labels": _ZERO_SHOT_LABELS, "scores": _ZERO_SHOT_SCORES[multi]})


def _generate(body: dict[str, Any]) -> Reply:
    details = {"finish_reason": "length", "generated_tokens": 12, "seed": None, "prefill": [],
               "tokens": [{"id": i, "text": t, "logprob": -0.5, "special": False} for i, t in enumerate(TGI_TOKENS)]}
    if not body.get("stream"):
        return Reply(200, [{"generated_text": GENERATED, **({"details": details} if body["parameters"].get("details") else {})}])
    events = []
    for i, token in enumerate(TGI_TOKENS):
        last = i == len(TGI_TOKENS) - 1
        events.append({"token": {"id": i, "text": token, "logprob": -0.5, "special": False},
                       "generated_text": GENERATED if last else None,
                       "details": {"finish_reason": "length", "generated_tokens": 12, "seed": None} if last else None})
    stream = b"".join(b"data:" + json.dumps(event).encode() + b"\n\n" for event in events)
    return Reply(200, stream, {"Content-Type": "text/event-stream"})
