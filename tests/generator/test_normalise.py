"""The normaliser on small specs written here."""

from __future__ import annotations

import json
import random

import pytest

from hfgen.normalise import OURS, NormaliseError, merge_additions, normalise


def _spec(paths: dict) -> dict:
    return {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": paths}


def test_missing_responses_are_filled_and_input_untouched():
    spec = _spec({"/api/things": {"get": {"summary": "List things"}}})
    before = json.dumps(spec, sort_keys=True)
    out = normalise(spec, additions=[])
    assert out["paths"]["/api/things"]["get"]["responses"]["200"]["description"]
    assert json.dumps(spec, sort_keys=True) == before


def test_duplicate_path_parameter_is_renamed_in_path_and_parameters():
    slug = {"name": "slug", "in": "path", "required": True, "schema": {"type": "string"}}
    spec = _spec({"/api/c/{namespace}/{slug}/items/{slug}": {"delete": {
        "parameters": [{"name": "namespace", "in": "path", "required": True, "schema": {"type": "string"}}, slug, dict(slug)]}}})
    out = normalise(spec, additions=[])
    assert list(out["paths"]) == ["/api/c/{namespace}/{slug}/items/{itemId}"]
    op = out["paths"]["/api/c/{namespace}/{slug}/items/{itemId}"]["delete"]
    assert [p["name"] for p in op["parameters"]] == ["namespace", "slug", "itemId"]
    assert op["x-hfhub-path"] == "/api/c/{namespace}/{slug}/items/{slug}"


def test_const_headers_dropped_other_headers_kept():
    spec = _spec({"/f": {"get": {"parameters": [
        {"name": "Accept", "in": "header", "schema": {"const": "application/vnd.x+json"}},
        {"name": "Range", "in": "header", "schema": {"type": "string"}}]}}})
    params = normalise(spec, additions=[])["paths"]["/f"]["get"]["parameters"]
    assert [p["name"] for p in params] == ["Range"]


def test_undeclared_path_parameters_are_declared():
    out = normalise(_spec({"/api/x/{id}": {"get": {}}}), additions=[])
    assert out["paths"]["/api/x/{id}"]["get"]["parameters"][0]["name"] == "id"


def test_additions_are_marked_and_never_override_the_published_spec():
    spec = _spec({"/api/a": {"get": {"summary": "published"}}})
    additions = [{"paths": {"/api/a": {"get": {"summary": "ours"}, "post": {"summary": "ours"}}, "/api/b": {"get": {}}},
                  "components": {"schemas": {"B": {"type": "object"}}}}]
    out = merge_additions(json.loads(json.dumps(spec)), additions)
    assert out["paths"]["/api/a"]["get"] == {"summary": "published"}
    assert out["paths"]["/api/a"]["post"][OURS] is True
    assert out["paths"]["/api/b"]["get"][OURS] is True
    assert out["components"]["schemas"]["B"] == {"type": "object"}


def _shuffled(node, rng):
    if isinstance(node, dict):
        items = list(node.items())
        rng.shuffle(items)
        return {k: _shuffled(v, rng) for k, v in items}
    if isinstance(node, list):
        return [_shuffled(v, rng) for v in node]
    return node


def test_output_does_not_depend_on_key_order(pinned_spec):
    a = normalise(pinned_spec)
    b = normalise(_shuffled(pinned_spec, random.Random(7)))
    assert json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)
    assert list(a["paths"]) == list(b["paths"])


def _collection_op(summary: str = "Get a collection") -> dict:
    return {"summary": summary, "parameters": [
        {"name": n, "in": "path", "required": True, "schema": {"type": "string"}} for n in ("namespace", "slug", "id")]}


def test_a_segment_of_several_placeholders_is_one_value_and_twins_become_aliases():
    twin = {"summary": "Get a collection", "parameters": _collection_op()["parameters"][:2]}
    spec = _spec({"/api/c/{namespace}/{slug}-{id}": {"get": _collection_op()}, "/api/c/{namespace}/{slug}": {"get": twin}})
    out = normalise(spec, additions=[], paginated=set())
    assert list(out["paths"]) == ["/api/c/{namespace}/{slug}"]
    op = out["paths"]["/api/c/{namespace}/{slug}"]["get"]
    assert [p["name"] for p in op["parameters"]] == ["namespace", "slug"]
    assert "my-models-6579ade1234567890abcdef0" in op["parameters"][1]["description"]
    assert op["x-hfhub-path"] == "/api/c/{namespace}/{slug}"
    assert op["x-hfhub-aliases"] == ["/api/c/{namespace}/{slug}-{id}"]


def test_two_different_operations_on_one_request_are_refused():
    spec = _spec({"/api/c/{namespace}/{slug}-{id}": {"get": _collection_op()},
                  "/api/c/{namespace}/{slug}": {"get": dict(_collection_op("Something else"), parameters=[])}})
    with pytest.raises(NormaliseError, match="same request"):
        normalise(spec, additions=[], paginated=set())


def test_link_paged_listings_and_response_item_extensions_come_from_spec_files():
    listing = {"responses": {"200": {"content": {"application/json": {"schema": {
        "type": "array", "items": {"type": "object", "properties": {"oid": {"type": "string"}}}}}}}}}
    extension = {"x-hfhub-response-items": {"GET /api/t": {"properties": {"path": {"type": "string"}}, "required": ["path"]}}}
    out = normalise(_spec({"/api/t": {"get": listing}}), additions=[extension], paginated={"GET /api/t"})
    op = out["paths"]["/api/t"]["get"]
    items = op["responses"]["200"]["content"]["application/json"]["schema"]["items"]
    assert op["x-hfhub-paginated"] is True
    assert list(items["properties"]) == ["oid", "path"] and items["required"] == ["path"]
