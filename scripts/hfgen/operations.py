"""The operation model the templates render: parameters, body, response, per spec operation."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .describe import describe
from .naming import REPO_KINDS, operation_key, operation_names, snake
from .normalise import ALIASES, OURS, iter_operations
from .schemas import Registry, TypeRef, description_of, field_name, pascal, resource_noun, singular

_REPO_TYPE_PARAM = "repoType"
_PAGINATION_PARAMS = {"cursor", "p"}
KIND = "\x00kind"  # in ``path_expr``: the repository kind, filled in when the builder is rendered


class GenerationError(ValueError):
    """An operation that cannot be rendered as a correct request."""


@dataclass
class Param:
    name: str  # Python name
    wire: str  # name in the spec
    location: str  # path, query, header, body, repo_id, repo_type, file_path, dir_path
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
    aliases: tuple[str, ...] = ()  # other published keys sending this same request
    kind_expr: str | None = None  # the repository kind a repo id is checked for (Python source)

    @property
    def positional(self) -> list[Param]:
        required = [p for p in self.params if p.location in ("repo_id", "path", "file_path", "collection") and p.required]
        return required + [p for p in self.params if p.location in ("dir_path", "collection_slug", "collection_item")]

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


def _path_param_name(path: str, wire: str, taken: set[str]) -> tuple[str, str | None]:
    """The Python name of a path parameter, and a note when a body field took its natural name.

    Body fields keep their own names (``resource_groups.create("acme", name="rg")``); the path
    parameter, always passed by position, gets the next most natural one.
    """
    parts = path.split("/")
    token = "{%s}" % wire
    before = next((p for p in reversed(parts[: parts.index(token)]) if not p.startswith("{")), "") if token in parts else ""
    if wire == "rev":
        name = {"branch": "branch", "tag": "tag"}.get(before, "revision")
        return (name, None) if name not in taken else ("revision", f"the revision ``{{rev}}`` in the path; ``{name}`` is a body field")
    name = snake(wire)
    if name not in taken:
        return name, None
    alternative = snake(singular(before)) if before else ""
    if not alternative or alternative in taken:
        alternative = name + "_in_path"
    return alternative, f"``{{{wire}}}`` in the path; ``{name}`` is a body field"


def _body_field_names(raw: dict[str, Any], registry: Registry) -> set[str]:
    """Python names the JSON body's fields will take: path and query parameters make way for them."""
    body = raw.get("requestBody")
    content = (body.get("content") or {}) if isinstance(body, dict) else {}
    media = content.get("application/json") or next(iter(content.values()), {})
    schema = registry.deref(media.get("schema") or {})
    if "allOf" in schema:
        schema = registry._merge_all_of(schema)
    if schema.get("type", "object") != "object" or any(k in schema for k in ("anyOf", "oneOf")):
        return set()
    return {field_name(key, set()) for key in schema.get("properties") or {}}


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


def published_names(spec: dict[str, Any], name_map: dict[str, str] | None = None) -> dict[str, str]:
    """``"<METHOD> <published path>"`` -> ``"resource.method"`` for every operation of a normalised spec.

    An alias (a published key sending the same request as another operation) is named after
    that operation, as ``OPERATIONS`` names it: the client has no method of its own for it.
    """
    names = operation_names({"paths": _paths_by_published(spec)}, name_map)
    for method, path, op in iter_operations(spec):
        for alias in op.get(ALIASES, []):
            names[operation_key(method, alias)] = names[operation_key(method, op.get("x-hfhub-path", path))]
    return names


def build_operations(spec: dict[str, Any], registry: Registry, name_map: dict[str, str] | None = None) -> list[Operation]:
    """Every operation of a normalised spec, sorted by ``resource.name``."""
    names = published_names(spec, name_map)
    planned = []
    for method, path, raw in iter_operations(spec):
        published = raw.get("x-hfhub-path", path)
        resource, name = names[operation_key(method, published)].split(".", 1)
        planned.append((_naming_rank(name), resource, name, method, path, published, raw))
    # The operations that show a resource's own thing (get, info, list, create) name classes first.
    ops = [_build(method, path, published, raw, resource, name, registry)
           for _, resource, name, method, path, published, raw in sorted(planned, key=lambda p: p[:3])]
    ops.sort(key=lambda o: (o.resource, o.name))
    _share_builders(ops)
    registry.propagate_users()
    return ops


_CANONICAL = ("get", "info", "list", "create")


