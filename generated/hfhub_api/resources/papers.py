"""Operations on papers.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._client_base import AsyncResource, Resource
from .._pagination import AsyncPaginator, Paginator
from .._request import Request, Timeout
from .._request import fields as _fields
from .._request import query as _q
from .._request import segment as _seg
from .._request import with_options as _with_options
from .._types import UNSET
from ..models._papers import ClaimAuthorshipResponse, Daily, ListArxivReposResponse, Paper, PaperListItem


def _claim_authorship(paper_id: str | None, claim_author_id: str | None, target_user_id: str | None) -> Request[ClaimAuthorshipResponse]:
    return Request(
        "POST",
        "/api/settings/papers/claim",
        json=_fields({"paperId": paper_id, "claimAuthorId": claim_author_id, "targetUserId": target_user_id}),
        convert=ClaimAuthorshipResponse,
    )


def _get(paper_id: str, field: Literal["submissionDeadline", "comments"] | str | list[Literal["submissionDeadline", "comments"] | str] | None) -> Request[Paper]:
    return Request("GET", f"/api/papers/{_seg(paper_id, 'paper_id')}", params=_q({"field": field}), convert=Paper)


def _index(arxiv_id: str | None) -> Request[dict[str, Any]]:
    return Request("POST", "/api/papers/index", json=_fields({"arxivId": arxiv_id}))


def _list(cursor: str | None, limit: int | None) -> Request[PaperListItem]:
    return Request(
        "GET",
        "/api/papers",
        params=_q({"cursor": cursor, "limit": limit}),
        convert=PaperListItem,
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
    return Request("GET", "/api/papers/search", params=_q({"limit": limit, "q": q}))


def _update_links(paper_id: str, project_page: str | None, github_repo: str | None, organization_id: str | None) -> Request[dict[str, Any]]:
    return Request(
        "POST",
        f"/api/papers/{_seg(paper_id, 'paper_id')}/links",
        json=_fields({"projectPage": project_page, "githubRepo": github_repo, "organizationId": organization_id}),
    )


class PapersResource(Resource):
    """Operations on papers."""

    __slots__ = ()


    def claim_authorship(self, *, paper_id: str | None = UNSET, claim_author_id: str | None = UNSET, target_user_id: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ClaimAuthorshipResponse:
        """Claim paper authorship.

        Args:
            paper_id: ArXiv paper identifier being claimed. Matches ``^\\d{4}\\.\\d{4,5}$``.
            claim_author_id: Author entry on the paper being claimed. Exactly 24 characters. Matches ``^[0-9a-fA-F]{24}$``.
            target_user_id: HF user who should receive the claim. Exactly 24 characters. Matches ``^[0-9a-fA-F]{24}$``.

        ``POST /api/settings/papers/claim``
        """
        return self._client._send(_with_options(_claim_authorship(paper_id, claim_author_id, target_user_id), extra_headers, extra_query, extra_body, timeout))

    def get(self, paper_id: str, *, field: Literal["submissionDeadline", "comments"] | str | builtins.list[Literal["submissionDeadline", "comments"] | str] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Paper:
        """Get a paper.

        Args:
            paper_id: Path parameter ``{paperId}``.
            field: Query parameter ``field``. One of ``"submissionDeadline"``, ``"comments"``.

        ``GET /api/papers/{paperId}``
        """
        return self._client._send(_with_options(_get(paper_id, field), extra_headers, extra_query, extra_body, timeout))

    def index(self, *, arxiv_id: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> dict[str, Any]:
        """Index a paper.

        Index a paper from arXiv by its ID. If the paper is already indexed, only its authors can re-index it.

        Args:
            arxiv_id: The arXiv ID of the paper to index (e.g. 2301.00001). Matches ``^\\d{4}\\.\\d{4,5}$``.

        ``POST /api/papers/index``
        """
        return self._client._send(_with_options(_index(arxiv_id), extra_headers, extra_query, extra_body, timeout))

    def list(self, *, cursor: str | None = UNSET, limit: int | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Paginator[PaperListItem]:
        """List papers.

        List arXiv papers sorted by published date

        Args:
            cursor: Pagination cursor.
            limit: Query parameter ``limit``. From 1 to 100. Server default: ``50``.

        ``GET /api/papers``
        """
        return self._client._paginate(_with_options(_list(cursor, limit), extra_headers, extra_query, extra_body, timeout))

    def list_arxiv_repos(self, id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ListArxivReposResponse:
        """List repositories citing a paper.

        Args:
            id: arXiv id, e.g. `2307.09288`.

        Described by hfhub (spec/additions), not by the published spec: ``GET /api/arxiv/{id}/repos``
        """
        return self._client._send(_with_options(_list_arxiv_repos(id), extra_headers, extra_query, extra_body, timeout))

    def list_daily(self, *, date: str | None = UNSET, limit: int | None = UNSET, month: str | None = UNSET, p: int | None = UNSET, sort: Literal["publishedAt", "trending"] | str | None = UNSET, submitter: str | None = UNSET, week: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Paginator[Daily]:
        """Get Daily Papers.

        Args:
            date: Query parameter ``date``.
            limit: Query parameter ``limit``. From 1 to 100. Server default: ``50``.
            month: Query parameter ``month``. Matches ``^\\d{4}-(0[1-9]|1[0-2])$``.
            p: Query parameter ``p``. At least 0. Server default: ``0``.
            sort: Query parameter ``sort``. One of ``"publishedAt"``, ``"trending"``. Server default: ``"publishedAt"``.
            submitter: Query parameter ``submitter``.
            week: Query parameter ``week``. Matches ``^\\d{4}-W(0[1-9]|[1-4][0-9]|5[0-2])$``.

        ``GET /api/daily_papers``
        """
        return self._client._paginate(_with_options(_list_daily(date, limit, month, p, sort, submitter, week), extra_headers, extra_query, extra_body, timeout))

    def search(self, *, limit: int | None = UNSET, q: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Any:
        """Search papers.

        Perform a hybrid semantic / full-text-search on papers

        Args:
            limit: Query parameter ``limit``. From 1 to 120.
            q: Query parameter ``q``. At most 250 characters. Server default: ``""``.

        ``GET /api/papers/search``
        """
        return self._client._send(_with_options(_search(limit, q), extra_headers, extra_query, extra_body, timeout))

    def update_links(self, paper_id: str, *, project_page: str | None = UNSET, github_repo: str | None = UNSET, organization_id: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> dict[str, Any]:
        """Update paper links.

        Update the project page, GitHub repository, or submitting organization for a paper. Requires the requester to be the paper author, the Daily Papers submitter, or a papers admin.

        Args:
            paper_id: Path parameter ``{paperId}``.
            project_page: Body field ``projectPage``.
            github_repo: Body field ``githubRepo``.
            organization_id: Body field ``organizationId``.

        ``POST /api/papers/{paperId}/links``
        """
        return self._client._send(_with_options(_update_links(paper_id, project_page, github_repo, organization_id), extra_headers, extra_query, extra_body, timeout))


class AsyncPapersResource(AsyncResource):
    """Operations on papers. (async)"""

    __slots__ = ()


    async def claim_authorship(self, *, paper_id: str | None = UNSET, claim_author_id: str | None = UNSET, target_user_id: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ClaimAuthorshipResponse:
        """Claim paper authorship.

        Args:
            paper_id: ArXiv paper identifier being claimed. Matches ``^\\d{4}\\.\\d{4,5}$``.
            claim_author_id: Author entry on the paper being claimed. Exactly 24 characters. Matches ``^[0-9a-fA-F]{24}$``.
            target_user_id: HF user who should receive the claim. Exactly 24 characters. Matches ``^[0-9a-fA-F]{24}$``.

        Async: ``await client.papers.claim_authorship(...)`` returns ``ClaimAuthorshipResponse``.

        ``POST /api/settings/papers/claim``
        """
        return await self._client._send(_with_options(_claim_authorship(paper_id, claim_author_id, target_user_id), extra_headers, extra_query, extra_body, timeout))

    async def get(self, paper_id: str, *, field: Literal["submissionDeadline", "comments"] | str | builtins.list[Literal["submissionDeadline", "comments"] | str] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Paper:
        """Get a paper.

        Args:
            paper_id: Path parameter ``{paperId}``.
            field: Query parameter ``field``. One of ``"submissionDeadline"``, ``"comments"``.

        Async: ``await client.papers.get(...)`` returns ``Paper``.

        ``GET /api/papers/{paperId}``
        """
        return await self._client._send(_with_options(_get(paper_id, field), extra_headers, extra_query, extra_body, timeout))

    async def index(self, *, arxiv_id: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> dict[str, Any]:
        """Index a paper.

        Index a paper from arXiv by its ID. If the paper is already indexed, only its authors can re-index it.

        Args:
            arxiv_id: The arXiv ID of the paper to index (e.g. 2301.00001). Matches ``^\\d{4}\\.\\d{4,5}$``.

        Async: ``await client.papers.index(...)`` returns ``dict[str, Any]``.

        ``POST /api/papers/index``
        """
        return await self._client._send(_with_options(_index(arxiv_id), extra_headers, extra_query, extra_body, timeout))

    def list(self, *, cursor: str | None = UNSET, limit: int | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> AsyncPaginator[PaperListItem]:
        """List papers.

        List arXiv papers sorted by published date

        Args:
            cursor: Pagination cursor.
            limit: Query parameter ``limit``. From 1 to 100. Server default: ``50``.

        Async: returns an ``AsyncPaginator[PaperListItem]`` at once, without ``await``: ``async for item in client.papers.list(...)``.

        ``GET /api/papers``
        """
        return self._client._paginate(_with_options(_list(cursor, limit), extra_headers, extra_query, extra_body, timeout))

    async def list_arxiv_repos(self, id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ListArxivReposResponse:
        """List repositories citing a paper.

        Args:
            id: arXiv id, e.g. `2307.09288`.

        Async: ``await client.papers.list_arxiv_repos(...)`` returns ``ListArxivReposResponse``.

        Described by hfhub (spec/additions), not by the published spec: ``GET /api/arxiv/{id}/repos``
        """
        return await self._client._send(_with_options(_list_arxiv_repos(id), extra_headers, extra_query, extra_body, timeout))

    def list_daily(self, *, date: str | None = UNSET, limit: int | None = UNSET, month: str | None = UNSET, p: int | None = UNSET, sort: Literal["publishedAt", "trending"] | str | None = UNSET, submitter: str | None = UNSET, week: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> AsyncPaginator[Daily]:
        """Get Daily Papers.

        Args:
            date: Query parameter ``date``.
            limit: Query parameter ``limit``. From 1 to 100. Server default: ``50``.
            month: Query parameter ``month``. Matches ``^\\d{4}-(0[1-9]|1[0-2])$``.
            p: Query parameter ``p``. At least 0. Server default: ``0``.
            sort: Query parameter ``sort``. One of ``"publishedAt"``, ``"trending"``. Server default: ``"publishedAt"``.
            submitter: Query parameter ``submitter``.
            week: Query parameter ``week``. Matches ``^\\d{4}-W(0[1-9]|[1-4][0-9]|5[0-2])$``.

        Async: returns an ``AsyncPaginator[Daily]`` at once, without ``await``: ``async for item in client.papers.list_daily(...)``.

        ``GET /api/daily_papers``
        """
        return self._client._paginate(_with_options(_list_daily(date, limit, month, p, sort, submitter, week), extra_headers, extra_query, extra_body, timeout))

    async def search(self, *, limit: int | None = UNSET, q: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Any:
        """Search papers.

        Perform a hybrid semantic / full-text-search on papers

        Args:
            limit: Query parameter ``limit``. From 1 to 120.
            q: Query parameter ``q``. At most 250 characters. Server default: ``""``.

        Async: ``await client.papers.search(...)`` returns ``Any``.

        ``GET /api/papers/search``
        """
        return await self._client._send(_with_options(_search(limit, q), extra_headers, extra_query, extra_body, timeout))

    async def update_links(self, paper_id: str, *, project_page: str | None = UNSET, github_repo: str | None = UNSET, organization_id: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> dict[str, Any]:
        """Update paper links.

        Update the project page, GitHub repository, or submitting organization for a paper. Requires the requester to be the paper author, the Daily Papers submitter, or a papers admin.

        Args:
            paper_id: Path parameter ``{paperId}``.
            project_page: Body field ``projectPage``.
            github_repo: Body field ``githubRepo``.
            organization_id: Body field ``organizationId``.

        Async: ``await client.papers.update_links(...)`` returns ``dict[str, Any]``.

        ``POST /api/papers/{paperId}/links``
        """
        return await self._client._send(_with_options(_update_links(paper_id, project_page, github_repo, organization_id), extra_headers, extra_query, extra_body, timeout))


if TYPE_CHECKING:
    from .._raw_response import async_raw, raw

    class PapersResourceWithRawResponse:
        """``client.with_raw_response.<resource>``: each method answering a ``RawResponse`` (declared for checkers)."""

        claim_authorship = raw(PapersResource.claim_authorship)
        get = raw(PapersResource.get)
        index = raw(PapersResource.index)
        list = raw(PapersResource.list)
        list_arxiv_repos = raw(PapersResource.list_arxiv_repos)
        list_daily = raw(PapersResource.list_daily)
        search = raw(PapersResource.search)
        update_links = raw(PapersResource.update_links)

    class AsyncPapersResourceWithRawResponse:
        """``client.with_raw_response.<resource>`` of the async client (declared for checkers)."""

        claim_authorship = async_raw(AsyncPapersResource.claim_authorship)
        get = async_raw(AsyncPapersResource.get)
        index = async_raw(AsyncPapersResource.index)
        list = async_raw(AsyncPapersResource.list)
        list_arxiv_repos = async_raw(AsyncPapersResource.list_arxiv_repos)
        list_daily = async_raw(AsyncPapersResource.list_daily)
        search = async_raw(AsyncPapersResource.search)
        update_links = async_raw(AsyncPapersResource.update_links)
