"""`example_for` gives a valid instance for every schema a request carries in the Hub spec.

Validity is checked independently of `values.validator_for`: each schema is validated
where it sits in the OpenAPI document (a `$ref` to its JSON pointer, the document
registered as a resource), so `#/components/...` references resolve as in the spec.
"""

from __future__ import annotations

import copy
import json
import random
import re
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from .pinned import HISTORY_DIR, PINNED_SPEC, load_spec
from .prism_spec import iter_operations
from .values import example_for, regex_example

SPEC_URI = "urn:hfhub:hub-openapi"
FORMATS = FormatChecker()


def request_schemas(spec: dict) -> list[tuple[str, str, Any]]:
    """`(label, JSON pointer, schema)` of every parameter and request-body schema."""
    found = []
    for path, method, op in iter_operations(spec):
        base = f"/paths/{_escape(path)}/{method}"
        for index, param in enumerate(op.get("parameters", [])):
            label = f"{method.upper()} {path} {param['in']}:{param['name']}"
            found.append((label, f"{base}/parameters/{index}/schema", param["schema"]))
        for media, content in (op.get("requestBody") or {}).get("content", {}).items():
            pointer = f"{base}/requestBody/content/{_escape(media)}/schema"
            found.append((f"{method.upper()} {path} body:{media}", pointer, content["schema"]))
    return found


def in_place_validator(spec: dict, pointer: str) -> Draft202012Validator:
    registry = Registry().with_resource(SPEC_URI, Resource(spec, specification=DRAFT202012))
    return Draft202012Validator(
        {"$ref": f"{SPEC_URI}#{pointer}"}, registry=registry, format_checker=FORMATS
    )


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


PINNED = load_spec(PINNED_SPEC)
PINNED_SCHEMAS = request_schemas(PINNED)
BY_OPERATION: dict[str, list[tuple[str, str, Any]]] = {}
for _entry in PINNED_SCHEMAS:
    BY_OPERATION.setdefault(" ".join(_entry[0].split(" ")[:2]), []).append(_entry)


def test_the_spec_has_the_schemas_we_expect() -> None:
    bodies = [label for label, _p, _s in PINNED_SCHEMAS if " body:" in label]
    assert len(bodies) == 119
    assert len(PINNED_SCHEMAS) - len(bodies) == 16 + 598 + 260


@pytest.mark.parametrize("operation", sorted(BY_OPERATION))
def test_example_is_valid_for_every_request_schema_of_the_pinned_spec(operation: str) -> None:
    failures = []
    for label, pointer, schema in BY_OPERATION[operation]:
        validator = in_place_validator(PINNED, pointer)
        for seed in (0, 1, 2):
            for full in (False, True):
                value = example_for(schema, seed=seed, root=PINNED, full=full)
                errors = [e.message[:200] for e in validator.iter_errors(value)]
                if errors:
                    failures.append(f"{label} seed={seed} full={full} {json.dumps(value)[:200]}: {errors[:2]}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("snapshot", sorted(HISTORY_DIR.glob("*.json")), ids=lambda p: p.stem)
def test_example_is_valid_for_every_request_schema_of_older_snapshots(snapshot) -> None:
    spec = load_spec(snapshot)
    failures = []
    for label, pointer, schema in request_schemas(spec):
        value = example_for(schema, root=spec, full=True)
        if not in_place_validator(spec, pointer).is_valid(value):
            failures.append(label)
    assert not failures


def test_examples_are_deterministic_and_leave_the_schema_alone() -> None:
    for _label, _pointer, schema in PINNED_SCHEMAS[:400]:
        before = copy.deepcopy(schema)
        first = example_for(schema, seed=3, root=PINNED, full=True)
        assert example_for(schema, seed=3, root=PINNED, full=True) == first
        assert schema == before


def test_other_seeds_vary_generated_values() -> None:
    schema = {"type": "string", "pattern": "^[0-9a-f]{24}$"}
    assert len({example_for(schema, seed=seed) for seed in range(8)}) == 8


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"const": "members"}, "members"),
        ({"enum": ["all", "unread"], "default": "unread"}, "unread"),
        ({"type": "string", "examples": ["deepseek-ai/DeepSeek-R1"]}, "deepseek-ai/DeepSeek-R1"),
        ({"type": "string", "default": "x", "minLength": 3}, "hfhub"),  # invalid default skipped
        ({"anyOf": [{"type": "null"}, {"type": "integer", "minimum": 5}]}, 5),
        ({"type": ["null", "boolean"]}, True),
        ({"type": "integer", "exclusiveMinimum": 0, "maximum": 9007199254740991}, 1),
        ({"type": "integer", "minimum": 7, "multipleOf": 5}, 10),
        ({"type": "number", "minimum": 1, "default": 1}, 1),
        ({"type": "string", "format": "date-time"}, "2024-01-02T03:04:05Z"),
        ({"type": "string", "format": "email"}, "user@example.com"),
        ({"type": "string", "minLength": 8, "maxLength": 8}, "hfhubhfh"),
        ({"type": "array", "items": {"enum": ["a", "b", "c"]}, "minItems": 3, "uniqueItems": True},
         ["a", "b", "c"]),
        ({"type": "object", "properties": {"a": {"type": "integer"}, "b": {}}, "required": ["a"],
          "additionalProperties": False}, {"a": 1}),
    ],
)
def test_keywords(schema: dict, expected: Any) -> None:
    value = example_for(schema)
    assert value == expected
    assert Draft202012Validator(schema, format_checker=FORMATS).is_valid(value)


