"""The smallest complete way to send generated requests: one httpx2 client, a deadline per call, no retries.

A call is a plan (:meth:`_Base._call`) run by the drivers of ``_steps``, the same ones every
other request runs on. ``hfhub`` subclasses these to add authentication rules, a retry policy,
offline mode and its error hierarchy; a project that vendors ``hfhub_api`` can use them as they are.
"""

from __future__ import annotations

import json
import re
import threading
from typing import TYPE_CHECKING, Any, AsyncIterator, Generic, Iterator, Mapping, TypeVar, cast

import httpx2

from ._deadline import Deadline, as_timeout
from ._errors import APIError, InvalidRequestError, InvalidResponseError
from ._pagination import DEFAULT_MAX_PAGES, AsyncPaginator, Paginator, _Walk
from ._request import BINARY, EMPTY, Request, merge_headers
from ._retry import RetryPolicy, retried
from ._sse import ServerSentEvent, aiter_events, iter_events
from ._steps import Send, Steps, run_async, run_sync
from ._types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Self  # typing.Self from Python 3.11

__all__ = [
    "SyncAPIClient",
    "AsyncAPIClient",
    "Resource",
    "AsyncResource",
    "EventStream",
    "AsyncEventStream",
    "Deadline",
    "header_problem",
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMEOUT",
]

T = TypeVar("T")
H = TypeVar("H", bound="httpx2.Client | httpx2.AsyncClient")

DEFAULT_BASE_URL = "https://huggingface.co"
# A call (connect, read, every retry and wait) ends within 60 s; connecting alone within 10 s.
DEFAULT_TIMEOUT = httpx2.Timeout(60.0, connect=10.0)

_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_FORBIDDEN_IN_VALUE = re.compile(r"[\r\n\0]")
_SENDABLE_VALUE = re.compile(r"[\t\x20-\x7e]*")


def check_http_client(value: object, expected: type, owner: str) -> None:
    """Refuse an ``http_client`` of the wrong kind before anything is opened, naming the fix."""
    if value is None or isinstance(value, expected):
        return
    wanted = f"httpx2.{expected.__name__}"
    if type(value).__module__.partition(".")[0] == "httpx":
        raise TypeError(
            f"{owner} runs on httpx2, the maintained line of httpx (same API): pass an {wanted} as http_client, "
            f"not an httpx.{type(value).__name__} (pip install httpx2; import httpx2; {wanted}(...))"
        )
    raise TypeError(f"{owner} needs an {wanted} as http_client, not {type(value).__name__}")


def header_problem(name: Any, value: Any) -> str | None:
    """Why HTTP cannot carry this header, or ``None`` if it can (the value is never quoted: it may be a secret).

    The one rule of every path: a token for a name; printable ASCII and tabs for a value, on one line.
    """
    if not isinstance(name, str) or not _HEADER_NAME.fullmatch(name):
        return f"invalid header name {name!r}: HTTP allows only letters, digits and !#$%&'*+.^_`|~-"
    if not isinstance(value, str):
        return f"header {name!r} must be a str, not {type(value).__name__}"
    if _FORBIDDEN_IN_VALUE.search(value):
        return f"header {name!r} cannot be sent: its value contains a line break or NUL"
    if not _SENDABLE_VALUE.fullmatch(value):
        return f"header {name!r} cannot be sent: its value must be printable ASCII (tabs allowed)"
    return None


def headers_problem(headers: Mapping[str, Any] | None) -> str | None:
    for name, value in (headers or {}).items():
        problem = header_problem(name, value)
        if problem:
            return problem
    return None


def origin_of(url: str | httpx2.URL) -> tuple[str, str, int | None] | None:
    try:
        parsed = url if isinstance(url, httpx2.URL) else httpx2.URL(url)
    except (httpx2.InvalidURL, TypeError):
        return None
    port = parsed.port or {"http": 80, "https": 443}.get(parsed.scheme)
    return (parsed.scheme, parsed.host, port)


