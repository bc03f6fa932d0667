"""Models of the ``jobs`` resource.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from .._types import Field, ListOf, Model, parse_datetime
from ._shared import Accelerator, CreatedBy, Expose, ResourceGroupSummary


class CountResponse(Model):
    __slots__ = ()
    count: Field[float] = Field("count")


class JobOwner(Model):
    __slots__ = ()
    id: Field[str] = Field("id")
    name: Field[str] = Field("name")
    type: Field[Literal["user", "org"] | str] = Field("type")
    avatar_url: Field[str] = Field("avatarUrl")


class Durations(Model):
    __slots__ = ()
    scheduling_secs: Field[float | None] = Field("schedulingSecs", default=None)
    running_secs: Field[float | None] = Field("runningSecs", default=None)
    total_secs: Field[float | None] = Field("totalSecs", default=None)


class HfToken(Model):
    __slots__ = ()
    owner_name: Field[str] = Field("ownerName")
    org_name: Field[str | None] = Field("orgName", default=None)
    token_role: Field[Literal["read", "write", "fineGrained"] | str | None] = Field("tokenRole", default=None)
    token_id: Field[str | None] = Field("tokenId", default=None)
    settings_url: Field[str | None] = Field("settingsUrl", default=None)


class Volume(Model):
    __slots__ = ()
    type: Field[str] = Field("type")
    source: Field[str] = Field("source")
    mount_path: Field[str] = Field("mountPath")
    revision: Field[str | None] = Field("revision", default=None)
    read_only: Field[bool | None] = Field("readOnly", default=None)
    path: Field[str | None] = Field("path", default=None)


class JobSpec(Model):
    __slots__ = ()
    space_id: Field[str | None] = Field("spaceId", default=None)
    docker_image: Field[str | None] = Field("dockerImage", default=None)
    timeout: Field[float | None] = Field("timeout", default=None)
    environment: Field[dict[str, str]] = Field("environment")
    command: Field[list[str] | None] = Field("command", default=None)
    arguments: Field[list[str] | None] = Field("arguments", default=None)
    arch: Field[Literal["amd64", "arm64"] | str | None] = Field("arch", default=None)
    flavor: Field[str] = Field("flavor")
    resource_group_id: Field[str | None] = Field("resourceGroupId", default=None)
    retry: Field[float | None] = Field("retry", default=None)
    started_at: Field[datetime | None] = Field("startedAt", parse_datetime, default=None)
    finished_at: Field[datetime | None] = Field("finishedAt", parse_datetime, default=None)
    durations: Field[Durations | None] = Field("durations", Durations, default=None)
    volumes: Field[list[Volume] | None] = Field("volumes", ListOf(Volume), default=None)
    expose: Field[Expose | None] = Field("expose", Expose, default=None)
    """Ports exposed through the jobs proxy (see `status.exposeUrls` for the reachable URLs)."""
    resource_group: Field[ResourceGroupSummary | None] = Field("resourceGroup", ResourceGroupSummary, default=None)
    secrets: Field[list[str] | None] = Field("secrets", default=None)
    labels: Field[dict[str, str] | None] = Field("labels", default=None)
    hf_token: Field[HfToken | None] = Field("hfToken", HfToken, default=None)


class LastJob(Model):
    __slots__ = ()
    id: Field[str] = Field("id")
    at: Field[datetime] = Field("at", parse_datetime)


class JobStatus(Model):
    __slots__ = ()
    last_job: Field[LastJob | None] = Field("lastJob", LastJob)
    next_job_run_at: Field[datetime] = Field("nextJobRunAt", parse_datetime)


class CreateScheduledResponse(Model):
    __slots__ = ()
    id: Field[str] = Field("id")
    created_at: Field[datetime] = Field("createdAt", parse_datetime)
    schedule: Field[str] = Field("schedule")
    suspend: Field[bool] = Field("suspend")
    suspend_reason: Field[str | None] = Field("suspendReason", default=None)
    concurrency: Field[bool] = Field("concurrency")
    status: Field[JobStatus] = Field("status", JobStatus)
    type: Field[Literal["scheduled-job"]] = Field("type")
    owner: Field[JobOwner] = Field("owner", JobOwner)
    initiator: Field[JobOwner | None] = Field("initiator", JobOwner, default=None)
    job_spec: Field[JobSpec] = Field("jobSpec", JobSpec)


class Initiator(Model):
    __slots__ = ()
    id: Field[str] = Field("id")
    name: Field[str | None] = Field("name", default=None)
    type: Field[Literal["user", "org"] | str | Literal["scheduled-job"] | Literal["duplicated-job"] | Literal["webhook"]] = Field("type")
    avatar_url: Field[str | None] = Field("avatarUrl", default=None)


class Status(Model):
    __slots__ = ()
    stage: Field[Literal["COMPLETED", "CANCELED", "ERROR", "DELETED", "RUNNING", "SCHEDULING"] | str] = Field("stage")
    message: Field[str | None] = Field("message")
    cancel_reason: Field[Literal["NO_CREDITS", "NO_SUBSCRIPTION", "RESOURCE_GROUP_LIMIT"] | str | None] = Field("cancelReason", default=None)
    failure_count: Field[float | None] = Field("failureCount", default=None)
    expose_urls: Field[list[str] | None] = Field("exposeUrls", default=None)
    """One reachable URL per port declared in `expose.ports`, in the same order (e.g. `https://<job_id>--8000.hf.jobs`). Absent when the job is not exposed."""
    ssh_url: Field[str | None] = Field("sshUrl", default=None)
    """SSH endpoint for the job (e.g. `ssh://<job_id>@ssh.hf.jobs`). Only present when `ssh.enabled`."""


class Job(Model):
    __slots__ = ()
    id: Field[str] = Field("id")
    created_at: Field[datetime] = Field("createdAt", parse_datetime)
    space_id: Field[str | None] = Field("spaceId", default=None)
    docker_image: Field[str | None] = Field("dockerImage", default=None)
    timeout: Field[float | None] = Field("timeout", default=None)
    environment: Field[dict[str, str]] = Field("environment")
    command: Field[list[str] | None] = Field("command", default=None)
    arguments: Field[list[str] | None] = Field("arguments", default=None)
    arch: Field[Literal["amd64", "arm64"] | str | None] = Field("arch", default=None)
    flavor: Field[str] = Field("flavor")
    created_by: Field[CreatedBy] = Field("createdBy", CreatedBy)
    resource_group_id: Field[str | None] = Field("resourceGroupId", default=None)
    retry: Field[float | None] = Field("retry", default=None)
    started_at: Field[datetime | None] = Field("startedAt", parse_datetime, default=None)
    finished_at: Field[datetime | None] = Field("finishedAt", parse_datetime, default=None)
    durations: Field[Durations | None] = Field("durations", Durations, default=None)
    volumes: Field[list[Volume] | None] = Field("volumes", ListOf(Volume), default=None)
    expose: Field[Expose | None] = Field("expose", Expose, default=None)
    """Ports exposed through the jobs proxy (see `status.exposeUrls` for the reachable URLs)."""
    type: Field[Literal["job"]] = Field("type")
    owner: Field[JobOwner] = Field("owner", JobOwner)
    resource_group: Field[ResourceGroupSummary | None] = Field("resourceGroup", ResourceGroupSummary, default=None)
    initiator: Field[Initiator | None] = Field("initiator", Initiator, default=None)
    status: Field[Status] = Field("status", Status)
    secrets: Field[list[str] | None] = Field("secrets", default=None)
    labels: Field[dict[str, str] | None] = Field("labels", default=None)
    hf_token: Field[HfToken | None] = Field("hfToken", HfToken, default=None)


class JobCheckAccessResponse(Model):
    __slots__ = ()
    namespace: Field[CreatedBy] = Field("namespace", CreatedBy)
    user: Field[CreatedBy] = Field("user", CreatedBy)


class JobHardware(Model):
    __slots__ = ()
    name: Field[str] = Field("name")
    pretty_name: Field[str] = Field("prettyName")
    cpu: Field[str] = Field("cpu")
    ram: Field[str] = Field("ram")
    ephemeral_storage: Field[str] = Field("ephemeralStorage")
    accelerator: Field[Accelerator | None] = Field("accelerator", Accelerator)
    unit_cost_micro_usd: Field[float] = Field("unitCostMicroUSD")
    unit_cost_usd: Field[float] = Field("unitCostUSD")
    unit_label: Field[str] = Field("unitLabel")
