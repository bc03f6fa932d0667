"""Models of the ``spaces`` resource.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from .._types import Field, ListOf, Model, parse_datetime
from ._shared import Accelerator, DatasetResourceGroup, RepoSibling


class Runs(Model):
    """Execution (runs) accounting, or omitted for visitors without a runs limit"""
    __slots__ = ()
    used: Field[float] = Field("used")
    """Executions used in the current runs window"""
    limit: Field[float] = Field("limit")
    """Maximum number of executions allowed in the runs window"""
    remaining: Field[float] = Field("remaining")
    """Executions left before the runs limit is reached"""
    resets_at: Field[datetime | None] = Field("resetsAt", parse_datetime)
    """ISO 8601 timestamp when the runs window resets, or null if no run has happened yet. Independent of resetsAt."""


class GetZeroGpuQuotaResponse(Model):
    __slots__ = ()
    base: Field[float] = Field("base")
    """Total quota in GPU-seconds"""
    current: Field[float] = Field("current")
    """Remaining quota in GPU-seconds"""
    resets_at: Field[datetime | None] = Field("resetsAt", parse_datetime)
    """ISO 8601 timestamp when the quota resets, or null if the quota has not been used yet"""
    overquota_used: Field[float | None] = Field("overquotaUsed", default=None)
    """Overquota (paid) GPU-seconds consumed"""
    runs: Field[Runs | None] = Field("runs", Runs, default=None)
    """Execution (runs) accounting, or omitted for visitors without a runs limit"""


class ListSecretsResponseValue(Model):
    __slots__ = ()
    key: Field[str] = Field("key")
    description: Field[str | None] = Field("description", default=None)
    updated_at: Field[datetime | None] = Field("updatedAt", parse_datetime, default=None)


class Template(Model):
    __slots__ = ()
    sdk: Field[Literal["docker", "static", "gradio"] | str] = Field("sdk")
    name: Field[str] = Field("name")
    """Human-friendly name of the template (e.g. `JupyterLab`)."""
    repo_id: Field[str] = Field("repoId")
    """Repo id of the template Space, to pass as `template` on create."""
    preferred_private: Field[bool] = Field("preferredPrivate")
    """Whether the created Space is expected to be private."""


class ListTemplatesResponse(Model):
    __slots__ = ()
    templates: Field[list[Template]] = Field("templates", ListOf(Template))


class ListVariablesResponseValue(Model):
    __slots__ = ()
    key: Field[str] = Field("key")
    value: Field[str] = Field("value")
    description: Field[str | None] = Field("description", default=None)
    updated_at: Field[datetime | None] = Field("updatedAt", parse_datetime, default=None)


class SpaceDomain(Model):
    __slots__ = ()
    domain: Field[str | None] = Field("domain", default=None)
    stage: Field[str | None] = Field("stage", default=None)


class SpaceHardware(Model):
    __slots__ = ()
    current: Field[str | None] = Field("current", default=None)
    requested: Field[str | None] = Field("requested", default=None)


class SpaceHardwareFlavor(Model):
    __slots__ = ()
    name: Field[str] = Field("name")
    pretty_name: Field[str] = Field("prettyName")
    cpu: Field[str] = Field("cpu")
    ram: Field[str] = Field("ram")
    accelerator: Field[Accelerator | None] = Field("accelerator", Accelerator)
    unit_cost_micro_usd: Field[float] = Field("unitCostMicroUSD")
    unit_cost_usd: Field[float] = Field("unitCostUSD")
    unit_label: Field[str] = Field("unitLabel")


class SpaceReplicas(Model):
    __slots__ = ()
    current: Field[int | None] = Field("current", default=None)
    requested: Field[int | Literal["auto"] | str | None] = Field("requested", default=None)


class SpaceRuntime(Model):
    """State of a Space's runtime."""
    __slots__ = ()
    stage: Field[str | None] = Field("stage", default=None)
    """e.g. `RUNNING`, `BUILDING`, `SLEEPING`, `PAUSED`, `RUNTIME_ERROR`."""
    hardware: Field[SpaceHardware | None] = Field("hardware", SpaceHardware, default=None)
    storage: Field[str | None] = Field("storage", default=None)
    gc_timeout: Field[int | None] = Field("gcTimeout", default=None)
    replicas: Field[SpaceReplicas | None] = Field("replicas", SpaceReplicas, default=None)
    dev_mode: Field[bool | None] = Field("devMode", default=None)
    domains: Field[list[SpaceDomain] | None] = Field("domains", ListOf(SpaceDomain), default=None)
    sha: Field[str | None] = Field("sha", default=None)
    error_message: Field[str | None] = Field("errorMessage", default=None)


class SpaceInfo(Model):
    """A Space on the Hub. Most fields are present only when requested (`full`, `expand`)."""
    __slots__ = ()
    id_: Field[str | None] = Field("_id", default=None)
    """Internal id."""
    author: Field[str | None] = Field("author", default=None)
    card_data: Field[dict[str, Any] | None] = Field("cardData", default=None)
    """Metadata of the repository card (README front matter)."""
    created_at: Field[datetime | None] = Field("createdAt", parse_datetime, default=None)
    datasets: Field[list[str] | None] = Field("datasets", default=None)
    disabled: Field[bool | None] = Field("disabled", default=None)
    gated: Field[bool | Literal["auto", "manual"] | str | None] = Field("gated", default=None)
    """`false`, `"auto"` or `"manual"`."""
    host: Field[str | None] = Field("host", default=None)
    id: Field[str] = Field("id")
    """Repository id, `namespace/name`."""
    last_modified: Field[datetime | None] = Field("lastModified", parse_datetime, default=None)
    likes: Field[int | None] = Field("likes", default=None)
    models: Field[list[str] | None] = Field("models", default=None)
    private: Field[bool | None] = Field("private", default=None)
    region: Field[str | None] = Field("region", default=None)
    resource_group: Field[DatasetResourceGroup | None] = Field("resourceGroup", DatasetResourceGroup, default=None)
    runtime: Field[SpaceRuntime | None] = Field("runtime", SpaceRuntime, default=None)
    """State of a Space's runtime."""
    sdk: Field[str | None] = Field("sdk", default=None)
    """`gradio`, `docker`, `static`..."""
    sha: Field[str | None] = Field("sha", default=None)
    """Commit sha of the revision described."""
    siblings: Field[list[RepoSibling] | None] = Field("siblings", ListOf(RepoSibling), default=None)
    subdomain: Field[str | None] = Field("subdomain", default=None)
    tags: Field[list[str] | None] = Field("tags", default=None)
    trending_score: Field[float | None] = Field("trendingScore", default=None)
    used_storage: Field[int | None] = Field("usedStorage", default=None)