class _Base(Generic[H]):
    """What the sync and async clients share: configuration, request building, errors."""

    # Headers sent to a URL on another origin than ``base_url`` (a ``Link`` a server returned):
    # none of the caller's. Subclasses may add their own, never a credential.
    _foreign_headers: dict[str, str] = {}
    # No retries here; hfhub's clients set their own policy.
    _retry = RetryPolicy(0)

    def __init__(
        self,
        base_url: str = DEFAULT_BASE_URL,
        *,
        headers: Mapping[str, str] | None = None,
        timeout: float | httpx2.Timeout | None = DEFAULT_TIMEOUT,
        max_pages: int = DEFAULT_MAX_PAGES,
        http_client: H | None = None,
    ) -> None:
        """``timeout``: seconds for each whole call (connecting within 10 s), an ``httpx2.Timeout`` (the
        call's deadline is its largest value), or ``None`` for no deadline. A stream has no deadline once
        it answered: ``read`` bounds the wait between two reads. ``max_pages``: pages a listing may read.
        """
        problem = headers_problem(headers)
        if problem:
            raise self._error(InvalidRequestError, problem)
        if not isinstance(max_pages, int) or isinstance(max_pages, bool) or max_pages < 1:
            raise ValueError(f"max_pages must be a positive int, not {max_pages!r}")
        try:
            base = httpx2.URL(str(base_url).rstrip("/"))
        except httpx2.InvalidURL as exc:
            raise self._error(InvalidRequestError, f"invalid base URL {str(base_url)!r}: {exc}") from None
        if base.scheme not in ("http", "https") or not base.host or not 0 < (base.port or 80) < 65536:
            raise self._error(InvalidRequestError, f"invalid base URL {str(base_url)!r}: expected http(s)://host[:port][/path]")
        self.base_url = str(base_url).rstrip("/")
        self._origin = origin_of(base)
        self._origin_prefix = f"{base.scheme}://{base.netloc.decode('ascii')}/"
        self._headers = dict(headers or {})
        self._timeout = as_timeout(timeout)
        self.max_pages = max_pages
        self._owns_http = http_client is None
        self._http_client: H | None = http_client
        self._http_lock = threading.Lock()
        self._merged_headers: dict[int, tuple[dict[str, str], httpx2.Headers]] = {}

    @property
    def _http(self) -> H:
        """The httpx2 client; one of our own is opened on first use (a TLS context costs tens of ms), once even across threads."""
        http = self._http_client
        if http is None:
            with self._http_lock:
                http = self._http_client
                if http is None:
                    http = self._http_client = self._new_http_client(self._timeout)
        return http

    def _new_http_client(self, timeout: httpx2.Timeout) -> H:
        raise NotImplementedError

    def _deadline(self, request: Request[Any]) -> Deadline:
        """The deadline of one call: the request's own timeout when it has one, else the client's."""
        if request.timeout is not UNSET:
            return Deadline(as_timeout(request.timeout))
        return Deadline(self._timeout)

    def _same_origin(self, url: str) -> bool:
        return origin_of(url) == self._origin

    def _origin_headers(self) -> dict[str, str]:
        """Headers for ``base_url``'s own origin; subclasses add credentials here."""
        return self._headers

    def _headers_for(self, url: str, request: Request[Any]) -> dict[str, str]:
        """The one rule for every URL: the caller's headers (and credentials) only on ``base_url``'s origin."""
        if url.startswith(self._origin_prefix) or self._same_origin(url):
            headers = self._origin_headers()
            return merge_headers(headers, request.headers) if request.headers else headers
        return self._foreign_headers

    def _build(self, request: Request[Any], url: str | None, deadline: Deadline) -> httpx2.Request:
        """The httpx2 request of one attempt, its timeouts capped to what is left of the call."""
        if request.headers:
            problem = headers_problem(request.headers)
            if problem:
                raise self._error(InvalidRequestError, problem)
        kwargs: dict[str, Any]
        try:
            if url is None:
                url = self.base_url + request.path
                kwargs = request.send_kwargs()
                kwargs["headers"] = self._headers_for(url, request)
            else:
                kwargs = {"headers": self._headers_for(url, request)}
            return self._new_request(request.method, url, extensions={"timeout": deadline.attempt_timeouts()}, **kwargs)
        except (httpx2.InvalidURL, UnicodeError) as exc:
            raise self._error(InvalidRequestError, f"cannot build {request.method} {request.path}: {exc}") from None

    def _new_request(self, method: str, url: str, *, headers: dict[str, str], **kwargs: Any) -> httpx2.Request:
        """``self._http.build_request(method, url, headers=headers, **kwargs)``, for the client's own ``headers`` sets
        without the per-request merge when the client is our own: it adds nothing but its default headers,
        merged once per header set (a tenth of a call's CPU). Cookies a server set go through build_request, as always."""
        http = self._http
        if self._owns_http and not http.cookies:
            return httpx2.Request(method, url, headers=self._with_client_headers(http, headers), **kwargs)
        return http.build_request(method, url, headers=headers, **kwargs)

    def _with_client_headers(self, http: httpx2.Client | httpx2.AsyncClient, headers: dict[str, str]) -> httpx2.Headers:
        """``headers`` over the client's defaults, as ``build_request`` merges them; kept for the client's own sets."""
        cached = self._merged_headers.get(id(headers))
        if cached is not None and cached[0] is headers:
            return cached[1]
        merged = httpx2.Headers(http.headers)
        merged.update(headers)
        if headers is self._origin_headers() or headers is self._foreign_headers:
            self._merged_headers[id(headers)] = (headers, merged)
        return merged

    # -- what the drivers of ``_steps`` use ------------------------------------------------
    @staticmethod
    def _check_send(request: httpx2.Request) -> None:
        """Refuse ``request`` before it is sent (subclasses: offline mode); sends everything here."""

    @staticmethod
    def _transmit(http: httpx2.Client, request: httpx2.Request, **options: Any) -> httpx2.Response:
        return http.send(request, **options)

    @staticmethod
    async def _atransmit(http: httpx2.AsyncClient, request: httpx2.Request, **options: Any) -> httpx2.Response:
        return await http.send(request, **options)

    def _sleep(self, seconds: float) -> None:
        self._retry.sleep(seconds)

    async def _async_sleep(self, seconds: float) -> None:
        await self._retry.async_sleep(seconds)

    def _call(
        self, request: Request[Any], url: str | None = None, *, stream: bool = False, deadline: Deadline | None = None
    ) -> Steps[httpx2.Response]:
        """The plan of one call: sent within its deadline, again as the retry policy allows; raises this client's error.

        ``url``: another page of a listing (its ``Link``), sent with the headers its origin gets.
        """
        deadline = self._deadline(request) if deadline is None else deadline
        sent: httpx2.Request | None = None

        def attempt() -> Steps[httpx2.Response]:
            nonlocal sent
            sent = self._build(request, url, deadline)
            response: httpx2.Response = yield Send(sent, deadline, stream=stream, follow_redirects=True)
            return response

        try:
            response = yield from retried(self._retry, request, deadline, attempt, on_retry=self._log_retry)
        except httpx2.HTTPError as exc:
            raise self._transport_error(exc, sent) from exc
        if response.status_code >= 400:
            raise self._status_error(response)
        return response

    def _collect(self, request: Request[Any], deadline: Deadline | None = None) -> Steps[list[Any]]:
        """Every item of a paginated listing (converted), each page a call of its own."""
        walk = _Walk(self, self.max_pages, None)
        convert = request.convert
        found: list[Any] = []
        url: str | None = None
        while True:
            response = yield from self._call(request, url, deadline=deadline)
            items, url = walk.take(response)
            found.extend(items if convert is None else map(convert, items))
            if url is None:
                return found

    def _log_retry(self, http_request: httpx2.Request | None, delay: float, retry: int, reason: object) -> None:
        """Said before each retry (subclasses log it)."""

    def _error(self, kind: type[APIError], message: str, **details: Any) -> APIError:
        """An error of ``kind`` (a class of ``_errors``); subclasses return their own refinement of it."""
        return kind(message, **details)

    def _status_error(self, response: httpx2.Response) -> Exception:
        return APIError.from_response(response)

    def _transport_error(self, exc: Exception, request: httpx2.Request | None = None) -> Exception:
        """The error for a request without a usable answer (connection, timeout, undecodable body, redirects)."""
        url = str(request.url.copy_with(query=None)) if request is not None else None
        if isinstance(exc, (httpx2.DecodingError, httpx2.TooManyRedirects)):
            return self._error(InvalidResponseError, f"unusable response: {type(exc).__name__} ({url})", url=url)
        kind = "timed out" if isinstance(exc, httpx2.TimeoutException) else "failed"
        return APIError(f"request {kind}: {type(exc).__name__} ({url})", url=url)

    def _read_result(self, request: Request[T], response: httpx2.Response) -> T:
        """The typed result of a successful, fully read response."""
        return cast(T, self._read_body(request, response))

    def _read_body(self, request: Request[Any], response: httpx2.Response) -> Any:
        kind = request.kind
        if kind == BINARY:
            return response.content
        if kind == EMPTY:
            return None  # the operation declares no answer: whatever the server adds is not its result
        content = response.content
        if not content:
            return None
        convert = request.convert
        try:
            data = json.loads(content)
        except ValueError as exc:
            if convert is None:
                return response.text
            raise self._unreadable(response, exc) from None
        return data if convert is None else convert(data)

    def _unreadable(self, response: httpx2.Response, exc: Exception) -> APIError:
        url = str(response.request.url.copy_with(query=None))
        return self._error(
            InvalidResponseError,
            f"{response.status_code} for {response.request.method} {url} is not valid JSON ({exc})",
            status_code=response.status_code,
            url=url,
            response=response,
        )


