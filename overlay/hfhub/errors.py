"""Every failure of an hfhub call, in one hierarchy: ``except hfhub.errors.HubError`` catches them all.

An answered request raises a class chosen by its status (``NotFoundError`` for 404...),
refined by the Hub's ``X-Error-Code`` header (``RepoNotFound``, ``RevisionNotFound``,
``EntryNotFound``, ``GatedRepo``). The refined error keeps the class of its status too: the
Hub answers ``401`` for a repository that is missing *or* private when no token is sent, so
that error is both a ``RepositoryNotFoundError`` and an ``AuthenticationError``.

Credentials never appear in an error: not in its message, not on the request it keeps, and
not on the httpx2 exception chained as its cause (``Authorization``, ``Proxy-Authorization``
and ``Cookie`` are replaced by ``[redacted]``).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote

import httpx2
from hfhub_api import _errors as _runtime
from hfhub_api._errors import APIError, request_id_of, server_message_of

from hfhub_api._retry import server_delay

__all__ = [
    "HubError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "RepositoryNotFoundError",
    "RevisionNotFoundError",
    "EntryNotFoundError",
    "GatedRepoError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "ServerError",
    "APIConnectionError",
    "APITimeoutError",
    "InvalidRequestError",
    "InvalidResponseError",
    "PaginationError",
    "OfflineModeError",
    "InferenceTimeoutError",
    "InferenceStreamError",
    "LocalEntryNotFoundError",
    "IntegrityError",
    "UnsafeNameError",
    "XetTokenError",
    "XetStorageError",
    "error_class",
    "error_for_response",
    "error_for_transport",
    "error_of_kind",
]

REDACTED = "[redacted]"
_SENSITIVE_HEADERS = ("authorization", "proxy-authorization", "cookie")


class HubError(APIError):
    """A call failed. ``status_code`` is ``None`` when no response was received.

    Also carries ``server_message``, ``request_id``, ``url`` (without query), ``error_code``
    (the Hub's ``X-Error-Code``), ``response`` and ``request`` (credentials redacted).
    """

    error_code: str | None = None

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        server_message: str | None = None,
        request_id: str | None = None,
        url: str | None = None,
        response: httpx2.Response | None = None,
        request: httpx2.Request | None = None,
        error_code: str | None = None,
    ) -> None:
        super().__init__(
            message,
            status_code=status_code,
            server_message=server_message,
            request_id=request_id,
            url=url,
            response=response,
        )
        self.request = request
        self.error_code = error_code

    def __reduce__(self) -> Any:
        combined = type(self).__dict__.get("_combines")
        if combined is None:
            return super().__reduce__()
        return (_restore, (*combined, self.args), self.__dict__)


class BadRequestError(HubError):
    """400: the server refused the request as malformed."""


class AuthenticationError(HubError):
    """401: no token, an invalid token, or (from the Hub) a private repository seen anonymously."""


class PermissionDeniedError(HubError):
    """403: the token is valid but lacks the permission."""


class NotFoundError(HubError):
    """404, or a not-found ``X-Error-Code`` with another status."""


class RepositoryNotFoundError(NotFoundError):
    """The repository does not exist, or is private and the token cannot see it."""


class RevisionNotFoundError(NotFoundError):
    """The branch, tag or commit does not exist in the repository."""


class EntryNotFoundError(NotFoundError):
    """The file or folder does not exist at that revision."""


class GatedRepoError(HubError):
    """The repository is gated: log in (401) or request and wait for access (403)."""


class ConflictError(HubError):
    """409: the resource already exists or changed meanwhile."""


class UnprocessableEntityError(HubError):
    """422: the request is well-formed but its values were refused."""


class RateLimitError(HubError):
    """429. ``retry_after``: seconds the server asked to wait, ``None`` if it did not say."""

    retry_after: float | None = None


class ServerError(HubError):
    """5xx: the server failed."""


class APIConnectionError(HubError):
    """No response: the connection could not be made, or broke before the answer was complete."""


class APITimeoutError(APIConnectionError):
    """No response in time (connect, read, write or connection-pool timeout)."""


class InvalidRequestError(HubError, _runtime.InvalidRequestError):
    """Nothing was sent: the URL or a header cannot be carried by HTTP (also a ``ValueError``)."""


class InvalidResponseError(HubError, _runtime.InvalidResponseError, ValueError):
    """The server answered, but the answer cannot be used: malformed JSON with a 2xx, a body that
    cannot be decoded (broken gzip), redirects that never end, a ``Link`` that is not a URL, an
    inference answer of another shape than the task's. Also a ``ValueError``, as huggingface_hub
    raises for an answer it cannot parse."""


class PaginationError(HubError, _runtime.PaginationError):
    """A listing did not end: a page linked back to a page already read, or ``max_pages`` was reached."""


# The runtime's error kinds (raised through ``client._error``) and their class here.
_BY_KIND: dict[type[APIError], type[HubError]] = {
    _runtime.InvalidRequestError: InvalidRequestError,
    _runtime.InvalidResponseError: InvalidResponseError,
    _runtime.PaginationError: PaginationError,
}

class OfflineModeError(HubError):
    """``HF_HUB_OFFLINE`` is set: the client sends nothing, and said so before trying."""


# Failures of file transfers (``hfhub.files`` re-exports them).
class LocalEntryNotFoundError(EntryNotFoundError, FileNotFoundError):
    """Offline (``local_files_only`` or ``HF_HUB_OFFLINE``) and the file is not in the cache."""


class IntegrityError(HubError):
    """A downloaded body does not match the size or hash the Hub announced; nothing was placed."""


class UnsafeNameError(HubError, ValueError):
    """A name that would not stay inside its folder (``..``, an absolute path, a link out, a bad hash).

    ``name`` is the value refused and ``source`` where it came from (a tree listing, a header, an
    argument); nothing was written. Also a ``ValueError``, as a bad argument is.
    """

    def __init__(self, message: str, *, name: object = None, source: str = "") -> None:
        super().__init__(message)
        self.name = name
        self.source = source


_BY_STATUS: dict[int, type[HubError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}
_BY_ERROR_CODE: dict[str, type[HubError]] = {
    "RepoNotFound": RepositoryNotFoundError,
    "RevisionNotFound": RevisionNotFoundError,
    "EntryNotFound": EntryNotFoundError,
    "GatedRepo": GatedRepoError,
}
_COMBINED: dict[tuple[type[HubError], type[HubError]], type[HubError]] = {}


def _with_status(code_class: type[HubError], status_class: type[HubError]) -> type[HubError]:
    """``code_class`` made a subclass of ``status_class`` too, so both ``except`` clauses match."""
    if issubclass(code_class, status_class):
        return code_class
    key = (code_class, status_class)
    cls = _COMBINED.get(key)
    if cls is None:
        namespace = {
            "__module__": __name__,
            "__qualname__": code_class.__qualname__,
            "__doc__": code_class.__doc__,
            "_combines": key,
        }
        cls = _COMBINED.setdefault(key, type(code_class.__name__, key, namespace))
    return cls


def _restore(code_class: type[HubError], status_class: type[HubError], args: tuple[Any, ...]) -> HubError:
    return _with_status(code_class, status_class)(*args)


def error_class(status_code: int, error_code: str | None = None) -> type[HubError]:
    """The class ``error_for_response`` raises for this status and ``X-Error-Code``."""
    status_class = _BY_STATUS.get(status_code) or (ServerError if status_code >= 500 else HubError)
    code_class = _BY_ERROR_CODE.get(error_code) if error_code else None
    return status_class if code_class is None else _with_status(code_class, status_class)


def error_for_response(response: httpx2.Response) -> HubError:
    """The error for an answered request with a 4xx or 5xx status (its body already read)."""
    request = response.request
    secrets = _redact_response(response)
    status = response.status_code
    error_code = response.headers.get("x-error-code") or None
    server_message = server_message_of(response)
    if server_message and secrets:
        server_message = _scrub(server_message, secrets)
    request_id = request_id_of(response)
    url = public_url(request.url)
    text = f"{status} {response.reason_phrase}".rstrip() + f" for {request.method} {url}"
    if server_message:
        text += f": {server_message}"
    if request_id:
        text += f" (request id {request_id})"
    cls = error_class(status, error_code)
    text = _explained(cls, request, status) + text
    error = cls(
        text,
        status_code=status,
        server_message=server_message,
        request_id=request_id,
        url=url,
        response=response,
        request=request,
        error_code=error_code,
    )
    if isinstance(error, RateLimitError):
        error.retry_after = server_delay(response.headers, rate_limited=True)
    return error


# Where a repository, its revision and a file sit in the URLs of the Hub's API and of its files.
_API_PATH = re.compile(r"^/api/(?P<type>models|datasets|spaces)/(?P<repo>[^/]+/[^/]+)(?:/(?:resolve|tree|paths-info|revision)/(?P<revision>[^/]+)(?:/(?P<path>.+))?)?")
_FILE_PATH = re.compile(r"^/(?:(?P<type>datasets|spaces)/)?(?P<repo>[^/]+/[^/]+)/resolve/(?P<revision>[^/]+)/(?P<path>.+)$")


def _explained(cls: type[HubError], request: httpx2.Request, status: int) -> str:
    """What a refused repository, revision or file was, and what to do, as huggingface_hub says it; "" otherwise."""
    place = _API_PATH.match(request.url.path) or _FILE_PATH.match(request.url.path)
    where = ""
    if place is not None:
        kind = (place["type"] or "models").rstrip("s")
        where = f"{kind} {unquote(place['repo'])}"
    if issubclass(cls, RepositoryNotFoundError):
        return f"Repository not found: {where or 'the repository'}; if it is private, make sure you are authenticated. "
    if issubclass(cls, RevisionNotFoundError) and place is not None and place["revision"]:
        return f"Revision not found: {unquote(place['revision'])} of {where}. "
    if issubclass(cls, EntryNotFoundError) and place is not None and place["path"]:
        return f"Entry not found: {unquote(place['path'])} in {where} at {unquote(place['revision'])}. "
    if status == 401 and _token_withheld(request):
        return (f"A token was found (HF_TOKEN or the token file) but not sent to {request.url.scheme}://{request.url.host}: "
                "a token found implicitly goes only to HTTPS hosts that are not Spaces; pass token= explicitly to send it. ")
    return ""


def _token_withheld(request: httpx2.Request) -> bool:
    """Whether the request went without a token only because one found implicitly may not go there."""
    from ._auth import implicit_token_allowed, resolve_token

    if "authorization" in request.headers or implicit_token_allowed(str(request.url)):
        return False
    try:
        return resolve_token(None) is not None
    except ValueError:
        return False


def error_of_kind(kind: type[APIError], message: str, **details: Any) -> HubError:
    """The error for one of the runtime's kinds (``hfhub_api._errors``), credentials of its response redacted."""
    response = details.get("response")
    if response is not None:
        secrets = _redact_response(response)
        message = _scrub(message, secrets)
        details.setdefault("request", response.request)
    return _BY_KIND.get(kind, HubError)(message, **details)


def error_for_transport(exc: Exception, request: httpx2.Request | None = None) -> HubError:
    """The error for a request without a usable answer: connection failure, timeout, undecodable body, redirect loop."""
    if request is None:
        request = _request_of(exc)
    secrets = _redact_request(request) if request is not None else []
    _redact_chain(exc, secrets)
    detail = str(exc)
    cause = f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__
    url = public_url(request.url) if request is not None else None
    where = f" for {request.method} {url}" if request is not None else ""
    cls: type[HubError]
    if isinstance(exc, httpx2.TimeoutException):
        cls, text = APITimeoutError, f"Request timed out{where} ({cause})"
    elif isinstance(exc, (httpx2.DecodingError, httpx2.TooManyRedirects)):
        cls, text = InvalidResponseError, f"Unusable response{where} ({cause})"
    elif isinstance(exc, httpx2.TransportError):
        cls, text = APIConnectionError, f"Connection failed{where} ({cause})"
    else:
        cls, text = HubError, f"Request failed{where} ({cause})"
    return cls(_scrub(text, secrets), url=url, request=request)


def _request_of(exc: BaseException) -> httpx2.Request | None:
    if not isinstance(exc, httpx2.HTTPError):
        return None
    try:
        return exc.request
    except RuntimeError:  # raised by httpx2 when the exception was built without its request
        return None


def _redact_chain(exc: BaseException, secrets: list[str]) -> None:
    """Redact the requests every exception of the chain carries, and scrub their messages, in place.

    A traceback prints the chained httpx2 exception, and its ``request`` is reachable from it.
    ``secrets`` (already removed elsewhere) gains the values removed here.
    """
    seen: set[int] = set()
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append(current)
        request = _request_of(current)
        if request is not None:
            secrets += _redact_request(request)
        response = getattr(current, "response", None)
        if isinstance(response, httpx2.Response):
            secrets += _redact_response(response)
        current = current.__cause__ or current.__context__
    if secrets:
        for item in chain:
            item.args = tuple(_scrub(a, secrets) if isinstance(a, str) else a for a in item.args)


def public_url(url: httpx2.URL) -> str:
    """The URL as errors show it: no query (it may carry signatures), no user info."""
    return str(url.copy_with(query=None, fragment=None, userinfo=b""))


def _redact_response(response: httpx2.Response) -> list[str]:
    secrets = _redact_request(response.request)
    for earlier in response.history:
        secrets += _redact_request(earlier.request)
    return secrets


def _redact_request(request: httpx2.Request) -> list[str]:
    """Replace the credential headers of ``request`` in place; returns the values removed."""
    secrets: list[str] = []
    headers = request.headers
    for name in _SENSITIVE_HEADERS:
        value = headers.get(name)
        if value and value != REDACTED:
            secrets.append(value)
            credential = value.partition(" ")[2].strip()
            if credential:
                secrets.append(credential)
            headers[name] = REDACTED
    return secrets


def _scrub(text: str, secrets: list[str]) -> str:
    if not secrets:
        return text
    for secret in secrets:
        if len(secret) >= 4 and secret in text:
            text = text.replace(secret, REDACTED)
    return text


class InferenceTimeoutError(APITimeoutError, TimeoutError):
    """The model did not answer within the client's ``timeout``.

    Either it was still loading when the time ran out (``status_code`` 503, ``response``
    kept), or a request got no answer in time (``status_code`` ``None``). Also a
    ``TimeoutError``, as in ``huggingface_hub``.
    """


class InferenceStreamError(HubError):
    """The server reported an error inside a stream it had started (after its ``200``).

    ``server_message`` is the server's words, ``error_type`` its category when it gave one
    (TGI: ``"generation"``, ``"validation"``, ``"overloaded"``...).
    """

    def __init__(self, message: str, *, error_type: str | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.error_type = error_type


class XetTokenError(AuthenticationError):
    """The Xet token the Hub gave was expired (again, after one refresh), unusable, or refused by the CAS.

    Nothing was placed, and the message never holds the token. A token route that answers with an
    error status raises that status's error instead (``AuthenticationError``, ``PermissionDeniedError``...).
    """


class XetStorageError(APIConnectionError):
    """The Xet storage (CAS) failed a transfer: unreachable, missing an object, or it stopped.

    The file layer then takes the LFS bridge, once (logged): a caller sees the bridge's outcome.
    """
