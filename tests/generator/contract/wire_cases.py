"""One call per operation, planned from the spec JSON alone: the arguments and the exact request they must send.

Nothing here reads the generator: path templates are filled from the published document (and
our ``spec/additions``), and a method's arguments are matched to the spec's parameters through
its public signature, as a user reading the docs would.
"""

from __future__ import annotations

import inspect
import json
import keyword
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable
from urllib.parse import quote

from tooling.pinned import REPO_ROOT, load_spec

ADDITIONS = REPO_ROOT / "spec" / "additions"
METHODS = ("get", "put", "post", "delete", "patch")
NO_BODY = object()

NAMESPACE, REPO = "acme", "widget-7"
REVISION = "refs/pr/3"  # must reach the server as one segment: refs%2Fpr%2F3
FILE_PATH = "dir one/file.txt"  # keeps its slash, encodes its space
# A segment of several placeholders is one value to users: the collection's slug as in its URL.
JOINED = {"slug": "my-models", "id": "6579ade1234567890abcdef0"}
_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


@dataclass
class WireCase:
    key: str
    method: str
    template: str
    args: list[Any] = field(default_factory=list)
    kwargs: dict[str, Any] = field(default_factory=dict)
    path: str = ""
    query: list[tuple[str, str]] = field(default_factory=list)
    body: Any = NO_BODY
    problems: list[str] = field(default_factory=list)  # spec parameters the method offers no argument for