def _naming_rank(name: str) -> int:
    return _CANONICAL.index(name) if name in _CANONICAL else len(_CANONICAL)


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
        aliases=tuple(operation_key(method, alias) for alias in raw.get(ALIASES, [])),
    )
    hint = pascal(name)
    body_names = _body_field_names(raw, registry)
    used: set[str] = set(body_names)
    models: set[str] = set()
    params_by_wire = {(p["in"], p["name"]): p for p in raw.get("parameters", [])}
    op.path_expr = _path_expr(op, path, params_by_wire, registry, used)
    used -= body_names

    for (location, wire), spec_param in sorted(params_by_wire.items()):
        if location not in ("query", "header"):
            continue
        schema = _param_schema(spec_param)
        with registry.at(f"{op.key} {location} {wire}"):
            ref = registry.resolve(schema, hint + pascal(wire), None, resource)
        models |= ref.models
        pyname = field_name(wire, used)
        if pyname in body_names:
            # The JSON body is what a POST is about: its field keeps the plain name.
            pyname = field_name(f"{location}_{wire}", used)
        used.add(pyname)
        required = bool(spec_param.get("required"))
        annotation = ref.optional() if required else _or_none(ref.optional())
        where = f"{location.capitalize()} parameter ``{wire}``"
        if pyname != field_name(wire, set()):
            where = f"``{wire}`` in the {location} (``{field_name(wire, set())}`` is a body field)"
        description = _describe(spec_param, schema, where)
        op.params.append(Param(pyname, wire, location, annotation, required, "UNSET", description))
        if location == "query" and wire in _PAGINATION_PARAMS:
            op.paginated = True

    _body(op, raw, registry, hint, used, models)
    item = _response(op, raw, registry, hint, models)
    pageable = op.method == "GET" and op.kind == "json" and (item is not None or op.result == "Any")
    op.paginated = bool(raw.get("x-hfhub-paginated", op.paginated and pageable))
    if op.paginated:
        if not pageable:
            raise GenerationError(f"{op.key}: marked as paginated but does not answer with a JSON list")
        op.result = item.optional() if item is not None else "Any"
        op.converter = item.converter if item is not None else None
    op.models = frozenset(models)
    return op


def _path_expr(op: Operation, path: str, params_by_wire: dict[tuple[str, str], Any], registry: Registry,
               used: set[str]) -> str:
    """The f-string body of the request path; adds the path parameters to ``op``.

    Every placeholder must be filled by exactly one parameter: a path the generator cannot fill
    completely is an error here, never a literal ``{id}`` sent to the server.
    """
    segments = path.split("/")
    exprs: list[str] = []
    i = 0
    while i < len(segments):
        seg = segments[i]
        if seg == "{namespace}" and i + 1 < len(segments) and segments[i + 1] == "{repo}":
            op.params.append(Param("repo_id", "namespace/repo", "repo_id", "str", True, description="Repository id, `namespace/name`."))
            used.add("repo_id")
            op.kind_expr = _repo_kind_expr(segments[:i])
            exprs.append("{_repo(repo_id, %s)}" % KIND)
            i += 2
            continue
        item = _collection_item(segments, i)
        if item is not None:
            # A collection, by its two segments or by huggingface_hub's one id ``namespace/slug-id``:
            # ``slug`` left out, or holding the item id where an item follows (huggingface_hub's
            # ``delete_collection_item(collection_slug, item_object_id)``).
            slug = params_by_wire.get(("path", "slug"))
            op.params.append(Param("namespace", "namespace", "collection", "str", True, description=(
                "The collection's owner, or its whole id ``namespace/slug-id`` (huggingface_hub's ``collection_slug``) with ``slug`` left out.")))
            where = _PATH_WORDS.get("slug", "Path parameter ``{%s}``") % "slug"
            slug_text = _describe(slug, _param_schema(slug), where) if slug is not None else where
            used.update(("namespace", "slug"))
            if not item:
                op.params.append(Param("slug", "slug", "collection_slug", "str | None", False, "None", slug_text))
                exprs.append("{_collection(namespace, slug)}")
                i += 2
                continue
            wire = item[-1][1:-1]
            item_param = params_by_wire.get(("path", wire))
            if item_param is None:
                raise GenerationError(f"{op.key}: no parameter fills {{{wire}}} in {path}")
            item_name, _ = _path_param_name(path, wire, used)
            used.add(item_name)
            slug_text += f" Or, with the whole collection id in ``namespace``, the ``{item_name}`` (then left out)."
            op.params.append(Param("slug", "slug", "collection_slug", "str | None", False, "None", slug_text))
            op.params.append(Param(item_name, wire, "collection_item", "str | None", False, "None",
                                   _describe(item_param, _param_schema(item_param), "Path parameter ``{%s}``" % wire)))
            exprs.append("{_collection_item(namespace, slug, %s, %r)}" % (item_name, "/".join(item[:-1])))
            break
        match = re.fullmatch(r"([^{}]*)\{([^{}]+)\}([^{}]*)", seg)
        if not match:
            if "{" in seg or "}" in seg:
                raise GenerationError(f"{op.key}: no parameter fills the path segment {seg!r} of {path}")
            exprs.append(seg)
            i += 1
            continue
        prefix, wire, suffix = match.groups()
        spec_param = params_by_wire.get(("path", wire))
        if spec_param is None:
            raise GenerationError(f"{op.key}: no parameter fills {{{wire}}} in {path}")
        schema = _param_schema(spec_param)
        if wire == _REPO_TYPE_PARAM:
            choices = tuple(schema.get("enum") or ("models", "datasets", "spaces"))
            default = '"models"' if "models" in choices else (f'"{choices[0]}"' if len(choices) == 1 else "UNSET")
            choice_literal = ", ".join(f'"{c}"' for c in choices + tuple(_singulars(choices)))
            op.params.append(Param("repo_type", wire, "repo_type", f"Literal[{choice_literal}]", default == "UNSET", default,
                                   "Repository type.", choices))
            used.add("repo_type")
            exprs.append(f"{prefix}{{_repo_type(repo_type, {choices!r})}}{suffix}")
            i += 1
            continue
        pyname, note = _path_param_name(path, wire, used)
        where = _PATH_WORDS.get(pyname, "Path parameter ``{%s}``") % wire
        description = _describe(spec_param, schema, f"{note[0].upper()}{note[1:]}" if note else where)
        used.add(pyname)
        if wire == "path" and _is_directory(segments, i, op.method):
            op.params.append(Param(pyname, wire, "dir_path", "str", False, '""',
                                   description + " Empty (the default) for the repository root."))
            exprs[-1] += f"{{_dir({pyname}, {pyname!r})}}"
            i += 1
            continue
        is_file = wire == "path"
        with registry.at(f"{op.key} path {wire}"):
            ref = registry.resolve(schema, pascal(wire), None, op.resource)
        annotation = "str" if is_file or ref.optional() == "Any" else ref.optional()
        default = '"main"' if pyname == "revision" else "UNSET"
        op.params.append(Param(pyname, wire, "file_path" if is_file else "path", annotation, default == "UNSET", default,
                               description))
        helper = "_file" if is_file else "_seg"
        exprs.append(f"{prefix}{{{helper}({pyname}, {pyname!r})}}{suffix}")
        i += 1
    for index in range(1, min(4, len(segments) - 2)):
        if segments[index] in REPO_KINDS and segments[index + 1 : index + 3] == ["{namespace}", "{repo}"]:
            op.repo_kind = segments[index]
            op.repo_kind_index = index
            break
    return "/".join(exprs)


