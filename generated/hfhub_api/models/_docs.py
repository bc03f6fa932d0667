"""Models of the ``docs`` resource.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations


from .._types import Field, ListOf, Model


class Doc(Model):
    __slots__ = ()
    id: Field[str] = Field("id")
    url: Field[str] = Field("url")
    category: Field[str | None] = Field("category", default=None)


class DocFormatted(Model):
    __slots__ = ()
    url: Field[str | None] = Field("url", default=None)
    hierarchy_lvl0: Field[str | None] = Field("hierarchy_lvl0", default=None)
    hierarchy_lvl1: Field[str | None] = Field("hierarchy_lvl1", default=None)
    hierarchy_lvl2: Field[str | None] = Field("hierarchy_lvl2", default=None)
    hierarchy_lvl3: Field[str | None] = Field("hierarchy_lvl3", default=None)
    hierarchy_lvl4: Field[str | None] = Field("hierarchy_lvl4", default=None)
    hierarchy_lvl5: Field[str | None] = Field("hierarchy_lvl5", default=None)
    hierarchy_lvl6: Field[str | None] = Field("hierarchy_lvl6", default=None)
    content: Field[str | None] = Field("content", default=None)
    anchor: Field[str | None] = Field("anchor", default=None)


class Hit(Model):
    __slots__ = ()
    url: Field[str] = Field("url")
    hierarchy_lvl0: Field[str | None] = Field("hierarchy_lvl0", default=None)
    hierarchy_lvl1: Field[str | None] = Field("hierarchy_lvl1", default=None)
    hierarchy_lvl2: Field[str | None] = Field("hierarchy_lvl2", default=None)
    hierarchy_lvl3: Field[str | None] = Field("hierarchy_lvl3", default=None)
    hierarchy_lvl4: Field[str | None] = Field("hierarchy_lvl4", default=None)
    hierarchy_lvl5: Field[str | None] = Field("hierarchy_lvl5", default=None)
    hierarchy_lvl6: Field[str | None] = Field("hierarchy_lvl6", default=None)
    content: Field[str | None] = Field("content", default=None)
    anchor: Field[str | None] = Field("anchor", default=None)
    formatted_: Field[DocFormatted | None] = Field("_formatted", DocFormatted, default=None)


class SearchFullTextResponse(Model):
    __slots__ = ()
    hits: Field[list[Hit]] = Field("hits", ListOf(Hit))


class Vectors(Model):
    __slots__ = ()
    embeddings: Field[list[float]] = Field("embeddings")


class SearchItem(Model):
    __slots__ = ()
    id: Field[str] = Field("id")
    vectors_: Field[Vectors] = Field("_vectors", Vectors)
    heading1: Field[str] = Field("heading1")
    text: Field[str] = Field("text")
    product: Field[str] = Field("product")
    source_page_url: Field[str] = Field("source_page_url")
    source_page_title: Field[str] = Field("source_page_title")
    heading2: Field[str | None] = Field("heading2", default=None)
    heading3: Field[str | None] = Field("heading3", default=None)
    heading4: Field[str | None] = Field("heading4", default=None)
    heading5: Field[str | None] = Field("heading5", default=None)
