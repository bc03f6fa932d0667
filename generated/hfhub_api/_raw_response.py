"""``client.with_raw_response``: every operation answering with its HTTP response, parsed on demand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Concatenate, Coroutine, Generic, ParamSpec, TypeVar, cast, overload

import httpx2

from ._client_base import AsyncEventStream, AsyncResource, EventStream, Resource
from ._pagination import AsyncPaginator, Paginator, _Walk
from ._request import SSE, Request

__all__ = ["RawResponse", "WithRawResponse", "RawSender", "AsyncRawSender", "raw", "async_raw"]

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")
_UNPARSED: Any = object()


class RawResponse(Generic[T]):
    """The HTTP response of one call (``status_code``, ``headers``, ``http_response``) and its typed result.

    ``parse()`` gives what the method returns without ``with_raw_response``, except for a
    paginated listing: the response is its first page and ``parse()`` gives that page's items.
    An event stream's body is not read until the stream returned by ``parse()`` is.
    """

    __slots__ = ("http_response", "_parser", "_parsed")

    def __init__(self, http_response: httpx2.Response, parser: Callable[[], T]) -> None:
        self.http_response = http_response
        self._parser = parser
        self._parsed: Any = _UNPARSED

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx2.Headers:
        return self.http_response.headers

    def parse(self) -> T:
        """The typed result, converted on the first call only."""
        if self._parsed is _UNPARSED:
            self._parsed = self._parser()
        return self._parsed  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<RawResponse {self.status_code} {request.method} {request.url.copy_with(query=None)}>"


def _page(client: Any, request: Request[Any], response: httpx2.Response) -> list[Any]:
    items = _Walk(client, 1, None).items(response)
    convert = request.convert
    return [convert(i) for i in items] if convert is not None else items


class RawSender:
    """Stands in for a client under a resource: sends like it, answers with :class:`RawResponse`."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)

    def _send(self, request: Request[Any]) -> RawResponse[Any]:
        if request.kind == SSE:
            return self._stream(request)
        response = self._client._execute(request)
        return RawResponse(response, lambda: self._client._read_result(request, response))

    def _stream(self, request: Request[Any]) -> RawResponse[EventStream]:
        streamed = self._client._execute(request, stream=True)
        return RawResponse(streamed, lambda: EventStream(self._client, streamed))

    def _paginate(self, request: Request[Any]) -> RawResponse[list[Any]]:
        response = self._client._execute(request)
        return RawResponse(response, lambda: _page(self._client, request, response))


class AsyncRawSender(RawSender):
    """:class:`RawSender` for an async client: every call, listings included, is awaited."""

    __slots__ = ()

    async def _send(self, request: Request[Any]) -> RawResponse[Any]:  # type: ignore[override]
        if request.kind == SSE:
            return await self._stream(request)
        response = await self._client._execute(request)
        return RawResponse(response, lambda: self._client._read_result(request, response))

    async def _stream(self, request: Request[Any]) -> RawResponse[AsyncEventStream]:  # type: ignore[override]
        streamed = await self._client._execute(request, stream=True)
        return RawResponse(streamed, lambda: AsyncEventStream(self._client, streamed))

    async def _paginate(self, request: Request[Any]) -> RawResponse[list[Any]]:  # type: ignore[override]
        response = await self._client._execute(request)
        return RawResponse(response, lambda: _page(self._client, request, response))


# What a method becomes under ``with_raw_response``, for checkers: the generated resources declare
# ``info = raw(ModelsResource.info)`` in classes read by checkers only. A listing answers its first page.
@overload
def raw(method: Callable[Concatenate[Any, P], Paginator[T]]) -> Callable[Concatenate[Any, P], RawResponse[list[T]]]: ...
@overload
def raw(method: Callable[Concatenate[Any, P], R]) -> Callable[Concatenate[Any, P], RawResponse[R]]: ...
def raw(method: Callable[..., Any]) -> Callable[..., Any]:
    return method


@overload
def async_raw(method: Callable[Concatenate[Any, P], AsyncPaginator[T]]) -> Callable[Concatenate[Any, P], Coroutine[Any, Any, RawResponse[list[T]]]]: ...
@overload
def async_raw(method: Callable[Concatenate[Any, P], Coroutine[Any, Any, R]]) -> Callable[Concatenate[Any, P], Coroutine[Any, Any, RawResponse[R]]]: ...
def async_raw(method: Callable[..., Any]) -> Callable[..., Any]:
    return method


class WithRawResponse:
    """The client's resources, each method returning a :class:`RawResponse`::

        raw = client.with_raw_response.models.list_refs("openai-community/gpt2")
        raw.headers["x-request-id"], raw.parse().branches
    """

    def __init__(self, client: Any, sender: RawSender) -> None:
        self._client = client
        self._sender = sender

    if not TYPE_CHECKING:  # checkers read each client's resources from its declarations (``RawResources``)

        def __getattr__(self, name: str) -> Any:
            return self._resource(name)

    def _resource(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        resource = getattr(self._client, name)
        if not isinstance(resource, (Resource, AsyncResource)):
            raise AttributeError(f"with_raw_response has no resource {name!r}")
        raw = type(resource)(cast(Any, self._sender))  # the sender stands in for the client: it answers RawResponse
        self.__dict__[name] = raw
        return raw

    def __repr__(self) -> str:
        return f"<WithRawResponse of {self._client!r}>"
