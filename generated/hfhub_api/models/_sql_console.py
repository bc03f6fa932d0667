"""Models of the ``sql_console`` resource.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from datetime import datetime

from .._types import Field, ListOf, Model, parse_datetime


class View(Model):
    __slots__ = ()
    key: str = Field("key")
    display_name: str = Field("displayName")
    view_name: str = Field("viewName")


class CreateEmbedResponse(Model):
    __slots__ = ()
    id_: str = Field("_id")
    repo_id: str = Field("repoId")
    views: list[View] = Field("views", ListOf(View))
    sql: str = Field("sql")
    title: str = Field("title")
    user_id: str = Field("userId")
    created_at: datetime = Field("createdAt", parse_datetime)
    slug: str = Field("slug")
    private: bool | None = Field("private", default=None)
    rating: float | None = Field("rating", default=None)
    justification: str | None = Field("justification", default=None)
