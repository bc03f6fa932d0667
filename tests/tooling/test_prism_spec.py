"""`prepare_for_prism`: pure, deterministic, and each fix applied where (and only where) due."""

from __future__ import annotations

import copy
import json
import re

import pytest
from jsonschema import Draft202012Validator

from .pinned import HISTORY_DIR, PINNED_SPEC, load_spec
from .prism_spec import (
    OPERATION_HEADER,
    PUBLISHED_PATH,
    iter_operations,
    prepare_for_prism,
    tag_operations,
    write_prism_spec,
)

SNAPSHOTS = [None, *sorted(HISTORY_DIR.glob("*.json"))]
TEMPLATE = re.compile(r"\{([^{}]+)\}")


def _published_keys(spec: dict) -> set[str]:
    return {f"{m.upper()} {op.get(PUBLISHED_PATH, p)}" for p, m, op in iter_operations(spec)}


@pytest.fixture(scope="module")
def pinned() -> dict:
    return load_spec(PINNED_SPEC)


@pytest.fixture(scope="module")
def prepared(pinned: dict) -> dict:
    return prepare_for_prism(pinned)


def test_pure_and_deterministic(pinned: dict, prepared: dict) -> None:
    before = json.dumps(pinned)
    again = prepare_for_prism(pinned)
    assert json.dumps(pinned) == before
    assert json.dumps(again) == json.dumps(prepared)
    assert json.dumps(prepare_for_prism(prepared)) == json.dumps(prepared)  # idempotent


@pytest.mark.parametrize("snapshot", SNAPSHOTS, ids=lambda p: "pinned" if p is None else p.stem)
def test_invariants_on_every_snapshot(snapshot) -> None:
    spec = load_spec(PINNED_SPEC if snapshot is None else snapshot)
    out = prepare_for_prism(spec)
    assert _published_keys(out) == _published_keys(spec)
    paths = list(out["paths"])
    for path, method, op in iter_operations(out):
        names = TEMPLATE.findall(path)
        declared = [p["name"] for p in op.get("parameters", []) if p["in"] == "path"]
        assert len(names) == len(set(names)), path
        assert sorted(declared) == sorted(names), (method, path)
        assert op["responses"], (method, path)
        assert not [p for p in op.get("parameters", []) if p["in"] == "header"
                    and p["name"].lower() in ("accept", "content-type", "authorization")]
        if method in ("post", "put", "patch"):
            assert "requestBody" in op, (method, path)
        for param in op.get("parameters", []):
            branches = param["schema"].get("anyOf") or param["schema"].get("oneOf") or [{}]
            if param["in"] == "query" and all(b.get("type") == "array" for b in branches):
                assert param["schema"]["type"] == "array", (method, path, param["name"])
    mixed = [i for i, p in enumerate(paths) if any("{" in s and not TEMPLATE.fullmatch(s) for s in p.split("/"))]
    assert mixed == list(range(len(paths) - len(mixed), len(paths)))


def test_fixes_on_the_pinned_spec(pinned: dict, prepared: dict) -> None:
    ops = {(p, m): op for p, m, op in iter_operations(pinned)}
    assert sum("responses" not in op for op in ops.values()) == 68
    bodyless = [k for k, op in ops.items() if k[1] in ("post", "put", "patch") and "requestBody" not in op]
    assert len(bodyless) == 22

    commit = prepared["paths"]["/api/models/{namespace}/{repo}/commit/{rev}"]["post"]
    assert commit["requestBody"] == {
        "required": False,
        "content": {"application/json": {"schema": {}}, "application/x-ndjson": {"schema": {}}},
    }
    revoke = prepared["paths"]["/api/organizations/{name}/settings/tokens/{tokenId}/revoke"]["post"]
    assert list(revoke["requestBody"]["content"]) == ["application/json"]
    assert revoke["responses"] == {"200": {"description": "OK (the published spec declares no response)"}}

    item = prepared["paths"]["/api/collections/{namespace}/{slug}/items/{itemId}"]["delete"]
    assert [p["name"] for p in item["parameters"]] == ["namespace", "slug", "itemId"]
    assert item[PUBLISHED_PATH] == "/api/collections/{namespace}/{slug}/items/{slug}"
    assert "/api/collections/{namespace}/{slug}/items/{slug}" not in prepared["paths"]

    paths = list(prepared["paths"])
    for twin in ("", "/items", "/items/batch", "/resource-group"):
        assert paths.index(f"/api/collections/{{namespace}}/{{slug}}-{{id}}{twin}") > paths.index(
            f"/api/collections/{{namespace}}/{{slug}}{twin}"
        )
    others = [p for p in pinned["paths"] if "}-{" not in p]
    assert [p for p in paths if "}-{" not in p] == [
        p.replace("/items/{slug}", "/items/{itemId}") for p in others
    ]

    resolve = prepared["paths"]["/{namespace}/{repo}/resolve/{rev}/{path}"]["get"]
    assert [p["name"] for p in resolve["parameters"] if p["in"] == "header"] == ["Range"]
    quicksearch = {p["name"]: p for p in prepared["paths"]["/api/quicksearch"]["get"]["parameters"]}
    assert quicksearch["type"]["schema"]["type"] == "array"
    assert quicksearch["type"]["schema"]["anyOf"] == {
        p["name"]: p for p in pinned["paths"]["/api/quicksearch"]["get"]["parameters"]
    }["type"]["schema"]["anyOf"]
    assert "type" not in quicksearch["repoType"]["schema"]  # a string branch: left alone


