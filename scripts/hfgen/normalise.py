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

ADDITIONS_DIR = Path(__file__).resolve().parents[2] / "spec" / "additions"
OURS = "x-hfhub-addition"


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


def normalise(spec: dict[str, Any], additions: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """A deep copy of ``spec`` ready to render.

    - our additions from ``spec/additions/`` merged in;
    - a ``responses`` object on every operation (the Hub omits it on 68);
    - every path parameter declared, once per name (``{slug}`` twice gets a new name);
    - header parameters with a ``const`` value dropped (they are not choices for a caller);
    - properties that are required but undeclared, declared.
    """
    spec = copy.deepcopy(spec)
    spec.setdefault("paths", {})
    merge_additions(spec, load_additions() if additions is None else additions)
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
            new_path, op = _dedupe_path_params(path, op)
            new_paths.setdefault(new_path, {})[method] = op
            op.setdefault("x-hfhub-path", path)
    spec["paths"] = new_paths
    return spec
