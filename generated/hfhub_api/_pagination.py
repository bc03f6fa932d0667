"""Lazy iteration over listings paged with ``Link: <...>; rel="next"``: one page in memory at a time."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, AsyncIterator, Generic, Iterator, TypeVar, cast

if TYPE_CHECKING:
    import httpx

    from ._client_base import AsyncAPIClient, SyncAPIClient
    from ._request import Request

__all__ = ["Paginator", "AsyncPaginator"]

T = TypeVar("T")


def _page_items(response: httpx.Response) -> list[Any]:
    data: Any = json.loads(response.content) if response.content else []
    if isinstance(data, list):
        return cast("list[object]", data)
    if isinstance(data, dict):
        for value in cast("dict[str, object]", data).values():
            if isinstance(value, list):
                return cast("list[object]", value)
    return []


def _next_url(response: httpx.Response) -> str | None:
    link = response.headers.get("link")
    if not link:
        return None
    nxt = response.links.get("next")
    if not nxt or not nxt.get("url"):
        return None
    return str(response.url.join(nxt["url"]))


def _advance(response: httpx.Response, remaining: int | None) -> tuple[list[Any], str | None, int | None]:
    """This page's items (cut to what ``remaining`` allows), the next page's URL, what remains."""
    items = _page_items(response)
    if remaining is None:
        return items, _next_url(response), None
    if len(items) >= remaining:
        return items[:remaining], None, 0
    return items, _next_url(response), remaining - len(items)


class _Base(Generic[T]):
    def __init__(self, client: SyncAPIClient | AsyncAPIClient, request: Request[T], limit: int | None = None) -> None:
        if limit is not None and (not isinstance(limit, int) or limit < 0):
            raise ValueError(f"limit must be a non-negative int, not {limit!r}")
        self._client = client
        self._request = request
        self._limit = limit

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._request.method} {self._request.path} limit={self._limit}>"


class Paginator(_Base[T]):
    """Iterates over every item of every page, fetching the next page only when needed."""

    _client: SyncAPIClient

    def pages(self) -> Iterator[list[T]]:
        """Each page as a list of converted items (``limit`` is not applied)."""
        convert = self._request.convert
        url: str | None = None
        while True:
            response = self._client._execute(self._request, url)
            items = _page_items(response)
            yield [convert(i) for i in items] if convert is not None else items
            url = _next_url(response)
            if url is None:
                return

    def __iter__(self) -> Iterator[T]:
        remaining = self._limit
        convert = self._request.convert
        url: str | None = None
        while remaining != 0:
            items, url, remaining = _advance(self._client._execute(self._request, url), remaining)
            more = url is not None and bool(items)
            if convert is None:
                yield from items
            else:
                for item in items:
                    yield convert(item)
            if not more:
                return
            del items  # the next page is fetched and decoded without this one alive: one page in memory


class AsyncPaginator(_Base[T]):
    """``async for`` over every item of every page, fetching the next page only when needed."""

    _client: AsyncAPIClient

    async def pages(self) -> AsyncIterator[list[T]]:
        convert = self._request.convert
        url: str | None = None
        while True:
            response = await self._client._execute(self._request, url)
            items = _page_items(response)
            yield [convert(i) for i in items] if convert is not None else items
            url = _next_url(response)
            if url is None:
                return

    async def __aiter__(self) -> AsyncIterator[T]:
        remaining = self._limit
        convert = self._request.convert
        url: str | None = None
        while remaining != 0:
            items, url, remaining = _advance(await self._client._execute(self._request, url), remaining)
            more = url is not None and bool(items)
            for item in items:
                yield convert(item) if convert is not None else item
            if not more:
                return
            del items