def _collection_item(segments: list[str], index: int) -> list[str] | None:
    """At ``{namespace}/{slug}`` of a collection: the segments after it when they hold at most one
    placeholder, which ends them (``["items", "{itemId}"]``, ``[]`` for none); ``None`` elsewhere."""
    if segments[index] != "{namespace}" or segments[index + 1 : index + 2] != ["{slug}"] or "collections" not in segments[:index]:
        return None
    rest = segments[index + 2 :]
    if "{" not in "".join(rest):
        return []
    if "{" in "".join(rest[:-1]) or not re.fullmatch(r"\{[^{}]+\}", rest[-1]) or len(rest) < 2:
        return None
    return rest


# What the Hub's common path parameters name, by their Python name; ``%s`` is the spec's name.
_PATH_WORDS = {
    "revision": "A branch, tag or commit sha (``{%s}`` in the path).",
    "branch": "The branch (``{%s}`` in the path).",
    "tag": "The tag (``{%s}`` in the path).",
    "namespace": "A user or organization name (``{%s}`` in the path).",
    "username": "A user name (``{%s}`` in the path).",
}


def _is_directory(segments: list[str], index: int, method: str) -> bool:
    """``.../tree/{rev}/{path}``: a listing whose folder may be the root (no ``{path}`` at all)."""
    before = [s for s in segments[:index] if not s.startswith("{")]
    return method == "GET" and index == len(segments) - 1 and bool(before) and before[-1] == "tree"


def _repo_kind_expr(before: list[str]) -> str:
    """Which kind of repository a ``{namespace}/{repo}`` pair names, as Python source."""
    for seg in reversed(before):
        if seg in REPO_KINDS:
            return repr(seg)
        if seg == "{%s}" % _REPO_TYPE_PARAM:
            return "repo_type"
    return repr("models") if [s for s in before if s] == [] else "None"


def _singulars(choices: tuple[str, ...]) -> list[str]:
    return [c[:-1] for c in choices if c.endswith("s")]


