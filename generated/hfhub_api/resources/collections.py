"""Operations on collections.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import Any, Literal, Mapping

from .._client_base import Resource
from .._request import Request, Timeout
from .._request import fields as _fields
from .._request import query as _q
from .._request import segment as _seg
from .._request import with_options as _with_options
from .._types import UNSET, AnyOf, ListOf
from ..models._collections import CreateBodyItem, CreateResponse2, ListResponseItem, ListResponseItem2, SetResourceGroupByIdResponse, UpdateBodyGating, UpdateItemsByIdBodyItem, UpdateResponse
from ..models._shared import ResourceGroup


def _add_item(namespace, slug, item, note) -> Request:
    return Request(
        "POST",
        f"/api/collections/{_seg(namespace, 'namespace')}/{_seg(slug, 'slug')}/items",
        json=_fields({"item": item, "note": note}),
        convert=CreateResponse2._convert,
    )


def _add_item_by_id(namespace, slug, item, note) -> Request:
    return Request(
        "POST",
        f"/api/collections/{_seg(namespace, 'namespace')}/{_seg(slug, 'slug')}-{{id}}/items",
        json=_fields({"item": item, "note": note}),
        convert=CreateResponse2._convert,
    )


def _create(title, description, namespace, item, private, resource_group_id) -> Request:
    return Request(
        "POST",
        "/api/collections",
        json=_fields({"title": title, "description": description, "namespace": namespace, "item": item, "private": private, "resourceGroupId": resource_group_id}),
        convert=CreateResponse2._convert,
    )


def _delete(namespace, slug) -> Request:
    return Request("DELETE", f"/api/collections/{_seg(namespace, 'namespace')}/{_seg(slug, 'slug')}", kind="empty")


def _delete_by_id(namespace, slug) -> Request:
    return Request(
        "DELETE",
        f"/api/collections/{_seg(namespace, 'namespace')}/{_seg(slug, 'slug')}-{{id}}",
        kind="empty",
    )


def _delete_item(namespace, slug, item_id) -> Request:
    return Request(
        "DELETE",
        f"/api/collections/{_seg(namespace, 'namespace')}/{_seg(slug, 'slug')}/items/{_seg(item_id, 'item_id')}",
        kind="empty",
    )


def _delete_item_by_id(namespace, slug, item_id) -> Request:
    return Request(
        "DELETE",
        f"/api/collections/{_seg(namespace, 'namespace')}/{_seg(slug, 'slug')}-{{id}}/items/{_seg(item_id, 'item_id')}",
        kind="empty",
    )


def _get(namespace, slug) -> Request:
    return Request(
        "GET",
        f"/api/collections/{_seg(namespace, 'namespace')}/{_seg(slug, 'slug')}",
        convert=CreateResponse2._convert,
    )


def _get_by_id(namespace, slug) -> Request:
    return Request(
        "GET",
        f"/api/collections/{_seg(namespace, 'namespace')}/{_seg(slug, 'slug')}-{{id}}",
        convert=CreateResponse2._convert,
    )


def _get_resource_group(namespace, slug) -> Request:
    return Request(
        "GET",
        f"/api/collections/{_seg(namespace, 'namespace')}/{_seg(slug, 'slug')}/resource-group",
        convert=ResourceGroup._convert,
    )


def _get_resource_group_by_id(namespace, slug) -> Request:
    return Request(
        "GET",
        f"/api/collections/{_seg(namespace, 'namespace')}/{_seg(slug, 'slug')}-{{id}}/resource-group",
        convert=ResourceGroup._convert,
    )


def _list(cursor, expand, item, limit, owner, q, sort) -> Request:
    return Request(
        "GET",
        "/api/collections",
        params=_q({"cursor": cursor, "expand": expand, "item": item, "limit": limit, "owner": owner, "q": q, "sort": sort}),
        convert=AnyOf(ListOf(ListResponseItem), ListOf(ListResponseItem2)),
    )


def _set_resource_group(namespace, slug, resource_group_id) -> Request:
    return Request(
        "POST",
        f"/api/collections/{_seg(namespace, 'namespace')}/{_seg(slug, 'slug')}/resource-group",
        json=_fields({"resourceGroupId": resource_group_id}),
        convert=SetResourceGroupByIdResponse._convert,
    )


def _set_resource_group_by_id(namespace, slug, resource_group_id) -> Request:
    return Request(
        "POST",
        f"/api/collections/{_seg(namespace, 'namespace')}/{_seg(slug, 'slug')}-{{id}}/resource-group",
        json=_fields({"resourceGroupId": resource_group_id}),
        convert=SetResourceGroupByIdResponse._convert,
    )


def _update(namespace, slug, position, private, theme, title, description, gating) -> Request:
    return Request(
        "PATCH",
        f"/api/collections/{_seg(namespace, 'namespace')}/{_seg(slug, 'slug')}",
        json=_fields({"position": position, "private": private, "theme": theme, "title": title, "description": description, "gating": gating}),
        convert=UpdateResponse._convert,
    )


def _update_by_id(namespace, slug, position, private, theme, title, description, gating) -> Request:
    return Request(
        "PATCH",
        f"/api/collections/{_seg(namespace, 'namespace')}/{_seg(slug, 'slug')}-{{id}}",
        json=_fields({"position": position, "private": private, "theme": theme, "title": title, "description": description, "gating": gating}),
        convert=UpdateResponse._convert,
    )


def _update_item_by_id(namespace, slug, item_id, note, position) -> Request:
    return Request(
        "PATCH",
        f"/api/collections/{_seg(namespace, 'namespace')}/{_seg(slug, 'slug')}-{{id}}/items/{_seg(item_id, 'item_id')}",
        json=_fields({"note": note, "position": position}),
        kind="empty",
    )


def _update_items(namespace, slug, body) -> Request:
    return Request(
        "POST",
        f"/api/collections/{_seg(namespace, 'namespace')}/{_seg(slug, 'slug')}/items/batch",
        json=body,
        kind="empty",
    )


def _update_items_by_id(namespace, slug, body) -> Request:
    return Request(
        "POST",
        f"/api/collections/{_seg(namespace, 'namespace')}/{_seg(slug, 'slug')}-{{id}}/items/batch",
        json=body,
        kind="empty",
    )


class CollectionsResource(Resource):
    """Operations on collections."""

    __slots__ = ()


    def add_item(self, namespace: str, slug: str, *, item: CreateBodyItem | dict[str, Any] | None = UNSET, note: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateResponse2:
        """Add item.

        Add an item to a collection

        ``POST /api/collections/{namespace}/{slug}/items``
        """
        return self._client._send(_with_options(_add_item(namespace, slug, item, note), extra_headers, extra_query, extra_body, timeout))

    def add_item_by_id(self, namespace: str, slug: str, *, item: CreateBodyItem | dict[str, Any] | None = UNSET, note: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateResponse2:
        """Add item.

        Add an item to a collection

        ``POST /api/collections/{namespace}/{slug}-{id}/items``
        """
        return self._client._send(_with_options(_add_item_by_id(namespace, slug, item, note), extra_headers, extra_query, extra_body, timeout))

    def create(self, *, title: str | None = UNSET, description: str | None = UNSET, namespace: str | None = UNSET, item: CreateBodyItem | dict[str, Any] | None = UNSET, private: bool | None = UNSET, resource_group_id: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateResponse2:
        """Create a collection.

        Args:
            private: If not provided, the collection will be public. This field will respect the organization's visibility setting.
            resource_group_id: Assign the collection to a resource group of the owning organization. Only valid for organization-owned collections.

        ``POST /api/collections``
        """
        return self._client._send(_with_options(_create(title, description, namespace, item, private, resource_group_id), extra_headers, extra_query, extra_body, timeout))

    def delete(self, namespace: str, slug: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Any:
        """Delete a collection.

        ``DELETE /api/collections/{namespace}/{slug}``
        """
        return self._client._send(_with_options(_delete(namespace, slug), extra_headers, extra_query, extra_body, timeout))

    def delete_by_id(self, namespace: str, slug: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Any:
        """Delete a collection.

        ``DELETE /api/collections/{namespace}/{slug}-{id}``
        """
        return self._client._send(_with_options(_delete_by_id(namespace, slug), extra_headers, extra_query, extra_body, timeout))

    def delete_item(self, namespace: str, slug: str, item_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Any:
        """Delete item.

        Delete an item from a collection

        ``DELETE /api/collections/{namespace}/{slug}/items/{slug}``
        """
        return self._client._send(_with_options(_delete_item(namespace, slug, item_id), extra_headers, extra_query, extra_body, timeout))

    def delete_item_by_id(self, namespace: str, slug: str, item_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Any:
        """Delete item.

        Delete an item from a collection

        ``DELETE /api/collections/{namespace}/{slug}-{id}/items/{itemId}``
        """
        return self._client._send(_with_options(_delete_item_by_id(namespace, slug, item_id), extra_headers, extra_query, extra_body, timeout))

    def get(self, namespace: str, slug: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateResponse2:
        """Get a collection.

        ``GET /api/collections/{namespace}/{slug}``
        """
        return self._client._send(_with_options(_get(namespace, slug), extra_headers, extra_query, extra_body, timeout))

    def get_by_id(self, namespace: str, slug: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateResponse2:
        """Get a collection.

        ``GET /api/collections/{namespace}/{slug}-{id}``
        """
        return self._client._send(_with_options(_get_by_id(namespace, slug), extra_headers, extra_query, extra_body, timeout))

    def get_resource_group(self, namespace: str, slug: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ResourceGroup:
        """Get collection resource group.

        ``GET /api/collections/{namespace}/{slug}/resource-group``
        """
        return self._client._send(_with_options(_get_resource_group(namespace, slug), extra_headers, extra_query, extra_body, timeout))

    def get_resource_group_by_id(self, namespace: str, slug: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ResourceGroup:
        """Get collection resource group.

        ``GET /api/collections/{namespace}/{slug}-{id}/resource-group``
        """
        return self._client._send(_with_options(_get_resource_group_by_id(namespace, slug), extra_headers, extra_query, extra_body, timeout))

    def list(self, *, cursor: str | None = UNSET, expand: bool | None = UNSET, item: list[str] | str | None = UNSET, limit: float | None = UNSET, owner: list[str] | str | dict[str, str] | None = UNSET, q: str | None = UNSET, sort: Literal["upvotes", "lastModified", "trending"] | str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> list[ListResponseItem] | list[ListResponseItem2]:
        """Get collections.

        ``GET /api/collections``
        """
        return self._client._send(_with_options(_list(cursor, expand, item, limit, owner, q, sort), extra_headers, extra_query, extra_body, timeout))

    def set_resource_group(self, namespace: str, slug: str, *, resource_group_id: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> SetResourceGroupByIdResponse:
        """Set collection resource group.

        Assign, move, or unassign an organization-owned collection to a resource group. Pass null to unassign. User-owned collections are not eligible.

        Args:
            resource_group_id: The resource group to assign the collection to. If null, the collection is removed from any resource group.

        ``POST /api/collections/{namespace}/{slug}/resource-group``
        """
        return self._client._send(_with_options(_set_resource_group(namespace, slug, resource_group_id), extra_headers, extra_query, extra_body, timeout))

    def set_resource_group_by_id(self, namespace: str, slug: str, *, resource_group_id: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> SetResourceGroupByIdResponse:
        """Set collection resource group.

        Assign, move, or unassign an organization-owned collection to a resource group. Pass null to unassign. User-owned collections are not eligible.

        Args:
            resource_group_id: The resource group to assign the collection to. If null, the collection is removed from any resource group.

        ``POST /api/collections/{namespace}/{slug}-{id}/resource-group``
        """
        return self._client._send(_with_options(_set_resource_group_by_id(namespace, slug, resource_group_id), extra_headers, extra_query, extra_body, timeout))

    def update(self, namespace: str, slug: str, *, position: int | None = UNSET, private: bool | None = UNSET, theme: Literal["orange", "blue", "green", "purple", "pink", "indigo"] | str | None = UNSET, title: str | None = UNSET, description: str | None = UNSET, gating: UpdateBodyGating | Literal[False] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> UpdateResponse:
        """Update a collection.

        ``PATCH /api/collections/{namespace}/{slug}``
        """
        return self._client._send(_with_options(_update(namespace, slug, position, private, theme, title, description, gating), extra_headers, extra_query, extra_body, timeout))

    def update_by_id(self, namespace: str, slug: str, *, position: int | None = UNSET, private: bool | None = UNSET, theme: Literal["orange", "blue", "green", "purple", "pink", "indigo"] | str | None = UNSET, title: str | None = UNSET, description: str | None = UNSET, gating: UpdateBodyGating | Literal[False] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> UpdateResponse:
        """Update a collection.

        ``PATCH /api/collections/{namespace}/{slug}-{id}``
        """
        return self._client._send(_with_options(_update_by_id(namespace, slug, position, private, theme, title, description, gating), extra_headers, extra_query, extra_body, timeout))

    def update_item_by_id(self, namespace: str, slug: str, item_id: str, *, note: str | None = UNSET, position: int | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Any:
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
        return self._client._send(_with_options(_update_item_by_id(namespace, slug, item_id, note, position), extra_headers, extra_query, extra_body, timeout))

    def update_items(self, namespace: str, slug: str, *, body: list[UpdateItemsByIdBodyItem] | None | dict[str, Any] = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Any:
        """Batch update items.

        Batch update items in a collection

        ``POST /api/collections/{namespace}/{slug}/items/batch``
        """
        return self._client._send(_with_options(_update_items(namespace, slug, body), extra_headers, extra_query, extra_body, timeout))

    def update_items_by_id(self, namespace: str, slug: str, *, body: list[UpdateItemsByIdBodyItem] | None | dict[str, Any] = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Any:
        """Batch update items.

        Batch update items in a collection

        ``POST /api/collections/{namespace}/{slug}-{id}/items/batch``
        """
        return self._client._send(_with_options(_update_items_by_id(namespace, slug, body), extra_headers, extra_query, extra_body, timeout))


class AsyncCollectionsResource(Resource):
    """Operations on collections. (async)"""

    __slots__ = ()


    async def add_item(self, namespace: str, slug: str, *, item: CreateBodyItem | dict[str, Any] | None = UNSET, note: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateResponse2:
        """Add item (async form of ``CollectionsResource.add_item``)."""
        return await self._client._send(_with_options(_add_item(namespace, slug, item, note), extra_headers, extra_query, extra_body, timeout))

    async def add_item_by_id(self, namespace: str, slug: str, *, item: CreateBodyItem | dict[str, Any] | None = UNSET, note: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateResponse2:
        """Add item (async form of ``CollectionsResource.add_item_by_id``)."""
        return await self._client._send(_with_options(_add_item_by_id(namespace, slug, item, note), extra_headers, extra_query, extra_body, timeout))

    async def create(self, *, title: str | None = UNSET, description: str | None = UNSET, namespace: str | None = UNSET, item: CreateBodyItem | dict[str, Any] | None = UNSET, private: bool | None = UNSET, resource_group_id: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateResponse2:
        """Create a collection (async form of ``CollectionsResource.create``)."""
        return await self._client._send(_with_options(_create(title, description, namespace, item, private, resource_group_id), extra_headers, extra_query, extra_body, timeout))

    async def delete(self, namespace: str, slug: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Any:
        """Delete a collection (async form of ``CollectionsResource.delete``)."""
        return await self._client._send(_with_options(_delete(namespace, slug), extra_headers, extra_query, extra_body, timeout))

    async def delete_by_id(self, namespace: str, slug: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Any:
        """Delete a collection (async form of ``CollectionsResource.delete_by_id``)."""
        return await self._client._send(_with_options(_delete_by_id(namespace, slug), extra_headers, extra_query, extra_body, timeout))

    async def delete_item(self, namespace: str, slug: str, item_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Any:
        """Delete item (async form of ``CollectionsResource.delete_item``)."""
        return await self._client._send(_with_options(_delete_item(namespace, slug, item_id), extra_headers, extra_query, extra_body, timeout))

    async def delete_item_by_id(self, namespace: str, slug: str, item_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Any:
        """Delete item (async form of ``CollectionsResource.delete_item_by_id``)."""
        return await self._client._send(_with_options(_delete_item_by_id(namespace, slug, item_id), extra_headers, extra_query, extra_body, timeout))

    async def get(self, namespace: str, slug: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateResponse2:
        """Get a collection (async form of ``CollectionsResource.get``)."""
        return await self._client._send(_with_options(_get(namespace, slug), extra_headers, extra_query, extra_body, timeout))

    async def get_by_id(self, namespace: str, slug: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateResponse2:
        """Get a collection (async form of ``CollectionsResource.get_by_id``)."""
        return await self._client._send(_with_options(_get_by_id(namespace, slug), extra_headers, extra_query, extra_body, timeout))

    async def get_resource_group(self, namespace: str, slug: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ResourceGroup:
        """Get collection resource group (async form of ``CollectionsResource.get_resource_group``)."""
        return await self._client._send(_with_options(_get_resource_group(namespace, slug), extra_headers, extra_query, extra_body, timeout))

    async def get_resource_group_by_id(self, namespace: str, slug: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ResourceGroup:
        """Get collection resource group (async form of ``CollectionsResource.get_resource_group_by_id``)."""
        return await self._client._send(_with_options(_get_resource_group_by_id(namespace, slug), extra_headers, extra_query, extra_body, timeout))

    async def list(self, *, cursor: str | None = UNSET, expand: bool | None = UNSET, item: list[str] | str | None = UNSET, limit: float | None = UNSET, owner: list[str] | str | dict[str, str] | None = UNSET, q: str | None = UNSET, sort: Literal["upvotes", "lastModified", "trending"] | str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> list[ListResponseItem] | list[ListResponseItem2]:
        """Get collections (async form of ``CollectionsResource.list``)."""
        return await self._client._send(_with_options(_list(cursor, expand, item, limit, owner, q, sort), extra_headers, extra_query, extra_body, timeout))

    async def set_resource_group(self, namespace: str, slug: str, *, resource_group_id: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> SetResourceGroupByIdResponse:
        """Set collection resource group (async form of ``CollectionsResource.set_resource_group``)."""
        return await self._client._send(_with_options(_set_resource_group(namespace, slug, resource_group_id), extra_headers, extra_query, extra_body, timeout))

    async def set_resource_group_by_id(self, namespace: str, slug: str, *, resource_group_id: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> SetResourceGroupByIdResponse:
        """Set collection resource group (async form of ``CollectionsResource.set_resource_group_by_id``)."""
        return await self._client._send(_with_options(_set_resource_group_by_id(namespace, slug, resource_group_id), extra_headers, extra_query, extra_body, timeout))

    async def update(self, namespace: str, slug: str, *, position: int | None = UNSET, private: bool | None = UNSET, theme: Literal["orange", "blue", "green", "purple", "pink", "indigo"] | str | None = UNSET, title: str | None = UNSET, description: str | None = UNSET, gating: UpdateBodyGating | Literal[False] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> UpdateResponse:
        """Update a collection (async form of ``CollectionsResource.update``)."""
        return await self._client._send(_with_options(_update(namespace, slug, position, private, theme, title, description, gating), extra_headers, extra_query, extra_body, timeout))

    async def update_by_id(self, namespace: str, slug: str, *, position: int | None = UNSET, private: bool | None = UNSET, theme: Literal["orange", "blue", "green", "purple", "pink", "indigo"] | str | None = UNSET, title: str | None = UNSET, description: str | None = UNSET, gating: UpdateBodyGating | Literal[False] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> UpdateResponse:
        """Update a collection (async form of ``CollectionsResource.update_by_id``)."""
        return await self._client._send(_with_options(_update_by_id(namespace, slug, position, private, theme, title, description, gating), extra_headers, extra_query, extra_body, timeout))

    async def update_item_by_id(self, namespace: str, slug: str, item_id: str, *, note: str | None = UNSET, position: int | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Any:
        """Update item (async form of ``CollectionsResource.update_item_by_id``)."""
        return await self._client._send(_with_options(_update_item_by_id(namespace, slug, item_id, note, position), extra_headers, extra_query, extra_body, timeout))

    async def update_items(self, namespace: str, slug: str, *, body: list[UpdateItemsByIdBodyItem] | None | dict[str, Any] = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Any:
        """Batch update items (async form of ``CollectionsResource.update_items``)."""
        return await self._client._send(_with_options(_update_items(namespace, slug, body), extra_headers, extra_query, extra_body, timeout))

    async def update_items_by_id(self, namespace: str, slug: str, *, body: list[UpdateItemsByIdBodyItem] | None | dict[str, Any] = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Any:
        """Batch update items (async form of ``CollectionsResource.update_items_by_id``)."""
        return await self._client._send(_with_options(_update_items_by_id(namespace, slug, body), extra_headers, extra_query, extra_body, timeout))
