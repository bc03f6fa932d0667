"""Property tests: instances of every response schema, drifted, parse through the generated parsers.

hypothesis-jsonschema draws instances of each operation's 2xx JSON schema; each instance is
also "drifted" (an unknown field in every object, every string replaced by a value no enum
knows). Both must parse, every field must read without error, and nothing may be dropped.
"""

from __future__ import annotations

import contextlib
import copy
import warnings
from typing import Any, Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import HypothesisWarning, InvalidArgument, Unsatisfiable

import hfhub_api.models as models_module
from hfgen.normalise import normalise
from hfgen.operations import build_operations
from hfgen.schemas import Registry
from hfhub_api import Model
from hfhub_api._types import AnyOf, DictOf, ListOf, parse_datetime

from model_walk import read_everything
from shared_paths import locked_spec, require

hypothesis_jsonschema = pytest.importorskip("hypothesis_jsonschema")
from hypothesis_jsonschema import _from_schema as _strategies  # noqa: E402
from hypothesis_jsonschema._encode import encode_canonical_json  # noqa: E402


def _cases():
    import json

    spec = normalise(json.loads(require(locked_spec()).read_text()))
    registry = Registry(spec)
    ops = build_operations(spec, registry)
    cases = []
    for op in ops:
        if op.kind != "json" or not op.converter:
            continue
        raw = spec["paths"][op.path][op.method.lower()]
        code = next(c for c in sorted(raw["responses"]) if c.startswith("2"))
        schema = raw["responses"][code]["content"]["application/json"]["schema"]
        if op.paginated:
            schema = registry.deref(schema).get("items", {})
        cases.append(pytest.param(op.converter, _inline(schema, registry), id=op.key))
    return cases


def _inline(schema, registry):
    """The schema with local ``$ref``s replaced, as hypothesis-jsonschema wants."""

    def walk(node, depth=0):
        if isinstance(node, dict):
            if "$ref" in node and depth < 30:
                return walk(registry.deref(node), depth + 1)
            out = {k: walk(v, depth) for k, v in node.items() if k != "$schema"}
            if "format" in out and "pattern" in out:
                # The Hub's date-time regex makes drawing very slow; the format says the same.
                del out["pattern"]
            for part in out.get("allOf", []):
                # Closed objects joined by allOf admit no value at all (a spec defect): open them.
                if isinstance(part, dict) and part.get("additionalProperties") is False:
                    del part["additionalProperties"]
            return out
        if isinstance(node, list):
            return [walk(v, depth) for v in node]
        return node

    return walk(schema)


def _converter(expression: str):
    value = eval(expression, {}, _Names())  # noqa: S307 - expressions come from our own generator
    return value._convert if isinstance(value, type) else value


class _Names(dict):
    """The names a converter expression uses: runtime helpers and generated models."""

    helpers = {"AnyOf": AnyOf, "DictOf": DictOf, "ListOf": ListOf, "parse_datetime": parse_datetime}

    def __missing__(self, name):
        if name in self.helpers:
            return self.helpers[name]
        try:
            return getattr(models_module, name)
        except AttributeError:
            raise KeyError(name) from None


@contextlib.contextmanager
def _subschema_strategies_built_once() -> Iterator[None]:
    """hypothesis-jsonschema builds the strategy of a nested object's property on every draw,
    canonicalising the whole subschema each time: for the Hub's collection schemas that is 90 %
    of the run. Strategies are immutable, so one per subschema (within this test) draws the same
    instances. ``__from_schema`` is looked up by name at each call, so replacing it takes effect."""
    build = getattr(_strategies, "__from_schema")
    built: dict[tuple[str, int, int], Any] = {}

    def build_once(schema, *, alphabet, custom_formats):
        key = (encode_canonical_json(schema), id(alphabet), id(custom_formats))
        if key not in built:
            built[key] = build(schema, alphabet=alphabet, custom_formats=custom_formats)
        return built[key]

    setattr(_strategies, "__from_schema", build_once)
    try:
        yield
    finally:
        setattr(_strategies, "__from_schema", build)


def _drift(value):
    if isinstance(value, dict):
        out = {k: _drift(v) for k, v in value.items()}
        out["fieldAddedTomorrow"] = {"nested": [1, "x"]}
        return out
    if isinstance(value, list):
        return [_drift(v) for v in value]
    if isinstance(value, str):
        return "value-no-enum-knows"
    return value


CASES = _cases()


@pytest.mark.parametrize("converter, schema", CASES)
def test_instances_and_drifted_instances_parse(converter, schema):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", HypothesisWarning)
        try:
            strategy = hypothesis_jsonschema.from_schema(schema)
        except (InvalidArgument, Unsatisfiable, NotImplementedError, RecursionError) as exc:
            pytest.skip(f"hypothesis-jsonschema cannot draw this schema: {type(exc).__name__}")
    convert = _converter(converter)

    @settings(max_examples=4, deadline=None, database=None, derandomize=True, suppress_health_check=list(HealthCheck))
    @given(instance=strategy)
    def check(instance):
        for candidate in (instance, _drift(copy.deepcopy(instance))):
            kept = copy.deepcopy(candidate)
            parsed = convert(candidate)
            read_everything(parsed)
            if isinstance(parsed, Model):
                assert parsed.to_dict() == kept
            elif isinstance(parsed, list) and all(isinstance(p, Model) for p in parsed):
                assert [p.to_dict() for p in parsed] == kept

    try:
        with _subschema_strategies_built_once():
            check()
    except Unsatisfiable:
        pytest.skip("the schema cannot be satisfied as published")


def test_most_response_schemas_are_exercised():
    assert len(CASES) >= 200
