"""Every public method of both inference clients is a real function: IDEs, pydoc and documentation tools see it.

At class level and on instances: ``inspect.signature`` gives the parameters (``self`` first
at class level), ``help()`` lists it as a method with its docstring, the async client's are
coroutine functions. Keyword arguments are open (``**kwargs``) only where huggingface_hub
2.4.0's are; elsewhere a misspelt name is a ``TypeError`` before anything is sent. The text
results declare the fields of the output they stand for, and the older reference's names
are what they say.
"""

from __future__ import annotations

import inspect
import pydoc
import re
from typing import Any

import httpx2
import pytest
from huggingface_hub import AsyncInferenceClient as HFAsyncClient
from huggingface_hub import InferenceClient as HFClient

import hfhub.inference as inference
from hfhub import AsyncInferenceClient, InferenceClient
from hfhub.inference import _types

CLIENTS = [InferenceClient, AsyncInferenceClient]
P = inspect.Parameter


def _public(cls: type) -> list[str]:
    return sorted(name for name, value in vars(cls).items() if not name.startswith("_") and callable(value))


def _flat(text: str) -> str:
    """``text`` without spaces and pydoc's margins: Python 3.13's pydoc wraps a long signature over lines."""
    return re.sub(r"[\s|]+", "", text)


@pytest.mark.parametrize("cls", CLIENTS, ids=lambda c: c.__name__)
def test_every_public_method_is_a_function_with_its_signature_and_docstring(cls: type) -> None:
    names = _public(cls)
    assert len(names) == 43  # the 34 task methods, text_generation, chat_completion, post, the Hub and server lookups, close
    client = cls(token=False)
    for name in names:
        function = vars(cls)[name]
        assert inspect.isfunction(function), name
        assert function.__qualname__ == f"{cls.__name__}.{name}" and function.__module__ == cls.__module__, name
        assert function.__doc__ and inspect.getdoc(getattr(client, name)) == inspect.getdoc(function), name
        at_class = inspect.signature(getattr(cls, name))
        on_instance = inspect.signature(getattr(client, name))
        assert list(at_class.parameters)[0] == "self" and list(at_class.parameters)[1:] == list(on_instance.parameters), name
        assert inspect.iscoroutinefunction(function) == (cls is AsyncInferenceClient), name


@pytest.mark.parametrize("cls", CLIENTS, ids=lambda c: c.__name__)
def test_help_lists_the_task_methods_with_their_signatures(cls: type) -> None:
    text = _flat(pydoc.render_doc(cls, renderer=pydoc.plaintext))
    assert "SyncTask" not in text and "AsyncTask" not in text and _flat(" object at 0x") not in text
    assert _flat("text_to_image(self, prompt: 'str', *, model: 'str | None' = None, negative_prompt:") in text
    assert _flat("Generate an image from a prompt.") in text
    assert _flat("-> 'list[TextClassificationOutputElement]'") in text


def test_a_task_method_signature_is_its_builders() -> None:
    from hfhub.inference._tasks import text

    builder = inspect.signature(text.text_classification)
    method = inspect.signature(InferenceClient.text_classification)
    assert list(method.parameters.values())[1:] == list(builder.parameters.values())
    assert method.return_annotation == "list[TextClassificationOutputElement]"
    assert inspect.signature(InferenceClient(token=False).summarization).return_annotation == "SummarizationResult"


@pytest.mark.parametrize(("theirs", "ours"), [(HFClient, InferenceClient), (HFAsyncClient, AsyncInferenceClient)])
def test_keyword_arguments_are_open_only_where_huggingface_hubs_are(theirs: type, ours: type) -> None:
    def open_keywords(cls: type, typed_ok: bool) -> set[str]:
        found = set()
        for name in _public(cls):
            for parameter in inspect.signature(getattr(cls, name)).parameters.values():
                # ``**options: Unpack[...]``: named keywords described for checkers, no others taken.
                typed = isinstance(parameter.annotation, str) and parameter.annotation.startswith("Unpack[")
                if parameter.kind is P.VAR_KEYWORD and not (typed and typed_ok):
                    found.add(name)
        return found

    assert open_keywords(ours, typed_ok=True) == open_keywords(theirs, typed_ok=False) == {"image_to_image", "image_to_video"}


def _never_sent(request: httpx2.Request) -> httpx2.Response:
    raise AssertionError(f"sent {request.url}")


@pytest.mark.parametrize("call", [
    lambda c: c.text_to_image("a cat", negativ_prompt="blurry"),
    lambda c: c.text_to_image("a cat", widht=512),
    lambda c: c.chat_completion([{"role": "user", "content": "Hi"}], max_token=5),
    lambda c: c.text_generation("Hi", max_new_token=5),
])
def test_a_misspelt_keyword_is_refused_before_sending(call: Any) -> None:
    client = InferenceClient("http://tgi.local", http_client=httpx2.Client(transport=httpx2.MockTransport(_never_sent)))
    with pytest.raises(TypeError, match="unexpected keyword argument"):
        call(client)


@pytest.mark.parametrize("cls", [_types.AutomaticSpeechRecognitionResult, _types.SummarizationResult, _types.TranslationResult,
                                 _types.ImageToTextResult], ids=lambda c: c.__name__)
def test_text_results_declare_the_fields_of_their_output(cls: type) -> None:
    output_name = cls.__orig_bases__[0].__args__[0].__forward_arg__  # type: ignore[attr-defined]
    output = getattr(inference, output_name)
    assert set(cls.__annotations__) - {"text_field"} == set(output._fields)
    assert cls.text_field in output._fields


def test_a_text_result_is_its_text_and_its_output() -> None:
    output = inference.AutomaticSpeechRecognitionOutput.from_dict({"text": "hello world", "chunks": [{"text": "hello", "timestamp": [0, 1]}]})
    result = _types.AutomaticSpeechRecognitionResult(output)
    assert result == "hello world" and result.upper() == "HELLO WORLD" and result[:5] == "hello"
    assert result.text == result["text"] == "hello world" and result.chunks[0].text == "hello" and result.output is output
    assert "chunks" in result and "world" in result and result.get("missing", 1) == 1
    assert result.to_dict() == output.to_dict() and list(result.keys()) == ["text", "chunks"]
    import pickle

    again = pickle.loads(pickle.dumps(result))
    assert again == result and again.chunks[0].text == "hello"


def test_the_reference_names_for_checkers_are_the_aliases() -> None:
    """``hfhub.inference``'s names for checkers (its ``TYPE_CHECKING`` imports) and at run time agree."""
    source = inspect.getsource(inference)
    for old, new in _types.TEXT_GENERATION_ALIASES.items():
        assert f"from hfhub_api.inference import {new} as {old}\n" in source
        assert getattr(inference, old) is getattr(inference, new)
    assert set(_types.TEXT_GENERATION_ALIASES) <= set(inference.__all__) and "InferenceApi" in inference.__all__