def _or_none(annotation: str) -> str:
    return annotation if annotation in ("Any", "None") or annotation.endswith("| None") else f"{annotation} | None"


def _describe(param: dict[str, Any], schema: dict[str, Any], where: str) -> str:
    """The spec's description, else ``where``; a note that a body field took the natural name always leads."""
    text = description_of(param) or description_of(schema)
    if text and "body field" in where:
        text = f"{where}. {text}"
    return describe(text, schema, where)


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
            with registry.at(f"{op.key} body {key}"):
                ref = registry.resolve(prop, pascal(key), hint + "Body", op.resource)
            models |= ref.models
            pyname = field_name(key, set())
            pyname = field_name("body_" + key if pyname in used else key, used)
            used.add(pyname)
            is_required = key in required and body_required
            annotation = ref.optional() if is_required else _or_none(ref.optional())
            if ref.models:
                annotation = annotation.replace(" | None", "") + " | dict[str, Any]" + (" | None" if "| None" in annotation else "")
            op.params.append(Param(pyname, key, "body", annotation, is_required, "UNSET", _describe(prop, registry.deref(prop), f"Body field ``{key}``")))
        return
    op.body_kind = "whole"
    with registry.at(f"{op.key} body"):
        ref = registry.resolve(media.get("schema") or {}, hint + "Body", None, op.resource)
    models |= ref.models
    annotation = ref.optional() if body_required else _or_none(ref.optional())
    if ref.models:
        annotation += " | dict[str, Any]"
    op.params.append(Param("body", "body", "body", annotation, body_required, "UNSET",
                           description_of(schema) or "The JSON body of the request."))


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
    if code == "204":  # No Content, whatever schema the spec attaches to it
        op.kind, op.result = "empty", "None"
        return None
    if media_type is None:
        if "/avatar" in op.path:  # a redirect to the image
            op.kind, op.result = "binary", "bytes"
        elif op.method == "GET":
            op.kind, op.result = "json", "Any"  # a JSON answer the spec does not describe
        else:
            op.kind, op.result = "empty", "None"
        return None
    if "json" not in media_type:
        op.kind, op.result = "binary", "bytes"
        return None
    schema = content[media_type].get("schema") or {}
    noun = resource_noun(op.resource)
    # The resource's own thing takes its noun; a second shape of it is said of its operation.
    own = op.name in _CANONICAL and noun not in registry.models
    said = hint if hint.startswith(noun) or op.name not in _CANONICAL else noun + hint  # ``PaperGetResponse``
    name_hint = noun if own else said + "Response"
    resolved = _list_union(registry, registry.deref(schema))
    item: TypeRef | None = None
    if resolved.get("type") == "array":
        if op.name.startswith("list_"):
            items_hint = pascal(singular(op.name[5:]))
        else:
            items_hint = noun if own else said + "Item"
        with registry.at(f"{op.key} response item"):
            item = registry.resolve(resolved.get("items", {}), items_hint, None, op.resource)
        ref = TypeRef(f"list[{item.optional()}]", f"ListOf({item.converter})" if item.converter else None, item.models)
    else:
        with registry.at(f"{op.key} response"):
            ref = registry.resolve(schema, name_hint, None, op.resource)
    models |= ref.models
    op.result = ref.optional()
    op.converter = ref.converter
    return item


def _list_union(registry: Registry, schema: dict[str, Any]) -> dict[str, Any]:
    """``anyOf`` of several arrays (``collections.list``) read as one array of any of their items."""
    options = schema.get("anyOf") or schema.get("oneOf")
    if not isinstance(options, list) or len(options) < 2:
        return schema
    resolved = [registry.deref(o) for o in options]
    if not all(o.get("type") == "array" for o in resolved):
        return schema
    return {"type": "array", "items": {"anyOf": [o.get("items", {}) for o in resolved]}}


def _share_builders(ops: list[Operation]) -> None:
    """Operations that differ only by repo type (models/datasets/spaces...) share one builder."""
    groups: dict[tuple[Any, ...], list[Operation]] = {}
    for op in ops:
        if op.repo_kind is None:
            continue
        parts = op.path_expr.split("/")
        parts[op.repo_kind_index] = "{rt}"
        signature = (op.kind_expr == repr(op.repo_kind),
            op.method, "/".join(parts), op.name, op.body_kind, op.result, op.converter, op.kind, op.paginated,
            tuple((p.name, p.wire, p.location, p.annotation, p.required, p.default) for p in op.params),
        )
        groups.setdefault(signature, []).append(op)
    for group in groups.values():
        if len({op.repo_kind for op in group}) > 1:
            for op in group:
                op.shared_builder = op.name
