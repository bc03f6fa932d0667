"""Repository resources with the conveniences the spec cannot express as one operation.

``info(repo_id, revision=None, ...)`` picks ``/api/{kind}/{repo_id}`` or ``.../revision/{revision}``;
``datasets.parquet_files(repo_id, subset=None, split=None)`` picks the parquet listing level.
The file methods (``download``, ``snapshot``, ``upload_file``, ``list_tree``...) come from
:mod:`hfhub.files`; ``repos.create(..., exist_ok=True)`` accepts a repository that already exists.
Every method takes the request options of generated ones (``extra_headers``, ``timeout``...).
Everything else is the generated resource, unchanged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from hfhub_api._request import RequestOptions
from hfhub_api._types import UNSET
from hfhub_api.models import DatasetInfo, ModelInfo, SpaceInfo
from hfhub_api.resources import datasets, models, repos, spaces

from ._json import json_object
from .errors import ConflictError
from .files._resources import AsyncFiles, SyncFiles

if TYPE_CHECKING:
    from typing_extensions import Unpack  # typing.Unpack from Python 3.11

__all__ = ["RESOURCES"]


def _expand(expand: Any) -> Any:
    """``expand="inference"`` reads naturally; the Hub takes the repeated list form."""
    return [expand] if isinstance(expand, str) else expand


def _parquet_call(resource: Any, repo_id: str, subset: str | None, split: str | None, options: RequestOptions) -> Any:
    if split is not None and subset is None:
        raise ValueError("split needs a subset: parquet_files(repo_id, subset=..., split=...)")
    if subset is None:
        return resource.list_parquet_files(repo_id, **options)
    if split is None:
        return resource.list_subset_parquet_files(repo_id, subset, **options)
    return resource.list_split_parquet_files(repo_id, subset, split, **options)


# The file API's list_tree (huggingface_hub's entries, RepoFile/RepoFolder) replaces the generated
# listing on purpose: checkers see two list_tree signatures, hence the ignores on these classes.
class ModelsResource(SyncFiles, models.ModelsResource):  # type: ignore[misc]  # pyright: ignore[reportIncompatibleMethodOverride]
    __slots__ = ()
    _repo_type = "model"

    def info(self, repo_id: str, revision: str | None = None, *, expand: Any = UNSET, blobs: bool | None = UNSET,
             full: bool | None = UNSET, security_status: bool | None = UNSET, **options: Unpack[RequestOptions]) -> ModelInfo:
        """A model's information, at ``revision`` when given (``expand=["inferenceProviderMapping"]``...)."""
        if revision is None:
            return super().info(repo_id, expand=_expand(expand), blobs=blobs, full=full,
                                security_status=security_status, **options)
        return self.info_at_revision(repo_id, revision=revision, expand=_expand(expand), blobs=blobs, full=full,
                                     security_status=security_status, **options)


class DatasetsResource(SyncFiles, datasets.DatasetsResource):  # type: ignore[misc]  # pyright: ignore[reportIncompatibleMethodOverride]
    __slots__ = ()
    _repo_type = "dataset"

    def info(self, repo_id: str, revision: str | None = None, *, expand: Any = UNSET, blobs: bool | None = UNSET,
             full: bool | None = UNSET, **options: Unpack[RequestOptions]) -> DatasetInfo:
        """A dataset's information, at ``revision`` when given."""
        if revision is None:
            return super().info(repo_id, expand=_expand(expand), blobs=blobs, full=full, **options)
        return self.info_at_revision(repo_id, revision=revision, expand=_expand(expand), blobs=blobs, full=full, **options)

    def parquet_files(self, repo_id: str, subset: str | None = None, split: str | None = None, **options: Unpack[RequestOptions]) -> Any:
        """URLs of the auto-converted parquet files: by subset and split, of one subset, or of one split."""
        return _parquet_call(self, repo_id, subset, split, options)


class SpacesResource(SyncFiles, spaces.SpacesResource):  # type: ignore[misc]  # pyright: ignore[reportIncompatibleMethodOverride]
    __slots__ = ()
    _repo_type = "space"

    def info(self, repo_id: str, revision: str | None = None, *, expand: Any = UNSET, blobs: bool | None = UNSET,
             full: bool | None = UNSET, **options: Unpack[RequestOptions]) -> SpaceInfo:
        """A Space's information, at ``revision`` when given."""
        if revision is None:
            return super().info(repo_id, expand=_expand(expand), blobs=blobs, full=full, **options)
        return self.info_at_revision(repo_id, revision=revision, expand=_expand(expand), blobs=blobs, full=full, **options)


