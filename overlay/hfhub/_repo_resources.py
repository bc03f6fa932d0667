"""Repository resources with the conveniences the spec cannot express as one operation.

``info(repo_id, revision=None)`` picks ``/api/{kind}/{repo_id}`` or ``.../revision/{revision}``;
``datasets.parquet_files(repo_id, subset=None, split=None)`` picks the parquet listing level.
Everything else is the generated resource, unchanged.
"""

from __future__ import annotations

from typing import Any, Callable

from hfhub_api._types import UNSET
from hfhub_api.models import DatasetInfo, ModelInfo, SpaceInfo
from hfhub_api.resources import datasets, models, spaces

__all__ = ["RESOURCES"]


def _expand(expand: Any) -> Any:
    """``expand="inference"`` reads naturally; the Hub takes the repeated list form."""
    return [expand] if isinstance(expand, str) else expand


def _parquet_call(resource: Any, repo_id: str, subset: str | None, split: str | None) -> Any:
    if split is not None and subset is None:
        raise ValueError("split needs a subset: parquet_files(repo_id, subset=..., split=...)")
    if subset is None:
        return resource.list_parquet_files(repo_id)
    if split is None:
        return resource.list_subset_parquet_files(repo_id, subset)
    return resource.list_split_parquet_files(repo_id, subset, split)


class ModelsResource(models.ModelsResource):
    __slots__ = ()

    def info(self, repo_id: str, revision: str | None = None, *, expand: Any = UNSET, blobs: bool | None = UNSET) -> ModelInfo:
        """A model's information, at ``revision`` when given (``expand=["inferenceProviderMapping"]``...)."""
        if revision is None:
            return super().info(repo_id, expand=_expand(expand), blobs=blobs)
        return self.info_at_revision(repo_id, revision=revision, expand=_expand(expand), blobs=blobs)


class DatasetsResource(datasets.DatasetsResource):
    __slots__ = ()

    def info(self, repo_id: str, revision: str | None = None, *, expand: Any = UNSET, blobs: bool | None = UNSET) -> DatasetInfo:
        """A dataset's information, at ``revision`` when given."""
        if revision is None:
            return super().info(repo_id, expand=_expand(expand), blobs=blobs)
        return self.info_at_revision(repo_id, revision=revision, expand=_expand(expand), blobs=blobs)

    def parquet_files(self, repo_id: str, subset: str | None = None, split: str | None = None) -> Any:
        """URLs of the auto-converted parquet files: by subset and split, of one subset, or of one split."""
        return _parquet_call(self, repo_id, subset, split)


class SpacesResource(spaces.SpacesResource):
    __slots__ = ()

    def info(self, repo_id: str, revision: str | None = None, *, expand: Any = UNSET, blobs: bool | None = UNSET) -> SpaceInfo:
        """A Space's information, at ``revision`` when given."""
        if revision is None:
            return super().info(repo_id, expand=_expand(expand), blobs=blobs)
        return self.info_at_revision(repo_id, revision=revision, expand=_expand(expand), blobs=blobs)


class AsyncModelsResource(models.AsyncModelsResource):
    __slots__ = ()

    async def info(self, repo_id: str, revision: str | None = None, *, expand: Any = UNSET, blobs: bool | None = UNSET) -> ModelInfo:
        """A model's information, at ``revision`` when given (async)."""
        if revision is None:
            return await super().info(repo_id, expand=_expand(expand), blobs=blobs)
        return await self.info_at_revision(repo_id, revision=revision, expand=_expand(expand), blobs=blobs)


class AsyncDatasetsResource(datasets.AsyncDatasetsResource):
    __slots__ = ()

    async def info(self, repo_id: str, revision: str | None = None, *, expand: Any = UNSET, blobs: bool | None = UNSET) -> DatasetInfo:
        """A dataset's information, at ``revision`` when given (async)."""
        if revision is None:
            return await super().info(repo_id, expand=_expand(expand), blobs=blobs)
        return await self.info_at_revision(repo_id, revision=revision, expand=_expand(expand), blobs=blobs)

    async def parquet_files(self, repo_id: str, subset: str | None = None, split: str | None = None) -> Any:
        """URLs of the auto-converted parquet files (async)."""
        return await _parquet_call(self, repo_id, subset, split)


class AsyncSpacesResource(spaces.AsyncSpacesResource):
    __slots__ = ()

    async def info(self, repo_id: str, revision: str | None = None, *, expand: Any = UNSET, blobs: bool | None = UNSET) -> SpaceInfo:
        """A Space's information, at ``revision`` when given (async)."""
        if revision is None:
            return await super().info(repo_id, expand=_expand(expand), blobs=blobs)
        return await self.info_at_revision(repo_id, revision=revision, expand=_expand(expand), blobs=blobs)


RESOURCES: dict[str, dict[str, Callable[[Any], Any]]] = {
    "sync": {"models": ModelsResource, "datasets": DatasetsResource, "spaces": SpacesResource},
    "async": {"models": AsyncModelsResource, "datasets": AsyncDatasetsResource, "spaces": AsyncSpacesResource},
}
