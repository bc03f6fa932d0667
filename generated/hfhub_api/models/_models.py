"""Models of the ``models`` resource.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import Literal

from .._types import Field, Model


class ListTagsByTypeResponseValueItem2(Model):
    __slots__ = ()
    id: str = Field("id")
    label: str = Field("label")
    type: Literal["pipeline_tag", "library", "dataset", "bucket", "language", "license", "arxiv", "doi", "region", "deploy", "other"] | str = Field("type")
    sub_type: str | None = Field("subType", default=None)
    clickable: bool | None = Field("clickable", default=None)
