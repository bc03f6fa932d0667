"""Inputs: every accepted form of a file gives the same request; bad input is refused before sending.

Also where credentials go for a server the caller names.
"""

from __future__ import annotations

import base64
import io
import json
from pathlib import Path
from typing import Any

import httpx2
import pytest

from hfhub import InferenceClient

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x01" * 40
FLAC = b"fLaC\x00\x00\x00\x22" + b"\x02" * 40
MODEL = "google/vit-base-patch16-224"


class Recorder:
    def __init__(self, answer: Any = None) -> None:
        self.requests: list[httpx2.Request] = []
        self.answer = answer if answer is not None else [{"label": "cat", "score": 1.0}]

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        if request.url.host == "cdn.example":
            return httpx2.Response(200, content=PNG, headers={"content-type": "image/png"})
        return httpx2.Response(200, json=self.answer)


def client_for(recorder: Recorder, **options: Any) -> InferenceClient:
    options.setdefault("provider", "hf-inference")
    options.setdefault("token", "hf_inputs")
    return InferenceClient(MODEL, http_client=httpx2.Client(transport=httpx2.MockTransport(recorder)), outputs="typed", **options)


def test_every_form_of_an_image_sends_the_same_bytes(tmp_path: Path) -> None:
    path = tmp_path / "cat.png"
    path.write_bytes(PNG)
    forms = [PNG, bytearray(PNG), memoryview(PNG), path, str(path), path.open("rb"), io.BytesIO(PNG),
             "data:image/png;base64," + base64.b64encode(PNG).decode(), "https://cdn.example/cat.png"]
    recorder = Recorder()
    with client_for(recorder) as client:
        for form in forms:
            assert client.image_classification(form)[0].label == "cat"
    posts = [r for r in recorder.requests if r.method == "POST"]
    assert len(posts) == len(forms)
    assert all(r.content == PNG and r.headers["content-type"] == "image/png" for r in posts)
    # A URL input is fetched without credentials, then sent.
    (download,) = [r for r in recorder.requests if r.method == "GET"]
    assert str(download.url) == "https://cdn.example/cat.png" and "authorization" not in download.headers


def test_parameters_send_the_file_base64_in_json() -> None:
    recorder = Recorder()
    with client_for(recorder) as client:
        client.audio_classification(FLAC, top_k=2)
    request = recorder.requests[0]
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.content) == {"inputs": base64.b64encode(FLAC).decode(), "parameters": {"top_k": 2}}


def test_raw_audio_is_labelled_by_its_format() -> None:
    recorder = Recorder({"text": "hello"})
    with client_for(recorder) as client:
        assert client.automatic_speech_recognition(FLAC).text == "hello"
    assert recorder.requests[0].headers["content-type"] == "audio/flac"


def test_post_sends_a_body_as_is_and_returns_bytes(tmp_path: Path) -> None:
    recorder = Recorder()
    path = tmp_path / "x.bin"
    path.write_bytes(b"\x00\x01raw")
    with client_for(recorder) as client:
        assert json.loads(client.post(json={"inputs": "hi"}, task="text-classification")) == recorder.answer
        client.post(data=path, task="feature-extraction")
    assert json.loads(recorder.requests[0].content) == {"inputs": "hi"}
    assert str(recorder.requests[1].url) == f"https://router.huggingface.co/hf-inference/models/{MODEL}/pipeline/feature-extraction"
    assert recorder.requests[1].content == b"\x00\x01raw"


