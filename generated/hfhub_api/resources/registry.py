"""Operations on registry.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from .._client_base import AsyncResource, Resource
from .._request import Request, Timeout
from .._request import query as _q
from .._request import with_options as _with_options
from .._types import UNSET
from ..models._registry import GetTokenResponse


def _get_token(scope: str | list[str] | None, service: str) -> Request[GetTokenResponse]:
    return Request(
        "GET",
        "/api/registry/token",
        params=_q({"scope": scope, "service": service}),
        convert=GetTokenResponse,
    )


class RegistryResource(Resource):
    """Operations on registry."""

    __slots__ = ()


    def get_token(self, *, service: str, scope: str | list[str] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetTokenResponse:
        """Registry token.

        Mints a short-lived EdDSA JWT for the HuggingFace container registry, verifiable via the JWK at `/api/keys/jwt`.

        Args:
            scope: Docker Distribution scope(s), e.g. `repository:org/img:push,pull`. May be repeated.
            service: Registry service identifier — placed in the JWT `aud` claim. At least 1 characters.

        ``GET /api/registry/token``
        """
        return self._client._send(_with_options(_get_token(scope, service), extra_headers, extra_query, extra_body, timeout))


class AsyncRegistryResource(AsyncResource):
    """Operations on registry. (async)"""

    __slots__ = ()


    async def get_token(self, *, service: str, scope: str | list[str] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetTokenResponse:
        """Registry token.

        Mints a short-lived EdDSA JWT for the HuggingFace container registry, verifiable via the JWK at `/api/keys/jwt`.

        Args:
            scope: Docker Distribution scope(s), e.g. `repository:org/img:push,pull`. May be repeated.
            service: Registry service identifier — placed in the JWT `aud` claim. At least 1 characters.

        Async: ``await client.registry.get_token(...)`` returns ``GetTokenResponse``.

        ``GET /api/registry/token``
        """
        return await self._client._send(_with_options(_get_token(scope, service), extra_headers, extra_query, extra_body, timeout))


if TYPE_CHECKING:
    from .._raw_response import async_raw, raw

    class RegistryResourceWithRawResponse:
        """``client.with_raw_response.<resource>``: each method answering a ``RawResponse`` (declared for checkers)."""

        get_token = raw(RegistryResource.get_token)

    class AsyncRegistryResourceWithRawResponse:
        """``client.with_raw_response.<resource>`` of the async client (declared for checkers)."""

        get_token = async_raw(AsyncRegistryResource.get_token)
