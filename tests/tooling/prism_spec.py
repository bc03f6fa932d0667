"""Prepare the published Hub spec for Stoplight Prism (the contract tests' mock server).

Prism 5 serves the published document as it is, but routes, validates and fakes parts of
it in ways that turn correct requests into errors, or make its own responses break the
spec. `prepare_for_prism` changes exactly those places; each change is a small function
below whose docstring says what Prism does without it:

- requests: a bare 200 on operations without `responses` (else a 500 for every call);
  `Accept`/`Content-Type`/`Authorization` header parameters dropped (OpenAPI says to
  ignore them, Prism enforces them); an optional body on POST/PUT/PATCH without one (else
  a 415 for any body); `type: array` on all-array `anyOf` query schemas (else a 422 for a
  single value); the second `{slug}` of a path renamed; `{slug}-{id}` paths declared after
  their `{slug}` twins (else unreachable);
- responses (spec defects that no value satisfies, or that Prism's faker cannot follow):
  closed objects intersected with `allOf`, required properties that a closed object does
  not declare, `propertyNames` from a list.

The function is pure (a deep copy is changed, never the input), deterministic and
idempotent, and it relies only on the shape of the document, so older snapshots and a spec
with paths of our own added go through it as well.
"""

from __future__ import annotations

import copy
import json
import re
import tempfile
from pathlib import Path
from typing import Any, Iterator

__all__ = [
    "HTTP_METHODS",
    "OPERATION_HEADER",
    "iter_operations",
    "prepare_for_prism",
    "tag_operations",
    "write_prism_spec",
]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# OpenAPI 3.1, Parameter Object: a header parameter with one of these names "SHALL be ignored".
RESERVED_HEADERS = frozenset({"accept", "content-type", "authorization"})
BODY_METHODS = frozenset({"post", "put", "patch"})
MISSING_RESPONSE = {"200": {"description": "OK (the published spec declares no response)"}}
_TEMPLATE = re.compile(r"\{([^{}]+)\}")
OPERATION_HEADER = "X-Hfhub-Operation"
PUBLISHED_PATH = "x-hfhub-published-path"


