"""What a repository holds: its tree (paginated, from the root), whether a repo or a file exists, file URLs."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import httpx2
from hfhub_api._pagination import DEFAULT_MAX_PAGES
from hfhub_api._request import Request, repo_segments

from ..errors import GatedRepoError, HubError, PaginationError, RepositoryNotFoundError, RevisionNotFoundError
from ._names import repo_path, revision_name
from hfhub_api._steps import Call, Plan, Steps
from ._transfer import call_deadline, exchange, resolve_url

__all__ = [
    "LfsInfo", "RepoFile", "RepoFolder", "Answer", "tree_entries_plan", "tree_request", "exists_plan", "file_exists_plan", "paths_info_plan",
]

# Whether something exists, and the HTTP response that said so (what with_raw_response gives).
Answer = tuple[bool, httpx2.Response | None]


@dataclass(frozen=True)
class LfsInfo:
    sha256: str
    size: int
    pointer_size: int | None = None


@dataclass(frozen=True)
class RepoFile:
    """A file of a repository tree: ``blob_id`` is its git sha1, ``lfs`` set for files stored in LFS/Xet."""

    path: str
    size: int
    blob_id: str
    lfs: LfsInfo | None = None
    xet_hash: str | None = None
    raw: dict[str, Any] = field(default_factory=dict[str, Any], repr=False, compare=False)

    @property
    def etag(self) -> str:
        """The etag the resolve endpoint announces: the sha256 for LFS files, the git sha1 otherwise."""
        return self.lfs.sha256 if self.lfs is not None else self.blob_id


@dataclass(frozen=True)
class RepoFolder:
    path: str
    tree_id: str
    raw: dict[str, Any] = field(default_factory=dict[str, Any], repr=False, compare=False)


def entry_from(item: dict[str, Any]) -> RepoFile | RepoFolder:
    if item.get("type") == "directory":
        return RepoFolder(path=item["path"], tree_id=item.get("oid", ""), raw=item)
    lfs = item.get("lfs")
    return RepoFile(
        path=item["path"],
        size=int(item.get("size") or 0),
        blob_id=item.get("oid", ""),
        lfs=LfsInfo(lfs["oid"], int(lfs["size"]), lfs.get("pointerSize")) if lfs else None,
        xet_hash=item.get("xetHash"),
        raw=item,
    )


def api_path(repo_type: str, repo_id: str) -> str:
    return f"/api/{repo_type}s/{repo_segments(repo_id)}"


def tree_request(repo_type: str, repo_id: str, path: str, revision: str | None, recursive: bool, expand: bool) -> Request[RepoFile | RepoFolder]:
    """``GET /api/{type}s/{repo}/tree/{revision}/{path}``; the root when ``path`` is empty."""
    revision = revision_name(revision)
    suffix = "" if path in ("", "/") else "/" + quote(repo_path(path.rstrip("/"), "the path argument"))
    params: dict[str, str] = {}
    if recursive:
        params["recursive"] = "true"
    if expand:
        params["expand"] = "true"
    return Request(
        "GET",
        f"{api_path(repo_type, repo_id)}/tree/{quote(revision, safe='')}{suffix}",
        params=params or None,
        convert=entry_from,
        paginated=True,
    )


def tree_entries_plan(request: Request[RepoFile | RepoFolder], max_pages: int = DEFAULT_MAX_PAGES) -> Steps[list[RepoFile | RepoFolder]]:
    """Every entry of a tree listing, page after page (``Link: rel="next"``), as plans need them.

    The listing rule of every paginator: a page linked twice, or more than ``max_pages``
    pages, raise :class:`~hfhub.errors.PaginationError` (the client's header rule applies per page).
    """
    entries: list[RepoFile | RepoFolder] = []
    seen: set[str] = set()
    url: str | None = None
    while True:
        response = yield Call(request, url)
        entries.extend(entry_from(item) for item in response.json())
        seen.add(str(response.url))
        nxt = response.links.get("next", {}).get("url")
        if not nxt:
            return entries
        url = str(response.url.join(nxt))
        if url in seen or len(seen) >= max_pages:
            why = "links back to a page already read" if url in seen else f"has more than max_pages={max_pages} pages"
            raise PaginationError(f"tree listing {request.path} stopped after {len(seen)} pages: it {why}")


def paths_info_plan(repo_type: str, repo_id: str, paths: list[str], revision: str | None) -> Plan:
    """The tree entries of ``paths`` (missing ones are left out)."""
    revision = revision_name(revision)
    for path in paths:
        repo_path(path, "the path argument")
    request = Request[Any](
        "POST",
        f"{api_path(repo_type, repo_id)}/paths-info/{quote(revision, safe='')}",
        json={"paths": paths, "expand": False},
    )
    response = yield Call(request)
    return [entry_from(item) for item in response.json()]


def exists_plan(repo_type: str, repo_id: str) -> Steps[Answer]:
    """Whether the repository exists (a gated one does; a private one you cannot see does not), and the answer that says so."""
    try:
        response = yield Call(Request[Any]("GET", api_path(repo_type, repo_id), params={"expand": "sha"}))
    except GatedRepoError as error:
        return True, error.response
    except RepositoryNotFoundError as error:
        return False, error.response
    return True, response


def file_exists_plan(client: Any, repo_type: str, repo_id: str, filename: str, revision: str | None) -> Steps[Answer]:
    """Whether ``filename`` exists at ``revision``, and the answer that says so; an unknown repository or revision raises."""
    url = resolve_url(client.base_url, repo_type, repo_segments(repo_id), revision_name(revision), repo_path(filename))
    try:
        response = yield from exchange(client, "HEAD", url, None, deadline=call_deadline(client), same_origin_only=True)
    except HubError as error:
        return _exists_despite(error), error.response
    return True, response


def _exists_despite(error: HubError) -> bool:
    """Whether a file exists given the error its HEAD raised: gated yes, missing no, anything else raises."""
    if isinstance(error, GatedRepoError):
        return True
    if isinstance(error, (RepositoryNotFoundError, RevisionNotFoundError)):
        raise error
    if error.status_code == 404:
        return False
    raise error
