"""The file methods of ``hub.models``, ``hub.datasets`` and ``hub.spaces``: one plan each, run sync or async."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, AsyncIterator, BinaryIO, Iterable, Iterator, Sequence
from urllib.parse import quote

from hfhub_api._request import repo_segments

from ._commit import commit_plan, upload_folder_plan
from ._download import download_plan
from ._names import repo_path, revision_name
from ._listing import RepoFile, RepoFolder, exists_plan, file_exists_plan, tree_request
from ._operations import CommitOperation, CommitOperationAdd, CommitOperationDelete, CommitResult
from ._progress import ProgressCallback
from ._snapshot import snapshot_plan
from hfhub_api._steps import Steps, run_async, run_sync
from ._transfer import url_prefix

__all__ = ["SyncFiles", "AsyncFiles"]

PathLike = str | os.PathLike[str]


class _Plans:
    """Builds the plan of each file method; the sync and async mixins only run them."""

    __slots__ = ()
    _client: Any
    _repo_type: str = "model"

    def _download(self, repo_id: str, filename: str, revision: str | None, cache_dir: PathLike | None, local_dir: PathLike | None,
                  force_download: bool, local_files_only: bool, progress: ProgressCallback | None, subfolder: str | None) -> Steps[Path]:
        if subfolder:  # huggingface_hub's way of naming a file in a folder ("" is none)
            filename = f"{repo_path(subfolder, 'the subfolder argument')}/{filename}"
        return download_plan(
            self._client, self._repo_type, repo_segments(repo_id), filename, revision=revision, cache_dir=cache_dir,
            local_dir=local_dir, force_download=force_download, local_files_only=local_files_only, progress=progress,
        )

    def _snapshot(self, repo_id: str, revision: str | None, allow_patterns: Any, ignore_patterns: Any, cache_dir: PathLike | None,
                  local_dir: PathLike | None, max_workers: int, local_files_only: bool, progress: ProgressCallback | None) -> Steps[Path]:
        return snapshot_plan(
            self._client, self._repo_type, repo_segments(repo_id), revision=revision, allow_patterns=allow_patterns,
            ignore_patterns=ignore_patterns, cache_dir=cache_dir, local_dir=local_dir, max_workers=max_workers,
            local_files_only=local_files_only, progress=progress,
        )

    def _commit(self, repo_id: str, operations: Sequence[CommitOperation], commit_message: str | None, commit_description: str | None,
                revision: str | None, create_pr: bool, parent_commit: str | None, max_workers: int) -> Steps[CommitResult]:
        return commit_plan(
            self._client, self._repo_type, repo_segments(repo_id), operations,
            commit_message=commit_message if commit_message is not None else _default_message(operations),
            commit_description=commit_description, revision=revision, create_pr=create_pr,
            parent_commit=parent_commit, workers=max_workers,
        )

    def _upload_folder(self, repo_id: str, folder_path: PathLike, path_in_repo: str, allow_patterns: Any, ignore_patterns: Any,
                       delete_patterns: Any, commit_message: str | None, revision: str | None, create_pr: bool, max_workers: int) -> Steps[CommitResult]:
        return upload_folder_plan(
            self._client, self._repo_type, repo_segments(repo_id), folder_path, path_in_repo=path_in_repo,
            allow_patterns=allow_patterns, ignore_patterns=ignore_patterns, delete_patterns=delete_patterns,
            commit_message=commit_message, revision=revision, create_pr=create_pr, workers=max_workers,
        )

    def file_url(self, repo_id: str, filename: str, revision: str | None = None) -> str:
        """The URL that serves ``filename`` at ``revision`` (``.../resolve/{revision}/{filename}``)."""
        return (
            f"{self._client.base_url}/{url_prefix(self._repo_type)}{repo_segments(repo_id)}"
            f"/resolve/{quote(revision_name(revision), safe='')}/{quote(repo_path(filename))}"
        )


def _default_message(operations: Sequence[CommitOperation]) -> str:
    adds = [op for op in operations if isinstance(op, CommitOperationAdd)] if isinstance(operations, (list, tuple)) else []
    deletes = [op for op in operations if isinstance(op, CommitOperationDelete)] if isinstance(operations, (list, tuple)) else []
    if len(adds) == 1 and len(operations) == 1:
        return f"Upload {adds[0].path_in_repo} with hfhub"
    if len(deletes) == 1 and len(operations) == 1:
        return f"Delete {deletes[0].path_in_repo} with hfhub"
    return "Commit with hfhub"


class SyncFiles(_Plans):
    """Downloads, uploads and listings of one repository type, with the sync client."""

    __slots__ = ()

    def download(self, repo_id: str, filename: str, *, revision: str | None = None, cache_dir: PathLike | None = None,
                 local_dir: PathLike | None = None, force_download: bool = False, local_files_only: bool = False,
                 progress: ProgressCallback | None = None, subfolder: str | None = None) -> Path:
        """The local path of ``filename``: from the shared Hugging Face cache, downloaded into it when missing.

        ``subfolder``: the folder of ``filename`` in the repository, as huggingface_hub names it.
        ``local_dir``: a plain folder instead of the cache. ``local_files_only`` (or ``HF_HUB_OFFLINE``):
        no request at all. ``progress(bytes_done, bytes_total)`` is called as the body arrives.
        """
        return run_sync(self._client, self._download(repo_id, filename, revision, cache_dir, local_dir, force_download, local_files_only, progress, subfolder))

    def snapshot(self, repo_id: str, *, revision: str | None = None, allow_patterns: str | Iterable[str] | None = None,
                 ignore_patterns: str | Iterable[str] | None = None, cache_dir: PathLike | None = None,
                 local_dir: PathLike | None = None, max_workers: int = 8, local_files_only: bool = False,
                 progress: ProgressCallback | None = None) -> Path:
        """The folder of the repository at ``revision``, with every (matching) file present.

        One revision lookup and one tree listing, then only the missing files, ``max_workers`` at a
        time; ``progress(bytes_done, bytes_total)`` counts the bytes of all of them together.
        """
        return run_sync(self._client, self._snapshot(repo_id, revision, allow_patterns, ignore_patterns, cache_dir, local_dir, max_workers, local_files_only, progress))

    def create_commit(self, repo_id: str, operations: Sequence[CommitOperation], *, commit_message: str | None = None,
                      commit_description: str | None = None, revision: str | None = None, create_pr: bool = False,
                      parent_commit: str | None = None, max_workers: int = 8) -> CommitResult:
        """One commit of add / delete / copy operations."""
        return run_sync(self._client, self._commit(repo_id, operations, commit_message, commit_description, revision, create_pr, parent_commit, max_workers))

    def upload_file(self, repo_id: str, path_or_fileobj: PathLike | bytes | BinaryIO, path_in_repo: str, *,
                    revision: str | None = None, commit_message: str | None = None, create_pr: bool = False) -> CommitResult:
        """Commit one file (a path, bytes or a binary file object) as ``path_in_repo``."""
        op = CommitOperationAdd(path_in_repo, path_or_fileobj)
        return self.create_commit(repo_id, [op], commit_message=commit_message, revision=revision, create_pr=create_pr)

    def upload_folder(self, repo_id: str, folder_path: PathLike, *, path_in_repo: str = "", allow_patterns: str | Iterable[str] | None = None,
                      ignore_patterns: str | Iterable[str] | None = None, delete_patterns: str | Iterable[str] | None = None,
                      commit_message: str | None = None, revision: str | None = None, create_pr: bool = False,
                      max_workers: int = 8) -> CommitResult:
        """Commit a folder's files (in batches for large folders); ``delete_patterns`` removes remote files not uploaded."""
        return run_sync(self._client, self._upload_folder(repo_id, folder_path, path_in_repo, allow_patterns, ignore_patterns, delete_patterns, commit_message, revision, create_pr, max_workers))

    def delete_file(self, repo_id: str, path_in_repo: str, *, revision: str | None = None, commit_message: str | None = None,
                    create_pr: bool = False) -> CommitResult:
        """Commit the deletion of one file."""
        op = CommitOperationDelete(path_in_repo)
        return self.create_commit(repo_id, [op], commit_message=commit_message, revision=revision, create_pr=create_pr)

    def list_tree(self, repo_id: str, path: str = "", *, revision: str | None = None, recursive: bool = False,
                  expand: bool = False) -> Iterator[RepoFile | RepoFolder]:
        """Files and folders under ``path`` (the root by default), page after page as you iterate."""
        # The shared paginator: one page in memory, loops and foreign origins handled like every listing.
        return iter(self._client._paginate(tree_request(self._repo_type, repo_id, path, revision, recursive, expand)))

    def list_files(self, repo_id: str, revision: str | None = None) -> list[str]:
        """Every file path of the repository at ``revision``."""
        return [e.path for e in self.list_tree(repo_id, revision=revision, recursive=True) if isinstance(e, RepoFile)]

    def exists(self, repo_id: str) -> bool:
        """Whether the repository exists and this client may see it."""
        return run_sync(self._client, exists_plan(self._repo_type, repo_segments(repo_id)))

    def file_exists(self, repo_id: str, filename: str, revision: str | None = None) -> bool:
        """Whether ``filename`` exists at ``revision`` (one ``HEAD`` request)."""
        return run_sync(self._client, file_exists_plan(self._client, self._repo_type, repo_id, filename, revision))


