"""The request builder: one complete, well-formed request per operation, from the spec alone."""

from __future__ import annotations

import re

from .pinned import PINNED_SPEC, load_spec
from .prism_spec import iter_operations, prepare_for_prism
from .spec_requests import BEARER, MULTI_SEGMENT_PATH, build_request, success_schema

SERVED = prepare_for_prism(load_spec(PINNED_SPEC))


def test_every_operation_gets_a_complete_request() -> None:
    built = 0
    for path, method, op in iter_operations(SERVED):
        request = build_request(SERVED, path, method, path_overrides={"path": MULTI_SEGMENT_PATH})
        assert "{" not in request.url_path and request.url_path.count("/") == path.count("/"), path
        assert request.has_body == ("application/json" in (op.get("requestBody") or {}).get("content", {}))
        required = {p["name"] for p in op.get("parameters", []) if p["in"] == "query" and p.get("required")}
        assert required <= {name for name, _value in request.params}, path
        built += 1
    assert built == 314


def test_path_values_are_percent_encoded_and_auth_follows_security() -> None:
    tree = build_request(SERVED, "/api/models/{namespace}/{repo}/tree/{rev}/{path}", "get",
                         path_overrides={"path": MULTI_SEGMENT_PATH})
    assert tree.url_path == "/api/models/hfhub/hfhub/tree/hfhub/folder%2Ffile.txt"
    assert tree.headers["Authorization"] == BEARER
    revoke = build_request(SERVED, "/api/credentials/revoke", "post")  # `security: []`
    assert "Authorization" not in revoke.headers
    assert revoke.json_body == {"credentials": ["hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"]}


def test_query_arrays_are_exploded_and_scalars_are_text() -> None:
    request = build_request(SERVED, "/api/quicksearch", "get", full=True)
    names = [name for name, _value in request.params]
    assert names.count("type") == 1 and ("includeInvitees", "false") in request.params
    usage = build_request(SERVED, "/api/organizations/{name}/billing/usage-v2", "get")
    assert all(re.fullmatch(r"\d+", value) for name, value in usage.params if name in ("startDate", "endDate"))


def test_success_schema_is_the_lowest_declared_2xx_json() -> None:
    commits = SERVED["paths"]["/api/models/{namespace}/{repo}/commits/{rev}"]["get"]
    status, schema = success_schema(commits)
    assert status == "200" and schema["type"] == "array"
    assert success_schema({"responses": {"200": {"description": "OK"}}}) is None
