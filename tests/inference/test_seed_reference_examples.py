"""The older InferenceClient reference's examples, run as written against local servers.

Every example of ``../shared/seeds/inference-client-reference.zh.md`` (read in place) is run
with only its import changed (``huggingface_hub`` to ``hfhub``), one test per documented
method of ``InferenceClient``, of ``AsyncInferenceClient`` (top-level ``await`` as printed)
and for ``InferenceApi``. Its files are written in a temporary folder first; every host it
reaches is served on loopback (``seed_world``), answering what the reference prints. A
printed result that is a complete Python literal must equal what the call returns (read as
plain data), and printed tokens what the example prints. The documented behaviours without
an example follow: ``get_recommended_model``, ``post``, the errors, the return types.
"""

from __future__ import annotations

import ast
import asyncio
import doctest
import inspect
import io
import re
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

import numpy
import pytest
from local_server import LocalServer
from PIL import Image
from seed_world import CAT, DOG, FLAC, AsyncLoopback, Loopback, answer
from shared_paths import SHARED, require

from hfhub.inference import _core

REFERENCE = SHARED / "seeds" / "inference-client-reference.zh.md"
# Where hfhub's result may differ from the printed one, and why: the key left out of both.
DEVIATIONS: dict[str, tuple[str, str]] = {
    "conversational": ("warnings", "the retired conversational server's own warnings; chat completion gives none"),
}
# The only line the examples need changed: where the classes are imported from.
IMPORTS = {"from huggingface_hub.inference_api import": "from hfhub.inference import", "from huggingface_hub import": "from hfhub import"}


def _sections() -> dict[str, str]:
    text = require(REFERENCE).read_text(encoding="utf-8")
    sync, rest = text.split("## 异步推理客户端", 1)
    asynchronous, legacy = rest.split("## InferenceTimeoutError", 1)
    return {"sync": sync, "async": asynchronous, "legacy": legacy}


def _examples() -> dict[str, list[doctest.Example]]:
    """The examples of each documented method, ``<section>:<method>``, in the order printed."""
    found: dict[str, list[doctest.Example]] = {}
    if not REFERENCE.exists():
        return found
    parser = doctest.DocTestParser()
    for section, text in _sections().items():
        for block in re.findall(r"```py\n(.*?)```", text, re.S):
            if ">>>" not in block:
                continue
            called = re.search(r"(?:client|inference)\.(\w+)\(|(InferenceApi)\(", block)
            assert called is not None, block
            found.setdefault(f"{section}:{called.group(1) or called.group(2)}", []).extend(parser.get_examples(block))
    return found


EXAMPLES = _examples()


