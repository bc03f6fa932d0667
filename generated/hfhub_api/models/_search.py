"""Models of the ``search`` resource.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations


from .._types import Field, ListOf, Model


class Collection(Model):
    __slots__ = ()
    id_: Field[str] = Field("_id")
    title: Field[str] = Field("title")
    description: Field[str | None] = Field("description", default=None)


class Dataset(Model):
    __slots__ = ()
    id: Field[str] = Field("id")
    private: Field[bool | None] = Field("private", default=None)
    trending_weight: Field[float] = Field("trendingWeight")


class QuicksearchResponseOrg(Model):
    __slots__ = ()
    id_: Field[str] = Field("_id")
    avatar_url: Field[str] = Field("avatarUrl")
    fullname: Field[str] = Field("fullname")
    name: Field[str] = Field("name")


class QuicksearchResponsePaper(Model):
    __slots__ = ()
    id: Field[str] = Field("id")
    private: Field[bool | None] = Field("private", default=None)


class QuicksearchResponseUser(Model):
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
    orgs: Field[list[QuicksearchResponseOrg]] = Field("orgs", ListOf(QuicksearchResponseOrg))
    q: Field[str] = Field("q")
    spaces: Field[list[Space]] = Field("spaces", ListOf(Space))
    spaces_count: Field[float] = Field("spacesCount")
    users: Field[list[QuicksearchResponseUser]] = Field("users", ListOf(QuicksearchResponseUser))
    papers: Field[list[QuicksearchResponsePaper]] = Field("papers", ListOf(QuicksearchResponsePaper))
    papers_count: Field[float] = Field("papersCount")
    collections: Field[list[Collection]] = Field("collections", ListOf(Collection))
    collections_count: Field[float] = Field("collectionsCount")
    buckets: Field[list[QuicksearchResponsePaper]] = Field("buckets", ListOf(QuicksearchResponsePaper))
    buckets_count: Field[float] = Field("bucketsCount")
    kernels: Field[list[QuicksearchResponsePaper]] = Field("kernels", ListOf(QuicksearchResponsePaper))
    kernels_count: Field[float] = Field("kernelsCount")