class AsyncModelsResource(AsyncFiles, models.AsyncModelsResource):  # type: ignore[misc]  # pyright: ignore[reportIncompatibleMethodOverride]
    __slots__ = ()
    _repo_type = "model"

    async def info(self, repo_id: str, revision: str | None = None, *, expand: Any = UNSET, blobs: bool | None = UNSET,
             full: bool | None = UNSET, security_status: bool | None = UNSET, **options: Unpack[RequestOptions]) -> ModelInfo:
        """A model's information, at ``revision`` when given (async)."""
        if revision is None:
            return await super().info(repo_id, expand=_expand(expand), blobs=blobs, full=full,
                                      security_status=security_status, **options)
        return await self.info_at_revision(repo_id, revision=revision, expand=_expand(expand), blobs=blobs, full=full,
                                           security_status=security_status, **options)


class AsyncDatasetsResource(AsyncFiles, datasets.AsyncDatasetsResource):  # type: ignore[misc]  # pyright: ignore[reportIncompatibleMethodOverride]
    __slots__ = ()
    _repo_type = "dataset"

    async def info(self, repo_id: str, revision: str | None = None, *, expand: Any = UNSET, blobs: bool | None = UNSET,
             full: bool | None = UNSET, **options: Unpack[RequestOptions]) -> DatasetInfo:
        """A dataset's information, at ``revision`` when given (async)."""
        if revision is None:
            return await super().info(repo_id, expand=_expand(expand), blobs=blobs, full=full, **options)
        return await self.info_at_revision(repo_id, revision=revision, expand=_expand(expand), blobs=blobs, full=full, **options)

    async def parquet_files(self, repo_id: str, subset: str | None = None, split: str | None = None, **options: Unpack[RequestOptions]) -> Any:
        """URLs of the auto-converted parquet files (async)."""
        return await _parquet_call(self, repo_id, subset, split, options)


class AsyncSpacesResource(AsyncFiles, spaces.AsyncSpacesResource):  # type: ignore[misc]  # pyright: ignore[reportIncompatibleMethodOverride]
    __slots__ = ()
    _repo_type = "space"

    async def info(self, repo_id: str, revision: str | None = None, *, expand: Any = UNSET, blobs: bool | None = UNSET,
             full: bool | None = UNSET, **options: Unpack[RequestOptions]) -> SpaceInfo:
        """A Space's information, at ``revision`` when given (async)."""
        if revision is None:
            return await super().info(repo_id, expand=_expand(expand), blobs=blobs, full=full, **options)
        return await self.info_at_revision(repo_id, revision=revision, expand=_expand(expand), blobs=blobs, full=full, **options)


def _existing(conflict: ConflictError, name: Any, organization: Any) -> Any:
    """What ``create`` answers for a repository that exists: its URL and id, from the 409 when given."""
    from hfhub_api.models import RepoUrl

    repo_id = f"{organization}/{name}" if organization not in (None, UNSET) else str(name)
    body = json_object(conflict.response.json()) if conflict.response is not None and conflict.response.content else None
    url = body.get("url") if body is not None else None
    return RepoUrl.from_dict({"url": url or "", "name": repo_id, "id": repo_id})


class ReposResource(repos.ReposResource):
    __slots__ = ()

    def create(self, *, exist_ok: bool = False, **kwargs: Any) -> Any:
        """Create a repository; with ``exist_ok=True`` one that already exists is not an error."""
        try:
            return super().create(**kwargs)
        except ConflictError as conflict:
            if not exist_ok:
                raise
            return _existing(conflict, kwargs.get("name"), kwargs.get("organization"))


class AsyncReposResource(repos.AsyncReposResource):
    __slots__ = ()

    async def create(self, *, exist_ok: bool = False, **kwargs: Any) -> Any:
        """Create a repository; with ``exist_ok=True`` one that already exists is not an error."""
        try:
            return await super().create(**kwargs)
        except ConflictError as conflict:
            if not exist_ok:
                raise
            return _existing(conflict, kwargs.get("name"), kwargs.get("organization"))


RESOURCES: dict[str, dict[str, Callable[[Any], Any]]] = {
    "sync": {"models": ModelsResource, "datasets": DatasetsResource, "spaces": SpacesResource, "repos": ReposResource},
    "async": {"models": AsyncModelsResource, "datasets": AsyncDatasetsResource, "spaces": AsyncSpacesResource, "repos": AsyncReposResource},
}
