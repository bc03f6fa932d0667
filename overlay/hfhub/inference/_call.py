"""What one task call asks for, before any provider or transport is involved (sans-I/O).

A task helper builds a :class:`TaskCall`: the task's Hub name, its payload in the shape of
the task schema (binary inputs as :class:`~._inputs.Media`), and how to read the answer
into the generated output types. Providers translate the payload into their own format
and their answer back into the task schema's shape; ``parse`` then types it.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any, Callable, TypeVar

from .._json import json_array, json_object
from .._methods import Call

T = TypeVar("T")

__all__ = [
    "TaskCall", "parameters", "schema_payload", "typed", "typed_list", "text_result", "first", "as_list", "binary_output",
    "JSON", "BINARY", "TGI", "CHAT", "COMPLETIONS", "LINES", "OUTPUTS",
]

# How the body of a successful answer is read before ``parse``.
JSON, BINARY = "json", "binary"
# Stream formats.
TGI, CHAT, COMPLETIONS, LINES = "tgi", "chat", "completions", "lines"
OUTPUTS = ("huggingface_hub", "typed")
"""The forms a client may return: huggingface_hub's (PIL images, bytes, numpy; default) or the task schemas' classes."""


@dataclass(eq=False)
class TaskCall(Call[T]):
    """One inference request in the task schema's terms.

    ``task``: the Hub's task name (``"text-classification"``; chat is ``"conversational"``,
    as in the Hub's provider mapping). ``payload``: the task schema's input object, ``None``
    values left out. ``parse``: from the answer (decoded JSON, or ``bytes`` when ``output``
    is ``BINARY``) to the typed result. ``stream``: the event format when streaming.
    ``raw``: sent as given by :meth:`post`, untouched by providers.
    ``present``: how a client returns the typed result unless it asked for ``outputs="typed"``.
    """

    task: str | None
    payload: Any
    parse: Callable[[Any], T]
    model: str | None = None
    output: str = JSON
    stream: str | None = None
    extra_body: dict[str, Any] | None = None
    raw: bool = False
    present: Callable[[Any], Any] | None = None
    """From the typed result to huggingface_hub's form (a PIL image, bytes, numpy), see ``_outputs``."""

    @property
    def parameters(self) -> dict[str, Any]:
        payload = json_object(self.payload)
        return json_object(payload.get("parameters") if payload is not None else None) or {}


def parameters(**values: Any) -> dict[str, Any]:
    """The given parameters, without those left ``None``."""
    return {key: value for key, value in values.items() if value is not None}


def _class(name: str) -> Any:
    # Looked up on first use so that importing the client loads no task module.
    return getattr(importlib.import_module("hfhub_api.inference"), name)


def typed(name: str, normalise: Callable[[Any], Any] | None = None) -> Callable[[Any], Any]:
    """A parser reading one object as the generated class ``name``."""

    def parse(data: Any) -> Any:
        if normalise is not None:
            data = normalise(data)
        if not isinstance(data, dict):
            raise _unexpected(name, data)
        return _class(name).from_dict(data)

    return parse


def typed_list(name: str, normalise: Callable[[Any], Any] | None = None) -> Callable[[Any], Any]:
    """A parser reading a list of objects as the generated class ``name``."""

    def parse(data: Any) -> Any:
        items = as_list(normalise(data) if normalise is not None else data)
        cls = _class(name)
        out: list[Any] = []
        for item in items:
            if not isinstance(item, dict):
                raise _unexpected(name, item)
            out.append(cls.from_dict(item))
        return out

    return parse


def text_result(cls: Callable[[Any], T], parse: Callable[[Any], Any]) -> Callable[[Any], T]:
    """A parser reading the answer with ``parse``, as the text result ``cls`` (a ``str`` that is also the output)."""

    def read(data: Any) -> T:
        return cls(parse(data))

    return read


def binary_output(name: str, field: str) -> Callable[[Any], Any]:
    """A parser wrapping the bytes of an image, audio or video answer in ``name``."""

    def parse(data: Any) -> Any:
        if not isinstance(data, bytes):
            raise _unexpected(name, data)
        return _class(name).from_dict({field: data})

    return parse


def first(data: Any) -> Any:
    """Servers answer some single-result tasks with a list of one: take its item."""
    items = json_array(data)
    return items[0] if items else data


def as_list(data: Any) -> list[Any]:
    """A list of results, from a list, a single result, or a list holding the list (batch of one)."""
    if isinstance(data, dict):
        return [data]
    items = json_array(data)
    if items is None:
        raise _unexpected("a list", data)
    if len(items) == 1:
        return json_array(items[0]) or items
    return items


def _unexpected(expected: str, data: Any) -> ValueError:
    shown = repr(data)
    if len(shown) > 200:
        shown = shown[:200] + "..."
    return ValueError(f"unexpected answer from the server: expected {expected}, got {shown}")


def schema_payload(inputs: Any, params: dict[str, Any]) -> dict[str, Any]:
    """The task schema's input object: ``inputs``, and ``parameters`` when any is set."""
    return {"inputs": inputs, "parameters": params} if params else {"inputs": inputs}
