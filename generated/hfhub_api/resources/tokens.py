"""Operations on tokens.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from .._client_base import AsyncResource, Resource
from .._request import Request, Timeout
from .._request import fields as _fields
from .._request import with_options as _with_options
from .._types import UNSET


def _revoke_leaked(credentials: list[str] | None) -> Request[None]:
    return Request("POST", "/api/credentials/revoke", json=_fields({"credentials": credentials}), kind="empty")


class TokensResource(Resource):
    """Operations on tokens."""

    __slots__ = ()


    def revoke_leaked(self, *, credentials: list[str] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Revoke leaked tokens.

        Publicly invalidate leaked Hugging Face access tokens. Possession of the raw token value is the only proof required: no authentication is needed, and no rights over the owning account or org are necessary. Each raw token is fully invalidated, the owning user is notified by email. Always returns 202, whether or not any of the provided tokens existed, so the response cannot be used to probe token validity.

        Args:
            credentials: Raw access token values to invalidate, at most 1000.

        ``POST /api/credentials/revoke``
        """
        return self._client._send(_with_options(_revoke_leaked(credentials), extra_headers, extra_query, extra_body, timeout))


class AsyncTokensResource(AsyncResource):
    """Operations on tokens. (async)"""

    __slots__ = ()


    async def revoke_leaked(self, *, credentials: list[str] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Revoke leaked tokens.

        Publicly invalidate leaked Hugging Face access tokens. Possession of the raw token value is the only proof required: no authentication is needed, and no rights over the owning account or org are necessary. Each raw token is fully invalidated, the owning user is notified by email. Always returns 202, whether or not any of the provided tokens existed, so the response cannot be used to probe token validity.

        Args:
            credentials: Raw access token values to invalidate, at most 1000.

        Async: ``await client.tokens.revoke_leaked(...)`` returns ``None``.

        ``POST /api/credentials/revoke``
        """
        return await self._client._send(_with_options(_revoke_leaked(credentials), extra_headers, extra_query, extra_body, timeout))


if TYPE_CHECKING:
    from .._raw_response import async_raw, raw

    class TokensResourceWithRawResponse:
        """``client.with_raw_response.<resource>``: each method answering a ``RawResponse`` (declared for checkers)."""

        revoke_leaked = raw(TokensResource.revoke_leaked)

    class AsyncTokensResourceWithRawResponse:
        """``client.with_raw_response.<resource>`` of the async client (declared for checkers)."""

        revoke_leaked = async_raw(AsyncTokensResource.revoke_leaked)
