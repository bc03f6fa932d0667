"""Operations on search.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._client_base import AsyncResource, Resource
from .._request import Request, Timeout
from .._request import fields as _fields
from .._request import query as _q
from .._request import with_options as _with_options
from .._types import UNSET
from ..models._search import QuicksearchResponse


def _quicksearch(discussion_collection_name: str | None, discussion_id: str | None, exclude: list[str] | None, include_invitees: Any, lang: str | None, library: str | None, limit: int | None, namespace: str | None, orgs_filter: list[Literal["own", "unwatched"] | str] | list[str] | None, pipelines: list[str] | str | None, q: str | None, repo_name: str | None, repo_type: Literal["dataset", "model", "space", "bucket", "kernel"] | str | None, repos_filter: list[Literal["skip_disabled", "skip_gated", "own", "own_orgs", "granted_access"] | str] | list[str] | None, spaces_tags: list[str] | None, type: list[Literal["model", "dataset", "space", "org", "user", "paper", "collection", "bucket", "kernel"] | str] | list[str] | None) -> Request[QuicksearchResponse]:
    return Request(
        "GET",
        "/api/quicksearch",
        params=_q({"discussionCollectionName": discussion_collection_name, "discussionId": discussion_id, "exclude": exclude, "includeInvitees": include_invitees, "lang": lang, "library": library, "limit": limit, "namespace": namespace, "orgsFilter": orgs_filter, "pipelines": pipelines, "q": q, "repoName": repo_name, "repoType": repo_type, "reposFilter": repos_filter, "spacesTags": spaces_tags, "type": type}),
        convert=QuicksearchResponse,
    )


def _quicksearch_post(query_discussion_collection_name: str | None, query_discussion_id: str | None, query_exclude: list[str] | None, query_include_invitees: Any, query_lang: str | None, query_library: str | None, query_limit: int | None, query_namespace: str | None, query_orgs_filter: list[Literal["own", "unwatched"] | str] | list[str] | None, query_pipelines: list[str] | str | None, query_q: str | None, query_repo_name: str | None, query_repo_type: Literal["dataset", "model", "space", "bucket", "kernel"] | str | None, query_repos_filter: list[Literal["skip_disabled", "skip_gated", "own", "own_orgs", "granted_access"] | str] | list[str] | None, query_spaces_tags: list[str] | None, query_type: list[Literal["model", "dataset", "space", "org", "user", "paper", "collection", "bucket", "kernel"] | str] | list[str] | None, q: str | None, limit: int | None, lang: str | None, library: str | None, type: list[Literal["model", "dataset", "space", "org", "user", "paper", "collection", "bucket", "kernel"] | str] | list[str] | None, orgs_filter: list[Literal["own", "unwatched"] | str] | list[str] | None, repos_filter: list[Literal["skip_disabled", "skip_gated", "own", "own_orgs", "granted_access"] | str] | list[str] | None, pipelines: list[str] | str | None, exclude: list[str] | None, namespace: str | None, include_invitees: Any, repo_name: str | None, repo_type: Literal["dataset", "model", "space", "bucket", "kernel"] | str | None, discussion_id: str | None, discussion_collection_name: str | None, spaces_tags: list[str] | None, bucket_namespace: Any) -> Request[QuicksearchResponse]:
    return Request(
        "POST",
        "/api/quicksearch",
        params=_q({"discussionCollectionName": query_discussion_collection_name, "discussionId": query_discussion_id, "exclude": query_exclude, "includeInvitees": query_include_invitees, "lang": query_lang, "library": query_library, "limit": query_limit, "namespace": query_namespace, "orgsFilter": query_orgs_filter, "pipelines": query_pipelines, "q": query_q, "repoName": query_repo_name, "repoType": query_repo_type, "reposFilter": query_repos_filter, "spacesTags": query_spaces_tags, "type": query_type}),
        json=_fields({"q": q, "limit": limit, "lang": lang, "library": library, "type": type, "orgsFilter": orgs_filter, "reposFilter": repos_filter, "pipelines": pipelines, "exclude": exclude, "namespace": namespace, "includeInvitees": include_invitees, "repoName": repo_name, "repoType": repo_type, "discussionId": discussion_id, "discussionCollectionName": discussion_collection_name, "spacesTags": spaces_tags, "bucketNamespace": bucket_namespace}),
        convert=QuicksearchResponse,
    )


class SearchResource(Resource):
    """Operations on search."""

    __slots__ = ()


    def quicksearch(self, *, discussion_collection_name: str | None = UNSET, discussion_id: str | None = UNSET, exclude: list[str] | None = UNSET, include_invitees: Any = UNSET, lang: str | None = UNSET, library: str | None = UNSET, limit: int | None = UNSET, namespace: str | None = UNSET, orgs_filter: list[Literal["own", "unwatched"] | str] | list[str] | None = UNSET, pipelines: list[str] | str | None = UNSET, q: str | None = UNSET, repo_name: str | None = UNSET, repo_type: Literal["dataset", "model", "space", "bucket", "kernel"] | str | None = UNSET, repos_filter: list[Literal["skip_disabled", "skip_gated", "own", "own_orgs", "granted_access"] | str] | list[str] | None = UNSET, spaces_tags: list[str] | None = UNSET, type: list[Literal["model", "dataset", "space", "org", "user", "paper", "collection", "bucket", "kernel"] | str] | list[str] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> QuicksearchResponse:
        """Quick search.

        Quick search for models, datasets, spaces, orgs, users, papers, collections, and buckets

        Args:
            discussion_collection_name: Query parameter ``discussionCollectionName``.
            discussion_id: Query parameter ``discussionId``. Exactly 24 characters. Matches ``^[0-9a-fA-F]{24}$``.
            exclude: Array of excluded resources: spaces/repo, models/repo, datasets/repo, papers/paperId, collections/collectionId, users/username, orgs/orgName, buckets/bucketName, kernels/repo. Server default: ``[]``.
            include_invitees: Query parameter ``includeInvitees``. Server default: ``false``.
            lang: Query parameter ``lang``. One of ``"aa"``, ``"ab"``, ``"ae"``, ``"af"``, ``"ak"``, ``"am"``, ``"an"``, ``"ar"``, ``"as"``, ``"av"``, ``"ay"``, ``"az"``, ....
            library: Query parameter ``library``. One of ``"acestep"``, ``"adapter-transformers"``, ``"allennlp"``, ``"anemoi"``, ``"araclip"``, ``"aviation-ner"``, ``"asteroid"``, ``"audiocraft"``, ``"audioseal"``, ``"bagel-mot"``, ``"bboxmaskpose"``, ``"ben2"``, ....
            limit: Query parameter ``limit``.
            namespace: Namespace to filter by.
            orgs_filter: Query parameter ``orgsFilter``.
            pipelines: Comma-separated or array of pipeline types.
            q: Query parameter ``q``. Server default: ``""``.
            repo_name: Query parameter ``repoName``.
            repo_type: Query parameter ``repoType``. One of ``"dataset"``, ``"model"``, ``"space"``, ``"bucket"``, ``"kernel"``.
            repos_filter: Query parameter ``reposFilter``.
            spaces_tags: Query parameter ``spacesTags``.
            type: Query parameter ``type``.

        ``GET /api/quicksearch``
        """
        return self._client._send(_with_options(_quicksearch(discussion_collection_name, discussion_id, exclude, include_invitees, lang, library, limit, namespace, orgs_filter, pipelines, q, repo_name, repo_type, repos_filter, spaces_tags, type), extra_headers, extra_query, extra_body, timeout))

    def quicksearch_post(self, *, query_discussion_collection_name: str | None = UNSET, query_discussion_id: str | None = UNSET, query_exclude: list[str] | None = UNSET, query_include_invitees: Any = UNSET, query_lang: str | None = UNSET, query_library: str | None = UNSET, query_limit: int | None = UNSET, query_namespace: str | None = UNSET, query_orgs_filter: list[Literal["own", "unwatched"] | str] | list[str] | None = UNSET, query_pipelines: list[str] | str | None = UNSET, query_q: str | None = UNSET, query_repo_name: str | None = UNSET, query_repo_type: Literal["dataset", "model", "space", "bucket", "kernel"] | str | None = UNSET, query_repos_filter: list[Literal["skip_disabled", "skip_gated", "own", "own_orgs", "granted_access"] | str] | list[str] | None = UNSET, query_spaces_tags: list[str] | None = UNSET, query_type: list[Literal["model", "dataset", "space", "org", "user", "paper", "collection", "bucket", "kernel"] | str] | list[str] | None = UNSET, q: str | None = UNSET, limit: int | None = UNSET, lang: str | None = UNSET, library: str | None = UNSET, type: list[Literal["model", "dataset", "space", "org", "user", "paper", "collection", "bucket", "kernel"] | str] | list[str] | None = UNSET, orgs_filter: list[Literal["own", "unwatched"] | str] | list[str] | None = UNSET, repos_filter: list[Literal["skip_disabled", "skip_gated", "own", "own_orgs", "granted_access"] | str] | list[str] | None = UNSET, pipelines: list[str] | str | None = UNSET, exclude: list[str] | None = UNSET, namespace: str | None = UNSET, include_invitees: Any = UNSET, repo_name: str | None = UNSET, repo_type: Literal["dataset", "model", "space", "bucket", "kernel"] | str | None = UNSET, discussion_id: str | None = UNSET, discussion_collection_name: str | None = UNSET, spaces_tags: list[str] | None = UNSET, bucket_namespace: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> QuicksearchResponse:
        """Quick search.

        Quick search for models, datasets, spaces, orgs, users, papers, collections, and buckets

        Args:
            query_discussion_collection_name: ``discussionCollectionName`` in the query (``discussion_collection_name`` is a body field).
            query_discussion_id: ``discussionId`` in the query (``discussion_id`` is a body field). Exactly 24 characters. Matches ``^[0-9a-fA-F]{24}$``.
            query_exclude: ``exclude`` in the query (``exclude`` is a body field). Array of excluded resources: spaces/repo, models/repo, datasets/repo, papers/paperId, collections/collectionId, users/username, orgs/orgName, buckets/bucketName, kernels/repo. Server default: ``[]``.
            query_include_invitees: ``includeInvitees`` in the query (``include_invitees`` is a body field). Server default: ``false``.
            query_lang: ``lang`` in the query (``lang`` is a body field). One of ``"aa"``, ``"ab"``, ``"ae"``, ``"af"``, ``"ak"``, ``"am"``, ``"an"``, ``"ar"``, ``"as"``, ``"av"``, ``"ay"``, ``"az"``, ....
            query_library: ``library`` in the query (``library`` is a body field). One of ``"acestep"``, ``"adapter-transformers"``, ``"allennlp"``, ``"anemoi"``, ``"araclip"``, ``"aviation-ner"``, ``"asteroid"``, ``"audiocraft"``, ``"audioseal"``, ``"bagel-mot"``, ``"bboxmaskpose"``, ``"ben2"``, ....
            query_limit: ``limit`` in the query (``limit`` is a body field).
            query_namespace: ``namespace`` in the query (``namespace`` is a body field). Namespace to filter by.
            query_orgs_filter: ``orgsFilter`` in the query (``orgs_filter`` is a body field).
            query_pipelines: ``pipelines`` in the query (``pipelines`` is a body field). Comma-separated or array of pipeline types.
            query_q: ``q`` in the query (``q`` is a body field). Server default: ``""``.
            query_repo_name: ``repoName`` in the query (``repo_name`` is a body field).
            query_repo_type: ``repoType`` in the query (``repo_type`` is a body field). One of ``"dataset"``, ``"model"``, ``"space"``, ``"bucket"``, ``"kernel"``.
            query_repos_filter: ``reposFilter`` in the query (``repos_filter`` is a body field).
            query_spaces_tags: ``spacesTags`` in the query (``spaces_tags`` is a body field).
            query_type: ``type`` in the query (``type`` is a body field).
            q: Body field ``q``. Server default: ``""``.
            limit: Body field ``limit``.
            lang: Body field ``lang``. One of ``"aa"``, ``"ab"``, ``"ae"``, ``"af"``, ``"ak"``, ``"am"``, ``"an"``, ``"ar"``, ``"as"``, ``"av"``, ``"ay"``, ``"az"``, ....
            library: Body field ``library``. One of ``"acestep"``, ``"adapter-transformers"``, ``"allennlp"``, ``"anemoi"``, ``"araclip"``, ``"aviation-ner"``, ``"asteroid"``, ``"audiocraft"``, ``"audioseal"``, ``"bagel-mot"``, ``"bboxmaskpose"``, ``"ben2"``, ....
            type: Body field ``type``.
            orgs_filter: Body field ``orgsFilter``.
            repos_filter: Body field ``reposFilter``.
            pipelines: Comma-separated or array of pipeline types.
            exclude: Array of excluded resources: spaces/repo, models/repo, datasets/repo, papers/paperId, collections/collectionId, users/username, orgs/orgName, buckets/bucketName, kernels/repo. Server default: ``[]``.
            namespace: Namespace to filter by.
            include_invitees: Body field ``includeInvitees``. Server default: ``false``.
            repo_name: Body field ``repoName``.
            repo_type: Body field ``repoType``. One of ``"dataset"``, ``"model"``, ``"space"``, ``"bucket"``, ``"kernel"``.
            discussion_id: Body field ``discussionId``. Exactly 24 characters. Matches ``^[0-9a-fA-F]{24}$``.
            discussion_collection_name: Body field ``discussionCollectionName``.
            spaces_tags: Body field ``spacesTags``.
            bucket_namespace: Body field ``bucketNamespace``.

        ``POST /api/quicksearch``
        """
        return self._client._send(_with_options(_quicksearch_post(query_discussion_collection_name, query_discussion_id, query_exclude, query_include_invitees, query_lang, query_library, query_limit, query_namespace, query_orgs_filter, query_pipelines, query_q, query_repo_name, query_repo_type, query_repos_filter, query_spaces_tags, query_type, q, limit, lang, library, type, orgs_filter, repos_filter, pipelines, exclude, namespace, include_invitees, repo_name, repo_type, discussion_id, discussion_collection_name, spaces_tags, bucket_namespace), extra_headers, extra_query, extra_body, timeout))


class AsyncSearchResource(AsyncResource):
    """Operations on search. (async)"""

    __slots__ = ()


    async def quicksearch(self, *, discussion_collection_name: str | None = UNSET, discussion_id: str | None = UNSET, exclude: list[str] | None = UNSET, include_invitees: Any = UNSET, lang: str | None = UNSET, library: str | None = UNSET, limit: int | None = UNSET, namespace: str | None = UNSET, orgs_filter: list[Literal["own", "unwatched"] | str] | list[str] | None = UNSET, pipelines: list[str] | str | None = UNSET, q: str | None = UNSET, repo_name: str | None = UNSET, repo_type: Literal["dataset", "model", "space", "bucket", "kernel"] | str | None = UNSET, repos_filter: list[Literal["skip_disabled", "skip_gated", "own", "own_orgs", "granted_access"] | str] | list[str] | None = UNSET, spaces_tags: list[str] | None = UNSET, type: list[Literal["model", "dataset", "space", "org", "user", "paper", "collection", "bucket", "kernel"] | str] | list[str] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> QuicksearchResponse:
        """Quick search.

        Quick search for models, datasets, spaces, orgs, users, papers, collections, and buckets

        Args:
            discussion_collection_name: Query parameter ``discussionCollectionName``.
            discussion_id: Query parameter ``discussionId``. Exactly 24 characters. Matches ``^[0-9a-fA-F]{24}$``.
            exclude: Array of excluded resources: spaces/repo, models/repo, datasets/repo, papers/paperId, collections/collectionId, users/username, orgs/orgName, buckets/bucketName, kernels/repo. Server default: ``[]``.
            include_invitees: Query parameter ``includeInvitees``. Server default: ``false``.
            lang: Query parameter ``lang``. One of ``"aa"``, ``"ab"``, ``"ae"``, ``"af"``, ``"ak"``, ``"am"``, ``"an"``, ``"ar"``, ``"as"``, ``"av"``, ``"ay"``, ``"az"``, ....
            library: Query parameter ``library``. One of ``"acestep"``, ``"adapter-transformers"``, ``"allennlp"``, ``"anemoi"``, ``"araclip"``, ``"aviation-ner"``, ``"asteroid"``, ``"audiocraft"``, ``"audioseal"``, ``"bagel-mot"``, ``"bboxmaskpose"``, ``"ben2"``, ....
            limit: Query parameter ``limit``.
            namespace: Namespace to filter by.
            orgs_filter: Query parameter ``orgsFilter``.
            pipelines: Comma-separated or array of pipeline types.
            q: Query parameter ``q``. Server default: ``""``.
            repo_name: Query parameter ``repoName``.
            repo_type: Query parameter ``repoType``. One of ``"dataset"``, ``"model"``, ``"space"``, ``"bucket"``, ``"kernel"``.
            repos_filter: Query parameter ``reposFilter``.
            spaces_tags: Query parameter ``spacesTags``.
            type: Query parameter ``type``.

        Async: ``await client.search.quicksearch(...)`` returns ``QuicksearchResponse``.

        ``GET /api/quicksearch``
        """
        return await self._client._send(_with_options(_quicksearch(discussion_collection_name, discussion_id, exclude, include_invitees, lang, library, limit, namespace, orgs_filter, pipelines, q, repo_name, repo_type, repos_filter, spaces_tags, type), extra_headers, extra_query, extra_body, timeout))

    async def quicksearch_post(self, *, query_discussion_collection_name: str | None = UNSET, query_discussion_id: str | None = UNSET, query_exclude: list[str] | None = UNSET, query_include_invitees: Any = UNSET, query_lang: str | None = UNSET, query_library: str | None = UNSET, query_limit: int | None = UNSET, query_namespace: str | None = UNSET, query_orgs_filter: list[Literal["own", "unwatched"] | str] | list[str] | None = UNSET, query_pipelines: list[str] | str | None = UNSET, query_q: str | None = UNSET, query_repo_name: str | None = UNSET, query_repo_type: Literal["dataset", "model", "space", "bucket", "kernel"] | str | None = UNSET, query_repos_filter: list[Literal["skip_disabled", "skip_gated", "own", "own_orgs", "granted_access"] | str] | list[str] | None = UNSET, query_spaces_tags: list[str] | None = UNSET, query_type: list[Literal["model", "dataset", "space", "org", "user", "paper", "collection", "bucket", "kernel"] | str] | list[str] | None = UNSET, q: str | None = UNSET, limit: int | None = UNSET, lang: str | None = UNSET, library: str | None = UNSET, type: list[Literal["model", "dataset", "space", "org", "user", "paper", "collection", "bucket", "kernel"] | str] | list[str] | None = UNSET, orgs_filter: list[Literal["own", "unwatched"] | str] | list[str] | None = UNSET, repos_filter: list[Literal["skip_disabled", "skip_gated", "own", "own_orgs", "granted_access"] | str] | list[str] | None = UNSET, pipelines: list[str] | str | None = UNSET, exclude: list[str] | None = UNSET, namespace: str | None = UNSET, include_invitees: Any = UNSET, repo_name: str | None = UNSET, repo_type: Literal["dataset", "model", "space", "bucket", "kernel"] | str | None = UNSET, discussion_id: str | None = UNSET, discussion_collection_name: str | None = UNSET, spaces_tags: list[str] | None = UNSET, bucket_namespace: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> QuicksearchResponse:
        """Quick search.

        Quick search for models, datasets, spaces, orgs, users, papers, collections, and buckets

        Args:
            query_discussion_collection_name: ``discussionCollectionName`` in the query (``discussion_collection_name`` is a body field).
            query_discussion_id: ``discussionId`` in the query (``discussion_id`` is a body field). Exactly 24 characters. Matches ``^[0-9a-fA-F]{24}$``.
            query_exclude: ``exclude`` in the query (``exclude`` is a body field). Array of excluded resources: spaces/repo, models/repo, datasets/repo, papers/paperId, collections/collectionId, users/username, orgs/orgName, buckets/bucketName, kernels/repo. Server default: ``[]``.
            query_include_invitees: ``includeInvitees`` in the query (``include_invitees`` is a body field). Server default: ``false``.
            query_lang: ``lang`` in the query (``lang`` is a body field). One of ``"aa"``, ``"ab"``, ``"ae"``, ``"af"``, ``"ak"``, ``"am"``, ``"an"``, ``"ar"``, ``"as"``, ``"av"``, ``"ay"``, ``"az"``, ....
            query_library: ``library`` in the query (``library`` is a body field). One of ``"acestep"``, ``"adapter-transformers"``, ``"allennlp"``, ``"anemoi"``, ``"araclip"``, ``"aviation-ner"``, ``"asteroid"``, ``"audiocraft"``, ``"audioseal"``, ``"bagel-mot"``, ``"bboxmaskpose"``, ``"ben2"``, ....
            query_limit: ``limit`` in the query (``limit`` is a body field).
            query_namespace: ``namespace`` in the query (``namespace`` is a body field). Namespace to filter by.
            query_orgs_filter: ``orgsFilter`` in the query (``orgs_filter`` is a body field).
            query_pipelines: ``pipelines`` in the query (``pipelines`` is a body field). Comma-separated or array of pipeline types.
            query_q: ``q`` in the query (``q`` is a body field). Server default: ``""``.
            query_repo_name: ``repoName`` in the query (``repo_name`` is a body field).
            query_repo_type: ``repoType`` in the query (``repo_type`` is a body field). One of ``"dataset"``, ``"model"``, ``"space"``, ``"bucket"``, ``"kernel"``.
            query_repos_filter: ``reposFilter`` in the query (``repos_filter`` is a body field).
            query_spaces_tags: ``spacesTags`` in the query (``spaces_tags`` is a body field).
            query_type: ``type`` in the query (``type`` is a body field).
            q: Body field ``q``. Server default: ``""``.
            limit: Body field ``limit``.
            lang: Body field ``lang``. One of ``"aa"``, ``"ab"``, ``"ae"``, ``"af"``, ``"ak"``, ``"am"``, ``"an"``, ``"ar"``, ``"as"``, ``"av"``, ``"ay"``, ``"az"``, ....
            library: Body field ``library``. One of ``"acestep"``, ``"adapter-transformers"``, ``"allennlp"``, ``"anemoi"``, ``"araclip"``, ``"aviation-ner"``, ``"asteroid"``, ``"audiocraft"``, ``"audioseal"``, ``"bagel-mot"``, ``"bboxmaskpose"``, ``"ben2"``, ....
            type: Body field ``type``.
            orgs_filter: Body field ``orgsFilter``.
            repos_filter: Body field ``reposFilter``.
            pipelines: Comma-separated or array of pipeline types.
            exclude: Array of excluded resources: spaces/repo, models/repo, datasets/repo, papers/paperId, collections/collectionId, users/username, orgs/orgName, buckets/bucketName, kernels/repo. Server default: ``[]``.
            namespace: Namespace to filter by.
            include_invitees: Body field ``includeInvitees``. Server default: ``false``.
            repo_name: Body field ``repoName``.
            repo_type: Body field ``repoType``. One of ``"dataset"``, ``"model"``, ``"space"``, ``"bucket"``, ``"kernel"``.
            discussion_id: Body field ``discussionId``. Exactly 24 characters. Matches ``^[0-9a-fA-F]{24}$``.
            discussion_collection_name: Body field ``discussionCollectionName``.
            spaces_tags: Body field ``spacesTags``.
            bucket_namespace: Body field ``bucketNamespace``.

        Async: ``await client.search.quicksearch_post(...)`` returns ``QuicksearchResponse``.

        ``POST /api/quicksearch``
        """
        return await self._client._send(_with_options(_quicksearch_post(query_discussion_collection_name, query_discussion_id, query_exclude, query_include_invitees, query_lang, query_library, query_limit, query_namespace, query_orgs_filter, query_pipelines, query_q, query_repo_name, query_repo_type, query_repos_filter, query_spaces_tags, query_type, q, limit, lang, library, type, orgs_filter, repos_filter, pipelines, exclude, namespace, include_invitees, repo_name, repo_type, discussion_id, discussion_collection_name, spaces_tags, bucket_namespace), extra_headers, extra_query, extra_body, timeout))


if TYPE_CHECKING:
    from .._raw_response import async_raw, raw

    class SearchResourceWithRawResponse:
        """``client.with_raw_response.<resource>``: each method answering a ``RawResponse`` (declared for checkers)."""

        quicksearch = raw(SearchResource.quicksearch)
        quicksearch_post = raw(SearchResource.quicksearch_post)

    class AsyncSearchResourceWithRawResponse:
        """``client.with_raw_response.<resource>`` of the async client (declared for checkers)."""

        quicksearch = async_raw(AsyncSearchResource.quicksearch)
        quicksearch_post = async_raw(AsyncSearchResource.quicksearch_post)
