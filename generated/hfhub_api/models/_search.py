"""Models of the ``search`` resource.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations


from .._types import Field, ListOf, Model


class Dataset(Model):
    __slots__ = ()
    id: str = Field("id")
    private: bool | None = Field("private", default=None)
    trending_weight: float = Field("trendingWeight")


class SearchCollection(Model):
    __slots__ = ()
    id_: str = Field("_id")
    title: str = Field("title")
    description: str | None = Field("description", default=None)


class SearchOrg(Model):
    __slots__ = ()
    id_: str = Field("_id")
    avatar_url: str = Field("avatarUrl")
    fullname: str = Field("fullname")
    name: str = Field("name")


class SearchPaper(Model):
    __slots__ = ()
    id: str = Field("id")
    private: bool | None = Field("private", default=None)


class SearchUser(Model):
    __slots__ = ()
    id_: str = Field("_id")
    avatar_url: str = Field("avatarUrl")
    fullname: str = Field("fullname")
    user: str = Field("user")


class Space(Model):
    __slots__ = ()
    id: str = Field("id")
    private: bool | None = Field("private", default=None)
    emoji: str = Field("emoji")
    trending_weight: float = Field("trendingWeight")


class QuicksearchResponse(Model):
    __slots__ = ()
    datasets: list[Dataset] = Field("datasets", ListOf(Dataset))
    datasets_count: float = Field("datasetsCount")
    models: list[Dataset] = Field("models", ListOf(Dataset))
    models_count: float = Field("modelsCount")
    orgs: list[SearchOrg] = Field("orgs", ListOf(SearchOrg))
    q: str = Field("q")
    spaces: list[Space] = Field("spaces", ListOf(Space))
    spaces_count: float = Field("spacesCount")
    users: list[SearchUser] = Field("users", ListOf(SearchUser))
    papers: list[SearchPaper] = Field("papers", ListOf(SearchPaper))
    papers_count: float = Field("papersCount")
    collections: list[SearchCollection] = Field("collections", ListOf(SearchCollection))
    collections_count: float = Field("collectionsCount")
    buckets: list[SearchPaper] = Field("buckets", ListOf(SearchPaper))
    buckets_count: float = Field("bucketsCount")
    kernels: list[SearchPaper] = Field("kernels", ListOf(SearchPaper))
    kernels_count: float = Field("kernelsCount")
