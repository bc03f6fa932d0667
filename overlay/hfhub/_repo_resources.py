"""Repository resources with the conveniences the spec cannot express as one operation.

``info(repo_id, revision=None, ...)`` picks ``/api/{kind}/{repo_id}`` or ``.../revision/{revision}``;
``datasets.parquet_files(repo_id, subset=None, split=None)`` picks the parquet listing level.
The file methods (``download``, ``snapshot``, ``upload_file``, ``list_tree``...) come from
:mod:`hfhub.files`; ``hub.repos`` from :mod:`hfhub._repos`.
Every method takes the request options of generated ones (``extra_headers``, ``timeout``...).
Everything else is the generated resource, unchanged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, overload

from hfhub_api._request import RequestOptions
from hfhub_api._types import UNSET
from hfhub_api.models import DatasetInfo, ModelInfo, SpaceInfo
from hfhub_api.resources import datasets, models, spaces

from ._repos import AsyncReposResource, ReposResource
from .files._resources import AsyncFiles, SyncFiles

if TYPE_CHECKING:
    from typing_extensions import Unpack  # typing.Unpack from Python 3.11

__all__ = ["RESOURCES"]


def _expand(expand: Any) -> Any:
    """``expand="inference"`` reads naturally; the Hub takes the repeated list form."""
    return [expand] if isinstance(expand, str) else expand


def _blobs(blobs: Any, files_metadata: Any) -> Any:
    """``files_metadata`` is huggingface_hub's name for ``blobs``: either one, never two different values."""
    if files_metadata is UNSET:
        return blobs
    if blobs is not UNSET and bool(blobs) != bool(files_metadata):
        raise ValueError(f"blobs={blobs!r} and files_metadata={files_metadata!r} disagree: files_metadata is another name for blobs, pass one")
    return True if files_metadata else blobs  # as huggingface_hub: files_metadata=False sends nothing


# The parquet listing at each level: {subset: {split: [url]}}, {split: [url]}, [url].
ParquetFiles = dict[str, dict[str, list[str]]] | dict[str, list[str]] | list[str]


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
             files_metadata: bool | None = UNSET, full: bool | None = UNSET, security_status: bool | None = UNSET, **options: Unpack[RequestOptions]) -> ModelInfo:
        """A model's information, at ``revision`` when given (``expand=["inferenceProviderMapping"]``...).

        ``blobs=True`` (or huggingface_hub's ``files_metadata=True``): each file's size, blob id and LFS details.
        """
        if revision is None:
            return super().info(repo_id, expand=_expand(expand), blobs=_blobs(blobs, files_metadata), full=full,
                                security_status=security_status, **options)
        return self.info_at_revision(repo_id, revision=revision, expand=_expand(expand), blobs=_blobs(blobs, files_metadata), full=full,
                                     security_status=security_status, **options)


class DatasetsResource(SyncFiles, datasets.DatasetsResource):  # type: ignore[misc]  # pyright: ignore[reportIncompatibleMethodOverride]
    __slots__ = ()
    _repo_type = "dataset"

    def info(self, repo_id: str, revision: str | None = None, *, expand: Any = UNSET, blobs: bool | None = UNSET,
             files_metadata: bool | None = UNSET, full: bool | None = UNSET, **options: Unpack[RequestOptions]) -> DatasetInfo:
        """A dataset's information, at ``revision`` when given."""
        if revision is None:
            return super().info(repo_id, expand=_expand(expand), blobs=_blobs(blobs, files_metadata), full=full, **options)
        return self.info_at_revision(repo_id, revision=revision, expand=_expand(expand), blobs=_blobs(blobs, files_metadata), full=full, **options)

    @overload
    def parquet_files(self, repo_id: str, subset: None = None, split: None = None,
                      **options: Unpack[RequestOptions]) -> dict[str, dict[str, list[str]]]: ...
    @overload
    def parquet_files(self, repo_id: str, subset: str, split: None = None, **options: Unpack[RequestOptions]) -> dict[str, list[str]]: ...
    @overload
    def parquet_files(self, repo_id: str, subset: str, split: str, **options: Unpack[RequestOptions]) -> list[str]: ...
    def parquet_files(self, repo_id: str, subset: str | None = None, split: str | None = None, **options: Unpack[RequestOptions]) -> ParquetFiles:
        """URLs of the auto-converted parquet files: by subset and split, of one subset, or of one split."""
        listing: ParquetFiles = _parquet_call(self, repo_id, subset, split, options)
        return listing