def _response_schema(spec: dict, path: str, method: str, status: str = "200") -> dict:
    return spec["paths"][path][method]["responses"][status]["content"]["application/json"]["schema"]


def test_unsatisfiable_response_schemas_become_satisfiable(pinned: dict, prepared: dict) -> None:
    path = "/api/organizations/{name}/resource-groups/{resourceGroupId}"
    before, after = _response_schema(pinned, path, "get"), _response_schema(prepared, path, "get")
    assert "repos" in before["required"] and "repos" not in before["properties"]
    assert after["properties"]["repos"] == {}

    path = "/api/blog/{slug}/comment"
    author = _response_schema(prepared, path, "post", "201")["properties"]["newMessage"]["properties"]["author"]
    assert author["unevaluatedProperties"] is False
    user = author["allOf"][0]["anyOf"][1]
    extras = author["allOf"][1]
    assert "additionalProperties" not in user and "additionalProperties" not in extras
    validator = Draft202012Validator(author)
    a_user = {"_id": "0" * 24, "avatarUrl": "a", "fullname": "f", "name": "n", "isHf": False,
              "isHfAdmin": False, "isMod": False, "type": "user", "isPro": True}
    assert not Draft202012Validator(
        _response_schema(pinned, path, "post", "201")["properties"]["newMessage"]["properties"]["author"]
    ).is_valid({**a_user, "isOwner": True})
    assert validator.is_valid({**a_user, "isOwner": True})
    assert not validator.is_valid({**a_user, "isOwner": True, "unknown": 1})
    assert not validator.is_valid({**a_user, "plan": "team"})  # an org's field on a user


def test_property_names_from_a_list_become_properties(pinned: dict, prepared: dict) -> None:
    before = _response_schema(pinned, "/api/models-tags-by-type", "get")
    after = _response_schema(prepared, "/api/models-tags-by-type", "get")
    assert "propertyNames" not in after and after["additionalProperties"] is False
    assert list(after["properties"]) == before["propertyNames"]["anyOf"][0]["enum"]
    tag = {"id": "x", "label": "X", "type": "library"}
    for instance, valid in (({"library": [tag]}, True), ({"nope": [tag]}, False), ({}, True),
                            ({"library": [{"id": 1}]}, False)):
        assert Draft202012Validator(before).is_valid(instance) is valid
        assert Draft202012Validator(after).is_valid(instance) is valid


def test_extra_paths_go_through_the_same_fixes(pinned: dict) -> None:
    spec = copy.deepcopy(pinned)
    text = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
    spec["paths"]["/api/hfhub/{a}-{b}"] = {"get": {"parameters": [
        {**text, "name": "a"}, {**text, "name": "b"}]}}
    spec["paths"]["/api/hfhub/{a}/things/{a}"] = {
        "parameters": [{**text, "name": "a"}],
        "put": {"parameters": [{**text, "name": "a"},
                               {"name": "Accept", "in": "header", "schema": {"const": "x/y"}}]},
    }
    spec["paths"]["/api/hfhub/{a}"] = {"get": {"parameters": [
        {**text, "name": "a"},
        {"name": "tags", "in": "query", "schema": {"oneOf": [
            {"type": "array", "items": {"type": "string"}}, {"type": "array", "items": {"type": "integer"}}]}},
    ]}}
    out = prepare_for_prism(spec)
    paths = list(out["paths"])
    assert paths.index("/api/hfhub/{a}-{b}") > paths.index("/api/hfhub/{a}")
    thing = out["paths"]["/api/hfhub/{a}/things/{thingId}"]["put"]
    assert [p["name"] for p in thing["parameters"]] == ["a", "thingId"]
    assert thing["requestBody"]["required"] is False
    assert list(thing["responses"]) == ["200"]
    tags = out["paths"]["/api/hfhub/{a}"]["get"]["parameters"][1]
    assert tags["schema"]["type"] == "array" and "explode" not in tags
    assert _published_keys(out) == _published_keys(spec)


def test_tagging_and_writing(pinned: dict, prepared: dict, tmp_path) -> None:
    tagged = tag_operations(prepared)
    for path, method, op in iter_operations(tagged):
        key = f"{method.upper()} {op.get(PUBLISHED_PATH, path)}"
        for response in op["responses"].values():
            assert response["headers"][OPERATION_HEADER]["example"] == key
    assert OPERATION_HEADER not in json.dumps(prepared)  # tagging copies
    written = write_prism_spec(pinned, tmp_path)
    assert written.parent == tmp_path
    assert json.loads(written.read_text()) == json.loads(json.dumps(tagged))
    untagged = write_prism_spec(pinned, tmp_path / "plain", tag=False)
    assert json.loads(untagged.read_text()) == json.loads(json.dumps(prepared))
