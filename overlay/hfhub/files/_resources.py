"""The file methods of ``hub.models``, ``hub.datasets`` and ``hub.spaces``: one plan each, run sync or async."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, AsyncIterator, BinaryIO, Iterable, Iterator, Mapping, Sequence
from urllib.parse import quote

from hfhub_api._raw_response import RawResponse
from hfhub_api._request import Timeout, repo_segments, with_options
from hfhub_api._types import UNSET

from ._call import for_call, is_raw, timeout_of
from ._commit import commit_plan, upload_folder_plan
from ._download import download_plan
from ._names import repo_path, revision_name
from ._listing import Answer, RepoFile, RepoFolder, exists_plan, file_exists_plan, tree_request
from ._operations import CommitOperation, CommitOperationAdd, CommitOperationDelete, CommitResult
from ._progress import ProgressCallback
from ._snapshot import snapshot_plan
from hfhub_api._steps import Steps, run_async, run_sync
from ._transfer import url_prefix

__all__ = ["SyncFiles", "AsyncFiles"]

PathLike = str | os.PathLike[str]
# The file methods with_raw_response answers: each sends one request (a listing: its first page).
_RAW = frozenset({"list_tree", "exists", "file_exists"})
_RESOURCE = {"model": "models", "dataset": "datasets", "space": "spaces"}


class _Plans:
    """Builds the plan of each file method; the sync and async mixins only run them."""

    __slots__ = ()
    _client: Any
    _repo_type: str = "model"

    def _for(self, method: str, extra_headers: Mapping[str, str] | None, timeout: Timeout) -> Any:
        """The client of one call of ``method`` with its options; refused through ``with_raw_response``
        when the method has no single HTTP response to give."""
        if is_raw(self._client) and method not in _RAW:
            resource = _RESOURCE[self._repo_type]
            commit = f"; the commit request alone is with_raw_response.{resource}.commit(...)" if "commit" in method or "_file" in method else ""
            raise TypeError(
                f"with_raw_response.{resource}.{method} does not exist: {method} sends several requests or none, so no one "
                f"HTTP response stands for it; call hub.{resource}.{method}(...){commit}"
            )
        return for_call(self._client, extra_headers, timeout)

    def _answer(self, answer: Answer) -> Any:
        """``exists``/``file_exists``: the bool, or through ``with_raw_response`` the response that decided it."""
        found, response = answer
        return RawResponse(response, lambda: found) if is_raw(self._client) and response is not None else found

    def _tree(self, method: str, repo_id: str, path: str, revision: str | None, recursive: bool, expand: bool,
              extra_headers: Mapping[str, str] | None, timeout: Timeout) -> Any:
        """The shared paginator over the tree (through ``with_raw_response``: its first page)."""
        self._for(method, extra_headers, timeout)
        request = with_options(tree_request(self._repo_type, repo_id, path, revision, recursive, expand), extra_headers, timeout=timeout)
        return self._client._paginate(request)

    def _download(self, client: Any, repo_id: str, filename: str, revision: str | None, cache_dir: PathLike | None, local_dir: PathLike | None,
                  force_download: bool, local_files_only: bool, progress: ProgressCallback | None, subfolder: str | None,
                  etag_timeout: Timeout) -> Steps[Path]:
        if subfolder:  # huggingface_hub's way of naming a file in a folder ("" is none)
            filename = f"{repo_path(subfolder, 'the subfolder argument')}/{filename}"
        return download_plan(
            client, self._repo_type, repo_segments(repo_id), filename, revision=revision, cache_dir=cache_dir,
            local_dir=local_dir, force_download=force_download, local_files_only=local_files_only, progress=progress,
            etag_timeout=timeout_of(etag_timeout),
        )

    def _snapshot(self, client: Any, repo_id: str, revision: str | None, allow_patterns: Any, ignore_patterns: Any,
                  cache_dir: PathLike | None, local_dir: PathLike | None, max_workers: int, local_files_only: bool,
                  progress: ProgressCallback | None, etag_timeout: Timeout) -> Steps[Path]:
        return snapshot_plan(
            client, self._repo_type, repo_segments(repo_id), revision=revision, allow_patterns=allow_patterns,
            ignore_patterns=ignore_patterns, cache_dir=cache_dir, local_dir=local_dir, max_workers=max_workers,
            local_files_only=local_files_only, progress=progress, etag_timeout=timeout_of(etag_timeout),
        )

    def _commit(self, client: Any, repo_id: str, operations: Sequence[CommitOperation], commit_message: str | None, commit_description: str | None,
                revision: str | None, create_pr: bool, parent_commit: str | None, max_workers: int) -> Steps[CommitResult]:
        return commit_plan(
            client, self._repo_type, repo_segments(repo_id), operations,
            commit_message=commit_message if commit_message is not None else _default_message(operations),
            commit_description=commit_description, revision=revision, create_pr=create_pr,
            parent_commit=parent_commit, workers=max_workers,
        )

    def _upload_folder(self, client: Any, repo_id: str, folder_path: PathLike, path_in_repo: str, allow_patterns: Any, ignore_patterns: Any,
                       delete_patterns: Any, commit_message: str | None, revision: str | None, create_pr: bool, max_workers: int) -> Steps[CommitResult]:
        return upload_folder_plan(
            client, self._repo_type, repo_segments(repo_id), folder_path, path_in_repo=path_in_repo,
            allow_patterns=allow_patterns, ignore_patterns=ignore_patterns, delete_patterns=delete_patterns,
            commit_message=commit_message, revision=revision, create_pr=create_pr, workers=max_workers,
        )

    def file_url(self, repo_id: str, filename: str, revision: str | None = None) -> str:
        """The URL that serves ``filename`` at ``revision`` (``.../resolve/{revision}/{filename}``)."""
        self._for("file_url", None, UNSET)
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
    """Downloads, uploads and listings of one repository type, with the sync client.

    Every method takes the request options of every call: ``timeout`` (seconds, an ``httpx2.Timeout``
    or ``None``) in place of the client's for each request of this call, and ``extra_headers`` sent
    with the client's own headers to the Hub (never to a CDN or storage URL).
    """

    __slots__ = ()

    def download(self, repo_id: str, filename: str, *, revision: str | None = None, cache_dir: PathLike | None = None,
                 local_dir: PathLike | None = None, force_download: bool = False, local_files_only: bool = False,
                 progress: ProgressCallback | None = None, subfolder: str | None = None, etag_timeout: Timeout = UNSET,
                 extra_headers: Mapping[str, str] | None = None, timeout: Timeout = UNSET) -> Path:
        """The local path of ``filename``: from the shared Hugging Face cache, downloaded into it when missing.

        ``subfolder``: the folder of ``filename`` in the repository, as huggingface_hub names it.
        ``local_dir``: a plain folder instead of the cache. ``local_files_only`` (or ``HF_HUB_OFFLINE``):
        no request at all. ``progress(bytes_done, bytes_total)`` is called as the body arrives.
        ``etag_timeout``: the deadline of the metadata ``HEAD`` alone (huggingface_hub's name);
        without it the ``HEAD`` shares the call's ``timeout`` with the body.
        """
        client = self._for("download", extra_headers, timeout)
        return run_sync(client, self._download(client, repo_id, filename, revision, cache_dir, local_dir, force_download,
                                               local_files_only, progress, subfolder, etag_timeout))

    def snapshot(self, repo_id: str, *, revision: str | None = None, allow_patterns: str | Iterable[str] | None = None,
                 ignore_patterns: str | Iterable[str] | None = None, cache_dir: PathLike | None = None,
                 local_dir: PathLike | None = None, max_workers: int = 8, local_files_only: bool = False,
                 progress: ProgressCallback | None = None, etag_timeout: Timeout = UNSET,
                 extra_headers: Mapping[str, str] | None = None, timeout: Timeout = UNSET) -> Path:
        """The folder of the repository at ``revision``, with every (matching) file present.

        One revision lookup and one tree listing, then only the missing files, ``max_workers`` at a
        time; ``progress(bytes_done, bytes_total)`` counts the bytes of all of them together.
        ``etag_timeout`` bounds the revision lookup and the listing (they stand for huggingface_hub's
        ``HEAD`` per file).
        """
        client = self._for("snapshot", extra_headers, timeout)
        return run_sync(client, self._snapshot(client, repo_id, revision, allow_patterns, ignore_patterns, cache_dir, local_dir,
                                               max_workers, local_files_only, progress, etag_timeout))

    def create_commit(self, repo_id: str, operations: Sequence[CommitOperation], *, commit_message: str | None = None,
                      commit_description: str | None = None, revision: str | None = None, create_pr: bool = False,
                      parent_commit: str | None = None, max_workers: int = 8,
                      extra_headers: Mapping[str, str] | None = None, timeout: Timeout = UNSET) -> CommitResult:
        """One commit of add / delete / copy operations."""
        client = self._for("create_commit", extra_headers, timeout)
        return run_sync(client, self._commit(client, repo_id, operations, commit_message, commit_description, revision, create_pr,
                                             parent_commit, max_workers))

    def upload_file(self, repo_id: str, path_or_fileobj: PathLike | bytes | BinaryIO, path_in_repo: str, *,
                    revision: str | None = None, commit_message: str | None = None, create_pr: bool = False,
                    extra_headers: Mapping[str, str] | None = None, timeout: Timeout = UNSET) -> CommitResult:
        """Commit one file (a path, bytes or a binary file object) as ``path_in_repo``.

        A large file is sent from its source as it is read, never held whole in memory (see
        :class:`~hfhub.files.CommitOperationAdd` for file objects that cannot seek).
        """
        client = self._for("upload_file", extra_headers, timeout)
        operations = [CommitOperationAdd(path_in_repo, path_or_fileobj)]
        return run_sync(client, self._commit(client, repo_id, operations, commit_message, None, revision, create_pr, None, 8))

    def upload_folder(self, repo_id: str, folder_path: PathLike, *, path_in_repo: str = "", allow_patterns: str | Iterable[str] | None = None,
                      ignore_patterns: str | Iterable[str] | None = None, delete_patterns: str | Iterable[str] | None = None,
                      commit_message: str | None = None, revision: str | None = None, create_pr: bool = False,
                      max_workers: int = 8, extra_headers: Mapping[str, str] | None = None, timeout: Timeout = UNSET) -> CommitResult:
        """Commit a folder's files (in batches for large folders); ``delete_patterns`` removes remote files not uploaded."""
        client = self._for("upload_folder", extra_headers, timeout)
        return run_sync(client, self._upload_folder(client, repo_id, folder_path, path_in_repo, allow_patterns, ignore_patterns,
                                                    delete_patterns, commit_message, revision, create_pr, max_workers))

    def delete_file(self, repo_id: str, path_in_repo: str, *, revision: str | None = None, commit_message: str | None = None,
                    create_pr: bool = False, extra_headers: Mapping[str, str] | None = None, timeout: Timeout = UNSET) -> CommitResult:
        """Commit the deletion of one file."""
        client = self._for("delete_file", extra_headers, timeout)
        operations = [CommitOperationDelete(path_in_repo)]
        return run_sync(client, self._commit(client, repo_id, operations, commit_message, None, revision, create_pr, None, 8))

    def list_tree(self, repo_id: str, path: str = "", *, revision: str | None = None, recursive: bool = False,
                  expand: bool = False, extra_headers: Mapping[str, str] | None = None,
                  timeout: Timeout = UNSET) -> Iterator[RepoFile | RepoFolder]:
        """Files and folders under ``path`` (the root by default), page after page as you iterate.

        ``extra_headers`` and ``timeout`` reach every page. Through ``with_raw_response``: the first
        page's response, ``parse()`` giving its entries, as every listing.
        """
        listing = self._tree("list_tree", repo_id, path, revision, recursive, expand, extra_headers, timeout)
        return listing if is_raw(self._client) else iter(listing)

    def list_files(self, repo_id: str, revision: str | None = None, *, extra_headers: Mapping[str, str] | None = None,
                   timeout: Timeout = UNSET) -> list[str]:
        """Every file path of the repository at ``revision``."""
        listing = self._tree("list_files", repo_id, "", revision, True, False, extra_headers, timeout)
        return [e.path for e in listing if isinstance(e, RepoFile)]

    def exists(self, repo_id: str, *, extra_headers: Mapping[str, str] | None = None, timeout: Timeout = UNSET) -> bool:
        """Whether the repository exists and this client may see it."""
        client = self._for("exists", extra_headers, timeout)
        answer: bool = self._answer(run_sync(client, exists_plan(self._repo_type, repo_segments(repo_id))))
        return answer

    def file_exists(self, repo_id: str, filename: str, revision: str | None = None, *,
                    extra_headers: Mapping[str, str] | None = None, timeout: Timeout = UNSET) -> bool:
        """Whether ``filename`` exists at ``revision`` (one ``HEAD`` request)."""
        client = self._for("file_exists", extra_headers, timeout)
        answer: bool = self._answer(run_sync(client, file_exists_plan(client, self._repo_type, repo_id, filename, revision)))
        return answer


class AsyncFiles(_Plans):
    """Downloads, uploads and listings of one repository type, with the async client (options as the sync client's)."""

    __slots__ = ()

    async def download(self, repo_id: str, filename: str, *, revision: str | None = None, cache_dir: PathLike | None = None,
                       local_dir: PathLike | None = None, force_download: bool = False, local_files_only: bool = False,
                       progress: ProgressCallback | None = None, subfolder: str | None = None, etag_timeout: Timeout = UNSET,
                       extra_headers: Mapping[str, str] | None = None, timeout: Timeout = UNSET) -> Path:
        """The local path of ``filename`` (see the sync client's ``download``)."""
        client = self._for("download", extra_headers, timeout)
        return await run_async(client, self._download(client, repo_id, filename, revision, cache_dir, local_dir, force_download,
                                                      local_files_only, progress, subfolder, etag_timeout))

    async def snapshot(self, repo_id: str, *, revision: str | None = None, allow_patterns: str | Iterable[str] | None = None,
                       ignore_patterns: str | Iterable[str] | None = None, cache_dir: PathLike | None = None,
                       local_dir: PathLike | None = None, max_workers: int = 8, local_files_only: bool = False,
                       progress: ProgressCallback | None = None, etag_timeout: Timeout = UNSET,
                       extra_headers: Mapping[str, str] | None = None, timeout: Timeout = UNSET) -> Path:
        """The folder of the repository at ``revision``, files fetched concurrently on the event loop."""
        client = self._for("snapshot", extra_headers, timeout)
        return await run_async(client, self._snapshot(client, repo_id, revision, allow_patterns, ignore_patterns, cache_dir, local_dir,
                                                      max_workers, local_files_only, progress, etag_timeout))

    async def create_commit(self, repo_id: str, operations: Sequence[CommitOperation], *, commit_message: str | None = None,
                            commit_description: str | None = None, revision: str | None = None, create_pr: bool = False,
                            parent_commit: str | None = None, max_workers: int = 8,
                            extra_headers: Mapping[str, str] | None = None, timeout: Timeout = UNSET) -> CommitResult:
        """One commit of add / delete / copy operations."""
        client = self._for("create_commit", extra_headers, timeout)
        return await run_async(client, self._commit(client, repo_id, operations, commit_message, commit_description, revision,
                                                    create_pr, parent_commit, max_workers))

    async def upload_file(self, repo_id: str, path_or_fileobj: PathLike | bytes | BinaryIO, path_in_repo: str, *,
                          revision: str | None = None, commit_message: str | None = None, create_pr: bool = False,
                          extra_headers: Mapping[str, str] | None = None, timeout: Timeout = UNSET) -> CommitResult:
        """Commit one file as ``path_in_repo`` (see the sync client's ``upload_file``)."""
        client = self._for("upload_file", extra_headers, timeout)
        operations = [CommitOperationAdd(path_in_repo, path_or_fileobj)]
        return await run_async(client, self._commit(client, repo_id, operations, commit_message, None, revision, create_pr, None, 8))

    async def upload_folder(self, repo_id: str, folder_path: PathLike, *, path_in_repo: str = "", allow_patterns: str | Iterable[str] | None = None,
                            ignore_patterns: str | Iterable[str] | None = None, delete_patterns: str | Iterable[str] | None = None,
                            commit_message: str | None = None, revision: str | None = None, create_pr: bool = False,
                            max_workers: int = 8, extra_headers: Mapping[str, str] | None = None, timeout: Timeout = UNSET) -> CommitResult:
        """Commit a folder's files, in batches for large folders."""
        client = self._for("upload_folder", extra_headers, timeout)
        return await run_async(client, self._upload_folder(client, repo_id, folder_path, path_in_repo, allow_patterns, ignore_patterns,
                                                           delete_patterns, commit_message, revision, create_pr, max_workers))

    async def delete_file(self, repo_id: str, path_in_repo: str, *, revision: str | None = None, commit_message: str | None = None,
                          create_pr: bool = False, extra_headers: Mapping[str, str] | None = None, timeout: Timeout = UNSET) -> CommitResult:
        """Commit the deletion of one file."""
        client = self._for("delete_file", extra_headers, timeout)
        operations = [CommitOperationDelete(path_in_repo)]
        return await run_async(client, self._commit(client, repo_id, operations, commit_message, None, revision, create_pr, None, 8))

    def list_tree(self, repo_id: str, path: str = "", *, revision: str | None = None, recursive: bool = False,
                  expand: bool = False, extra_headers: Mapping[str, str] | None = None,
                  timeout: Timeout = UNSET) -> AsyncIterator[RepoFile | RepoFolder]:
        """Files and folders under ``path`` (the root by default): ``async for`` over every page.

        Through ``with_raw_response``: awaited, the first page's response.
        """
        listing = self._tree("list_tree", repo_id, path, revision, recursive, expand, extra_headers, timeout)
        return listing if is_raw(self._client) else aiter(listing)

    async def list_files(self, repo_id: str, revision: str | None = None, *, extra_headers: Mapping[str, str] | None = None,
                         timeout: Timeout = UNSET) -> list[str]:
        """Every file path of the repository at ``revision``."""
        listing = self._tree("list_files", repo_id, "", revision, True, False, extra_headers, timeout)
        return [e.path async for e in listing if isinstance(e, RepoFile)]

    async def exists(self, repo_id: str, *, extra_headers: Mapping[str, str] | None = None, timeout: Timeout = UNSET) -> bool:
        """Whether the repository exists and this client may see it."""
        client = self._for("exists", extra_headers, timeout)
        answer: bool = self._answer(await run_async(client, exists_plan(self._repo_type, repo_segments(repo_id))))
        return answer

    async def file_exists(self, repo_id: str, filename: str, revision: str | None = None, *,
                          extra_headers: Mapping[str, str] | None = None, timeout: Timeout = UNSET) -> bool:
        """Whether ``filename`` exists at ``revision`` (one ``HEAD`` request)."""
        client = self._for("file_exists", extra_headers, timeout)
        answer: bool = self._answer(await run_async(client, file_exists_plan(client, self._repo_type, repo_id, filename, revision)))
        return answer
