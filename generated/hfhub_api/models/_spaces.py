"""Models of the ``spaces`` resource.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from .._types import Field, ListOf, Model, parse_datetime
from ._shared import Accelerator


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


class Hardware2(Model):
    __slots__ = ()
    name: str = Field("name")
    pretty_name: str = Field("prettyName")
    cpu: str = Field("cpu")
    ram: str = Field("ram")
    accelerator: Accelerator | None = Field("accelerator", Accelerator)
    unit_cost_micro_usd: float = Field("unitCostMicroUSD")
    unit_cost_usd: float = Field("unitCostUSD")
    unit_label: str = Field("unitLabel")


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
