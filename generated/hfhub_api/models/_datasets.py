"""Models of the ``datasets`` resource.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import Literal

from .._types import Field, Model
from ._shared import LatestAuthor


class Source(Model):
    __slots__ = ()
    url: str = Field("url")
    name: str | None = Field("name", default=None)
    is_external: bool = Field("isExternal")
    author: LatestAuthor | None = Field("author", LatestAuthor, default=None)


class GetLeaderboardItem(Model):
    __slots__ = ()
    rank: float = Field("rank")
    model_id: str = Field("modelId")
    author: LatestAuthor = Field("author", LatestAuthor)
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
    type: Literal["benchmark", "task_categories", "size_categories", "modality", "format", "library", "language", "license", "arxiv", "doi", "region", "other", "task_ids", "annotations_creators", "language_creators", "multilinguality", "source_datasets"] | str = Field("type")
    sub_type: str | None = Field("subType", default=None)
    clickable: bool | None = Field("clickable", default=None)