@pytest.mark.parametrize(
    "schema",
    [
        {"oneOf": [{"type": "integer"}, {"type": "number", "minimum": 0}]},
        {"allOf": [{"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]},
                   {"properties": {"b": {"const": 2}}, "required": ["b"]}]},
        {"type": "object", "minProperties": 2,
         "propertyNames": {"pattern": "^[a-z][_a-z0-9]+$"}, "additionalProperties": {"type": "string"}},
        {"type": "string", "pattern": r"^\b(?!\d+$)(?![0-9a-fA-F]{24}$)([a-zA-Z0-9]|-(?!-))+\b$",
         "maxLength": 96},
        {"type": "string", "pattern": "^(spaces|models|datasets)\\/.*", "minLength": 30},
        {"type": "string", "pattern": "^\\d{4}-W(0[1-9]|[1-4][0-9]|5[0-2])$"},
        {"type": "array", "prefixItems": [{"type": "integer"}, {"type": "string"}], "minItems": 2},
        {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1},
    ],
)
def test_combinators_and_constraints(schema: dict) -> None:
    validator = Draft202012Validator(schema, format_checker=FORMATS)
    for seed in range(5):
        for full in (False, True):
            value = example_for(schema, seed=seed, full=full)
            assert validator.is_valid(value), (seed, value)


def test_ref_resolves_against_the_root_document() -> None:
    root = {"components": {"schemas": {"Id": {"type": "string", "pattern": "^[0-9a-f]{24}$"}}}}
    value = example_for({"$ref": "#/components/schemas/Id"}, root=root)
    assert re.fullmatch("[0-9a-f]{24}", value)


def test_unsatisfiable_schema_raises() -> None:
    with pytest.raises(ValueError, match="no valid example"):
        example_for({"type": "integer", "minimum": 5, "maximum": 3})
    with pytest.raises(ValueError):
        example_for({"type": "object", "properties": {}, "required": ["a"], "additionalProperties": False})


def test_regex_examples_are_ascii() -> None:
    """Python's `\\d` and `\\w` match non-ASCII digits and letters; JavaScript's do not."""
    rng = random.Random(0)
    for pattern in (r"^\d{4}\.\d{4,5}$", r"^\w+$", r"^[^.?()\]\\[{}]+$", r"^\S+$"):
        for _ in range(50):
            text = regex_example(pattern, rng)
            assert text.isascii() and re.search(pattern, text, re.ASCII), (pattern, text)
