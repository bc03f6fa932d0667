"""Operations on tokens.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import Any

from .._client_base import AsyncResource, Resource
from .._request import Request
from .._request import fields as _fields
from .._types import UNSET


def _revoke_leaked(credentials: list[str] | None) -> Request[Any]:
    return Request("POST", "/api/credentials/revoke", json=_fields({"credentials": credentials}), kind="empty")


class TokensResource(Resource):
    """Operations on tokens."""

    __slots__ = ()


    def revoke_leaked(self, *, credentials: list[str] | None = UNSET) -> Any:
        """Revoke leaked tokens.

        Publicly invalidate leaked Hugging Face access tokens. Possession of the raw token value is the only proof required: no authentication is needed, and no rights over the owning account or org are necessary. Each raw token is fully invalidated, the owning user is notified by email. Always returns 202, whether or not any of the provided tokens existed, so the response cannot be used to probe token validity.

        Args:
            credentials: Raw access token values to invalidate, at most 1000.

        ``POST /api/credentials/revoke``
        """
        return self._client._send(_revoke_leaked(credentials))


class AsyncTokensResource(AsyncResource):
    """Operations on tokens. (async)"""

    __slots__ = ()


    async def revoke_leaked(self, *, credentials: list[str] | None = UNSET) -> Any:
        """Revoke leaked tokens (async form of ``TokensResource.revoke_leaked``)."""
        return await self._client._send(_revoke_leaked(credentials))
