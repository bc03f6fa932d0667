"""Every recorded provider exchange of ``shared/cassettes``, replayed through both clients.

For each cassette the client must send the recorded requests (method, route, body, the
``X-wait-for-model`` and ``Prefer`` headers), the token only where it belongs, and read
the recorded answers into the typed outputs.
"""

from __future__ import annotations

import asyncio
import base64
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import httpx2
import pytest
from cassettes import LEGACY, Interaction, Replay, all_names, canonical, chains, load

from hfhub import AsyncInferenceClient, InferenceClient
from hfhub_api._retry import RetryPolicy
from hfhub.errors import UnprocessableEntityError
from hfhub_api.inference import (
    AutomaticSpeechRecognitionOutput,
    ChatCompletionOutput,
    ChatCompletionStreamOutput,
    TextToImageOutput,
    TextToSpeechOutput,
)

TOKEN = "hf_cassette_token"
CDN_HOSTS = {"fal.media", "replicate.delivery"}


@dataclass
class Case:
    provider: str
    model: str
    call: Callable[[Interaction, Path], tuple[str, tuple[Any, ...], dict[str, Any]]]
    check: Callable[[Any, list[Interaction]], None]
    provider_id: str | None = None
    task: str | None = None
    rules: frozenset[str] = frozenset()


def body(i: Interaction) -> Any:
    return i.json_body


def answer(chain: list[Interaction]) -> Any:
    return json.loads(chain[-1].decoded)


def raw_input(i: Interaction) -> bytes:
    return i.body or b""


def b64(value: str) -> bytes:
    return base64.b64decode(value.split(",", 1)[-1])


def as_path(data: bytes, tmp: Path) -> Path:
    path = tmp / "input.bin"
    path.write_bytes(data)
    return path


def same_list(result: Any, expected: list[dict[str, Any]]) -> None:
    assert [item.to_dict() for item in result] == expected


def chat_messages(i: Interaction) -> list[dict[str, Any]]:
    return body(i)["messages"]


def chat_call(**extra: Any) -> Callable[[Interaction, Path], tuple[str, tuple[Any, ...], dict[str, Any]]]:
    return lambda i, tmp: ("chat_completion", (chat_messages(i),), {k: body(i)[k] for k in extra} | {"stream": body(i)["stream"]})


def check_chat(result: Any, chain: list[Interaction]) -> None:
    assert isinstance(result, ChatCompletionOutput)
    assert result.choices[0].message.content == answer(chain)["choices"][0]["message"]["content"]
    assert result.to_dict() == answer(chain)


def check_chat_stream(chunks: list[Any], chain: list[Interaction]) -> None:
    recorded = [json.loads(line[6:]) for line in chain[-1].content.decode().split("\n") if line.startswith("data: {")]
    assert all(isinstance(c, ChatCompletionStreamOutput) for c in chunks)
    assert [c.to_dict() for c in chunks] == recorded
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "".join(r["choices"][0]["delta"].get("content") or "" for r in recorded if r["choices"])
    assert text


def check_image(result: Any, chain: list[Interaction]) -> None:
    assert isinstance(result, TextToImageOutput)
    final = chain[-1]
    if final.method == "GET":
        assert result.image == final.content
    elif final.uri.startswith(LEGACY):
        assert result.image == final.content
    else:
        assert result.image == base64.b64decode(answer(chain)["data"][0]["b64_json"])
    assert result.image[:4] in (b"\x89PNG", b"\xff\xd8\xff\xe0")


