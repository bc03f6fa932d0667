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
    used: float = Field("used")
    """Executions used in the current runs window"""
    limit: float = Field("limit")
    """Maximum number of executions allowed in the runs window"""
    remaining: float = Field("remaining")
    """Executions left before the runs limit is reached"""
    resets_at: datetime | None = Field("resetsAt", parse_datetime)
    """ISO 8601 timestamp when the runs window resets, or null if no run has happened yet. Independent of resetsAt."""


class GetZeroGpuQuotaResponse(Model):
    __slots__ = ()
    base: float = Field("base")
    """Total quota in GPU-seconds"""
    current: float = Field("current")
    """Remaining quota in GPU-seconds"""
    resets_at: datetime | None = Field("resetsAt", parse_datetime)
    """ISO 8601 timestamp when the quota resets, or null if the quota has not been used yet"""
    overquota_used: float | None = Field("overquotaUsed", default=None)
    """Overquota (paid) GPU-seconds consumed"""
    runs: Runs | None = Field("runs", Runs, default=None)
    """Execution (runs) accounting, or omitted for visitors without a runs limit"""


class ListSecretsResponseValue(Model):
    __slots__ = ()
    key: str = Field("key")
    description: str | None = Field("description", default=None)
    updated_at: datetime | None = Field("updatedAt", parse_datetime, default=None)


class Template(Model):
    __slots__ = ()
    sdk: Literal["docker", "static", "gradio"] | str = Field("sdk")
    name: str = Field("name")
    """Human-friendly name of the template (e.g. `JupyterLab`)."""
    repo_id: str = Field("repoId")
    """Repo id of the template Space, to pass as `template` on create."""
    preferred_private: bool = Field("preferredPrivate")
    """Whether the created Space is expected to be private."""


class ListTemplatesResponse(Model):
    __slots__ = ()
    templates: list[Template] = Field("templates", ListOf(Template))


class ListVariablesResponseValue(Model):
    __slots__ = ()
    key: str = Field("key")
    value: str = Field("value")
    description: str | None = Field("description", default=None)
    updated_at: datetime | None = Field("updatedAt", parse_datetime, default=None)


class SpaceDomain(Model):
    __slots__ = ()
    domain: str | None = Field("domain", default=None)
    stage: str | None = Field("stage", default=None)


class SpaceHardware(Model):
    __slots__ = ()
    current: str | None = Field("current", default=None)
    requested: str | None = Field("requested", default=None)


class SpaceHardwareFlavor(Model):
    __slots__ = ()
    name: str = Field("name")
    pretty_name: str = Field("prettyName")
    cpu: str = Field("cpu")
    ram: str = Field("ram")
    accelerator: Accelerator | None = Field("accelerator", Accelerator)
    unit_cost_micro_usd: float = Field("unitCostMicroUSD")
    unit_cost_usd: float = Field("unitCostUSD")
    unit_label: str = Field("unitLabel")


class SpaceReplicas(Model):
    __slots__ = ()
    current: int | None = Field("current", default=None)
    requested: int | Literal["auto"] | str | None = Field("requested", default=None)


class SpaceRuntime(Model):
    """State of a Space's runtime."""
    __slots__ = ()
    stage: str | None = Field("stage", default=None)
    """e.g. `RUNNING`, `BUILDING`, `SLEEPING`, `PAUSED`, `RUNTIME_ERROR`."""
    hardware: SpaceHardware | None = Field("hardware", SpaceHardware, default=None)
    storage: str | None = Field("storage", default=None)
    gc_timeout: int | None = Field("gcTimeout", default=None)
    replicas: SpaceReplicas | None = Field("replicas", SpaceReplicas, default=None)
    dev_mode: bool | None = Field("devMode", default=None)
    domains: list[SpaceDomain] | None = Field("domains", ListOf(SpaceDomain), default=None)
    sha: str | None = Field("sha", default=None)
    error_message: str | None = Field("errorMessage", default=None)


class SpaceInfo(Model):
    """A Space on the Hub. Most fields are present only when requested (`full`, `expand`)."""
    __slots__ = ()
    id_: str | None = Field("_id", default=None)
    """Internal id."""
    author: str | None = Field("author", default=None)
    card_data: dict[str, Any] | None = Field("cardData", default=None)
    """Metadata of the repository card (README front matter)."""
    created_at: datetime | None = Field("createdAt", parse_datetime, default=None)
    datasets: list[str] | None = Field("datasets", default=None)
    disabled: bool | None = Field("disabled", default=None)
    gated: bool | Literal["auto", "manual"] | str | None = Field("gated", default=None)
    """`false`, `"auto"` or `"manual"`."""
    host: str | None = Field("host", default=None)
    id: str = Field("id")
    """Repository id, `namespace/name`."""
    last_modified: datetime | None = Field("lastModified", parse_datetime, default=None)
    likes: int | None = Field("likes", default=None)
    models: list[str] | None = Field("models", default=None)
    private: bool | None = Field("private", default=None)
    region: str | None = Field("region", default=None)
    resource_group: DatasetResourceGroup | None = Field("resourceGroup", DatasetResourceGroup, default=None)
    runtime: SpaceRuntime | None = Field("runtime", SpaceRuntime, default=None)
    """State of a Space's runtime."""
    sdk: str | None = Field("sdk", default=None)
    """`gradio`, `docker`, `static`..."""
    sha: str | None = Field("sha", default=None)
    """Commit sha of the revision described."""
    siblings: list[RepoSibling] | None = Field("siblings", ListOf(RepoSibling), default=None)
    subdomain: str | None = Field("subdomain", default=None)
    tags: list[str] | None = Field("tags", default=None)
    trending_score: float | None = Field("trendingScore", default=None)
    used_storage: int | None = Field("usedStorage", default=None)