class SyncAPIClient(_Base[httpx2.Client]):
    """Sends generated requests with an ``httpx2.Client`` (the caller's own, or one it owns)."""

    def _new_http_client(self, timeout: httpx2.Timeout) -> httpx2.Client:
        return httpx2.Client(timeout=timeout)

    def close(self) -> None:
        """Close the HTTP client if this object created it (never a client it was given)."""
        if self._owns_http:
            with self._http_lock:
                if self._http_client is not None:
                    self._http_client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _execute(self, request: Request[Any], url: str | None = None, *, stream: bool = False) -> httpx2.Response:
        """Send within the call's deadline; raise for a 4xx/5xx answer or a failure."""
        return run_sync(self, self._call(request, url, stream=stream))

    def _paginate(self, request: Request[T]) -> Paginator[T]:
        return Paginator(self, request, _limit_of(request))

    def _send(self, request: Request[T]) -> T:
        return self._read_result(request, self._execute(request))

    def _stream(self, request: Request[ServerSentEvent]) -> EventStream:
        return EventStream(self, self._execute(request, stream=True))


class AsyncAPIClient(_Base[httpx2.AsyncClient]):
    """Sends generated requests with an ``httpx2.AsyncClient`` (the caller's own, or one it owns)."""

    def _new_http_client(self, timeout: httpx2.Timeout) -> httpx2.AsyncClient:
        return httpx2.AsyncClient(timeout=timeout)

    async def close(self) -> None:
        """Close the HTTP client if this object created it (never a client it was given)."""
        if self._owns_http and self._http_client is not None:
            await self._http_client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def _execute(self, request: Request[Any], url: str | None = None, *, stream: bool = False) -> httpx2.Response:
        return await run_async(self, self._call(request, url, stream=stream))

    def _paginate(self, request: Request[T]) -> AsyncPaginator[T]:
        return AsyncPaginator(self, request, _limit_of(request))

    async def _send(self, request: Request[T]) -> T:
        return self._read_result(request, await self._execute(request))

    async def _stream(self, request: Request[ServerSentEvent]) -> AsyncEventStream:
        return AsyncEventStream(self, await self._execute(request, stream=True))