CASES: dict[str, Case] = {
    "audio_classification[hf-inference,audio-classification]": Case(
        "hf-inference", "alefiury/wav2vec2-large-xlsr-53-gender-recognition-librispeech",
        lambda i, tmp: ("audio_classification", (b64(body(i)["inputs"]),), {}),
        lambda r, c: same_list(r, answer(c)),
        rules=frozenset({"leaked-model", "base64-inputs"}),
    ),
    "audio_to_audio[hf-inference,audio-to-audio]": Case(
        "hf-inference", "speechbrain/sepformer-wham",
        lambda i, tmp: ("audio_to_audio", (as_path(raw_input(i), tmp),), {}),
        lambda r, c: (same_list(r, answer(c)), (r[0].label == "label_0" and len(base64.b64decode(r[0].blob)) > 1000) or _fail(r)) and None,
    ),
    "automatic_speech_recognition[fal-ai,automatic-speech-recognition]": Case(
        "fal-ai", "openai/whisper-large-v3",
        lambda i, tmp: ("automatic_speech_recognition", (io.BytesIO(b64(body(i)["audio_url"])),), {}),
        lambda r, c: (isinstance(r.output, AutomaticSpeechRecognitionOutput) and r == r.text == answer(c)["text"]) or _fail(r),
        provider_id="fal-ai/whisper", task="automatic-speech-recognition", rules=frozenset({"leaked-model", "data-url-type"}),
    ),
    "automatic_speech_recognition[hf-inference,automatic-speech-recognition]": Case(
        "hf-inference", "jonatasgrosman/wav2vec2-large-xlsr-53-english",
        lambda i, tmp: ("automatic_speech_recognition", (str(as_path(raw_input(i), tmp)),), {}),
        lambda r, c: (r.text == "a man said to the universe sir i exist") or _fail(r),
    ),
    "chat_completion_no_stream[hf-inference,conversational]": Case(
        "hf-inference", "meta-llama/Llama-3.1-8B-Instruct", chat_call(), check_chat,
    ),
    "chat_completion_no_stream[sambanova,conversational]": Case(
        "sambanova", "meta-llama/Llama-3.1-8B-Instruct", chat_call(), check_chat,
        provider_id="Meta-Llama-3.1-8B-Instruct", task="conversational",
    ),
    "chat_completion_no_stream[together,conversational]": Case(
        "together", "meta-llama/Llama-3.1-8B-Instruct", chat_call(), check_chat,
        provider_id="meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo", task="conversational",
    ),
    "chat_completion_unprocessable_entity": Case(
        "hf-inference", "meta-llama/Meta-Llama-3-70B-Instruct",
        lambda i, tmp: ("post", (), {"json": body(i), "task": "conversational"}),
        lambda r, c: None,
    ),
    "chat_completion_with_non_tgi": Case(
        "hf-inference", "microsoft/DialoGPT-small", chat_call(max_tokens=True), check_chat,
    ),
    "chat_completion_with_stream[hf-inference,conversational]": Case(
        "hf-inference", "meta-llama/Llama-3.1-8B-Instruct", chat_call(max_tokens=True), check_chat_stream,
    ),
    "chat_completion_with_stream[sambanova,conversational]": Case(
        "sambanova", "meta-llama/Llama-3.1-8B-Instruct", chat_call(max_tokens=True), check_chat_stream,
        provider_id="Meta-Llama-3.1-8B-Instruct", task="conversational",
    ),
    "chat_completion_with_stream[together,conversational]": Case(
        "together", "meta-llama/Llama-3.1-8B-Instruct", chat_call(max_tokens=True), check_chat_stream,
        provider_id="meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo", task="conversational",
    ),
    "document_question_answering[hf-inference,document-question-answering]": Case(
        "hf-inference", "naver-clova-ix/donut-base-finetuned-docvqa",
        lambda i, tmp: ("document_question_answering", (b64(body(i)["inputs"]["image"]), body(i)["inputs"]["question"]), {}),
        lambda r, c: same_list(r, answer(c)),
    ),
    "feature_extraction_with_sentence_transformers[hf-inference,feature-extraction]": Case(
        "hf-inference", "facebook/bart-base",
        lambda i, tmp: ("feature_extraction", (body(i)["inputs"],), {}),
        lambda r, c: (r == answer(c) and len(r[0]) == 8 and len(r[0][0]) == 768) or _fail(r),
    ),
    "feature_extraction_with_transformers[hf-inference,feature-extraction]": Case(
        "hf-inference", "facebook/bart-base",
        lambda i, tmp: ("feature_extraction", (body(i)["inputs"],), {}),
        lambda r, c: (r == answer(c)) or _fail(r),
    ),
    "image_classification[hf-inference,image-classification]": Case(
        "hf-inference", "google/vit-base-patch16-224",
        lambda i, tmp: ("image_classification", (as_path(raw_input(i), tmp).open("rb"),), {}),
        lambda r, c: same_list(r, answer(c)),
    ),
    "image_segmentation[hf-inference,image-segmentation]": Case(
        "hf-inference", "facebook/detr-resnet-50-panoptic",
        lambda i, tmp: ("image_segmentation", (b64(body(i)["inputs"]),), {}),
        lambda r, c: (same_list(r, answer(c)), base64.b64decode(r[0].mask)[:4] == b"\x89PNG" or _fail(r)) and None,
        rules=frozenset({"leaked-model", "base64-inputs"}),
    ),
    "image_to_text[hf-inference,image-to-text]": Case(
        "hf-inference", "Salesforce/blip-image-captioning-base",
        lambda i, tmp: ("image_to_text", (raw_input(i),), {}),
        lambda r, c: (r.generated_text == answer(c)[0]["generated_text"]) or _fail(r),
    ),
    "object_detection[hf-inference,object-detection]": Case(
        "hf-inference", "facebook/detr-resnet-50",
        lambda i, tmp: ("object_detection", (raw_input(i),), {}),
        lambda r, c: (same_list(r, answer(c)), r[0].box.xmax == answer(c)[0]["box"]["xmax"] or _fail(r)) and None,
    ),
    "sentence_similarity[hf-inference,sentence-similarity]": Case(
        "hf-inference", "sentence-transformers/all-MiniLM-L6-v2",
        lambda i, tmp: ("sentence_similarity", (body(i)["inputs"]["source_sentence"], body(i)["inputs"]["sentences"]), {}),
        lambda r, c: (r == answer(c)) or _fail(r),
    ),
    "summarization[hf-inference,summarization]": Case(
        "hf-inference", "sshleifer/distilbart-cnn-12-6",
        lambda i, tmp: ("summarization", (body(i)["inputs"],), {}),
        lambda r, c: (r.summary_text == answer(c)[0]["summary_text"]) or _fail(r),
    ),
    "table_question_answering[hf-inference,table-question-answering]": Case(
        "hf-inference", "google/tapas-base-finetuned-wtq",
        lambda i, tmp: ("table_question_answering", (body(i)["inputs"]["table"], body(i)["inputs"]["query"]), {}),
        lambda r, c: same_list([r], [answer(c)]),
    ),
    "text_classification[hf-inference,text-classification]": Case(
        "hf-inference", "distilbert/distilbert-base-uncased-finetuned-sst-2-english",
        lambda i, tmp: ("text_classification", (body(i)["inputs"],), {}),
        lambda r, c: same_list(r, answer(c)[0]),
    ),
    "text_to_image_default[fal-ai,text-to-image]": Case(
        "fal-ai", "black-forest-labs/FLUX.1-dev",
        lambda i, tmp: ("text_to_image", (body(i)["prompt"],), {}), check_image,
        provider_id="fal-ai/flux/dev", task="text-to-image", rules=frozenset({"leaked-model"}),
    ),
    "text_to_image_default[hf-inference,text-to-image]": Case(
        "hf-inference", "CompVis/stable-diffusion-v1-4",
        lambda i, tmp: ("text_to_image", (body(i)["inputs"],), {}), check_image,
    ),
    "text_to_image_default[replicate,text-to-image]": Case(
        "replicate", "ByteDance/SDXL-Lightning",
        lambda i, tmp: ("text_to_image", (body(i)["input"]["prompt"],), {}), check_image,
        provider_id="bytedance/sdxl-lightning-4step:5599ed30703defd1d160a25a63321b4dec97101d98b4674bcc56e41f62f35637",
        task="text-to-image", rules=frozenset({"leaked-model"}),
    ),
    "text_to_image_default[together,text-to-image]": Case(
        "together", "stabilityai/stable-diffusion-xl-base-1.0",
        lambda i, tmp: ("text_to_image", (body(i)["prompt"],), {}), check_image,
        provider_id="stabilityai/stable-diffusion-xl-base-1.0", task="text-to-image",
    ),
    "text_to_speech[hf-inference,text-to-speech]": Case(
        "hf-inference", "espnet/kan-bayashi_ljspeech_vits",
        lambda i, tmp: ("text_to_speech", (body(i)["inputs"],), {}),
        lambda r, c: (isinstance(r, TextToSpeechOutput) and r.audio == c[-1].content and r.audio[:4] == b"fLaC") or _fail(r),
    ),
    "token_classification[hf-inference,token-classification]": Case(
        "hf-inference", "dbmdz/bert-large-cased-finetuned-conll03-english",
        lambda i, tmp: ("token_classification", (body(i)["inputs"],), {}),
        lambda r, c: (same_list(r, answer(c)), r[0].word == "Sarah Jessica Parker" or _fail(r)) and None,
    ),
    "translation[hf-inference,translation]": Case(
        "hf-inference", "t5-small",
        lambda i, tmp: ("translation", (body(i)["inputs"],), {}),
        lambda r, c: (r.translation_text == "Hallo Welt") or _fail(r),
    ),
    "translation_with_source_and_target_language[hf-inference,translation]": Case(
        "hf-inference", "facebook/mbart-large-50-many-to-many-mmt",
        lambda i, tmp: ("translation", (body(i)["inputs"],), dict(body(i)["parameters"])),
        lambda r, c: (r.translation_text == answer(c)[0]["translation_text"]) or _fail(r),
    ),
    "visual_question_answering[hf-inference,visual-question-answering]": Case(
        "hf-inference", "dandelin/vilt-b32-finetuned-vqa",
        lambda i, tmp: ("visual_question_answering", (b64(body(i)["image"]), body(i)["question"]), {}),
        lambda r, c: same_list(r, answer(c)),
        rules=frozenset({"flat-inputs"}),
    ),
    "zero_shot_classification_multi_label[hf-inference,zero-shot-classification]": Case(
        "hf-inference", "facebook/bart-large-mnli",
        lambda i, tmp: ("zero_shot_classification", (body(i)["inputs"], body(i)["parameters"]["candidate_labels"]), {"multi_label": True}),
        lambda r, c: same_list(r, [{"label": l, "score": s} for l, s in zip(answer(c)["labels"], answer(c)["scores"])]),
    ),
    "zero_shot_classification_single_label[hf-inference,zero-shot-classification]": Case(
        "hf-inference", "facebook/bart-large-mnli",
        lambda i, tmp: ("zero_shot_classification", (body(i)["inputs"], body(i)["parameters"]["candidate_labels"]), {}),
        lambda r, c: (same_list(r, [{"label": l, "score": s} for l, s in zip(answer(c)["labels"], answer(c)["scores"])]),
                      abs(sum(x.score for x in r) - 1) < 1e-3 or _fail(r)) and None,
    ),
    "zero_shot_image_classification[hf-inference,zero-shot-image-classification]": Case(
        "hf-inference", "openai/clip-vit-base-patch32",
        lambda i, tmp: ("zero_shot_image_classification", (b64(body(i)["inputs"]), body(i)["parameters"]["candidate_labels"]), {}),
        lambda r, c: same_list(r, answer(c)),
        rules=frozenset({"leaked-model"}),
    ),
}


