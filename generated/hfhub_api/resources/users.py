"""Operations on users.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._client_base import AsyncEventStream, AsyncResource, EventStream, Resource
from .._pagination import AsyncPaginator, Paginator
from .._request import Request, Timeout
from .._request import query as _q
from .._request import segment as _seg
from .._request import with_options as _with_options
from .._sse import ServerSentEvent
from .._types import UNSET
from ..models._shared import GetAvatarResponse, GetBillingUsageByInferenceSessionResponse, GetBillingUsageResponse, Repository
from ..models._users import GetMcpToolsResponse, GetOverviewResponse, Like, ListBillingUsageJobsResponse, UserGetSocialsResponse, WhoamiResponse


def _get_avatar(username: str, redirect: Any) -> Request[GetAvatarResponse]:
    return Request(
        "GET",
        f"/api/users/{_seg(username, 'username')}/avatar",
        params=_q({"redirect": redirect}),
        convert=GetAvatarResponse,
    )


def _get_billing_usage(period_id: str | None) -> Request[GetBillingUsageResponse]:
    return Request(
        "GET",
        "/api/settings/billing/usage",
        params=_q({"periodId": period_id}),
        convert=GetBillingUsageResponse,
    )


def _get_billing_usage_by_inference_session(end_date: datetime | None, start_date: datetime | None) -> Request[GetBillingUsageByInferenceSessionResponse]:
    return Request(
        "GET",
        "/api/settings/billing/usage-by-inference-session",
        params=_q({"endDate": end_date, "startDate": start_date}),
        convert=GetBillingUsageByInferenceSessionResponse,
    )


def _get_billing_usage_v2(end_date: int, start_date: int) -> Request[Any]:
    return Request("GET", "/api/settings/billing/usage-v2", params=_q({"endDate": end_date, "startDate": start_date}))


def _get_mcp_tools() -> Request[GetMcpToolsResponse]:
    return Request("GET", "/api/settings/mcp", convert=GetMcpToolsResponse)


def _get_namespace_avatar(namespace: str) -> Request[bytes]:
    return Request("GET", f"/api/avatars/{_seg(namespace, 'namespace')}", kind="binary")


def _get_overview(username: str) -> Request[GetOverviewResponse]:
    return Request("GET", f"/api/users/{_seg(username, 'username')}/overview", convert=GetOverviewResponse)


def _get_socials(username: str) -> Request[UserGetSocialsResponse]:
    return Request("GET", f"/api/users/{_seg(username, 'username')}/socials", convert=UserGetSocialsResponse)


def _list_billing_usage_jobs() -> Request[ListBillingUsageJobsResponse]:
    return Request("GET", "/api/settings/billing/usage/jobs", convert=ListBillingUsageJobsResponse)


def _list_likes(username: str, cursor: str | None, limit: int | None) -> Request[Like]:
    return Request(
        "GET",
        f"/api/users/{_seg(username, 'username')}/likes",
        params=_q({"cursor": cursor, "limit": limit}),
        convert=Like,
        paginated=True,
    )


def _list_repositories(direction: Literal["asc", "desc"] | str | None, limit: int | None, search: str | None, sort: Literal["storage", "updatedAt"] | str | None, type: Literal["dataset", "model", "space", "bucket", "kernel"] | str | None) -> Request[Repository]:
    return Request(
        "GET",
        "/api/settings/repositories",
        params=_q({"direction": direction, "limit": limit, "search": search, "sort": sort, "type": type}),
        convert=Repository,
        paginated=True,
    )


def _stream_billing_usage() -> Request[ServerSentEvent]:
    return Request("GET", "/api/settings/billing/usage/live", kind="sse")


def _stream_metrics() -> Request[ServerSentEvent]:
    return Request("GET", "/api/settings/metrics/live", kind="sse")


def _stream_user_billing_usage(username: str) -> Request[ServerSentEvent]:
    return Request("GET", f"/api/users/{_seg(username, 'username')}/billing/usage/live", kind="sse")


def _whoami() -> Request[WhoamiResponse]:
    return Request("GET", "/api/whoami-v2", convert=WhoamiResponse)


class UsersResource(Resource):
    """Operations on users."""

    __slots__ = ()


    def get_avatar(self, username: str, *, redirect: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetAvatarResponse:
        """Retrieve user avatar.

        This endpoint returns a JSON with the avatar URL for the user.

        If called with the `Sec-Fetch-Dest: image` header, it instead redirects to the avatar URL

        Args:
            username: A user name (``{username}`` in the path).
            redirect: Redirect to the avatar url instead of returning it.

        ``GET /api/users/{username}/avatar``
        """
        return self._client._send(_with_options(_get_avatar(username, redirect), extra_headers, extra_query, extra_body, timeout))

    def get_billing_usage(self, *, period_id: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetBillingUsageResponse:
        """Get user usage.

        Get user usage for a given period

        Args:
            period_id: Query parameter ``periodId``. Exactly 24 characters. Matches ``^[0-9a-f]{24}$``.

        ``GET /api/settings/billing/usage``
        """
        return self._client._send(_with_options(_get_billing_usage(period_id), extra_headers, extra_query, extra_body, timeout))

    def get_billing_usage_by_inference_session(self, *, end_date: datetime | None = UNSET, start_date: datetime | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetBillingUsageByInferenceSessionResponse:
        """Get session inference usage.

        Get user inference-provider usage broken down per session id

        Args:
            end_date: Query parameter ``endDate``. A date and time (ISO 8601). Server default: ``"2026-08-17T09:35:12.624Z"``.
            start_date: Query parameter ``startDate``. A date and time (ISO 8601). Server default: ``"2026-08-01T00:00:00.000Z"``.

        ``GET /api/settings/billing/usage-by-inference-session``
        """
        return self._client._send(_with_options(_get_billing_usage_by_inference_session(end_date, start_date), extra_headers, extra_query, extra_body, timeout))

    def get_billing_usage_v2(self, *, end_date: int, start_date: int, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Any:
        """Get user usage.

        Get user usage for a given period

        Args:
            end_date: Query parameter ``endDate``. More than 0.
            start_date: Query parameter ``startDate``. More than 0.

        ``GET /api/settings/billing/usage-v2``
        """
        return self._client._send(_with_options(_get_billing_usage_v2(end_date, start_date), extra_headers, extra_query, extra_body, timeout))

    def get_mcp_tools(self, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetMcpToolsResponse:
        """Get MCP tools.

        Get the MCP tools for the current user

        ``GET /api/settings/mcp``
        """
        return self._client._send(_with_options(_get_mcp_tools(), extra_headers, extra_query, extra_body, timeout))

    def get_namespace_avatar(self, namespace: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> bytes:
        """Get avatar.

        Display the avatar for any user or organization. This endpoint redirects to the avatar URL for either a user or an organization

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).

        ``GET /api/avatars/{namespace}``
        """
        return self._client._send(_with_options(_get_namespace_avatar(namespace), extra_headers, extra_query, extra_body, timeout))

    def get_overview(self, username: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetOverviewResponse:
        """User overview.

        Args:
            username: A user name (``{username}`` in the path).

        ``GET /api/users/{username}/overview``
        """
        return self._client._send(_with_options(_get_overview(username), extra_headers, extra_query, extra_body, timeout))

    def get_socials(self, username: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> UserGetSocialsResponse:
        """Get social handles.

        Get a user's social media handles

        Args:
            username: A user name (``{username}`` in the path).

        ``GET /api/users/{username}/socials``
        """
        return self._client._send(_with_options(_get_socials(username), extra_headers, extra_query, extra_body, timeout))

    def list_billing_usage_jobs(self, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ListBillingUsageJobsResponse:
        """Get jobs usage.

        Get user Jobs usage for current subscription period

        ``GET /api/settings/billing/usage/jobs``
        """
        return self._client._send(_with_options(_list_billing_usage_jobs(), extra_headers, extra_query, extra_body, timeout))

    def list_likes(self, username: str, *, cursor: str | None = UNSET, limit: int | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Paginator[Like]:
        """List user likes.

        List public repos liked by a user

        Args:
            username: A user name (``{username}`` in the path).
            cursor: Cursor for pagination. Always check to see if more results, a page can be empty or not filled. Exactly 24 characters. Matches ``^[0-9a-f]{24}$``.
            limit: Max number of likes to return. At least 1.

        ``GET /api/users/{username}/likes``
        """
        return self._client._paginate(_with_options(_list_likes(username, cursor, limit), extra_headers, extra_query, extra_body, timeout))

    def list_repositories(self, *, direction: Literal["asc", "desc"] | str | None = UNSET, limit: int | None = UNSET, search: str | None = UNSET, sort: Literal["storage", "updatedAt"] | str | None = UNSET, type: Literal["dataset", "model", "space", "bucket", "kernel"] | str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Paginator[Repository]:
        """List user repositories.

        Args:
            direction: Sort direction (default: desc). One of ``"asc"``, ``"desc"``. Server default: ``"desc"``.
            limit: Max number of repositories to return. At least 1.
            search: Filter repositories by name (case-insensitive substring match).
            sort: Sort field (default: storage). One of ``"storage"``, ``"updatedAt"``. Server default: ``"storage"``.
            type: Filter by repository type. One of ``"dataset"``, ``"model"``, ``"space"``, ``"bucket"``, ``"kernel"``.

        ``GET /api/settings/repositories``
        """
        return self._client._paginate(_with_options(_list_repositories(direction, limit, search, sort, type), extra_headers, extra_query, extra_body, timeout))

    def stream_billing_usage(self, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> EventStream:
        """Stream usage.

        Get live usage for user

        ``GET /api/settings/billing/usage/live``
        """
        return self._client._stream(_with_options(_stream_billing_usage(), extra_headers, extra_query, extra_body, timeout))

    def stream_metrics(self, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> EventStream:
        """Stream metrics.

        Get live usage and running jobs count for the logged-in user, over a single SSE connection

        ``GET /api/settings/metrics/live``
        """
        return self._client._stream(_with_options(_stream_metrics(), extra_headers, extra_query, extra_body, timeout))

    def stream_user_billing_usage(self, username: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> EventStream:
        """Stream usage.

        Get live usage for user

        Args:
            username: A user name (``{username}`` in the path).

        ``GET /api/users/{username}/billing/usage/live``
        """
        return self._client._stream(_with_options(_stream_user_billing_usage(username), extra_headers, extra_query, extra_body, timeout))

    def whoami(self, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> WhoamiResponse:
        """Get user info.

        Get information about the user and auth method used

        ``GET /api/whoami-v2``
        """
        return self._client._send(_with_options(_whoami(), extra_headers, extra_query, extra_body, timeout))


class AsyncUsersResource(AsyncResource):
    """Operations on users. (async)"""

    __slots__ = ()


    async def get_avatar(self, username: str, *, redirect: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetAvatarResponse:
        """Retrieve user avatar.

        This endpoint returns a JSON with the avatar URL for the user.

        If called with the `Sec-Fetch-Dest: image` header, it instead redirects to the avatar URL

        Args:
            username: A user name (``{username}`` in the path).
            redirect: Redirect to the avatar url instead of returning it.

        Async: ``await client.users.get_avatar(...)`` returns ``GetAvatarResponse``.

        ``GET /api/users/{username}/avatar``
        """
        return await self._client._send(_with_options(_get_avatar(username, redirect), extra_headers, extra_query, extra_body, timeout))

    async def get_billing_usage(self, *, period_id: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetBillingUsageResponse:
        """Get user usage.

        Get user usage for a given period

        Args:
            period_id: Query parameter ``periodId``. Exactly 24 characters. Matches ``^[0-9a-f]{24}$``.

        Async: ``await client.users.get_billing_usage(...)`` returns ``GetBillingUsageResponse``.

        ``GET /api/settings/billing/usage``
        """
        return await self._client._send(_with_options(_get_billing_usage(period_id), extra_headers, extra_query, extra_body, timeout))

    async def get_billing_usage_by_inference_session(self, *, end_date: datetime | None = UNSET, start_date: datetime | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetBillingUsageByInferenceSessionResponse:
        """Get session inference usage.

        Get user inference-provider usage broken down per session id

        Args:
            end_date: Query parameter ``endDate``. A date and time (ISO 8601). Server default: ``"2026-08-17T09:35:12.624Z"``.
            start_date: Query parameter ``startDate``. A date and time (ISO 8601). Server default: ``"2026-08-01T00:00:00.000Z"``.

        Async: ``await client.users.get_billing_usage_by_inference_session(...)`` returns ``GetBillingUsageByInferenceSessionResponse``.

        ``GET /api/settings/billing/usage-by-inference-session``
        """
        return await self._client._send(_with_options(_get_billing_usage_by_inference_session(end_date, start_date), extra_headers, extra_query, extra_body, timeout))

    async def get_billing_usage_v2(self, *, end_date: int, start_date: int, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Any:
        """Get user usage.

        Get user usage for a given period

        Args:
            end_date: Query parameter ``endDate``. More than 0.
            start_date: Query parameter ``startDate``. More than 0.

        Async: ``await client.users.get_billing_usage_v2(...)`` returns ``Any``.

        ``GET /api/settings/billing/usage-v2``
        """
        return await self._client._send(_with_options(_get_billing_usage_v2(end_date, start_date), extra_headers, extra_query, extra_body, timeout))

    async def get_mcp_tools(self, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetMcpToolsResponse:
        """Get MCP tools.

        Get the MCP tools for the current user

        Async: ``await client.users.get_mcp_tools(...)`` returns ``GetMcpToolsResponse``.

        ``GET /api/settings/mcp``
        """
        return await self._client._send(_with_options(_get_mcp_tools(), extra_headers, extra_query, extra_body, timeout))

    async def get_namespace_avatar(self, namespace: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> bytes:
        """Get avatar.

        Display the avatar for any user or organization. This endpoint redirects to the avatar URL for either a user or an organization

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).

        Async: ``await client.users.get_namespace_avatar(...)`` returns ``bytes``.

        ``GET /api/avatars/{namespace}``
        """
        return await self._client._send(_with_options(_get_namespace_avatar(namespace), extra_headers, extra_query, extra_body, timeout))

    async def get_overview(self, username: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetOverviewResponse:
        """User overview.

        Args:
            username: A user name (``{username}`` in the path).

        Async: ``await client.users.get_overview(...)`` returns ``GetOverviewResponse``.

        ``GET /api/users/{username}/overview``
        """
        return await self._client._send(_with_options(_get_overview(username), extra_headers, extra_query, extra_body, timeout))

    async def get_socials(self, username: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> UserGetSocialsResponse:
        """Get social handles.

        Get a user's social media handles

        Args:
            username: A user name (``{username}`` in the path).

        Async: ``await client.users.get_socials(...)`` returns ``UserGetSocialsResponse``.

        ``GET /api/users/{username}/socials``
        """
        return await self._client._send(_with_options(_get_socials(username), extra_headers, extra_query, extra_body, timeout))

    async def list_billing_usage_jobs(self, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ListBillingUsageJobsResponse:
        """Get jobs usage.

        Get user Jobs usage for current subscription period

        Async: ``await client.users.list_billing_usage_jobs(...)`` returns ``ListBillingUsageJobsResponse``.

        ``GET /api/settings/billing/usage/jobs``
        """
        return await self._client._send(_with_options(_list_billing_usage_jobs(), extra_headers, extra_query, extra_body, timeout))

    def list_likes(self, username: str, *, cursor: str | None = UNSET, limit: int | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> AsyncPaginator[Like]:
        """List user likes.

        List public repos liked by a user

        Args:
            username: A user name (``{username}`` in the path).
            cursor: Cursor for pagination. Always check to see if more results, a page can be empty or not filled. Exactly 24 characters. Matches ``^[0-9a-f]{24}$``.
            limit: Max number of likes to return. At least 1.

        Async: returns an ``AsyncPaginator[Like]`` at once, without ``await``: ``async for item in client.users.list_likes(...)``.

        ``GET /api/users/{username}/likes``
        """
        return self._client._paginate(_with_options(_list_likes(username, cursor, limit), extra_headers, extra_query, extra_body, timeout))

    def list_repositories(self, *, direction: Literal["asc", "desc"] | str | None = UNSET, limit: int | None = UNSET, search: str | None = UNSET, sort: Literal["storage", "updatedAt"] | str | None = UNSET, type: Literal["dataset", "model", "space", "bucket", "kernel"] | str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> AsyncPaginator[Repository]:
        """List user repositories.

        Args:
            direction: Sort direction (default: desc). One of ``"asc"``, ``"desc"``. Server default: ``"desc"``.
            limit: Max number of repositories to return. At least 1.
            search: Filter repositories by name (case-insensitive substring match).
            sort: Sort field (default: storage). One of ``"storage"``, ``"updatedAt"``. Server default: ``"storage"``.
            type: Filter by repository type. One of ``"dataset"``, ``"model"``, ``"space"``, ``"bucket"``, ``"kernel"``.

        Async: returns an ``AsyncPaginator[Repository]`` at once, without ``await``: ``async for item in client.users.list_repositories(...)``.

        ``GET /api/settings/repositories``
        """
        return self._client._paginate(_with_options(_list_repositories(direction, limit, search, sort, type), extra_headers, extra_query, extra_body, timeout))

    async def stream_billing_usage(self, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> AsyncEventStream:
        """Stream usage.

        Get live usage for user

        Async: await it for an ``AsyncEventStream``: ``async for event in await client.users.stream_billing_usage(...)``.

        ``GET /api/settings/billing/usage/live``
        """
        return await self._client._stream(_with_options(_stream_billing_usage(), extra_headers, extra_query, extra_body, timeout))

    async def stream_metrics(self, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> AsyncEventStream:
        """Stream metrics.

        Get live usage and running jobs count for the logged-in user, over a single SSE connection

        Async: await it for an ``AsyncEventStream``: ``async for event in await client.users.stream_metrics(...)``.

        ``GET /api/settings/metrics/live``
        """
        return await self._client._stream(_with_options(_stream_metrics(), extra_headers, extra_query, extra_body, timeout))

    async def stream_user_billing_usage(self, username: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> AsyncEventStream:
        """Stream usage.

        Get live usage for user

        Args:
            username: A user name (``{username}`` in the path).

        Async: await it for an ``AsyncEventStream``: ``async for event in await client.users.stream_user_billing_usage(...)``.

        ``GET /api/users/{username}/billing/usage/live``
        """
        return await self._client._stream(_with_options(_stream_user_billing_usage(username), extra_headers, extra_query, extra_body, timeout))

    async def whoami(self, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> WhoamiResponse:
        """Get user info.

        Get information about the user and auth method used

        Async: ``await client.users.whoami(...)`` returns ``WhoamiResponse``.

        ``GET /api/whoami-v2``
        """
        return await self._client._send(_with_options(_whoami(), extra_headers, extra_query, extra_body, timeout))


if TYPE_CHECKING:
    from .._raw_response import async_raw, raw

    class UsersResourceWithRawResponse:
        """``client.with_raw_response.<resource>``: each method answering a ``RawResponse`` (declared for checkers)."""

        get_avatar = raw(UsersResource.get_avatar)
        get_billing_usage = raw(UsersResource.get_billing_usage)
        get_billing_usage_by_inference_session = raw(UsersResource.get_billing_usage_by_inference_session)
        get_billing_usage_v2 = raw(UsersResource.get_billing_usage_v2)
        get_mcp_tools = raw(UsersResource.get_mcp_tools)
        get_namespace_avatar = raw(UsersResource.get_namespace_avatar)
        get_overview = raw(UsersResource.get_overview)
        get_socials = raw(UsersResource.get_socials)
        list_billing_usage_jobs = raw(UsersResource.list_billing_usage_jobs)
        list_likes = raw(UsersResource.list_likes)
        list_repositories = raw(UsersResource.list_repositories)
        stream_billing_usage = raw(UsersResource.stream_billing_usage)
        stream_metrics = raw(UsersResource.stream_metrics)
        stream_user_billing_usage = raw(UsersResource.stream_user_billing_usage)
        whoami = raw(UsersResource.whoami)

    class AsyncUsersResourceWithRawResponse:
        """``client.with_raw_response.<resource>`` of the async client (declared for checkers)."""

        get_avatar = async_raw(AsyncUsersResource.get_avatar)
        get_billing_usage = async_raw(AsyncUsersResource.get_billing_usage)
        get_billing_usage_by_inference_session = async_raw(AsyncUsersResource.get_billing_usage_by_inference_session)
        get_billing_usage_v2 = async_raw(AsyncUsersResource.get_billing_usage_v2)
        get_mcp_tools = async_raw(AsyncUsersResource.get_mcp_tools)
        get_namespace_avatar = async_raw(AsyncUsersResource.get_namespace_avatar)
        get_overview = async_raw(AsyncUsersResource.get_overview)
        get_socials = async_raw(AsyncUsersResource.get_socials)
        list_billing_usage_jobs = async_raw(AsyncUsersResource.list_billing_usage_jobs)
        list_likes = async_raw(AsyncUsersResource.list_likes)
        list_repositories = async_raw(AsyncUsersResource.list_repositories)
        stream_billing_usage = async_raw(AsyncUsersResource.stream_billing_usage)
        stream_metrics = async_raw(AsyncUsersResource.stream_metrics)
        stream_user_billing_usage = async_raw(AsyncUsersResource.stream_user_billing_usage)
        whoami = async_raw(AsyncUsersResource.whoami)