class Resource:
    """A group of operations bound to one client."""

    __slots__ = ("_client",)

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


class AsyncResource:
    """A group of operations bound to one ``asyncio`` client."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


def _limit_of(request: Request[Any]) -> int | None:
    limit = (request.params or {}).get("limit")
    return int(limit) if limit is not None else None


class EventStream:
    """Server-sent events of one response, read as they arrive; closes the response when done or dropped."""

    def __init__(self, client: SyncAPIClient, response: httpx2.Response) -> None:
        self._client = client
        self.response = response

    def __iter__(self) -> Iterator[ServerSentEvent]:
        try:
            yield from iter_events(self.response.iter_bytes())
        except httpx2.HTTPError as exc:
            raise self._client._transport_error(exc, self.response.request) from exc
        finally:
            self.response.close()

    def close(self) -> None:
        self.response.close()

    def __del__(self) -> None:
        # A stream dropped unread would otherwise hold its pooled connection until the client closes.
        response = getattr(self, "response", None)
        if response is not None and not response.is_closed:
            response.close()

    def __enter__(self) -> EventStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncEventStream:
    """``async for`` over the server-sent events of one response; closes it when done."""

    def __init__(self, client: AsyncAPIClient, response: httpx2.Response) -> None:
        self._client = client
        self.response = response

    async def __aiter__(self) -> AsyncIterator[ServerSentEvent]:
        try:
            async for event in aiter_events(self.response.aiter_bytes()):
                yield event
        except httpx2.HTTPError as exc:
            raise self._client._transport_error(exc, self.response.request) from exc
        finally:
            await self.response.aclose()

    async def close(self) -> None:
        await self.response.aclose()

    async def __aenter__(self) -> AsyncEventStream:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
