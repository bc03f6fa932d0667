"""Models of the ``search`` resource.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations


from .._types import Field, ListOf, Model


class Dataset(Model):
    __slots__ = ()
    id: Field[str] = Field("id")
    private: Field[bool | None] = Field("private", default=None)
    trending_weight: Field[float] = Field("trendingWeight")


class SearchCollection(Model):
    __slots__ = ()
    id_: Field[str] = Field("_id")
    title: Field[str] = Field("title")
    description: Field[str | None] = Field("description", default=None)


class SearchOrg(Model):
    __slots__ = ()
    id_: Field[str] = Field("_id")
    avatar_url: Field[str] = Field("avatarUrl")
    fullname: Field[str] = Field("fullname")
    name: Field[str] = Field("name")


class SearchPaper(Model):
    __slots__ = ()
    id: Field[str] = Field("id")
    private: Field[bool | None] = Field("private", default=None)


class SearchUser(Model):
    __slots__ = ()
    id_: Field[str] = Field("_id")
    avatar_url: Field[str] = Field("avatarUrl")
    fullname: Field[str] = Field("fullname")
    user: Field[str] = Field("user")


class Space(Model):
    __slots__ = ()
    id: Field[str] = Field("id")
    private: Field[bool | None] = Field("private", default=None)
    emoji: Field[str] = Field("emoji")
    trending_weight: Field[float] = Field("trendingWeight")


class QuicksearchResponse(Model):
    __slots__ = ()
    datasets: Field[list[Dataset]] = Field("datasets", ListOf(Dataset))
    datasets_count: Field[float] = Field("datasetsCount")
    models: Field[list[Dataset]] = Field("models", ListOf(Dataset))
    models_count: Field[float] = Field("modelsCount")
    orgs: Field[list[SearchOrg]] = Field("orgs", ListOf(SearchOrg))
    q: Field[str] = Field("q")
    spaces: Field[list[Space]] = Field("spaces", ListOf(Space))
    spaces_count: Field[float] = Field("spacesCount")
    users: Field[list[SearchUser]] = Field("users", ListOf(SearchUser))
    papers: Field[list[SearchPaper]] = Field("papers", ListOf(SearchPaper))
    papers_count: Field[float] = Field("papersCount")
    collections: Field[list[SearchCollection]] = Field("collections", ListOf(SearchCollection))
    collections_count: Field[float] = Field("collectionsCount")
    buckets: Field[list[SearchPaper]] = Field("buckets", ListOf(SearchPaper))
    buckets_count: Field[float] = Field("bucketsCount")
    kernels: Field[list[SearchPaper]] = Field("kernels", ListOf(SearchPaper))
    kernels_count: Field[float] = Field("kernelsCount")
