"""Build one valid HTTP request per spec operation, straight from the spec (no client).

The raw Prism test sends these with plain httpx2; the generated-client contract tests can
use the same values as arguments, so that both speak about the same request.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from .values import example_for

__all__ = ["BEARER", "MULTI_SEGMENT_PATH", "SampleRequest", "build_request", "operation_key", "success_schema"]

BEARER = "Bearer hf_test"
# A `{path}` value with several segments, to check that it survives the trip as `%2F`.
MULTI_SEGMENT_PATH = "folder/file.txt"
_TEMPLATE = re.compile(r"\{([^{}]+)\}")


def operation_key(method: str, path: str) -> str:
    """How an operation is named in test ids and in the `X-Hfhub-Operation` mock header."""
    return f"{method.upper()} {path}"


@dataclass
class SampleRequest:
    method: str
    spec_path: str
    url_path: str
    params: list[tuple[str, str]] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    json_body: Any = None
    has_body: bool = False

    def content(self) -> bytes | None:
        return json.dumps(self.json_body).encode() if self.has_body else None


def build_request(
    spec: dict,
    spec_path: str,
    method: str,
    *,
    seed: int = 0,
    full: bool = False,
    path_overrides: dict[str, str] | None = None,
) -> SampleRequest:
    """A request for one operation: every path parameter, required query parameters and
    headers (all of them with `full=True`), the JSON body when the operation declares one,
    and the bearer token of the spec's global security."""
    item = spec["paths"][spec_path]
    op = item[method]
    params = _parameters(item, op)
    values: dict[str, str] = {}
    request = SampleRequest(method=method, spec_path=spec_path, url_path=spec_path)
    for param in params:
        location, name, schema = param["in"], param["name"], param.get("schema", {})
        if location == "path":
            value = (path_overrides or {}).get(name)
            values[name] = value if value is not None else _text(example_for(schema, seed=seed, root=spec))
        elif param.get("required") or full:
            value = example_for(schema, seed=seed, root=spec, full=full)
            if location == "query":
                request.params.extend(_query_pairs(name, value))
            elif location == "header":
                request.headers[name] = _text(value)
    request.url_path = _TEMPLATE.sub(lambda m: quote(values[m.group(1)], safe=""), spec_path)
    if _needs_auth(spec, op):
        request.headers.setdefault("Authorization", BEARER)
    content = (op.get("requestBody") or {}).get("content") or {}
    if "application/json" in content:
        body_schema = content["application/json"].get("schema", {})
        request.json_body = example_for(body_schema, seed=seed, root=spec, full=full)
        request.has_body = True
        request.headers["Content-Type"] = "application/json"
    return request


def success_schema(op: dict) -> tuple[str, dict] | None:
    """`(status, JSON schema)` of the lowest 2xx response that declares a JSON body."""
    for status in sorted(op.get("responses", {})):
        if not status.startswith("2"):
            continue
        content = (op["responses"][status] or {}).get("content") or {}
        if "application/json" in content and "schema" in content["application/json"]:
            return status, content["application/json"]["schema"]
        return None
    return None


def _parameters(item: dict, op: dict) -> list[dict]:
    """Path-item parameters, overridden by the operation's own (same `in` and `name`)."""
    merged: dict[tuple[str, str], dict] = {}
    for param in [*item.get("parameters", []), *op.get("parameters", [])]:
        if isinstance(param, dict) and "in" in param and "name" in param:
            merged[(param["in"], param["name"])] = param
    return list(merged.values())


def _needs_auth(spec: dict, op: dict) -> bool:
    security = op.get("security", spec.get("security", []))
    return bool(security) and all(req for req in security)


def _query_pairs(name: str, value: Any) -> list[tuple[str, str]]:
    """OpenAPI's default query style: form, exploded (`a=1&a=2`)."""
    if isinstance(value, list):
        return [(name, _text(v)) for v in value]
    if isinstance(value, dict):
        return [(k, _text(v)) for k, v in value.items()]
    return [(name, _text(value))]


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (dict, list)):
        return json.dumps(value)
    return str(value)
