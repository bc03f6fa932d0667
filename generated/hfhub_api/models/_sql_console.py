"""Models of the ``sql_console`` resource.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from datetime import datetime

from .._types import Field, ListOf, Model, parse_datetime


class View(Model):
    __slots__ = ()
    key: Field[str] = Field("key")
    display_name: Field[str] = Field("displayName")
    view_name: Field[str] = Field("viewName")


class CreateEmbedResponse(Model):
    __slots__ = ()
    id_: Field[str] = Field("_id")
    repo_id: Field[str] = Field("repoId")
    views: Field[list[View]] = Field("views", ListOf(View))
    sql: Field[str] = Field("sql")
    title: Field[str] = Field("title")
    user_id: Field[str] = Field("userId")
    created_at: Field[datetime] = Field("createdAt", parse_datetime)
    slug: Field[str] = Field("slug")
    private: Field[bool | None] = Field("private", default=None)
    rating: Field[float | None] = Field("rating", default=None)
    justification: Field[str | None] = Field("justification", default=None)
