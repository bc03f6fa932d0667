"""The ``hfhub api`` command group as data: every operation's arguments, typed and documented from the spec."""

from __future__ import annotations

import re
from typing import Any

import jinja2

from .operations import Operation, Param

TEMPLATE = "cli_commands.py.jinja"
MODULE = "cli_commands.py"

_LITERAL = re.compile(r"Literal\[([^\]]*)\]")
_SCALARS = {"str": "str", "datetime": "str", "int": "int", "float": "float", "bool": "bool"}


def cli_type(param: Param) -> tuple[str, tuple[Any, ...], bool]:
    """``(kind, choices, closed)`` of a parameter on the command line.

    ``kind`` is ``str``, ``int``, ``float``, ``bool``, ``list`` (a repeatable string option) or
    ``json`` (a JSON value); ``choices`` are the spec's enum values, ``closed`` when no other
    value is accepted.
    """
    annotation = param.annotation.replace(" | None", "")
    if param.choices:
        return "str", param.choices, True
    literal_values: list[Any] = []
    for group in _LITERAL.findall(annotation):
        literal_values += [_literal_value(v.strip()) for v in group.split(",")]
    literal_values = list(dict.fromkeys(literal_values))
    rest = [part.strip() for part in _LITERAL.sub("", annotation).split("|") if part.strip()]
    if annotation in _SCALARS:
        return _SCALARS[annotation], (), False
    if annotation == "Any":
        return ("json" if param.location == "body" else "str"), (), False
    if all(isinstance(v, str) for v in literal_values) and literal_values:
        if not rest:
            return "str", tuple(literal_values), True
        if rest == ["str"]:
            return "str", tuple(literal_values), False
    if literal_values and all(type(v) is int for v in literal_values) and rest == ["int"]:
        return "int", tuple(literal_values), False
    if all(isinstance(v, str) for v in literal_values) and _is_string_list(annotation):
        return "list", tuple(literal_values), False
    return "json", (), False


def _is_string_list(annotation: str) -> bool:
    """``list[str]``, alone or with ``str`` alternatives, once string literals count as ``str``."""
    text = _LITERAL.sub("str", annotation).replace(" ", "")
    while "str|str" in text:
        text = text.replace("str|str", "str")
    parts, depth, current = set(), 0, ""
    for ch in text + "|":
        if ch == "|" and depth == 0:
            parts.add(current)
            current = ""
            continue
        depth += (ch == "[") - (ch == "]")
        current += ch
    return "list[str]" in parts and parts <= {"str", "list[str]"}


def _literal_value(text: str) -> Any:
    if text.startswith('"'):
        return text[1:-1]
    if text in ("True", "False"):
        return text == "True"
    return int(text)


def _params(op: Operation) -> list[tuple[Any, ...]]:
    """``(name, positional, kind, required, choices, closed, help)`` for each parameter, in call order."""
    positional = op.positional
    out = []
    for param in positional + op.keyword:
        kind, choices, closed = cli_type(param)
        required = param.required and param.default == "UNSET"
        out.append((param.name, param in positional, kind, required, choices, closed, (param.description or "").strip()))
    return out


def _help(op: Operation) -> tuple[str, str]:
    summary = (op.summary or op.key).strip().rstrip(".")
    description = op.description if op.description and op.description != op.summary else ""
    return summary, (description or "").strip()


def render_cli_commands(ops: list[Operation], env: jinja2.Environment) -> dict[str, str]:
    """``{"cli_commands.py": text}``: resource -> method -> operation key, help, parameters."""
    by_resource: dict[str, list[dict[str, Any]]] = {}
    for op in sorted(ops, key=lambda o: (o.resource, o.name)):
        summary, description = _help(op)
        by_resource.setdefault(op.resource, []).append(
            {"name": op.name, "key": op.key, "summary": summary, "description": description, "params": _params(op)}
        )
    template = env.get_template(TEMPLATE)
    return {MODULE: template.render(resources=sorted(by_resource.items()), py=repr)}
