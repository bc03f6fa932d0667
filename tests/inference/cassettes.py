"""The recorded provider exchanges of ``shared/cassettes`` (vcrpy YAML), read in place and replayed.

:class:`Replay` is an ``httpx2`` transport handler: each request the client sends must
match the next recorded one (method, route, body) and gets the recorded answer. Hosts
are mapped: a recorded provider host is the router's ``/<provider>`` prefix, the legacy
``api-inference`` host is served as itself, CDN files keep their URLs.
"""

from __future__ import annotations

import base64
import functools
import gzip
import json
from dataclasses import dataclass, field
from typing import Any, Callable

import httpx2
import yaml
from shared_paths import SHARED

CASSETTES = SHARED / "cassettes"
ROUTER = "https://router.huggingface.co"
LEGACY = "https://api-inference.huggingface.co"
PROVIDER_HOSTS = {
    "fal.run": "fal-ai",
    "queue.fal.run": "fal-ai",
    "api.replicate.com": "replicate",
    "api.together.xyz": "together",
    "api.sambanova.ai": "sambanova",
}
# Recorded response headers that describe the recorded transfer, not the body we serve.
_TRANSFER_HEADERS = {"content-length", "transfer-encoding", "connection"}


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Safe YAML plus the two Python tags vcrpy wrote: tuples, and request bodies kept as ``BytesIO``."""


def _bytes_io(loader: yaml.Loader, node: yaml.Node) -> bytes:
    state = loader.construct_mapping(node, deep=True)["state"]
    return state[0]


_Loader.add_constructor("tag:yaml.org,2002:python/tuple", lambda loader, node: tuple(loader.construct_sequence(node)))
_Loader.add_constructor("tag:yaml.org,2002:python/object/new:_io.BytesIO", _bytes_io)


@dataclass
class Interaction:
    method: str
    uri: str
    body: bytes | None
    status: int
    headers: dict[str, str]
    content: bytes
    request_headers: dict[str, str]

    @property
    def json_body(self) -> Any:
        return json.loads(self.body) if self.body else None

    @property
    def decoded(self) -> bytes:
        """The response body as the client reads it (recorded gzip bodies unpacked)."""
        encoding = next((v for k, v in self.headers.items() if k.lower() == "content-encoding"), "")
        return gzip.decompress(self.content) if encoding == "gzip" else self.content


@functools.lru_cache(maxsize=None)
def load(name: str) -> list[Interaction]:
    data = yaml.load((CASSETTES / name).read_text(encoding="utf-8"), Loader=_Loader)
    out = []
    for item in data["interactions"]:
        request, response = item["request"], item["response"]
        body = request["body"]
        if isinstance(body, str):
            body = body.encode()
        content = response["body"]["string"]
        if isinstance(content, str):
            content = content.encode()
        headers = {k: v[-1] for k, v in response["headers"].items() if k.lower() not in _TRANSFER_HEADERS}
        sent = {k.lower(): v[-1] for k, v in request["headers"].items()}
        out.append(Interaction(request["method"], request["uri"], body, response["status"]["code"], headers, content, sent))
    return out


def all_names() -> list[str]:
    return sorted(p.name for p in CASSETTES.glob("*.yaml"))


def chains(interactions: list[Interaction]) -> list[list[Interaction]]:
    """The recording split into calls: requests until a successful POST, with the downloads after it."""
    out: list[list[Interaction]] = []
    current: list[Interaction] = []
    done = False
    for item in interactions:
        if done and item.method == "POST":
            out.append(current)
            current, done = [], False
        current.append(item)
        if item.method == "POST" and (item.status < 400 or item.status == 422):
            done = True
    out.append(current)
    return out


def recorded_route(uri: str) -> str:
    """The URL our client must use for a recorded one."""
    url = httpx2.URL(uri)
    provider = PROVIDER_HOSTS.get(url.host)
    if provider is not None:
        return f"{ROUTER}/{provider}{url.raw_path.decode()}"
    return uri


@dataclass
class Replay:
    """Serves ``chain`` in order; ``checks`` compare each request with the recorded one."""

    chain: list[Interaction]
    body_rules: Callable[[Interaction, Any], Any]
    sent: list[httpx2.Request] = field(default_factory=list)

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        if request.url.path.startswith("/api/"):
            raise AssertionError(f"unexpected Hub request {request.method} {request.url}")
        index = len(self.sent)
        assert index < len(self.chain), f"request {index + 1} not recorded: {request.method} {request.url}"
        recorded = self.chain[index]
        self.sent.append(request)
        assert request.method == recorded.method
        assert _without_query(str(request.url)) == _without_query(recorded_route(recorded.uri))
        for header in ("x-wait-for-model", "prefer"):
            assert request.headers.get(header) == recorded.request_headers.get(header), header
        if recorded.body is not None:
            assert self.body_rules(recorded, decode_body(request)) == self.body_rules(recorded, decode_recorded(recorded))
        return httpx2.Response(recorded.status, headers=recorded.headers, content=recorded.content)

    @property
    def complete(self) -> bool:
        return len(self.sent) == len(self.chain)


def _without_query(url: str) -> str:
    return str(httpx2.URL(url).copy_with(query=None))


def decode_body(request: httpx2.Request) -> Any:
    """A request body as data: JSON decoded, anything else as bytes."""
    content = request.content
    if request.headers.get("content-type", "").startswith("application/json"):
        return json.loads(content)
    return content


def decode_recorded(recorded: Interaction) -> Any:
    body = recorded.body or b""
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return body


# -- what "the same body" means --------------------------------------------------------------
# The recordings come from an older huggingface_hub. Where its bodies differ from ours
# without differing in meaning for the server, these rules map both to one form; each
# cassette names the rules it needs (see test_inference_cassettes.CASES).


def canonical(value: Any, rules: frozenset[str], model_ids: frozenset[str]) -> Any:
    """``value`` (a decoded body) in the form the rules define."""
    if isinstance(value, (bytes, bytearray)):
        return {"inputs": ("bytes", bytes(value))}
    if not isinstance(value, dict):
        return value
    value = json.loads(json.dumps(value))
    if "leaked-model" in rules:
        # The recording client put its own `model` argument into the payload.
        for holder in (value, value.get("parameters"), value.get("input")):
            if isinstance(holder, dict) and holder.get("model") in model_ids:
                del holder["model"]
    if value.get("parameters") == {}:
        del value["parameters"]  # the served APIs read an empty `parameters` as none
    if "flat-inputs" in rules and "inputs" not in value and {"image", "question"} <= set(value):
        value = {"inputs": {k: value.pop(k) for k in ("image", "question")}, **value}
    if "base64-inputs" in rules and isinstance(value.get("inputs"), str) and set(value) == {"inputs"}:
        value["inputs"] = ("bytes", base64.b64decode(value["inputs"]))
    if "data-url-type" in rules:
        value = _data_urls_as_bytes(value)
    return value


def _data_urls_as_bytes(value: Any) -> Any:
    """``data:<type>;base64,...`` as its bytes: the recording labelled FLAC audio ``audio/mpeg``."""
    if isinstance(value, dict):
        return {k: _data_urls_as_bytes(v) for k, v in value.items()}
    if isinstance(value, str) and value.startswith("data:") and ";base64," in value:
        return ("bytes", base64.b64decode(value.split(",", 1)[1]))
    return value