REFUSED = [
    (lambda c: c.text_classification(123), TypeError, "text must be a str"),
    (lambda c: c.text_classification("   "), ValueError, "must not be empty"),
    (lambda c: c.text_classification("x", top_k=0), ValueError, "top_k must be at least 1"),
    (lambda c: c.image_classification("/no/such/file.png"), FileNotFoundError, "no such file"),
    (lambda c: c.image_classification(b""), ValueError, "image is empty"),
    (lambda c: c.image_classification(io.StringIO("text")), TypeError, "binary mode"),
    (lambda c: c.image_classification(3.5), TypeError, "image must be bytes"),
    (lambda c: c.image_classification("data:image/png,notbase64"), ValueError, "base64 data URLs"),
    (lambda c: c.chat_completion("please output 'Observation'"), TypeError, "messages must be a list"),
    (lambda c: c.chat_completion([]), ValueError, "messages must not be empty"),
    (lambda c: c.chat_completion([{"content": "hi"}]), ValueError, r"messages\[0\] has no role"),
    (lambda c: c.chat_completion([{"role": "user", "content": "hi"}], temperature=3), ValueError, "temperature must be between 0 and 2"),
    (lambda c: c.chat_completion([{"role": "user", "content": "hi"}], stream_options={"include_usage": True}), ValueError, "needs stream=True"),
    (lambda c: c.chat_completion([{"role": "user", "content": "hi"}], stop=["a", "b", "c", "d", "e"]), ValueError, "at most 4"),
    (lambda c: c.zero_shot_classification("x", ["a", "a"]), ValueError, "duplicates"),
    (lambda c: c.zero_shot_classification("x", "a"), TypeError, "list of str"),
    (lambda c: c.zero_shot_classification("x", ["a"], hypothesis_template="no slot"), ValueError, r"must contain \{\}"),
    (lambda c: c.table_question_answering({"a": ["1", "2"], "b": ["3"]}, "q"), ValueError, "differ in length"),
    (lambda c: c.translation("x", src_lang="en_XX"), ValueError, "both src_lang and tgt_lang"),
    (lambda c: c.text_generation("x", decoder_input_details=True), ValueError, "needs details=True"),
    (lambda c: c.text_generation("x", stop=["a"], stop_sequences=["b"]), ValueError, "not both"),
    (lambda c: c.text_generation("x", top_p=1.0), ValueError, "strictly between 0 and 1"),
    (lambda c: c.text_generation("x", temperature=0), ValueError, "greater than 0"),
    (lambda c: c.text_generation("x", stream=True, best_of=2), ValueError, "best_of"),
    (lambda c: c.image_to_image(PNG, width=512), ValueError, "both width and height"),
    (lambda c: c.conversational("hi", ["a"], []), ValueError, "same length"),
    (lambda c: c.conversational("hi", parameters={"num_beams": 3}), ValueError, "unsupported conversational parameter"),
    (lambda c: c.post(), ValueError, "json= or data="),
    (lambda c: c.text_classification("x", model="not a model id"), ValueError, "invalid model"),
    (lambda c: c.get_model_status("https://example.com/model"), ValueError, "by id, not by URL"),
]


@pytest.mark.parametrize("call,error,message", REFUSED)
def test_bad_input_is_refused_before_sending(call: Any, error: type, message: str) -> None:
    recorder = Recorder()
    with client_for(recorder) as client:
        with pytest.raises(error, match=message):
            call(client)
    assert recorder.requests == []


