"""The sans-I/O half of every operation: a description of one HTTP request and how to read its answer.

Generated request builders return a :class:`Request`; clients only decide how to send it.
Path values are checked and percent-encoded here, before anything leaves the process.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Generic, Mapping, TypeAlias, TypedDict, TypeVar, Union
from urllib.parse import quote

from ._types import UNSET, Converter, converter, to_json

if TYPE_CHECKING:
    import httpx2

__all__ = [
    "Request",
    "RequestOptions",
    "Timeout",
    "with_options",
    "check_headers",
    "merge_headers",
    "repo_segments",
    "segment",
    "collection_item_segments",
    "collection_segments",
    "file_path",
    "dir_path",
    "repo_type_segment",
    "fields",
    "query",
    "IDEMPOTENT_METHODS",
]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})

# Response kinds: how the body of a successful answer is read.
JSON, BINARY, EMPTY, SSE = "json", "binary", "empty", "sse"

T = TypeVar("T")


class Request(Generic[T]):
    """One HTTP request to the API, plus how to turn its response into a typed result ``T``.

    ``kind`` is ``"json"`` (decode, then ``convert``), ``"binary"`` (the raw bytes),
    ``"empty"`` (``None``) or ``"sse"`` (an iterator of server-sent events).
    ``paginated`` requests are answered by a paginator that follows ``Link: rel="next"``
    and applies ``convert`` to each item of each page (``T`` is then the item's type).
    """

    __slots__ = ("method", "path", "params", "json", "content", "headers", "kind", "convert", "paginated", "operation", "timeout")

    def __init__(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        json: Any = UNSET,
        content: bytes | None = None,
        headers: dict[str, str] | None = None,
        kind: str = JSON,
        convert: Converter[T] | type[T] | None = None,
        paginated: bool = False,
        operation: str = "",
    ) -> None:
        self.method = method
        self.path = path
        self.params = params
        self.json = json
        self.content = content
        self.headers = headers
        self.kind = kind
        self.convert: Converter[T] | None = converter(convert) if convert is not None else None
        self.paginated = paginated
        self.operation = operation
        self.timeout: Any = UNSET  # this call's timeout (seconds, an httpx2.Timeout, None); UNSET: the client's

    @property
    def idempotent(self) -> bool:
        return self.method in IDEMPOTENT_METHODS

    def send_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for ``httpx2.Client.build_request`` (URL relative to the base)."""
        kwargs: dict[str, Any] = {"params": self.params, "headers": self.headers}
        if self.json is not UNSET:
            kwargs["json"] = to_json(self.json)
        elif self.content is not None:
            kwargs["content"] = self.content
        return kwargs

    def __repr__(self) -> str:
        return f"<Request {self.method} {self.path}>"


Timeout: TypeAlias = Union[float, "httpx2.Timeout", None]


class RequestOptions(TypedDict, total=False):
    """What every operation accepts besides its own parameters (see :func:`with_options`)."""

    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    timeout: Timeout


R = TypeVar("R", bound="Request[Any]")


def with_options(
    request: R,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Any = UNSET,
) -> R:
    """``request`` with the caller's additions: headers, query parameters, JSON body fields, a timeout.

    Additions win over what the operation sets. ``extra_query`` and ``extra_body`` reach the
    first request of a paginated listing (later pages follow the server's ``Link``);
    ``extra_headers`` and ``timeout`` reach every page. Bad headers are refused here, before sending.
    """
    if extra_headers is None and extra_query is None and extra_body is None and timeout is UNSET:
        return request
    if extra_headers is not None:
        request.headers = {**(request.headers or {}), **check_headers(extra_headers)}
    if extra_query is not None:
        request.params = {**(request.params or {}), **(query(dict(extra_query)) or {})} or None
    if extra_body is not None:
        if not isinstance(extra_body, Mapping):
            raise TypeError(f"extra_body must be a mapping of JSON fields, not {type(extra_body).__name__}")
        if request.content is not None:
            raise ValueError(f"extra_body cannot be added to {request.method} {request.path}: its body is not JSON")
        body = to_json(request.json)
        if body is UNSET:
            request.json = dict(extra_body)
        elif isinstance(body, dict):
            request.json = {**body, **extra_body}
        else:
            raise ValueError(f"extra_body cannot be added to {request.method} {request.path}: its JSON body is not an object")
    if timeout is not UNSET:
        if timeout is not None and not _is_timeout(timeout):
            raise TypeError(f"timeout must be seconds, an httpx2.Timeout or None, not {type(timeout).__name__}")
        request.timeout = timeout
    return request


def _is_timeout(value: Any) -> bool:
    import httpx2

    if isinstance(value, bool):
        return False
    return value >= 0 if isinstance(value, (int, float)) else isinstance(value, httpx2.Timeout)


def check_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """``headers`` as a dict, or a ``ValueError`` naming the first header that cannot be sent."""
    from ._client_base import header_problem  # one rule for every header; imported late: that module imports this one

    if not isinstance(headers, Mapping):
        raise TypeError(f"headers must be a mapping of names to values, not {type(headers).__name__}")
    out: dict[str, str] = {}
    for name, value in headers.items():
        problem = header_problem(name, value)
        if problem:
            raise ValueError(problem)
        out[name] = value
    return out


def merge_headers(base: Mapping[str, str], changes: Mapping[str, str]) -> dict[str, str]:
    """``base`` updated by ``changes``; a name in ``changes`` replaces that name in any case."""
    replaced = {name.lower() for name in changes}
    merged = {name: value for name, value in base.items() if name.lower() not in replaced}
    merged.update(changes)
    return merged


_NAME_RE = re.compile(r"[A-Za-z0-9_.\-]{1,96}")
_REPO_TYPE_ALIASES = {
    "model": "models",
    "dataset": "datasets",
    "space": "spaces",
    "kernel": "kernels",
    "bucket": "buckets",
}


def _check_name(part: str, what: str, repo_id: str) -> None:
    if not _NAME_RE.fullmatch(part):
        raise ValueError(
            f"invalid repo_id {repo_id!r}: the {what} must be 1-96 characters among letters, digits, '-', '_' and '.'"
        )
    if "--" in part or ".." in part:
        raise ValueError(f"invalid repo_id {repo_id!r}: '--' and '..' are not allowed")
    if part[0] in "-." or part[-1] in "-.":
        raise ValueError(f"invalid repo_id {repo_id!r}: a name cannot start or end with '-' or '.'")


# Models and datasets from before namespaces keep a one-part id the Hub still answers to (gpt2, squad).
_LEGACY_KINDS = frozenset({"models", "datasets"})


def repo_segments(repo_id: Any, kind: str | None = None) -> str:
    """``"namespace/name"`` checked against the Hub's rules, as two encoded path segments.

    A one-part legacy id (``"gpt2"``, ``"bert-base-uncased"``, ``"squad"``) is accepted for the
    ``kind`` of repository that has them: models and datasets.
    """
    if not isinstance(repo_id, str):
        raise TypeError(f"repo_id must be a str like 'namespace/name', not {type(repo_id).__name__}")
    namespace, sep, name = repo_id.partition("/")
    if not sep and _REPO_TYPE_ALIASES.get(kind or "", kind) in _LEGACY_KINDS:
        _check_name(repo_id, "name", repo_id)
        return repo_id
    if not sep or not namespace or not name:
        raise ValueError(f"invalid repo_id {repo_id!r}: expected 'namespace/name'")
    _check_name(namespace, "namespace", repo_id)
    _check_name(name, "name", repo_id)
    if name.endswith(".git"):
        raise ValueError(f"invalid repo_id {repo_id!r}: a name cannot end with '.git'")
    return f"{namespace}/{name}"


def collection_segments(namespace: Any, slug: Any) -> str:
    """A collection's two path segments: ``namespace`` and ``slug``, or both from ``namespace`` given as
    ``"namespace/slug-id"`` (huggingface_hub's ``collection_slug``) and ``slug`` left ``None``."""
    if slug is None:
        owner, sep, slug = str(namespace).partition("/")
        if not sep or "/" in slug:
            raise ValueError(f"invalid collection {namespace!r}: expected 'namespace/slug-id', or the namespace and the slug apart")
        namespace = owner
    return f"{segment(namespace, 'namespace')}/{segment(slug, 'slug')}"


def collection_item_segments(namespace: Any, slug: Any, item_id: Any, route: str) -> str:
    """``namespace/slug/<route>/item_id``: from the collection's two segments and the item id, or from
    huggingface_hub's ``(collection_slug, item_object_id)`` as ``namespace`` and ``slug``, ``item_id`` left ``None``."""
    if item_id is None:
        if slug is None:
            raise ValueError("item_id is required")
        slug, item_id = None, slug
    return f"{collection_segments(namespace, slug)}/{route}/{segment(item_id, 'item_id')}"


def segment(value: Any, name: str) -> str:
    """One path segment: non-empty, every reserved character percent-encoded."""
    if value is None or value is UNSET:
        raise ValueError(f"{name} is required")
    if isinstance(value, bool):
        value = "true" if value else "false"
    text = str(value)
    if not text:
        raise ValueError(f"{name} must not be empty")
    if text in (".", ".."):
        raise ValueError(f"{name} must not be {text!r}")
    return quote(text, safe="")


def file_path(value: Any, name: str) -> str:
    """A path inside a repository: keeps its ``/``, refuses ``..``, ``.`` and empty segments."""
    if not isinstance(value, str) or not value:
        raise ValueError(f"{name} must be a non-empty str")
    parts = value.split("/")
    for part in parts:
        if part in ("", ".", ".."):
            raise ValueError(f"invalid {name} {value!r}: empty, '.' and '..' segments are not allowed")
    return "/".join(quote(p, safe="") for p in parts)


def dir_path(value: Any, name: str) -> str:
    """A folder inside a repository as the end of a path: ``""`` for the root, else ``"/"`` and the folder."""
    if value is None or value is UNSET:
        return ""
    if not isinstance(value, str):
        raise ValueError(f"{name} must be a str")
    folder = value.strip("/")
    return "/" + file_path(folder, name) if folder else ""


def repo_type_segment(value: str, allowed: tuple[str, ...]) -> str:
    """``repo_type`` in the plural form of the URL; the singular (``"model"``) is accepted too."""
    plural = _REPO_TYPE_ALIASES.get(value, value)
    if plural not in allowed:
        choices = ", ".join(repr(a) for a in allowed)
        raise ValueError(f"invalid repo_type {value!r}: expected one of {choices}")
    return plural


def fields(body: dict[str, Any]) -> dict[str, Any]:
    """A JSON body without the fields left ``UNSET`` (``None`` is sent as ``null``)."""
    return {k: v for k, v in body.items() if v is not UNSET}


def query(params: dict[str, Any]) -> dict[str, Any] | None:
    """Query parameters without the ones left ``UNSET`` or ``None``; booleans as the Hub spells them."""
    out: dict[str, Any] = {}
    for key, value in params.items():
        if value is UNSET or value is None:
            continue
        if value is True:
            value = "true"
        elif value is False:
            value = "false"
        out[key] = value
    return out or None  # httpx2 re-parses the URL for any params given
