"""Operations on collections.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._client_base import AsyncResource, Resource
from .._pagination import AsyncPaginator, Paginator
from .._request import Request, Timeout
from .._request import collection_item_segments as _collection_item
from .._request import collection_segments as _collection
from .._request import fields as _fields
from .._request import query as _q
from .._request import with_options as _with_options
from .._types import UNSET
from ..models._collections import Collection, CollectionGating, CollectionListItem, CollectionSetResourceGroupResponse, CreateBodyItem, UpdateItemsBodyItem, UpdateResponse
from ..models._shared import ResourceGroupSummary


def _add_item(namespace: str, slug: str | None, item: CreateBodyItem | dict[str, Any] | None, note: str | None) -> Request[Collection]:
    return Request(
        "POST",
        f"/api/collections/{_collection(namespace, slug)}/items",
        json=_fields({"item": item, "note": note}),
        convert=Collection,
    )


def _create(title: str | None, description: str | None, namespace: str | None, item: CreateBodyItem | dict[str, Any] | None, private: bool | None, resource_group_id: str | None) -> Request[Collection]:
    return Request(
        "POST",
        "/api/collections",
        json=_fields({"title": title, "description": description, "namespace": namespace, "item": item, "private": private, "resourceGroupId": resource_group_id}),
        convert=Collection,
    )


def _delete(namespace: str, slug: str | None) -> Request[None]:
    return Request("DELETE", f"/api/collections/{_collection(namespace, slug)}", kind="empty")


def _delete_item(namespace: str, slug: str | None, item_id: str | None) -> Request[None]:
    return Request("DELETE", f"/api/collections/{_collection_item(namespace, slug, item_id, 'items')}", kind="empty")


def _get(namespace: str, slug: str | None) -> Request[Collection]:
    return Request("GET", f"/api/collections/{_collection(namespace, slug)}", convert=Collection)


def _get_resource_group(namespace: str, slug: str | None) -> Request[ResourceGroupSummary]:
    return Request(
        "GET",
        f"/api/collections/{_collection(namespace, slug)}/resource-group",
        convert=ResourceGroupSummary,
    )


def _list(cursor: str | None, expand: bool | None, item: list[str] | str | None, limit: float | None, owner: list[str] | str | dict[str, str] | None, q: str | None, sort: Literal["upvotes", "lastModified", "trending"] | str | None) -> Request[CollectionListItem]:
    return Request(
        "GET",
        "/api/collections",
        params=_q({"cursor": cursor, "expand": expand, "item": item, "limit": limit, "owner": owner, "q": q, "sort": sort}),
        convert=CollectionListItem,
        paginated=True,
    )


def _set_resource_group(namespace: str, slug: str | None, resource_group_id: str | None) -> Request[CollectionSetResourceGroupResponse]:
    return Request(
        "POST",
        f"/api/collections/{_collection(namespace, slug)}/resource-group",
        json=_fields({"resourceGroupId": resource_group_id}),
        convert=CollectionSetResourceGroupResponse,
    )


def _update(namespace: str, slug: str | None, position: int | None, private: bool | None, theme: Literal["orange", "blue", "green", "purple", "pink", "indigo"] | str | None, title: str | None, description: str | None, gating: CollectionGating | Literal[False] | dict[str, Any] | None) -> Request[UpdateResponse]:
    return Request(
        "PATCH",
        f"/api/collections/{_collection(namespace, slug)}",
        json=_fields({"position": position, "private": private, "theme": theme, "title": title, "description": description, "gating": gating}),
        convert=UpdateResponse,
    )


def _update_item(namespace: str, slug: str | None, item_id: str | None, note: str | None, position: int | None) -> Request[None]:
    return Request(
        "PATCH",
        f"/api/collections/{_collection_item(namespace, slug, item_id, 'items')}",
        json=_fields({"note": note, "position": position}),
        kind="empty",
    )


def _update_items(namespace: str, slug: str | None, body: list[UpdateItemsBodyItem] | None | dict[str, Any]) -> Request[None]:
    return Request("POST", f"/api/collections/{_collection(namespace, slug)}/items/batch", json=body, kind="empty")


class CollectionsResource(Resource):
    """Operations on collections."""

    __slots__ = ()


    def add_item(self, namespace: str, slug: str | None = None, *, item: CreateBodyItem | dict[str, Any] | None = UNSET, note: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Collection:
        """Add item.

        Add an item to a collection

        Args:
            namespace: The collection's owner, or its whole id ``namespace/slug-id`` (huggingface_hub's ``collection_slug``) with ``slug`` left out.
            slug: The whole ``{slug}-{id}`` path segment, as it appears in the URL (``my-models-6579ade1234567890abcdef0``).
            item: Body field ``item``.
            note: Body field ``note``. At most 500 characters.

        ``POST /api/collections/{namespace}/{slug}/items``
        """
        return self._client._send(_with_options(_add_item(namespace, slug, item, note), extra_headers, extra_query, extra_body, timeout))

    def create(self, *, title: str | None = UNSET, description: str | None = UNSET, namespace: str | None = UNSET, item: CreateBodyItem | dict[str, Any] | None = UNSET, private: bool | None = UNSET, resource_group_id: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Collection:
        """Create a collection.

        Args:
            title: Body field ``title``. From 1 to 60 characters.
            description: Body field ``description``. At most 150 characters.
            namespace: Body field ``namespace``.
            item: Body field ``item``.
            private: If not provided, the collection will be public. This field will respect the organization's visibility setting.
            resource_group_id: Assign the collection to a resource group of the owning organization. Only valid for organization-owned collections. Exactly 24 characters. Matches ``^[0-9a-fA-F]{24}$``.

        ``POST /api/collections``
        """
        return self._client._send(_with_options(_create(title, description, namespace, item, private, resource_group_id), extra_headers, extra_query, extra_body, timeout))

    def delete(self, namespace: str, slug: str | None = None, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete a collection.

        Args:
            namespace: The collection's owner, or its whole id ``namespace/slug-id`` (huggingface_hub's ``collection_slug``) with ``slug`` left out.
            slug: The whole ``{slug}-{id}`` path segment, as it appears in the URL (``my-models-6579ade1234567890abcdef0``).

        ``DELETE /api/collections/{namespace}/{slug}``
        """
        return self._client._send(_with_options(_delete(namespace, slug), extra_headers, extra_query, extra_body, timeout))

    def delete_item(self, namespace: str, slug: str | None = None, item_id: str | None = None, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete item.

        Delete an item from a collection

        Args:
            namespace: The collection's owner, or its whole id ``namespace/slug-id`` (huggingface_hub's ``collection_slug``) with ``slug`` left out.
            slug: The whole ``{slug}-{id}`` path segment, as it appears in the URL (``my-models-6579ade1234567890abcdef0``). Or, with the whole collection id in ``namespace``, the ``item_id`` (then left out).
            item_id: Path parameter ``{itemId}``.

        ``DELETE /api/collections/{namespace}/{slug}/items/{slug}``
        """
        return self._client._send(_with_options(_delete_item(namespace, slug, item_id), extra_headers, extra_query, extra_body, timeout))

    def get(self, namespace: str, slug: str | None = None, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Collection:
        """Get a collection.

        Args:
            namespace: The collection's owner, or its whole id ``namespace/slug-id`` (huggingface_hub's ``collection_slug``) with ``slug`` left out.
            slug: The whole ``{slug}-{id}`` path segment, as it appears in the URL (``my-models-6579ade1234567890abcdef0``).

        ``GET /api/collections/{namespace}/{slug}``
        """
        return self._client._send(_with_options(_get(namespace, slug), extra_headers, extra_query, extra_body, timeout))

    def get_resource_group(self, namespace: str, slug: str | None = None, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ResourceGroupSummary:
        """Get collection resource group.

        Args:
            namespace: The collection's owner, or its whole id ``namespace/slug-id`` (huggingface_hub's ``collection_slug``) with ``slug`` left out.
            slug: The whole ``{slug}-{id}`` path segment, as it appears in the URL (``my-models-6579ade1234567890abcdef0``).

        ``GET /api/collections/{namespace}/{slug}/resource-group``
        """
        return self._client._send(_with_options(_get_resource_group(namespace, slug), extra_headers, extra_query, extra_body, timeout))

    def list(self, *, cursor: str | None = UNSET, expand: bool | None = UNSET, item: builtins.list[str] | str | None = UNSET, limit: float | None = UNSET, owner: builtins.list[str] | str | dict[str, str] | None = UNSET, q: str | None = UNSET, sort: Literal["upvotes", "lastModified", "trending"] | str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Paginator[CollectionListItem]:
        """Get collections.

        Args:
            cursor: Query parameter ``cursor``.
            expand: Query parameter ``expand``. Server default: ``true``.
            item: Query parameter ``item``.
            limit: Query parameter ``limit``. From 1 to 10000. Server default: ``10``.
            owner: Query parameter ``owner``.
            q: Query parameter ``q``.
            sort: Query parameter ``sort``. One of ``"upvotes"``, ``"lastModified"``, ``"trending"``. Server default: ``"trending"``.

        ``GET /api/collections``
        """
        return self._client._paginate(_with_options(_list(cursor, expand, item, limit, owner, q, sort), extra_headers, extra_query, extra_body, timeout))

    def set_resource_group(self, namespace: str, slug: str | None = None, *, resource_group_id: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CollectionSetResourceGroupResponse:
        """Set collection resource group.

        Assign, move, or unassign an organization-owned collection to a resource group. Pass null to unassign. User-owned collections are not eligible.

        Args:
            namespace: The collection's owner, or its whole id ``namespace/slug-id`` (huggingface_hub's ``collection_slug``) with ``slug`` left out.
            slug: The whole ``{slug}-{id}`` path segment, as it appears in the URL (``my-models-6579ade1234567890abcdef0``).
            resource_group_id: The resource group to assign the collection to. If null, the collection is removed from any resource group.

        ``POST /api/collections/{namespace}/{slug}/resource-group``
        """
        return self._client._send(_with_options(_set_resource_group(namespace, slug, resource_group_id), extra_headers, extra_query, extra_body, timeout))

    def update(self, namespace: str, slug: str | None = None, *, position: int | None = UNSET, private: bool | None = UNSET, theme: Literal["orange", "blue", "green", "purple", "pink", "indigo"] | str | None = UNSET, title: str | None = UNSET, description: str | None = UNSET, gating: CollectionGating | Literal[False] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> UpdateResponse:
        """Update a collection.

        Args:
            namespace: The collection's owner, or its whole id ``namespace/slug-id`` (huggingface_hub's ``collection_slug``) with ``slug`` left out.
            slug: The whole ``{slug}-{id}`` path segment, as it appears in the URL (``my-models-6579ade1234567890abcdef0``).
            position: Body field ``position``. At least 0.
            private: Body field ``private``.
            theme: Body field ``theme``. One of ``"orange"``, ``"blue"``, ``"green"``, ``"purple"``, ``"pink"``, ``"indigo"``.
            title: Body field ``title``. From 1 to 60 characters.
            description: Body field ``description``. At most 150 characters.
            gating: Body field ``gating``. One of ``false``.

        ``PATCH /api/collections/{namespace}/{slug}``
        """
        return self._client._send(_with_options(_update(namespace, slug, position, private, theme, title, description, gating), extra_headers, extra_query, extra_body, timeout))

    def update_item(self, namespace: str, slug: str | None = None, item_id: str | None = None, *, note: str | None = UNSET, position: int | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Update item.

        Update the note or position of an item of a collection.

        Args:
            namespace: The collection's owner, or its whole id ``namespace/slug-id`` (huggingface_hub's ``collection_slug``) with ``slug`` left out.
            slug: The whole ``{slug}-{id}`` path segment, as it appears in the URL (``my-models-6579ade1234567890abcdef0``). Or, with the whole collection id in ``namespace``, the ``item_id`` (then left out).
            item_id: Id of the item object in the collection (not the repo or paper id).
            note: Note attached to the item.
            position: New position in the collection. At least 0.

        Described by hfhub (spec/additions), not by the published spec: ``PATCH /api/collections/{namespace}/{slug}-{id}/items/{itemId}``
        """
        return self._client._send(_with_options(_update_item(namespace, slug, item_id, note, position), extra_headers, extra_query, extra_body, timeout))

    def update_items(self, namespace: str, slug: str | None = None, *, body: builtins.list[UpdateItemsBodyItem] | None | dict[str, Any] = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Batch update items.

        Batch update items in a collection

        Args:
            namespace: The collection's owner, or its whole id ``namespace/slug-id`` (huggingface_hub's ``collection_slug``) with ``slug`` left out.
            slug: The whole ``{slug}-{id}`` path segment, as it appears in the URL (``my-models-6579ade1234567890abcdef0``).
            body: The JSON body of the request.

        ``POST /api/collections/{namespace}/{slug}/items/batch``
        """
        return self._client._send(_with_options(_update_items(namespace, slug, body), extra_headers, extra_query, extra_body, timeout))


class AsyncCollectionsResource(AsyncResource):
    """Operations on collections. (async)"""

    __slots__ = ()


    async def add_item(self, namespace: str, slug: str | None = None, *, item: CreateBodyItem | dict[str, Any] | None = UNSET, note: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Collection:
        """Add item.

        Add an item to a collection

        Args:
            namespace: The collection's owner, or its whole id ``namespace/slug-id`` (huggingface_hub's ``collection_slug``) with ``slug`` left out.
            slug: The whole ``{slug}-{id}`` path segment, as it appears in the URL (``my-models-6579ade1234567890abcdef0``).
            item: Body field ``item``.
            note: Body field ``note``. At most 500 characters.

        Async: ``await client.collections.add_item(...)`` returns ``Collection``.

        ``POST /api/collections/{namespace}/{slug}/items``
        """
        return await self._client._send(_with_options(_add_item(namespace, slug, item, note), extra_headers, extra_query, extra_body, timeout))

    async def create(self, *, title: str | None = UNSET, description: str | None = UNSET, namespace: str | None = UNSET, item: CreateBodyItem | dict[str, Any] | None = UNSET, private: bool | None = UNSET, resource_group_id: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Collection:
        """Create a collection.

        Args:
            title: Body field ``title``. From 1 to 60 characters.
            description: Body field ``description``. At most 150 characters.
            namespace: Body field ``namespace``.
            item: Body field ``item``.
            private: If not provided, the collection will be public. This field will respect the organization's visibility setting.
            resource_group_id: Assign the collection to a resource group of the owning organization. Only valid for organization-owned collections. Exactly 24 characters. Matches ``^[0-9a-fA-F]{24}$``.

        Async: ``await client.collections.create(...)`` returns ``Collection``.

        ``POST /api/collections``
        """
        return await self._client._send(_with_options(_create(title, description, namespace, item, private, resource_group_id), extra_headers, extra_query, extra_body, timeout))

    async def delete(self, namespace: str, slug: str | None = None, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete a collection.

        Args:
            namespace: The collection's owner, or its whole id ``namespace/slug-id`` (huggingface_hub's ``collection_slug``) with ``slug`` left out.
            slug: The whole ``{slug}-{id}`` path segment, as it appears in the URL (``my-models-6579ade1234567890abcdef0``).

        Async: ``await client.collections.delete(...)`` returns ``None``.

        ``DELETE /api/collections/{namespace}/{slug}``
        """
        return await self._client._send(_with_options(_delete(namespace, slug), extra_headers, extra_query, extra_body, timeout))

    async def delete_item(self, namespace: str, slug: str | None = None, item_id: str | None = None, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete item.

        Delete an item from a collection

        Args:
            namespace: The collection's owner, or its whole id ``namespace/slug-id`` (huggingface_hub's ``collection_slug``) with ``slug`` left out.
            slug: The whole ``{slug}-{id}`` path segment, as it appears in the URL (``my-models-6579ade1234567890abcdef0``). Or, with the whole collection id in ``namespace``, the ``item_id`` (then left out).
            item_id: Path parameter ``{itemId}``.

        Async: ``await client.collections.delete_item(...)`` returns ``None``.

        ``DELETE /api/collections/{namespace}/{slug}/items/{slug}``
        """
        return await self._client._send(_with_options(_delete_item(namespace, slug, item_id), extra_headers, extra_query, extra_body, timeout))

    async def get(self, namespace: str, slug: str | None = None, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Collection:
        """Get a collection.

        Args:
            namespace: The collection's owner, or its whole id ``namespace/slug-id`` (huggingface_hub's ``collection_slug``) with ``slug`` left out.
            slug: The whole ``{slug}-{id}`` path segment, as it appears in the URL (``my-models-6579ade1234567890abcdef0``).

        Async: ``await client.collections.get(...)`` returns ``Collection``.

        ``GET /api/collections/{namespace}/{slug}``
        """
        return await self._client._send(_with_options(_get(namespace, slug), extra_headers, extra_query, extra_body, timeout))

    async def get_resource_group(self, namespace: str, slug: str | None = None, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ResourceGroupSummary:
        """Get collection resource group.

        Args:
            namespace: The collection's owner, or its whole id ``namespace/slug-id`` (huggingface_hub's ``collection_slug``) with ``slug`` left out.
            slug: The whole ``{slug}-{id}`` path segment, as it appears in the URL (``my-models-6579ade1234567890abcdef0``).

        Async: ``await client.collections.get_resource_group(...)`` returns ``ResourceGroupSummary``.

        ``GET /api/collections/{namespace}/{slug}/resource-group``
        """
        return await self._client._send(_with_options(_get_resource_group(namespace, slug), extra_headers, extra_query, extra_body, timeout))

    def list(self, *, cursor: str | None = UNSET, expand: bool | None = UNSET, item: builtins.list[str] | str | None = UNSET, limit: float | None = UNSET, owner: builtins.list[str] | str | dict[str, str] | None = UNSET, q: str | None = UNSET, sort: Literal["upvotes", "lastModified", "trending"] | str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> AsyncPaginator[CollectionListItem]:
        """Get collections.

        Args:
            cursor: Query parameter ``cursor``.
            expand: Query parameter ``expand``. Server default: ``true``.
            item: Query parameter ``item``.
            limit: Query parameter ``limit``. From 1 to 10000. Server default: ``10``.
            owner: Query parameter ``owner``.
            q: Query parameter ``q``.
            sort: Query parameter ``sort``. One of ``"upvotes"``, ``"lastModified"``, ``"trending"``. Server default: ``"trending"``.

        Async: returns an ``AsyncPaginator[CollectionListItem]`` at once, without ``await``: ``async for item in client.collections.list(...)``.

        ``GET /api/collections``
        """
        return self._client._paginate(_with_options(_list(cursor, expand, item, limit, owner, q, sort), extra_headers, extra_query, extra_body, timeout))

    async def set_resource_group(self, namespace: str, slug: str | None = None, *, resource_group_id: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CollectionSetResourceGroupResponse:
        """Set collection resource group.

        Assign, move, or unassign an organization-owned collection to a resource group. Pass null to unassign. User-owned collections are not eligible.

        Args:
            namespace: The collection's owner, or its whole id ``namespace/slug-id`` (huggingface_hub's ``collection_slug``) with ``slug`` left out.
            slug: The whole ``{slug}-{id}`` path segment, as it appears in the URL (``my-models-6579ade1234567890abcdef0``).
            resource_group_id: The resource group to assign the collection to. If null, the collection is removed from any resource group.

        Async: ``await client.collections.set_resource_group(...)`` returns ``CollectionSetResourceGroupResponse``.

        ``POST /api/collections/{namespace}/{slug}/resource-group``
        """
        return await self._client._send(_with_options(_set_resource_group(namespace, slug, resource_group_id), extra_headers, extra_query, extra_body, timeout))

    async def update(self, namespace: str, slug: str | None = None, *, position: int | None = UNSET, private: bool | None = UNSET, theme: Literal["orange", "blue", "green", "purple", "pink", "indigo"] | str | None = UNSET, title: str | None = UNSET, description: str | None = UNSET, gating: CollectionGating | Literal[False] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> UpdateResponse:
        """Update a collection.

        Args:
            namespace: The collection's owner, or its whole id ``namespace/slug-id`` (huggingface_hub's ``collection_slug``) with ``slug`` left out.
            slug: The whole ``{slug}-{id}`` path segment, as it appears in the URL (``my-models-6579ade1234567890abcdef0``).
            position: Body field ``position``. At least 0.
            private: Body field ``private``.
            theme: Body field ``theme``. One of ``"orange"``, ``"blue"``, ``"green"``, ``"purple"``, ``"pink"``, ``"indigo"``.
            title: Body field ``title``. From 1 to 60 characters.
            description: Body field ``description``. At most 150 characters.
            gating: Body field ``gating``. One of ``false``.

        Async: ``await client.collections.update(...)`` returns ``UpdateResponse``.

        ``PATCH /api/collections/{namespace}/{slug}``
        """
        return await self._client._send(_with_options(_update(namespace, slug, position, private, theme, title, description, gating), extra_headers, extra_query, extra_body, timeout))

    async def update_item(self, namespace: str, slug: str | None = None, item_id: str | None = None, *, note: str | None = UNSET, position: int | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Update item.

        Update the note or position of an item of a collection.

        Args:
            namespace: The collection's owner, or its whole id ``namespace/slug-id`` (huggingface_hub's ``collection_slug``) with ``slug`` left out.
            slug: The whole ``{slug}-{id}`` path segment, as it appears in the URL (``my-models-6579ade1234567890abcdef0``). Or, with the whole collection id in ``namespace``, the ``item_id`` (then left out).
            item_id: Id of the item object in the collection (not the repo or paper id).
            note: Note attached to the item.
            position: New position in the collection. At least 0.

        Async: ``await client.collections.update_item(...)`` returns ``None``.

        Described by hfhub (spec/additions), not by the published spec: ``PATCH /api/collections/{namespace}/{slug}-{id}/items/{itemId}``
        """
        return await self._client._send(_with_options(_update_item(namespace, slug, item_id, note, position), extra_headers, extra_query, extra_body, timeout))

    async def update_items(self, namespace: str, slug: str | None = None, *, body: builtins.list[UpdateItemsBodyItem] | None | dict[str, Any] = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Batch update items.

        Batch update items in a collection

        Args:
            namespace: The collection's owner, or its whole id ``namespace/slug-id`` (huggingface_hub's ``collection_slug``) with ``slug`` left out.
            slug: The whole ``{slug}-{id}`` path segment, as it appears in the URL (``my-models-6579ade1234567890abcdef0``).
            body: The JSON body of the request.

        Async: ``await client.collections.update_items(...)`` returns ``None``.

        ``POST /api/collections/{namespace}/{slug}/items/batch``
        """
        return await self._client._send(_with_options(_update_items(namespace, slug, body), extra_headers, extra_query, extra_body, timeout))


if TYPE_CHECKING:
    from .._raw_response import async_raw, raw

    class CollectionsResourceWithRawResponse:
        """``client.with_raw_response.<resource>``: each method answering a ``RawResponse`` (declared for checkers)."""

        add_item = raw(CollectionsResource.add_item)
        create = raw(CollectionsResource.create)
        delete = raw(CollectionsResource.delete)
        delete_item = raw(CollectionsResource.delete_item)
        get = raw(CollectionsResource.get)
        get_resource_group = raw(CollectionsResource.get_resource_group)
        list = raw(CollectionsResource.list)
        set_resource_group = raw(CollectionsResource.set_resource_group)
        update = raw(CollectionsResource.update)
        update_item = raw(CollectionsResource.update_item)
        update_items = raw(CollectionsResource.update_items)

    class AsyncCollectionsResourceWithRawResponse:
        """``client.with_raw_response.<resource>`` of the async client (declared for checkers)."""

        add_item = async_raw(AsyncCollectionsResource.add_item)
        create = async_raw(AsyncCollectionsResource.create)
        delete = async_raw(AsyncCollectionsResource.delete)
        delete_item = async_raw(AsyncCollectionsResource.delete_item)
        get = async_raw(AsyncCollectionsResource.get)
        get_resource_group = async_raw(AsyncCollectionsResource.get_resource_group)
        list = async_raw(AsyncCollectionsResource.list)
        set_resource_group = async_raw(AsyncCollectionsResource.set_resource_group)
        update = async_raw(AsyncCollectionsResource.update)
        update_item = async_raw(AsyncCollectionsResource.update_item)
        update_items = async_raw(AsyncCollectionsResource.update_items)
