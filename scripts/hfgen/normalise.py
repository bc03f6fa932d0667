"""Turn the published Hub document into one the generator renders well, deterministically.

Pure functions over a parsed document: the input is never mutated, and the result does not
depend on the order of keys in the input.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

from .naming import HTTP_METHODS

SPEC_DIR = Path(__file__).resolve().parents[2] / "spec"
ADDITIONS_DIR = SPEC_DIR / "additions"
PAGINATED_FILE = SPEC_DIR / "paginated.json"
OURS = "x-hfhub-addition"
ALIASES = "x-hfhub-aliases"  # published keys of operations that are the same request as this one
_PLACEHOLDER = re.compile(r"\{([^}]+)\}")
# What a joined segment looks like in a URL, for the parameter's description.
_JOINED_EXAMPLES = {"{slug}-{id}": "my-models-6579ade1234567890abcdef0"}


class NormaliseError(ValueError):
    """The document cannot be turned into one request per operation."""


def iter_operations(spec: dict[str, Any]):
    """``(method, path, operation)`` in sorted order of path then method."""
    for path in sorted(spec.get("paths", {})):
        item = spec["paths"][path]
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield method, path, op


def count_operations(spec: dict[str, Any]) -> int:
    return sum(1 for _ in iter_operations(spec))


def load_additions(directory: Path = ADDITIONS_DIR) -> list[dict[str, Any]]:
    if not directory.is_dir():
        return []
    return [json.loads(p.read_text()) for p in sorted(directory.glob("*.json"))]


def merge_additions(spec: dict[str, Any], additions: list[dict[str, Any]]) -> dict[str, Any]:
    """Add our own fragments: operations the published spec lacks, marked ``x-hfhub-addition``.

    An operation the published spec already has is left as published: the spec wins.
    """
    for fragment in additions:
        for key, extension in fragment.get("x-hfhub-response-items", {}).items():
            _extend_response_items(spec, key, extension)
        for path, item in fragment.get("paths", {}).items():
            target = spec["paths"].setdefault(path, {})
            for method, op in item.items():
                if method in HTTP_METHODS and method not in target:
                    target[method] = dict(copy.deepcopy(op), **{OURS: True})
                elif method == "parameters":
                    target.setdefault("parameters", copy.deepcopy(op))
        for name, schema in fragment.get("components", {}).get("schemas", {}).items():
            spec.setdefault("components", {}).setdefault("schemas", {}).setdefault(name, copy.deepcopy(schema))
    return spec


def _extend_response_items(spec: dict[str, Any], key: str, extension: dict[str, Any]) -> None:
    """Declare properties the Hub returns on each item of a listing but the published spec omits."""
    method, path = key.split(" ", 1)
    op = spec.get("paths", {}).get(path, {}).get(method.lower())
    if not isinstance(op, dict):
        return
    for response in (op.get("responses") or {}).values():
        schema = ((response or {}).get("content") or {}).get("application/json", {}).get("schema") or {}
        items = schema.get("items") if schema.get("type") == "array" else None
        if isinstance(items, dict) and isinstance(items.get("properties"), dict):
            for name, prop in extension.get("properties", {}).items():
                items["properties"].setdefault(name, copy.deepcopy(prop))
            required = items.setdefault("required", [])
            required += [r for r in extension.get("required", []) if r not in required]


def _join_segment_placeholders(path: str, op: dict[str, Any]) -> str:
    """A segment holding several placeholders (``{slug}-{id}``) becomes one value named after the first.

    The Hub's collection URLs end in ``my-models-6579ade1234567890abcdef0``: users hold that whole
    segment, never its two halves, and no rule could split it again (slugs contain ``-``).
    """
    parts = path.split("/")
    for index, seg in enumerate(parts):
        names = _PLACEHOLDER.findall(seg)
        if len(names) < 2:
            continue
        first, dropped = names[0], set(names[1:])
        parts[index] = "{%s}" % first
        example = _JOINED_EXAMPLES.get(seg)
        text = f"The whole ``{seg}`` path segment, as it appears in the URL" + (f" (``{example}``)." if example else ".")
        params = []
        for p in op.get("parameters", []):
            if p.get("in") == "path" and p.get("name") in dropped:
                continue
            if p.get("in") == "path" and p.get("name") == first:
                p = dict(p, description=text)
            params.append(p)
        op["parameters"] = params
    return "/".join(parts)


def _same_request(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two operations that differ only in how their path parameters are declared."""
    return _request_shape(a) == _request_shape(b)


def _request_shape(op: dict[str, Any]) -> tuple[Any, ...]:
    ignored = {"parameters", "x-hfhub-path", OURS, ALIASES, "description"}
    rest = {k: v for k, v in op.items() if k not in ignored}
    return rest, sorted((p.get("in"), p.get("name")) for p in op.get("parameters", []))


def _placeholder_count(op: dict[str, Any]) -> tuple[int, str]:
    published = op["x-hfhub-path"]
    return len(_PLACEHOLDER.findall(published)), published


