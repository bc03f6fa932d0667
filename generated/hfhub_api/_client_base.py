"""The smallest complete way to send generated requests: one httpx client, no retries.

``hfhub`` subclasses these to add authentication rules, retries and its error hierarchy;
a project that vendors ``hfhub_api`` can use them as they are.
"""

from __future__ import annotations

import json
from typing import Any, AsyncIterator, Iterator, Self, TypeVar, cast

import httpx

from ._errors import APIError
from ._pagination import AsyncPaginator, Paginator
from ._request import BINARY, EMPTY, Request
from ._sse import ServerSentEvent, aiter_events, iter_events

__all__ = [
    "SyncAPIClient",
    "AsyncAPIClient",
    "Resource",
    "AsyncResource",
    "EventStream",
    "AsyncEventStream",
    "read_response",
    "DEFAULT_BASE_URL",
]

T = TypeVar("T")

DEFAULT_BASE_URL = "https://huggingface.co"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


def read_response(request: Request[T], response: httpx.Response) -> T:
    """The typed result of a successful, fully read response."""
    return cast(T, _read_body(request, response))


def _read_body(request: Request[Any], response: httpx.Response) -> Any:
    kind = request.kind
    if kind == BINARY:
        return response.content
    content = response.content
    if not content:
        return None
    convert = request.convert
    if convert is None:
        try:
            return json.loads(content)
        except ValueError:
            return None if kind == EMPTY else response.text
    return convert(json.loads(content))


class _Base:
    def __init__(
        self,
        base_url: str = DEFAULT_BASE_URL,
        *,
        headers: dict[str, str] | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
    ) -> None:
        self.base_url = str(base_url).rstrip("/")
        self._headers = dict(headers or {})
        self._timeout = timeout
        self._owns_http = http_client is None
        self._http_client = http_client

    @property
    def _http(self) -> httpx.Client | httpx.AsyncClient:
        """The httpx client; one of our own is opened on first use (a TLS context costs tens of ms)."""
        http = self._http_client
        if http is None:
            http = self._http_client = self._new_http_client(self._timeout)
        return http

    def _new_http_client(self, timeout: float | httpx.Timeout | None) -> httpx.Client | httpx.AsyncClient:
        raise NotImplementedError

    def _headers_for(self, url: str, request: Request[Any]) -> dict[str, str]:
        """Headers of one request; subclasses add credentials here, for their own host only."""
        if request.headers:
            return {**self._headers, **request.headers}
        return self._headers

    def _build(self, request: Request[Any], url: str | None) -> httpx.Request:
        if url is None:
            url = self.base_url + request.path
            kwargs = request.send_kwargs()
            kwargs["headers"] = self._headers_for(url, request)
            return self._http.build_request(request.method, url, **kwargs)
        return self._http.build_request(request.method, url, headers=self._headers_for(url, request))

    def _status_error(self, response: httpx.Response) -> Exception:
        return APIError.from_response(response)

    def _transport_error(self, exc: httpx.TransportError, request: httpx.Request | None = None) -> Exception:
        url = str(request.url.copy_with(query=None)) if request is not None else None
        kind = "timed out" if isinstance(exc, httpx.TimeoutException) else "failed"
        return APIError(f"request {kind}: {type(exc).__name__} ({url})", url=url)


class SyncAPIClient(_Base):
    """Sends generated requests with an ``httpx.Client`` (the caller's own, or one it owns)."""

    _http_client: httpx.Client | None

    @property
    def _http(self) -> httpx.Client:
        http = self._http_client
        if http is None:
            http = self._http_client = self._new_http_client(self._timeout)
        return http

    def _new_http_client(self, timeout: float | httpx.Timeout | None) -> httpx.Client:
        return httpx.Client(timeout=timeout)

    def close(self) -> None:
        """Close the HTTP client if this object created it (never a client it was given)."""
        if self._owns_http and self._http_client is not None:
            self._http_client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _execute(self, request: Request[Any], url: str | None = None, *, stream: bool = False) -> httpx.Response:
        """Send once; raise for a 4xx/5xx answer or a transport failure."""
        http_request = self._build(request, url)
        try:
            response = self._http.send(http_request, stream=stream, follow_redirects=True)
        except httpx.TransportError as exc:
            raise self._transport_error(exc, http_request) from exc
        if response.status_code >= 400:
            if stream:
                try:
                    response.read()
                finally:
                    response.close()
            raise self._status_error(response)
        return response

    def _paginate(self, request: Request[T]) -> Paginator[T]:
        return Paginator(self, request, _limit_of(request))

    def _send(self, request: Request[T]) -> T:
        return read_response(request, self._execute(request))

    def _stream(self, request: Request[ServerSentEvent]) -> EventStream:
        return EventStream(self, self._execute(request, stream=True))


class AsyncAPIClient(_Base):
    """Sends generated requests with an ``httpx.AsyncClient`` (the caller's own, or one it owns)."""

    _http_client: httpx.AsyncClient | None

    @property
    def _http(self) -> httpx.AsyncClient:
        http = self._http_client
        if http is None:
            http = self._http_client = self._new_http_client(self._timeout)
        return http

    def _new_http_client(self, timeout: float | httpx.Timeout | None) -> httpx.AsyncClient:
        return httpx.AsyncClient(timeout=timeout)

    async def close(self) -> None:
        """Close the HTTP client if this object created it (never a client it was given)."""
        if self._owns_http and self._http_client is not None:
            await self._http_client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def _execute(self, request: Request[Any], url: str | None = None, *, stream: bool = False) -> httpx.Response:
        http_request = self._build(request, url)
        try:
            response = await self._http.send(http_request, stream=stream, follow_redirects=True)
        except httpx.TransportError as exc:
            raise self._transport_error(exc, http_request) from exc
        if response.status_code >= 400:
            if stream:
                try:
                    await response.aread()
                finally:
                    await response.aclose()
            raise self._status_error(response)
        return response

    def _paginate(self, request: Request[T]) -> AsyncPaginator[T]:
        return AsyncPaginator(self, request, _limit_of(request))

    async def _send(self, request: Request[T]) -> T:
        return read_response(request, await self._execute(request))

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
    """Server-sent events of one response, read as they arrive; closes the response when done."""

    def __init__(self, client: SyncAPIClient, response: httpx.Response) -> None:
        self._client = client
        self.response = response

    def __iter__(self) -> Iterator[ServerSentEvent]:
        try:
            yield from iter_events(self.response.iter_lines())
        except httpx.TransportError as exc:
            raise self._client._transport_error(exc, self.response.request) from exc
        finally:
            self.response.close()

    def close(self) -> None:
        self.response.close()

    def __enter__(self) -> EventStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncEventStream:
    """``async for`` over the server-sent events of one response; closes it when done."""

    def __init__(self, client: AsyncAPIClient, response: httpx.Response) -> None:
        self._client = client
        self.response = response

    async def __aiter__(self) -> AsyncIterator[ServerSentEvent]:
        try:
            async for event in aiter_events(self.response.aiter_lines()):
                yield event
        except httpx.TransportError as exc:
            raise self._client._transport_error(exc, self.response.request) from exc
        finally:
            await self.response.aclose()

    async def close(self) -> None:
        await self.response.aclose()

    async def __aenter__(self) -> AsyncEventStream:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
