"""Operations on agents.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from .._client_base import AsyncResource, Resource
from .._request import Request, Timeout
from .._request import with_options as _with_options
from .._types import UNSET
from ..models._agents import ListHarnessesResponse


def _list_harnesses() -> Request[ListHarnessesResponse]:
    return Request("GET", "/api/agent-harnesses", convert=ListHarnessesResponse)


class AgentsResource(Resource):
    """Operations on agents."""

    __slots__ = ()


    def list_harnesses(self, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ListHarnessesResponse:
        """Get agent harnesses.

        Get the registry of AI agents / harnesses known to the Hub, along with the standard environment variables used to detect them. Clients use this registry to identify which agent they are running in when reporting Hub activity.

        ``GET /api/agent-harnesses``
        """
        return self._client._send(_with_options(_list_harnesses(), extra_headers, extra_query, extra_body, timeout))


class AsyncAgentsResource(AsyncResource):
    """Operations on agents. (async)"""

    __slots__ = ()


    async def list_harnesses(self, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ListHarnessesResponse:
        """Get agent harnesses.

        Get the registry of AI agents / harnesses known to the Hub, along with the standard environment variables used to detect them. Clients use this registry to identify which agent they are running in when reporting Hub activity.

        Async: ``await client.agents.list_harnesses(...)`` returns ``ListHarnessesResponse``.

        ``GET /api/agent-harnesses``
        """
        return await self._client._send(_with_options(_list_harnesses(), extra_headers, extra_query, extra_body, timeout))


if TYPE_CHECKING:
    from .._raw_response import async_raw, raw

    class AgentsResourceWithRawResponse:
        """``client.with_raw_response.<resource>``: each method answering a ``RawResponse`` (declared for checkers)."""

        list_harnesses = raw(AgentsResource.list_harnesses)

    class AsyncAgentsResourceWithRawResponse:
        """``client.with_raw_response.<resource>`` of the async client (declared for checkers)."""

        list_harnesses = async_raw(AsyncAgentsResource.list_harnesses)
