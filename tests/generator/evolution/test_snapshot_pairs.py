"""spec_diff on every consecutive pair of published snapshots, against sets computed here."""

from __future__ import annotations

import json

import pytest

from .snapshots import PAIRS, pair_diff, pinned_name_maps, snapshot

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
TEXT = {"description", "summary", "title", "examples", "example", "$comment", "externalDocs"}
NAME_MAPS = {"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"}


def _pointer(document: dict, ref: str):
    node = document
    for part in ref[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def _plain(node, document: dict, seen=(), in_map=False):
    """References inlined, text keywords dropped (but not properties named like them)."""
    if isinstance(node, list):
        return [_plain(x, document, seen) for x in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/") and ref not in seen:
        return _plain(_pointer(document, ref), document, seen + (ref,))
    return {k: _plain(v, document, seen, k in NAME_MAPS and not in_map)
            for k, v in node.items() if in_map or k not in TEXT}


def _operations(document: dict) -> dict[str, str]:
    """(METHOD path) -> canonical JSON of the operation."""
    return {
        f"{method.upper()} {path}": json.dumps(_plain(op, document), sort_keys=True)
        for path, item in document["paths"].items()
        for method, op in item.items()
        if method in METHODS
    }


def _independent(index: int) -> tuple[set, set, set]:
    old, new = _operations(snapshot(index)), _operations(snapshot(index + 1))
    changed = {k for k in set(old) & set(new) if old[k] != new[k]}
    return set(new) - set(old), set(old) - set(new), changed


@pytest.mark.parametrize("index", [i for i, _ in PAIRS], ids=[name for _, name in PAIRS])
def test_added_removed_changed_match_a_plain_comparison(index):
    added, removed, changed = _independent(index)
    diff = pair_diff(index)
    assert {e["operation"] for e in diff["added"]} == added
    assert {e["operation"] for e in diff["removed"]} == removed
    assert {e["operation"] for e in diff["changed"]} == changed
    # The snapshots really move: every pair has changed operations and one adds some.
    assert changed


@pytest.mark.parametrize("index", [i for i, _ in PAIRS], ids=[name for _, name in PAIRS])
def test_diff_shape_names_and_order(index):
    diff = pair_diff(index)
    maps = pinned_name_maps()
    assert list(diff) == ["added", "removed", "changed"]
    for entry in diff["added"]:
        assert set(entry) == {"operation", "python_name"}
        assert entry["python_name"] == maps[index + 1][entry["operation"]]
    for entry in diff["removed"]:
        assert set(entry) == {"operation", "python_name"}
        assert entry["python_name"] == maps[index][entry["operation"]]
    for entry in diff["changed"]:
        assert list(entry) == ["operation", "python_name", "breaking", "changes"]
        assert entry["changes"], entry["operation"]
        assert entry["breaking"] is any(c["breaking"] for c in entry["changes"])
        for c in entry["changes"]:
            assert list(c) == ["kind", "where", "detail", "breaking"]
            assert isinstance(c["breaking"], bool) and c["kind"] and c["where"]
        keys = [(c["where"], c["kind"], c["detail"]) for c in entry["changes"]]
        assert keys == sorted(keys)
        # Names are pinned: no operation of the history is renamed. And every real change of
        # the history is understood, none left to the catch-all.
        assert {"python_name_changed", "other"}.isdisjoint(c["kind"] for c in entry["changes"])
    for section in ("added", "removed", "changed"):
        ops = [e["operation"] for e in diff[section]]
        order = [(op.split(" ", 1)[1], METHODS.index(op.split(" ", 1)[0].lower())) for op in ops]
        assert order == sorted(order) and len(set(ops)) == len(ops)


def _change(index: int, operation: str, where: str, kind: str) -> dict:
    entry = next(e for e in pair_diff(index)["changed"] if e["operation"] == operation)
    return next(c for c in entry["changes"] if c["where"] == where and c["kind"] == kind)


def test_known_changes_of_the_history_are_classed():
    # 03-24 -> 05-04: an operation removed; an enum widened to "enum or any string".
    assert {"operation": "POST /api/discussions/mark-as-read",
            "python_name": pinned_name_maps()[0]["POST /api/discussions/mark-as-read"]} in pair_diff(0)["removed"]
    assert not _change(0, "GET /api/jobs/{namespace}/count", "query.stage", "parameter_type_changed")["breaking"]
    assert not _change(0, "GET /api/kernels/{namespace}/{repo}", "response.200.authorData.primaryOrg.userRole",
                       "enum_opened")["breaking"]
    assert _change(0, "POST /api/repos/create", "body.storageTier", "body_field_removed")["breaking"]
    # 05-04 -> 06-25: fields renamed in a request body and its response.
    ns = "PATCH /api/organizations/{name}/settings/network-security"
    assert _change(1, ns, "body.blockedUrls", "body_field_removed")["breaking"]
    assert not _change(1, ns, "body.blockedContents", "body_field_added")["breaking"]
    assert _change(1, ns, "response.200.blockedUrls", "response_field_removed")["breaking"]
    # 06-25 -> 08-01: deprecated response fields dropped, a body field made required.
    assert _change(2, "GET /api/whoami-v2", "response.200.orgs[].missingMFA", "response_field_removed")["breaking"]
    assert _change(2, "POST /api/settings/papers/claim", "body.claimAuthorId", "body_field_required")["breaking"]
    services = "GET /api/agentic/provisioning/services"
    assert _change(2, services, "response.200.data[].allowed_updates[]", "response_field_type_changed")["breaking"]
    # 08-01 -> pinned: "enum or any string" closed again: breaking in requests only.
    role = "PUT /api/organizations/{name}/members/{username}/role"
    assert _change(3, role, "body.role", "enum_closed")["breaking"]
    assert not _change(3, "GET /api/whoami-v2", "response.200.orgs[].roleInOrg", "enum_closed")["breaking"]
    batch = "POST /api/models/{namespace}/{repo}/user-access-request/batch"
    assert _change(3, batch, "body.status", "enum_values_added")["detail"] == '"pending"'


def test_volatile_defaults_are_reported_but_not_breaking():
    # The published document carries generation-time defaults (dates, a random name).
    change = _change(3, "POST /api/agentic/provisioning/resources", "body.configuration.name", "default_changed")
    assert change["breaking"] is False and change["detail"].count("→") == 1