def _fail(result: Any) -> None:
    raise AssertionError(f"unexpected result: {result!r}"[:500])


def _case_of(name: str) -> Case:
    return CASES[name.removeprefix("TestInferenceClient.test_").removesuffix(".yaml")]


def test_every_cassette_has_a_case():
    names = all_names()
    assert len(names) == 35
    assert sorted(f"TestInferenceClient.test_{key}.yaml" for key in CASES) == names


class Transport:
    """Serves one recorded call, the Hub's provider mapping, and checks where the token goes."""

    def __init__(self, case: Case, chain: list[Interaction]) -> None:
        self.case = case
        ids = frozenset(x for x in (case.model, case.provider_id) if x)
        self.replay = Replay(chain, lambda recorded, value: canonical(value, case.rules, ids))
        self.hub_requests: list[httpx2.Request] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        host = request.url.host
        if host in CDN_HOSTS:
            assert "authorization" not in request.headers and "cookie" not in request.headers
        else:
            assert request.headers.get("authorization") == f"Bearer {TOKEN}"
        if host == "huggingface.co":
            self.hub_requests.append(request)
            assert request.url.path == f"/api/models/{self.case.model}"
            assert request.url.params.get("expand") == "inferenceProviderMapping"
            mapping = {"status": "live", "providerId": self.case.provider_id, "task": self.case.task}
            return httpx2.Response(200, json={"id": self.case.model, "inferenceProviderMapping": {self.case.provider: mapping}})
        return self.replay(request)