class AsyncFiles(_Plans):
    """Downloads, uploads and listings of one repository type, with the async client."""

    __slots__ = ()

    async def download(self, repo_id: str, filename: str, *, revision: str | None = None, cache_dir: PathLike | None = None,
                       local_dir: PathLike | None = None, force_download: bool = False, local_files_only: bool = False,
                       progress: ProgressCallback | None = None, subfolder: str | None = None) -> Path:
        """The local path of ``filename`` (see the sync client's ``download``)."""
        return await run_async(self._client, self._download(repo_id, filename, revision, cache_dir, local_dir, force_download, local_files_only, progress, subfolder))

    async def snapshot(self, repo_id: str, *, revision: str | None = None, allow_patterns: str | Iterable[str] | None = None,
                       ignore_patterns: str | Iterable[str] | None = None, cache_dir: PathLike | None = None,
                       local_dir: PathLike | None = None, max_workers: int = 8, local_files_only: bool = False,
                       progress: ProgressCallback | None = None) -> Path:
        """The folder of the repository at ``revision``, files fetched concurrently on the event loop."""
        return await run_async(self._client, self._snapshot(repo_id, revision, allow_patterns, ignore_patterns, cache_dir, local_dir, max_workers, local_files_only, progress))

    async def create_commit(self, repo_id: str, operations: Sequence[CommitOperation], *, commit_message: str | None = None,
                            commit_description: str | None = None, revision: str | None = None, create_pr: bool = False,
                            parent_commit: str | None = None, max_workers: int = 8) -> CommitResult:
        """One commit of add / delete / copy operations."""
        return await run_async(self._client, self._commit(repo_id, operations, commit_message, commit_description, revision, create_pr, parent_commit, max_workers))

    async def upload_file(self, repo_id: str, path_or_fileobj: PathLike | bytes | BinaryIO, path_in_repo: str, *,
                          revision: str | None = None, commit_message: str | None = None, create_pr: bool = False) -> CommitResult:
        """Commit one file as ``path_in_repo``."""
        op = CommitOperationAdd(path_in_repo, path_or_fileobj)
        return await self.create_commit(repo_id, [op], commit_message=commit_message, revision=revision, create_pr=create_pr)

    async def upload_folder(self, repo_id: str, folder_path: PathLike, *, path_in_repo: str = "", allow_patterns: str | Iterable[str] | None = None,
                            ignore_patterns: str | Iterable[str] | None = None, delete_patterns: str | Iterable[str] | None = None,
                            commit_message: str | None = None, revision: str | None = None, create_pr: bool = False,
                            max_workers: int = 8) -> CommitResult:
        """Commit a folder's files, in batches for large folders."""
        return await run_async(self._client, self._upload_folder(repo_id, folder_path, path_in_repo, allow_patterns, ignore_patterns, delete_patterns, commit_message, revision, create_pr, max_workers))

    async def delete_file(self, repo_id: str, path_in_repo: str, *, revision: str | None = None, commit_message: str | None = None,
                          create_pr: bool = False) -> CommitResult:
        """Commit the deletion of one file."""
        op = CommitOperationDelete(path_in_repo)
        return await self.create_commit(repo_id, [op], commit_message=commit_message, revision=revision, create_pr=create_pr)

    def list_tree(self, repo_id: str, path: str = "", *, revision: str | None = None, recursive: bool = False,
                  expand: bool = False) -> AsyncIterator[RepoFile | RepoFolder]:
        """Files and folders under ``path`` (the root by default): ``async for`` over every page."""
        return aiter(self._client._paginate(tree_request(self._repo_type, repo_id, path, revision, recursive, expand)))

    async def list_files(self, repo_id: str, revision: str | None = None) -> list[str]:
        """Every file path of the repository at ``revision``."""
        return [e.path async for e in self.list_tree(repo_id, revision=revision, recursive=True) if isinstance(e, RepoFile)]

    async def exists(self, repo_id: str) -> bool:
        """Whether the repository exists and this client may see it."""
        return await run_async(self._client, exists_plan(self._repo_type, repo_segments(repo_id)))

    async def file_exists(self, repo_id: str, filename: str, revision: str | None = None) -> bool:
        """Whether ``filename`` exists at ``revision`` (one ``HEAD`` request)."""
        return await run_async(self._client, file_exists_plan(self._client, self._repo_type, repo_id, filename, revision))