@pytest.mark.parametrize(
    "options,message",
    [
        ({"provider": "No Such Provider"}, "unknown provider 'No Such Provider'"),
        ({"base_url": "http://localhost:8080", "provider": "together"}, "cannot be used with a server URL"),
        ({"base_url": "ftp://host"}, "base_url must be an http"),
        ({"timeout": -1}, "timeout must be a positive number"),
        ({"revision": ""}, "revision must be a non-empty str"),
    ],
)
def test_bad_configuration_is_refused(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        InferenceClient(MODEL, **options)


def test_url_model_with_base_url_is_refused() -> None:
    with pytest.raises(ValueError, match="not both"):
        InferenceClient("http://localhost:8080", base_url="http://localhost:8081")
    with pytest.raises(TypeError, match="httpx2.Client"):
        InferenceClient(MODEL, http_client=httpx2.AsyncClient())  # type: ignore[arg-type]


def _served(options: dict[str, Any], call: Any, answer: Any = None) -> httpx2.Request:
    recorder = Recorder(answer)
    with InferenceClient(http_client=httpx2.Client(transport=httpx2.MockTransport(recorder)), **options) as client:
        call(client)
    return recorder.requests[0]


def test_an_ambient_token_is_not_sent_to_a_server_you_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_TOKEN", "hf_from_env")
    local = _served({"base_url": "http://localhost:8080"}, lambda c: c.text_classification("x"))
    assert "authorization" not in local.headers and str(local.url) == "http://localhost:8080/predict"
    explicit = _served({"base_url": "http://localhost:8080", "token": "hf_given"}, lambda c: c.text_classification("x"))
    assert explicit.headers["authorization"] == "Bearer hf_given"
    header = _served({"base_url": "http://localhost:8080", "headers": {"Authorization": "Bearer sk-vllm"}}, lambda c: c.text_classification("x"))
    assert header.headers["authorization"] == "Bearer sk-vllm"
    endpoint = _served({"model": "https://abc.us-east-1.aws.endpoints.huggingface.cloud"}, lambda c: c.text_classification("x"))
    assert endpoint.headers["authorization"] == "Bearer hf_from_env" and str(endpoint.url).endswith(".huggingface.cloud")
    router = _served({"model": MODEL, "provider": "hf-inference"}, lambda c: c.text_classification("x"))
    assert router.headers["authorization"] == "Bearer hf_from_env"
    anonymous = _served({"model": MODEL, "provider": "hf-inference", "token": False}, lambda c: c.text_classification("x"))
    assert "authorization" not in anonymous.headers


def test_legacy_api_inference_host_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_INFERENCE_ENDPOINT", "https://api-inference.huggingface.co")
    request = _served({"model": "sentence-transformers/all-MiniLM-L6-v2", "provider": "hf-inference", "token": "hf_x"},
                      lambda c: c.sentence_similarity("a", ["b"]), [0.5])
    assert str(request.url) == "https://api-inference.huggingface.co/pipeline/sentence-similarity/sentence-transformers/all-MiniLM-L6-v2"
    assert request.headers["authorization"] == "Bearer hf_x"


SELF_HOSTED = [
    ("http://tgi:8080", lambda c: c.text_generation("Hi", max_new_tokens=5), {"generated_text": "!"},
     "http://tgi:8080/generate", {"inputs": "Hi", "parameters": {"max_new_tokens": 5}}),
    ("http://tei:8080", lambda c: c.feature_extraction("Hi", normalize=True), [[0.1, 0.2]],
     "http://tei:8080/embed", {"inputs": "Hi", "normalize": True}),
    ("http://tei:8080", lambda c: c.sentence_similarity("a", ["b"]), [0.3],
     "http://tei:8080/similarity", {"inputs": {"source_sentence": "a", "sentences": ["b"]}}),
    ("http://vllm:8000/v1", lambda c: c.text_generation("Hi", max_new_tokens=5, model="org/llm"), {"choices": [{"text": "!", "index": 0}]},
     "http://vllm:8000/v1/completions", {"prompt": "Hi", "model": "org/llm", "max_tokens": 5}),
    ("http://llama:8080/v1", lambda c: c.feature_extraction(["a", "b"]), {"data": [{"index": 1, "embedding": [2.0]}, {"index": 0, "embedding": [1.0]}]},
     "http://llama:8080/v1/embeddings", {"input": ["a", "b"]}),
    ("http://llama:8080/v1", lambda c: c.chat_completion([{"role": "user", "content": "Hi"}], model="local"),
     {"choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "ok"}}]},
     "http://llama:8080/v1/chat/completions", {"model": "local", "messages": [{"role": "user", "content": "Hi"}], "stream": False}),
]


@pytest.mark.parametrize("base_url,call,answer,url,body", SELF_HOSTED)
def test_self_hosted_servers_get_their_engine_routes(base_url: str, call: Any, answer: Any, url: str, body: Any) -> None:
    request = _served({"base_url": base_url, "token": False}, call, answer)
    assert str(request.url) == url
    assert json.loads(request.content) == body


def test_self_hosted_results_read_into_the_task_types() -> None:
    recorder = Recorder({"choices": [{"text": " there", "index": 0}]})
    with InferenceClient(base_url="http://vllm:8000/v1", token=False, outputs="typed", http_client=httpx2.Client(transport=httpx2.MockTransport(recorder))) as client:
        assert client.text_generation("Hi") == " there"
        with pytest.raises(ValueError, match="no details"):
            client.text_generation("Hi", details=True)
        recorder.answer = {"data": [{"index": 1, "embedding": [2.0]}, {"index": 0, "embedding": [1.0]}]}
        assert client.feature_extraction(["a", "b"]) == [[1.0], [2.0]]
        with pytest.raises(ValueError, match="OpenAI-compatible base URL"):
            client.image_classification(PNG)
    assert len(recorder.requests) == 2


def test_a_base_url_server_names_its_models_as_it_likes() -> None:
    answer = {"choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "ok"}}]}
    request = _served({"base_url": "http://127.0.0.1:8000/v1", "model": "/models/tiny-llama", "token": False},
                      lambda c: c.chat_completion([{"role": "user", "content": "x"}]), answer)
    assert json.loads(request.content)["model"] == "/models/tiny-llama"
    with pytest.raises(ValueError, match="invalid model"):
        InferenceClient("/models/tiny-llama")


def test_url_model_is_posted_as_is_and_chat_gets_its_route() -> None:
    url = "http://localhost:8080/custom/path"
    first = _served({"model": url, "token": False}, lambda c: c.text_generation("Hi"), [{"generated_text": "!"}])
    assert str(first.url) == url
    chat = _served({"model": url, "token": False}, lambda c: c.chat_completion([{"role": "user", "content": "x"}]),
                   {"choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "ok"}}]})
    assert str(chat.url) == url + "/v1/chat/completions"
    assert "model" not in json.loads(chat.content)
