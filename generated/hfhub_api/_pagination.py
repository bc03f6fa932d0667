"""Lazy iteration over listings paged with ``Link: <...>; rel="next"``: one page in memory at a time, and an end.

A listing stops with a ``PaginationError`` when a page links to a page already read (a loop),
or when it would read more than ``max_pages`` pages (10,000 by default, ``client.max_pages``
or ``paginator.max_pages`` to change). A ``Link`` to another origin is followed without any
of the caller's headers: the client's ``_headers_for`` applies that rule to every URL.
"""

from __future__ import annotations

import itertools
import json
from typing import TYPE_CHECKING, Any, AsyncIterator, Generic, Iterable, Iterator, TypeVar, cast

import httpx2

from ._errors import APIError, InvalidResponseError, PaginationError

if TYPE_CHECKING:
    from ._client_base import AsyncAPIClient, SyncAPIClient
    from ._client_base import _Base as _ClientBase
    from ._request import Request

__all__ = ["Paginator", "AsyncPaginator", "DEFAULT_MAX_PAGES"]

DEFAULT_MAX_PAGES = 10_000

T = TypeVar("T")


class _Walk:
    """One pass over a listing: each page's items, the next page's URL, the pages already read."""

    __slots__ = ("_client", "_max_pages", "_seen", "_pages", "remaining")

    def __init__(self, client: _ClientBase[Any], max_pages: int, limit: int | None) -> None:
        self._client = client
        self._max_pages = max_pages
        self._seen: set[str] = set()
        self._pages = 0
        self.remaining = limit

    def items(self, response: httpx2.Response) -> list[Any]:
        try:
            data: Any = json.loads(response.content) if response.content else []
        except ValueError as exc:
            raise self._client._unreadable(response, exc) from None
        if isinstance(data, list):
            return cast("list[object]", data)
        if isinstance(data, dict):
            for value in cast("dict[str, Any]", data).values():
                if isinstance(value, list):
                    return cast("list[object]", value)
        return []

    def next_url(self, response: httpx2.Response) -> str | None:
        """The URL of the next page, or ``None`` at the end; raises on a loop or past the page cap."""
        self._pages += 1
        self._seen.add(str(response.url))
        for earlier in response.history:
            self._seen.add(str(earlier.url))
        if not response.headers.get("link"):
            return None
        nxt = response.links.get("next")
        if not nxt or not nxt.get("url"):
            return None
        try:
            url = str(response.url.join(nxt["url"]))
        except httpx2.InvalidURL as exc:
            raise self._fail(InvalidResponseError, response, f"its Link to the next page is not a valid URL ({exc})")
        if url in self._seen:
            raise self._fail(PaginationError, response, "its Link to the next page points to a page already read (a loop)")
        if self._pages >= self._max_pages:
            raise self._fail(PaginationError, response, f"the listing has more than max_pages={self._max_pages} pages")
        return url

    def take(self, response: httpx2.Response) -> tuple[list[Any], str | None]:
        """This page's items (cut to what remains of the limit) and the next page's URL."""
        items = self.items(response)
        remaining = self.remaining
        if remaining is not None:
            if len(items) >= remaining:
                self.remaining = 0
                return items[:remaining], None
            self.remaining = remaining - len(items)
        url = self.next_url(response) if items else None
        return items, url

    def _fail(self, kind: type[APIError], response: httpx2.Response, why: str) -> Exception:
        url = str(response.url.copy_with(query=None))
        message = f"listing {response.request.method} {url} stopped after {self._pages} pages: {why}"
        return self._client._error(kind, message, status_code=response.status_code, url=url, response=response)


class _Base(Generic[T]):
    def __init__(self, client: SyncAPIClient | AsyncAPIClient, request: Request[T], limit: int | None = None) -> None:
        if limit is not None and (not isinstance(limit, int) or limit < 0):
            raise ValueError(f"limit must be a non-negative int, not {limit!r}")
        self._client = client
        self._request = request
        self._limit = limit
        self.max_pages: int = getattr(client, "max_pages", DEFAULT_MAX_PAGES)

    def _walk(self, limit: int | None) -> _Walk:
        return _Walk(self._client, self.max_pages, limit)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._request.method} {self._request.path} limit={self._limit}>"


class Paginator(_Base[T]):
    """Iterates over every item of every page, fetching the next page only when needed."""

    _client: SyncAPIClient

    def pages(self) -> Iterator[list[T]]:
        """Each page as a list of converted items (``limit`` is not applied)."""
        convert = self._request.convert
        walk = self._walk(None)
        url: str | None = None
        while True:
            response = self._client._execute(self._request, url)
            items = walk.items(response)
            yield [convert(i) for i in items] if convert is not None else items
            url = walk.next_url(response)
            if url is None:
                return

    def __iter__(self) -> Iterator[T]:
        # The items flow through C iterators (chain, map): this class's Python code runs once per page.
        return itertools.chain.from_iterable(self._page_items())

    def _page_items(self) -> Iterator[Iterable[T]]:
        convert = self._request.convert
        walk = self._walk(self._limit)
        url: str | None = None
        while walk.remaining != 0:
            items, url = walk.take(self._client._execute(self._request, url))
            yield items if convert is None else map(convert, items)
            if url is None:
                return
            del items  # the next page is fetched and decoded without this one alive: one page in memory


class AsyncPaginator(_Base[T]):
    """``async for`` over every item of every page, fetching the next page only when needed."""

    _client: AsyncAPIClient

    async def pages(self) -> AsyncIterator[list[T]]:
        convert = self._request.convert
        walk = self._walk(None)
        url: str | None = None
        while True:
            response = await self._client._execute(self._request, url)
            items = walk.items(response)
            yield [convert(i) for i in items] if convert is not None else items
            url = walk.next_url(response)
            if url is None:
                return

    async def __aiter__(self) -> AsyncIterator[T]:
        convert = self._request.convert
        walk = self._walk(self._limit)
        url: str | None = None
        while walk.remaining != 0:
            items, url = walk.take(await self._client._execute(self._request, url))
            for item in items:
                yield convert(item) if convert is not None else item
            if url is None:
                return
            del items