class SpacesResource(SyncFiles, spaces.SpacesResource):  # type: ignore[misc]  # pyright: ignore[reportIncompatibleMethodOverride]
    __slots__ = ()
    _repo_type = "space"

    def info(self, repo_id: str, revision: str | None = None, *, expand: Any = UNSET, blobs: bool | None = UNSET,
             files_metadata: bool | None = UNSET, full: bool | None = UNSET, **options: Unpack[RequestOptions]) -> SpaceInfo:
        """A Space's information, at ``revision`` when given."""
        if revision is None:
            return super().info(repo_id, expand=_expand(expand), blobs=_blobs(blobs, files_metadata), full=full, **options)
        return self.info_at_revision(repo_id, revision=revision, expand=_expand(expand), blobs=_blobs(blobs, files_metadata), full=full, **options)


class AsyncModelsResource(AsyncFiles, models.AsyncModelsResource):  # type: ignore[misc]  # pyright: ignore[reportIncompatibleMethodOverride]
    __slots__ = ()
    _repo_type = "model"

    async def info(self, repo_id: str, revision: str | None = None, *, expand: Any = UNSET, blobs: bool | None = UNSET,
             files_metadata: bool | None = UNSET, full: bool | None = UNSET, security_status: bool | None = UNSET, **options: Unpack[RequestOptions]) -> ModelInfo:
        """A model's information, at ``revision`` when given (async)."""
        if revision is None:
            return await super().info(repo_id, expand=_expand(expand), blobs=_blobs(blobs, files_metadata), full=full,
                                      security_status=security_status, **options)
        return await self.info_at_revision(repo_id, revision=revision, expand=_expand(expand), blobs=_blobs(blobs, files_metadata), full=full,
                                           security_status=security_status, **options)


class AsyncDatasetsResource(AsyncFiles, datasets.AsyncDatasetsResource):  # type: ignore[misc]  # pyright: ignore[reportIncompatibleMethodOverride]
    __slots__ = ()
    _repo_type = "dataset"

    async def info(self, repo_id: str, revision: str | None = None, *, expand: Any = UNSET, blobs: bool | None = UNSET,
             files_metadata: bool | None = UNSET, full: bool | None = UNSET, **options: Unpack[RequestOptions]) -> DatasetInfo:
        """A dataset's information, at ``revision`` when given (async)."""
        if revision is None:
            return await super().info(repo_id, expand=_expand(expand), blobs=_blobs(blobs, files_metadata), full=full, **options)
        return await self.info_at_revision(repo_id, revision=revision, expand=_expand(expand), blobs=_blobs(blobs, files_metadata), full=full, **options)

    @overload
    async def parquet_files(self, repo_id: str, subset: None = None, split: None = None,
                            **options: Unpack[RequestOptions]) -> dict[str, dict[str, list[str]]]: ...
    @overload
    async def parquet_files(self, repo_id: str, subset: str, split: None = None, **options: Unpack[RequestOptions]) -> dict[str, list[str]]: ...
    @overload
    async def parquet_files(self, repo_id: str, subset: str, split: str, **options: Unpack[RequestOptions]) -> list[str]: ...
    async def parquet_files(self, repo_id: str, subset: str | None = None, split: str | None = None, **options: Unpack[RequestOptions]) -> ParquetFiles:
        """URLs of the auto-converted parquet files (async)."""
        listing: ParquetFiles = await _parquet_call(self, repo_id, subset, split, options)
        return listing


class AsyncSpacesResource(AsyncFiles, spaces.AsyncSpacesResource):  # type: ignore[misc]  # pyright: ignore[reportIncompatibleMethodOverride]
    __slots__ = ()
    _repo_type = "space"

    async def info(self, repo_id: str, revision: str | None = None, *, expand: Any = UNSET, blobs: bool | None = UNSET,
             files_metadata: bool | None = UNSET, full: bool | None = UNSET, **options: Unpack[RequestOptions]) -> SpaceInfo:
        """A Space's information, at ``revision`` when given (async)."""
        if revision is None:
            return await super().info(repo_id, expand=_expand(expand), blobs=_blobs(blobs, files_metadata), full=full, **options)
        return await self.info_at_revision(repo_id, revision=revision, expand=_expand(expand), blobs=_blobs(blobs, files_metadata), full=full, **options)


RESOURCES: dict[str, dict[str, Callable[[Any], Any]]] = {
    "sync": {"models": ModelsResource, "datasets": DatasetsResource, "spaces": SpacesResource, "repos": ReposResource},
    "async": {"models": AsyncModelsResource, "datasets": AsyncDatasetsResource, "spaces": AsyncSpacesResource, "repos": AsyncReposResource},
}


