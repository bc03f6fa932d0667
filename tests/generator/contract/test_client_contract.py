"""Every operation of the pinned spec, called through ``HubClient``, against Prism.

Arguments come from the spec (``values.example_for``), mapped onto the generated method's
parameters; Prism validates the request (a rejection is a 4xx, which the client raises),
its ``X-Hfhub-Operation`` header proves where it routed, and the response must parse into
the typed result with every field readable and nothing dropped.
"""

from __future__ import annotations

import itertools
import json

import httpx2
import pytest

from hfgen.normalise import normalise
from hfgen.operations import build_operations
from hfgen.schemas import Registry
from hfhub import HubClient
from hfhub_api import EventStream, Model, Paginator
from model_walk import read_everything

from .generated_methods import generated_method
from tooling.pinned import load_spec
from tooling.values import example_for

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("prism")]  # one Prism per worker

REPO_ID = "hfhub-org/demo-repo"
SPEC = load_spec()
NORMALISED = normalise(SPEC)
OPERATIONS = [op for op in build_operations(NORMALISED, Registry(NORMALISED)) if not op.addition]


def _raw(op):
    return NORMALISED["paths"][op.path][op.method.lower()]


def _segment_value(param, raw_params) -> str:
    spec_param = next((p for p in raw_params if p["in"] == "path" and p["name"] == param.wire), {})
    value = str(example_for(spec_param.get("schema", {}), root=NORMALISED)) or "x"
    if param.wire == "slug":
        value = value.replace("-", "")  # Prism routes a dashed slug to the `{slug}-{id}` twin
    return value or "x"


def arguments(op) -> dict:
    raw = _raw(op)
    params = raw.get("parameters", [])
    kwargs: dict = {}
    body_example = None
    if op.body_kind in ("fields", "whole"):
        content = raw["requestBody"]["content"]
        schema = (content.get("application/json") or next(iter(content.values())))["schema"]
        body_example = example_for(schema, root=NORMALISED)
    for p in op.params:
        if p.location == "repo_id":
            kwargs[p.name] = REPO_ID
        elif p.location == "repo_type":
            kwargs[p.name] = p.choices[0]
        elif p.location in ("file_path", "dir_path"):
            kwargs[p.name] = "README.md"
        elif p.location in ("path", "collection", "collection_slug", "collection_item"):
            kwargs[p.name] = _segment_value(p, params)
        elif p.location in ("query", "header") and p.required:
            spec_param = next(x for x in params if x["in"] == p.location and x["name"] == p.wire)
            kwargs[p.name] = example_for(spec_param.get("schema", {}), root=NORMALISED)
        elif p.location == "body" and op.body_kind == "whole":
            kwargs[p.name] = body_example
        elif p.location == "body" and isinstance(body_example, dict) and p.wire in body_example:
            kwargs[p.name] = body_example[p.wire]
    return kwargs


@pytest.fixture(scope="module")
def hub(prism_server):
    responses: list[httpx2.Response] = []
    http = httpx2.Client(timeout=30.0, trust_env=False, event_hooks={"response": [responses.append]})
    with HubClient(token="hf_test", endpoint=prism_server, http_client=http, max_retries=0) as client:
        client.responses = responses  # type: ignore[attr-defined]
        yield client
    http.close()


def _call(hub, op, kwargs):
    result = generated_method(hub, f"{op.resource}.{op.name}")(**kwargs)
    if isinstance(result, Paginator):
        return list(itertools.islice(result, 3))
    if isinstance(result, EventStream):
        with result:
            return list(itertools.islice(result, 3))
    return result


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.key)
def test_operation_is_accepted_routed_and_parsed(hub, op):
    hub.responses.clear()
    result = _call(hub, op, arguments(op))
    response = hub.responses[-1]
    assert response.headers.get("x-hfhub-operation") == op.key
    read_everything(result)
    if isinstance(result, Model):
        assert result.to_dict() == json.loads(response.content)
    elif op.kind == "binary":
        assert isinstance(result, bytes)


def test_every_published_operation_is_exercised():
    keys = {key for op in OPERATIONS for key in (op.key, *op.aliases)}  # aliases: the same request
    published = {f"{m.upper()} {p}" for p, item in SPEC["paths"].items() for m in item if m in ("get", "put", "post", "delete", "patch")}
    assert keys == published
