"""The operation model the templates render: parameters, body, response, per spec operation."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .naming import REPO_KINDS, operation_key, operation_names, snake
from .normalise import OURS, iter_operations
from .schemas import Registry, TypeRef, description_of, field_name, pascal, singular

_REPO_TYPE_PARAM = "repoType"
_PAGINATION_PARAMS = {"cursor", "p"}


@dataclass
class Param:
    name: str  # Python name
    wire: str  # name in the spec
    location: str  # path, query, header, body, repo_id, repo_type, file_path
    annotation: str
    required: bool
    default: str = "UNSET"  # Python source of the default when not required
    description: str | None = None
    choices: tuple[str, ...] = ()


@dataclass
class Operation:
    key: str  # "<METHOD> <path as published>"
    method: str
    path: str  # normalised path
    resource: str
    name: str
    summary: str
    description: str | None
    params: list[Param] = field(default_factory=list)
    path_expr: str = ""  # f-string body building the path
    body_kind: str = "none"  # none | fields | whole | raw
    body_models: frozenset[str] = frozenset()
    result: str = "None"  # return annotation
    converter: str | None = None
    kind: str = "json"  # json | binary | empty | sse
    paginated: bool = False
    addition: bool = False
    shared_builder: str | None = None  # name of a builder shared across repo types
    repo_kind: str | None = None  # "models" etc. where the path is /.../{kind}/{namespace}/{repo}/...
    repo_kind_index: int = -1  # index of that segment in ``path_expr.split("/")``
    models: frozenset[str] = frozenset()

    @property
    def positional(self) -> list[Param]:
        return [p for p in self.params if p.location in ("repo_id", "path", "file_path") and p.required]

    @property
    def keyword(self) -> list[Param]:
        positional = self.positional
        rest = [p for p in self.params if p not in positional]
        return [p for p in rest if p.required and p.default == "UNSET"] + [p for p in rest if not (p.required and p.default == "UNSET")]


def _param_schema(param: dict[str, Any]) -> dict[str, Any]:
    schema = param.get("schema") or {}
    if "type" not in schema and "default" in schema and not any(k in schema for k in ("anyOf", "oneOf", "enum", "$ref")):
        default = schema["default"]
        inferred = {bool: "boolean", int: "integer", float: "number", str: "string"}.get(type(default))
        if inferred:
            schema = dict(schema, type=inferred)
    return schema


def _path_param_name(path: str, wire: str) -> str:
    if wire == "rev":
        parts = path.split("/")
        before = parts[parts.index("{rev}") - 1] if "{rev}" in parts else ""
        return {"branch": "branch", "tag": "tag"}.get(before, "revision")
    return snake(wire)


def _success(op: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
    responses = op.get("responses") or {}
    for code in sorted(responses):
        if str(code).startswith("2"):
            return str(code), responses[code] or {}
    return None, {}


def _is_sse(op: dict[str, Any], response: dict[str, Any]) -> bool:
    content = response.get("content") or {}
    if "text/event-stream" in content:
        return True
    text = f"{op.get('summary', '')} {op.get('description', '')}".lower()
    return not content and ("sse" in text.split() or "server-sent" in text or text.startswith("stream"))


def build_operations(spec: dict[str, Any], registry: Registry, name_map: dict[str, str] | None = None) -> list[Operation]:
    """Every operation of a normalised spec, sorted by ``resource.name``."""
    names = operation_names({"paths": _paths_by_published(spec)}, name_map)
    ops: list[Operation] = []
    for method, path, raw in iter_operations(spec):
        published = raw.get("x-hfhub-path", path)
        key = operation_key(method, published)
        resource, name = names[key].split(".", 1)
        ops.append(_build(method, path, published, raw, resource, name, registry))
    ops.sort(key=lambda o: (o.resource, o.name))
    _share_builders(ops)
    registry.propagate_users()
    return ops


def _paths_by_published(spec: dict[str, Any]) -> dict[str, Any]:
    paths: dict[str, Any] = {}
    for method, path, op in iter_operations(spec):
        paths.setdefault(op.get("x-hfhub-path", path), {})[method] = op
    return paths


def _build(method: str, path: str, published: str, raw: dict[str, Any], resource: str, name: str, registry: Registry) -> Operation:
    op = Operation(
        key=operation_key(method, published),
        method=method.upper(),
        path=path,
        resource=resource,
        name=name,
        summary=(raw.get("summary") or "").strip(),
        description=(raw.get("description") or "").strip() or None,
        addition=bool(raw.get(OURS)),
    )
    hint = pascal(name)
    used: set[str] = set()
    models: set[str] = set()
    params_by_wire = {(p["in"], p["name"]): p for p in raw.get("parameters", [])}
    segments = path.split("/")
    exprs: list[str] = []
    i = 0
    while i < len(segments):
        seg = segments[i]
        if seg == "{namespace}" and i + 1 < len(segments) and segments[i + 1] == "{repo}":
            op.params.append(Param("repo_id", "namespace/repo", "repo_id", "str", True, description="Repository id, `namespace/name`."))
            used.add("repo_id")
            exprs.append("{_repo(repo_id)}")
            i += 2
            continue
        match = re.fullmatch(r"(.*?)\{([^}]+)\}(.*)", seg)
        if not match:
            exprs.append(seg.replace("{", "{{").replace("}", "}}"))
            i += 1
            continue
        prefix, wire, suffix = match.groups()
        spec_param = params_by_wire.get(("path", wire), {})
        schema = _param_schema(spec_param)
        if wire == _REPO_TYPE_PARAM:
            choices = tuple(schema.get("enum") or ("models", "datasets", "spaces"))
            default = '"models"' if "models" in choices else (f'"{choices[0]}"' if len(choices) == 1 else "UNSET")
            choice_literal = ", ".join(f'"{c}"' for c in choices + tuple(_singulars(choices)))
            op.params.append(Param("repo_type", wire, "repo_type", f"Literal[{choice_literal}]", default == "UNSET", default,
                                   "Repository type.", choices))
            used.add("repo_type")
            exprs.append(f"{{_repo_type(repo_type, {choices!r})}}")
        else:
            pyname = _path_param_name(path, wire)
            is_file = wire == "path"
            ref = registry.resolve(schema, pascal(wire), None, resource)
            annotation = "str" if is_file else ref.optional()
            if annotation == "Any":
                annotation = "str"
            default = '"main"' if pyname == "revision" else "UNSET"
            location = "file_path" if is_file else "path"
            op.params.append(Param(pyname, wire, location, annotation, default == "UNSET", default,
                                   _describe(spec_param, schema)))
            used.add(pyname)
            helper = "_file" if is_file else "_seg"
            exprs.append(f"{_escape(prefix)}{{{helper}({pyname}, {pyname!r})}}{_escape(suffix)}")
        i += 1
    op.path_expr = "/".join(exprs)
    for index in range(1, min(4, len(segments) - 2)):
        if segments[index] in REPO_KINDS and segments[index + 1 : index + 3] == ["{namespace}", "{repo}"]:
            op.repo_kind = segments[index]
            op.repo_kind_index = index
            break

    for (location, wire), spec_param in sorted(params_by_wire.items()):
        if location not in ("query", "header"):
            continue
        schema = _param_schema(spec_param)
        ref = registry.resolve(schema, hint + pascal(wire), None, resource)
        models |= ref.models
        pyname = field_name(wire, used)
        used.add(pyname)
        required = bool(spec_param.get("required"))
        annotation = ref.optional() if required else _or_none(ref.optional())
        op.params.append(Param(pyname, wire, location, annotation, required, "UNSET", _describe(spec_param, schema)))
        if location == "query" and wire in _PAGINATION_PARAMS:
            op.paginated = True

    _body(op, raw, registry, hint, used, models)
    item = _response(op, raw, registry, hint, models)
    pageable = op.method == "GET" and op.kind == "json" and (item is not None or op.result == "Any")
    op.paginated = bool(raw.get("x-hfhub-paginated", op.paginated and pageable))
    if op.paginated:
        op.result = item.optional() if item is not None else "Any"
        op.converter = item.converter if item is not None else None
    op.models = frozenset(models)
    return op


def _singulars(choices: tuple[str, ...]) -> list[str]:
    return [c[:-1] for c in choices if c.endswith("s")]


def _escape(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


def _or_none(annotation: str) -> str:
    return annotation if annotation in ("Any", "None") or annotation.endswith("| None") else f"{annotation} | None"


def _describe(param: dict[str, Any], schema: dict[str, Any]) -> str | None:
    return description_of(param) or description_of(schema)


def _body(op: Operation, raw: dict[str, Any], registry: Registry, hint: str, used: set[str], models: set[str]) -> None:
    body = raw.get("requestBody")
    if not isinstance(body, dict):
        if op.method in ("POST", "PUT", "PATCH"):
            # The spec declares no body: still let callers send one.
            op.body_kind = "raw"
            op.params.append(Param("body", "body", "body", "Any", False, "UNSET",
                                   "Request body, sent as JSON (the published spec does not describe it)."))
        return
    content = body.get("content") or {}
    media = content.get("application/json") or next(iter(content.values()), {})
    schema = registry.deref(media.get("schema") or {})
    if "allOf" in schema:
        schema = registry._merge_all_of(schema)
    body_required = bool(body.get("required"))
    props = schema.get("properties")
    if props and schema.get("type", "object") == "object" and not any(k in schema for k in ("anyOf", "oneOf")):
        op.body_kind = "fields"
        required = set(schema.get("required", []))
        for key, prop in props.items():
            ref = registry.resolve(prop, pascal(key), hint + "Body", op.resource)
            models |= ref.models
            pyname = field_name(key, set())
            pyname = field_name("body_" + key if pyname in used else key, used)
            used.add(pyname)
            is_required = key in required and body_required
            annotation = ref.optional() if is_required else _or_none(ref.optional())
            if ref.models:
                annotation = annotation.replace(" | None", "") + " | dict[str, Any]" + (" | None" if "| None" in annotation else "")
            op.params.append(Param(pyname, key, "body", annotation, is_required, "UNSET", _describe(prop, registry.deref(prop))))
        return
    op.body_kind = "whole"
    ref = registry.resolve(media.get("schema") or {}, hint + "Body", None, op.resource)
    models |= ref.models
    annotation = ref.optional() if body_required else _or_none(ref.optional())
    if ref.models:
        annotation += " | dict[str, Any]"
    op.params.append(Param("body", "body", "body", annotation, body_required, "UNSET", description_of(schema)))


def _response(op: Operation, raw: dict[str, Any], registry: Registry, hint: str, models: set[str]) -> TypeRef | None:
    """Set the result type; return the item type when the result is a JSON array."""
    code, response = _success(raw)
    content = response.get("content") or {}
    if _is_sse(raw, response):
        op.kind, op.result = "sse", "EventStream"
        return None
    if "/resolve/" in op.path or "/resolve-cache/" in op.path:
        # The file itself; its JSON form (xet file info) needs an Accept header we do not send.
        op.kind, op.result = "binary", "bytes"
        return None
    media_type = "application/json" if "application/json" in content else next(iter(content), None)
    if media_type is None:
        if op.path.endswith("/avatar"):
            op.kind, op.result = "binary", "bytes"
        else:
            op.kind, op.result = "empty", "Any"
        return None
    if "json" not in media_type:
        op.kind, op.result = "binary", "bytes"
        return None
    schema = content[media_type].get("schema") or {}
    name_hint = hint + "Response"
    resolved = registry.deref(schema)
    item: TypeRef | None = None
    if resolved.get("type") == "array":
        items_hint = pascal(singular(op.name[5:])) if op.name.startswith("list_") else hint + "Item"
        item = registry.resolve(resolved.get("items", {}), items_hint, None, op.resource)
        ref = TypeRef(f"list[{item.optional()}]", f"ListOf({item.converter})" if item.converter else None, item.models)
    else:
        ref = registry.resolve(schema, name_hint, None, op.resource)
    models |= ref.models
    op.result = ref.optional()
    op.converter = ref.converter
    return item


def _share_builders(ops: list[Operation]) -> None:
    """Operations that differ only by repo type (models/datasets/spaces...) share one builder."""
    groups: dict[tuple[Any, ...], list[Operation]] = {}
    for op in ops:
        if op.repo_kind is None:
            continue
        parts = op.path_expr.split("/")
        parts[op.repo_kind_index] = "{rt}"
        signature = (
            op.method, "/".join(parts), op.name, op.body_kind, op.result, op.converter, op.kind, op.paginated,
            tuple((p.name, p.wire, p.location, p.annotation, p.required, p.default) for p in op.params),
        )
        groups.setdefault(signature, []).append(op)
    for group in groups.values():
        if len({op.repo_kind for op in group}) > 1:
            for op in group:
                op.shared_builder = op.name