def operations() -> dict[str, tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """``"<METHOD> <path>"`` -> (method, path, operation, path item): the published spec, then our additions."""
    spec = full_spec()
    out = {}
    for path, item in spec["paths"].items():
        for method in METHODS:
            if isinstance(item.get(method), dict):
                out[f"{method.upper()} {path}"] = (method, path, item[method], item)
    return dict(sorted(out.items()))


_SPEC: dict[str, Any] | None = None


def full_spec() -> dict[str, Any]:
    global _SPEC
    if _SPEC is None:
        spec = load_spec()
        for file in sorted(Path(ADDITIONS).glob("*.json")):
            fragment = json.loads(file.read_text())
            for path, item in fragment.get("paths", {}).items():
                target = spec["paths"].setdefault(path, {})
                for method, op in item.items():
                    target.setdefault(method, op)
            for name, schema in fragment.get("components", {}).get("schemas", {}).items():
                spec.setdefault("components", {}).setdefault("schemas", {}).setdefault(name, schema)
        _SPEC = spec
    return _SPEC


def snake(name: str) -> str:
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    text = re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_").lower()
    if name.startswith("_"):
        text += "_"
    return text + "_" if keyword.iskeyword(text) else text


def deref(schema: Any) -> dict[str, Any]:
    spec = full_spec()
    while isinstance(schema, dict) and "$ref" in schema:
        node: Any = spec
        for part in schema["$ref"][2:].split("/"):
            node = node[part]
        schema = node
    return schema if isinstance(schema, dict) else {}


def _simple(schema: Any) -> dict[str, Any]:
    """The first concrete alternative of a schema (``anyOf``/``oneOf``/type lists), never ``null``."""
    schema = deref(schema)
    for combo in ("anyOf", "oneOf"):
        options = [deref(o) for o in schema.get(combo, [])]
        options = [o for o in options if o.get("type") != "null" and o.get("const", 0) is not None]
        if options:
            return _simple(options[0])
    if isinstance(schema.get("type"), list):
        kinds = [t for t in schema["type"] if t != "null"]
        return dict(schema, type=kinds[0] if kinds else "string")
    return schema


def query_value(name: str, schema: Any) -> tuple[Any, list[str]]:
    """A Python value for a query parameter and the texts it must reach the server as."""
    schema = _simple(schema)
    if "const" in schema:
        value = schema["const"]
    elif schema.get("enum"):
        value = next(v for v in schema["enum"] if v is not None)
    elif schema.get("type") == "array":
        item, texts = query_value(name, schema.get("items", {}))
        return [item], texts
    elif schema.get("type") == "boolean":
        value = True
    elif schema.get("type") in ("integer", "number"):
        value = 3
    else:
        value = f"q {name}"
    text = ("true" if value else "false") if isinstance(value, bool) else str(value)
    return value, [text]


def path_value(name: str, schema: Any) -> str:
    schema = _simple(schema)
    if schema.get("enum"):
        return str(schema["enum"][0])
    if name == "rev":
        return REVISION
    if name == "path":
        return FILE_PATH
    if schema.get("type") in ("integer", "number"):
        return "7"
    return f"{name} 1"


def _parameters(op: dict[str, Any], item: dict[str, Any]) -> list[dict[str, Any]]:
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for p in [*item.get("parameters", []), *op.get("parameters", [])]:
        p = deref(p)
        merged[(p["in"], p["name"])] = p
    return list(merged.values())


def plan(key: str, method: Callable[..., Any]) -> WireCase:
    """The call of ``method`` for the operation ``key`` and the request it must send."""
    http_method, template, op, item = operations()[key]
    case = WireCase(key, http_method.upper(), template)
    params = _parameters(op, item)
    by_name = {(p["in"], p["name"]): p for p in params}
    signature = inspect.signature(method).parameters
    positional = [n for n, p in signature.items() if p.kind is p.POSITIONAL_OR_KEYWORD]
    taken: set[str] = set()

    def argument(value: Any) -> None:
        if len(case.args) < len(positional):
            taken.add(positional[len(case.args)])
            case.args.append(value)
        else:
            case.problems.append(f"no positional argument left for {value!r}")

    segments = template.split("/")
    filled: list[str] = []
    i = 0
    while i < len(segments):
        seg = segments[i]
        names = _PLACEHOLDER.findall(seg)
        if seg == "{namespace}" and i + 1 < len(segments) and segments[i + 1] == "{repo}":
            argument(f"{NAMESPACE}/{REPO}")
            filled += [NAMESPACE, REPO]
            i += 2
            continue
        if not names:
            filled.append(seg)
        elif len(names) > 1:
            values = {n: JOINED.get(n) or path_value(n, by_name.get(("path", n), {}).get("schema")) for n in names}
            text = _PLACEHOLDER.sub(lambda m: values[m.group(1)], seg)
            argument(text)
            filled.append(quote(text, safe=""))
        else:
            name = names[0]
            value = path_value(name, by_name.get(("path", name), {}).get("schema"))
            if name == "repoType":
                case.kwargs["repo_type"] = value
                taken.add("repo_type")
            elif name == "rev" and "revision" in signature:
                case.kwargs["revision"] = value
                taken.add("revision")
            else:
                argument(value)
            encoded = quote(value, safe="/" if name == "path" else "")
            filled.append(_PLACEHOLDER.sub(lambda m: encoded, seg))
        i += 1
    case.path = "/".join(filled)

    _plan_body(case, op, signature, taken)
    for p in params:
        if p["in"] != "query":
            continue
        value, texts = query_value(p["name"], p.get("schema"))
        name = snake(p["name"])
        if name in taken or name not in signature:
            name = "query_" + name
        if name not in signature:
            case.problems.append(f"no argument for the query parameter {p['name']!r}")
            continue
        taken.add(name)
        case.kwargs[name] = value
        case.query += [(p["name"], t) for t in texts]
    return case


def _plan_body(case: WireCase, op: dict[str, Any], signature: Any, taken: set[str]) -> None:
    content = (op.get("requestBody") or {}).get("content") or {}
    if not content:
        if case.method in ("POST", "PUT", "PATCH") and "body" in signature:
            case.kwargs["body"] = case.body = {"free": "form"}
        return
    schema = deref((content.get("application/json") or next(iter(content.values()))).get("schema"))
    props = _properties(schema)
    if props is None:
        case.kwargs["body"] = case.body = [] if _simple(schema).get("type") == "array" else {"whole": "body"}
        taken.add("body")
        return
    case.body = {}
    for key in props:
        name = snake(key)
        if name not in signature:
            case.problems.append(f"no argument for the body field {key!r}")
            continue
        taken.add(name)
        case.kwargs[name] = case.body[key] = f"b {key}"


def _properties(schema: dict[str, Any]) -> dict[str, Any] | None:
    """The fields of an object body (``allOf`` parts merged); ``None`` for any other body."""
    if any(k in schema for k in ("anyOf", "oneOf")) or schema.get("type", "object") != "object":
        return None
    props = dict(schema.get("properties") or {})
    for part in map(deref, schema.get("allOf", [])):
        variants = [deref(v) for v in part.get("anyOf", part.get("oneOf", []))]
        if variants and all("properties" in v for v in variants):
            # A body of several shapes: every field of every shape is an argument.
            for variant in variants:
                props.update(variant["properties"])
            part = {k: v for k, v in part.items() if k not in ("anyOf", "oneOf")}
        inner = _properties(part)
        if inner is None and (part.get("properties") or part.get("allOf")):
            return None
        props.update(inner or {})
    return props or None
