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
    count: float = Field("count")


class JobOwner(Model):
    __slots__ = ()
    id: str = Field("id")
    name: str = Field("name")
    type: Literal["user", "org"] | str = Field("type")
    avatar_url: str = Field("avatarUrl")


class Durations(Model):
    __slots__ = ()
    scheduling_secs: float | None = Field("schedulingSecs", default=None)
    running_secs: float | None = Field("runningSecs", default=None)
    total_secs: float | None = Field("totalSecs", default=None)


class HfToken(Model):
    __slots__ = ()
    owner_name: str = Field("ownerName")
    org_name: str | None = Field("orgName", default=None)
    token_role: Literal["read", "write", "fineGrained"] | str | None = Field("tokenRole", default=None)
    token_id: str | None = Field("tokenId", default=None)
    settings_url: str | None = Field("settingsUrl", default=None)


class Volume(Model):
    __slots__ = ()
    type: str = Field("type")
    source: str = Field("source")
    mount_path: str = Field("mountPath")
    revision: str | None = Field("revision", default=None)
    read_only: bool | None = Field("readOnly", default=None)
    path: str | None = Field("path", default=None)


class JobSpec(Model):
    __slots__ = ()
    space_id: str | None = Field("spaceId", default=None)
    docker_image: str | None = Field("dockerImage", default=None)
    timeout: float | None = Field("timeout", default=None)
    environment: dict[str, str] = Field("environment")
    command: list[str] | None = Field("command", default=None)
    arguments: list[str] | None = Field("arguments", default=None)
    arch: Literal["amd64", "arm64"] | str | None = Field("arch", default=None)
    flavor: str = Field("flavor")
    resource_group_id: str | None = Field("resourceGroupId", default=None)
    retry: float | None = Field("retry", default=None)
    started_at: datetime | None = Field("startedAt", parse_datetime, default=None)
    finished_at: datetime | None = Field("finishedAt", parse_datetime, default=None)
    durations: Durations | None = Field("durations", Durations, default=None)
    volumes: list[Volume] | None = Field("volumes", ListOf(Volume), default=None)
    expose: Expose | None = Field("expose", Expose, default=None)
    """Ports exposed through the jobs proxy (see `status.exposeUrls` for the reachable URLs)."""
    resource_group: ResourceGroupSummary | None = Field("resourceGroup", ResourceGroupSummary, default=None)
    secrets: list[str] | None = Field("secrets", default=None)
    labels: dict[str, str] | None = Field("labels", default=None)
    hf_token: HfToken | None = Field("hfToken", HfToken, default=None)


class LastJob(Model):
    __slots__ = ()
    id: str = Field("id")
    at: datetime = Field("at", parse_datetime)


class JobStatus(Model):
    __slots__ = ()
    last_job: LastJob | None = Field("lastJob", LastJob)
    next_job_run_at: datetime = Field("nextJobRunAt", parse_datetime)


class CreateScheduledResponse(Model):
    __slots__ = ()
    id: str = Field("id")
    created_at: datetime = Field("createdAt", parse_datetime)
    schedule: str = Field("schedule")
    suspend: bool = Field("suspend")
    suspend_reason: str | None = Field("suspendReason", default=None)
    concurrency: bool = Field("concurrency")
    status: JobStatus = Field("status", JobStatus)
    type: Literal["scheduled-job"] = Field("type")
    owner: JobOwner = Field("owner", JobOwner)
    initiator: JobOwner | None = Field("initiator", JobOwner, default=None)
    job_spec: JobSpec = Field("jobSpec", JobSpec)


class Initiator(Model):
    __slots__ = ()
    id: str = Field("id")
    name: str | None = Field("name", default=None)
    type: Literal["user", "org"] | str | Literal["scheduled-job"] | Literal["duplicated-job"] | Literal["webhook"] = Field("type")
    avatar_url: str | None = Field("avatarUrl", default=None)


class Status(Model):
    __slots__ = ()
    stage: Literal["COMPLETED", "CANCELED", "ERROR", "DELETED", "RUNNING", "SCHEDULING"] | str = Field("stage")
    message: str | None = Field("message")
    cancel_reason: Literal["NO_CREDITS", "NO_SUBSCRIPTION", "RESOURCE_GROUP_LIMIT"] | str | None = Field("cancelReason", default=None)
    failure_count: float | None = Field("failureCount", default=None)
    expose_urls: list[str] | None = Field("exposeUrls", default=None)
    """One reachable URL per port declared in `expose.ports`, in the same order (e.g. `https://<job_id>--8000.hf.jobs`). Absent when the job is not exposed."""
    ssh_url: str | None = Field("sshUrl", default=None)
    """SSH endpoint for the job (e.g. `ssh://<job_id>@ssh.hf.jobs`). Only present when `ssh.enabled`."""


class Job(Model):
    __slots__ = ()
    id: str = Field("id")
    created_at: datetime = Field("createdAt", parse_datetime)
    space_id: str | None = Field("spaceId", default=None)
    docker_image: str | None = Field("dockerImage", default=None)
    timeout: float | None = Field("timeout", default=None)
    environment: dict[str, str] = Field("environment")
    command: list[str] | None = Field("command", default=None)
    arguments: list[str] | None = Field("arguments", default=None)
    arch: Literal["amd64", "arm64"] | str | None = Field("arch", default=None)
    flavor: str = Field("flavor")
    created_by: CreatedBy = Field("createdBy", CreatedBy)
    resource_group_id: str | None = Field("resourceGroupId", default=None)
    retry: float | None = Field("retry", default=None)
    started_at: datetime | None = Field("startedAt", parse_datetime, default=None)
    finished_at: datetime | None = Field("finishedAt", parse_datetime, default=None)
    durations: Durations | None = Field("durations", Durations, default=None)
    volumes: list[Volume] | None = Field("volumes", ListOf(Volume), default=None)
    expose: Expose | None = Field("expose", Expose, default=None)
    """Ports exposed through the jobs proxy (see `status.exposeUrls` for the reachable URLs)."""
    type: Literal["job"] = Field("type")
    owner: JobOwner = Field("owner", JobOwner)
    resource_group: ResourceGroupSummary | None = Field("resourceGroup", ResourceGroupSummary, default=None)
    initiator: Initiator | None = Field("initiator", Initiator, default=None)
    status: Status = Field("status", Status)
    secrets: list[str] | None = Field("secrets", default=None)
    labels: dict[str, str] | None = Field("labels", default=None)
    hf_token: HfToken | None = Field("hfToken", HfToken, default=None)


class JobCheckAccessResponse(Model):
    __slots__ = ()
    namespace: CreatedBy = Field("namespace", CreatedBy)
    user: CreatedBy = Field("user", CreatedBy)


class JobHardware(Model):
    __slots__ = ()
    name: str = Field("name")
    pretty_name: str = Field("prettyName")
    cpu: str = Field("cpu")
    ram: str = Field("ram")
    ephemeral_storage: str = Field("ephemeralStorage")
    accelerator: Accelerator | None = Field("accelerator", Accelerator)
    unit_cost_micro_usd: float = Field("unitCostMicroUSD")
    unit_cost_usd: float = Field("unitCostUSD")
    unit_label: str = Field("unitLabel")
