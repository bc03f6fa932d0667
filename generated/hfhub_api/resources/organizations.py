"""Operations on organizations.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._client_base import AsyncEventStream, AsyncResource, EventStream, Resource
from .._pagination import AsyncPaginator, Paginator
from .._request import Request, Timeout
from .._request import fields as _fields
from .._request import query as _q
from .._request import segment as _seg
from .._request import with_options as _with_options
from .._sse import ServerSentEvent
from .._types import UNSET, ListOf
from ..models._organizations import BlockedContent, ExportAuditLogItem, GetBillingUsageByResourceGroupResponse, GetNetworkSecurityResponse, GetSocialsResponse, Member, OrganizationFollower, OrganizationOverview, UpdateMemberRoleBodyResourceGroup
from ..models._shared import GetAvatarResponse, GetBillingUsageByInferenceSessionResponse, GetBillingUsageResponse, Repository


def _export_audit_log(name: str, q: str | None) -> Request[list[ExportAuditLogItem]]:
    return Request(
        "GET",
        f"/api/organizations/{_seg(name, 'name')}/audit-log/export",
        params=_q({"q": q}),
        convert=ListOf(ExportAuditLogItem),
    )


def _get_avatar(name: str, redirect: Any) -> Request[GetAvatarResponse]:
    return Request(
        "GET",
        f"/api/organizations/{_seg(name, 'name')}/avatar",
        params=_q({"redirect": redirect}),
        convert=GetAvatarResponse,
    )


def _get_billing_usage(name: str, period_id: str | None) -> Request[GetBillingUsageResponse]:
    return Request(
        "GET",
        f"/api/organizations/{_seg(name, 'name')}/billing/usage",
        params=_q({"periodId": period_id}),
        convert=GetBillingUsageResponse,
    )


def _get_billing_usage_by_inference_session(name: str, end_date: datetime | None, start_date: datetime | None) -> Request[GetBillingUsageByInferenceSessionResponse]:
    return Request(
        "GET",
        f"/api/organizations/{_seg(name, 'name')}/billing/usage-by-inference-session",
        params=_q({"endDate": end_date, "startDate": start_date}),
        convert=GetBillingUsageByInferenceSessionResponse,
    )


def _get_billing_usage_by_resource_group(name: str, end_date: datetime | None, start_date: datetime | None) -> Request[GetBillingUsageByResourceGroupResponse]:
    return Request(
        "GET",
        f"/api/organizations/{_seg(name, 'name')}/billing/usage-by-resource-group",
        params=_q({"endDate": end_date, "startDate": start_date}),
        convert=GetBillingUsageByResourceGroupResponse,
    )


def _get_billing_usage_v2(name: str, end_date: int, start_date: int) -> Request[Any]:
    return Request(
        "GET",
        f"/api/organizations/{_seg(name, 'name')}/billing/usage-v2",
        params=_q({"endDate": end_date, "startDate": start_date}),
    )


def _get_network_security(name: str) -> Request[GetNetworkSecurityResponse]:
    return Request(
        "GET",
        f"/api/organizations/{_seg(name, 'name')}/settings/network-security",
        convert=GetNetworkSecurityResponse,
    )


def _get_overview(name: str) -> Request[OrganizationOverview]:
    return Request("GET", f"/api/organizations/{_seg(name, 'name')}/overview", convert=OrganizationOverview)


def _get_socials(name: str) -> Request[GetSocialsResponse]:
    return Request("GET", f"/api/organizations/{_seg(name, 'name')}/socials", convert=GetSocialsResponse)


def _list_followers(name: str, limit: int | None) -> Request[OrganizationFollower]:
    return Request(
        "GET",
        f"/api/organizations/{_seg(name, 'name')}/followers",
        params=_q({"limit": limit}),
        convert=OrganizationFollower,
        paginated=True,
    )


def _list_members(name: str, cursor: str | None, email: str | None, limit: int | None, search: str | None) -> Request[Member]:
    return Request(
        "GET",
        f"/api/organizations/{_seg(name, 'name')}/members",
        params=_q({"cursor": cursor, "email": email, "limit": limit, "search": search}),
        convert=Member,
        paginated=True,
    )


def _list_repositories(name: str, direction: Literal["asc", "desc"] | str | None, limit: int | None, search: str | None, sort: Literal["storage", "updatedAt"] | str | None, type: Literal["dataset", "model", "space", "bucket", "kernel"] | str | None) -> Request[Repository]:
    return Request(
        "GET",
        f"/api/organizations/{_seg(name, 'name')}/settings/repositories",
        params=_q({"direction": direction, "limit": limit, "search": search, "sort": sort, "type": type}),
        convert=Repository,
        paginated=True,
    )


def _revoke_member_token(name: str, token_id: str, body: Any) -> Request[None]:
    return Request(
        "POST",
        f"/api/organizations/{_seg(name, 'name')}/settings/tokens/{_seg(token_id, 'token_id')}/revoke",
        json=body,
        kind="empty",
    )


def _stream_billing_usage(name: str) -> Request[ServerSentEvent]:
    return Request("GET", f"/api/organizations/{_seg(name, 'name')}/billing/usage/live", kind="sse")


def _update_member_role(name: str, username: str, role: Literal["admin", "write", "contributor", "read", "no_access"] | str | None, resource_groups: list[UpdateMemberRoleBodyResourceGroup] | dict[str, Any] | None) -> Request[None]:
    return Request(
        "PUT",
        f"/api/organizations/{_seg(name, 'name')}/members/{_seg(username, 'username')}/role",
        json=_fields({"role": role, "resourceGroups": resource_groups}),
        kind="empty",
    )


def _update_network_security(name: str, enforce_auth: bool | None, enforce_ip_restriction: bool | None, high_rate_limits: bool | None, ip_ranges: list[str] | None, blocked_contents: list[BlockedContent] | dict[str, Any] | None, allowed_contents: list[BlockedContent] | dict[str, Any] | None, keep_repos_metadata_visible: bool | None) -> Request[GetNetworkSecurityResponse]:
    return Request(
        "PATCH",
        f"/api/organizations/{_seg(name, 'name')}/settings/network-security",
        json=_fields({"enforceAuth": enforce_auth, "enforceIpRestriction": enforce_ip_restriction, "highRateLimits": high_rate_limits, "ipRanges": ip_ranges, "blockedContents": blocked_contents, "allowedContents": allowed_contents, "keepReposMetadataVisible": keep_repos_metadata_visible}),
        convert=GetNetworkSecurityResponse,
    )


class OrganizationsResource(Resource):
    """Operations on organizations."""

    __slots__ = ()


    def export_audit_log(self, name: str, *, q: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> list[ExportAuditLogItem]:
        """Export the audit log.

        Export the audit log events in JSON format for a Team or Enterprise organization. The export is limited to the last 100,000 events.

        Args:
            name: Path parameter ``{name}``.
            q: Query parameter ``q``.

        ``GET /api/organizations/{name}/audit-log/export``
        """
        return self._client._send(_with_options(_export_audit_log(name, q), extra_headers, extra_query, extra_body, timeout))

    def get_avatar(self, name: str, *, redirect: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetAvatarResponse:
        """Get avatar.

        Retrieve organization avatar. This endpoint returns a JSON with the avatar URL for the organization.

        If called with the `Sec-Fetch-Dest: image` header, it instead redirects to the avatar URL

        Args:
            name: Path parameter ``{name}``.
            redirect: Redirect to the avatar url instead of returning it.

        ``GET /api/organizations/{name}/avatar``
        """
        return self._client._send(_with_options(_get_avatar(name, redirect), extra_headers, extra_query, extra_body, timeout))

    def get_billing_usage(self, name: str, *, period_id: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetBillingUsageResponse:
        """Get org usage.

        Get org usage for a given period

        Args:
            name: Path parameter ``{name}``.
            period_id: Query parameter ``periodId``. Exactly 24 characters. Matches ``^[0-9a-f]{24}$``.

        ``GET /api/organizations/{name}/billing/usage``
        """
        return self._client._send(_with_options(_get_billing_usage(name, period_id), extra_headers, extra_query, extra_body, timeout))

    def get_billing_usage_by_inference_session(self, name: str, *, end_date: datetime | None = UNSET, start_date: datetime | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetBillingUsageByInferenceSessionResponse:
        """Get session inference usage.

        Get org inference-provider usage broken down per session id, as a time-series of monthly periods.

        Args:
            name: Path parameter ``{name}``.
            end_date: Query parameter ``endDate``. A date and time (ISO 8601). Server default: ``"2026-08-17T09:35:12.624Z"``.
            start_date: Query parameter ``startDate``. A date and time (ISO 8601). Server default: ``"2026-08-01T00:00:00.000Z"``.

        ``GET /api/organizations/{name}/billing/usage-by-inference-session``
        """
        return self._client._send(_with_options(_get_billing_usage_by_inference_session(name, end_date, start_date), extra_headers, extra_query, extra_body, timeout))

    def get_billing_usage_by_resource_group(self, name: str, *, end_date: datetime | None = UNSET, start_date: datetime | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetBillingUsageByResourceGroupResponse:
        """Get resource group usage.

        Get org usage breakdown per resource group, returned as a time-series of monthly periods. Window is [startDate, endDate], defaults to the current month. Both dates must fall within the last 12 months. Storage values are the peak observed within each monthly period.

        Args:
            name: Path parameter ``{name}``.
            end_date: Query parameter ``endDate``. A date and time (ISO 8601). Server default: ``"2026-08-17T09:35:12.623Z"``.
            start_date: Query parameter ``startDate``. A date and time (ISO 8601). Server default: ``"2026-08-01T00:00:00.000Z"``.

        ``GET /api/organizations/{name}/billing/usage-by-resource-group``
        """
        return self._client._send(_with_options(_get_billing_usage_by_resource_group(name, end_date, start_date), extra_headers, extra_query, extra_body, timeout))

    def get_billing_usage_v2(self, name: str, *, end_date: int, start_date: int, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Any:
        """Get org usage.

        Get org usage for a given period

        Args:
            name: Path parameter ``{name}``.
            end_date: Query parameter ``endDate``. More than 0.
            start_date: Query parameter ``startDate``. More than 0.

        ``GET /api/organizations/{name}/billing/usage-v2``
        """
        return self._client._send(_with_options(_get_billing_usage_v2(name, end_date, start_date), extra_headers, extra_query, extra_body, timeout))

    def get_network_security(self, name: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetNetworkSecurityResponse:
        """Get network security settings.

        Get the network security settings for an organization.

        Args:
            name: Path parameter ``{name}``.

        ``GET /api/organizations/{name}/settings/network-security``
        """
        return self._client._send(_with_options(_get_network_security(name), extra_headers, extra_query, extra_body, timeout))

    def get_overview(self, name: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> OrganizationOverview:
        """Get organization overview.

        Args:
            name: Organization name.

        Described by hfhub (spec/additions), not by the published spec: ``GET /api/organizations/{name}/overview``
        """
        return self._client._send(_with_options(_get_overview(name), extra_headers, extra_query, extra_body, timeout))

    def get_socials(self, name: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetSocialsResponse:
        """Get social handles.

        Get an organization's social media handles

        Args:
            name: Path parameter ``{name}``.

        ``GET /api/organizations/{name}/socials``
        """
        return self._client._send(_with_options(_get_socials(name), extra_headers, extra_query, extra_body, timeout))

    def list_followers(self, name: str, *, limit: int | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Paginator[OrganizationFollower]:
        """List organization followers.

        Followers of an organization, paginated with `Link` headers.

        Args:
            name: Organization name.
            limit: At most this many followers in all. At least 1.

        Described by hfhub (spec/additions), not by the published spec: ``GET /api/organizations/{name}/followers``
        """
        return self._client._paginate(_with_options(_list_followers(name, limit), extra_headers, extra_query, extra_body, timeout))

    def list_members(self, name: str, *, cursor: str | None = UNSET, email: str | None = UNSET, limit: int | None = UNSET, search: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Paginator[Member]:
        """Get organization members.

        Get a list of members for the organization with optional search and pagination.

        Args:
            name: Path parameter ``{name}``.
            cursor: Query parameter ``cursor``.
            email: Query parameter ``email``.
            limit: Query parameter ``limit``. From 10 to 10000. Server default: ``500``.
            search: Query parameter ``search``.

        ``GET /api/organizations/{name}/members``
        """
        return self._client._paginate(_with_options(_list_members(name, cursor, email, limit, search), extra_headers, extra_query, extra_body, timeout))

    def list_repositories(self, name: str, *, direction: Literal["asc", "desc"] | str | None = UNSET, limit: int | None = UNSET, search: str | None = UNSET, sort: Literal["storage", "updatedAt"] | str | None = UNSET, type: Literal["dataset", "model", "space", "bucket", "kernel"] | str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Paginator[Repository]:
        """List organization repositories.

        Args:
            name: Path parameter ``{name}``.
            direction: Sort direction (default: desc). One of ``"asc"``, ``"desc"``. Server default: ``"desc"``.
            limit: Max number of repositories to return. At least 1.
            search: Filter repositories by name (case-insensitive substring match).
            sort: Sort field (default: storage). One of ``"storage"``, ``"updatedAt"``. Server default: ``"storage"``.
            type: Filter by repository type. One of ``"dataset"``, ``"model"``, ``"space"``, ``"bucket"``, ``"kernel"``.

        ``GET /api/organizations/{name}/settings/repositories``
        """
        return self._client._paginate(_with_options(_list_repositories(name, direction, limit, search, sort, type), extra_headers, extra_query, extra_body, timeout))

    def revoke_member_token(self, name: str, token_id: str, *, body: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Revoke member token.

        An org admin can revoke a token's access to the org. The token itself isn't deleted, it still works outside the org. The token id is the one displayed in the org token settings page or through the tokens listing API endpoint. Enterprise only.

        Args:
            name: Path parameter ``{name}``.
            token_id: Path parameter ``{tokenId}``.
            body: Request body, sent as JSON (the published spec does not describe it).

        ``POST /api/organizations/{name}/settings/tokens/{tokenId}/revoke``
        """
        return self._client._send(_with_options(_revoke_member_token(name, token_id, body), extra_headers, extra_query, extra_body, timeout))

    def stream_billing_usage(self, name: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> EventStream:
        """Stream usage.

        Get live usage for org

        Args:
            name: Path parameter ``{name}``.

        ``GET /api/organizations/{name}/billing/usage/live``
        """
        return self._client._stream(_with_options(_stream_billing_usage(name), extra_headers, extra_query, extra_body, timeout))

    def update_member_role(self, name: str, username: str, *, role: Literal["admin", "write", "contributor", "read", "no_access"] | str | None = UNSET, resource_groups: list[UpdateMemberRoleBodyResourceGroup] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Change member role.

        Change the role of a member in the organization. Need a paid plan.

        Args:
            name: Path parameter ``{name}``.
            username: A user name (``{username}`` in the path).
            role: Body field ``role``. One of ``"admin"``, ``"write"``, ``"contributor"``, ``"read"``, ``"no_access"``.
            resource_groups: Body field ``resourceGroups``.

        ``PUT /api/organizations/{name}/members/{username}/role``
        """
        return self._client._send(_with_options(_update_member_role(name, username, role, resource_groups), extra_headers, extra_query, extra_body, timeout))

    def update_network_security(self, name: str, *, enforce_auth: bool | None = UNSET, enforce_ip_restriction: bool | None = UNSET, high_rate_limits: bool | None = UNSET, ip_ranges: list[str] | None = UNSET, blocked_contents: list[BlockedContent] | dict[str, Any] | None = UNSET, allowed_contents: list[BlockedContent] | dict[str, Any] | None = UNSET, keep_repos_metadata_visible: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetNetworkSecurityResponse:
        """Update network security.

        Update the network security settings for an organization.

        Args:
            name: Path parameter ``{name}``.
            enforce_auth: Body field ``enforceAuth``.
            enforce_ip_restriction: Body field ``enforceIpRestriction``.
            high_rate_limits: Body field ``highRateLimits``.
            ip_ranges: Body field ``ipRanges``.
            blocked_contents: Body field ``blockedContents``.
            allowed_contents: Body field ``allowedContents``.
            keep_repos_metadata_visible: Body field ``keepReposMetadataVisible``.

        ``PATCH /api/organizations/{name}/settings/network-security``
        """
        return self._client._send(_with_options(_update_network_security(name, enforce_auth, enforce_ip_restriction, high_rate_limits, ip_ranges, blocked_contents, allowed_contents, keep_repos_metadata_visible), extra_headers, extra_query, extra_body, timeout))


class AsyncOrganizationsResource(AsyncResource):
    """Operations on organizations. (async)"""

    __slots__ = ()


    async def export_audit_log(self, name: str, *, q: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> list[ExportAuditLogItem]:
        """Export the audit log.

        Export the audit log events in JSON format for a Team or Enterprise organization. The export is limited to the last 100,000 events.

        Args:
            name: Path parameter ``{name}``.
            q: Query parameter ``q``.

        Async: ``await client.organizations.export_audit_log(...)`` returns ``list[ExportAuditLogItem]``.

        ``GET /api/organizations/{name}/audit-log/export``
        """
        return await self._client._send(_with_options(_export_audit_log(name, q), extra_headers, extra_query, extra_body, timeout))

    async def get_avatar(self, name: str, *, redirect: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetAvatarResponse:
        """Get avatar.

        Retrieve organization avatar. This endpoint returns a JSON with the avatar URL for the organization.

        If called with the `Sec-Fetch-Dest: image` header, it instead redirects to the avatar URL

        Args:
            name: Path parameter ``{name}``.
            redirect: Redirect to the avatar url instead of returning it.

        Async: ``await client.organizations.get_avatar(...)`` returns ``GetAvatarResponse``.

        ``GET /api/organizations/{name}/avatar``
        """
        return await self._client._send(_with_options(_get_avatar(name, redirect), extra_headers, extra_query, extra_body, timeout))

    async def get_billing_usage(self, name: str, *, period_id: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetBillingUsageResponse:
        """Get org usage.

        Get org usage for a given period

        Args:
            name: Path parameter ``{name}``.
            period_id: Query parameter ``periodId``. Exactly 24 characters. Matches ``^[0-9a-f]{24}$``.

        Async: ``await client.organizations.get_billing_usage(...)`` returns ``GetBillingUsageResponse``.

        ``GET /api/organizations/{name}/billing/usage``
        """
        return await self._client._send(_with_options(_get_billing_usage(name, period_id), extra_headers, extra_query, extra_body, timeout))

    async def get_billing_usage_by_inference_session(self, name: str, *, end_date: datetime | None = UNSET, start_date: datetime | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetBillingUsageByInferenceSessionResponse:
        """Get session inference usage.

        Get org inference-provider usage broken down per session id, as a time-series of monthly periods.

        Args:
            name: Path parameter ``{name}``.
            end_date: Query parameter ``endDate``. A date and time (ISO 8601). Server default: ``"2026-08-17T09:35:12.624Z"``.
            start_date: Query parameter ``startDate``. A date and time (ISO 8601). Server default: ``"2026-08-01T00:00:00.000Z"``.

        Async: ``await client.organizations.get_billing_usage_by_inference_session(...)`` returns ``GetBillingUsageByInferenceSessionResponse``.

        ``GET /api/organizations/{name}/billing/usage-by-inference-session``
        """
        return await self._client._send(_with_options(_get_billing_usage_by_inference_session(name, end_date, start_date), extra_headers, extra_query, extra_body, timeout))

    async def get_billing_usage_by_resource_group(self, name: str, *, end_date: datetime | None = UNSET, start_date: datetime | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetBillingUsageByResourceGroupResponse:
        """Get resource group usage.

        Get org usage breakdown per resource group, returned as a time-series of monthly periods. Window is [startDate, endDate], defaults to the current month. Both dates must fall within the last 12 months. Storage values are the peak observed within each monthly period.

        Args:
            name: Path parameter ``{name}``.
            end_date: Query parameter ``endDate``. A date and time (ISO 8601). Server default: ``"2026-08-17T09:35:12.623Z"``.
            start_date: Query parameter ``startDate``. A date and time (ISO 8601). Server default: ``"2026-08-01T00:00:00.000Z"``.

        Async: ``await client.organizations.get_billing_usage_by_resource_group(...)`` returns ``GetBillingUsageByResourceGroupResponse``.

        ``GET /api/organizations/{name}/billing/usage-by-resource-group``
        """
        return await self._client._send(_with_options(_get_billing_usage_by_resource_group(name, end_date, start_date), extra_headers, extra_query, extra_body, timeout))

    async def get_billing_usage_v2(self, name: str, *, end_date: int, start_date: int, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Any:
        """Get org usage.

        Get org usage for a given period

        Args:
            name: Path parameter ``{name}``.
            end_date: Query parameter ``endDate``. More than 0.
            start_date: Query parameter ``startDate``. More than 0.

        Async: ``await client.organizations.get_billing_usage_v2(...)`` returns ``Any``.

        ``GET /api/organizations/{name}/billing/usage-v2``
        """
        return await self._client._send(_with_options(_get_billing_usage_v2(name, end_date, start_date), extra_headers, extra_query, extra_body, timeout))

    async def get_network_security(self, name: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetNetworkSecurityResponse:
        """Get network security settings.

        Get the network security settings for an organization.

        Args:
            name: Path parameter ``{name}``.

        Async: ``await client.organizations.get_network_security(...)`` returns ``GetNetworkSecurityResponse``.

        ``GET /api/organizations/{name}/settings/network-security``
        """
        return await self._client._send(_with_options(_get_network_security(name), extra_headers, extra_query, extra_body, timeout))

    async def get_overview(self, name: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> OrganizationOverview:
        """Get organization overview.

        Args:
            name: Organization name.

        Async: ``await client.organizations.get_overview(...)`` returns ``OrganizationOverview``.

        Described by hfhub (spec/additions), not by the published spec: ``GET /api/organizations/{name}/overview``
        """
        return await self._client._send(_with_options(_get_overview(name), extra_headers, extra_query, extra_body, timeout))

    async def get_socials(self, name: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetSocialsResponse:
        """Get social handles.

        Get an organization's social media handles

        Args:
            name: Path parameter ``{name}``.

        Async: ``await client.organizations.get_socials(...)`` returns ``GetSocialsResponse``.

        ``GET /api/organizations/{name}/socials``
        """
        return await self._client._send(_with_options(_get_socials(name), extra_headers, extra_query, extra_body, timeout))

    def list_followers(self, name: str, *, limit: int | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> AsyncPaginator[OrganizationFollower]:
        """List organization followers.

        Followers of an organization, paginated with `Link` headers.

        Args:
            name: Organization name.
            limit: At most this many followers in all. At least 1.

        Async: returns an ``AsyncPaginator[OrganizationFollower]`` at once, without ``await``: ``async for item in client.organizations.list_followers(...)``.

        Described by hfhub (spec/additions), not by the published spec: ``GET /api/organizations/{name}/followers``
        """
        return self._client._paginate(_with_options(_list_followers(name, limit), extra_headers, extra_query, extra_body, timeout))

    def list_members(self, name: str, *, cursor: str | None = UNSET, email: str | None = UNSET, limit: int | None = UNSET, search: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> AsyncPaginator[Member]:
        """Get organization members.

        Get a list of members for the organization with optional search and pagination.

        Args:
            name: Path parameter ``{name}``.
            cursor: Query parameter ``cursor``.
            email: Query parameter ``email``.
            limit: Query parameter ``limit``. From 10 to 10000. Server default: ``500``.
            search: Query parameter ``search``.

        Async: returns an ``AsyncPaginator[Member]`` at once, without ``await``: ``async for item in client.organizations.list_members(...)``.

        ``GET /api/organizations/{name}/members``
        """
        return self._client._paginate(_with_options(_list_members(name, cursor, email, limit, search), extra_headers, extra_query, extra_body, timeout))

    def list_repositories(self, name: str, *, direction: Literal["asc", "desc"] | str | None = UNSET, limit: int | None = UNSET, search: str | None = UNSET, sort: Literal["storage", "updatedAt"] | str | None = UNSET, type: Literal["dataset", "model", "space", "bucket", "kernel"] | str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> AsyncPaginator[Repository]:
        """List organization repositories.

        Args:
            name: Path parameter ``{name}``.
            direction: Sort direction (default: desc). One of ``"asc"``, ``"desc"``. Server default: ``"desc"``.
            limit: Max number of repositories to return. At least 1.
            search: Filter repositories by name (case-insensitive substring match).
            sort: Sort field (default: storage). One of ``"storage"``, ``"updatedAt"``. Server default: ``"storage"``.
            type: Filter by repository type. One of ``"dataset"``, ``"model"``, ``"space"``, ``"bucket"``, ``"kernel"``.

        Async: returns an ``AsyncPaginator[Repository]`` at once, without ``await``: ``async for item in client.organizations.list_repositories(...)``.

        ``GET /api/organizations/{name}/settings/repositories``
        """
        return self._client._paginate(_with_options(_list_repositories(name, direction, limit, search, sort, type), extra_headers, extra_query, extra_body, timeout))

    async def revoke_member_token(self, name: str, token_id: str, *, body: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Revoke member token.

        An org admin can revoke a token's access to the org. The token itself isn't deleted, it still works outside the org. The token id is the one displayed in the org token settings page or through the tokens listing API endpoint. Enterprise only.

        Args:
            name: Path parameter ``{name}``.
            token_id: Path parameter ``{tokenId}``.
            body: Request body, sent as JSON (the published spec does not describe it).

        Async: ``await client.organizations.revoke_member_token(...)`` returns ``None``.

        ``POST /api/organizations/{name}/settings/tokens/{tokenId}/revoke``
        """
        return await self._client._send(_with_options(_revoke_member_token(name, token_id, body), extra_headers, extra_query, extra_body, timeout))

    async def stream_billing_usage(self, name: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> AsyncEventStream:
        """Stream usage.

        Get live usage for org

        Args:
            name: Path parameter ``{name}``.

        Async: await it for an ``AsyncEventStream``: ``async for event in await client.organizations.stream_billing_usage(...)``.

        ``GET /api/organizations/{name}/billing/usage/live``
        """
        return await self._client._stream(_with_options(_stream_billing_usage(name), extra_headers, extra_query, extra_body, timeout))

    async def update_member_role(self, name: str, username: str, *, role: Literal["admin", "write", "contributor", "read", "no_access"] | str | None = UNSET, resource_groups: list[UpdateMemberRoleBodyResourceGroup] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Change member role.

        Change the role of a member in the organization. Need a paid plan.

        Args:
            name: Path parameter ``{name}``.
            username: A user name (``{username}`` in the path).
            role: Body field ``role``. One of ``"admin"``, ``"write"``, ``"contributor"``, ``"read"``, ``"no_access"``.
            resource_groups: Body field ``resourceGroups``.

        Async: ``await client.organizations.update_member_role(...)`` returns ``None``.

        ``PUT /api/organizations/{name}/members/{username}/role``
        """
        return await self._client._send(_with_options(_update_member_role(name, username, role, resource_groups), extra_headers, extra_query, extra_body, timeout))

    async def update_network_security(self, name: str, *, enforce_auth: bool | None = UNSET, enforce_ip_restriction: bool | None = UNSET, high_rate_limits: bool | None = UNSET, ip_ranges: list[str] | None = UNSET, blocked_contents: list[BlockedContent] | dict[str, Any] | None = UNSET, allowed_contents: list[BlockedContent] | dict[str, Any] | None = UNSET, keep_repos_metadata_visible: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetNetworkSecurityResponse:
        """Update network security.

        Update the network security settings for an organization.

        Args:
            name: Path parameter ``{name}``.
            enforce_auth: Body field ``enforceAuth``.
            enforce_ip_restriction: Body field ``enforceIpRestriction``.
            high_rate_limits: Body field ``highRateLimits``.
            ip_ranges: Body field ``ipRanges``.
            blocked_contents: Body field ``blockedContents``.
            allowed_contents: Body field ``allowedContents``.
            keep_repos_metadata_visible: Body field ``keepReposMetadataVisible``.

        Async: ``await client.organizations.update_network_security(...)`` returns ``GetNetworkSecurityResponse``.

        ``PATCH /api/organizations/{name}/settings/network-security``
        """
        return await self._client._send(_with_options(_update_network_security(name, enforce_auth, enforce_ip_restriction, high_rate_limits, ip_ranges, blocked_contents, allowed_contents, keep_repos_metadata_visible), extra_headers, extra_query, extra_body, timeout))


if TYPE_CHECKING:
    from .._raw_response import async_raw, raw

    class OrganizationsResourceWithRawResponse:
        """``client.with_raw_response.<resource>``: each method answering a ``RawResponse`` (declared for checkers)."""

        export_audit_log = raw(OrganizationsResource.export_audit_log)
        get_avatar = raw(OrganizationsResource.get_avatar)
        get_billing_usage = raw(OrganizationsResource.get_billing_usage)
        get_billing_usage_by_inference_session = raw(OrganizationsResource.get_billing_usage_by_inference_session)
        get_billing_usage_by_resource_group = raw(OrganizationsResource.get_billing_usage_by_resource_group)
        get_billing_usage_v2 = raw(OrganizationsResource.get_billing_usage_v2)
        get_network_security = raw(OrganizationsResource.get_network_security)
        get_overview = raw(OrganizationsResource.get_overview)
        get_socials = raw(OrganizationsResource.get_socials)
        list_followers = raw(OrganizationsResource.list_followers)
        list_members = raw(OrganizationsResource.list_members)
        list_repositories = raw(OrganizationsResource.list_repositories)
        revoke_member_token = raw(OrganizationsResource.revoke_member_token)
        stream_billing_usage = raw(OrganizationsResource.stream_billing_usage)
        update_member_role = raw(OrganizationsResource.update_member_role)
        update_network_security = raw(OrganizationsResource.update_network_security)

    class AsyncOrganizationsResourceWithRawResponse:
        """``client.with_raw_response.<resource>`` of the async client (declared for checkers)."""

        export_audit_log = async_raw(AsyncOrganizationsResource.export_audit_log)
        get_avatar = async_raw(AsyncOrganizationsResource.get_avatar)
        get_billing_usage = async_raw(AsyncOrganizationsResource.get_billing_usage)
        get_billing_usage_by_inference_session = async_raw(AsyncOrganizationsResource.get_billing_usage_by_inference_session)
        get_billing_usage_by_resource_group = async_raw(AsyncOrganizationsResource.get_billing_usage_by_resource_group)
        get_billing_usage_v2 = async_raw(AsyncOrganizationsResource.get_billing_usage_v2)
        get_network_security = async_raw(AsyncOrganizationsResource.get_network_security)
        get_overview = async_raw(AsyncOrganizationsResource.get_overview)
        get_socials = async_raw(AsyncOrganizationsResource.get_socials)
        list_followers = async_raw(AsyncOrganizationsResource.list_followers)
        list_members = async_raw(AsyncOrganizationsResource.list_members)
        list_repositories = async_raw(AsyncOrganizationsResource.list_repositories)
        revoke_member_token = async_raw(AsyncOrganizationsResource.revoke_member_token)
        stream_billing_usage = async_raw(AsyncOrganizationsResource.stream_billing_usage)
        update_member_role = async_raw(AsyncOrganizationsResource.update_member_role)
        update_network_security = async_raw(AsyncOrganizationsResource.update_network_security)
