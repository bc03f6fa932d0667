"""Models of the ``webhooks`` resource.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from .._types import Field, ListOf, Model, parse_datetime


class ReplayLogResponse(Model):
    __slots__ = ()
    status: Field[float] = Field("status")
    """Replay HTTP status"""


class WatchedItem(Model):
    __slots__ = ()
    name: Field[str] = Field("name")
    type: Field[Literal["dataset", "model", "space", "bucket", "kernel", "user", "org"] | str] = Field("type")
    avatar_url: Field[str | None] = Field("avatarUrl", default=None)


class WebhookJob(Model):
    __slots__ = ()
    docker_image: Field[str | None] = Field("dockerImage", default=None)
    space_id: Field[str | None] = Field("spaceId", default=None)
    environment: Field[dict[str, str]] = Field("environment")
    arguments: Field[list[str] | None] = Field("arguments", default=None)
    command: Field[list[str] | None] = Field("command", default=None)
    flavor: Field[str] = Field("flavor")
    timeout_seconds: Field[int | None] = Field("timeoutSeconds")
    labels: Field[dict[str, str] | None] = Field("labels", default=None)
    """Labels for the job as key-value pairs. Both keys and values must be max 100 characters and contain only alphanumeric characters, dots, dashes, and underscores."""
    secrets: Field[list[str] | None] = Field("secrets", default=None)


class Webhook(Model):
    """Webhook"""
    __slots__ = ()
    id: Field[str] = Field("id")
    url: Field[str | None] = Field("url", default=None)
    job: Field[WebhookJob | None] = Field("job", WebhookJob, default=None)
    job_source_id: Field[str | None] = Field("jobSourceId", default=None)
    disabled: Field[bool | Literal["suspended-after-failure"]] = Field("disabled")
    watched: Field[list[WatchedItem]] = Field("watched", ListOf(WatchedItem))
    has_secret: Field[bool] = Field("hasSecret")
    """Whether the webhook has a secret (the secret itself is never returned)"""
    domains: Field[list[Literal["repo", "discussion"] | str]] = Field("domains")
    last_trigger_at: Field[datetime | None] = Field("lastTriggerAt", parse_datetime, default=None)


class WebhookEnvelope(Model):
    __slots__ = ()
    webhook: Field[Webhook] = Field("webhook", Webhook)
    """Webhook"""


class WebhookWatchedItem(Model):
    __slots__ = ()
    type: Field[Literal["dataset", "model", "space", "bucket", "kernel", "user", "org"] | str] = Field("type")
    name: Field[str] = Field("name")
