"""Each kind of change on a tiny spec, breaking or not for a client user."""

from __future__ import annotations

import pytest

from .small_specs import INT, PATH, STR, changes_between, document, nullable, obj, ok, operation, query
from .snapshots import diff_specs

ENUM_AB = {"enum": ["a", "b"]}
ENUM_A = {"enum": ["a"]}
OPEN_AB = {"anyOf": [{"enum": ["a", "b"]}, STR]}
OPEN_A = {"anyOf": [{"enum": ["a"]}, STR]}
OWNER = obj(["name"], name=STR)
OWNER_ID = obj(["name"], name=STR, id=STR)

CASES = [
    # -- parameters
    ("param added, optional", operation(), operation(params=[query("limit", INT)]),
     {("parameter_added", "query.limit", False)}),
    ("param added, required", operation(), operation(params=[query("limit", INT, True)]),
     {("parameter_added", "query.limit", True)}),
    ("param removed", operation(params=[query("limit", INT)]), operation(),
     {("parameter_removed", "query.limit", True)}),
    ("param now required", operation(params=[query("limit", INT)]), operation(params=[query("limit", INT, True)]),
     {("parameter_required", "query.limit", True)}),
    ("param no longer required", operation(params=[query("limit", INT, True)]), operation(params=[query("limit", INT)]),
     {("parameter_optional", "query.limit", False)}),
    ("param type changed", operation(params=[query("limit", INT)]), operation(params=[query("limit", STR)]),
     {("parameter_type_changed", "query.limit", True)}),
    ("param type narrowed", operation(params=[query("n", {"type": "number"})]), operation(params=[query("n", INT)]),
     {("parameter_type_changed", "query.n", True)}),
    ("param type widened", operation(params=[query("n", INT)]), operation(params=[query("n", {"type": "number"})]),
     {("parameter_type_changed", "query.n", False)}),
    ("param made nullable", operation(params=[query("q", STR)]), operation(params=[query("q", nullable(STR))]),
     {("parameter_type_changed", "query.q", False)}),
    ("param may be a list too", operation(params=[query("s", ENUM_AB)]),
     operation(params=[query("s", {"anyOf": [ENUM_AB, {"type": "array", "items": ENUM_AB}]})]),
     {("parameter_type_changed", "query.s", False), ("parameter_added", "query.s[]", False)}),
    ("header param added", operation(),
     operation(params=[{"name": "X-Request-Id", "in": "header", "schema": STR}]),
     {("parameter_added", "header.X-Request-Id", False)}),
    ("param deprecated", operation(params=[query("q", STR)]), operation(params=[query("q", STR) | {"deprecated": True}]),
     {("deprecated", "query.q", False)}),
    ("param default changed", operation(params=[query("q", STR | {"default": "x"})]),
     operation(params=[query("q", STR | {"default": "y"})]), {("default_changed", "query.q", False)}),
    ("param constraint changed", operation(params=[query("q", STR | {"maxLength": 10})]),
     operation(params=[query("q", STR | {"maxLength": 5})]), {("constraint_changed", "query.q", False)}),
    # -- enums in requests
    ("request enum value removed", operation(params=[query("s", ENUM_AB)]), operation(params=[query("s", ENUM_A)]),
     {("enum_values_removed", "query.s", True)}),
    ("request enum value added", operation(params=[query("s", ENUM_A)]), operation(params=[query("s", ENUM_AB)]),
     {("enum_values_added", "query.s", False)}),
    ("body enum value removed", operation(body=obj(s=ENUM_AB)), operation(body=obj(s=ENUM_A)),
     {("enum_values_removed", "body.s", True)}),
    ("open request enum loses a known value", operation(body=obj(s=OPEN_AB)), operation(body=obj(s=OPEN_A)),
     {("enum_values_removed", "body.s", False)}),
    ("request enum closed", operation(body=obj(s=OPEN_AB)), operation(body=obj(s=ENUM_AB)),
     {("enum_closed", "body.s", True)}),
    ("request enum opened", operation(body=obj(s=ENUM_AB)), operation(body=obj(s=OPEN_AB)),
     {("enum_opened", "body.s", False)}),
    ("request string restricted to an enum", operation(body=obj(s=STR)), operation(body=obj(s=ENUM_AB)),
     {("enum_constraint_added", "body.s", True)}),
    # -- request bodies
    ("body field added, optional", operation(body=obj(a=STR)), operation(body=obj(a=STR, b=INT)),
     {("body_field_added", "body.b", False)}),
    ("body field added, required", operation(body=obj(a=STR)), operation(body=obj(["b"], a=STR, b=INT)),
     {("body_field_added", "body.b", True)}),
    ("body field removed", operation(body=obj(a=STR, b=INT)), operation(body=obj(a=STR)),
     {("body_field_removed", "body.b", True)}),
    ("body field now required", operation(body=obj(a=STR)), operation(body=obj(["a"], a=STR)),
     {("body_field_required", "body.a", True)}),
    ("body field no longer required", operation(body=obj(["a"], a=STR)), operation(body=obj(a=STR)),
     {("body_field_optional", "body.a", False)}),
    ("body field type changed", operation(body=obj(a=STR)), operation(body=obj(a=INT)),
     {("body_field_type_changed", "body.a", True)}),
    ("nested body field added, required", operation(body=obj(repos={"type": "array", "items": OWNER})),
     operation(body=obj(repos={"type": "array", "items": obj(["name", "id"], name=STR, id=STR)})),
     {("body_field_added", "body.repos[].id", True)}),
    ("new object field reported once", operation(body=obj(a=STR)), operation(body=obj(a=STR, owner=OWNER)),
     {("body_field_added", "body.owner", False)}),
    ("request body added, required", operation(), operation(body=obj(a=STR)),
     {("request_body_added", "body", True)}),
    ("request body added, optional", operation(), operation(body=obj(a=STR), body_required=False),
     {("request_body_added", "body", False)}),
    ("request body removed", operation(body=obj(a=STR)), operation(),
     {("request_body_removed", "body", True)}),
    ("request body now required", operation(body=obj(a=STR), body_required=False), operation(body=obj(a=STR)),
     {("request_body_required", "body", True)}),
    ("union: required in every branch", operation(body={"anyOf": [obj(a=STR), obj(b=STR)]}),
     operation(body={"anyOf": [obj(["x"], a=STR, x=INT), obj(["x"], b=STR, x=INT)]}),
     {("body_field_added", "body.x", True)}),
    ("union: required in one branch only", operation(body={"anyOf": [obj(a=STR), obj(b=STR)]}),
     operation(body={"anyOf": [obj(["x"], a=STR, x=INT), obj(b=STR)]}),
     {("body_field_added", "body.x", False)}),
    ("allOf: required in any part", operation(body={"allOf": [obj(a=STR), {"properties": {"x": INT}}]}),
     operation(body={"allOf": [obj(a=STR), {"properties": {"x": INT}, "required": ["x"]}]}),
     {("body_field_required", "body.x", True)}),
    # -- responses
    ("response field added", operation(responses={"200": ok(obj(a=STR))}),
     operation(responses={"200": ok(obj(a=STR, b=INT))}), {("response_field_added", "response.200.b", False)}),
    ("nested response field removed",
     operation(responses={"200": ok(obj(items={"type": "array", "items": obj(owner=OWNER_ID)}))}),
     operation(responses={"200": ok(obj(items={"type": "array", "items": obj(owner=OWNER)}))}),
     {("response_field_removed", "response.200.items[].owner.id", True)}),
    ("response field type changed", operation(responses={"200": ok(obj(a=STR))}),
     operation(responses={"200": ok(obj(a=INT))}), {("response_field_type_changed", "response.200.a", True)}),
    ("response field made nullable", operation(responses={"200": ok(obj(a=STR))}),
     operation(responses={"200": ok(obj(a=nullable(STR)))}), {("response_field_type_changed", "response.200.a", True)}),
    ("response field no longer nullable", operation(responses={"200": ok(obj(a=nullable(STR)))}),
     operation(responses={"200": ok(obj(a=STR))}), {("response_field_type_changed", "response.200.a", False)}),
    ("response field now a datetime", operation(responses={"200": ok(obj(at=STR))}),
     operation(responses={"200": ok(obj(at=STR | {"format": "date-time"}))}),
     {("response_field_type_changed", "response.200.at", True)}),
    ("response format that keeps the type", operation(responses={"200": ok(obj(u=STR))}),
     operation(responses={"200": ok(obj(u=STR | {"format": "uri"}))}), {("constraint_changed", "response.200.u", False)}),
    ("response enum value added", operation(responses={"200": ok(obj(s=ENUM_A))}),
     operation(responses={"200": ok(obj(s=ENUM_AB))}), {("enum_values_added", "response.200.s", False)}),
    ("response enum value removed", operation(responses={"200": ok(obj(s=ENUM_AB))}),
     operation(responses={"200": ok(obj(s=ENUM_A))}), {("enum_values_removed", "response.200.s", False)}),
    ("response enum closed", operation(responses={"200": ok(obj(s=OPEN_AB))}),
     operation(responses={"200": ok(obj(s=ENUM_AB))}), {("enum_closed", "response.200.s", False)}),
    ("response map values", operation(responses={"200": ok({"type": "object", "additionalProperties": obj(n=INT)})}),
     operation(responses={"200": ok({"type": "object", "additionalProperties": obj(n=STR)})}),
     {("response_field_type_changed", "response.200{}.n", True)}),
    ("response field no longer required", operation(responses={"200": ok(obj(["a"], a=STR))}),
     operation(responses={"200": ok(obj(a=STR))}), {("response_field_optional", "response.200.a", False)}),
    ("union gains a branch", operation(responses={"200": ok({"anyOf": [obj(["type"], type={"const": "user"}, name=STR)]})}),
     operation(responses={"200": ok({"anyOf": [obj(["type"], type={"const": "user"}, name=STR),
                                               obj(["type"], type={"const": "org"}, name=STR, plan=STR)]})}),
     {("enum_values_added", "response.200.type", False), ("response_field_added", "response.200.plan", False)}),
    ("status added", operation(), operation(responses={"200": ok(obj()), "404": {"description": "Not found"}}),
     {("response_status_added", "response.404", False)}),
    ("error status removed", operation(responses={"200": ok(obj()), "404": {"description": "Not found"}}), operation(),
     {("response_status_removed", "response.404", False)}),
    ("success status replaced", operation(), operation(responses={"201": ok(obj())}),
     {("response_status_removed", "response.200", True), ("response_status_added", "response.201", False)}),
    ("response body gone", operation(responses={"200": ok(obj(a=STR))}), operation(responses={"200": {"description": "OK"}}),
     {("response_field_removed", "response.200", True)}),
    ("response header added", operation(),
     operation(responses={"200": ok(obj()) | {"headers": {"Link": {"schema": STR}}}}),
     {("response_header_added", "response.200", False)}),
    # -- the operation itself
    ("deprecated", operation(), operation() | {"deprecated": True}, {("deprecated", "operation", False)}),
    # Unpinned, a name derives from the tag: the new tag renames the method.
    ("tags changed", operation(), operation() | {"tags": ["stuff"]},
     {("tags_changed", "tags", False), ("python_name_changed", "python_name", True)}),
    ("closed object opened", operation(responses={"200": ok(obj(a=STR))}),
     operation(responses={"200": ok(obj(a=STR) | {"additionalProperties": True})}),
     {("other", "/responses/200/content/application/json/schema/additionalProperties", False)}),
]


