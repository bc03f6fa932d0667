"""Operations on sql console.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._client_base import AsyncResource, Resource
from .._request import Request, Timeout
from .._request import fields as _fields
from .._request import repo_segments as _repo
from .._request import repo_type_segment as _repo_type
from .._request import segment as _seg
from .._request import with_options as _with_options
from .._types import UNSET
from ..models._sql_console import CreateEmbedResponse, View


def _create_embed(repo_type: Literal["datasets", "dataset"], repo_id: str, sql: str | None, title: str | None, private: bool | None, views: list[View] | dict[str, Any] | None) -> Request[CreateEmbedResponse]:
    return Request(
        "POST",
        f"/api/{_repo_type(repo_type, ('datasets',))}/{_repo(repo_id, repo_type)}/sql-console/embed",
        json=_fields({"sql": sql, "title": title, "private": private, "views": views}),
        convert=CreateEmbedResponse,
    )


def _delete_embed(repo_type: Literal["datasets", "dataset"], repo_id: str, id: str) -> Request[None]:
    return Request(
        "DELETE",
        f"/api/{_repo_type(repo_type, ('datasets',))}/{_repo(repo_id, repo_type)}/sql-console/embed/{_seg(id, 'id')}",
        kind="empty",
    )


def _update_embed(repo_type: Literal["datasets", "dataset"], repo_id: str, id: str, title: str | None, private: bool | None, sql: str | None) -> Request[CreateEmbedResponse]:
    return Request(
        "PATCH",
        f"/api/{_repo_type(repo_type, ('datasets',))}/{_repo(repo_id, repo_type)}/sql-console/embed/{_seg(id, 'id')}",
        json=_fields({"title": title, "private": private, "sql": sql}),
        convert=CreateEmbedResponse,
    )


class SqlConsoleResource(Resource):
    """Operations on sql console."""

    __slots__ = ()


    def create_embed(self, repo_id: str, *, repo_type: Literal["datasets", "dataset"] = "datasets", sql: str | None = UNSET, title: str | None = UNSET, private: bool | None = UNSET, views: list[View] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateEmbedResponse:
        """Create embed.

        Create SQL Console embed

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.
            sql: Body field ``sql``.
            title: Body field ``title``. At most 200 characters.
            private: Body field ``private``.
            views: Body field ``views``.

        ``POST /api/{repoType}/{namespace}/{repo}/sql-console/embed``
        """
        return self._client._send(_with_options(_create_embed(repo_type, repo_id, sql, title, private, views), extra_headers, extra_query, extra_body, timeout))

    def delete_embed(self, repo_id: str, id: str, *, repo_type: Literal["datasets", "dataset"] = "datasets", extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete embed.

        Delete SQL Console embed

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.
            id: Path parameter ``{id}``.

        ``DELETE /api/{repoType}/{namespace}/{repo}/sql-console/embed/{id}``
        """
        return self._client._send(_with_options(_delete_embed(repo_type, repo_id, id), extra_headers, extra_query, extra_body, timeout))

    def update_embed(self, repo_id: str, id: str, *, repo_type: Literal["datasets", "dataset"] = "datasets", title: str | None = UNSET, private: bool | None = UNSET, sql: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateEmbedResponse:
        """Update embed.

        Update SQL Console embed

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.
            id: Path parameter ``{id}``.
            title: Body field ``title``. At most 200 characters.
            private: Body field ``private``.
            sql: Body field ``sql``.

        ``PATCH /api/{repoType}/{namespace}/{repo}/sql-console/embed/{id}``
        """
        return self._client._send(_with_options(_update_embed(repo_type, repo_id, id, title, private, sql), extra_headers, extra_query, extra_body, timeout))


class AsyncSqlConsoleResource(AsyncResource):
    """Operations on sql console. (async)"""

    __slots__ = ()


    async def create_embed(self, repo_id: str, *, repo_type: Literal["datasets", "dataset"] = "datasets", sql: str | None = UNSET, title: str | None = UNSET, private: bool | None = UNSET, views: list[View] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateEmbedResponse:
        """Create embed.

        Create SQL Console embed

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.
            sql: Body field ``sql``.
            title: Body field ``title``. At most 200 characters.
            private: Body field ``private``.
            views: Body field ``views``.

        Async: ``await client.sql_console.create_embed(...)`` returns ``CreateEmbedResponse``.

        ``POST /api/{repoType}/{namespace}/{repo}/sql-console/embed``
        """
        return await self._client._send(_with_options(_create_embed(repo_type, repo_id, sql, title, private, views), extra_headers, extra_query, extra_body, timeout))

    async def delete_embed(self, repo_id: str, id: str, *, repo_type: Literal["datasets", "dataset"] = "datasets", extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete embed.

        Delete SQL Console embed

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.
            id: Path parameter ``{id}``.

        Async: ``await client.sql_console.delete_embed(...)`` returns ``None``.

        ``DELETE /api/{repoType}/{namespace}/{repo}/sql-console/embed/{id}``
        """
        return await self._client._send(_with_options(_delete_embed(repo_type, repo_id, id), extra_headers, extra_query, extra_body, timeout))

    async def update_embed(self, repo_id: str, id: str, *, repo_type: Literal["datasets", "dataset"] = "datasets", title: str | None = UNSET, private: bool | None = UNSET, sql: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateEmbedResponse:
        """Update embed.

        Update SQL Console embed

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.
            id: Path parameter ``{id}``.
            title: Body field ``title``. At most 200 characters.
            private: Body field ``private``.
            sql: Body field ``sql``.

        Async: ``await client.sql_console.update_embed(...)`` returns ``CreateEmbedResponse``.

        ``PATCH /api/{repoType}/{namespace}/{repo}/sql-console/embed/{id}``
        """
        return await self._client._send(_with_options(_update_embed(repo_type, repo_id, id, title, private, sql), extra_headers, extra_query, extra_body, timeout))


if TYPE_CHECKING:
    from .._raw_response import async_raw, raw

    class SqlConsoleResourceWithRawResponse:
        """``client.with_raw_response.<resource>``: each method answering a ``RawResponse`` (declared for checkers)."""

        create_embed = raw(SqlConsoleResource.create_embed)
        delete_embed = raw(SqlConsoleResource.delete_embed)
        update_embed = raw(SqlConsoleResource.update_embed)

    class AsyncSqlConsoleResourceWithRawResponse:
        """``client.with_raw_response.<resource>`` of the async client (declared for checkers)."""

        create_embed = async_raw(AsyncSqlConsoleResource.create_embed)
        delete_embed = async_raw(AsyncSqlConsoleResource.delete_embed)
        update_embed = async_raw(AsyncSqlConsoleResource.update_embed)
