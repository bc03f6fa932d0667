"""Operations on resource groups.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._client_base import AsyncResource, Resource
from .._request import Request, Timeout
from .._request import fields as _fields
from .._request import segment as _seg
from .._request import with_options as _with_options
from .._types import UNSET, ListOf
from ..models._resource_groups import AddUsersBodyUser, AutoJoin, CreateBodyUser, DeleteResponse, ResourceGroup, ResourceGroupAutoJoin, ResourceGroupSpendLimits
from ..models._shared import RepoId


def _add_users(name: str, resource_group_id: str, users: list[AddUsersBodyUser] | dict[str, Any] | None) -> Request[ResourceGroup]:
    return Request(
        "POST",
        f"/api/organizations/{_seg(name, 'name')}/resource-groups/{_seg(resource_group_id, 'resource_group_id')}/users",
        json=_fields({"users": users}),
        convert=ResourceGroup,
    )


def _create(organization: str, name: str | None, description: str | None, users: list[CreateBodyUser] | dict[str, Any] | None, repos: list[RepoId] | dict[str, Any] | None, auto_join: AutoJoin | dict[str, Any] | None) -> Request[ResourceGroup]:
    return Request(
        "POST",
        f"/api/organizations/{_seg(organization, 'organization')}/resource-groups",
        json=_fields({"name": name, "description": description, "users": users, "repos": repos, "autoJoin": auto_join}),
        convert=ResourceGroup,
    )


def _delete(name: str, resource_group_id: str) -> Request[DeleteResponse]:
    return Request(
        "DELETE",
        f"/api/organizations/{_seg(name, 'name')}/resource-groups/{_seg(resource_group_id, 'resource_group_id')}",
        convert=DeleteResponse,
    )


def _get(name: str, resource_group_id: str) -> Request[ResourceGroup]:
    return Request(
        "GET",
        f"/api/organizations/{_seg(name, 'name')}/resource-groups/{_seg(resource_group_id, 'resource_group_id')}",
        convert=ResourceGroup,
    )


def _list(name: str) -> Request[list[ResourceGroup]]:
    return Request("GET", f"/api/organizations/{_seg(name, 'name')}/resource-groups", convert=ListOf(ResourceGroup))


def _remove_user(name: str, resource_group_id: str, username: str) -> Request[ResourceGroup]:
    return Request(
        "DELETE",
        f"/api/organizations/{_seg(name, 'name')}/resource-groups/{_seg(resource_group_id, 'resource_group_id')}/users/{_seg(username, 'username')}",
        convert=ResourceGroup,
    )


def _update(organization: str, resource_group_id: str, name: str | None, description: str | None, spend_limits: ResourceGroupSpendLimits | dict[str, Any] | None) -> Request[ResourceGroup]:
    return Request(
        "PATCH",
        f"/api/organizations/{_seg(organization, 'organization')}/resource-groups/{_seg(resource_group_id, 'resource_group_id')}",
        json=_fields({"name": name, "description": description, "spendLimits": spend_limits}),
        convert=ResourceGroup,
    )


def _update_settings(name: str, resource_group_id: str, auto_join: ResourceGroupAutoJoin | dict[str, Any] | None) -> Request[ResourceGroup]:
    return Request(
        "POST",
        f"/api/organizations/{_seg(name, 'name')}/resource-groups/{_seg(resource_group_id, 'resource_group_id')}/settings",
        json=_fields({"autoJoin": auto_join}),
        convert=ResourceGroup,
    )


def _update_user_role(name: str, resource_group_id: str, username: str, role: Literal["admin", "write", "contributor", "read", "no_access"] | str | None) -> Request[ResourceGroup]:
    return Request(
        "PATCH",
        f"/api/organizations/{_seg(name, 'name')}/resource-groups/{_seg(resource_group_id, 'resource_group_id')}/users/{_seg(username, 'username')}",
        json=_fields({"role": role}),
        convert=ResourceGroup,
    )


class ResourceGroupsResource(Resource):
    """Operations on resource groups."""

    __slots__ = ()


    def add_users(self, name: str, resource_group_id: str, *, users: builtins.list[AddUsersBodyUser] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ResourceGroup:
        """Add users.

        Add one or more organization members to a resource group.

        Requires the org to have a Team plan or higher.

        Args:
            name: Path parameter ``{name}``.
            resource_group_id: Path parameter ``{resourceGroupId}``.
            users: Body field ``users``.

        ``POST /api/organizations/{name}/resource-groups/{resourceGroupId}/users``
        """
        return self._client._send(_with_options(_add_users(name, resource_group_id, users), extra_headers, extra_query, extra_body, timeout))

    def create(self, organization: str, *, name: str | None = UNSET, description: str | None = UNSET, users: builtins.list[CreateBodyUser] | dict[str, Any] | None = UNSET, repos: builtins.list[RepoId] | dict[str, Any] | None = UNSET, auto_join: AutoJoin | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ResourceGroup:
        """Create resource group.

        Create a new resource group in the organization.

        Requires the org to have a Team plan or higher.

        Args:
            organization: ``{name}`` in the path; ``name`` is a body field.
            name: Body field ``name``. From 1 to 200 characters.
            description: Body field ``description``. At most 500 characters.
            users: Body field ``users``. Server default: ``[]``.
            repos: Body field ``repos``. Server default: ``[]``.
            auto_join: Body field ``autoJoin``.

        ``POST /api/organizations/{name}/resource-groups``
        """
        return self._client._send(_with_options(_create(organization, name, description, users, repos, auto_join), extra_headers, extra_query, extra_body, timeout))

    def delete(self, name: str, resource_group_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> DeleteResponse:
        """Delete resource group.

        Delete a resource group from the organization.

        Requires the org to have a Team plan or higher.

        Args:
            name: Path parameter ``{name}``.
            resource_group_id: Path parameter ``{resourceGroupId}``.

        ``DELETE /api/organizations/{name}/resource-groups/{resourceGroupId}``
        """
        return self._client._send(_with_options(_delete(name, resource_group_id), extra_headers, extra_query, extra_body, timeout))

    def get(self, name: str, resource_group_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ResourceGroup:
        """Get resource group.

        Retrieve a single resource group by id.

        Requires the org to have a Team plan or higher.

        Args:
            name: Path parameter ``{name}``.
            resource_group_id: Path parameter ``{resourceGroupId}``.

        ``GET /api/organizations/{name}/resource-groups/{resourceGroupId}``
        """
        return self._client._send(_with_options(_get(name, resource_group_id), extra_headers, extra_query, extra_body, timeout))

    def list(self, name: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> builtins.list[ResourceGroup]:
        """Get resource groups.

        Retrieve accessible resource groups. Get all resource groups the user has access to.

        Requires the org to have a Team plan or higher.

        Args:
            name: Path parameter ``{name}``.

        ``GET /api/organizations/{name}/resource-groups``
        """
        return self._client._send(_with_options(_list(name), extra_headers, extra_query, extra_body, timeout))

    def remove_user(self, name: str, resource_group_id: str, username: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ResourceGroup:
        """Remove user.

        Remove a user from a resource group, revoking the access granted through it.

        Requires the org to have a Team plan or higher.

        Args:
            name: Path parameter ``{name}``.
            resource_group_id: Path parameter ``{resourceGroupId}``.
            username: A user name (``{username}`` in the path).

        ``DELETE /api/organizations/{name}/resource-groups/{resourceGroupId}/users/{username}``
        """
        return self._client._send(_with_options(_remove_user(name, resource_group_id, username), extra_headers, extra_query, extra_body, timeout))

    def update(self, organization: str, resource_group_id: str, *, name: str | None = UNSET, description: str | None = UNSET, spend_limits: ResourceGroupSpendLimits | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ResourceGroup:
        """Update resource group.

        Update the name, description and/or monthly spend limits (in cents, `null` to remove) of a resource group.

        `spendLimits.total` caps the group's combined spend across every product; the per-product limits cap each product on top of it.

        Requires the org to have a Team plan or higher.

        Args:
            organization: ``{name}`` in the path; ``name`` is a body field.
            resource_group_id: Path parameter ``{resourceGroupId}``.
            name: Body field ``name``. From 1 to 200 characters.
            description: Body field ``description``. At most 500 characters.
            spend_limits: Body field ``spendLimits``.

        ``PATCH /api/organizations/{name}/resource-groups/{resourceGroupId}``
        """
        return self._client._send(_with_options(_update(organization, resource_group_id, name, description, spend_limits), extra_headers, extra_query, extra_body, timeout))

    def update_settings(self, name: str, resource_group_id: str, *, auto_join: ResourceGroupAutoJoin | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ResourceGroup:
        """Configure auto-join.

        Configure the auto-join settings of a resource group.

        Requires the org to have a Team plan or higher.

        Args:
            name: Path parameter ``{name}``.
            resource_group_id: Path parameter ``{resourceGroupId}``.
            auto_join: Body field ``autoJoin``.

        ``POST /api/organizations/{name}/resource-groups/{resourceGroupId}/settings``
        """
        return self._client._send(_with_options(_update_settings(name, resource_group_id, auto_join), extra_headers, extra_query, extra_body, timeout))

    def update_user_role(self, name: str, resource_group_id: str, username: str, *, role: Literal["admin", "write", "contributor", "read", "no_access"] | str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ResourceGroup:
        """Change user role.

        Change the role of a user in a resource group.

        Requires the org to have a Team plan or higher.

        Args:
            name: Path parameter ``{name}``.
            resource_group_id: Path parameter ``{resourceGroupId}``.
            username: A user name (``{username}`` in the path).
            role: Body field ``role``. One of ``"admin"``, ``"write"``, ``"contributor"``, ``"read"``, ``"no_access"``.

        ``PATCH /api/organizations/{name}/resource-groups/{resourceGroupId}/users/{username}``
        """
        return self._client._send(_with_options(_update_user_role(name, resource_group_id, username, role), extra_headers, extra_query, extra_body, timeout))


class AsyncResourceGroupsResource(AsyncResource):
    """Operations on resource groups. (async)"""

    __slots__ = ()


    async def add_users(self, name: str, resource_group_id: str, *, users: builtins.list[AddUsersBodyUser] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ResourceGroup:
        """Add users.

        Add one or more organization members to a resource group.

        Requires the org to have a Team plan or higher.

        Args:
            name: Path parameter ``{name}``.
            resource_group_id: Path parameter ``{resourceGroupId}``.
            users: Body field ``users``.

        Async: ``await client.resource_groups.add_users(...)`` returns ``ResourceGroup``.

        ``POST /api/organizations/{name}/resource-groups/{resourceGroupId}/users``
        """
        return await self._client._send(_with_options(_add_users(name, resource_group_id, users), extra_headers, extra_query, extra_body, timeout))

    async def create(self, organization: str, *, name: str | None = UNSET, description: str | None = UNSET, users: builtins.list[CreateBodyUser] | dict[str, Any] | None = UNSET, repos: builtins.list[RepoId] | dict[str, Any] | None = UNSET, auto_join: AutoJoin | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ResourceGroup:
        """Create resource group.

        Create a new resource group in the organization.

        Requires the org to have a Team plan or higher.

        Args:
            organization: ``{name}`` in the path; ``name`` is a body field.
            name: Body field ``name``. From 1 to 200 characters.
            description: Body field ``description``. At most 500 characters.
            users: Body field ``users``. Server default: ``[]``.
            repos: Body field ``repos``. Server default: ``[]``.
            auto_join: Body field ``autoJoin``.

        Async: ``await client.resource_groups.create(...)`` returns ``ResourceGroup``.

        ``POST /api/organizations/{name}/resource-groups``
        """
        return await self._client._send(_with_options(_create(organization, name, description, users, repos, auto_join), extra_headers, extra_query, extra_body, timeout))

    async def delete(self, name: str, resource_group_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> DeleteResponse:
        """Delete resource group.

        Delete a resource group from the organization.

        Requires the org to have a Team plan or higher.

        Args:
            name: Path parameter ``{name}``.
            resource_group_id: Path parameter ``{resourceGroupId}``.

        Async: ``await client.resource_groups.delete(...)`` returns ``DeleteResponse``.

        ``DELETE /api/organizations/{name}/resource-groups/{resourceGroupId}``
        """
        return await self._client._send(_with_options(_delete(name, resource_group_id), extra_headers, extra_query, extra_body, timeout))

    async def get(self, name: str, resource_group_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ResourceGroup:
        """Get resource group.

        Retrieve a single resource group by id.

        Requires the org to have a Team plan or higher.

        Args:
            name: Path parameter ``{name}``.
            resource_group_id: Path parameter ``{resourceGroupId}``.

        Async: ``await client.resource_groups.get(...)`` returns ``ResourceGroup``.

        ``GET /api/organizations/{name}/resource-groups/{resourceGroupId}``
        """
        return await self._client._send(_with_options(_get(name, resource_group_id), extra_headers, extra_query, extra_body, timeout))

    async def list(self, name: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> builtins.list[ResourceGroup]:
        """Get resource groups.

        Retrieve accessible resource groups. Get all resource groups the user has access to.

        Requires the org to have a Team plan or higher.

        Args:
            name: Path parameter ``{name}``.

        Async: ``await client.resource_groups.list(...)`` returns ``list[ResourceGroup]``.

        ``GET /api/organizations/{name}/resource-groups``
        """
        return await self._client._send(_with_options(_list(name), extra_headers, extra_query, extra_body, timeout))

    async def remove_user(self, name: str, resource_group_id: str, username: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ResourceGroup:
        """Remove user.

        Remove a user from a resource group, revoking the access granted through it.

        Requires the org to have a Team plan or higher.

        Args:
            name: Path parameter ``{name}``.
            resource_group_id: Path parameter ``{resourceGroupId}``.
            username: A user name (``{username}`` in the path).

        Async: ``await client.resource_groups.remove_user(...)`` returns ``ResourceGroup``.

        ``DELETE /api/organizations/{name}/resource-groups/{resourceGroupId}/users/{username}``
        """
        return await self._client._send(_with_options(_remove_user(name, resource_group_id, username), extra_headers, extra_query, extra_body, timeout))

    async def update(self, organization: str, resource_group_id: str, *, name: str | None = UNSET, description: str | None = UNSET, spend_limits: ResourceGroupSpendLimits | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ResourceGroup:
        """Update resource group.

        Update the name, description and/or monthly spend limits (in cents, `null` to remove) of a resource group.

        `spendLimits.total` caps the group's combined spend across every product; the per-product limits cap each product on top of it.

        Requires the org to have a Team plan or higher.

        Args:
            organization: ``{name}`` in the path; ``name`` is a body field.
            resource_group_id: Path parameter ``{resourceGroupId}``.
            name: Body field ``name``. From 1 to 200 characters.
            description: Body field ``description``. At most 500 characters.
            spend_limits: Body field ``spendLimits``.

        Async: ``await client.resource_groups.update(...)`` returns ``ResourceGroup``.

        ``PATCH /api/organizations/{name}/resource-groups/{resourceGroupId}``
        """
        return await self._client._send(_with_options(_update(organization, resource_group_id, name, description, spend_limits), extra_headers, extra_query, extra_body, timeout))

    async def update_settings(self, name: str, resource_group_id: str, *, auto_join: ResourceGroupAutoJoin | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ResourceGroup:
        """Configure auto-join.

        Configure the auto-join settings of a resource group.

        Requires the org to have a Team plan or higher.

        Args:
            name: Path parameter ``{name}``.
            resource_group_id: Path parameter ``{resourceGroupId}``.
            auto_join: Body field ``autoJoin``.

        Async: ``await client.resource_groups.update_settings(...)`` returns ``ResourceGroup``.

        ``POST /api/organizations/{name}/resource-groups/{resourceGroupId}/settings``
        """
        return await self._client._send(_with_options(_update_settings(name, resource_group_id, auto_join), extra_headers, extra_query, extra_body, timeout))

    async def update_user_role(self, name: str, resource_group_id: str, username: str, *, role: Literal["admin", "write", "contributor", "read", "no_access"] | str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ResourceGroup:
        """Change user role.

        Change the role of a user in a resource group.

        Requires the org to have a Team plan or higher.

        Args:
            name: Path parameter ``{name}``.
            resource_group_id: Path parameter ``{resourceGroupId}``.
            username: A user name (``{username}`` in the path).
            role: Body field ``role``. One of ``"admin"``, ``"write"``, ``"contributor"``, ``"read"``, ``"no_access"``.

        Async: ``await client.resource_groups.update_user_role(...)`` returns ``ResourceGroup``.

        ``PATCH /api/organizations/{name}/resource-groups/{resourceGroupId}/users/{username}``
        """
        return await self._client._send(_with_options(_update_user_role(name, resource_group_id, username, role), extra_headers, extra_query, extra_body, timeout))


if TYPE_CHECKING:
    from .._raw_response import async_raw, raw

    class ResourceGroupsResourceWithRawResponse:
        """``client.with_raw_response.<resource>``: each method answering a ``RawResponse`` (declared for checkers)."""

        add_users = raw(ResourceGroupsResource.add_users)
        create = raw(ResourceGroupsResource.create)
        delete = raw(ResourceGroupsResource.delete)
        get = raw(ResourceGroupsResource.get)
        list = raw(ResourceGroupsResource.list)
        remove_user = raw(ResourceGroupsResource.remove_user)
        update = raw(ResourceGroupsResource.update)
        update_settings = raw(ResourceGroupsResource.update_settings)
        update_user_role = raw(ResourceGroupsResource.update_user_role)

    class AsyncResourceGroupsResourceWithRawResponse:
        """``client.with_raw_response.<resource>`` of the async client (declared for checkers)."""

        add_users = async_raw(AsyncResourceGroupsResource.add_users)
        create = async_raw(AsyncResourceGroupsResource.create)
        delete = async_raw(AsyncResourceGroupsResource.delete)
        get = async_raw(AsyncResourceGroupsResource.get)
        list = async_raw(AsyncResourceGroupsResource.list)
        remove_user = async_raw(AsyncResourceGroupsResource.remove_user)
        update = async_raw(AsyncResourceGroupsResource.update)
        update_settings = async_raw(AsyncResourceGroupsResource.update_settings)
        update_user_role = async_raw(AsyncResourceGroupsResource.update_user_role)