@pytest.mark.parametrize("old, new, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_change_is_found_and_classed(old, new, expected):
    found = {(c["kind"], c["where"], c["breaking"]) for c in changes_between(old, new)}
    assert found == expected


def test_text_changes_are_ignored():
    old = operation(params=[query("q", STR | {"description": "old"})], body=obj(a=STR | {"title": "A"}))
    new = operation(params=[query("q", STR | {"description": "new", "examples": ["x"]})], body=obj(a=STR))
    new["summary"], new["description"] = "Another summary", "Long text"
    new["responses"]["200"]["description"] = "Fine"
    assert changes_between(old, new) == []


def test_a_property_named_description_is_a_field():
    old = operation(responses={"200": ok(obj(description=STR))})
    new = operation(responses={"200": ok(obj(description=INT))})
    assert [(c["kind"], c["where"]) for c in changes_between(old, new)] == [
        ("response_field_type_changed", "response.200.description")]


def test_refs_are_resolved_with_their_paths():
    ref = {"$ref": "#/components/schemas/Owner"}
    old = operation(responses={"200": ok(obj(items={"type": "array", "items": obj(owner=ref)}))})
    found = changes_between(old, old, old_schemas={"Owner": OWNER_ID}, new_schemas={"Owner": OWNER})
    assert [(c["kind"], c["where"], c["breaking"]) for c in found] == [
        ("response_field_removed", "response.200.items[].owner.id", True)]


def test_recursive_refs_terminate():
    children = {"type": "array", "items": {"$ref": "#/components/schemas/Tree"}}
    tree = {"type": "object", "properties": {"name": STR, "children": children}}
    old = operation(responses={"200": ok({"$ref": "#/components/schemas/Tree"})})
    grown = {**tree, "properties": {**tree["properties"], "size": INT}}
    found = changes_between(old, old, old_schemas={"Tree": tree}, new_schemas={"Tree": grown})
    assert ("response_field_added", "response.200.size") in {(c["kind"], c["where"]) for c in found}


def test_operation_breaking_flag_and_details():
    old = operation(params=[query("limit", INT)], body=obj(s=ENUM_AB), responses={"200": ok(obj(a=STR))})
    new = operation(params=[query("limit", INT), query("page", INT)], body=obj(s=ENUM_A),
                    responses={"200": ok(obj(a=nullable(STR)))})
    by_kind = {c["kind"]: c for c in changes_between(old, new)}
    assert by_kind["enum_values_removed"]["detail"] == '"b"'
    assert by_kind["parameter_added"]["detail"] == "integer, optional"
    assert by_kind["response_field_type_changed"]["detail"] == "string → string|null"


def test_path_level_parameters_belong_to_the_operation():
    old, new = document(operation()), document(operation())
    new["paths"][PATH]["parameters"] = [query("lang", STR, True)]
    (entry,) = diff_specs(old, new, old_name_map={}, new_name_map={})["changed"]
    assert [(c["kind"], c["where"], c["breaking"]) for c in entry["changes"]] == [("parameter_added", "query.lang", True)]
