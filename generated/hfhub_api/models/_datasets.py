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
    id_: Field[str | None] = Field("_id", default=None)
    """Internal id."""
    author: Field[str | None] = Field("author", default=None)
    card_data: Field[dict[str, Any] | None] = Field("cardData", default=None)
    """Metadata of the repository card (README front matter)."""
    citation: Field[str | None] = Field("citation", default=None)
    created_at: Field[datetime | None] = Field("createdAt", parse_datetime, default=None)
    description: Field[str | None] = Field("description", default=None)
    disabled: Field[bool | None] = Field("disabled", default=None)
    downloads: Field[int | None] = Field("downloads", default=None)
    downloads_all_time: Field[int | None] = Field("downloadsAllTime", default=None)
    gated: Field[bool | Literal["auto", "manual"] | str | None] = Field("gated", default=None)
    """`false`, `"auto"` or `"manual"`."""
    id: Field[str] = Field("id")
    """Repository id, `namespace/name`."""
    last_modified: Field[datetime | None] = Field("lastModified", parse_datetime, default=None)
    likes: Field[int | None] = Field("likes", default=None)
    main_size: Field[int | None] = Field("mainSize", default=None)
    paperswithcode_id: Field[str | None] = Field("paperswithcode_id", default=None)
    private: Field[bool | None] = Field("private", default=None)
    resource_group: Field[DatasetResourceGroup | None] = Field("resourceGroup", DatasetResourceGroup, default=None)
    sha: Field[str | None] = Field("sha", default=None)
    """Commit sha of the revision described."""
    siblings: Field[list[RepoSibling] | None] = Field("siblings", ListOf(RepoSibling), default=None)
    tags: Field[list[str] | None] = Field("tags", default=None)
    trending_score: Field[float | None] = Field("trendingScore", default=None)
    used_storage: Field[int | None] = Field("usedStorage", default=None)


class Source(Model):
    __slots__ = ()
    url: Field[str] = Field("url")
    name: Field[str | None] = Field("name", default=None)
    is_external: Field[bool] = Field("isExternal")
    author: Field[Owner | None] = Field("author", Owner, default=None)


class GetLeaderboardItem(Model):
    __slots__ = ()
    rank: Field[float] = Field("rank")
    model_id: Field[str] = Field("modelId")
    author: Field[Owner] = Field("author", Owner)
    value: Field[float] = Field("value")
    verified: Field[bool | None] = Field("verified", default=None)
    source: Field[Source | None] = Field("source", Source, default=None)
    pull_request: Field[float | None] = Field("pullRequest", default=None)
    filename: Field[str] = Field("filename")
    notes: Field[str | None] = Field("notes", default=None)
    lower_is_better: Field[bool | None] = Field("lower_is_better", default=None)
    num_parameters: Field[float | None] = Field("num_parameters", default=None)


class ListTagsByTypeResponseValueItem(Model):
    __slots__ = ()
    id: Field[str] = Field("id")
    label: Field[str] = Field("label")
    type: Field[str] = Field("type")
    sub_type: Field[str | None] = Field("subType", default=None)
    clickable: Field[bool | None] = Field("clickable", default=None)
