"""Operations on jobs.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

import builtins
from typing import Any, Literal

from .._client_base import AsyncEventStream, AsyncResource, EventStream, Resource
from .._pagination import AsyncPaginator, Paginator
from .._request import Request
from .._request import fields as _fields
from .._request import query as _q
from .._request import segment as _seg
from .._sse import ServerSentEvent
from .._types import UNSET, ListOf
from ..models._jobs import CheckAccessResponse2, CountResponse, Hardware2, ListItem3, Scheduled
from ..models._shared import CreateScheduledBodyJobSpec, Expose, RunBodyVolume, Ssh


def _cancel(namespace: str, job_id: str, body: Any) -> Request[ListItem3]:
    return Request(
        "POST",
        f"/api/jobs/{_seg(namespace, 'namespace')}/{_seg(job_id, 'job_id')}/cancel",
        json=body,
        convert=ListItem3,
    )


def _check_access(namespace: str, perms: Literal["read", "write"] | str, body: Any) -> Request[CheckAccessResponse2]:
    return Request(
        "POST",
        f"/api/jobs/{_seg(namespace, 'namespace')}/auth-check/{_seg(perms, 'perms')}",
        json=body,
        convert=CheckAccessResponse2,
    )


def _check_job_access(namespace: str, job_id: str, perms: Literal["read", "write"] | str, body: Any) -> Request[CheckAccessResponse2]:
    return Request(
        "POST",
        f"/api/jobs/{_seg(namespace, 'namespace')}/{_seg(job_id, 'job_id')}/auth-check/{_seg(perms, 'perms')}",
        json=body,
        convert=CheckAccessResponse2,
    )


def _count(namespace: str, stage: Literal["COMPLETED", "CANCELED", "ERROR", "DELETED", "RUNNING", "SCHEDULING"] | str | list[Literal["COMPLETED", "CANCELED", "ERROR", "DELETED", "RUNNING", "SCHEDULING"] | str] | None) -> Request[CountResponse]:
    return Request(
        "GET",
        f"/api/jobs/{_seg(namespace, 'namespace')}/count",
        params=_q({"stage": stage}),
        convert=CountResponse,
    )


def _create_scheduled(namespace: str, job_spec: CreateScheduledBodyJobSpec | dict[str, Any] | None, schedule: str | None, suspend: bool | None, concurrency: bool | None) -> Request[Scheduled]:
    return Request(
        "POST",
        f"/api/scheduled-jobs/{_seg(namespace, 'namespace')}",
        json=_fields({"jobSpec": job_spec, "schedule": schedule, "suspend": suspend, "concurrency": concurrency}),
        convert=Scheduled,
    )


def _delete_scheduled(namespace: str, job_id: str) -> Request[Any]:
    return Request(
        "DELETE",
        f"/api/scheduled-jobs/{_seg(namespace, 'namespace')}/{_seg(job_id, 'job_id')}",
        kind="empty",
    )


def _duplicate(namespace: str, job_id: str, body: Any) -> Request[ListItem3]:
    return Request(
        "POST",
        f"/api/jobs/{_seg(namespace, 'namespace')}/{_seg(job_id, 'job_id')}/duplicate",
        json=body,
        convert=ListItem3,
    )


def _get(namespace: str, job_id: str) -> Request[ListItem3]:
    return Request("GET", f"/api/jobs/{_seg(namespace, 'namespace')}/{_seg(job_id, 'job_id')}", convert=ListItem3)


def _get_scheduled(namespace: str, job_id: str) -> Request[Scheduled]:
    return Request(
        "GET",
        f"/api/scheduled-jobs/{_seg(namespace, 'namespace')}/{_seg(job_id, 'job_id')}",
        convert=Scheduled,
    )


def _list(namespace: str, cursor: str | None, label: str | list[str] | None, stage: Literal["COMPLETED", "CANCELED", "ERROR", "DELETED", "RUNNING", "SCHEDULING"] | str | list[Literal["COMPLETED", "CANCELED", "ERROR", "DELETED", "RUNNING", "SCHEDULING"] | str] | None) -> Request[ListItem3]:
    return Request(
        "GET",
        f"/api/jobs/{_seg(namespace, 'namespace')}",
        params=_q({"cursor": cursor, "label": label, "stage": stage}),
        convert=ListItem3,
        paginated=True,
    )


def _list_hardware() -> Request[list[Hardware2]]:
    return Request("GET", "/api/jobs/hardware", convert=ListOf(Hardware2))


def _list_scheduled(namespace: str, label: str | None) -> Request[list[Scheduled]]:
    return Request(
        "GET",
        f"/api/scheduled-jobs/{_seg(namespace, 'namespace')}",
        params=_q({"label": label}),
        convert=ListOf(Scheduled),
    )


def _resume_scheduled(namespace: str, job_id: str, body: Any) -> Request[Any]:
    return Request(
        "POST",
        f"/api/scheduled-jobs/{_seg(namespace, 'namespace')}/{_seg(job_id, 'job_id')}/resume",
        json=body,
        kind="empty",
    )


def _run(namespace: str, space_id: str | None, docker_image: str | None, arguments: list[str] | None, command: list[str] | None, environment: dict[str, str] | None, secrets: dict[str, str] | None, flavor: str | None, arch: Literal["amd64", "arm64"] | str | None, timeout_seconds: int | None, attempts: int | None, labels: dict[str, str] | None, volumes: list[RunBodyVolume] | dict[str, Any] | None, expose: Expose | dict[str, Any] | None, ssh: Ssh | dict[str, Any] | None, resource_group_id: str | None) -> Request[ListItem3]:
    return Request(
        "POST",
        f"/api/jobs/{_seg(namespace, 'namespace')}",
        json=_fields({"spaceId": space_id, "dockerImage": docker_image, "arguments": arguments, "command": command, "environment": environment, "secrets": secrets, "flavor": flavor, "arch": arch, "timeoutSeconds": timeout_seconds, "attempts": attempts, "labels": labels, "volumes": volumes, "expose": expose, "ssh": ssh, "resourceGroupId": resource_group_id}),
        convert=ListItem3,
    )


def _run_scheduled(namespace: str, job_id: str, body: Any) -> Request[ListItem3]:
    return Request(
        "POST",
        f"/api/scheduled-jobs/{_seg(namespace, 'namespace')}/{_seg(job_id, 'job_id')}/run",
        json=body,
        convert=ListItem3,
    )


def _stream_events(namespace: str, job_id: str) -> Request[ServerSentEvent]:
    return Request("GET", f"/api/jobs/{_seg(namespace, 'namespace')}/{_seg(job_id, 'job_id')}/events", kind="sse")


def _stream_logs(namespace: str, job_id: str, tail: int | None) -> Request[ServerSentEvent]:
    return Request(
        "GET",
        f"/api/jobs/{_seg(namespace, 'namespace')}/{_seg(job_id, 'job_id')}/logs",
        params=_q({"tail": tail}),
        kind="sse",
    )


def _stream_metrics(namespace: str, job_id: str) -> Request[ServerSentEvent]:
    return Request("GET", f"/api/jobs/{_seg(namespace, 'namespace')}/{_seg(job_id, 'job_id')}/metrics", kind="sse")


def _suspend_scheduled(namespace: str, job_id: str, body: Any) -> Request[Any]:
    return Request(
        "POST",
        f"/api/scheduled-jobs/{_seg(namespace, 'namespace')}/{_seg(job_id, 'job_id')}/suspend",
        json=body,
        kind="empty",
    )


def _update_exposed_ports(namespace: str, job_id: str, ports: list[int] | None, ports_public: list[int] | None) -> Request[ListItem3]:
    return Request(
        "PUT",
        f"/api/jobs/{_seg(namespace, 'namespace')}/{_seg(job_id, 'job_id')}/expose",
        json=_fields({"ports": ports, "portsPublic": ports_public}),
        convert=ListItem3,
    )


def _update_labels(namespace: str, job_id: str, labels: dict[str, str] | None) -> Request[ListItem3]:
    return Request(
        "PUT",
        f"/api/jobs/{_seg(namespace, 'namespace')}/{_seg(job_id, 'job_id')}/labels",
        json=_fields({"labels": labels}),
        convert=ListItem3,
    )


def _update_schedule(namespace: str, job_id: str, schedule: str | None) -> Request[Scheduled]:
    return Request(
        "POST",
        f"/api/scheduled-jobs/{_seg(namespace, 'namespace')}/{_seg(job_id, 'job_id')}/schedule",
        json=_fields({"schedule": schedule}),
        convert=Scheduled,
    )


def _update_scheduled_labels(namespace: str, job_id: str, labels: dict[str, str] | None) -> Request[Scheduled]:
    return Request(
        "PUT",
        f"/api/scheduled-jobs/{_seg(namespace, 'namespace')}/{_seg(job_id, 'job_id')}/labels",
        json=_fields({"labels": labels}),
        convert=Scheduled,
    )


class JobsResource(Resource):
    """Operations on jobs."""

    __slots__ = ()


    def cancel(self, namespace: str, job_id: str, *, body: Any = UNSET) -> ListItem3:
        """Cancel a job.

        Args:
            body: Request body, sent as JSON (the published spec does not describe it).

        ``POST /api/jobs/{namespace}/{jobId}/cancel``
        """
        return self._client._send(_cancel(namespace, job_id, body))

    def check_access(self, namespace: str, perms: Literal["read", "write"] | str, *, body: Any = UNSET) -> CheckAccessResponse2:
        """Check access.

        Check if the user has access to jobs in the namespace

        Args:
            body: Request body, sent as JSON (the published spec does not describe it).

        ``POST /api/jobs/{namespace}/auth-check/{perms}``
        """
        return self._client._send(_check_access(namespace, perms, body))

    def check_job_access(self, namespace: str, job_id: str, perms: Literal["read", "write"] | str, *, body: Any = UNSET) -> CheckAccessResponse2:
        """Check access.

        Check if the user has access to jobs in the namespace

        Args:
            body: Request body, sent as JSON (the published spec does not describe it).

        ``POST /api/jobs/{namespace}/{jobId}/auth-check/{perms}``
        """
        return self._client._send(_check_job_access(namespace, job_id, perms, body))

    def count(self, namespace: str, *, stage: Literal["COMPLETED", "CANCELED", "ERROR", "DELETED", "RUNNING", "SCHEDULING"] | str | builtins.list[Literal["COMPLETED", "CANCELED", "ERROR", "DELETED", "RUNNING", "SCHEDULING"] | str] | None = UNSET) -> CountResponse:
        """Count jobs.

        Count the number of jobs for an entity with optional status stage filter

        ``GET /api/jobs/{namespace}/count``
        """
        return self._client._send(_count(namespace, stage))

    def create_scheduled(self, namespace: str, *, job_spec: CreateScheduledBodyJobSpec | dict[str, Any] | None = UNSET, schedule: str | None = UNSET, suspend: bool | None = UNSET, concurrency: bool | None = UNSET) -> Scheduled:
        """Create a scheduled job.

        Args:
            schedule: CRON schedule expression (e.g., '0 9 * * 1' for 9 AM every Monday).
            suspend: Whether the scheduled job is suspended (paused)
            concurrency: Whether multiple instances of this job can run concurrently

        ``POST /api/scheduled-jobs/{namespace}``
        """
        return self._client._send(_create_scheduled(namespace, job_spec, schedule, suspend, concurrency))

    def delete_scheduled(self, namespace: str, job_id: str) -> Any:
        """Delete a scheduled job.

        ``DELETE /api/scheduled-jobs/{namespace}/{jobId}``
        """
        return self._client._send(_delete_scheduled(namespace, job_id))

    def duplicate(self, namespace: str, job_id: str, *, body: Any = UNSET) -> ListItem3:
        """Duplicate a job.

        Duplicate an existing job, re-using its spec

        Args:
            body: Request body, sent as JSON (the published spec does not describe it).

        ``POST /api/jobs/{namespace}/{jobId}/duplicate``
        """
        return self._client._send(_duplicate(namespace, job_id, body))

    def get(self, namespace: str, job_id: str) -> ListItem3:
        """Get a job.

        ``GET /api/jobs/{namespace}/{jobId}``
        """
        return self._client._send(_get(namespace, job_id))

    def get_scheduled(self, namespace: str, job_id: str) -> Scheduled:
        """Get a scheduled job.

        ``GET /api/scheduled-jobs/{namespace}/{jobId}``
        """
        return self._client._send(_get_scheduled(namespace, job_id))

    def list(self, namespace: str, *, cursor: str | None = UNSET, label: str | builtins.list[str] | None = UNSET, stage: Literal["COMPLETED", "CANCELED", "ERROR", "DELETED", "RUNNING", "SCHEDULING"] | str | builtins.list[Literal["COMPLETED", "CANCELED", "ERROR", "DELETED", "RUNNING", "SCHEDULING"] | str] | None = UNSET) -> Paginator[ListItem3]:
        """List jobs.

        List of jobs for an entity

        Args:
            cursor: Pagination cursor obtained from the `rel="next"` link of a previous response's `Link` header.
            label: Filter jobs by label. Format: 'key=value' (e.g., 'environment=production'). Repeat the parameter to filter by several labels.
            stage: Filter jobs by status stage. Repeat the parameter to filter by several stages.

        ``GET /api/jobs/{namespace}``
        """
        return self._client._paginate(_list(namespace, cursor, label, stage))

    def list_hardware(self) -> builtins.list[Hardware2]:
        """Get job hardware.

        Get available job hardware

        ``GET /api/jobs/hardware``
        """
        return self._client._send(_list_hardware())

    def list_scheduled(self, namespace: str, *, label: str | None = UNSET) -> builtins.list[Scheduled]:
        """List scheduled jobs.

        List scheduled jobs for an entity

        Args:
            label: Filter scheduled jobs by label. Format: 'key=value' (e.g., 'environment=production').

        ``GET /api/scheduled-jobs/{namespace}``
        """
        return self._client._send(_list_scheduled(namespace, label))

    def resume_scheduled(self, namespace: str, job_id: str, *, body: Any = UNSET) -> Any:
        """Resume a scheduled job.

        Args:
            body: Request body, sent as JSON (the published spec does not describe it).

        ``POST /api/scheduled-jobs/{namespace}/{jobId}/resume``
        """
        return self._client._send(_resume_scheduled(namespace, job_id, body))

    def run(self, namespace: str, *, space_id: str | None = UNSET, docker_image: str | None = UNSET, arguments: builtins.list[str] | None = UNSET, command: builtins.list[str] | None = UNSET, environment: dict[str, str] | None = UNSET, secrets: dict[str, str] | None = UNSET, flavor: str | None = UNSET, arch: Literal["amd64", "arm64"] | str | None = UNSET, timeout_seconds: int | None = UNSET, attempts: int | None = UNSET, labels: dict[str, str] | None = UNSET, volumes: builtins.list[RunBodyVolume] | dict[str, Any] | None = UNSET, expose: Expose | dict[str, Any] | None = UNSET, ssh: Ssh | dict[str, Any] | None = UNSET, resource_group_id: str | None = UNSET) -> ListItem3:
        """Start a job.

        Args:
            attempts: Max number of attempts to make. For example, if you set this to 3, the job will be retried up to 2 times if it fails.
            labels: Labels for the job as key-value pairs. Both keys and values must be max 100 characters and contain only alphanumeric characters, dots, dashes, and underscores.
            volumes: HuggingFace Buckets or Repos to mount as volumes in the job container.
            expose: Ports to expose publicly through the jobs proxy. Each port is reachable at `https://<job_id>--<port>.<jobs-public-domain>`. Access requires a HF token with read access to the job's namespace, except for ports also listed in `portsPublic`.
            ssh: When `enabled`, the job's container is reachable over SSH at `ssh <job_id>@ssh.hf.jobs`. Only the job's owner is allowed in, authenticated by an SSH public key registered on the Hub.

        ``POST /api/jobs/{namespace}``
        """
        return self._client._send(_run(namespace, space_id, docker_image, arguments, command, environment, secrets, flavor, arch, timeout_seconds, attempts, labels, volumes, expose, ssh, resource_group_id))

    def run_scheduled(self, namespace: str, job_id: str, *, body: Any = UNSET) -> ListItem3:
        """Run job.

        Trigger a scheduled job run. Trigger a scheduled job to run immediately. Throws an error if an instance is already running and job spec does not allow concurrent runs.

        Args:
            body: Request body, sent as JSON (the published spec does not describe it).

        ``POST /api/scheduled-jobs/{namespace}/{jobId}/run``
        """
        return self._client._send(_run_scheduled(namespace, job_id, body))

    def stream_events(self, namespace: str, job_id: str) -> EventStream:
        """Stream job events.

        Stream the events of a job, using SSE

        ``GET /api/jobs/{namespace}/{jobId}/events``
        """
        return self._client._stream(_stream_events(namespace, job_id))

    def stream_logs(self, namespace: str, job_id: str, *, tail: int | None = UNSET) -> EventStream:
        """Stream job logs.

        Stream the logs of a job, using SSE

        Args:
            tail: Maximum number of lines to return from the logs.

        ``GET /api/jobs/{namespace}/{jobId}/logs``
        """
        return self._client._stream(_stream_logs(namespace, job_id, tail))

    def stream_metrics(self, namespace: str, job_id: str) -> EventStream:
        """Stream job metrics.

        Stream the metrics of a job, using SSE

        ``GET /api/jobs/{namespace}/{jobId}/metrics``
        """
        return self._client._stream(_stream_metrics(namespace, job_id))

    def suspend_scheduled(self, namespace: str, job_id: str, *, body: Any = UNSET) -> Any:
        """Suspend a scheduled job.

        Args:
            body: Request body, sent as JSON (the published spec does not describe it).

        ``POST /api/scheduled-jobs/{namespace}/{jobId}/suspend``
        """
        return self._client._send(_suspend_scheduled(namespace, job_id, body))

    def update_exposed_ports(self, namespace: str, job_id: str, *, ports: builtins.list[int] | None = UNSET, ports_public: builtins.list[int] | None = UNSET) -> ListItem3:
        """Update job exposed ports.

        Replace the exposed ports of a running job, applied live (no re-run). Ports listed in `portsPublic` are reachable without any authentication.

        Args:
            ports_public: Subset of `ports` reachable without any authentication.

        ``PUT /api/jobs/{namespace}/{jobId}/expose``
        """
        return self._client._send(_update_exposed_ports(namespace, job_id, ports, ports_public))

    def update_labels(self, namespace: str, job_id: str, *, labels: dict[str, str] | None = UNSET) -> ListItem3:
        """Update job labels.

        Replace user-provided labels on a job

        Args:
            labels: The new labels to set on the job. Replaces all existing labels.

        ``PUT /api/jobs/{namespace}/{jobId}/labels``
        """
        return self._client._send(_update_labels(namespace, job_id, labels))

    def update_schedule(self, namespace: str, job_id: str, *, schedule: str | None = UNSET) -> Scheduled:
        """Update job schedule.

        Args:
            schedule: CRON schedule expression (e.g., '0 9 * * 1' for 9 AM every Monday).

        ``POST /api/scheduled-jobs/{namespace}/{jobId}/schedule``
        """
        return self._client._send(_update_schedule(namespace, job_id, schedule))

    def update_scheduled_labels(self, namespace: str, job_id: str, *, labels: dict[str, str] | None = UNSET) -> Scheduled:
        """Update scheduled job labels.

        Replace user-provided labels on a scheduled job

        Args:
            labels: The new labels to set on the job. Replaces all existing labels.

        ``PUT /api/scheduled-jobs/{namespace}/{jobId}/labels``
        """
        return self._client._send(_update_scheduled_labels(namespace, job_id, labels))


class AsyncJobsResource(AsyncResource):
    """Operations on jobs. (async)"""

    __slots__ = ()


    async def cancel(self, namespace: str, job_id: str, *, body: Any = UNSET) -> ListItem3:
        """Cancel a job (async form of ``JobsResource.cancel``)."""
        return await self._client._send(_cancel(namespace, job_id, body))

    async def check_access(self, namespace: str, perms: Literal["read", "write"] | str, *, body: Any = UNSET) -> CheckAccessResponse2:
        """Check access (async form of ``JobsResource.check_access``)."""
        return await self._client._send(_check_access(namespace, perms, body))

    async def check_job_access(self, namespace: str, job_id: str, perms: Literal["read", "write"] | str, *, body: Any = UNSET) -> CheckAccessResponse2:
        """Check access (async form of ``JobsResource.check_job_access``)."""
        return await self._client._send(_check_job_access(namespace, job_id, perms, body))

    async def count(self, namespace: str, *, stage: Literal["COMPLETED", "CANCELED", "ERROR", "DELETED", "RUNNING", "SCHEDULING"] | str | builtins.list[Literal["COMPLETED", "CANCELED", "ERROR", "DELETED", "RUNNING", "SCHEDULING"] | str] | None = UNSET) -> CountResponse:
        """Count jobs (async form of ``JobsResource.count``)."""
        return await self._client._send(_count(namespace, stage))

    async def create_scheduled(self, namespace: str, *, job_spec: CreateScheduledBodyJobSpec | dict[str, Any] | None = UNSET, schedule: str | None = UNSET, suspend: bool | None = UNSET, concurrency: bool | None = UNSET) -> Scheduled:
        """Create a scheduled job (async form of ``JobsResource.create_scheduled``)."""
        return await self._client._send(_create_scheduled(namespace, job_spec, schedule, suspend, concurrency))

    async def delete_scheduled(self, namespace: str, job_id: str) -> Any:
        """Delete a scheduled job (async form of ``JobsResource.delete_scheduled``)."""
        return await self._client._send(_delete_scheduled(namespace, job_id))

    async def duplicate(self, namespace: str, job_id: str, *, body: Any = UNSET) -> ListItem3:
        """Duplicate a job (async form of ``JobsResource.duplicate``)."""
        return await self._client._send(_duplicate(namespace, job_id, body))

    async def get(self, namespace: str, job_id: str) -> ListItem3:
        """Get a job (async form of ``JobsResource.get``)."""
        return await self._client._send(_get(namespace, job_id))

    async def get_scheduled(self, namespace: str, job_id: str) -> Scheduled:
        """Get a scheduled job (async form of ``JobsResource.get_scheduled``)."""
        return await self._client._send(_get_scheduled(namespace, job_id))

    def list(self, namespace: str, *, cursor: str | None = UNSET, label: str | builtins.list[str] | None = UNSET, stage: Literal["COMPLETED", "CANCELED", "ERROR", "DELETED", "RUNNING", "SCHEDULING"] | str | builtins.list[Literal["COMPLETED", "CANCELED", "ERROR", "DELETED", "RUNNING", "SCHEDULING"] | str] | None = UNSET) -> AsyncPaginator[ListItem3]:
        """List jobs (async form of ``JobsResource.list``)."""
        return self._client._paginate(_list(namespace, cursor, label, stage))

    async def list_hardware(self) -> builtins.list[Hardware2]:
        """Get job hardware (async form of ``JobsResource.list_hardware``)."""
        return await self._client._send(_list_hardware())

    async def list_scheduled(self, namespace: str, *, label: str | None = UNSET) -> builtins.list[Scheduled]:
        """List scheduled jobs (async form of ``JobsResource.list_scheduled``)."""
        return await self._client._send(_list_scheduled(namespace, label))

    async def resume_scheduled(self, namespace: str, job_id: str, *, body: Any = UNSET) -> Any:
        """Resume a scheduled job (async form of ``JobsResource.resume_scheduled``)."""
        return await self._client._send(_resume_scheduled(namespace, job_id, body))

    async def run(self, namespace: str, *, space_id: str | None = UNSET, docker_image: str | None = UNSET, arguments: builtins.list[str] | None = UNSET, command: builtins.list[str] | None = UNSET, environment: dict[str, str] | None = UNSET, secrets: dict[str, str] | None = UNSET, flavor: str | None = UNSET, arch: Literal["amd64", "arm64"] | str | None = UNSET, timeout_seconds: int | None = UNSET, attempts: int | None = UNSET, labels: dict[str, str] | None = UNSET, volumes: builtins.list[RunBodyVolume] | dict[str, Any] | None = UNSET, expose: Expose | dict[str, Any] | None = UNSET, ssh: Ssh | dict[str, Any] | None = UNSET, resource_group_id: str | None = UNSET) -> ListItem3:
        """Start a job (async form of ``JobsResource.run``)."""
        return await self._client._send(_run(namespace, space_id, docker_image, arguments, command, environment, secrets, flavor, arch, timeout_seconds, attempts, labels, volumes, expose, ssh, resource_group_id))

    async def run_scheduled(self, namespace: str, job_id: str, *, body: Any = UNSET) -> ListItem3:
        """Run job (async form of ``JobsResource.run_scheduled``)."""
        return await self._client._send(_run_scheduled(namespace, job_id, body))

    async def stream_events(self, namespace: str, job_id: str) -> AsyncEventStream:
        """Stream job events (async form of ``JobsResource.stream_events``)."""
        return await self._client._stream(_stream_events(namespace, job_id))

    async def stream_logs(self, namespace: str, job_id: str, *, tail: int | None = UNSET) -> AsyncEventStream:
        """Stream job logs (async form of ``JobsResource.stream_logs``)."""
        return await self._client._stream(_stream_logs(namespace, job_id, tail))

    async def stream_metrics(self, namespace: str, job_id: str) -> AsyncEventStream:
        """Stream job metrics (async form of ``JobsResource.stream_metrics``)."""
        return await self._client._stream(_stream_metrics(namespace, job_id))

    async def suspend_scheduled(self, namespace: str, job_id: str, *, body: Any = UNSET) -> Any:
        """Suspend a scheduled job (async form of ``JobsResource.suspend_scheduled``)."""
        return await self._client._send(_suspend_scheduled(namespace, job_id, body))

    async def update_exposed_ports(self, namespace: str, job_id: str, *, ports: builtins.list[int] | None = UNSET, ports_public: builtins.list[int] | None = UNSET) -> ListItem3:
        """Update job exposed ports (async form of ``JobsResource.update_exposed_ports``)."""
        return await self._client._send(_update_exposed_ports(namespace, job_id, ports, ports_public))

    async def update_labels(self, namespace: str, job_id: str, *, labels: dict[str, str] | None = UNSET) -> ListItem3:
        """Update job labels (async form of ``JobsResource.update_labels``)."""
        return await self._client._send(_update_labels(namespace, job_id, labels))

    async def update_schedule(self, namespace: str, job_id: str, *, schedule: str | None = UNSET) -> Scheduled:
        """Update job schedule (async form of ``JobsResource.update_schedule``)."""
        return await self._client._send(_update_schedule(namespace, job_id, schedule))

    async def update_scheduled_labels(self, namespace: str, job_id: str, *, labels: dict[str, str] | None = UNSET) -> Scheduled:
        """Update scheduled job labels (async form of ``JobsResource.update_scheduled_labels``)."""
        return await self._client._send(_update_scheduled_labels(namespace, job_id, labels))
