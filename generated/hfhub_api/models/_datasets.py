"""Models of the ``datasets`` resource.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from .._types import Field, ListOf, Model, parse_datetime
from ._shared import DatasetResourceGroup, Owner, RepoSibling


class DatasetInfo(Model):
    """A dataset repository on the Hub. Most fields are present only when requested (`full`, `expand`)."""
    __slots__ = ()
    id_: str | None = Field("_id", default=None)
    """Internal id."""
    author: str | None = Field("author", default=None)
    card_data: dict[str, Any] | None = Field("cardData", default=None)
    """Metadata of the repository card (README front matter)."""
    citation: str | None = Field("citation", default=None)
    created_at: datetime | None = Field("createdAt", parse_datetime, default=None)
    description: str | None = Field("description", default=None)
    disabled: bool | None = Field("disabled", default=None)
    downloads: int | None = Field("downloads", default=None)
    downloads_all_time: int | None = Field("downloadsAllTime", default=None)
    gated: bool | Literal["auto", "manual"] | str | None = Field("gated", default=None)
    """`false`, `"auto"` or `"manual"`."""
    id: str = Field("id")
    """Repository id, `namespace/name`."""
    last_modified: datetime | None = Field("lastModified", parse_datetime, default=None)
    likes: int | None = Field("likes", default=None)
    main_size: int | None = Field("mainSize", default=None)
    paperswithcode_id: str | None = Field("paperswithcode_id", default=None)
    private: bool | None = Field("private", default=None)
    resource_group: DatasetResourceGroup | None = Field("resourceGroup", DatasetResourceGroup, default=None)
    sha: str | None = Field("sha", default=None)
    """Commit sha of the revision described."""
    siblings: list[RepoSibling] | None = Field("siblings", ListOf(RepoSibling), default=None)
    tags: list[str] | None = Field("tags", default=None)
    trending_score: float | None = Field("trendingScore", default=None)
    used_storage: int | None = Field("usedStorage", default=None)


class Source(Model):
    __slots__ = ()
    url: str = Field("url")
    name: str | None = Field("name", default=None)
    is_external: bool = Field("isExternal")
    author: Owner | None = Field("author", Owner, default=None)


class GetLeaderboardItem(Model):
    __slots__ = ()
    rank: float = Field("rank")
    model_id: str = Field("modelId")
    author: Owner = Field("author", Owner)
    value: float = Field("value")
    verified: bool | None = Field("verified", default=None)
    source: Source | None = Field("source", Source, default=None)
    pull_request: float | None = Field("pullRequest", default=None)
    filename: str = Field("filename")
    notes: str | None = Field("notes", default=None)
    lower_is_better: bool | None = Field("lower_is_better", default=None)
    num_parameters: float | None = Field("num_parameters", default=None)


class ListTagsByTypeResponseValueItem(Model):
    __slots__ = ()
    id: str = Field("id")
    label: str = Field("label")
    type: str = Field("type")
    sub_type: str | None = Field("subType", default=None)
    clickable: bool | None = Field("clickable", default=None)
