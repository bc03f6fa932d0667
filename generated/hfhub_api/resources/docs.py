"""Operations on docs.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, Mapping

from .._client_base import AsyncResource, Resource
from .._request import Request, Timeout
from .._request import query as _q
from .._request import with_options as _with_options
from .._types import UNSET, ListOf
from ..models._docs import Doc, SearchFullTextResponse, SearchItem


def _list() -> Request[list[Doc]]:
    return Request("GET", "/api/docs", convert=ListOf(Doc))


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


    def list(self, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> builtins.list[Doc]:
        """List docs.

        Get list of available documentation

        ``GET /api/docs``
        """
        return self._client._send(_with_options(_list(), extra_headers, extra_query, extra_body, timeout))

    def search(self, *, q: str, limit: int | None = UNSET, product: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> builtins.list[SearchItem]:
        """Search docs.

        Search any Hugging Face documentation

        Args:
            limit: Query parameter ``limit``. From 1 to 25. Server default: ``10``.
            product: Query parameter ``product``. One of ``"hub"``, ``"transformers"``, ``"diffusers"``, ``"datasets"``, ``"gradio"``, ``"trackio"``, ``"smolagents"``, ``"huggingface_hub"``, ``"cli"``, ``"huggingface.js"``, ``"transformers.js"``, ``"inference-providers"``, ....
            q: Query parameter ``q``. At most 250 characters.

        ``GET /api/docs/search``
        """
        return self._client._send(_with_options(_search(limit, product, q), extra_headers, extra_query, extra_body, timeout))

    def search_full_text(self, *, q: str, domain: str | None = UNSET, limit: int | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> SearchFullTextResponse:
        """Full-text search docs.

        Full-text search across Hugging Face documentation

        Args:
            domain: Query parameter ``domain``. At most 100 characters.
            limit: Query parameter ``limit``. From 1 to 100. Server default: ``9``.
            q: Query parameter ``q``. At most 250 characters.

        ``GET /api/docs/search/full-text``
        """
        return self._client._send(_with_options(_search_full_text(domain, limit, q), extra_headers, extra_query, extra_body, timeout))


class AsyncDocsResource(AsyncResource):
    """Operations on docs. (async)"""

    __slots__ = ()


    async def list(self, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> builtins.list[Doc]:
        """List docs.

        Get list of available documentation

        Async: ``await client.docs.list(...)`` returns ``list[Doc]``.

        ``GET /api/docs``
        """
        return await self._client._send(_with_options(_list(), extra_headers, extra_query, extra_body, timeout))

    async def search(self, *, q: str, limit: int | None = UNSET, product: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> builtins.list[SearchItem]:
        """Search docs.

        Search any Hugging Face documentation

        Args:
            limit: Query parameter ``limit``. From 1 to 25. Server default: ``10``.
            product: Query parameter ``product``. One of ``"hub"``, ``"transformers"``, ``"diffusers"``, ``"datasets"``, ``"gradio"``, ``"trackio"``, ``"smolagents"``, ``"huggingface_hub"``, ``"cli"``, ``"huggingface.js"``, ``"transformers.js"``, ``"inference-providers"``, ....
            q: Query parameter ``q``. At most 250 characters.

        Async: ``await client.docs.search(...)`` returns ``list[SearchItem]``.

        ``GET /api/docs/search``
        """
        return await self._client._send(_with_options(_search(limit, product, q), extra_headers, extra_query, extra_body, timeout))

    async def search_full_text(self, *, q: str, domain: str | None = UNSET, limit: int | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> SearchFullTextResponse:
        """Full-text search docs.

        Full-text search across Hugging Face documentation

        Args:
            domain: Query parameter ``domain``. At most 100 characters.
            limit: Query parameter ``limit``. From 1 to 100. Server default: ``9``.
            q: Query parameter ``q``. At most 250 characters.

        Async: ``await client.docs.search_full_text(...)`` returns ``SearchFullTextResponse``.

        ``GET /api/docs/search/full-text``
        """
        return await self._client._send(_with_options(_search_full_text(domain, limit, q), extra_headers, extra_query, extra_body, timeout))


if TYPE_CHECKING:
    from .._raw_response import async_raw, raw

    class DocsResourceWithRawResponse:
        """``client.with_raw_response.<resource>``: each method answering a ``RawResponse`` (declared for checkers)."""

        list = raw(DocsResource.list)
        search = raw(DocsResource.search)
        search_full_text = raw(DocsResource.search_full_text)

    class AsyncDocsResourceWithRawResponse:
        """``client.with_raw_response.<resource>`` of the async client (declared for checkers)."""

        list = async_raw(AsyncDocsResource.list)
        search = async_raw(AsyncDocsResource.search)
        search_full_text = async_raw(AsyncDocsResource.search_full_text)
