"""Operations on webhooks.

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
from ..models._shared import CreateScheduledBodyJobSpec
from ..models._webhooks import CreateBodyWatchedItem, CreateResponse4, ListItem8, ReplayLogResponse


def _create(watched: list[CreateBodyWatchedItem] | dict[str, Any] | None, url: str | None, job: CreateScheduledBodyJobSpec | dict[str, Any] | None, job_source_id: str | None, domains: list[Literal["repo", "discussion"] | str] | None, secret: str | None) -> Request[CreateResponse4]:
    return Request(
        "POST",
        "/api/settings/webhooks",
        json=_fields({"watched": watched, "url": url, "job": job, "jobSourceId": job_source_id, "domains": domains, "secret": secret}),
        convert=CreateResponse4,
    )


def _delete(webhook_id: str) -> Request[dict[str, Any]]:
    return Request("DELETE", f"/api/settings/webhooks/{_seg(webhook_id, 'webhook_id')}")


def _get(webhook_id: str) -> Request[CreateResponse4]:
    return Request("GET", f"/api/settings/webhooks/{_seg(webhook_id, 'webhook_id')}", convert=CreateResponse4)


def _list() -> Request[list[ListItem8]]:
    return Request("GET", "/api/settings/webhooks", convert=ListOf(ListItem8))


def _replay_log(webhook_id: str, log_id: str, body: Any) -> Request[ReplayLogResponse]:
    return Request(
        "POST",
        f"/api/settings/webhooks/{_seg(webhook_id, 'webhook_id')}/replay/{_seg(log_id, 'log_id')}",
        json=body,
        convert=ReplayLogResponse,
    )


def _set_enabled(webhook_id: str, action: Literal["enable", "disable"] | str, body: Any) -> Request[CreateResponse4]:
    return Request(
        "POST",
        f"/api/settings/webhooks/{_seg(webhook_id, 'webhook_id')}/{_seg(action, 'action')}",
        json=body,
        convert=CreateResponse4,
    )


def _update(webhook_id: str, watched: list[CreateBodyWatchedItem] | dict[str, Any] | None, url: str | None, job: CreateScheduledBodyJobSpec | dict[str, Any] | None, job_source_id: str | None, domains: list[Literal["repo", "discussion"] | str] | None, secret: str | None) -> Request[CreateResponse4]:
    return Request(
        "POST",
        f"/api/settings/webhooks/{_seg(webhook_id, 'webhook_id')}",
        json=_fields({"watched": watched, "url": url, "job": job, "jobSourceId": job_source_id, "domains": domains, "secret": secret}),
        convert=CreateResponse4,
    )


class WebhooksResource(Resource):
    """Operations on webhooks."""

    __slots__ = ()


    def create(self, *, watched: builtins.list[CreateBodyWatchedItem] | dict[str, Any] | None = UNSET, url: str | None = UNSET, job: CreateScheduledBodyJobSpec | dict[str, Any] | None = UNSET, job_source_id: str | None = UNSET, domains: builtins.list[Literal["repo", "discussion"] | str] | None = UNSET, secret: str | None = UNSET) -> CreateResponse4:
        """Create webhook.

        ``POST /api/settings/webhooks``
        """
        return self._client._send(_create(watched, url, job, job_source_id, domains, secret))

    def delete(self, webhook_id: str) -> dict[str, Any]:
        """Delete webhook.

        ``DELETE /api/settings/webhooks/{webhookId}``
        """
        return self._client._send(_delete(webhook_id))

    def get(self, webhook_id: str) -> CreateResponse4:
        """Get webhook.

        ``GET /api/settings/webhooks/{webhookId}``
        """
        return self._client._send(_get(webhook_id))

    def list(self) -> builtins.list[ListItem8]:
        """List webhooks.

        ``GET /api/settings/webhooks``
        """
        return self._client._send(_list())

    def replay_log(self, webhook_id: str, log_id: str, *, body: Any = UNSET) -> ReplayLogResponse:
        """Replay webhook log.

        Args:
            body: Request body, sent as JSON (the published spec does not describe it).

        ``POST /api/settings/webhooks/{webhookId}/replay/{logId}``
        """
        return self._client._send(_replay_log(webhook_id, log_id, body))

    def set_enabled(self, webhook_id: str, action: Literal["enable", "disable"] | str, *, body: Any = UNSET) -> CreateResponse4:
        """Enable/disable webhook.

        Args:
            body: Request body, sent as JSON (the published spec does not describe it).

        ``POST /api/settings/webhooks/{webhookId}/{action}``
        """
        return self._client._send(_set_enabled(webhook_id, action, body))

    def update(self, webhook_id: str, *, watched: builtins.list[CreateBodyWatchedItem] | dict[str, Any] | None = UNSET, url: str | None = UNSET, job: CreateScheduledBodyJobSpec | dict[str, Any] | None = UNSET, job_source_id: str | None = UNSET, domains: builtins.list[Literal["repo", "discussion"] | str] | None = UNSET, secret: str | None = UNSET) -> CreateResponse4:
        """Update webhook.

        ``POST /api/settings/webhooks/{webhookId}``
        """
        return self._client._send(_update(webhook_id, watched, url, job, job_source_id, domains, secret))


class AsyncWebhooksResource(AsyncResource):
    """Operations on webhooks. (async)"""

    __slots__ = ()


    async def create(self, *, watched: builtins.list[CreateBodyWatchedItem] | dict[str, Any] | None = UNSET, url: str | None = UNSET, job: CreateScheduledBodyJobSpec | dict[str, Any] | None = UNSET, job_source_id: str | None = UNSET, domains: builtins.list[Literal["repo", "discussion"] | str] | None = UNSET, secret: str | None = UNSET) -> CreateResponse4:
        """Create webhook (async form of ``WebhooksResource.create``)."""
        return await self._client._send(_create(watched, url, job, job_source_id, domains, secret))

    async def delete(self, webhook_id: str) -> dict[str, Any]:
        """Delete webhook (async form of ``WebhooksResource.delete``)."""
        return await self._client._send(_delete(webhook_id))

    async def get(self, webhook_id: str) -> CreateResponse4:
        """Get webhook (async form of ``WebhooksResource.get``)."""
        return await self._client._send(_get(webhook_id))

    async def list(self) -> builtins.list[ListItem8]:
        """List webhooks (async form of ``WebhooksResource.list``)."""
        return await self._client._send(_list())

    async def replay_log(self, webhook_id: str, log_id: str, *, body: Any = UNSET) -> ReplayLogResponse:
        """Replay webhook log (async form of ``WebhooksResource.replay_log``)."""
        return await self._client._send(_replay_log(webhook_id, log_id, body))

    async def set_enabled(self, webhook_id: str, action: Literal["enable", "disable"] | str, *, body: Any = UNSET) -> CreateResponse4:
        """Enable/disable webhook (async form of ``WebhooksResource.set_enabled``)."""
        return await self._client._send(_set_enabled(webhook_id, action, body))

    async def update(self, webhook_id: str, *, watched: builtins.list[CreateBodyWatchedItem] | dict[str, Any] | None = UNSET, url: str | None = UNSET, job: CreateScheduledBodyJobSpec | dict[str, Any] | None = UNSET, job_source_id: str | None = UNSET, domains: builtins.list[Literal["repo", "discussion"] | str] | None = UNSET, secret: str | None = UNSET) -> CreateResponse4:
        """Update webhook (async form of ``WebhooksResource.update``)."""
        return await self._client._send(_update(webhook_id, watched, url, job, job_source_id, domains, secret))
