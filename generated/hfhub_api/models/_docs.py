"""Models of the ``docs`` resource.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations


from .._types import Field, ListOf, Model


class Doc(Model):
    __slots__ = ()
    id: str = Field("id")
    url: str = Field("url")
    category: str | None = Field("category", default=None)


class DocFormatted(Model):
    __slots__ = ()
    url: str | None = Field("url", default=None)
    hierarchy_lvl0: str | None = Field("hierarchy_lvl0", default=None)
    hierarchy_lvl1: str | None = Field("hierarchy_lvl1", default=None)
    hierarchy_lvl2: str | None = Field("hierarchy_lvl2", default=None)
    hierarchy_lvl3: str | None = Field("hierarchy_lvl3", default=None)
    hierarchy_lvl4: str | None = Field("hierarchy_lvl4", default=None)
    hierarchy_lvl5: str | None = Field("hierarchy_lvl5", default=None)
    hierarchy_lvl6: str | None = Field("hierarchy_lvl6", default=None)
    content: str | None = Field("content", default=None)
    anchor: str | None = Field("anchor", default=None)


class Hit(Model):
    __slots__ = ()
    url: str = Field("url")
    hierarchy_lvl0: str | None = Field("hierarchy_lvl0", default=None)
    hierarchy_lvl1: str | None = Field("hierarchy_lvl1", default=None)
    hierarchy_lvl2: str | None = Field("hierarchy_lvl2", default=None)
    hierarchy_lvl3: str | None = Field("hierarchy_lvl3", default=None)
    hierarchy_lvl4: str | None = Field("hierarchy_lvl4", default=None)
    hierarchy_lvl5: str | None = Field("hierarchy_lvl5", default=None)
    hierarchy_lvl6: str | None = Field("hierarchy_lvl6", default=None)
    content: str | None = Field("content", default=None)
    anchor: str | None = Field("anchor", default=None)
    formatted_: DocFormatted | None = Field("_formatted", DocFormatted, default=None)


class SearchFullTextResponse(Model):
    __slots__ = ()
    hits: list[Hit] = Field("hits", ListOf(Hit))


class Vectors(Model):
    __slots__ = ()
    embeddings: list[float] = Field("embeddings")


class SearchItem(Model):
    __slots__ = ()
    id: str = Field("id")
    vectors_: Vectors = Field("_vectors", Vectors)
    heading1: str = Field("heading1")
    text: str = Field("text")
    product: str = Field("product")
    source_page_url: str = Field("source_page_url")
    source_page_title: str = Field("source_page_title")
    heading2: str | None = Field("heading2", default=None)
    heading3: str | None = Field("heading3", default=None)
    heading4: str | None = Field("heading4", default=None)
    heading5: str | None = Field("heading5", default=None)