def _options(case: Case) -> dict[str, Any]:
    # The typed results are checked here; huggingface_hub's forms in test_inference_outputs.
    options: dict[str, Any] = {"provider": case.provider, "token": TOKEN, "outputs": "typed", "max_retries": RetryPolicy(0, sleep=lambda s: None, async_sleep=_no_wait)}
    if case.provider == "hf-inference":
        options["api_inference_url"] = LEGACY
    return options


async def _no_wait(seconds: float) -> None:
    return None


def _run_sync(case: Case, chain: list[Interaction], tmp_path: Path) -> tuple[Any, Transport]:
    transport = Transport(case, chain)
    method, args, kwargs = case.call(chain[0], tmp_path)
    with InferenceClient(case.model, http_client=httpx2.Client(transport=httpx2.MockTransport(transport)), **_options(case)) as client:
        result = getattr(client, method)(*args, **kwargs)
        if kwargs.get("stream"):
            result = list(result)
    return result, transport


def _run_async(case: Case, chain: list[Interaction], tmp_path: Path) -> tuple[Any, Transport]:
    transport = Transport(case, chain)
    method, args, kwargs = case.call(chain[0], tmp_path)

    async def run() -> Any:
        http = httpx2.AsyncClient(transport=httpx2.MockTransport(transport))
        async with AsyncInferenceClient(case.model, http_client=http, **_options(case)) as client:
            result = await getattr(client, method)(*args, **kwargs)
            if kwargs.get("stream"):
                result = [item async for item in result]
        await http.aclose()
        return result

    return asyncio.run(run()), transport


@pytest.mark.parametrize("name", all_names(), ids=lambda n: n.removeprefix("TestInferenceClient.test_").removesuffix(".yaml"))
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_replay(name: str, mode: str, tmp_path: Path) -> None:
    case = _case_of(name)
    recorded = chains(load(name))
    # Recordings of two runs give the second to the async client.
    chain = recorded[-1] if mode == "async" else recorded[0]
    run = _run_async if mode == "async" else _run_sync
    if chain[-1].status == 422:
        with pytest.raises(UnprocessableEntityError) as caught:
            run(case, chain, tmp_path)
        assert caught.value.status_code == 422
        assert caught.value.server_message == chain[-1].content.decode()
        assert "expected a sequence" in str(caught.value)
        return
    result, transport = run(case, chain, tmp_path)
    assert transport.replay.complete, f"sent {len(transport.replay.sent)} of {len(chain)} recorded requests"
    assert len(transport.hub_requests) == (1 if case.provider_id else 0)
    case.check(result, chain)