def iter_operations(spec: dict) -> Iterator[tuple[str, str, dict]]:
    """`(path, method, operation)` in document order."""
    for path, item in spec.get("paths", {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield path, method, op


def prepare_for_prism(spec: dict) -> dict:
    """A copy of `spec` that Prism 5 routes and validates as the Hub behaves."""
    spec = copy.deepcopy(spec)
    paths = spec.get("paths", {})
    for item in paths.values():
        if not isinstance(item, dict):
            continue
        shared_media_types = _declared_content_types(item)
        _drop_reserved_headers(item)
        _type_array_query_params(item)
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            media_types = _declared_content_types(op) or shared_media_types
            _drop_reserved_headers(op)
            _type_array_query_params(op)
            _fill_responses(op)
            if method in BODY_METHODS:
                _allow_optional_body(op, media_types)
    spec["paths"] = _order_for_prism_routing(_rename_duplicate_path_params(paths))
    for schema in _document_schemas(spec):
        for node in _subschemas(schema):
            _close_intersection_once(node)
            _declare_required_properties(node)
            _spell_out_property_names(node)
    return spec


def tag_operations(spec: dict) -> dict:
    """A copy of `spec` whose every response carries `X-Hfhub-Operation: METHOD /path`.

    Prism answers with the header's `example`, so a test can tell which operation Prism
    routed a request to (two operations can share a URL shape). The path is the published
    one, also for a path that `prepare_for_prism` renamed.
    """
    spec = copy.deepcopy(spec)
    for path, method, op in iter_operations(spec):
        key = f"{method.upper()} {op.get(PUBLISHED_PATH, path)}"
        header = {"schema": {"type": "string", "enum": [key]}, "example": key}
        for response in (op.get("responses") or {}).values():
            if isinstance(response, dict) and "$ref" not in response:
                response.setdefault("headers", {})[OPERATION_HEADER] = header
    return spec


def write_prism_spec(
    spec: dict, directory: str | Path | None = None, *, tag: bool = True
) -> Path:
    """Write the prepared (and, with `tag`, operation-tagged) spec into `directory`.

    `directory` defaults to a new temporary directory; the file's path is returned.
    """
    prepared = prepare_for_prism(spec)
    if tag:
        prepared = tag_operations(prepared)
    folder = Path(directory) if directory is not None else Path(tempfile.mkdtemp(prefix="prism-spec-"))
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "openapi.prism.json"
    target.write_text(json.dumps(prepared, indent=1))
    return target


# -- the fixes -----------------------------------------------------------------------


def _drop_reserved_headers(holder: dict) -> None:
    """Remove `Accept`, `Content-Type` and `Authorization` header parameters.

    OpenAPI says to ignore them, but Prism validates them like any header: the Hub's
    `Accept: const application/vnd.xet-fileinfo+json` on the resolve endpoints turns every
    ordinary download into a 422, and Prism then also negotiates the response against it.
    The body's media types and the security scheme already say what these headers carry.
    """
    params = holder.get("parameters")
    if not isinstance(params, list):
        return
    kept = [p for p in params if not _is_reserved_header(p)]
    if len(kept) != len(params):
        holder["parameters"] = kept


def _is_reserved_header(param: Any) -> bool:
    return (
        isinstance(param, dict)
        and param.get("in") == "header"
        and str(param.get("name", "")).lower() in RESERVED_HEADERS
    )


def _type_array_query_params(holder: dict) -> None:
    """Say `type: array` on a query schema whose `anyOf`/`oneOf` branches are all arrays.

    Prism only reads a lone `type=model` as `["model"]` when the schema's top-level `type`
    is `array`; for the quicksearch filters (`anyOf` of two array schemas) it refuses it
    ("must be array"), though a repeated `type=a&type=b` passes. Every branch being an
    array, the added keyword changes nothing else.
    """
    for param in holder.get("parameters") or []:
        if not isinstance(param, dict) or param.get("in") != "query":
            continue
        schema = param.get("schema")
        if isinstance(schema, dict) and "type" not in schema and _all_branches_are_arrays(schema):
            param["schema"] = {"type": "array", **schema}


def _all_branches_are_arrays(schema: dict) -> bool:
    for key in ("anyOf", "oneOf"):
        branches = schema.get(key)
        if isinstance(branches, list) and branches:
            return all(isinstance(b, dict) and b.get("type") == "array" for b in branches)
    return False


def _declared_content_types(holder: dict) -> list[str]:
    """Media types named by a `Content-Type` header parameter (the commit endpoints')."""
    for param in holder.get("parameters") or []:
        if _is_reserved_header(param) and str(param.get("name")).lower() == "content-type":
            schema = param.get("schema") or {}
            values = schema.get("enum") or ([schema["const"]] if "const" in schema else [])
            return [v for v in values if isinstance(v, str)]
    return []


def _fill_responses(op: dict) -> None:
    """Give an operation without `responses` a bare 200.

    Prism lists such an operation but answers every call to it with a 500
    `NO_RESPONSE_RESPONSE_DEFINED`. The bare 200 has no content, like the normaliser's
    (`scripts/hfgen/normalise.py`), so the mock sends an empty body.
    """
    if not op.get("responses"):
        op["responses"] = copy.deepcopy(MISSING_RESPONSE)


def _allow_optional_body(op: dict, media_types: list[str]) -> None:
    """Declare an optional, unconstrained body on a POST/PUT/PATCH that declares none.

    Prism refuses any non-empty body sent to an operation without `requestBody` with a 415
    ("No supported content types, but request included a non-empty body"), while clients
    send `{}` or, for the commit endpoint, an NDJSON body that the spec only describes in
    prose (its `Content-Type` header parameter lists the media types).
    """
    if "requestBody" in op:
        return
    types = list(dict.fromkeys(["application/json", *media_types]))
    op["requestBody"] = {"required": False, "content": {t: {"schema": {}} for t in types}}


def _rename_duplicate_path_params(paths: dict) -> dict:
    """Rename the second of two path templates with the same name, in path and parameters.

    `/api/collections/{namespace}/{slug}/items/{slug}` declares `slug` twice: Prism can
    only bind one value to it, so the item's value is validated as the slug. The second
    becomes `{itemId}` (named after the segment before it, as the normaliser does).
    """
    renamed: dict = {}
    for path, item in paths.items():
        names = _TEMPLATE.findall(path)
        duplicates = [n for n in dict.fromkeys(names) if names.count(n) > 1]
        if not duplicates or not isinstance(item, dict):
            renamed[path] = item
            continue
        new_path = path
        for name in duplicates:
            new_path, new_name = _rename_second(new_path, name, taken=set(_TEMPLATE.findall(new_path)))
            _rename_second_param(item, name, new_name)
            for method in HTTP_METHODS:
                if isinstance(item.get(method), dict):
                    _rename_second_param(item[method], name, new_name, shared=item)
                    item[method].setdefault(PUBLISHED_PATH, path)
        if new_path in paths or new_path in renamed:
            raise ValueError(f"renaming {path!r} gives {new_path!r}, which the spec already has")
        renamed[new_path] = item
    return renamed


def _rename_second(path: str, name: str, taken: set[str]) -> tuple[str, str]:
    segments = path.split("/")
    hits = [i for i, s in enumerate(segments) if s == "{%s}" % name]
    if len(hits) < 2:
        raise ValueError(f"{path!r}: duplicate {{{name}}} must be whole segments to be renamed")
    literals = [s for s in segments[: hits[1]] if s and "{" not in s]
    noun = literals[-1] if literals else "item"
    base = (noun[:-1] if noun.endswith("s") else noun) + "Id"
    new_name, suffix = base, 2
    while new_name in taken:
        new_name, suffix = f"{base}{suffix}", suffix + 1
    segments[hits[1]] = "{%s}" % new_name
    return "/".join(segments), new_name


def _rename_second_param(holder: dict, name: str, new_name: str, shared: dict | None = None) -> None:
    params = holder.get("parameters")
    if not isinstance(params, list):
        return
    same = [i for i, p in enumerate(params) if _is_path_param(p, name)]
    if len(same) >= 2:
        params[same[1]] = {**params[same[1]], "name": new_name}
    elif same and shared is not None:
        everywhere = [*params, *(shared.get("parameters") or [])]
        if not any(_is_path_param(p, new_name) for p in everywhere):
            # Declared once for a path that has it twice: the second is the same kind of value.
            params.append({**params[same[0]], "name": new_name})


def _is_path_param(param: Any, name: str) -> bool:
    return isinstance(param, dict) and param.get("in") == "path" and param.get("name") == name


def _order_for_prism_routing(paths: dict) -> dict:
    """Put paths with a partly templated segment (`{slug}-{id}`) after all others.

    Prism scores candidate paths segment by segment (literal 1, template 0.5) and on a tie
    takes the path declared last. `/c/{ns}/{slug}-{id}` and `/c/{ns}/{slug}` tie for
    `/c/ns/abc-123`, and the Hub declares the `{slug}` twin last, so the `{slug}-{id}`
    operations were unreachable. Declared after it, the more specific path wins whenever
    the segment has a `-`, and `{slug}` keeps every value that has none. The order is
    otherwise kept (the sort is stable).
    """
    return dict(sorted(paths.items(), key=lambda kv: _partly_templated_segments(kv[0])))


def _partly_templated_segments(path: str) -> int:
    return sum(1 for s in path.split("/") if "{" in s and not _TEMPLATE.fullmatch(s))


# -- schemas that no value satisfies, or that Prism's faker cannot follow --------------


def _close_intersection_once(schema: dict) -> None:
    """`allOf` of closed objects: close the intersection, not each part.

    The Hub writes an object that is "a user or an org, plus `isOwner`..." as
    `allOf: [{anyOf: [user, org]}, {properties: {isOwner...}}]` with
    `additionalProperties: false` on every part, which no object satisfies (each part
    refuses the other's fields): Prism flags every response it generates for 21 operations
    (comments, discussions, papers, collections). `unevaluatedProperties: false` on the `allOf`
    says what was meant: no field that none of the parts declares.
    """
    members = schema.get("allOf")
    if not isinstance(members, list) or len(members) < 2:
        return
    closed = [node for member in members for node in _alternatives(member) if _is_closed(node)]
    if not closed:
        return
    for node in closed:
        del node["additionalProperties"]
    schema.setdefault("unevaluatedProperties", False)


def _alternatives(schema: Any) -> Iterator[dict]:
    """`schema` and, through `anyOf`/`oneOf`/`allOf`, every schema it is made of in place."""
    if not isinstance(schema, dict):
        return
    yield schema
    for key in ("anyOf", "oneOf", "allOf"):
        for branch in schema.get(key) or []:
            yield from _alternatives(branch)


def _is_closed(schema: dict) -> bool:
    return schema.get("additionalProperties") is False and "properties" in schema


def _declare_required_properties(schema: dict) -> None:
    """Declare, with an empty schema, a required property that a closed object omits.

    The resource-group object requires `repos` (8 operations) and the collection update
    response `success` (2), but neither declares it nor allows other properties, so no
    object satisfies them. Declaring them keeps "required" (the Hub sends them).
    """
    if schema.get("additionalProperties") is not False or schema.get("patternProperties"):
        return
    required = schema.get("required")
    properties = schema.get("properties")
    if not isinstance(required, list) or not isinstance(properties, dict):
        return
    for name in required:
        if isinstance(name, str) and name not in properties:
            properties[name] = {}


def _spell_out_property_names(schema: dict) -> None:
    """Turn `propertyNames` drawn from a finite list into explicit optional properties.

    Prism's faker ignores `propertyNames`, so the tags-by-type and billing-usage maps came
    back keyed by random words outside the enum. Properties named after each allowed key,
    each with the `additionalProperties` schema, and no other keys, mean the same.
    """
    names = _finite_names(schema.get("propertyNames"))
    if names is None or "properties" in schema or "patternProperties" in schema:
        return
    value_schema = schema.get("additionalProperties", True)
    if value_schema is False:
        return
    del schema["propertyNames"]
    schema["properties"] = {name: copy.deepcopy(value_schema) for name in names}
    schema["additionalProperties"] = False


def _finite_names(schema: Any) -> list[str] | None:
    """The keys a `propertyNames` schema allows when it lists them (else None)."""
    if not isinstance(schema, dict):
        return None
    if "enum" in schema:
        return [v for v in schema["enum"] if isinstance(v, str)]
    if "const" in schema:
        return [schema["const"]] if isinstance(schema["const"], str) else []
    if schema.get("not") == {} and len(schema) == 1:
        return []
    branches = schema.get("anyOf") or schema.get("oneOf")
    if isinstance(branches, list) and set(schema) <= {"anyOf", "oneOf", "description"}:
        found: list[str] = []
        for branch in branches:
            names = _finite_names(branch)
            if names is None:
                return None
            found += [n for n in names if n not in found]
        return found
    return None


_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_VALUES = (
    "items", "additionalProperties", "not", "if", "then", "else", "contains",
    "propertyNames", "unevaluatedProperties", "unevaluatedItems",
)


def _document_schemas(spec: dict) -> Iterator[dict]:
    """Every JSON Schema the document holds directly (parameters, bodies, responses, components)."""
    for schema in (spec.get("components", {}).get("schemas") or {}).values():
        yield schema
    for _path, _method, op in iter_operations(spec):
        yield from (p.get("schema") for p in op.get("parameters", []) if isinstance(p, dict))
        yield from _content_schemas((op.get("requestBody") or {}).get("content"))
        for response in (op.get("responses") or {}).values():
            if isinstance(response, dict):
                yield from _content_schemas(response.get("content"))
                for header in (response.get("headers") or {}).values():
                    if isinstance(header, dict):
                        yield header.get("schema")


def _content_schemas(content: Any) -> Iterator[Any]:
    for media in (content or {}).values():
        if isinstance(media, dict):
            yield media.get("schema")


def _subschemas(schema: Any) -> Iterator[dict]:
    """`schema` and every schema inside it, parents first."""
    if not isinstance(schema, dict):
        return
    yield schema
    for key in _SCHEMA_MAPS:
        for sub in list((schema.get(key) or {}).values()) if isinstance(schema.get(key), dict) else []:
            yield from _subschemas(sub)
    for key in _SCHEMA_LISTS:
        for sub in list(schema.get(key) or []) if isinstance(schema.get(key), list) else []:
            yield from _subschemas(sub)
    for key in _SCHEMA_VALUES:
        yield from _subschemas(schema.get(key))