if TYPE_CHECKING:
    from hfhub_api._client import AsyncRawResources as _AsyncRawResources
    from hfhub_api._client import RawResources as _RawResources
    from typing import AsyncIterator, Concatenate, Coroutine, Iterator, ParamSpec, TypeVar

    from hfhub_api._raw_response import RawResponse, async_raw, raw

    P = ParamSpec("P")
    T = TypeVar("T")

    def raw_listing(method: Callable[Concatenate[Any, P], Iterator[T]]) -> Callable[Concatenate[Any, P], RawResponse[list[T]]]: ...
    def async_raw_listing(
        method: Callable[Concatenate[Any, P], AsyncIterator[T]],
    ) -> Callable[Concatenate[Any, P], Coroutine[Any, Any, RawResponse[list[T]]]]: ...

    # ``hub.with_raw_response``: the overlay's methods of these resources answering a RawResponse, for checkers.
    # Of the file methods only those sending one request are there (a listing: its first page); the
    # others (download, upload_file...) are absent, and refused at run time.
    class RawFiles:
        list_tree = raw_listing(SyncFiles.list_tree)
        exists = raw(SyncFiles.exists)
        file_exists = raw(SyncFiles.file_exists)

    class AsyncRawFiles:
        list_tree = async_raw_listing(AsyncFiles.list_tree)
        exists = async_raw(AsyncFiles.exists)
        file_exists = async_raw(AsyncFiles.file_exists)

    class RawModels(RawFiles, models.ModelsResourceWithRawResponse):  # type: ignore[misc]  # pyright: ignore[reportIncompatibleVariableOverride]
        info = raw(ModelsResource.info)

    class RawDatasets(RawFiles, datasets.DatasetsResourceWithRawResponse):  # type: ignore[misc]  # pyright: ignore[reportIncompatibleVariableOverride]
        info = raw(DatasetsResource.info)
        parquet_files = raw(DatasetsResource.parquet_files)

    class RawSpaces(RawFiles, spaces.SpacesResourceWithRawResponse):  # type: ignore[misc]  # pyright: ignore[reportIncompatibleVariableOverride]
        info = raw(SpacesResource.info)

    class RawRepos:
        create = raw(ReposResource.create)
        delete = raw(ReposResource.delete)
        duplicate = raw(ReposResource.duplicate)
        list_trending = raw(ReposResource.list_trending)
        move = raw(ReposResource.move)

    class RawResources(_RawResources):
        @property
        def models(self) -> RawModels: ...
        @property
        def datasets(self) -> RawDatasets: ...
        @property
        def spaces(self) -> RawSpaces: ...
        @property
        def repos(self) -> RawRepos: ...  # type: ignore[override]  # pyright: ignore[reportIncompatibleMethodOverride]

    class AsyncRawModels(AsyncRawFiles, models.AsyncModelsResourceWithRawResponse):  # type: ignore[misc]  # pyright: ignore[reportIncompatibleVariableOverride]
        info = async_raw(AsyncModelsResource.info)

    class AsyncRawDatasets(AsyncRawFiles, datasets.AsyncDatasetsResourceWithRawResponse):  # type: ignore[misc]  # pyright: ignore[reportIncompatibleVariableOverride]
        info = async_raw(AsyncDatasetsResource.info)
        parquet_files = async_raw(AsyncDatasetsResource.parquet_files)

    class AsyncRawSpaces(AsyncRawFiles, spaces.AsyncSpacesResourceWithRawResponse):  # type: ignore[misc]  # pyright: ignore[reportIncompatibleVariableOverride]
        info = async_raw(AsyncSpacesResource.info)

    class AsyncRawRepos:
        create = async_raw(AsyncReposResource.create)
        delete = async_raw(AsyncReposResource.delete)
        duplicate = async_raw(AsyncReposResource.duplicate)
        list_trending = async_raw(AsyncReposResource.list_trending)
        move = async_raw(AsyncReposResource.move)

    class AsyncRawResources(_AsyncRawResources):
        @property
        def models(self) -> AsyncRawModels: ...
        @property
        def datasets(self) -> AsyncRawDatasets: ...
        @property
        def spaces(self) -> AsyncRawSpaces: ...
        @property
        def repos(self) -> AsyncRawRepos: ...  # type: ignore[override]  # pyright: ignore[reportIncompatibleMethodOverride]
