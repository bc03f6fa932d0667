"""Operations on docs.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

import builtins

from .._client_base import AsyncResource, Resource
from .._request import Request
from .._request import query as _q
from .._types import UNSET, ListOf
from ..models._docs import ListItem2, SearchFullTextResponse, SearchItem


def _list() -> Request[list[ListItem2]]:
    return Request("GET", "/api/docs", convert=ListOf(ListItem2))


def _search(limit: int | None, product: str | None, q: str) -> Request[list[SearchItem]]:
    return Request(
        "GET",
        "/api/docs/search",
        params=_q({"limit": limit, "product": product, "q": q}),
        convert=ListOf(SearchItem),
    )


def _search_full_text(domain: str | None, limit: int | None, q: str) -> Request[SearchFullTextResponse]:
    return Request(
        "GET",
        "/api/docs/search/full-text",
        params=_q({"domain": domain, "limit": limit, "q": q}),
        convert=SearchFullTextResponse,
    )


class DocsResource(Resource):
    """Operations on docs."""

    __slots__ = ()


    def list(self) -> builtins.list[ListItem2]:
        """List docs.

        Get list of available documentation

        ``GET /api/docs``
        """
        return self._client._send(_list())

    def search(self, *, q: str, limit: int | None = UNSET, product: str | None = UNSET) -> builtins.list[SearchItem]:
        """Search docs.

        Search any Hugging Face documentation

        ``GET /api/docs/search``
        """
        return self._client._send(_search(limit, product, q))

    def search_full_text(self, *, q: str, domain: str | None = UNSET, limit: int | None = UNSET) -> SearchFullTextResponse:
        """Full-text search docs.

        Full-text search across Hugging Face documentation

        ``GET /api/docs/search/full-text``
        """
        return self._client._send(_search_full_text(domain, limit, q))


class AsyncDocsResource(AsyncResource):
    """Operations on docs. (async)"""

    __slots__ = ()


    async def list(self) -> builtins.list[ListItem2]:
        """List docs (async form of ``DocsResource.list``)."""
        return await self._client._send(_list())

    async def search(self, *, q: str, limit: int | None = UNSET, product: str | None = UNSET) -> builtins.list[SearchItem]:
        """Search docs (async form of ``DocsResource.search``)."""
        return await self._client._send(_search(limit, product, q))

    async def search_full_text(self, *, q: str, domain: str | None = UNSET, limit: int | None = UNSET) -> SearchFullTextResponse:
        """Full-text search docs (async form of ``DocsResource.search_full_text``)."""
        return await self._client._send(_search_full_text(domain, limit, q))
