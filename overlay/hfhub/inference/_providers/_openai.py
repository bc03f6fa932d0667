"""The task schemas' text generation and embeddings, in OpenAI's ``/v1/completions`` and ``/v1/embeddings`` format.

Used by providers and servers that speak only the OpenAI API (vLLM, llama.cpp, Together,
SambaNova). TGI parameters without an OpenAI equivalent are refused before sending.
"""

from __future__ import annotations

from typing import Any

from ..._json import json_array, json_object
from .._call import TaskCall

__all__ = ["completions_body", "completions_answer", "embeddings_body", "embeddings_answer"]

_COMPLETIONS_NAMES = {
    "max_new_tokens": "max_tokens",
    "temperature": "temperature",
    "top_p": "top_p",
    "top_k": "top_k",
    "stop": "stop",
    "seed": "seed",
    "frequency_penalty": "frequency_penalty",
    "repetition_penalty": "repetition_penalty",
    "return_full_text": "echo",
}


def completions_body(call: TaskCall[Any], model: str | None, where: str) -> dict[str, Any]:
    # ``details=False`` (sent to TGI as given) asks for nothing a completion lacks.
    params = {name: value for name, value in call.parameters.items() if not (name == "details" and value is False)}
    unsupported = sorted(set(params) - set(_COMPLETIONS_NAMES))
    if unsupported:
        raise ValueError(f"{where} generates text through OpenAI's completions API, which has no {', '.join(unsupported)}")
    body: dict[str, Any] = {"prompt": call.payload["inputs"]}
    if model is not None:
        body["model"] = model
    body.update((_COMPLETIONS_NAMES[name], value) for name, value in params.items())
    if call.stream is not None:
        body["stream"] = True
    if call.extra_body:
        body.update(call.extra_body)
    return body


def completions_answer(data: Any) -> dict[str, Any]:
    """An OpenAI completion as the text-generation output (``generated_text``)."""
    choices = json_array((json_object(data) or {}).get("choices")) or [None]
    choice = json_object(choices[0])
    if choice is None:
        raise ValueError(f"unexpected completion: {str(data)[:200]}")
    return {"generated_text": choice.get("text", "")}


_EMBEDDINGS_OPTIONS = frozenset({"dimensions", "encoding_format"})


def embeddings_body(call: TaskCall[Any], model: str | None, where: str) -> dict[str, Any]:
    options = sorted(key for key in call.payload if key != "inputs" and key not in _EMBEDDINGS_OPTIONS)
    if options:
        raise ValueError(f"{where} embeds through OpenAI's embeddings API, which has no {', '.join(options)}")
    body: dict[str, Any] = {"input": call.payload["inputs"]}
    if model is not None:
        body["model"] = model
    body.update((key, call.payload[key]) for key in sorted(_EMBEDDINGS_OPTIONS) if key in call.payload)
    if call.extra_body:
        body.update(call.extra_body)
    return body


def embeddings_answer(data: Any) -> list[Any]:
    """OpenAI embeddings as the feature-extraction output: one vector per input, in order."""
    items = json_array((json_object(data) or {}).get("data"))
    if items is None:
        raise ValueError(f"unexpected embeddings answer: {str(data)[:200]}")
    ordered = sorted(items, key=lambda item: (json_object(item) or {}).get("index", 0))
    return [item["embedding"] for item in ordered]