@pytest.fixture
def world(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Any:
    """The reference's files in the working folder, and every client talking to the local server."""
    monkeypatch.chdir(tmp_path)
    for name, content in (("audio.flac", FLAC), ("hello_world.flac", FLAC), ("cat.jpg", CAT), ("people.jpg", CAT)):
        Path(name).write_bytes(content)
    with LocalServer(answer) as server:

        def loopback_client(self: Any) -> Any:
            transport = Loopback(server.url) if self._http_client_type.__name__ == "Client" else AsyncLoopback(server.url)
            return self._http_client_type(transport=transport)

        monkeypatch.setattr(_core._InferenceCore, "_new_http_client", loopback_client)
        yield server


def _source(example: doctest.Example) -> str:
    source = example.source
    for old, new in IMPORTS.items():
        source = source.replace(old, new)
    # The reference's typo: a call printed with a trailing colon (``client.image_segmentation("cat.jpg"):``).
    return re.sub(r"\):\n$", ")\n", source)


async def _run(examples: list[doctest.Example], deviation: tuple[str, str] | None) -> None:
    """Run the examples in one namespace, comparing what :func:`_printed_in_full` says they print."""
    namespace: dict[str, Any] = {}
    for example in examples:
        source = _source(example)
        code = compile(source, "<reference>", "eval" if _is_expression(source) else "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        printed = io.StringIO()
        with redirect_stdout(printed):
            value = eval(code, namespace)  # noqa: S307 - the reference's own example
            if inspect.iscoroutine(value):
                value = await value
        kind = _printed_in_full(example)
        if kind == "result":
            assert _plain(value, deviation) == _plain(_literal(example.want.strip()), deviation), source
        elif kind == "output":
            assert [line.strip() for line in printed.getvalue().splitlines()] == [line.strip() for line in example.want.splitlines()]


def _printed_in_full(example: doctest.Example) -> str | None:
    """``"result"``: the example prints its whole result as a literal; ``"output"``: what it prints (tokens)."""
    want = example.want.strip()
    if _is_expression(_source(example)) and _literal(want) is not None:
        return "result"
    if "print(" in example.source and want and "(" not in want:
        return "output"
    return None


def _is_expression(source: str) -> bool:
    try:
        ast.parse(source, mode="eval")
    except SyntaxError:
        return False
    return True


def _literal(want: str) -> Any:
    """The printed result as a value, when it is a complete literal (not elided with ``...``)."""
    if not want or "..." in want:
        return None
    try:
        return ast.literal_eval(want)
    except (ValueError, SyntaxError):
        return None


def _plain(value: Any, deviation: tuple[str, str] | None) -> Any:
    if isinstance(value, str):
        return str(value)
    if isinstance(value, numpy.ndarray):
        return value.tolist()
    if hasattr(value, "to_dict"):
        value = value.to_dict()
    if isinstance(value, dict):
        return {k: _plain(v, deviation) for k, v in value.items() if deviation is None or k != deviation[0]}
    if isinstance(value, (list, tuple)):
        return [_plain(v, deviation) for v in value]
    return value


def _ids(prefix: str) -> list[str]:
    return sorted(name for name in EXAMPLES if name.startswith(prefix))


def test_every_example_of_the_reference_is_run() -> None:
    require(REFERENCE)
    assert len(_ids("sync:")) == len(_ids("async:")) == 28 and _ids("legacy:") == ["legacy:InferenceApi"]
    # The results printed in full, compared when run: 20 of InferenceClient's (and AsyncInferenceClient's), 3 of InferenceApi's.
    checked = {section: sum(1 for name in _ids(section) for e in EXAMPLES[name] if _printed_in_full(e)) for section in ("sync:", "async:", "legacy:")}
    assert checked == {"sync:": 20, "async:": 20, "legacy:": 3}


@pytest.mark.parametrize("name", _ids("sync:") + _ids("async:") + _ids("legacy:"))
def test_example_runs_as_written(name: str, world: LocalServer) -> None:
    asyncio.run(_run(EXAMPLES[name], DEVIATIONS.get(name.split(":")[1])))
    assert world.exchanges, "the example reached no server"


# -- documented behaviours without an example ---------------------------------------------


def test_text_results_are_str_as_documented(world: LocalServer) -> None:
    from hfhub import InferenceClient

    client = InferenceClient()
    for result, field in ((client.summarization("The Eiffel tower..."), "summary_text"),
                          (client.translation("My name is Wolfgang and I live in Berlin"), "translation_text"),
                          (client.automatic_speech_recognition("hello_world.flac"), "text"),
                          (client.image_to_text("cat.jpg"), "generated_text")):
        assert isinstance(result, str) and result == getattr(result, field) == result[field]


def test_get_recommended_model_and_its_value_error(world: LocalServer) -> None:
    from hfhub import InferenceClient

    client = InferenceClient()
    assert client.get_recommended_model("text-classification") == "seed/text-classification"
    with pytest.raises(ValueError):
        client.get_recommended_model("no-such-task")


def test_post_sends_json_or_data_and_returns_bytes(world: LocalServer) -> None:
    from hfhub import InferenceClient

    client = InferenceClient()
    raw = client.post(json={"inputs": "I like you"}, task="text-classification")
    assert isinstance(raw, bytes) and b"POSITIVE" in raw
    assert b"hap" in client.post(data="audio.flac", model="seed/audio-classification", task="audio-classification")


def test_get_model_status_as_documented(world: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """The legacy Inference API host gives every documented field, ``compute_type`` included."""
    from hfhub import InferenceClient

    monkeypatch.setenv("HF_INFERENCE_ENDPOINT", "https://api-inference.huggingface.co")
    status = InferenceClient().get_model_status("bigcode/starcoder")
    assert repr(status) == "ModelStatus(loaded=True, state='Loaded', compute_type='gpu', framework='text-generation-inference')"
    with pytest.raises(ValueError):
        InferenceClient().get_model_status("https://example.com/endpoint")


def test_list_deployed_models_by_framework_as_documented(world: LocalServer) -> None:
    from hfhub import InferenceClient

    client = InferenceClient()
    assert client.list_deployed_models()["zero-shot-classification"] == ["Narsil/deberta-large-mnli-zero-cls", "facebook/bart-large-mnli"]
    assert client.list_deployed_models("text-generation-inference") == {
        "text-generation": ["bigcode/starcoder", "meta-llama/Llama-2-70b-chat-hf"]
    }


def test_translation_needs_both_languages(world: LocalServer) -> None:
    from hfhub import InferenceClient

    with pytest.raises(ValueError):
        InferenceClient().translation("My name is Wolfgang", src_lang="en_XX")
    assert world.exchanges == []


def test_object_detection_value_error_when_the_answer_is_not_a_list(world: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
    import seed_world

    from hfhub import InferenceClient

    monkeypatch.setitem(seed_world.ANSWERS, "object-detection", {"label": "person", "score": 0.9})
    with pytest.raises(ValueError):
        InferenceClient().object_detection("people.jpg")


def test_conversational_parameters(world: LocalServer) -> None:
    from hfhub import InferenceClient

    output = InferenceClient().conversational("Hi, who are you?", parameters={"max_length": 50, "temperature": 0.5})
    assert output["generated_text"] == "I am the one who knocks."
    import json

    chat = json.loads(world.exchanges[-1].body)
    assert chat["max_tokens"] == 50 and chat["temperature"] == 0.5


def test_text_generation_types_have_the_reference_names() -> None:
    from hfhub.inference import (
        BestOfSequence, Details, FinishReason, InputToken, StreamDetails, TextGenerationOutput, TextGenerationParameters,
        TextGenerationResponse, TextGenerationStreamOutput, TextGenerationStreamResponse, Token,
    )

    assert TextGenerationResponse is TextGenerationOutput and TextGenerationStreamResponse is TextGenerationStreamOutput
    assert {c.__name__ for c in (Details, StreamDetails, BestOfSequence, InputToken, Token, TextGenerationParameters)} == {
        "TextGenerationOutputDetails", "TextGenerationStreamOutputStreamDetails", "TextGenerationOutputBestOfSequence",
        "TextGenerationOutputPrefillToken", "TextGenerationOutputToken", "TextGenerationInputGenerateParameters",
    }
    details = Details.from_dict({"finish_reason": "length", "generated_tokens": 12})
    assert details.finish_reason == FinishReason.Length and FinishReason("eos_token") is FinishReason.EndOfSequenceToken


def test_return_types_and_timeout_error_of_the_reference() -> None:
    from hfhub import InferenceTimeoutError  # noqa: F401 - documented as huggingface_hub.InferenceTimeoutError
    from hfhub.inference import ConversationalOutput, ConversationalOutputConversation, ModelStatus

    assert {"loaded", "state", "compute_type", "framework"} <= set(ModelStatus._fields)
    assert {"generated_text", "conversation", "warnings"} <= set(ConversationalOutput._fields)
    assert {"generated_responses", "past_user_inputs"} <= set(ConversationalOutputConversation._fields)


def test_inference_api_reads_the_task_and_answers_raw_responses(world: LocalServer) -> None:
    from hfhub.inference import InferenceApi

    api = InferenceApi("mio/amadeus")
    assert api.task == "text-to-speech" and api.options == {"wait_for_model": True, "use_gpu": False}
    response = api("hello world", raw_response=True)
    assert response.headers["Content-Type"] == "audio/flac" and response.content == FLAC
    with pytest.raises(NotImplementedError, match="raw_response=True"):
        api("hello world")
    image = InferenceApi("stabilityai/stable-diffusion-2-1")("cat")
    assert isinstance(image, Image.Image)
    with pytest.raises(ValueError, match="invalid task"):
        InferenceApi("bert-base-uncased", task="no-such-task")
    assert DOG != CAT  # the examples' URL images differ from their local files
