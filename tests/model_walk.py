"""Read every field of a parsed result, recursively: a parser bug surfaces as an exception here."""

from __future__ import annotations

from typing import Any

from hfhub_api import Model


def read_everything(value: Any) -> None:
    if isinstance(value, Model):
        for name in type(value)._fields:
            read_everything(getattr(value, name))
        assert isinstance(value.extra_fields, dict)
        repr(value)
    elif isinstance(value, list):
        for item in value:
            read_everything(item)
    elif isinstance(value, dict):
        for item in value.values():
            read_everything(item)
