"""Operations on jobs.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._client_base import AsyncEventStream, AsyncResource, EventStream, Resource
from .._pagination import AsyncPaginator, Paginator
from .._request import Request, Timeout
from .._request import fields as _fields
from .._request import query as _q
from .._request import segment as _seg
from .._request import with_options as _with_options
from .._sse import ServerSentEvent
from .._types import UNSET, ListOf
from ..models._jobs import CountResponse, CreateScheduledResponse, Job, JobCheckAccessResponse, JobHardware
from ..models._shared import CreateBodyJob, Expose, RepoVolume, Ssh


def _cancel(namespace: str, job_id: str, body: Any) -> Request[Job]:
    return Request(
        "POST",
        f"/api/jobs/{_seg(namespace, 'namespace')}/{_seg(job_id, 'job_id')}/cancel",
        json=body,
        convert=Job,
    )


def _check_access(namespace: str, perms: Literal["read", "write"] | str, body: Any) -> Request[JobCheckAccessResponse]:
    return Request(
        "POST",
        f"/api/jobs/{_seg(namespace, 'namespace')}/auth-check/{_seg(perms, 'perms')}",
        json=body,
        convert=JobCheckAccessResponse,
    )


def _check_job_access(namespace: str, job_id: str, perms: Literal["read", "write"] | str, body: Any) -> Request[JobCheckAccessResponse]:
    return Request(
        "POST",
        f"/api/jobs/{_seg(namespace, 'namespace')}/{_seg(job_id, 'job_id')}/auth-check/{_seg(perms, 'perms')}",
        json=body,
        convert=JobCheckAccessResponse,
    )


def _count(namespace: str, stage: Literal["COMPLETED", "CANCELED", "ERROR", "DELETED", "RUNNING", "SCHEDULING"] | str | list[Literal["COMPLETED", "CANCELED", "ERROR", "DELETED", "RUNNING", "SCHEDULING"] | str] | None) -> Request[CountResponse]:
    return Request(
        "GET",
        f"/api/jobs/{_seg(namespace, 'namespace')}/count",
        params=_q({"stage": stage}),
        convert=CountResponse,
    )


def _create_scheduled(namespace: str, job_spec: CreateBodyJob | dict[str, Any] | None, schedule: str | None, suspend: bool | None, concurrency: bool | None) -> Request[CreateScheduledResponse]:
    return Request(
        "POST",
        f"/api/scheduled-jobs/{_seg(namespace, 'namespace')}",
        json=_fields({"jobSpec": job_spec, "schedule": schedule, "suspend": suspend, "concurrency": concurrency}),
        convert=CreateScheduledResponse,
    )


def _delete_scheduled(namespace: str, job_id: str) -> Request[None]:
    return Request(
        "DELETE",
        f"/api/scheduled-jobs/{_seg(namespace, 'namespace')}/{_seg(job_id, 'job_id')}",
        kind="empty",
    )


def _duplicate(namespace: str, job_id: str, body: Any) -> Request[Job]:
    return Request(
        "POST",
        f"/api/jobs/{_seg(namespace, 'namespace')}/{_seg(job_id, 'job_id')}/duplicate",
        json=body,
        convert=Job,
    )


def _get(namespace: str, job_id: str) -> Request[Job]:
    return Request("GET", f"/api/jobs/{_seg(namespace, 'namespace')}/{_seg(job_id, 'job_id')}", convert=Job)


def _get_scheduled(namespace: str, job_id: str) -> Request[CreateScheduledResponse]:
    return Request(
        "GET",
        f"/api/scheduled-jobs/{_seg(namespace, 'namespace')}/{_seg(job_id, 'job_id')}",
        convert=CreateScheduledResponse,
    )


def _list(namespace: str, cursor: str | None, label: str | list[str] | None, stage: Literal["COMPLETED", "CANCELED", "ERROR", "DELETED", "RUNNING", "SCHEDULING"] | str | list[Literal["COMPLETED", "CANCELED", "ERROR", "DELETED", "RUNNING", "SCHEDULING"] | str] | None) -> Request[Job]:
    return Request(
        "GET",
        f"/api/jobs/{_seg(namespace, 'namespace')}",
        params=_q({"cursor": cursor, "label": label, "stage": stage}),
        convert=Job,
        paginated=True,
    )


def _list_hardware() -> Request[list[JobHardware]]:
    return Request("GET", "/api/jobs/hardware", convert=ListOf(JobHardware))


def _list_scheduled(namespace: str, label: str | None) -> Request[list[CreateScheduledResponse]]:
    return Request(
        "GET",
        f"/api/scheduled-jobs/{_seg(namespace, 'namespace')}",
        params=_q({"label": label}),
        convert=ListOf(CreateScheduledResponse),
    )


def _resume_scheduled(namespace: str, job_id: str, body: Any) -> Request[None]:
    return Request(
        "POST",
        f"/api/scheduled-jobs/{_seg(namespace, 'namespace')}/{_seg(job_id, 'job_id')}/resume",
        json=body,
        kind="empty",
    )


def _run(namespace: str, space_id: str | None, docker_image: str | None, arguments: list[str] | None, command: list[str] | None, environment: dict[str, str] | None, secrets: dict[str, str] | None, flavor: str | None, arch: Literal["amd64", "arm64"] | str | None, timeout_seconds: int | None, attempts: int | None, labels: dict[str, str] | None, volumes: list[RepoVolume] | dict[str, Any] | None, expose: Expose | dict[str, Any] | None, ssh: Ssh | dict[str, Any] | None, resource_group_id: str | None) -> Request[Job]:
    return Request(
        "POST",
        f"/api/jobs/{_seg(namespace, 'namespace')}",
        json=_fields({"spaceId": space_id, "dockerImage": docker_image, "arguments": arguments, "command": command, "environment": environment, "secrets": secrets, "flavor": flavor, "arch": arch, "timeoutSeconds": timeout_seconds, "attempts": attempts, "labels": labels, "volumes": volumes, "expose": expose, "ssh": ssh, "resourceGroupId": resource_group_id}),
        convert=Job,
    )


def _run_scheduled(namespace: str, job_id: str, body: Any) -> Request[Job]:
    return Request(
        "POST",
        f"/api/scheduled-jobs/{_seg(namespace, 'namespace')}/{_seg(job_id, 'job_id')}/run",
        json=body,
        convert=Job,
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


def _suspend_scheduled(namespace: str, job_id: str, body: Any) -> Request[None]:
    return Request(
        "POST",
        f"/api/scheduled-jobs/{_seg(namespace, 'namespace')}/{_seg(job_id, 'job_id')}/suspend",
        json=body,
        kind="empty",
    )


def _update_exposed_ports(namespace: str, job_id: str, ports: list[int] | None, ports_public: list[int] | None) -> Request[Job]:
    return Request(
        "PUT",
        f"/api/jobs/{_seg(namespace, 'namespace')}/{_seg(job_id, 'job_id')}/expose",
        json=_fields({"ports": ports, "portsPublic": ports_public}),
        convert=Job,
    )


def _update_labels(namespace: str, job_id: str, labels: dict[str, str] | None) -> Request[Job]:
    return Request(
        "PUT",
        f"/api/jobs/{_seg(namespace, 'namespace')}/{_seg(job_id, 'job_id')}/labels",
        json=_fields({"labels": labels}),
        convert=Job,
    )


def _update_schedule(namespace: str, job_id: str, schedule: str | None) -> Request[CreateScheduledResponse]:
    return Request(
        "POST",
        f"/api/scheduled-jobs/{_seg(namespace, 'namespace')}/{_seg(job_id, 'job_id')}/schedule",
        json=_fields({"schedule": schedule}),
        convert=CreateScheduledResponse,
    )


def _update_scheduled_labels(namespace: str, job_id: str, labels: dict[str, str] | None) -> Request[CreateScheduledResponse]:
    return Request(
        "PUT",
        f"/api/scheduled-jobs/{_seg(namespace, 'namespace')}/{_seg(job_id, 'job_id')}/labels",
        json=_fields({"labels": labels}),
        convert=CreateScheduledResponse,
    )


class JobsResource(Resource):
    """Operations on jobs."""

    __slots__ = ()


    def cancel(self, namespace: str, job_id: str, *, body: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Job:
        """Cancel a job.

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            job_id: Path parameter ``{jobId}``.
            body: Request body, sent as JSON (the published spec does not describe it).

        ``POST /api/jobs/{namespace}/{jobId}/cancel``
        """
        return self._client._send(_with_options(_cancel(namespace, job_id, body), extra_headers, extra_query, extra_body, timeout))

    def check_access(self, namespace: str, perms: Literal["read", "write"] | str, *, body: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> JobCheckAccessResponse:
        """Check access.

        Check if the user has access to jobs in the namespace

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            perms: Path parameter ``{perms}``. One of ``"read"``, ``"write"``.
            body: Request body, sent as JSON (the published spec does not describe it).

        ``POST /api/jobs/{namespace}/auth-check/{perms}``
        """
        return self._client._send(_with_options(_check_access(namespace, perms, body), extra_headers, extra_query, extra_body, timeout))

    def check_job_access(self, namespace: str, job_id: str, perms: Literal["read", "write"] | str, *, body: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> JobCheckAccessResponse:
        """Check access.

        Check if the user has access to jobs in the namespace

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            job_id: Path parameter ``{jobId}``.
            perms: Path parameter ``{perms}``. One of ``"read"``, ``"write"``.
            body: Request body, sent as JSON (the published spec does not describe it).

        ``POST /api/jobs/{namespace}/{jobId}/auth-check/{perms}``
        """
        return self._client._send(_with_options(_check_job_access(namespace, job_id, perms, body), extra_headers, extra_query, extra_body, timeout))

    def count(self, namespace: str, *, stage: Literal["COMPLETED", "CANCELED", "ERROR", "DELETED", "RUNNING", "SCHEDULING"] | str | builtins.list[Literal["COMPLETED", "CANCELED", "ERROR", "DELETED", "RUNNING", "SCHEDULING"] | str] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CountResponse:
        """Count jobs.

        Count the number of jobs for an entity with optional status stage filter

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            stage: Query parameter ``stage``. One of ``"COMPLETED"``, ``"CANCELED"``, ``"ERROR"``, ``"DELETED"``, ``"RUNNING"``, ``"SCHEDULING"``.

        ``GET /api/jobs/{namespace}/count``
        """
        return self._client._send(_with_options(_count(namespace, stage), extra_headers, extra_query, extra_body, timeout))

    def create_scheduled(self, namespace: str, *, job_spec: CreateBodyJob | dict[str, Any] | None = UNSET, schedule: str | None = UNSET, suspend: bool | None = UNSET, concurrency: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateScheduledResponse:
        """Create a scheduled job.

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            job_spec: Body field ``jobSpec``.
            schedule: CRON schedule expression (e.g., '0 9 * * 1' for 9 AM every Monday).
            suspend: Whether the scheduled job is suspended (paused). Server default: ``false``.
            concurrency: Whether multiple instances of this job can run concurrently. Server default: ``false``.

        ``POST /api/scheduled-jobs/{namespace}``
        """
        return self._client._send(_with_options(_create_scheduled(namespace, job_spec, schedule, suspend, concurrency), extra_headers, extra_query, extra_body, timeout))

    def delete_scheduled(self, namespace: str, job_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete a scheduled job.

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            job_id: Path parameter ``{jobId}``.

        ``DELETE /api/scheduled-jobs/{namespace}/{jobId}``
        """
        return self._client._send(_with_options(_delete_scheduled(namespace, job_id), extra_headers, extra_query, extra_body, timeout))

    def duplicate(self, namespace: str, job_id: str, *, body: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Job:
        """Duplicate a job.

        Duplicate an existing job, re-using its spec

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            job_id: Path parameter ``{jobId}``.
            body: Request body, sent as JSON (the published spec does not describe it).

        ``POST /api/jobs/{namespace}/{jobId}/duplicate``
        """
        return self._client._send(_with_options(_duplicate(namespace, job_id, body), extra_headers, extra_query, extra_body, timeout))

    def get(self, namespace: str, job_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Job:
        """Get a job.

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            job_id: Path parameter ``{jobId}``.

        ``GET /api/jobs/{namespace}/{jobId}``
        """
        return self._client._send(_with_options(_get(namespace, job_id), extra_headers, extra_query, extra_body, timeout))

    def get_scheduled(self, namespace: str, job_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateScheduledResponse:
        """Get a scheduled job.

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            job_id: Path parameter ``{jobId}``.

        ``GET /api/scheduled-jobs/{namespace}/{jobId}``
        """
        return self._client._send(_with_options(_get_scheduled(namespace, job_id), extra_headers, extra_query, extra_body, timeout))

    def list(self, namespace: str, *, cursor: str | None = UNSET, label: str | builtins.list[str] | None = UNSET, stage: Literal["COMPLETED", "CANCELED", "ERROR", "DELETED", "RUNNING", "SCHEDULING"] | str | builtins.list[Literal["COMPLETED", "CANCELED", "ERROR", "DELETED", "RUNNING", "SCHEDULING"] | str] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Paginator[Job]:
        """List jobs.

        List of jobs for an entity

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            cursor: Pagination cursor obtained from the `rel="next"` link of a previous response's `Link` header. At most 2048 characters.
            label: Filter jobs by label. Format: 'key=value' (e.g., 'environment=production'). Repeat the parameter to filter by several labels.
            stage: Filter jobs by status stage. Repeat the parameter to filter by several stages. One of ``"COMPLETED"``, ``"CANCELED"``, ``"ERROR"``, ``"DELETED"``, ``"RUNNING"``, ``"SCHEDULING"``.

        ``GET /api/jobs/{namespace}``
        """
        return self._client._paginate(_with_options(_list(namespace, cursor, label, stage), extra_headers, extra_query, extra_body, timeout))

    def list_hardware(self, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> builtins.list[JobHardware]:
        """Get job hardware.

        Get available job hardware

        ``GET /api/jobs/hardware``
        """
        return self._client._send(_with_options(_list_hardware(), extra_headers, extra_query, extra_body, timeout))

    def list_scheduled(self, namespace: str, *, label: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> builtins.list[CreateScheduledResponse]:
        """List scheduled jobs.

        List scheduled jobs for an entity

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            label: Filter scheduled jobs by label. Format: 'key=value' (e.g., 'environment=production'). Matches ``^[a-zA-Z0-9._-]+=[a-zA-Z0-9._-]*$``.

        ``GET /api/scheduled-jobs/{namespace}``
        """
        return self._client._send(_with_options(_list_scheduled(namespace, label), extra_headers, extra_query, extra_body, timeout))

    def resume_scheduled(self, namespace: str, job_id: str, *, body: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Resume a scheduled job.

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            job_id: Path parameter ``{jobId}``.
            body: Request body, sent as JSON (the published spec does not describe it).

        ``POST /api/scheduled-jobs/{namespace}/{jobId}/resume``
        """
        return self._client._send(_with_options(_resume_scheduled(namespace, job_id, body), extra_headers, extra_query, extra_body, timeout))

    def run(self, namespace: str, *, space_id: str | None = UNSET, docker_image: str | None = UNSET, arguments: builtins.list[str] | None = UNSET, command: builtins.list[str] | None = UNSET, environment: dict[str, str] | None = UNSET, secrets: dict[str, str] | None = UNSET, flavor: str | None = UNSET, arch: Literal["amd64", "arm64"] | str | None = UNSET, timeout_seconds: int | None = UNSET, attempts: int | None = UNSET, labels: dict[str, str] | None = UNSET, volumes: builtins.list[RepoVolume] | dict[str, Any] | None = UNSET, expose: Expose | dict[str, Any] | None = UNSET, ssh: Ssh | dict[str, Any] | None = UNSET, resource_group_id: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Job:
        """Start a job.

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            space_id: Body field ``spaceId``.
            docker_image: Body field ``dockerImage``.
            arguments: Body field ``arguments``.
            command: Body field ``command``.
            environment: Body field ``environment``. Server default: ``{}``.
            secrets: Body field ``secrets``.
            flavor: Body field ``flavor``. One of ``"cpu-basic"``, ``"cpu-upgrade"``, ``"cpu-performance"``, ``"cpu-xl"``, ``"sprx8"``, ``"zero-a10g"``, ``"t4-small"``, ``"t4-medium"``, ``"l4x1"``, ``"l4x4"``, ``"l40sx1"``, ``"l40sx4"``, ....
            arch: Body field ``arch``. One of ``"amd64"``, ``"arm64"``.
            timeout_seconds: Body field ``timeoutSeconds``.
            attempts: Max number of attempts to make. For example, if you set this to 3, the job will be retried up to 2 times if it fails. At least 1. Server default: ``1``.
            labels: Labels for the job as key-value pairs. Both keys and values must be max 100 characters and contain only alphanumeric characters, dots, dashes, and underscores.
            volumes: HuggingFace Buckets or Repos to mount as volumes in the job container.
            expose: Ports to expose publicly through the jobs proxy. Each port is reachable at `https://<job_id>--<port>.<jobs-public-domain>`. Access requires a HF token with read access to the job's namespace, except for ports also listed in `portsPublic`.
            ssh: When `enabled`, the job's container is reachable over SSH at `ssh <job_id>@ssh.hf.jobs`. Only the job's owner is allowed in, authenticated by an SSH public key registered on the Hub.
            resource_group_id: Body field ``resourceGroupId``. Exactly 24 characters. Matches ``^[0-9a-fA-F]{24}$``.

        ``POST /api/jobs/{namespace}``
        """
        return self._client._send(_with_options(_run(namespace, space_id, docker_image, arguments, command, environment, secrets, flavor, arch, timeout_seconds, attempts, labels, volumes, expose, ssh, resource_group_id), extra_headers, extra_query, extra_body, timeout))

    def run_scheduled(self, namespace: str, job_id: str, *, body: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Job:
        """Run job.

        Trigger a scheduled job run. Trigger a scheduled job to run immediately. Throws an error if an instance is already running and job spec does not allow concurrent runs.

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            job_id: Path parameter ``{jobId}``.
            body: Request body, sent as JSON (the published spec does not describe it).

        ``POST /api/scheduled-jobs/{namespace}/{jobId}/run``
        """
        return self._client._send(_with_options(_run_scheduled(namespace, job_id, body), extra_headers, extra_query, extra_body, timeout))

    def stream_events(self, namespace: str, job_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> EventStream:
        """Stream job events.

        Stream the events of a job, using SSE

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            job_id: Path parameter ``{jobId}``.

        ``GET /api/jobs/{namespace}/{jobId}/events``
        """
        return self._client._stream(_with_options(_stream_events(namespace, job_id), extra_headers, extra_query, extra_body, timeout))

    def stream_logs(self, namespace: str, job_id: str, *, tail: int | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> EventStream:
        """Stream job logs.

        Stream the logs of a job, using SSE

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            job_id: Path parameter ``{jobId}``.
            tail: Maximum number of lines to return from the logs. At least 0.

        ``GET /api/jobs/{namespace}/{jobId}/logs``
        """
        return self._client._stream(_with_options(_stream_logs(namespace, job_id, tail), extra_headers, extra_query, extra_body, timeout))

    def stream_metrics(self, namespace: str, job_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> EventStream:
        """Stream job metrics.

        Stream the metrics of a job, using SSE

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            job_id: Path parameter ``{jobId}``.

        ``GET /api/jobs/{namespace}/{jobId}/metrics``
        """
        return self._client._stream(_with_options(_stream_metrics(namespace, job_id), extra_headers, extra_query, extra_body, timeout))

    def suspend_scheduled(self, namespace: str, job_id: str, *, body: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Suspend a scheduled job.

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            job_id: Path parameter ``{jobId}``.
            body: Request body, sent as JSON (the published spec does not describe it).

        ``POST /api/scheduled-jobs/{namespace}/{jobId}/suspend``
        """
        return self._client._send(_with_options(_suspend_scheduled(namespace, job_id, body), extra_headers, extra_query, extra_body, timeout))

    def update_exposed_ports(self, namespace: str, job_id: str, *, ports: builtins.list[int] | None = UNSET, ports_public: builtins.list[int] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Job:
        """Update job exposed ports.

        Replace the exposed ports of a running job, applied live (no re-run). Ports listed in `portsPublic` are reachable without any authentication.

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            job_id: Path parameter ``{jobId}``.
            ports: Body field ``ports``.
            ports_public: Subset of `ports` reachable without any authentication.

        ``PUT /api/jobs/{namespace}/{jobId}/expose``
        """
        return self._client._send(_with_options(_update_exposed_ports(namespace, job_id, ports, ports_public), extra_headers, extra_query, extra_body, timeout))

    def update_labels(self, namespace: str, job_id: str, *, labels: dict[str, str] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Job:
        """Update job labels.

        Replace user-provided labels on a job

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            job_id: Path parameter ``{jobId}``.
            labels: The new labels to set on the job. Replaces all existing labels.

        ``PUT /api/jobs/{namespace}/{jobId}/labels``
        """
        return self._client._send(_with_options(_update_labels(namespace, job_id, labels), extra_headers, extra_query, extra_body, timeout))

    def update_schedule(self, namespace: str, job_id: str, *, schedule: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateScheduledResponse:
        """Update job schedule.

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            job_id: Path parameter ``{jobId}``.
            schedule: CRON schedule expression (e.g., '0 9 * * 1' for 9 AM every Monday).

        ``POST /api/scheduled-jobs/{namespace}/{jobId}/schedule``
        """
        return self._client._send(_with_options(_update_schedule(namespace, job_id, schedule), extra_headers, extra_query, extra_body, timeout))

    def update_scheduled_labels(self, namespace: str, job_id: str, *, labels: dict[str, str] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateScheduledResponse:
        """Update scheduled job labels.

        Replace user-provided labels on a scheduled job

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            job_id: Path parameter ``{jobId}``.
            labels: The new labels to set on the job. Replaces all existing labels.

        ``PUT /api/scheduled-jobs/{namespace}/{jobId}/labels``
        """
        return self._client._send(_with_options(_update_scheduled_labels(namespace, job_id, labels), extra_headers, extra_query, extra_body, timeout))


class AsyncJobsResource(AsyncResource):
    """Operations on jobs. (async)"""

    __slots__ = ()


    async def cancel(self, namespace: str, job_id: str, *, body: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Job:
        """Cancel a job.

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            job_id: Path parameter ``{jobId}``.
            body: Request body, sent as JSON (the published spec does not describe it).

        Async: ``await client.jobs.cancel(...)`` returns ``Job``.

        ``POST /api/jobs/{namespace}/{jobId}/cancel``
        """
        return await self._client._send(_with_options(_cancel(namespace, job_id, body), extra_headers, extra_query, extra_body, timeout))

    async def check_access(self, namespace: str, perms: Literal["read", "write"] | str, *, body: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> JobCheckAccessResponse:
        """Check access.

        Check if the user has access to jobs in the namespace

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            perms: Path parameter ``{perms}``. One of ``"read"``, ``"write"``.
            body: Request body, sent as JSON (the published spec does not describe it).

        Async: ``await client.jobs.check_access(...)`` returns ``JobCheckAccessResponse``.

        ``POST /api/jobs/{namespace}/auth-check/{perms}``
        """
        return await self._client._send(_with_options(_check_access(namespace, perms, body), extra_headers, extra_query, extra_body, timeout))

    async def check_job_access(self, namespace: str, job_id: str, perms: Literal["read", "write"] | str, *, body: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> JobCheckAccessResponse:
        """Check access.

        Check if the user has access to jobs in the namespace

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            job_id: Path parameter ``{jobId}``.
            perms: Path parameter ``{perms}``. One of ``"read"``, ``"write"``.
            body: Request body, sent as JSON (the published spec does not describe it).

        Async: ``await client.jobs.check_job_access(...)`` returns ``JobCheckAccessResponse``.

        ``POST /api/jobs/{namespace}/{jobId}/auth-check/{perms}``
        """
        return await self._client._send(_with_options(_check_job_access(namespace, job_id, perms, body), extra_headers, extra_query, extra_body, timeout))

    async def count(self, namespace: str, *, stage: Literal["COMPLETED", "CANCELED", "ERROR", "DELETED", "RUNNING", "SCHEDULING"] | str | builtins.list[Literal["COMPLETED", "CANCELED", "ERROR", "DELETED", "RUNNING", "SCHEDULING"] | str] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CountResponse:
        """Count jobs.

        Count the number of jobs for an entity with optional status stage filter

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            stage: Query parameter ``stage``. One of ``"COMPLETED"``, ``"CANCELED"``, ``"ERROR"``, ``"DELETED"``, ``"RUNNING"``, ``"SCHEDULING"``.

        Async: ``await client.jobs.count(...)`` returns ``CountResponse``.

        ``GET /api/jobs/{namespace}/count``
        """
        return await self._client._send(_with_options(_count(namespace, stage), extra_headers, extra_query, extra_body, timeout))

    async def create_scheduled(self, namespace: str, *, job_spec: CreateBodyJob | dict[str, Any] | None = UNSET, schedule: str | None = UNSET, suspend: bool | None = UNSET, concurrency: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateScheduledResponse:
        """Create a scheduled job.

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            job_spec: Body field ``jobSpec``.
            schedule: CRON schedule expression (e.g., '0 9 * * 1' for 9 AM every Monday).
            suspend: Whether the scheduled job is suspended (paused). Server default: ``false``.
            concurrency: Whether multiple instances of this job can run concurrently. Server default: ``false``.

        Async: ``await client.jobs.create_scheduled(...)`` returns ``CreateScheduledResponse``.

        ``POST /api/scheduled-jobs/{namespace}``
        """
        return await self._client._send(_with_options(_create_scheduled(namespace, job_spec, schedule, suspend, concurrency), extra_headers, extra_query, extra_body, timeout))

    async def delete_scheduled(self, namespace: str, job_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete a scheduled job.

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            job_id: Path parameter ``{jobId}``.

        Async: ``await client.jobs.delete_scheduled(...)`` returns ``None``.

        ``DELETE /api/scheduled-jobs/{namespace}/{jobId}``
        """
        return await self._client._send(_with_options(_delete_scheduled(namespace, job_id), extra_headers, extra_query, extra_body, timeout))

    async def duplicate(self, namespace: str, job_id: str, *, body: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Job:
        """Duplicate a job.

        Duplicate an existing job, re-using its spec

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            job_id: Path parameter ``{jobId}``.
            body: Request body, sent as JSON (the published spec does not describe it).

        Async: ``await client.jobs.duplicate(...)`` returns ``Job``.

        ``POST /api/jobs/{namespace}/{jobId}/duplicate``
        """
        return await self._client._send(_with_options(_duplicate(namespace, job_id, body), extra_headers, extra_query, extra_body, timeout))

    async def get(self, namespace: str, job_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Job:
        """Get a job.

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            job_id: Path parameter ``{jobId}``.

        Async: ``await client.jobs.get(...)`` returns ``Job``.

        ``GET /api/jobs/{namespace}/{jobId}``
        """
        return await self._client._send(_with_options(_get(namespace, job_id), extra_headers, extra_query, extra_body, timeout))

    async def get_scheduled(self, namespace: str, job_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateScheduledResponse:
        """Get a scheduled job.

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            job_id: Path parameter ``{jobId}``.

        Async: ``await client.jobs.get_scheduled(...)`` returns ``CreateScheduledResponse``.

        ``GET /api/scheduled-jobs/{namespace}/{jobId}``
        """
        return await self._client._send(_with_options(_get_scheduled(namespace, job_id), extra_headers, extra_query, extra_body, timeout))

    def list(self, namespace: str, *, cursor: str | None = UNSET, label: str | builtins.list[str] | None = UNSET, stage: Literal["COMPLETED", "CANCELED", "ERROR", "DELETED", "RUNNING", "SCHEDULING"] | str | builtins.list[Literal["COMPLETED", "CANCELED", "ERROR", "DELETED", "RUNNING", "SCHEDULING"] | str] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> AsyncPaginator[Job]:
        """List jobs.

        List of jobs for an entity

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            cursor: Pagination cursor obtained from the `rel="next"` link of a previous response's `Link` header. At most 2048 characters.
            label: Filter jobs by label. Format: 'key=value' (e.g., 'environment=production'). Repeat the parameter to filter by several labels.
            stage: Filter jobs by status stage. Repeat the parameter to filter by several stages. One of ``"COMPLETED"``, ``"CANCELED"``, ``"ERROR"``, ``"DELETED"``, ``"RUNNING"``, ``"SCHEDULING"``.

        Async: returns an ``AsyncPaginator[Job]`` at once, without ``await``: ``async for item in client.jobs.list(...)``.

        ``GET /api/jobs/{namespace}``
        """
        return self._client._paginate(_with_options(_list(namespace, cursor, label, stage), extra_headers, extra_query, extra_body, timeout))

    async def list_hardware(self, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> builtins.list[JobHardware]:
        """Get job hardware.

        Get available job hardware

        Async: ``await client.jobs.list_hardware(...)`` returns ``list[JobHardware]``.

        ``GET /api/jobs/hardware``
        """
        return await self._client._send(_with_options(_list_hardware(), extra_headers, extra_query, extra_body, timeout))

    async def list_scheduled(self, namespace: str, *, label: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> builtins.list[CreateScheduledResponse]:
        """List scheduled jobs.

        List scheduled jobs for an entity

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            label: Filter scheduled jobs by label. Format: 'key=value' (e.g., 'environment=production'). Matches ``^[a-zA-Z0-9._-]+=[a-zA-Z0-9._-]*$``.

        Async: ``await client.jobs.list_scheduled(...)`` returns ``list[CreateScheduledResponse]``.

        ``GET /api/scheduled-jobs/{namespace}``
        """
        return await self._client._send(_with_options(_list_scheduled(namespace, label), extra_headers, extra_query, extra_body, timeout))

    async def resume_scheduled(self, namespace: str, job_id: str, *, body: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Resume a scheduled job.

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            job_id: Path parameter ``{jobId}``.
            body: Request body, sent as JSON (the published spec does not describe it).

        Async: ``await client.jobs.resume_scheduled(...)`` returns ``None``.

        ``POST /api/scheduled-jobs/{namespace}/{jobId}/resume``
        """
        return await self._client._send(_with_options(_resume_scheduled(namespace, job_id, body), extra_headers, extra_query, extra_body, timeout))

    async def run(self, namespace: str, *, space_id: str | None = UNSET, docker_image: str | None = UNSET, arguments: builtins.list[str] | None = UNSET, command: builtins.list[str] | None = UNSET, environment: dict[str, str] | None = UNSET, secrets: dict[str, str] | None = UNSET, flavor: str | None = UNSET, arch: Literal["amd64", "arm64"] | str | None = UNSET, timeout_seconds: int | None = UNSET, attempts: int | None = UNSET, labels: dict[str, str] | None = UNSET, volumes: builtins.list[RepoVolume] | dict[str, Any] | None = UNSET, expose: Expose | dict[str, Any] | None = UNSET, ssh: Ssh | dict[str, Any] | None = UNSET, resource_group_id: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Job:
        """Start a job.

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            space_id: Body field ``spaceId``.
            docker_image: Body field ``dockerImage``.
            arguments: Body field ``arguments``.
            command: Body field ``command``.
            environment: Body field ``environment``. Server default: ``{}``.
            secrets: Body field ``secrets``.
            flavor: Body field ``flavor``. One of ``"cpu-basic"``, ``"cpu-upgrade"``, ``"cpu-performance"``, ``"cpu-xl"``, ``"sprx8"``, ``"zero-a10g"``, ``"t4-small"``, ``"t4-medium"``, ``"l4x1"``, ``"l4x4"``, ``"l40sx1"``, ``"l40sx4"``, ....
            arch: Body field ``arch``. One of ``"amd64"``, ``"arm64"``.
            timeout_seconds: Body field ``timeoutSeconds``.
            attempts: Max number of attempts to make. For example, if you set this to 3, the job will be retried up to 2 times if it fails. At least 1. Server default: ``1``.
            labels: Labels for the job as key-value pairs. Both keys and values must be max 100 characters and contain only alphanumeric characters, dots, dashes, and underscores.
            volumes: HuggingFace Buckets or Repos to mount as volumes in the job container.
            expose: Ports to expose publicly through the jobs proxy. Each port is reachable at `https://<job_id>--<port>.<jobs-public-domain>`. Access requires a HF token with read access to the job's namespace, except for ports also listed in `portsPublic`.
            ssh: When `enabled`, the job's container is reachable over SSH at `ssh <job_id>@ssh.hf.jobs`. Only the job's owner is allowed in, authenticated by an SSH public key registered on the Hub.
            resource_group_id: Body field ``resourceGroupId``. Exactly 24 characters. Matches ``^[0-9a-fA-F]{24}$``.

        Async: ``await client.jobs.run(...)`` returns ``Job``.

        ``POST /api/jobs/{namespace}``
        """
        return await self._client._send(_with_options(_run(namespace, space_id, docker_image, arguments, command, environment, secrets, flavor, arch, timeout_seconds, attempts, labels, volumes, expose, ssh, resource_group_id), extra_headers, extra_query, extra_body, timeout))

    async def run_scheduled(self, namespace: str, job_id: str, *, body: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Job:
        """Run job.

        Trigger a scheduled job run. Trigger a scheduled job to run immediately. Throws an error if an instance is already running and job spec does not allow concurrent runs.

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            job_id: Path parameter ``{jobId}``.
            body: Request body, sent as JSON (the published spec does not describe it).

        Async: ``await client.jobs.run_scheduled(...)`` returns ``Job``.

        ``POST /api/scheduled-jobs/{namespace}/{jobId}/run``
        """
        return await self._client._send(_with_options(_run_scheduled(namespace, job_id, body), extra_headers, extra_query, extra_body, timeout))

    async def stream_events(self, namespace: str, job_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> AsyncEventStream:
        """Stream job events.

        Stream the events of a job, using SSE

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            job_id: Path parameter ``{jobId}``.

        Async: await it for an ``AsyncEventStream``: ``async for event in await client.jobs.stream_events(...)``.

        ``GET /api/jobs/{namespace}/{jobId}/events``
        """
        return await self._client._stream(_with_options(_stream_events(namespace, job_id), extra_headers, extra_query, extra_body, timeout))

    async def stream_logs(self, namespace: str, job_id: str, *, tail: int | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> AsyncEventStream:
        """Stream job logs.

        Stream the logs of a job, using SSE

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            job_id: Path parameter ``{jobId}``.
            tail: Maximum number of lines to return from the logs. At least 0.

        Async: await it for an ``AsyncEventStream``: ``async for event in await client.jobs.stream_logs(...)``.

        ``GET /api/jobs/{namespace}/{jobId}/logs``
        """
        return await self._client._stream(_with_options(_stream_logs(namespace, job_id, tail), extra_headers, extra_query, extra_body, timeout))

    async def stream_metrics(self, namespace: str, job_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> AsyncEventStream:
        """Stream job metrics.

        Stream the metrics of a job, using SSE

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            job_id: Path parameter ``{jobId}``.

        Async: await it for an ``AsyncEventStream``: ``async for event in await client.jobs.stream_metrics(...)``.

        ``GET /api/jobs/{namespace}/{jobId}/metrics``
        """
        return await self._client._stream(_with_options(_stream_metrics(namespace, job_id), extra_headers, extra_query, extra_body, timeout))

    async def suspend_scheduled(self, namespace: str, job_id: str, *, body: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Suspend a scheduled job.

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            job_id: Path parameter ``{jobId}``.
            body: Request body, sent as JSON (the published spec does not describe it).

        Async: ``await client.jobs.suspend_scheduled(...)`` returns ``None``.

        ``POST /api/scheduled-jobs/{namespace}/{jobId}/suspend``
        """
        return await self._client._send(_with_options(_suspend_scheduled(namespace, job_id, body), extra_headers, extra_query, extra_body, timeout))

    async def update_exposed_ports(self, namespace: str, job_id: str, *, ports: builtins.list[int] | None = UNSET, ports_public: builtins.list[int] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Job:
        """Update job exposed ports.

        Replace the exposed ports of a running job, applied live (no re-run). Ports listed in `portsPublic` are reachable without any authentication.

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            job_id: Path parameter ``{jobId}``.
            ports: Body field ``ports``.
            ports_public: Subset of `ports` reachable without any authentication.

        Async: ``await client.jobs.update_exposed_ports(...)`` returns ``Job``.

        ``PUT /api/jobs/{namespace}/{jobId}/expose``
        """
        return await self._client._send(_with_options(_update_exposed_ports(namespace, job_id, ports, ports_public), extra_headers, extra_query, extra_body, timeout))

    async def update_labels(self, namespace: str, job_id: str, *, labels: dict[str, str] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Job:
        """Update job labels.

        Replace user-provided labels on a job

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            job_id: Path parameter ``{jobId}``.
            labels: The new labels to set on the job. Replaces all existing labels.

        Async: ``await client.jobs.update_labels(...)`` returns ``Job``.

        ``PUT /api/jobs/{namespace}/{jobId}/labels``
        """
        return await self._client._send(_with_options(_update_labels(namespace, job_id, labels), extra_headers, extra_query, extra_body, timeout))

    async def update_schedule(self, namespace: str, job_id: str, *, schedule: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateScheduledResponse:
        """Update job schedule.

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            job_id: Path parameter ``{jobId}``.
            schedule: CRON schedule expression (e.g., '0 9 * * 1' for 9 AM every Monday).

        Async: ``await client.jobs.update_schedule(...)`` returns ``CreateScheduledResponse``.

        ``POST /api/scheduled-jobs/{namespace}/{jobId}/schedule``
        """
        return await self._client._send(_with_options(_update_schedule(namespace, job_id, schedule), extra_headers, extra_query, extra_body, timeout))

    async def update_scheduled_labels(self, namespace: str, job_id: str, *, labels: dict[str, str] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateScheduledResponse:
        """Update scheduled job labels.

        Replace user-provided labels on a scheduled job

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            job_id: Path parameter ``{jobId}``.
            labels: The new labels to set on the job. Replaces all existing labels.

        Async: ``await client.jobs.update_scheduled_labels(...)`` returns ``CreateScheduledResponse``.

        ``PUT /api/scheduled-jobs/{namespace}/{jobId}/labels``
        """
        return await self._client._send(_with_options(_update_scheduled_labels(namespace, job_id, labels), extra_headers, extra_query, extra_body, timeout))


if TYPE_CHECKING:
    from .._raw_response import async_raw, raw

    class JobsResourceWithRawResponse:
        """``client.with_raw_response.<resource>``: each method answering a ``RawResponse`` (declared for checkers)."""

        cancel = raw(JobsResource.cancel)
        check_access = raw(JobsResource.check_access)
        check_job_access = raw(JobsResource.check_job_access)
        count = raw(JobsResource.count)
        create_scheduled = raw(JobsResource.create_scheduled)
        delete_scheduled = raw(JobsResource.delete_scheduled)
        duplicate = raw(JobsResource.duplicate)
        get = raw(JobsResource.get)
        get_scheduled = raw(JobsResource.get_scheduled)
        list = raw(JobsResource.list)
        list_hardware = raw(JobsResource.list_hardware)
        list_scheduled = raw(JobsResource.list_scheduled)
        resume_scheduled = raw(JobsResource.resume_scheduled)
        run = raw(JobsResource.run)
        run_scheduled = raw(JobsResource.run_scheduled)
        stream_events = raw(JobsResource.stream_events)
        stream_logs = raw(JobsResource.stream_logs)
        stream_metrics = raw(JobsResource.stream_metrics)
        suspend_scheduled = raw(JobsResource.suspend_scheduled)
        update_exposed_ports = raw(JobsResource.update_exposed_ports)
        update_labels = raw(JobsResource.update_labels)
        update_schedule = raw(JobsResource.update_schedule)
        update_scheduled_labels = raw(JobsResource.update_scheduled_labels)

    class AsyncJobsResourceWithRawResponse:
        """``client.with_raw_response.<resource>`` of the async client (declared for checkers)."""

        cancel = async_raw(AsyncJobsResource.cancel)
        check_access = async_raw(AsyncJobsResource.check_access)
        check_job_access = async_raw(AsyncJobsResource.check_job_access)
        count = async_raw(AsyncJobsResource.count)
        create_scheduled = async_raw(AsyncJobsResource.create_scheduled)
        delete_scheduled = async_raw(AsyncJobsResource.delete_scheduled)
        duplicate = async_raw(AsyncJobsResource.duplicate)
        get = async_raw(AsyncJobsResource.get)
        get_scheduled = async_raw(AsyncJobsResource.get_scheduled)
        list = async_raw(AsyncJobsResource.list)
        list_hardware = async_raw(AsyncJobsResource.list_hardware)
        list_scheduled = async_raw(AsyncJobsResource.list_scheduled)
        resume_scheduled = async_raw(AsyncJobsResource.resume_scheduled)
        run = async_raw(AsyncJobsResource.run)
        run_scheduled = async_raw(AsyncJobsResource.run_scheduled)
        stream_events = async_raw(AsyncJobsResource.stream_events)
        stream_logs = async_raw(AsyncJobsResource.stream_logs)
        stream_metrics = async_raw(AsyncJobsResource.stream_metrics)
        suspend_scheduled = async_raw(AsyncJobsResource.suspend_scheduled)
        update_exposed_ports = async_raw(AsyncJobsResource.update_exposed_ports)
        update_labels = async_raw(AsyncJobsResource.update_labels)
        update_schedule = async_raw(AsyncJobsResource.update_schedule)
        update_scheduled_labels = async_raw(AsyncJobsResource.update_scheduled_labels)
