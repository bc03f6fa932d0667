"""Words for a parameter from its own schema: what the spec says, then the values it accepts.

Most parameters of the Hub spec carry no description (770 of 874); their schemas still say
what they take (type, enum, bounds, pattern, the server's default). That is written out, so that
``help()``, ``hfhub api ... --help`` and the reference never show a parameter without text.
"""

from __future__ import annotations

import json
from typing import Any

_MAX_CHOICES = 12  # a longer enum is cut with an ellipsis
_MAX_PATTERN = 60  # a longer pattern says less than the type
_UNBOUNDED = 2**53 - 1  # JavaScript's MAX_SAFE_INTEGER: the spec's way of saying "no bound"


def describe(text: str | None, schema: dict[str, Any], where: str) -> str:
    """``text`` (the spec's description) or ``where`` ("Query parameter ``limit``"), then the schema's facts."""
    head = (text or where).strip()
    if not head.endswith((".", "!", "?", ":", "```")):
        head += "."
    facts = schema_facts(schema)
    return f"{head} {facts}" if facts else head


def schema_facts(schema: dict[str, Any]) -> str:
    """What the schema accepts, in sentences: ``"One of ``asc``, ``desc``. Server default: ``desc``."``"""
    facts: list[str] = []
    choices = _choices(schema)
    if len(choices) == 1 and "const" in schema:
        facts.append(f"Always {_code(choices[0])}.")
    elif choices:
        shown = ", ".join(_code(c) for c in choices[:_MAX_CHOICES])
        facts.append(f"One of {shown}{', ...' if len(choices) > _MAX_CHOICES else ''}.")
    item_choices = _choices(schema["items"]) if isinstance(schema.get("items"), dict) else []
    if item_choices:
        facts.append(f"Each one of {', '.join(_code(c) for c in item_choices[:_MAX_CHOICES])}.")
    bounds = _bounds(schema, "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
    if bounds:
        facts.append(bounds + ".")
    length = _bounds(schema, "minLength", "maxLength", None, None)
    if length:
        facts.append(f"{length} characters.")
    pattern = schema.get("pattern")
    if isinstance(pattern, str) and len(pattern) <= _MAX_PATTERN:
        facts.append(f"Matches ``{pattern}``.")
    if schema.get("format") == "date-time":
        facts.append("A date and time (ISO 8601).")
    if "default" in schema and schema["default"] is not None:
        facts.append(f"Server default: {_code(schema['default'])}.")
    if schema.get("deprecated") is True:
        facts.append("Deprecated.")
    return " ".join(facts)


def _choices(schema: dict[str, Any]) -> list[Any]:
    if "const" in schema:
        return [schema["const"]] if schema["const"] is not None else []
    values: list[Any] = [v for v in schema.get("enum") or [] if v is not None]
    for option in schema.get("anyOf") or schema.get("oneOf") or []:
        if isinstance(option, dict):
            values += [v for v in _choices(option) if v not in values]
    return values


def _number(schema: dict[str, Any], key: str | None) -> int | float | None:
    value = schema.get(key) if key else None
    if not isinstance(value, (int, float)) or isinstance(value, bool) or abs(value) >= _UNBOUNDED:
        return None
    return value


def _bounds(schema: dict[str, Any], low: str, high: str, low_x: str | None, high_x: str | None) -> str:
    lo, hi, lo_x, hi_x = (_number(schema, key) for key in (low, high, low_x, high_x))
    if lo is not None and lo == hi:
        return f"Exactly {lo}"
    if lo is not None and hi is not None:
        return f"From {lo} to {hi}"
    parts = []
    if lo is not None:
        parts.append(f"At least {lo}")
    if lo_x is not None:
        parts.append(f"More than {lo_x}")
    if hi is not None:
        parts.append(f"At most {hi}")
    if hi_x is not None:
        parts.append(f"Less than {hi_x}")
    return ", ".join(parts[:1] + [p[0].lower() + p[1:] for p in parts[1:]])


def _code(value: Any) -> str:
    return f"``{json.dumps(value, ensure_ascii=False)}``"
