"""Model class names: they say what the thing is, and spec/class-names.json keeps them across regenerations."""

from __future__ import annotations

import json
import re

from hfgen.normalise import normalise
from hfgen.operations import build_operations
from hfgen.schemas import CLASS_NAMES_FILE, Registry, load_class_names
from shared_paths import locked_spec, require


def _document(paths: dict) -> dict:
    return {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": paths}


def _object(*names: str) -> dict:
    return {"type": "object", "properties": {n: {"type": "string"} for n in names}}


def _listing(tag: str, *names: str) -> dict:
    return {"get": {"tags": [tag], "responses": {"200": {"content": {"application/json": {
        "schema": {"type": "array", "items": _object(*names)}}}}}}}


def _results(paths: dict, pins: dict) -> dict[str, str]:
    spec = normalise(_document(paths), additions=[], paginated=set())
    registry = Registry(spec, pins)
    names = {f"GET {path}": f"{item['get']['tags'][0]}.list" for path, item in paths.items()}
    return {f"{op.resource}.{op.name}": op.result for op in build_operations(spec, registry, names)}


def test_the_pinned_hub_spec_has_no_numbered_class_names(pinned_spec):
    spec = normalise(pinned_spec)
    registry = Registry(spec)
    ops = {f"{op.resource}.{op.name}": op.result for op in build_operations(spec, registry)}
    assert [name for name in registry.models if re.search(r"\d$", name)] == []
    assert ops["collections.list"] == "CollectionListItem"  # one item type, not a union of two lists
    assert ops["jobs.list"] == "Job" and ops["webhooks.get"] == "WebhookEnvelope"


def test_every_class_of_the_locked_spec_is_named_by_its_pin():
    """scripts/fetch_spec.py --pin-class-names pinned each class where it is first met; pins of
    classes a later spec no longer has stay, so that no other class takes their names."""
    spec = normalise(json.loads(require(locked_spec()).read_text()))
    registry = Registry(spec)
    build_operations(spec, registry)
    pins = load_class_names(CLASS_NAMES_FILE)
    assert registry.origins == {origin: pins.get(origin) for origin in registry.origins}
    assert set(registry.origins.values()) == set(registry.models)


def test_a_resource_listing_names_its_items_after_the_resource():
    results = _results({"/api/jobs": _listing("jobs", "id"), "/api/kernels": _listing("kernels", "name")}, {})
    assert results == {"jobs.list": "list[Job]", "kernels.list": "list[Kernel]"}


def test_pins_name_classes_and_keep_them_when_an_earlier_operation_arrives():
    jobs = {"/api/jobs": _listing("jobs", "id")}
    pins = {"GET /api/jobs response item": "JobSummary"}
    assert _results(jobs, pins) == {"jobs.list": "list[JobSummary]"}
    # A new listing, named first, holds a "jobSummary" object of another shape.
    alpha = {"/api/alpha": {"get": {"tags": ["alpha"], "responses": {"200": {"content": {"application/json": {
        "schema": {"type": "array", "items": {"type": "object", "properties": {"jobSummary": _object("total")}}}}}}}}}}
    assert _results({**jobs, **alpha}, {})["jobs.list"] == "list[Job]"
    unpinned = _results({**alpha, **jobs}, {})
    pinned = _results({**alpha, **jobs}, pins)
    assert pinned["jobs.list"] == "list[JobSummary]" and pinned["alpha.list"] == unpinned["alpha.list"]
