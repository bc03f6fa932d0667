"""Operations on papers.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

import builtins
from typing import Any, Literal

from .._client_base import AsyncResource, Resource
from .._pagination import AsyncPaginator, Paginator
from .._request import Request
from .._request import fields as _fields
from .._request import query as _q
from .._request import segment as _seg
from .._types import UNSET
from ..models._papers import ClaimAuthorshipResponse, Daily, GetResponse2, ListArxivReposResponse, ListItem7


def _claim_authorship(paper_id: str | None, claim_author_id: str | None, target_user_id: str | None) -> Request[ClaimAuthorshipResponse]:
    return Request(
        "POST",
        "/api/settings/papers/claim",
        json=_fields({"paperId": paper_id, "claimAuthorId": claim_author_id, "targetUserId": target_user_id}),
        convert=ClaimAuthorshipResponse,
    )


def _get(paper_id: str, field: Literal["submissionDeadline", "comments"] | str | list[Literal["submissionDeadline", "comments"] | str] | None) -> Request[GetResponse2]:
    return Request(
        "GET",
        f"/api/papers/{_seg(paper_id, 'paper_id')}",
        params=_q({"field": field}),
        convert=GetResponse2,
    )


def _index(arxiv_id: str | None) -> Request[dict[str, Any]]:
    return Request("POST", "/api/papers/index", json=_fields({"arxivId": arxiv_id}))


def _list(cursor: str | None, limit: int | None) -> Request[ListItem7]:
    return Request(
        "GET",
        "/api/papers",
        params=_q({"cursor": cursor, "limit": limit}),
        convert=ListItem7,
        paginated=True,
    )


def _list_arxiv_repos(id: str) -> Request[ListArxivReposResponse]:
    return Request("GET", f"/api/arxiv/{_seg(id, 'id')}/repos", convert=ListArxivReposResponse)


def _list_daily(date: str | None, limit: int | None, month: str | None, p: int | None, sort: Literal["publishedAt", "trending"] | str | None, submitter: str | None, week: str | None) -> Request[Daily]:
    return Request(
        "GET",
        "/api/daily_papers",
        params=_q({"date": date, "limit": limit, "month": month, "p": p, "sort": sort, "submitter": submitter, "week": week}),
        convert=Daily,
        paginated=True,
    )


def _search(limit: int | None, q: str | None) -> Request[Any]:
    return Request("GET", "/api/papers/search", params=_q({"limit": limit, "q": q}), kind="empty")


def _update_links(paper_id: str, project_page: str | None, github_repo: str | None, organization_id: str | None) -> Request[dict[str, Any]]:
    return Request(
        "POST",
        f"/api/papers/{_seg(paper_id, 'paper_id')}/links",
        json=_fields({"projectPage": project_page, "githubRepo": github_repo, "organizationId": organization_id}),
    )


class PapersResource(Resource):
    """Operations on papers."""

    __slots__ = ()


    def claim_authorship(self, *, paper_id: str | None = UNSET, claim_author_id: str | None = UNSET, target_user_id: str | None = UNSET) -> ClaimAuthorshipResponse:
        """Claim paper authorship.

        Args:
            paper_id: ArXiv paper identifier being claimed.
            claim_author_id: Author entry on the paper being claimed.
            target_user_id: HF user who should receive the claim.

        ``POST /api/settings/papers/claim``
        """
        return self._client._send(_claim_authorship(paper_id, claim_author_id, target_user_id))

    def get(self, paper_id: str, *, field: Literal["submissionDeadline", "comments"] | str | builtins.list[Literal["submissionDeadline", "comments"] | str] | None = UNSET) -> GetResponse2:
        """Get a paper.

        ``GET /api/papers/{paperId}``
        """
        return self._client._send(_get(paper_id, field))

    def index(self, *, arxiv_id: str | None = UNSET) -> dict[str, Any]:
        """Index a paper.

        Index a paper from arXiv by its ID. If the paper is already indexed, only its authors can re-index it.

        Args:
            arxiv_id: The arXiv ID of the paper to index (e.g. 2301.00001)

        ``POST /api/papers/index``
        """
        return self._client._send(_index(arxiv_id))

    def list(self, *, cursor: str | None = UNSET, limit: int | None = UNSET) -> Paginator[ListItem7]:
        """List papers.

        List arXiv papers sorted by published date

        Args:
            cursor: Pagination cursor

        ``GET /api/papers``
        """
        return self._client._paginate(_list(cursor, limit))

    def list_arxiv_repos(self, id: str) -> ListArxivReposResponse:
        """List repositories citing a paper.

        Args:
            id: arXiv id, e.g. `2307.09288`.

        Described by hfhub (spec/additions), not by the published spec: ``GET /api/arxiv/{id}/repos``
        """
        return self._client._send(_list_arxiv_repos(id))

    def list_daily(self, *, date: str | None = UNSET, limit: int | None = UNSET, month: str | None = UNSET, p: int | None = UNSET, sort: Literal["publishedAt", "trending"] | str | None = UNSET, submitter: str | None = UNSET, week: str | None = UNSET) -> Paginator[Daily]:
        """Get Daily Papers.

        ``GET /api/daily_papers``
        """
        return self._client._paginate(_list_daily(date, limit, month, p, sort, submitter, week))

    def search(self, *, limit: int | None = UNSET, q: str | None = UNSET) -> Any:
        """Search papers.

        Perform a hybrid semantic / full-text-search on papers

        ``GET /api/papers/search``
        """
        return self._client._send(_search(limit, q))

    def update_links(self, paper_id: str, *, project_page: str | None = UNSET, github_repo: str | None = UNSET, organization_id: str | None = UNSET) -> dict[str, Any]:
        """Update paper links.

        Update the project page, GitHub repository, or submitting organization for a paper. Requires the requester to be the paper author, the Daily Papers submitter, or a papers admin.

        ``POST /api/papers/{paperId}/links``
        """
        return self._client._send(_update_links(paper_id, project_page, github_repo, organization_id))


class AsyncPapersResource(AsyncResource):
    """Operations on papers. (async)"""

    __slots__ = ()


    async def claim_authorship(self, *, paper_id: str | None = UNSET, claim_author_id: str | None = UNSET, target_user_id: str | None = UNSET) -> ClaimAuthorshipResponse:
        """Claim paper authorship (async form of ``PapersResource.claim_authorship``)."""
        return await self._client._send(_claim_authorship(paper_id, claim_author_id, target_user_id))

    async def get(self, paper_id: str, *, field: Literal["submissionDeadline", "comments"] | str | builtins.list[Literal["submissionDeadline", "comments"] | str] | None = UNSET) -> GetResponse2:
        """Get a paper (async form of ``PapersResource.get``)."""
        return await self._client._send(_get(paper_id, field))

    async def index(self, *, arxiv_id: str | None = UNSET) -> dict[str, Any]:
        """Index a paper (async form of ``PapersResource.index``)."""
        return await self._client._send(_index(arxiv_id))

    def list(self, *, cursor: str | None = UNSET, limit: int | None = UNSET) -> AsyncPaginator[ListItem7]:
        """List papers (async form of ``PapersResource.list``)."""
        return self._client._paginate(_list(cursor, limit))

    async def list_arxiv_repos(self, id: str) -> ListArxivReposResponse:
        """List repositories citing a paper (async form of ``PapersResource.list_arxiv_repos``)."""
        return await self._client._send(_list_arxiv_repos(id))

    def list_daily(self, *, date: str | None = UNSET, limit: int | None = UNSET, month: str | None = UNSET, p: int | None = UNSET, sort: Literal["publishedAt", "trending"] | str | None = UNSET, submitter: str | None = UNSET, week: str | None = UNSET) -> AsyncPaginator[Daily]:
        """Get Daily Papers (async form of ``PapersResource.list_daily``)."""
        return self._client._paginate(_list_daily(date, limit, month, p, sort, submitter, week))

    async def search(self, *, limit: int | None = UNSET, q: str | None = UNSET) -> Any:
        """Search papers (async form of ``PapersResource.search``)."""
        return await self._client._send(_search(limit, q))

    async def update_links(self, paper_id: str, *, project_page: str | None = UNSET, github_repo: str | None = UNSET, organization_id: str | None = UNSET) -> dict[str, Any]:
        """Update paper links (async form of ``PapersResource.update_links``)."""
        return await self._client._send(_update_links(paper_id, project_page, github_repo, organization_id))
