"""Diff two versions of the Hub's OpenAPI document: operations added, removed and changed, each change classed.

Operations are named ``"<METHOD> <path>"``. For a changed operation every change says what
changed, where (``query.limit``, ``body.repo.name``, ``response.200.items[].owner.name``,
``python_name``...) and whether it breaks a client user (see ``compare``). Descriptions,
summaries, titles and examples are ignored; key order never matters.

JSON form: ``{"added": [{"operation", "python_name"}], "removed": [...], "changed":
[{"operation", "python_name", "breaking", "changes": [{"kind", "where", "detail",
"breaking"}]}]}``, every list sorted.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from pathlib import Path
from typing import Any, Mapping, TypeAlias

from .._json import json_array, json_object
from .compare import change, compare_fields
from .markdown import render_markdown
from .schema import Field, JsonObject, Resolver, dump, schema_fields

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def operation_key(method: str, path: str) -> str:
    return f"{method.upper()} {path}"


TEXT_KEYS = frozenset({"description", "summary", "title", "examples", "example", "$comment", "externalDocs"})
# Keys whose value maps arbitrary names (which may be "description"...) to objects.
_NAME_MAPS = frozenset({"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"})


# (method, path, operation, path item)
Operation: TypeAlias = "tuple[str, str, JsonObject, JsonObject]"
# One operation as one version of the spec has it: (its resolver, the operation, its path item).
Version: TypeAlias = "tuple[Resolver, JsonObject, JsonObject]"


def operations(spec: JsonObject) -> dict[str, Operation]:
    """``"<METHOD> <path>"`` -> (method, path, operation, path item)."""
    out: dict[str, Operation] = {}
    paths: JsonObject = spec.get("paths") or {}
    for path, value in paths.items():
        item = json_object(value)
        if item is None:
            continue
        for method, raw in item.items():
            op = json_object(raw)
            if method in HTTP_METHODS and op is not None:
                out[operation_key(method, path)] = (method, path, op, item)
    return out


def _sort_key(key: str) -> tuple[str, int]:
    method, _, path = key.partition(" ")
    return path, HTTP_METHODS.index(method.lower()) if method.lower() in HTTP_METHODS else 99


def _json_media(content: Any) -> tuple[set[str], Any]:
    """The media types of a ``content`` map and the schema to compare (JSON first)."""
    by_type = json_object(content)
    if not by_type:
        return set(), None
    types = set(by_type)
    ordered = sorted(types, key=lambda m: (m != "application/json", "json" not in m, m))
    media = json_object(by_type[ordered[0]])
    return types, media.get("schema", {}) if media is not None else {}


def _parameters(resolver: Resolver, op: JsonObject, item: JsonObject) -> dict[tuple[str, str], JsonObject]:
    params: dict[tuple[str, str], JsonObject] = {}
    for raw in (json_array(item.get("parameters")) or []) + (json_array(op.get("parameters")) or []):
        p = json_object(resolver.deref(raw))
        name = p.get("name") if p is not None else None
        if p is not None and isinstance(name, str):
            loc = str(p.get("in", "query"))
            params[(loc, name.lower() if loc == "header" else name)] = p
    return params


def _param_fields(resolver: Resolver, p: JsonObject) -> dict[str, Field]:
    schema = p.get("schema")
    if schema is None:
        schema = _json_media(p.get("content"))[1] or dict[str, Any]()
    required = p.get("required") is True or p.get("in") == "path"
    fields = schema_fields(schema, resolver, required)
    if p.get("deprecated") is True:
        fields[""] = dataclasses.replace(fields[""], deprecated=True)
    return fields


def _compare_parameters(old: Version, new: Version) -> list[JsonObject]:
    (old_r, old_op, old_item), (new_r, new_op, new_item) = old, new
    old_p, new_p = _parameters(old_r, old_op, old_item), _parameters(new_r, new_op, new_item)
    changes: list[JsonObject] = []
    for key in sorted(set(old_p) | set(new_p)):
        before = _param_fields(old_r, old_p[key]) if key in old_p else {}
        after = _param_fields(new_r, new_p[key]) if key in new_p else {}
        name = (old_p.get(key) or new_p[key])["name"]
        changes += compare_fields(before, after, prefix=f"{key[0]}.{name}", side="request", kind="parameter")
    return changes


_BODY_ROOT = {"added": "request_body_added", "removed": "request_body_removed",
              "required": "request_body_required", "optional": "request_body_optional"}


def _compare_body(old: Version, new: Version) -> list[JsonObject]:
    (old_r, old_op, _), (new_r, new_op, _) = old, new
    bodies: list[tuple[set[str], dict[str, Field]]] = []
    for resolver, op in ((old_r, old_op), (new_r, new_op)):
        body = json_object(resolver.deref(op.get("requestBody")))
        if body is None:
            bodies.append((set(), {}))
            continue
        media, schema = _json_media(body.get("content"))
        fields = schema_fields(schema if schema is not None else dict[str, Any](), resolver, body.get("required") is True)
        bodies.append((media, fields))
    (old_media, old_fields), (new_media, new_fields) = bodies
    changes = compare_fields(old_fields, new_fields, prefix="body", side="request", kind="body_field",
                             root_kinds=_BODY_ROOT)
    if old_fields and new_fields:
        changes += [change("media_type_added", "body", m, False) for m in sorted(new_media - old_media)]
        changes += [change("media_type_removed", "body", m, True) for m in sorted(old_media - new_media)]
    return changes


def _responses(resolver: Resolver, op: JsonObject) -> dict[str, JsonObject]:
    out: dict[str, JsonObject] = {}
    for code, response in (json_object(op.get("responses")) or {}).items():
        out[str(code)] = json_object(resolver.deref(response)) or {}
    return out


def _compare_responses(old: Version, new: Version) -> list[JsonObject]:
    (old_r, old_op, _), (new_r, new_op, _) = old, new
    old_resp, new_resp = _responses(old_r, old_op), _responses(new_r, new_op)
    changes: list[JsonObject] = []
    for code in sorted(set(new_resp) - set(old_resp)):
        changes.append(change("response_status_added", f"response.{code}", f"status {code}", False))
    for code in sorted(set(old_resp) - set(new_resp)):
        # A success response gone: the typed result the client parsed is gone with it.
        removed = change("response_status_removed", f"response.{code}", f"status {code}", code.startswith("2"))
        changes.append(removed)
    for code in sorted(set(old_resp) & set(new_resp)):
        where = f"response.{code}"
        old_media, old_schema = _json_media(old_resp[code].get("content"))
        new_media, new_schema = _json_media(new_resp[code].get("content"))
        before = schema_fields(old_schema, old_r) if old_schema is not None else {}
        after = schema_fields(new_schema, new_r) if new_schema is not None else {}
        changes += compare_fields(before, after, prefix=where, side="response", kind="response_field")
        if old_media and new_media:
            changes += [change("media_type_added", where, m, False) for m in sorted(new_media - old_media)]
            changes += [change("media_type_removed", where, m, code.startswith("2"))
                        for m in sorted(old_media - new_media)]
        old_h = {h.lower() for h in json_object(old_resp[code].get("headers")) or {}}
        new_h = {h.lower() for h in json_object(new_resp[code].get("headers")) or {}}
        changes += [change("response_header_added", where, h, False) for h in sorted(new_h - old_h)]
        changes += [change("response_header_removed", where, h, False) for h in sorted(old_h - new_h)]
    return changes


def canonical(node: Any, resolver: Resolver, _seen: frozenset[str] = frozenset(), _in_map: bool = False) -> Any:
    """``node`` with local ``$ref`` inlined and text keywords dropped, for exact comparison."""
    items = json_array(node)
    if items is not None:
        return [canonical(x, resolver, _seen) for x in items]
    obj = json_object(node)
    if obj is None:
        return node
    ref = obj.get("$ref")
    if isinstance(ref, str) and ref not in _seen and resolver.lookup(ref) is not None:
        rest = {k: v for k, v in obj.items() if k != "$ref"}
        target = canonical(resolver.lookup(ref), resolver, _seen | {ref})
        return {"$ref-target": target, **canonical(rest, resolver, _seen)} if rest else target
    return {
        k: canonical(v, resolver, _seen, k in _NAME_MAPS and not _in_map)
        for k, v in obj.items()
        if _in_map or k not in TEXT_KEYS
    }


def first_difference(a: Any, b: Any, pointer: str = "") -> str | None:
    """The JSON pointer of the first place where ``a`` and ``b`` differ (keys sorted)."""
    a_obj, b_obj, a_items, b_items = json_object(a), json_object(b), json_array(a), json_array(b)
    if a_obj is not None and b_obj is not None:
        for k in sorted(set(a_obj) | set(b_obj)):
            if k not in a_obj or k not in b_obj:
                return f"{pointer}/{k}"
            found = first_difference(a_obj[k], b_obj[k], f"{pointer}/{k}")
            if found is not None:
                return found
        return None
    if a_items is not None and b_items is not None and len(a_items) == len(b_items):
        for i, (x, y) in enumerate(zip(a_items, b_items)):
            found = first_difference(x, y, f"{pointer}/{i}")
            if found is not None:
                return found
        return None
    return None if a == b else (pointer or "/")


def _operation_level(old_op: JsonObject, new_op: JsonObject) -> list[JsonObject]:
    changes: list[JsonObject] = []
    if (old_op.get("deprecated") is True) != (new_op.get("deprecated") is True):
        now = new_op.get("deprecated") is True
        changes.append(change("deprecated" if now else "undeprecated", "operation",
                              "now deprecated" if now else "no longer deprecated", False))
    old_tags = ", ".join(sorted(map(str, old_op.get("tags") or []))) or "none"
    new_tags = ", ".join(sorted(map(str, new_op.get("tags") or []))) or "none"
    if old_tags != new_tags:
        changes.append(change("tags_changed", "tags", f"{old_tags} → {new_tags}", False))
    old_security, new_security = dump(old_op.get("security")), dump(new_op.get("security"))
    if old_security != new_security:
        changes.append(change("security_changed", "security", f"{old_security} → {new_security}", False))
    return changes


def compare_operation(old: Version, new: Version, old_name: str | None, new_name: str | None) -> list[JsonObject]:
    """Every change between two versions of one operation; ``old``/``new`` = (resolver, op, path item)."""
    changes: list[JsonObject] = []
    if old_name != new_name:
        changes.append(change("python_name_changed", "python_name", f"{old_name} → {new_name}", True))
    (old_r, old_op, old_item), (new_r, new_op, new_item) = old, new
    # Parameters declared on the path item belong to the operation too.
    old_plain = canonical({**old_op, "(path parameters)": old_item.get("parameters") or []}, old_r)
    new_plain = canonical({**new_op, "(path parameters)": new_item.get("parameters") or []}, new_r)
    if old_plain != new_plain:
        found = _operation_level(old_op, new_op)
        found += _compare_parameters(old, new) + _compare_body(old, new) + _compare_responses(old, new)
        if not found:
            # Whatever the structured comparison does not look at (additionalProperties,
            # propertyNames, extensions, order of lists...) is still reported, never dropped.
            found.append(change("other", first_difference(old_plain, new_plain) or "/", "changed", False))
        changes += found
    return sorted(changes, key=lambda c: (c["where"], c["kind"], c["detail"]))


def diff_specs(old: JsonObject, new: JsonObject, *, old_names: Mapping[str, str], new_names: Mapping[str, str]) -> JsonObject:
    """Operations added, removed and changed from ``old`` to ``new``.

    ``old_names``/``new_names`` give each operation's Python name (``resource.method``) in the
    client of each version; an operation missing from them has ``python_name`` ``None``.
    """
    old_ops, new_ops = operations(old), operations(new)
    old_r, new_r = Resolver(old), Resolver(new)
    added = [{"operation": k, "python_name": new_names.get(k)}
             for k in sorted(set(new_ops) - set(old_ops), key=_sort_key)]
    removed = [{"operation": k, "python_name": old_names.get(k)}
               for k in sorted(set(old_ops) - set(new_ops), key=_sort_key)]
    changed: list[JsonObject] = []
    for key in sorted(set(old_ops) & set(new_ops), key=_sort_key):
        (_, _, old_op, old_item), (_, _, new_op, new_item) = old_ops[key], new_ops[key]
        changes = compare_operation((old_r, old_op, old_item), (new_r, new_op, new_item),
                                    old_names.get(key), new_names.get(key))
        if changes:
            changed.append({"operation": key, "python_name": new_names.get(key),
                            "breaking": any(c["breaking"] for c in changes), "changes": changes})
    return {"added": added, "removed": removed, "changed": changed}


def is_breaking(diff: JsonObject) -> bool:
    return bool(diff["removed"]) or any(c["breaking"] for c in diff["changed"])


_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})")


def spec_date(path: str | Path) -> str | None:
    """The date of a spec file: in its name, or the retrieval date of the lock that pins it."""
    path = Path(path)
    found = _DATE.search(path.name)
    if found:
        return found.group(1)
    lock = path.parent / "openapi.lock.json"
    try:
        pinned = json.loads(lock.read_text(encoding="utf-8"))
        if pinned.get("sha256") == hashlib.sha256(path.read_bytes()).hexdigest():
            return str(pinned["retrieved"])
    except (OSError, ValueError, KeyError, AttributeError):
        pass
    return None


def spec_label(path: str | Path, spec: JsonObject) -> str:
    """How a spec is called in a heading: its date (``spec_date``), ``info.x-date``, or its name."""
    date = spec_date(path)
    if date:
        return date
    x_date = (json_object(spec.get("info")) or {}).get("x-date")
    return x_date if isinstance(x_date, str) else Path(path).name


def to_markdown(diff: JsonObject, old_label: str = "previous", new_label: str = "current") -> str:
    return render_markdown(diff, old_label, new_label)


def load(path: str | Path) -> JsonObject:
    document: JsonObject = json.loads(Path(path).read_text(encoding="utf-8"))
    return document


def render_json(diff: JsonObject) -> str:
    return json.dumps(diff, indent=2, ensure_ascii=False) + "\n"
