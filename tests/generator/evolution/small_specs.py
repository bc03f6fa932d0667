"""Tiny hand-written OpenAPI documents, one operation each, to exercise every kind of change."""

from __future__ import annotations

import copy

from .snapshots import diff_specs  # scripts/ on sys.path

PATH = "/api/things/{id}"
ID = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}


def document(operation: dict, *, method: str = "post", path: str = PATH, schemas: dict | None = None) -> dict:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Hub API Endpoints", "version": "0.0.1"},
        "paths": {path: {method: copy.deepcopy(operation)}},
        "components": {"schemas": copy.deepcopy(schemas or {})},
    }


def operation(*, params=(), body=None, body_required=True, responses=None) -> dict:
    op: dict = {"summary": "Do a thing", "tags": ["things"], "parameters": [ID, *params]}
    if body is not None:
        op["requestBody"] = {"required": body_required, "content": {"application/json": {"schema": body}}}
    op["responses"] = responses if responses is not None else {"200": ok({"type": "object", "properties": {}})}
    return op


def ok(schema: dict) -> dict:
    return {"description": "OK", "content": {"application/json": {"schema": schema}}}


def query(name: str, schema: dict, required: bool = False) -> dict:
    return {"name": name, "in": "query", "required": required, "schema": schema}


def obj(required=(), **props) -> dict:
    return {"type": "object", "properties": props, "required": list(required), "additionalProperties": False}


NULL = {"type": "null"}
STR = {"type": "string"}
INT = {"type": "integer"}


def nullable(schema: dict) -> dict:
    return {"anyOf": [schema, NULL]}


def changes_between(old_op: dict, new_op: dict, **kw) -> list[dict]:
    """The changes diff_specs reports for the one operation ([] when it is unchanged)."""
    old_schemas, new_schemas = kw.pop("old_schemas", None), kw.pop("new_schemas", None)
    diff = diff_specs(document(old_op, schemas=old_schemas, **kw), document(new_op, schemas=new_schemas, **kw),
                      old_name_map={}, new_name_map={})
    assert not diff["added"] and not diff["removed"]
    return diff["changed"][0]["changes"] if diff["changed"] else []
