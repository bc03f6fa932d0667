"""Operations on resource groups.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

import builtins
from typing import Any, Literal

from .._client_base import AsyncResource, Resource
from .._request import Request
from .._request import fields as _fields
from .._request import segment as _seg
from .._types import UNSET, ListOf
from ..models._resource_groups import AddUsersBodyUser, AutoJoin, CreateBodyUser, DeleteResponse, ListItem5, UpdateBodySpendLimits, UpdateSettingsBodyAutoJoin
from ..models._shared import RepoId


def _add_users(name: str, resource_group_id: str, users: list[AddUsersBodyUser] | dict[str, Any] | None) -> Request[ListItem5]:
    return Request(
        "POST",
        f"/api/organizations/{_seg(name, 'name')}/resource-groups/{_seg(resource_group_id, 'resource_group_id')}/users",
        json=_fields({"users": users}),
        convert=ListItem5,
    )


def _create(name: str, body_name: str | None, description: str | None, users: list[CreateBodyUser] | dict[str, Any] | None, repos: list[RepoId] | dict[str, Any] | None, auto_join: AutoJoin | dict[str, Any] | None) -> Request[ListItem5]:
    return Request(
        "POST",
        f"/api/organizations/{_seg(name, 'name')}/resource-groups",
        json=_fields({"name": body_name, "description": description, "users": users, "repos": repos, "autoJoin": auto_join}),
        convert=ListItem5,
    )


def _delete(name: str, resource_group_id: str) -> Request[DeleteResponse]:
    return Request(
        "DELETE",
        f"/api/organizations/{_seg(name, 'name')}/resource-groups/{_seg(resource_group_id, 'resource_group_id')}",
        convert=DeleteResponse,
    )


def _get(name: str, resource_group_id: str) -> Request[ListItem5]:
    return Request(
        "GET",
        f"/api/organizations/{_seg(name, 'name')}/resource-groups/{_seg(resource_group_id, 'resource_group_id')}",
        convert=ListItem5,
    )


def _list(name: str) -> Request[list[ListItem5]]:
    return Request("GET", f"/api/organizations/{_seg(name, 'name')}/resource-groups", convert=ListOf(ListItem5))


def _remove_user(name: str, resource_group_id: str, username: str) -> Request[ListItem5]:
    return Request(
        "DELETE",
        f"/api/organizations/{_seg(name, 'name')}/resource-groups/{_seg(resource_group_id, 'resource_group_id')}/users/{_seg(username, 'username')}",
        convert=ListItem5,
    )


def _update(name: str, resource_group_id: str, body_name: str | None, description: str | None, spend_limits: UpdateBodySpendLimits | dict[str, Any] | None) -> Request[ListItem5]:
    return Request(
        "PATCH",
        f"/api/organizations/{_seg(name, 'name')}/resource-groups/{_seg(resource_group_id, 'resource_group_id')}",
        json=_fields({"name": body_name, "description": description, "spendLimits": spend_limits}),
        convert=ListItem5,
    )


def _update_settings(name: str, resource_group_id: str, auto_join: UpdateSettingsBodyAutoJoin | dict[str, Any] | None) -> Request[ListItem5]:
    return Request(
        "POST",
        f"/api/organizations/{_seg(name, 'name')}/resource-groups/{_seg(resource_group_id, 'resource_group_id')}/settings",
        json=_fields({"autoJoin": auto_join}),
        convert=ListItem5,
    )


def _update_user_role(name: str, resource_group_id: str, username: str, role: Literal["admin", "write", "contributor", "read", "no_access"] | str | None) -> Request[ListItem5]:
    return Request(
        "PATCH",
        f"/api/organizations/{_seg(name, 'name')}/resource-groups/{_seg(resource_group_id, 'resource_group_id')}/users/{_seg(username, 'username')}",
        json=_fields({"role": role}),
        convert=ListItem5,
    )


class ResourceGroupsResource(Resource):
    """Operations on resource groups."""

    __slots__ = ()


    def add_users(self, name: str, resource_group_id: str, *, users: builtins.list[AddUsersBodyUser] | dict[str, Any] | None = UNSET) -> ListItem5:
        """Add users.

        Add one or more organization members to a resource group.

        Requires the org to have a Team plan or higher.

        ``POST /api/organizations/{name}/resource-groups/{resourceGroupId}/users``
        """
        return self._client._send(_add_users(name, resource_group_id, users))

    def create(self, name: str, *, body_name: str | None = UNSET, description: str | None = UNSET, users: builtins.list[CreateBodyUser] | dict[str, Any] | None = UNSET, repos: builtins.list[RepoId] | dict[str, Any] | None = UNSET, auto_join: AutoJoin | dict[str, Any] | None = UNSET) -> ListItem5:
        """Create resource group.

        Create a new resource group in the organization.

        Requires the org to have a Team plan or higher.

        ``POST /api/organizations/{name}/resource-groups``
        """
        return self._client._send(_create(name, body_name, description, users, repos, auto_join))

    def delete(self, name: str, resource_group_id: str) -> DeleteResponse:
        """Delete resource group.

        Delete a resource group from the organization.

        Requires the org to have a Team plan or higher.

        ``DELETE /api/organizations/{name}/resource-groups/{resourceGroupId}``
        """
        return self._client._send(_delete(name, resource_group_id))

    def get(self, name: str, resource_group_id: str) -> ListItem5:
        """Get resource group.

        Retrieve a single resource group by id.

        Requires the org to have a Team plan or higher.

        ``GET /api/organizations/{name}/resource-groups/{resourceGroupId}``
        """
        return self._client._send(_get(name, resource_group_id))

    def list(self, name: str) -> builtins.list[ListItem5]:
        """Get resource groups.

        Retrieve accessible resource groups. Get all resource groups the user has access to.

        Requires the org to have a Team plan or higher.

        ``GET /api/organizations/{name}/resource-groups``
        """
        return self._client._send(_list(name))

    def remove_user(self, name: str, resource_group_id: str, username: str) -> ListItem5:
        """Remove user.

        Remove a user from a resource group, revoking the access granted through it.

        Requires the org to have a Team plan or higher.

        ``DELETE /api/organizations/{name}/resource-groups/{resourceGroupId}/users/{username}``
        """
        return self._client._send(_remove_user(name, resource_group_id, username))

    def update(self, name: str, resource_group_id: str, *, body_name: str | None = UNSET, description: str | None = UNSET, spend_limits: UpdateBodySpendLimits | dict[str, Any] | None = UNSET) -> ListItem5:
        """Update resource group.

        Update the name, description and/or monthly spend limits (in cents, `null` to remove) of a resource group.

        `spendLimits.total` caps the group's combined spend across every product; the per-product limits cap each product on top of it.

        Requires the org to have a Team plan or higher.

        ``PATCH /api/organizations/{name}/resource-groups/{resourceGroupId}``
        """
        return self._client._send(_update(name, resource_group_id, body_name, description, spend_limits))

    def update_settings(self, name: str, resource_group_id: str, *, auto_join: UpdateSettingsBodyAutoJoin | dict[str, Any] | None = UNSET) -> ListItem5:
        """Configure auto-join.

        Configure the auto-join settings of a resource group.

        Requires the org to have a Team plan or higher.

        ``POST /api/organizations/{name}/resource-groups/{resourceGroupId}/settings``
        """
        return self._client._send(_update_settings(name, resource_group_id, auto_join))

    def update_user_role(self, name: str, resource_group_id: str, username: str, *, role: Literal["admin", "write", "contributor", "read", "no_access"] | str | None = UNSET) -> ListItem5:
        """Change user role.

        Change the role of a user in a resource group.

        Requires the org to have a Team plan or higher.

        ``PATCH /api/organizations/{name}/resource-groups/{resourceGroupId}/users/{username}``
        """
        return self._client._send(_update_user_role(name, resource_group_id, username, role))


class AsyncResourceGroupsResource(AsyncResource):
    """Operations on resource groups. (async)"""

    __slots__ = ()


    async def add_users(self, name: str, resource_group_id: str, *, users: builtins.list[AddUsersBodyUser] | dict[str, Any] | None = UNSET) -> ListItem5:
        """Add users (async form of ``ResourceGroupsResource.add_users``)."""
        return await self._client._send(_add_users(name, resource_group_id, users))

    async def create(self, name: str, *, body_name: str | None = UNSET, description: str | None = UNSET, users: builtins.list[CreateBodyUser] | dict[str, Any] | None = UNSET, repos: builtins.list[RepoId] | dict[str, Any] | None = UNSET, auto_join: AutoJoin | dict[str, Any] | None = UNSET) -> ListItem5:
        """Create resource group (async form of ``ResourceGroupsResource.create``)."""
        return await self._client._send(_create(name, body_name, description, users, repos, auto_join))

    async def delete(self, name: str, resource_group_id: str) -> DeleteResponse:
        """Delete resource group (async form of ``ResourceGroupsResource.delete``)."""
        return await self._client._send(_delete(name, resource_group_id))

    async def get(self, name: str, resource_group_id: str) -> ListItem5:
        """Get resource group (async form of ``ResourceGroupsResource.get``)."""
        return await self._client._send(_get(name, resource_group_id))

    async def list(self, name: str) -> builtins.list[ListItem5]:
        """Get resource groups (async form of ``ResourceGroupsResource.list``)."""
        return await self._client._send(_list(name))

    async def remove_user(self, name: str, resource_group_id: str, username: str) -> ListItem5:
        """Remove user (async form of ``ResourceGroupsResource.remove_user``)."""
        return await self._client._send(_remove_user(name, resource_group_id, username))

    async def update(self, name: str, resource_group_id: str, *, body_name: str | None = UNSET, description: str | None = UNSET, spend_limits: UpdateBodySpendLimits | dict[str, Any] | None = UNSET) -> ListItem5:
        """Update resource group (async form of ``ResourceGroupsResource.update``)."""
        return await self._client._send(_update(name, resource_group_id, body_name, description, spend_limits))

    async def update_settings(self, name: str, resource_group_id: str, *, auto_join: UpdateSettingsBodyAutoJoin | dict[str, Any] | None = UNSET) -> ListItem5:
        """Configure auto-join (async form of ``ResourceGroupsResource.update_settings``)."""
        return await self._client._send(_update_settings(name, resource_group_id, auto_join))

    async def update_user_role(self, name: str, resource_group_id: str, username: str, *, role: Literal["admin", "write", "contributor", "read", "no_access"] | str | None = UNSET) -> ListItem5:
        """Change user role (async form of ``ResourceGroupsResource.update_user_role``)."""
        return await self._client._send(_update_user_role(name, resource_group_id, username, role))
