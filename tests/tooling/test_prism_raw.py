"""Every operation of the pinned spec, called with plain httpx2 against Prism.

Each request is built from the spec alone (`spec_requests.build_request`): path
parameters, query parameters and headers (the required ones, then all of them), a JSON body
when the operation declares one, and a bearer token. Prism must accept it, route it to the
operation it was built for, and answer with a response that the operation declares; the
body of a declared JSON 2xx response must validate against its schema.

This checks the mock set-up (the prepared spec, Prism's routing and validation) before any
generated code is involved: a failure here is in the spec preparation, not in the client.
"""

from __future__ import annotations

import json

import httpx2
import pytest

from .pinned import load_spec
from .prism_spec import OPERATION_HEADER, PUBLISHED_PATH, iter_operations, prepare_for_prism
from .spec_requests import MULTI_SEGMENT_PATH, build_request, operation_key, success_schema
from .values import validator_for

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("prism")]  # one Prism per worker

# Collected from the prepared spec: its paths are the ones Prism serves (one is renamed).
_PREPARED = prepare_for_prism(load_spec())
OPERATIONS = [
    pytest.param(path, method, id=operation_key(method, op.get(PUBLISHED_PATH, path)))
    for path, method, op in iter_operations(_PREPARED)
]


def test_every_published_operation_is_collected() -> None:
    published = {operation_key(m, p) for p, m, _ in iter_operations(load_spec())}
    assert {p.id for p in OPERATIONS} == published
    assert len(OPERATIONS) == len(published)


@pytest.mark.parametrize("full", [False, True], ids=["required", "all-params"])
@pytest.mark.parametrize(("path", "method"), OPERATIONS)
def test_prism_accepts_spec_built_request(
    prism_client: httpx2.Client, served_spec: dict, path: str, method: str, full: bool
) -> None:
    op = served_spec["paths"][path][method]
    request = build_request(
        served_spec, path, method, full=full, path_overrides={"path": MULTI_SEGMENT_PATH}
    )
    response = prism_client.request(
        method.upper(), request.url_path, params=request.params,
        headers=request.headers, content=request.content(),
    )
    context = _describe(request, response)

    assert response.status_code < 400, f"Prism refused the request\n{context}"
    assert not _violations(response, "request"), f"Prism reports request violations\n{context}"
    assert str(response.status_code) in op["responses"], f"undeclared status\n{context}"
    expected = operation_key(method, op.get(PUBLISHED_PATH, path))
    assert response.headers.get(OPERATION_HEADER) == expected, f"routed elsewhere\n{context}"

    # Prism validates its own response too; a violation means the served spec is unsatisfiable.
    assert not _violations(response, "response"), f"Prism's response breaks the spec\n{context}"

    declared = success_schema(op)
    # A 204 has no body (HTTP), though the spec gives seven of them a JSON schema.
    if declared is not None and declared[0] == str(response.status_code) != "204":
        errors = sorted(
            validator_for(declared[1], root=served_spec).iter_errors(response.json()),
            key=lambda e: str(list(e.absolute_path)),
        )
        assert not errors, "response does not match its schema:\n" + "\n".join(
            f"  at {list(e.absolute_path)}: {e.message[:200]}" for e in errors[:5]
        )


def test_multi_segment_path_reaches_prism_only_percent_encoded(prism_client: httpx2.Client) -> None:
    """Prism splits the URL on `/` before decoding: a `{path}` spanning segments is a 404."""
    url = "/api/models/hfhub/hfhub/tree/main"
    routed = prism_client.get(f"{url}/folder%2Ffile.txt", headers={"Authorization": "Bearer hf_test"})
    assert routed.status_code == 200
    assert routed.headers[OPERATION_HEADER] == "GET /api/models/{namespace}/{repo}/tree/{rev}/{path}"
    literal = prism_client.get(f"{url}/folder/file.txt", headers={"Authorization": "Bearer hf_test"})
    assert literal.status_code == 404
    assert literal.json()["type"].endswith("NO_PATH_MATCHED_ERROR")


def test_prism_rejects_invalid_requests(prism_client: httpx2.Client) -> None:
    """The mock is worth testing against only if it refuses what the Hub would refuse."""
    headers = {"Authorization": "Bearer hf_test"}
    no_token = prism_client.get("/api/models/hfhub/hfhub/commits/main")
    assert no_token.status_code == 401
    bad_enum = prism_client.get("/api/notifications", params={"readStatus": "nope"}, headers=headers)
    assert bad_enum.status_code == 422
    assert bad_enum.json()["type"].endswith("UNPROCESSABLE_ENTITY")
    # Prism matches query names case-insensitively and reports them lower-cased.
    assert [v["location"] for v in bad_enum.json()["validation"]] == [["query", "readstatus"]]
    bad_body = prism_client.post(
        "/api/settings/webhooks", json={"watched": "not-a-list"}, headers=headers
    )
    assert bad_body.status_code == 422
    assert ["body", "watched"] in [v["location"] for v in bad_body.json()["validation"]]
    wrong_method = prism_client.request("TRACE", "/api/notifications", headers=headers)
    assert wrong_method.status_code == 405


def _violations(response: httpx2.Response, side: str) -> list[dict]:
    """Errors Prism lists in `sl-violations` for the request or the response."""
    raw = response.headers.get("sl-violations")
    if not raw:
        return []
    try:
        listed = json.loads(raw)
    except json.JSONDecodeError:  # "Too many violations! [..." cut at 8 kB
        marker = f'"location":["{side}"'
        return [{"location": [side], "message": raw[:300]}] if marker in raw else []
    return [
        v for v in listed
        if v.get("location", [None])[0] == side and v.get("severity") == "Error"
    ]


def _describe(request, response: httpx2.Response) -> str:
    return (
        f"  {request.method.upper()} {response.request.url}\n"
        f"  headers: {request.headers}\n"
        f"  body: {json.dumps(request.json_body)[:300] if request.has_body else '-'}\n"
        f"  -> {response.status_code} {response.headers.get('content-type')}\n"
        f"  sl-violations: {response.headers.get('sl-violations', '-')[:600]}\n"
        f"  {response.text[:600]}"
    )
