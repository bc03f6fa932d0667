"""Operations on collections.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

import builtins
from typing import Any, Literal

from .._client_base import AsyncResource, Resource
from .._request import Request
from .._request import fields as _fields
from .._request import query as _q
from .._request import segment as _seg
from .._types import UNSET, AnyOf, ListOf
from ..models._collections import CreateBodyItem, CreateResponse2, ListResponseItem, ListResponseItem2, SetResourceGroupByIdResponse, UpdateBodyGating, UpdateItemsByIdBodyItem, UpdateResponse
from ..models._shared import ResourceGroup


def _add_item(namespace: str, slug: str, item: CreateBodyItem | dict[str, Any] | None, note: str | None) -> Request[CreateResponse2]:
    return Request(
        "POST",
        f"/api/collections/{_seg(namespace, 'namespace')}/{_seg(slug, 'slug')}/items",
        json=_fields({"item": item, "note": note}),
        convert=CreateResponse2,
    )


def _add_item_by_id(namespace: str, slug: str, item: CreateBodyItem | dict[str, Any] | None, note: str | None) -> Request[CreateResponse2]:
    return Request(
        "POST",
        f"/api/collections/{_seg(namespace, 'namespace')}/{_seg(slug, 'slug')}-{{id}}/items",
        json=_fields({"item": item, "note": note}),
        convert=CreateResponse2,
    )


def _create(title: str | None, description: str | None, namespace: str | None, item: CreateBodyItem | dict[str, Any] | None, private: bool | None, resource_group_id: str | None) -> Request[CreateResponse2]:
    return Request(
        "POST",
        "/api/collections",
        json=_fields({"title": title, "description": description, "namespace": namespace, "item": item, "private": private, "resourceGroupId": resource_group_id}),
        convert=CreateResponse2,
    )


def _delete(namespace: str, slug: str) -> Request[Any]:
    return Request("DELETE", f"/api/collections/{_seg(namespace, 'namespace')}/{_seg(slug, 'slug')}", kind="empty")


def _delete_by_id(namespace: str, slug: str) -> Request[Any]:
    return Request(
        "DELETE",
        f"/api/collections/{_seg(namespace, 'namespace')}/{_seg(slug, 'slug')}-{{id}}",
        kind="empty",
    )


def _delete_item(namespace: str, slug: str, item_id: str) -> Request[Any]:
    return Request(
        "DELETE",
        f"/api/collections/{_seg(namespace, 'namespace')}/{_seg(slug, 'slug')}/items/{_seg(item_id, 'item_id')}",
        kind="empty",
    )


def _delete_item_by_id(namespace: str, slug: str, item_id: str) -> Request[Any]:
    return Request(
        "DELETE",
        f"/api/collections/{_seg(namespace, 'namespace')}/{_seg(slug, 'slug')}-{{id}}/items/{_seg(item_id, 'item_id')}",
        kind="empty",
    )


def _get(namespace: str, slug: str) -> Request[CreateResponse2]:
    return Request(
        "GET",
        f"/api/collections/{_seg(namespace, 'namespace')}/{_seg(slug, 'slug')}",
        convert=CreateResponse2,
    )


def _get_by_id(namespace: str, slug: str) -> Request[CreateResponse2]:
    return Request(
        "GET",
        f"/api/collections/{_seg(namespace, 'namespace')}/{_seg(slug, 'slug')}-{{id}}",
        convert=CreateResponse2,
    )


def _get_resource_group(namespace: str, slug: str) -> Request[ResourceGroup]:
    return Request(
        "GET",
        f"/api/collections/{_seg(namespace, 'namespace')}/{_seg(slug, 'slug')}/resource-group",
        convert=ResourceGroup,
    )


def _get_resource_group_by_id(namespace: str, slug: str) -> Request[ResourceGroup]:
    return Request(
        "GET",
        f"/api/collections/{_seg(namespace, 'namespace')}/{_seg(slug, 'slug')}-{{id}}/resource-group",
        convert=ResourceGroup,
    )


def _list(cursor: str | None, expand: bool | None, item: list[str] | str | None, limit: float | None, owner: list[str] | str | dict[str, str] | None, q: str | None, sort: Literal["upvotes", "lastModified", "trending"] | str | None) -> Request[list[ListResponseItem] | list[ListResponseItem2]]:
    return Request(
        "GET",
        "/api/collections",
        params=_q({"cursor": cursor, "expand": expand, "item": item, "limit": limit, "owner": owner, "q": q, "sort": sort}),
        convert=AnyOf(ListOf(ListResponseItem), ListOf(ListResponseItem2)),
    )


def _set_resource_group(namespace: str, slug: str, resource_group_id: str | None) -> Request[SetResourceGroupByIdResponse]:
    return Request(
        "POST",
        f"/api/collections/{_seg(namespace, 'namespace')}/{_seg(slug, 'slug')}/resource-group",
        json=_fields({"resourceGroupId": resource_group_id}),
        convert=SetResourceGroupByIdResponse,
    )


def _set_resource_group_by_id(namespace: str, slug: str, resource_group_id: str | None) -> Request[SetResourceGroupByIdResponse]:
    return Request(
        "POST",
        f"/api/collections/{_seg(namespace, 'namespace')}/{_seg(slug, 'slug')}-{{id}}/resource-group",
        json=_fields({"resourceGroupId": resource_group_id}),
        convert=SetResourceGroupByIdResponse,
    )


def _update(namespace: str, slug: str, position: int | None, private: bool | None, theme: Literal["orange", "blue", "green", "purple", "pink", "indigo"] | str | None, title: str | None, description: str | None, gating: UpdateBodyGating | Literal[False] | dict[str, Any] | None) -> Request[UpdateResponse]:
    return Request(
        "PATCH",
        f"/api/collections/{_seg(namespace, 'namespace')}/{_seg(slug, 'slug')}",
        json=_fields({"position": position, "private": private, "theme": theme, "title": title, "description": description, "gating": gating}),
        convert=UpdateResponse,
    )


def _update_by_id(namespace: str, slug: str, position: int | None, private: bool | None, theme: Literal["orange", "blue", "green", "purple", "pink", "indigo"] | str | None, title: str | None, description: str | None, gating: UpdateBodyGating | Literal[False] | dict[str, Any] | None) -> Request[UpdateResponse]:
    return Request(
        "PATCH",
        f"/api/collections/{_seg(namespace, 'namespace')}/{_seg(slug, 'slug')}-{{id}}",
        json=_fields({"position": position, "private": private, "theme": theme, "title": title, "description": description, "gating": gating}),
        convert=UpdateResponse,
    )


def _update_item_by_id(namespace: str, slug: str, item_id: str, note: str | None, position: int | None) -> Request[Any]:
    return Request(
        "PATCH",
        f"/api/collections/{_seg(namespace, 'namespace')}/{_seg(slug, 'slug')}-{{id}}/items/{_seg(item_id, 'item_id')}",
        json=_fields({"note": note, "position": position}),
        kind="empty",
    )


def _update_items(namespace: str, slug: str, body: list[UpdateItemsByIdBodyItem] | None | dict[str, Any]) -> Request[Any]:
    return Request(
        "POST",
        f"/api/collections/{_seg(namespace, 'namespace')}/{_seg(slug, 'slug')}/items/batch",
        json=body,
        kind="empty",
    )


def _update_items_by_id(namespace: str, slug: str, body: list[UpdateItemsByIdBodyItem] | None | dict[str, Any]) -> Request[Any]:
    return Request(
        "POST",
        f"/api/collections/{_seg(namespace, 'namespace')}/{_seg(slug, 'slug')}-{{id}}/items/batch",
        json=body,
        kind="empty",
    )


class CollectionsResource(Resource):
    """Operations on collections."""

    __slots__ = ()


    def add_item(self, namespace: str, slug: str, *, item: CreateBodyItem | dict[str, Any] | None = UNSET, note: str | None = UNSET) -> CreateResponse2:
        """Add item.

        Add an item to a collection

        ``POST /api/collections/{namespace}/{slug}/items``
        """
        return self._client._send(_add_item(namespace, slug, item, note))

    def add_item_by_id(self, namespace: str, slug: str, *, item: CreateBodyItem | dict[str, Any] | None = UNSET, note: str | None = UNSET) -> CreateResponse2:
        """Add item.

        Add an item to a collection

        ``POST /api/collections/{namespace}/{slug}-{id}/items``
        """
        return self._client._send(_add_item_by_id(namespace, slug, item, note))

    def create(self, *, title: str | None = UNSET, description: str | None = UNSET, namespace: str | None = UNSET, item: CreateBodyItem | dict[str, Any] | None = UNSET, private: bool | None = UNSET, resource_group_id: str | None = UNSET) -> CreateResponse2:
        """Create a collection.

        Args:
            private: If not provided, the collection will be public. This field will respect the organization's visibility setting.
            resource_group_id: Assign the collection to a resource group of the owning organization. Only valid for organization-owned collections.

        ``POST /api/collections``
        """
        return self._client._send(_create(title, description, namespace, item, private, resource_group_id))

    def delete(self, namespace: str, slug: str) -> Any:
        """Delete a collection.

        ``DELETE /api/collections/{namespace}/{slug}``
        """
        return self._client._send(_delete(namespace, slug))

    def delete_by_id(self, namespace: str, slug: str) -> Any:
        """Delete a collection.

        ``DELETE /api/collections/{namespace}/{slug}-{id}``
        """
        return self._client._send(_delete_by_id(namespace, slug))

    def delete_item(self, namespace: str, slug: str, item_id: str) -> Any:
        """Delete item.

        Delete an item from a collection

        ``DELETE /api/collections/{namespace}/{slug}/items/{slug}``
        """
        return self._client._send(_delete_item(namespace, slug, item_id))

    def delete_item_by_id(self, namespace: str, slug: str, item_id: str) -> Any:
        """Delete item.

        Delete an item from a collection

        ``DELETE /api/collections/{namespace}/{slug}-{id}/items/{itemId}``
        """
        return self._client._send(_delete_item_by_id(namespace, slug, item_id))

    def get(self, namespace: str, slug: str) -> CreateResponse2:
        """Get a collection.

        ``GET /api/collections/{namespace}/{slug}``
        """
        return self._client._send(_get(namespace, slug))

    def get_by_id(self, namespace: str, slug: str) -> CreateResponse2:
        """Get a collection.

        ``GET /api/collections/{namespace}/{slug}-{id}``
        """
        return self._client._send(_get_by_id(namespace, slug))

    def get_resource_group(self, namespace: str, slug: str) -> ResourceGroup:
        """Get collection resource group.

        ``GET /api/collections/{namespace}/{slug}/resource-group``
        """
        return self._client._send(_get_resource_group(namespace, slug))

    def get_resource_group_by_id(self, namespace: str, slug: str) -> ResourceGroup:
        """Get collection resource group.

        ``GET /api/collections/{namespace}/{slug}-{id}/resource-group``
        """
        return self._client._send(_get_resource_group_by_id(namespace, slug))

    def list(self, *, cursor: str | None = UNSET, expand: bool | None = UNSET, item: builtins.list[str] | str | None = UNSET, limit: float | None = UNSET, owner: builtins.list[str] | str | dict[str, str] | None = UNSET, q: str | None = UNSET, sort: Literal["upvotes", "lastModified", "trending"] | str | None = UNSET) -> builtins.list[ListResponseItem] | builtins.list[ListResponseItem2]:
        """Get collections.

        ``GET /api/collections``
        """
        return self._client._send(_list(cursor, expand, item, limit, owner, q, sort))

    def set_resource_group(self, namespace: str, slug: str, *, resource_group_id: str | None = UNSET) -> SetResourceGroupByIdResponse:
        """Set collection resource group.

        Assign, move, or unassign an organization-owned collection to a resource group. Pass null to unassign. User-owned collections are not eligible.

        Args:
            resource_group_id: The resource group to assign the collection to. If null, the collection is removed from any resource group.

        ``POST /api/collections/{namespace}/{slug}/resource-group``
        """
        return self._client._send(_set_resource_group(namespace, slug, resource_group_id))

    def set_resource_group_by_id(self, namespace: str, slug: str, *, resource_group_id: str | None = UNSET) -> SetResourceGroupByIdResponse:
        """Set collection resource group.

        Assign, move, or unassign an organization-owned collection to a resource group. Pass null to unassign. User-owned collections are not eligible.

        Args:
            resource_group_id: The resource group to assign the collection to. If null, the collection is removed from any resource group.

        ``POST /api/collections/{namespace}/{slug}-{id}/resource-group``
        """
        return self._client._send(_set_resource_group_by_id(namespace, slug, resource_group_id))

    def update(self, namespace: str, slug: str, *, position: int | None = UNSET, private: bool | None = UNSET, theme: Literal["orange", "blue", "green", "purple", "pink", "indigo"] | str | None = UNSET, title: str | None = UNSET, description: str | None = UNSET, gating: UpdateBodyGating | Literal[False] | dict[str, Any] | None = UNSET) -> UpdateResponse:
        """Update a collection.

        ``PATCH /api/collections/{namespace}/{slug}``
        """
        return self._client._send(_update(namespace, slug, position, private, theme, title, description, gating))

    def update_by_id(self, namespace: str, slug: str, *, position: int | None = UNSET, private: bool | None = UNSET, theme: Literal["orange", "blue", "green", "purple", "pink", "indigo"] | str | None = UNSET, title: str | None = UNSET, description: str | None = UNSET, gating: UpdateBodyGating | Literal[False] | dict[str, Any] | None = UNSET) -> UpdateResponse:
        """Update a collection.

        ``PATCH /api/collections/{namespace}/{slug}-{id}``
        """
        return self._client._send(_update_by_id(namespace, slug, position, private, theme, title, description, gating))

    def update_item_by_id(self, namespace: str, slug: str, item_id: str, *, note: str | None = UNSET, position: int | None = UNSET) -> Any:
        """Update item.

        Update the note or position of an item of a collection.

        Args:
            namespace: Owner of the repository (user or organization).
            slug: Collection slug.
            item_id: Id of the item object in the collection (not the repo or paper id).
            note: Note attached to the item.
            position: New position in the collection.

        Described by hfhub (spec/additions), not by the published spec: ``PATCH /api/collections/{namespace}/{slug}-{id}/items/{itemId}``
        """
        return self._client._send(_update_item_by_id(namespace, slug, item_id, note, position))

    def update_items(self, namespace: str, slug: str, *, body: builtins.list[UpdateItemsByIdBodyItem] | None | dict[str, Any] = UNSET) -> Any:
        """Batch update items.

        Batch update items in a collection

        ``POST /api/collections/{namespace}/{slug}/items/batch``
        """
        return self._client._send(_update_items(namespace, slug, body))

    def update_items_by_id(self, namespace: str, slug: str, *, body: builtins.list[UpdateItemsByIdBodyItem] | None | dict[str, Any] = UNSET) -> Any:
        """Batch update items.

        Batch update items in a collection

        ``POST /api/collections/{namespace}/{slug}-{id}/items/batch``
        """
        return self._client._send(_update_items_by_id(namespace, slug, body))


class AsyncCollectionsResource(AsyncResource):
    """Operations on collections. (async)"""

    __slots__ = ()


    async def add_item(self, namespace: str, slug: str, *, item: CreateBodyItem | dict[str, Any] | None = UNSET, note: str | None = UNSET) -> CreateResponse2:
        """Add item (async form of ``CollectionsResource.add_item``)."""
        return await self._client._send(_add_item(namespace, slug, item, note))

    async def add_item_by_id(self, namespace: str, slug: str, *, item: CreateBodyItem | dict[str, Any] | None = UNSET, note: str | None = UNSET) -> CreateResponse2:
        """Add item (async form of ``CollectionsResource.add_item_by_id``)."""
        return await self._client._send(_add_item_by_id(namespace, slug, item, note))

    async def create(self, *, title: str | None = UNSET, description: str | None = UNSET, namespace: str | None = UNSET, item: CreateBodyItem | dict[str, Any] | None = UNSET, private: bool | None = UNSET, resource_group_id: str | None = UNSET) -> CreateResponse2:
        """Create a collection (async form of ``CollectionsResource.create``)."""
        return await self._client._send(_create(title, description, namespace, item, private, resource_group_id))

    async def delete(self, namespace: str, slug: str) -> Any:
        """Delete a collection (async form of ``CollectionsResource.delete``)."""
        return await self._client._send(_delete(namespace, slug))

    async def delete_by_id(self, namespace: str, slug: str) -> Any:
        """Delete a collection (async form of ``CollectionsResource.delete_by_id``)."""
        return await self._client._send(_delete_by_id(namespace, slug))

    async def delete_item(self, namespace: str, slug: str, item_id: str) -> Any:
        """Delete item (async form of ``CollectionsResource.delete_item``)."""
        return await self._client._send(_delete_item(namespace, slug, item_id))

    async def delete_item_by_id(self, namespace: str, slug: str, item_id: str) -> Any:
        """Delete item (async form of ``CollectionsResource.delete_item_by_id``)."""
        return await self._client._send(_delete_item_by_id(namespace, slug, item_id))

    async def get(self, namespace: str, slug: str) -> CreateResponse2:
        """Get a collection (async form of ``CollectionsResource.get``)."""
        return await self._client._send(_get(namespace, slug))

    async def get_by_id(self, namespace: str, slug: str) -> CreateResponse2:
        """Get a collection (async form of ``CollectionsResource.get_by_id``)."""
        return await self._client._send(_get_by_id(namespace, slug))

    async def get_resource_group(self, namespace: str, slug: str) -> ResourceGroup:
        """Get collection resource group (async form of ``CollectionsResource.get_resource_group``)."""
        return await self._client._send(_get_resource_group(namespace, slug))

    async def get_resource_group_by_id(self, namespace: str, slug: str) -> ResourceGroup:
        """Get collection resource group (async form of ``CollectionsResource.get_resource_group_by_id``)."""
        return await self._client._send(_get_resource_group_by_id(namespace, slug))

    async def list(self, *, cursor: str | None = UNSET, expand: bool | None = UNSET, item: builtins.list[str] | str | None = UNSET, limit: float | None = UNSET, owner: builtins.list[str] | str | dict[str, str] | None = UNSET, q: str | None = UNSET, sort: Literal["upvotes", "lastModified", "trending"] | str | None = UNSET) -> builtins.list[ListResponseItem] | builtins.list[ListResponseItem2]:
        """Get collections (async form of ``CollectionsResource.list``)."""
        return await self._client._send(_list(cursor, expand, item, limit, owner, q, sort))

    async def set_resource_group(self, namespace: str, slug: str, *, resource_group_id: str | None = UNSET) -> SetResourceGroupByIdResponse:
        """Set collection resource group (async form of ``CollectionsResource.set_resource_group``)."""
        return await self._client._send(_set_resource_group(namespace, slug, resource_group_id))

    async def set_resource_group_by_id(self, namespace: str, slug: str, *, resource_group_id: str | None = UNSET) -> SetResourceGroupByIdResponse:
        """Set collection resource group (async form of ``CollectionsResource.set_resource_group_by_id``)."""
        return await self._client._send(_set_resource_group_by_id(namespace, slug, resource_group_id))

    async def update(self, namespace: str, slug: str, *, position: int | None = UNSET, private: bool | None = UNSET, theme: Literal["orange", "blue", "green", "purple", "pink", "indigo"] | str | None = UNSET, title: str | None = UNSET, description: str | None = UNSET, gating: UpdateBodyGating | Literal[False] | dict[str, Any] | None = UNSET) -> UpdateResponse:
        """Update a collection (async form of ``CollectionsResource.update``)."""
        return await self._client._send(_update(namespace, slug, position, private, theme, title, description, gating))

    async def update_by_id(self, namespace: str, slug: str, *, position: int | None = UNSET, private: bool | None = UNSET, theme: Literal["orange", "blue", "green", "purple", "pink", "indigo"] | str | None = UNSET, title: str | None = UNSET, description: str | None = UNSET, gating: UpdateBodyGating | Literal[False] | dict[str, Any] | None = UNSET) -> UpdateResponse:
        """Update a collection (async form of ``CollectionsResource.update_by_id``)."""
        return await self._client._send(_update_by_id(namespace, slug, position, private, theme, title, description, gating))

    async def update_item_by_id(self, namespace: str, slug: str, item_id: str, *, note: str | None = UNSET, position: int | None = UNSET) -> Any:
        """Update item (async form of ``CollectionsResource.update_item_by_id``)."""
        return await self._client._send(_update_item_by_id(namespace, slug, item_id, note, position))

    async def update_items(self, namespace: str, slug: str, *, body: builtins.list[UpdateItemsByIdBodyItem] | None | dict[str, Any] = UNSET) -> Any:
        """Batch update items (async form of ``CollectionsResource.update_items``)."""
        return await self._client._send(_update_items(namespace, slug, body))

    async def update_items_by_id(self, namespace: str, slug: str, *, body: builtins.list[UpdateItemsByIdBodyItem] | None | dict[str, Any] = UNSET) -> Any:
        """Batch update items (async form of ``CollectionsResource.update_items_by_id``)."""
        return await self._client._send(_update_items_by_id(namespace, slug, body))
