"""Decoded JSON of an unknown shape, narrowed to an object or an array that checkers can follow."""

from __future__ import annotations

from typing import Any, cast

__all__ = ["json_object", "json_array"]


def json_object(value: object) -> dict[str, Any] | None:
    """``value`` if it is a JSON object, else ``None``."""
    return cast("dict[str, Any]", value) if isinstance(value, dict) else None


def json_array(value: object) -> list[Any] | None:
    """``value`` if it is a JSON array, else ``None``."""
    return cast("list[object]", value) if isinstance(value, list) else None
