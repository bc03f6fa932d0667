"""Models of the ``webhooks`` resource.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from .._types import Field, ListOf, Model, parse_datetime


class ReplayLogResponse(Model):
    __slots__ = ()
    status: float = Field("status")
    """Replay HTTP status"""


class WatchedItem(Model):
    __slots__ = ()
    name: str = Field("name")
    type: Literal["dataset", "model", "space", "bucket", "kernel", "user", "org"] | str = Field("type")
    avatar_url: str | None = Field("avatarUrl", default=None)


class WebhookJob(Model):
    __slots__ = ()
    docker_image: str | None = Field("dockerImage", default=None)
    space_id: str | None = Field("spaceId", default=None)
    environment: dict[str, str] = Field("environment")
    arguments: list[str] | None = Field("arguments", default=None)
    command: list[str] | None = Field("command", default=None)
    flavor: str = Field("flavor")
    timeout_seconds: int | None = Field("timeoutSeconds")
    labels: dict[str, str] | None = Field("labels", default=None)
    """Labels for the job as key-value pairs. Both keys and values must be max 100 characters and contain only alphanumeric characters, dots, dashes, and underscores."""
    secrets: list[str] | None = Field("secrets", default=None)


class Webhook(Model):
    """Webhook"""
    __slots__ = ()
    id: str = Field("id")
    url: str | None = Field("url", default=None)
    job: WebhookJob | None = Field("job", WebhookJob, default=None)
    job_source_id: str | None = Field("jobSourceId", default=None)
    disabled: bool | Literal["suspended-after-failure"] = Field("disabled")
    watched: list[WatchedItem] = Field("watched", ListOf(WatchedItem))
    has_secret: bool = Field("hasSecret")
    """Whether the webhook has a secret (the secret itself is never returned)"""
    domains: list[Literal["repo", "discussion"] | str] = Field("domains")
    last_trigger_at: datetime | None = Field("lastTriggerAt", parse_datetime, default=None)


class WebhookEnvelope(Model):
    __slots__ = ()
    webhook: Webhook = Field("webhook", Webhook)
    """Webhook"""


class WebhookWatchedItem(Model):
    __slots__ = ()
    type: Literal["dataset", "model", "space", "bucket", "kernel", "user", "org"] | str = Field("type")
    name: str = Field("name")
