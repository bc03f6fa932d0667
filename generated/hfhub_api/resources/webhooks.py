"""Operations on webhooks.

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
from ..models._shared import CreateBodyJob
from ..models._webhooks import ReplayLogResponse, Webhook, WebhookEnvelope, WebhookWatchedItem


def _create(watched: list[WebhookWatchedItem] | dict[str, Any] | None, url: str | None, job: CreateBodyJob | dict[str, Any] | None, job_source_id: str | None, domains: list[Literal["repo", "discussion"] | str] | None, secret: str | None) -> Request[WebhookEnvelope]:
    return Request(
        "POST",
        "/api/settings/webhooks",
        json=_fields({"watched": watched, "url": url, "job": job, "jobSourceId": job_source_id, "domains": domains, "secret": secret}),
        convert=WebhookEnvelope,
    )


def _delete(webhook_id: str) -> Request[dict[str, Any]]:
    return Request("DELETE", f"/api/settings/webhooks/{_seg(webhook_id, 'webhook_id')}")


def _get(webhook_id: str) -> Request[WebhookEnvelope]:
    return Request("GET", f"/api/settings/webhooks/{_seg(webhook_id, 'webhook_id')}", convert=WebhookEnvelope)


def _list() -> Request[list[Webhook]]:
    return Request("GET", "/api/settings/webhooks", convert=ListOf(Webhook))


def _replay_log(webhook_id: str, log_id: str, body: Any) -> Request[ReplayLogResponse]:
    return Request(
        "POST",
        f"/api/settings/webhooks/{_seg(webhook_id, 'webhook_id')}/replay/{_seg(log_id, 'log_id')}",
        json=body,
        convert=ReplayLogResponse,
    )


def _set_enabled(webhook_id: str, action: Literal["enable", "disable"] | str, body: Any) -> Request[WebhookEnvelope]:
    return Request(
        "POST",
        f"/api/settings/webhooks/{_seg(webhook_id, 'webhook_id')}/{_seg(action, 'action')}",
        json=body,
        convert=WebhookEnvelope,
    )


def _update(webhook_id: str, watched: list[WebhookWatchedItem] | dict[str, Any] | None, url: str | None, job: CreateBodyJob | dict[str, Any] | None, job_source_id: str | None, domains: list[Literal["repo", "discussion"] | str] | None, secret: str | None) -> Request[WebhookEnvelope]:
    return Request(
        "POST",
        f"/api/settings/webhooks/{_seg(webhook_id, 'webhook_id')}",
        json=_fields({"watched": watched, "url": url, "job": job, "jobSourceId": job_source_id, "domains": domains, "secret": secret}),
        convert=WebhookEnvelope,
    )


class WebhooksResource(Resource):
    """Operations on webhooks."""

    __slots__ = ()


    def create(self, *, watched: builtins.list[WebhookWatchedItem] | dict[str, Any] | None = UNSET, url: str | None = UNSET, job: CreateBodyJob | dict[str, Any] | None = UNSET, job_source_id: str | None = UNSET, domains: builtins.list[Literal["repo", "discussion"] | str] | None = UNSET, secret: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> WebhookEnvelope:
        """Create webhook.

        Args:
            watched: Body field ``watched``.
            url: Body field ``url``.
            job: Body field ``job``.
            job_source_id: Body field ``jobSourceId``.
            domains: Body field ``domains``. Each one of ``"repo"``, ``"discussion"``.
            secret: Body field ``secret``. Matches ``^[\\x20-\\x7F]*$``.

        ``POST /api/settings/webhooks``
        """
        return self._client._send(_with_options(_create(watched, url, job, job_source_id, domains, secret), extra_headers, extra_query, extra_body, timeout))

    def delete(self, webhook_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> dict[str, Any]:
        """Delete webhook.

        Args:
            webhook_id: Path parameter ``{webhookId}``.

        ``DELETE /api/settings/webhooks/{webhookId}``
        """
        return self._client._send(_with_options(_delete(webhook_id), extra_headers, extra_query, extra_body, timeout))

    def get(self, webhook_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> WebhookEnvelope:
        """Get webhook.

        Args:
            webhook_id: Path parameter ``{webhookId}``.

        ``GET /api/settings/webhooks/{webhookId}``
        """
        return self._client._send(_with_options(_get(webhook_id), extra_headers, extra_query, extra_body, timeout))

    def list(self, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> builtins.list[Webhook]:
        """List webhooks.

        ``GET /api/settings/webhooks``
        """
        return self._client._send(_with_options(_list(), extra_headers, extra_query, extra_body, timeout))

    def replay_log(self, webhook_id: str, log_id: str, *, body: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ReplayLogResponse:
        """Replay webhook log.

        Args:
            webhook_id: Path parameter ``{webhookId}``.
            log_id: Path parameter ``{logId}``.
            body: Request body, sent as JSON (the published spec does not describe it).

        ``POST /api/settings/webhooks/{webhookId}/replay/{logId}``
        """
        return self._client._send(_with_options(_replay_log(webhook_id, log_id, body), extra_headers, extra_query, extra_body, timeout))

    def set_enabled(self, webhook_id: str, action: Literal["enable", "disable"] | str, *, body: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> WebhookEnvelope:
        """Enable/disable webhook.

        Args:
            webhook_id: Path parameter ``{webhookId}``.
            action: Path parameter ``{action}``. One of ``"enable"``, ``"disable"``.
            body: Request body, sent as JSON (the published spec does not describe it).

        ``POST /api/settings/webhooks/{webhookId}/{action}``
        """
        return self._client._send(_with_options(_set_enabled(webhook_id, action, body), extra_headers, extra_query, extra_body, timeout))

    def update(self, webhook_id: str, *, watched: builtins.list[WebhookWatchedItem] | dict[str, Any] | None = UNSET, url: str | None = UNSET, job: CreateBodyJob | dict[str, Any] | None = UNSET, job_source_id: str | None = UNSET, domains: builtins.list[Literal["repo", "discussion"] | str] | None = UNSET, secret: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> WebhookEnvelope:
        """Update webhook.

        Args:
            webhook_id: Path parameter ``{webhookId}``.
            watched: Body field ``watched``.
            url: Body field ``url``.
            job: Body field ``job``.
            job_source_id: Body field ``jobSourceId``.
            domains: Body field ``domains``. Each one of ``"repo"``, ``"discussion"``.
            secret: Body field ``secret``. Matches ``^[\\x20-\\x7F]*$``.

        ``POST /api/settings/webhooks/{webhookId}``
        """
        return self._client._send(_with_options(_update(webhook_id, watched, url, job, job_source_id, domains, secret), extra_headers, extra_query, extra_body, timeout))


class AsyncWebhooksResource(AsyncResource):
    """Operations on webhooks. (async)"""

    __slots__ = ()


    async def create(self, *, watched: builtins.list[WebhookWatchedItem] | dict[str, Any] | None = UNSET, url: str | None = UNSET, job: CreateBodyJob | dict[str, Any] | None = UNSET, job_source_id: str | None = UNSET, domains: builtins.list[Literal["repo", "discussion"] | str] | None = UNSET, secret: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> WebhookEnvelope:
        """Create webhook.

        Args:
            watched: Body field ``watched``.
            url: Body field ``url``.
            job: Body field ``job``.
            job_source_id: Body field ``jobSourceId``.
            domains: Body field ``domains``. Each one of ``"repo"``, ``"discussion"``.
            secret: Body field ``secret``. Matches ``^[\\x20-\\x7F]*$``.

        Async: ``await client.webhooks.create(...)`` returns ``WebhookEnvelope``.

        ``POST /api/settings/webhooks``
        """
        return await self._client._send(_with_options(_create(watched, url, job, job_source_id, domains, secret), extra_headers, extra_query, extra_body, timeout))

    async def delete(self, webhook_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> dict[str, Any]:
        """Delete webhook.

        Args:
            webhook_id: Path parameter ``{webhookId}``.

        Async: ``await client.webhooks.delete(...)`` returns ``dict[str, Any]``.

        ``DELETE /api/settings/webhooks/{webhookId}``
        """
        return await self._client._send(_with_options(_delete(webhook_id), extra_headers, extra_query, extra_body, timeout))

    async def get(self, webhook_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> WebhookEnvelope:
        """Get webhook.

        Args:
            webhook_id: Path parameter ``{webhookId}``.

        Async: ``await client.webhooks.get(...)`` returns ``WebhookEnvelope``.

        ``GET /api/settings/webhooks/{webhookId}``
        """
        return await self._client._send(_with_options(_get(webhook_id), extra_headers, extra_query, extra_body, timeout))

    async def list(self, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> builtins.list[Webhook]:
        """List webhooks.

        Async: ``await client.webhooks.list(...)`` returns ``list[Webhook]``.

        ``GET /api/settings/webhooks``
        """
        return await self._client._send(_with_options(_list(), extra_headers, extra_query, extra_body, timeout))

    async def replay_log(self, webhook_id: str, log_id: str, *, body: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ReplayLogResponse:
        """Replay webhook log.

        Args:
            webhook_id: Path parameter ``{webhookId}``.
            log_id: Path parameter ``{logId}``.
            body: Request body, sent as JSON (the published spec does not describe it).

        Async: ``await client.webhooks.replay_log(...)`` returns ``ReplayLogResponse``.

        ``POST /api/settings/webhooks/{webhookId}/replay/{logId}``
        """
        return await self._client._send(_with_options(_replay_log(webhook_id, log_id, body), extra_headers, extra_query, extra_body, timeout))

    async def set_enabled(self, webhook_id: str, action: Literal["enable", "disable"] | str, *, body: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> WebhookEnvelope:
        """Enable/disable webhook.

        Args:
            webhook_id: Path parameter ``{webhookId}``.
            action: Path parameter ``{action}``. One of ``"enable"``, ``"disable"``.
            body: Request body, sent as JSON (the published spec does not describe it).

        Async: ``await client.webhooks.set_enabled(...)`` returns ``WebhookEnvelope``.

        ``POST /api/settings/webhooks/{webhookId}/{action}``
        """
        return await self._client._send(_with_options(_set_enabled(webhook_id, action, body), extra_headers, extra_query, extra_body, timeout))

    async def update(self, webhook_id: str, *, watched: builtins.list[WebhookWatchedItem] | dict[str, Any] | None = UNSET, url: str | None = UNSET, job: CreateBodyJob | dict[str, Any] | None = UNSET, job_source_id: str | None = UNSET, domains: builtins.list[Literal["repo", "discussion"] | str] | None = UNSET, secret: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> WebhookEnvelope:
        """Update webhook.

        Args:
            webhook_id: Path parameter ``{webhookId}``.
            watched: Body field ``watched``.
            url: Body field ``url``.
            job: Body field ``job``.
            job_source_id: Body field ``jobSourceId``.
            domains: Body field ``domains``. Each one of ``"repo"``, ``"discussion"``.
            secret: Body field ``secret``. Matches ``^[\\x20-\\x7F]*$``.

        Async: ``await client.webhooks.update(...)`` returns ``WebhookEnvelope``.

        ``POST /api/settings/webhooks/{webhookId}``
        """
        return await self._client._send(_with_options(_update(webhook_id, watched, url, job, job_source_id, domains, secret), extra_headers, extra_query, extra_body, timeout))


if TYPE_CHECKING:
    from .._raw_response import async_raw, raw

    class WebhooksResourceWithRawResponse:
        """``client.with_raw_response.<resource>``: each method answering a ``RawResponse`` (declared for checkers)."""

        create = raw(WebhooksResource.create)
        delete = raw(WebhooksResource.delete)
        get = raw(WebhooksResource.get)
        list = raw(WebhooksResource.list)
        replay_log = raw(WebhooksResource.replay_log)
        set_enabled = raw(WebhooksResource.set_enabled)
        update = raw(WebhooksResource.update)

    class AsyncWebhooksResourceWithRawResponse:
        """``client.with_raw_response.<resource>`` of the async client (declared for checkers)."""

        create = async_raw(AsyncWebhooksResource.create)
        delete = async_raw(AsyncWebhooksResource.delete)
        get = async_raw(AsyncWebhooksResource.get)
        list = async_raw(AsyncWebhooksResource.list)
        replay_log = async_raw(AsyncWebhooksResource.replay_log)
        set_enabled = async_raw(AsyncWebhooksResource.set_enabled)
        update = async_raw(AsyncWebhooksResource.update)