def _dedupe_path_params(path: str, op: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """``/items/{slug}`` after ``/{slug}``: the second of two same-named params becomes ``itemId``-like."""
    names = re.findall(r"\{([^}]+)\}", path)
    for name in sorted({n for n in names if names.count(n) > 1}):
        parts = path.split("/")
        hits = [i for i, s in enumerate(parts) if s == "{%s}" % name]
        static = [s for s in parts[: hits[1]] if not s.startswith("{")]
        noun = static[-1] if static else "item"
        new = (noun[:-1] if noun.endswith("s") else noun) + "Id"
        parts[hits[1]] = "{%s}" % new
        path = "/".join(parts)
        params = [p for p in op.get("parameters", []) if p.get("in") == "path" and p.get("name") == name]
        if len(params) > 1:
            params[1]["name"] = new
        elif params:
            op.setdefault("parameters", []).append(dict(copy.deepcopy(params[0]), name=new))
    return path, op


def declare_required_properties(node: Any) -> None:
    """A ``required`` name missing from ``properties`` is declared there (any value): the spec lists
    such names (``bucketNamespace`` of quicksearch, ``repos`` of resource groups) without describing them."""
    if isinstance(node, dict):
        props = node.get("properties")
        required = node.get("required")
        if isinstance(props, dict) and isinstance(required, list):
            for name in required:
                if isinstance(name, str) and name not in props:
                    props[name] = {}
        for value in node.values():
            declare_required_properties(value)
    elif isinstance(node, list):
        for value in node:
            declare_required_properties(value)


def load_paginated(path: Path = PAGINATED_FILE) -> set[str]:
    return set(json.loads(path.read_text())) if path.exists() else set()


def normalise(
    spec: dict[str, Any], additions: list[dict[str, Any]] | None = None, paginated: set[str] | None = None
) -> dict[str, Any]:
    """A deep copy of ``spec`` ready to render.

    - our additions from ``spec/additions/`` merged in;
    - a ``responses`` object on every operation (the Hub omits it on 68);
    - every path parameter declared, once per name (``{slug}`` twice gets a new name);
    - a segment of several placeholders (``{slug}-{id}``) taken as one value; operations that then
      send the same request are one operation, the others' keys kept as its aliases;
    - listings that the Hub pages with ``Link`` (``spec/paginated.json``) marked ``x-hfhub-paginated``;
    - header parameters with a ``const`` value dropped (they are not choices for a caller);
    - properties that are required but undeclared, declared.
    """
    spec = copy.deepcopy(spec)
    spec.setdefault("paths", {})
    merge_additions(spec, load_additions() if additions is None else additions)
    link_paged = load_paginated() if paginated is None else paginated
    new_paths: dict[str, Any] = {}
    for path in sorted(spec["paths"]):
        item = spec["paths"][path]
        shared = item.get("parameters", [])
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            op = dict(op)
            params = [dict(p) for p in shared + op.get("parameters", []) if isinstance(p, dict)]
            declared = {(p.get("in"), p.get("name")) for p in params}
            for name in re.findall(r"\{([^}]+)\}", path):
                if ("path", name) not in declared:
                    params.append({"name": name, "in": "path", "required": True, "schema": {"type": "string"}})
                    declared.add(("path", name))
            params = [p for p in params if not (p.get("in") == "header" and "const" in (p.get("schema") or {}))]
            op["parameters"] = params
            if not op.get("responses"):
                op["responses"] = {"200": {"description": "Success (the published spec declares no response)"}}
            for part in ("requestBody", "responses"):
                declare_required_properties(op.get(part))
            if f"{method.upper()} {path}" in link_paged:
                op["x-hfhub-paginated"] = True
            new_path, op = _dedupe_path_params(path, op)
            new_path = _join_segment_placeholders(new_path, op)
            op.setdefault("x-hfhub-path", path)
            _place(new_paths.setdefault(new_path, {}), method, op, new_path)
    spec["paths"] = new_paths
    return spec


def _place(item: dict[str, Any], method: str, op: dict[str, Any], path: str) -> None:
    """Put ``op`` at ``path``; an operation already there must be the same request (one is an alias)."""
    other = item.get(method)
    if other is None:
        item[method] = op
        return
    if not _same_request(other, op):
        raise NormaliseError(
            f"{method.upper()} {op['x-hfhub-path']} and {other['x-hfhub-path']} are different operations "
            f"sending the same request {method.upper()} {path}"
        )
    kept, alias = sorted((other, op), key=_placeholder_count)
    kept = dict(kept)
    described = {(p.get("in"), p.get("name")): p for p in alias["parameters"] if p.get("description")}
    kept["parameters"] = [described.get((p.get("in"), p.get("name")), p) for p in kept["parameters"]]
    kept[ALIASES] = sorted({*other.get(ALIASES, []), *op.get(ALIASES, []), alias["x-hfhub-path"]})
    item[method] = kept
