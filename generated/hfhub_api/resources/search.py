"""Operations on search.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import Any, Literal

from .._client_base import AsyncResource, Resource
from .._request import Request
from .._request import fields as _fields
from .._request import query as _q
from .._types import UNSET
from ..models._search import QuicksearchResponse


def _quicksearch(discussion_collection_name: str | None, discussion_id: str | None, exclude: list[str] | None, include_invitees: Any, lang: str | None, library: str | None, limit: int | None, namespace: str | None, orgs_filter: list[Literal["own", "unwatched"] | str] | list[str] | None, pipelines: list[str] | str | None, q: str | None, repo_name: str | None, repo_type: Literal["dataset", "model", "space", "bucket", "kernel"] | str | None, repos_filter: list[Literal["skip_disabled", "skip_gated", "own", "own_orgs", "granted_access"] | str] | list[str] | None, spaces_tags: list[str] | None, type: list[Literal["model", "dataset", "space", "org", "user", "paper", "collection", "bucket", "kernel"] | str] | list[str] | None) -> Request[QuicksearchResponse]:
    return Request(
        "GET",
        "/api/quicksearch",
        params=_q({"discussionCollectionName": discussion_collection_name, "discussionId": discussion_id, "exclude": exclude, "includeInvitees": include_invitees, "lang": lang, "library": library, "limit": limit, "namespace": namespace, "orgsFilter": orgs_filter, "pipelines": pipelines, "q": q, "repoName": repo_name, "repoType": repo_type, "reposFilter": repos_filter, "spacesTags": spaces_tags, "type": type}),
        convert=QuicksearchResponse,
    )


def _quicksearch_post(discussion_collection_name: str | None, discussion_id: str | None, exclude: list[str] | None, include_invitees: Any, lang: str | None, library: str | None, limit: int | None, namespace: str | None, orgs_filter: list[Literal["own", "unwatched"] | str] | list[str] | None, pipelines: list[str] | str | None, q: str | None, repo_name: str | None, repo_type: Literal["dataset", "model", "space", "bucket", "kernel"] | str | None, repos_filter: list[Literal["skip_disabled", "skip_gated", "own", "own_orgs", "granted_access"] | str] | list[str] | None, spaces_tags: list[str] | None, type: list[Literal["model", "dataset", "space", "org", "user", "paper", "collection", "bucket", "kernel"] | str] | list[str] | None, body_q: str | None, body_limit: int | None, body_lang: str | None, body_library: str | None, body_type: list[Literal["model", "dataset", "space", "org", "user", "paper", "collection", "bucket", "kernel"] | str] | list[str] | None, body_orgs_filter: list[Literal["own", "unwatched"] | str] | list[str] | None, body_repos_filter: list[Literal["skip_disabled", "skip_gated", "own", "own_orgs", "granted_access"] | str] | list[str] | None, body_pipelines: list[str] | str | None, body_exclude: list[str] | None, body_namespace: str | None, body_include_invitees: Any, body_repo_name: str | None, body_repo_type: Literal["dataset", "model", "space", "bucket", "kernel"] | str | None, body_discussion_id: str | None, body_discussion_collection_name: str | None, body_spaces_tags: list[str] | None, bucket_namespace: Any) -> Request[QuicksearchResponse]:
    return Request(
        "POST",
        "/api/quicksearch",
        params=_q({"discussionCollectionName": discussion_collection_name, "discussionId": discussion_id, "exclude": exclude, "includeInvitees": include_invitees, "lang": lang, "library": library, "limit": limit, "namespace": namespace, "orgsFilter": orgs_filter, "pipelines": pipelines, "q": q, "repoName": repo_name, "repoType": repo_type, "reposFilter": repos_filter, "spacesTags": spaces_tags, "type": type}),
        json=_fields({"q": body_q, "limit": body_limit, "lang": body_lang, "library": body_library, "type": body_type, "orgsFilter": body_orgs_filter, "reposFilter": body_repos_filter, "pipelines": body_pipelines, "exclude": body_exclude, "namespace": body_namespace, "includeInvitees": body_include_invitees, "repoName": body_repo_name, "repoType": body_repo_type, "discussionId": body_discussion_id, "discussionCollectionName": body_discussion_collection_name, "spacesTags": body_spaces_tags, "bucketNamespace": bucket_namespace}),
        convert=QuicksearchResponse,
    )


class SearchResource(Resource):
    """Operations on search."""

    __slots__ = ()


    def quicksearch(self, *, discussion_collection_name: str | None = UNSET, discussion_id: str | None = UNSET, exclude: list[str] | None = UNSET, include_invitees: Any = UNSET, lang: str | None = UNSET, library: str | None = UNSET, limit: int | None = UNSET, namespace: str | None = UNSET, orgs_filter: list[Literal["own", "unwatched"] | str] | list[str] | None = UNSET, pipelines: list[str] | str | None = UNSET, q: str | None = UNSET, repo_name: str | None = UNSET, repo_type: Literal["dataset", "model", "space", "bucket", "kernel"] | str | None = UNSET, repos_filter: list[Literal["skip_disabled", "skip_gated", "own", "own_orgs", "granted_access"] | str] | list[str] | None = UNSET, spaces_tags: list[str] | None = UNSET, type: list[Literal["model", "dataset", "space", "org", "user", "paper", "collection", "bucket", "kernel"] | str] | list[str] | None = UNSET) -> QuicksearchResponse:
        """Quick search.

        Quick search for models, datasets, spaces, orgs, users, papers, collections, and buckets

        Args:
            exclude: Array of excluded resources: spaces/repo, models/repo, datasets/repo, papers/paperId, collections/collectionId, users/username, orgs/orgName, buckets/bucketName, kernels/repo
            namespace: Namespace to filter by
            pipelines: Comma-separated or array of pipeline types

        ``GET /api/quicksearch``
        """
        return self._client._send(_quicksearch(discussion_collection_name, discussion_id, exclude, include_invitees, lang, library, limit, namespace, orgs_filter, pipelines, q, repo_name, repo_type, repos_filter, spaces_tags, type))

    def quicksearch_post(self, *, discussion_collection_name: str | None = UNSET, discussion_id: str | None = UNSET, exclude: list[str] | None = UNSET, include_invitees: Any = UNSET, lang: str | None = UNSET, library: str | None = UNSET, limit: int | None = UNSET, namespace: str | None = UNSET, orgs_filter: list[Literal["own", "unwatched"] | str] | list[str] | None = UNSET, pipelines: list[str] | str | None = UNSET, q: str | None = UNSET, repo_name: str | None = UNSET, repo_type: Literal["dataset", "model", "space", "bucket", "kernel"] | str | None = UNSET, repos_filter: list[Literal["skip_disabled", "skip_gated", "own", "own_orgs", "granted_access"] | str] | list[str] | None = UNSET, spaces_tags: list[str] | None = UNSET, type: list[Literal["model", "dataset", "space", "org", "user", "paper", "collection", "bucket", "kernel"] | str] | list[str] | None = UNSET, body_q: str | None = UNSET, body_limit: int | None = UNSET, body_lang: str | None = UNSET, body_library: str | None = UNSET, body_type: list[Literal["model", "dataset", "space", "org", "user", "paper", "collection", "bucket", "kernel"] | str] | list[str] | None = UNSET, body_orgs_filter: list[Literal["own", "unwatched"] | str] | list[str] | None = UNSET, body_repos_filter: list[Literal["skip_disabled", "skip_gated", "own", "own_orgs", "granted_access"] | str] | list[str] | None = UNSET, body_pipelines: list[str] | str | None = UNSET, body_exclude: list[str] | None = UNSET, body_namespace: str | None = UNSET, body_include_invitees: Any = UNSET, body_repo_name: str | None = UNSET, body_repo_type: Literal["dataset", "model", "space", "bucket", "kernel"] | str | None = UNSET, body_discussion_id: str | None = UNSET, body_discussion_collection_name: str | None = UNSET, body_spaces_tags: list[str] | None = UNSET, bucket_namespace: Any = UNSET) -> QuicksearchResponse:
        """Quick search.

        Quick search for models, datasets, spaces, orgs, users, papers, collections, and buckets

        Args:
            exclude: Array of excluded resources: spaces/repo, models/repo, datasets/repo, papers/paperId, collections/collectionId, users/username, orgs/orgName, buckets/bucketName, kernels/repo
            namespace: Namespace to filter by
            pipelines: Comma-separated or array of pipeline types
            body_pipelines: Comma-separated or array of pipeline types
            body_exclude: Array of excluded resources: spaces/repo, models/repo, datasets/repo, papers/paperId, collections/collectionId, users/username, orgs/orgName, buckets/bucketName, kernels/repo
            body_namespace: Namespace to filter by

        ``POST /api/quicksearch``
        """
        return self._client._send(_quicksearch_post(discussion_collection_name, discussion_id, exclude, include_invitees, lang, library, limit, namespace, orgs_filter, pipelines, q, repo_name, repo_type, repos_filter, spaces_tags, type, body_q, body_limit, body_lang, body_library, body_type, body_orgs_filter, body_repos_filter, body_pipelines, body_exclude, body_namespace, body_include_invitees, body_repo_name, body_repo_type, body_discussion_id, body_discussion_collection_name, body_spaces_tags, bucket_namespace))


class AsyncSearchResource(AsyncResource):
    """Operations on search. (async)"""

    __slots__ = ()


    async def quicksearch(self, *, discussion_collection_name: str | None = UNSET, discussion_id: str | None = UNSET, exclude: list[str] | None = UNSET, include_invitees: Any = UNSET, lang: str | None = UNSET, library: str | None = UNSET, limit: int | None = UNSET, namespace: str | None = UNSET, orgs_filter: list[Literal["own", "unwatched"] | str] | list[str] | None = UNSET, pipelines: list[str] | str | None = UNSET, q: str | None = UNSET, repo_name: str | None = UNSET, repo_type: Literal["dataset", "model", "space", "bucket", "kernel"] | str | None = UNSET, repos_filter: list[Literal["skip_disabled", "skip_gated", "own", "own_orgs", "granted_access"] | str] | list[str] | None = UNSET, spaces_tags: list[str] | None = UNSET, type: list[Literal["model", "dataset", "space", "org", "user", "paper", "collection", "bucket", "kernel"] | str] | list[str] | None = UNSET) -> QuicksearchResponse:
        """Quick search (async form of ``SearchResource.quicksearch``)."""
        return await self._client._send(_quicksearch(discussion_collection_name, discussion_id, exclude, include_invitees, lang, library, limit, namespace, orgs_filter, pipelines, q, repo_name, repo_type, repos_filter, spaces_tags, type))

    async def quicksearch_post(self, *, discussion_collection_name: str | None = UNSET, discussion_id: str | None = UNSET, exclude: list[str] | None = UNSET, include_invitees: Any = UNSET, lang: str | None = UNSET, library: str | None = UNSET, limit: int | None = UNSET, namespace: str | None = UNSET, orgs_filter: list[Literal["own", "unwatched"] | str] | list[str] | None = UNSET, pipelines: list[str] | str | None = UNSET, q: str | None = UNSET, repo_name: str | None = UNSET, repo_type: Literal["dataset", "model", "space", "bucket", "kernel"] | str | None = UNSET, repos_filter: list[Literal["skip_disabled", "skip_gated", "own", "own_orgs", "granted_access"] | str] | list[str] | None = UNSET, spaces_tags: list[str] | None = UNSET, type: list[Literal["model", "dataset", "space", "org", "user", "paper", "collection", "bucket", "kernel"] | str] | list[str] | None = UNSET, body_q: str | None = UNSET, body_limit: int | None = UNSET, body_lang: str | None = UNSET, body_library: str | None = UNSET, body_type: list[Literal["model", "dataset", "space", "org", "user", "paper", "collection", "bucket", "kernel"] | str] | list[str] | None = UNSET, body_orgs_filter: list[Literal["own", "unwatched"] | str] | list[str] | None = UNSET, body_repos_filter: list[Literal["skip_disabled", "skip_gated", "own", "own_orgs", "granted_access"] | str] | list[str] | None = UNSET, body_pipelines: list[str] | str | None = UNSET, body_exclude: list[str] | None = UNSET, body_namespace: str | None = UNSET, body_include_invitees: Any = UNSET, body_repo_name: str | None = UNSET, body_repo_type: Literal["dataset", "model", "space", "bucket", "kernel"] | str | None = UNSET, body_discussion_id: str | None = UNSET, body_discussion_collection_name: str | None = UNSET, body_spaces_tags: list[str] | None = UNSET, bucket_namespace: Any = UNSET) -> QuicksearchResponse:
        """Quick search (async form of ``SearchResource.quicksearch_post``)."""
        return await self._client._send(_quicksearch_post(discussion_collection_name, discussion_id, exclude, include_invitees, lang, library, limit, namespace, orgs_filter, pipelines, q, repo_name, repo_type, repos_filter, spaces_tags, type, body_q, body_limit, body_lang, body_library, body_type, body_orgs_filter, body_repos_filter, body_pipelines, body_exclude, body_namespace, body_include_invitees, body_repo_name, body_repo_type, body_discussion_id, body_discussion_collection_name, body_spaces_tags, bucket_namespace))
