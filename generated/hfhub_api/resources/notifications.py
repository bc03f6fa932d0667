"""Operations on notifications.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

import builtins
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._client_base import AsyncResource, Resource
from .._request import Request, Timeout
from .._request import fields as _fields
from .._request import query as _q
from .._request import with_options as _with_options
from .._types import UNSET
from ..models._notifications import DeleteItem, Notification, UpdateSettingsBodyNotifications


def _delete(apply_to_all: bool | None, article_id: str | None, last_update: datetime | None, mention: Literal["all", "participating", "mentions"] | str | None, p: int | None, paper_id: str | None, post_author: str | None, read_status: Literal["all", "unread"] | str | None, repo_name: str | None, repo_type: Literal["dataset", "model", "space", "bucket", "kernel"] | str | None, discussion_ids: list[str] | None) -> Request[None]:
    return Request(
        "DELETE",
        "/api/notifications",
        params=_q({"applyToAll": apply_to_all, "articleId": article_id, "lastUpdate": last_update, "mention": mention, "p": p, "paperId": paper_id, "postAuthor": post_author, "readStatus": read_status, "repoName": repo_name, "repoType": repo_type}),
        json=_fields({"discussionIds": discussion_ids}),
        kind="empty",
    )


def _list(article_id: str | None, last_update: datetime | None, mention: Literal["all", "participating", "mentions"] | str | None, p: int | None, paper_id: str | None, post_author: str | None, read_status: Literal["all", "unread"] | str | None, repo_name: str | None, repo_type: Literal["dataset", "model", "space", "bucket", "kernel"] | str | None) -> Request[Notification]:
    return Request(
        "GET",
        "/api/notifications",
        params=_q({"articleId": article_id, "lastUpdate": last_update, "mention": mention, "p": p, "paperId": paper_id, "postAuthor": post_author, "readStatus": read_status, "repoName": repo_name, "repoType": repo_type}),
        convert=Notification,
    )


def _mark_as_read(apply_to_all: bool | None, article_id: str | None, last_update: datetime | None, mention: Literal["all", "participating", "mentions"] | str | None, p: int | None, paper_id: str | None, post_author: str | None, read_status: Literal["all", "unread"] | str | None, repo_name: str | None, repo_type: Literal["dataset", "model", "space", "bucket", "kernel"] | str | None, discussion_ids: list[str] | None, read: bool | None) -> Request[None]:
    return Request(
        "POST",
        "/api/notifications/mark-as-read",
        params=_q({"applyToAll": apply_to_all, "articleId": article_id, "lastUpdate": last_update, "mention": mention, "p": p, "paperId": paper_id, "postAuthor": post_author, "readStatus": read_status, "repoName": repo_name, "repoType": repo_type}),
        json=_fields({"discussionIds": discussion_ids, "read": read}),
        kind="empty",
    )


def _update_settings(notifications: UpdateSettingsBodyNotifications | dict[str, Any] | None, prepaid_amount: str | None) -> Request[None]:
    return Request(
        "PATCH",
        "/api/settings/notifications",
        json=_fields({"notifications": notifications, "prepaidAmount": prepaid_amount}),
        kind="empty",
    )


def _update_watch(delete: list[DeleteItem] | dict[str, Any] | None, add: list[DeleteItem] | dict[str, Any] | None) -> Request[None]:
    return Request("PATCH", "/api/settings/watch", json=_fields({"delete": delete, "add": add}), kind="empty")


class NotificationsResource(Resource):
    """Operations on notifications."""

    __slots__ = ()


    def delete(self, *, apply_to_all: bool | None = UNSET, article_id: str | None = UNSET, last_update: datetime | None = UNSET, mention: Literal["all", "participating", "mentions"] | str | None = UNSET, p: int | None = UNSET, paper_id: str | None = UNSET, post_author: str | None = UNSET, read_status: Literal["all", "unread"] | str | None = UNSET, repo_name: str | None = UNSET, repo_type: Literal["dataset", "model", "space", "bucket", "kernel"] | str | None = UNSET, discussion_ids: builtins.list[str] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete notifications.

        Delete notifications, either by specifying discussionIds or by applying to all notifications with search parameters

        Args:
            apply_to_all: Query parameter ``applyToAll``. Server default: ``false``.
            article_id: Query parameter ``articleId``.
            last_update: Query parameter ``lastUpdate``. A date and time (ISO 8601).
            mention: Query parameter ``mention``. One of ``"all"``, ``"participating"``, ``"mentions"``. Server default: ``"all"``.
            p: Query parameter ``p``. At least 0. Server default: ``0``.
            paper_id: Query parameter ``paperId``.
            post_author: Query parameter ``postAuthor``.
            read_status: Query parameter ``readStatus``. One of ``"all"``, ``"unread"``. Server default: ``"all"``.
            repo_name: Query parameter ``repoName``.
            repo_type: Query parameter ``repoType``. One of ``"dataset"``, ``"model"``, ``"space"``, ``"bucket"``, ``"kernel"``.
            discussion_ids: Body field ``discussionIds``.

        ``DELETE /api/notifications``
        """
        return self._client._send(_with_options(_delete(apply_to_all, article_id, last_update, mention, p, paper_id, post_author, read_status, repo_name, repo_type, discussion_ids), extra_headers, extra_query, extra_body, timeout))

    def list(self, *, article_id: str | None = UNSET, last_update: datetime | None = UNSET, mention: Literal["all", "participating", "mentions"] | str | None = UNSET, p: int | None = UNSET, paper_id: str | None = UNSET, post_author: str | None = UNSET, read_status: Literal["all", "unread"] | str | None = UNSET, repo_name: str | None = UNSET, repo_type: Literal["dataset", "model", "space", "bucket", "kernel"] | str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Notification:
        """List notifications.

        List notifications for the user

        Args:
            article_id: Query parameter ``articleId``.
            last_update: Query parameter ``lastUpdate``. A date and time (ISO 8601).
            mention: Query parameter ``mention``. One of ``"all"``, ``"participating"``, ``"mentions"``. Server default: ``"all"``.
            p: Query parameter ``p``. At least 0. Server default: ``0``.
            paper_id: Query parameter ``paperId``.
            post_author: Query parameter ``postAuthor``.
            read_status: Query parameter ``readStatus``. One of ``"all"``, ``"unread"``. Server default: ``"all"``.
            repo_name: Query parameter ``repoName``.
            repo_type: Query parameter ``repoType``. One of ``"dataset"``, ``"model"``, ``"space"``, ``"bucket"``, ``"kernel"``.

        ``GET /api/notifications``
        """
        return self._client._send(_with_options(_list(article_id, last_update, mention, p, paper_id, post_author, read_status, repo_name, repo_type), extra_headers, extra_query, extra_body, timeout))

    def mark_as_read(self, *, apply_to_all: bool | None = UNSET, article_id: str | None = UNSET, last_update: datetime | None = UNSET, mention: Literal["all", "participating", "mentions"] | str | None = UNSET, p: int | None = UNSET, paper_id: str | None = UNSET, post_author: str | None = UNSET, read_status: Literal["all", "unread"] | str | None = UNSET, repo_name: str | None = UNSET, repo_type: Literal["dataset", "model", "space", "bucket", "kernel"] | str | None = UNSET, discussion_ids: builtins.list[str] | None = UNSET, read: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Change read status.

        Mark discussions as read or unread. If `applyToAll` is true, all notifications for the user matching the search parameters will be marked as read or unread.

        Args:
            apply_to_all: Query parameter ``applyToAll``. Server default: ``false``.
            article_id: Query parameter ``articleId``.
            last_update: Query parameter ``lastUpdate``. A date and time (ISO 8601).
            mention: Query parameter ``mention``. One of ``"all"``, ``"participating"``, ``"mentions"``. Server default: ``"all"``.
            p: Query parameter ``p``. At least 0. Server default: ``0``.
            paper_id: Query parameter ``paperId``.
            post_author: Query parameter ``postAuthor``.
            read_status: Query parameter ``readStatus``. One of ``"all"``, ``"unread"``. Server default: ``"all"``.
            repo_name: Query parameter ``repoName``.
            repo_type: Query parameter ``repoType``. One of ``"dataset"``, ``"model"``, ``"space"``, ``"bucket"``, ``"kernel"``.
            discussion_ids: Body field ``discussionIds``. Server default: ``[]``.
            read: Body field ``read``. Server default: ``true``.

        ``POST /api/notifications/mark-as-read``
        """
        return self._client._send(_with_options(_mark_as_read(apply_to_all, article_id, last_update, mention, p, paper_id, post_author, read_status, repo_name, repo_type, discussion_ids, read), extra_headers, extra_query, extra_body, timeout))

    def update_settings(self, *, notifications: UpdateSettingsBodyNotifications | dict[str, Any] | None = UNSET, prepaid_amount: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Update notification settings.

        Update notification settings for the user

        Args:
            notifications: Body field ``notifications``.
            prepaid_amount: To be provided when enabling launch_prepaid_credits. At most 24 characters.

        ``PATCH /api/settings/notifications``
        """
        return self._client._send(_with_options(_update_settings(notifications, prepaid_amount), extra_headers, extra_query, extra_body, timeout))

    def update_watch(self, *, delete: builtins.list[DeleteItem] | dict[str, Any] | None = UNSET, add: builtins.list[DeleteItem] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Update watch settings.

        Update watch settings for the user. Get notified when discussions happen on your watched items.

        Args:
            delete: Body field ``delete``. Server default: ``[]``.
            add: Body field ``add``. Server default: ``[]``.

        ``PATCH /api/settings/watch``
        """
        return self._client._send(_with_options(_update_watch(delete, add), extra_headers, extra_query, extra_body, timeout))


class AsyncNotificationsResource(AsyncResource):
    """Operations on notifications. (async)"""

    __slots__ = ()


    async def delete(self, *, apply_to_all: bool | None = UNSET, article_id: str | None = UNSET, last_update: datetime | None = UNSET, mention: Literal["all", "participating", "mentions"] | str | None = UNSET, p: int | None = UNSET, paper_id: str | None = UNSET, post_author: str | None = UNSET, read_status: Literal["all", "unread"] | str | None = UNSET, repo_name: str | None = UNSET, repo_type: Literal["dataset", "model", "space", "bucket", "kernel"] | str | None = UNSET, discussion_ids: builtins.list[str] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete notifications.

        Delete notifications, either by specifying discussionIds or by applying to all notifications with search parameters

        Args:
            apply_to_all: Query parameter ``applyToAll``. Server default: ``false``.
            article_id: Query parameter ``articleId``.
            last_update: Query parameter ``lastUpdate``. A date and time (ISO 8601).
            mention: Query parameter ``mention``. One of ``"all"``, ``"participating"``, ``"mentions"``. Server default: ``"all"``.
            p: Query parameter ``p``. At least 0. Server default: ``0``.
            paper_id: Query parameter ``paperId``.
            post_author: Query parameter ``postAuthor``.
            read_status: Query parameter ``readStatus``. One of ``"all"``, ``"unread"``. Server default: ``"all"``.
            repo_name: Query parameter ``repoName``.
            repo_type: Query parameter ``repoType``. One of ``"dataset"``, ``"model"``, ``"space"``, ``"bucket"``, ``"kernel"``.
            discussion_ids: Body field ``discussionIds``.

        Async: ``await client.notifications.delete(...)`` returns ``None``.

        ``DELETE /api/notifications``
        """
        return await self._client._send(_with_options(_delete(apply_to_all, article_id, last_update, mention, p, paper_id, post_author, read_status, repo_name, repo_type, discussion_ids), extra_headers, extra_query, extra_body, timeout))

    async def list(self, *, article_id: str | None = UNSET, last_update: datetime | None = UNSET, mention: Literal["all", "participating", "mentions"] | str | None = UNSET, p: int | None = UNSET, paper_id: str | None = UNSET, post_author: str | None = UNSET, read_status: Literal["all", "unread"] | str | None = UNSET, repo_name: str | None = UNSET, repo_type: Literal["dataset", "model", "space", "bucket", "kernel"] | str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Notification:
        """List notifications.

        List notifications for the user

        Args:
            article_id: Query parameter ``articleId``.
            last_update: Query parameter ``lastUpdate``. A date and time (ISO 8601).
            mention: Query parameter ``mention``. One of ``"all"``, ``"participating"``, ``"mentions"``. Server default: ``"all"``.
            p: Query parameter ``p``. At least 0. Server default: ``0``.
            paper_id: Query parameter ``paperId``.
            post_author: Query parameter ``postAuthor``.
            read_status: Query parameter ``readStatus``. One of ``"all"``, ``"unread"``. Server default: ``"all"``.
            repo_name: Query parameter ``repoName``.
            repo_type: Query parameter ``repoType``. One of ``"dataset"``, ``"model"``, ``"space"``, ``"bucket"``, ``"kernel"``.

        Async: ``await client.notifications.list(...)`` returns ``Notification``.

        ``GET /api/notifications``
        """
        return await self._client._send(_with_options(_list(article_id, last_update, mention, p, paper_id, post_author, read_status, repo_name, repo_type), extra_headers, extra_query, extra_body, timeout))

    async def mark_as_read(self, *, apply_to_all: bool | None = UNSET, article_id: str | None = UNSET, last_update: datetime | None = UNSET, mention: Literal["all", "participating", "mentions"] | str | None = UNSET, p: int | None = UNSET, paper_id: str | None = UNSET, post_author: str | None = UNSET, read_status: Literal["all", "unread"] | str | None = UNSET, repo_name: str | None = UNSET, repo_type: Literal["dataset", "model", "space", "bucket", "kernel"] | str | None = UNSET, discussion_ids: builtins.list[str] | None = UNSET, read: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Change read status.

        Mark discussions as read or unread. If `applyToAll` is true, all notifications for the user matching the search parameters will be marked as read or unread.

        Args:
            apply_to_all: Query parameter ``applyToAll``. Server default: ``false``.
            article_id: Query parameter ``articleId``.
            last_update: Query parameter ``lastUpdate``. A date and time (ISO 8601).
            mention: Query parameter ``mention``. One of ``"all"``, ``"participating"``, ``"mentions"``. Server default: ``"all"``.
            p: Query parameter ``p``. At least 0. Server default: ``0``.
            paper_id: Query parameter ``paperId``.
            post_author: Query parameter ``postAuthor``.
            read_status: Query parameter ``readStatus``. One of ``"all"``, ``"unread"``. Server default: ``"all"``.
            repo_name: Query parameter ``repoName``.
            repo_type: Query parameter ``repoType``. One of ``"dataset"``, ``"model"``, ``"space"``, ``"bucket"``, ``"kernel"``.
            discussion_ids: Body field ``discussionIds``. Server default: ``[]``.
            read: Body field ``read``. Server default: ``true``.

        Async: ``await client.notifications.mark_as_read(...)`` returns ``None``.

        ``POST /api/notifications/mark-as-read``
        """
        return await self._client._send(_with_options(_mark_as_read(apply_to_all, article_id, last_update, mention, p, paper_id, post_author, read_status, repo_name, repo_type, discussion_ids, read), extra_headers, extra_query, extra_body, timeout))

    async def update_settings(self, *, notifications: UpdateSettingsBodyNotifications | dict[str, Any] | None = UNSET, prepaid_amount: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Update notification settings.

        Update notification settings for the user

        Args:
            notifications: Body field ``notifications``.
            prepaid_amount: To be provided when enabling launch_prepaid_credits. At most 24 characters.

        Async: ``await client.notifications.update_settings(...)`` returns ``None``.

        ``PATCH /api/settings/notifications``
        """
        return await self._client._send(_with_options(_update_settings(notifications, prepaid_amount), extra_headers, extra_query, extra_body, timeout))

    async def update_watch(self, *, delete: builtins.list[DeleteItem] | dict[str, Any] | None = UNSET, add: builtins.list[DeleteItem] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Update watch settings.

        Update watch settings for the user. Get notified when discussions happen on your watched items.

        Args:
            delete: Body field ``delete``. Server default: ``[]``.
            add: Body field ``add``. Server default: ``[]``.

        Async: ``await client.notifications.update_watch(...)`` returns ``None``.

        ``PATCH /api/settings/watch``
        """
        return await self._client._send(_with_options(_update_watch(delete, add), extra_headers, extra_query, extra_body, timeout))


if TYPE_CHECKING:
    from .._raw_response import async_raw, raw

    class NotificationsResourceWithRawResponse:
        """``client.with_raw_response.<resource>``: each method answering a ``RawResponse`` (declared for checkers)."""

        delete = raw(NotificationsResource.delete)
        list = raw(NotificationsResource.list)
        mark_as_read = raw(NotificationsResource.mark_as_read)
        update_settings = raw(NotificationsResource.update_settings)
        update_watch = raw(NotificationsResource.update_watch)

    class AsyncNotificationsResourceWithRawResponse:
        """``client.with_raw_response.<resource>`` of the async client (declared for checkers)."""

        delete = async_raw(AsyncNotificationsResource.delete)
        list = async_raw(AsyncNotificationsResource.list)
        mark_as_read = async_raw(AsyncNotificationsResource.mark_as_read)
        update_settings = async_raw(AsyncNotificationsResource.update_settings)
        update_watch = async_raw(AsyncNotificationsResource.update_watch)
