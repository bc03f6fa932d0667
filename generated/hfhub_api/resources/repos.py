"""Operations on repos.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._client_base import AsyncResource, Resource
from .._request import Request, Timeout
from .._request import fields as _fields
from .._request import query as _q
from .._request import repo_segments as _repo
from .._request import repo_type_segment as _repo_type
from .._request import with_options as _with_options
from .._types import UNSET
from ..models._repos import ListTrendingResponse, RepoFile, Secret
from ..models._shared import Redirect, RepoUrl, RepoVolume


def _create(name: str | None, organization: str | None, region: Literal["us", "eu"] | str | None, license: str | None, license_name: str | None, license_link: Literal["LICENSE"] | Literal["LICENSE.md"] | str | None, private: bool | None, visibility: Literal["private", "public", "protected"] | str | None, resource_group_id: str | None, files: list[RepoFile] | dict[str, Any] | None, type: Literal["dataset"] | Literal["model"] | Literal["kernel"] | Literal["space"] | None, template: str | None, short_description: str | None, hardware: str | None, secrets: list[Secret] | dict[str, Any] | None, variables: list[Secret] | dict[str, Any] | None, sleep_time_seconds: int | Literal[-1] | None, volumes: list[RepoVolume] | dict[str, Any] | None, sdk: Literal["gradio", "docker", "static"] | str | None, sdk_version: str | None, dev_mode_enabled: bool | None) -> Request[RepoUrl]:
    return Request(
        "POST",
        "/api/repos/create",
        json=_fields({"name": name, "organization": organization, "region": region, "license": license, "license_name": license_name, "license_link": license_link, "private": private, "visibility": visibility, "resourceGroupId": resource_group_id, "files": files, "type": type, "template": template, "short_description": short_description, "hardware": hardware, "secrets": secrets, "variables": variables, "sleepTimeSeconds": sleep_time_seconds, "volumes": volumes, "sdk": sdk, "sdkVersion": sdk_version, "devModeEnabled": dev_mode_enabled}),
        convert=RepoUrl,
    )


def _delete(name: str, organization: str | None, type: Literal["model", "dataset", "space"] | str | None) -> Request[None]:
    return Request(
        "DELETE",
        "/api/repos/delete",
        json=_fields({"name": name, "organization": organization, "type": type}),
        kind="empty",
    )


def _duplicate(repo_type: Literal["spaces", "space"], repo_id: str, repository: str | None, private: bool | None, visibility: Literal["private", "public", "protected"] | str | None, resource_group_id: str | None, hardware: str | None, sleep_time_seconds: int | Literal[-1] | None, secrets: list[Secret] | dict[str, Any] | None, variables: list[Secret] | dict[str, Any] | None, volumes: list[RepoVolume] | dict[str, Any] | None) -> Request[Redirect]:
    return Request(
        "POST",
        f"/api/{_repo_type(repo_type, ('spaces',))}/{_repo(repo_id, repo_type)}/duplicate",
        json=_fields({"repository": repository, "private": private, "visibility": visibility, "resourceGroupId": resource_group_id, "hardware": hardware, "sleepTimeSeconds": sleep_time_seconds, "secrets": secrets, "variables": variables, "volumes": volumes}),
        convert=Redirect,
    )


def _list_trending(limit: int | None, type: Literal["all", "dataset", "model", "space"] | str | None) -> Request[ListTrendingResponse]:
    return Request("GET", "/api/trending", params=_q({"limit": limit, "type": type}), convert=ListTrendingResponse)


def _move(from_repo: str | None, to_repo: str | None, type: Literal["dataset", "model", "space", "bucket", "kernel"] | str | None) -> Request[None]:
    return Request(
        "POST",
        "/api/repos/move",
        json=_fields({"fromRepo": from_repo, "toRepo": to_repo, "type": type}),
        kind="empty",
    )


class ReposResource(Resource):
    """Operations on repos."""

    __slots__ = ()


    def create(self, *, name: str | None = UNSET, organization: str | None = UNSET, region: Literal["us", "eu"] | str | None = UNSET, license: str | None = UNSET, license_name: str | None = UNSET, license_link: Literal["LICENSE"] | Literal["LICENSE.md"] | str | None = UNSET, private: bool | None = UNSET, visibility: Literal["private", "public", "protected"] | str | None = UNSET, resource_group_id: str | None = UNSET, files: list[RepoFile] | dict[str, Any] | None = UNSET, type: Literal["dataset"] | Literal["model"] | Literal["kernel"] | Literal["space"] | None = UNSET, template: str | None = UNSET, short_description: str | None = UNSET, hardware: str | None = UNSET, secrets: list[Secret] | dict[str, Any] | None = UNSET, variables: list[Secret] | dict[str, Any] | None = UNSET, sleep_time_seconds: int | Literal[-1] | None = UNSET, volumes: list[RepoVolume] | dict[str, Any] | None = UNSET, sdk: Literal["gradio", "docker", "static"] | str | None = UNSET, sdk_version: str | None = UNSET, dev_mode_enabled: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> RepoUrl:
        """Create a new repository.

        Args:
            name: Body field ``name``.
            organization: Body field ``organization``.
            region: The region where the repository is hosted. One of ``"us"``, ``"eu"``.
            license: The license of the repository. You can select 'Other' if your license is not in the list. One of ``"apache-2.0"``, ``"mit"``, ``"openrail"``, ``"bigscience-openrail-m"``, ``"creativeml-openrail-m"``, ``"bigscience-bloom-rail-1.0"``, ``"bigcode-openrail-m"``, ``"afl-3.0"``, ``"artistic-2.0"``, ``"bsl-1.0"``, ``"bsd"``, ``"bsd-2-clause"``, ....
            license_name: Body field ``license_name``. Matches ``^[a-z0-9-.]+$``.
            license_link: Body field ``license_link``. One of ``"LICENSE"``, ``"LICENSE.md"``.
            private: Repository visibility. Defaults to public. Cannot be specified along with visibility.
            visibility: Repository visibility. `protected` is only supported for Spaces. Cannot be specified along with private. One of ``"private"``, ``"public"``, ``"protected"``.
            resource_group_id: Body field ``resourceGroupId``.
            files: Body field ``files``.
            type: Body field ``type``. One of ``"dataset"``, ``"model"``, ``"kernel"``, ``"space"``.
            template: Body field ``template``.
            short_description: Body field ``short_description``. At most 60 characters.
            hardware: The hardware flavor of the space. If you select 'zero-a10g' or 'zerogpu', the SDK must be Gradio. One of ``"cpu-basic"``, ``"cpu-upgrade"``, ``"cpu-performance"``, ``"cpu-xl"``, ``"sprx8"``, ``"zero-a10g"``, ``"t4-small"``, ``"t4-medium"``, ``"l4x1"``, ``"l4x4"``, ``"l40sx1"``, ``"l40sx4"``, ....
            secrets: Body field ``secrets``. Server default: ``[]``.
            variables: Body field ``variables``. Server default: ``[]``.
            sleep_time_seconds: Body field ``sleepTimeSeconds``. One of ``-1``.
            volumes: HuggingFace Buckets or Repos to mount as volumes in the Space container.
            sdk: The Space SDK. `static` is free for everyone. `gradio` and `docker` run on compute: on the free `cpu-basic` flavor they require a subscription (PRO for users, Team/Enterprise for orgs), while paid hardware only requires billing (a payment method and prepaid credits). One of ``"gradio"``, ``"docker"``, ``"static"``.
            sdk_version: Body field ``sdkVersion``.
            dev_mode_enabled: Body field ``devModeEnabled``.

        ``POST /api/repos/create``
        """
        return self._client._send(_with_options(_create(name, organization, region, license, license_name, license_link, private, visibility, resource_group_id, files, type, template, short_description, hardware, secrets, variables, sleep_time_seconds, volumes, sdk, sdk_version, dev_mode_enabled), extra_headers, extra_query, extra_body, timeout))

    def delete(self, *, name: str, organization: str | None = UNSET, type: Literal["model", "dataset", "space"] | str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete a repository.

        Deletes a repository. This cannot be undone.

        Args:
            name: Name of the repository (without its namespace).
            organization: Namespace of the repository when it is not the caller's.
            type: Repository type; `model` when omitted. One of ``"model"``, ``"dataset"``, ``"space"``.

        Described by hfhub (spec/additions), not by the published spec: ``DELETE /api/repos/delete``
        """
        return self._client._send(_with_options(_delete(name, organization, type), extra_headers, extra_query, extra_body, timeout))

    def duplicate(self, repo_id: str, *, repo_type: Literal["spaces", "space"] = "spaces", repository: str | None = UNSET, private: bool | None = UNSET, visibility: Literal["private", "public", "protected"] | str | None = UNSET, resource_group_id: str | None = UNSET, hardware: str | None = UNSET, sleep_time_seconds: int | Literal[-1] | None = UNSET, secrets: list[Secret] | dict[str, Any] | None = UNSET, variables: list[Secret] | dict[str, Any] | None = UNSET, volumes: list[RepoVolume] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Redirect:
        """Duplicate a repository.

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.
            repository: Body field ``repository``.
            private: Body field ``private``.
            visibility: Body field ``visibility``. One of ``"private"``, ``"public"``, ``"protected"``.
            resource_group_id: Body field ``resourceGroupId``.
            hardware: Body field ``hardware``. One of ``"cpu-basic"``, ``"cpu-upgrade"``, ``"cpu-performance"``, ``"cpu-xl"``, ``"sprx8"``, ``"zero-a10g"``, ``"t4-small"``, ``"t4-medium"``, ``"l4x1"``, ``"l4x4"``, ``"l40sx1"``, ``"l40sx4"``, .... Server default: ``""``.
            sleep_time_seconds: Body field ``sleepTimeSeconds``. One of ``-1``.
            secrets: Body field ``secrets``. Server default: ``[]``.
            variables: Body field ``variables``. Server default: ``[]``.
            volumes: HuggingFace Buckets or Repos to mount as volumes in the duplicated Space.

        ``POST /api/{repoType}/{namespace}/{repo}/duplicate``
        """
        return self._client._send(_with_options(_duplicate(repo_type, repo_id, repository, private, visibility, resource_group_id, hardware, sleep_time_seconds, secrets, variables, volumes), extra_headers, extra_query, extra_body, timeout))

    def list_trending(self, *, limit: int | None = UNSET, type: Literal["all", "dataset", "model", "space"] | str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ListTrendingResponse:
        """Get trending.

        Get the trending repositories

        Args:
            limit: Query parameter ``limit``. From 1 to 20. Server default: ``10``.
            type: Query parameter ``type``. One of ``"all"``, ``"dataset"``, ``"model"``, ``"space"``. Server default: ``"all"``.

        ``GET /api/trending``
        """
        return self._client._send(_with_options(_list_trending(limit, type), extra_headers, extra_query, extra_body, timeout))

    def move(self, *, from_repo: str | None = UNSET, to_repo: str | None = UNSET, type: Literal["dataset", "model", "space", "bucket", "kernel"] | str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Move repo.

        Move or rename a repo

        Args:
            from_repo: Body field ``fromRepo``.
            to_repo: Body field ``toRepo``.
            type: Body field ``type``. One of ``"dataset"``, ``"model"``, ``"space"``, ``"bucket"``, ``"kernel"``. Server default: ``"model"``.

        ``POST /api/repos/move``
        """
        return self._client._send(_with_options(_move(from_repo, to_repo, type), extra_headers, extra_query, extra_body, timeout))


class AsyncReposResource(AsyncResource):
    """Operations on repos. (async)"""

    __slots__ = ()


    async def create(self, *, name: str | None = UNSET, organization: str | None = UNSET, region: Literal["us", "eu"] | str | None = UNSET, license: str | None = UNSET, license_name: str | None = UNSET, license_link: Literal["LICENSE"] | Literal["LICENSE.md"] | str | None = UNSET, private: bool | None = UNSET, visibility: Literal["private", "public", "protected"] | str | None = UNSET, resource_group_id: str | None = UNSET, files: list[RepoFile] | dict[str, Any] | None = UNSET, type: Literal["dataset"] | Literal["model"] | Literal["kernel"] | Literal["space"] | None = UNSET, template: str | None = UNSET, short_description: str | None = UNSET, hardware: str | None = UNSET, secrets: list[Secret] | dict[str, Any] | None = UNSET, variables: list[Secret] | dict[str, Any] | None = UNSET, sleep_time_seconds: int | Literal[-1] | None = UNSET, volumes: list[RepoVolume] | dict[str, Any] | None = UNSET, sdk: Literal["gradio", "docker", "static"] | str | None = UNSET, sdk_version: str | None = UNSET, dev_mode_enabled: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> RepoUrl:
        """Create a new repository.

        Args:
            name: Body field ``name``.
            organization: Body field ``organization``.
            region: The region where the repository is hosted. One of ``"us"``, ``"eu"``.
            license: The license of the repository. You can select 'Other' if your license is not in the list. One of ``"apache-2.0"``, ``"mit"``, ``"openrail"``, ``"bigscience-openrail-m"``, ``"creativeml-openrail-m"``, ``"bigscience-bloom-rail-1.0"``, ``"bigcode-openrail-m"``, ``"afl-3.0"``, ``"artistic-2.0"``, ``"bsl-1.0"``, ``"bsd"``, ``"bsd-2-clause"``, ....
            license_name: Body field ``license_name``. Matches ``^[a-z0-9-.]+$``.
            license_link: Body field ``license_link``. One of ``"LICENSE"``, ``"LICENSE.md"``.
            private: Repository visibility. Defaults to public. Cannot be specified along with visibility.
            visibility: Repository visibility. `protected` is only supported for Spaces. Cannot be specified along with private. One of ``"private"``, ``"public"``, ``"protected"``.
            resource_group_id: Body field ``resourceGroupId``.
            files: Body field ``files``.
            type: Body field ``type``. One of ``"dataset"``, ``"model"``, ``"kernel"``, ``"space"``.
            template: Body field ``template``.
            short_description: Body field ``short_description``. At most 60 characters.
            hardware: The hardware flavor of the space. If you select 'zero-a10g' or 'zerogpu', the SDK must be Gradio. One of ``"cpu-basic"``, ``"cpu-upgrade"``, ``"cpu-performance"``, ``"cpu-xl"``, ``"sprx8"``, ``"zero-a10g"``, ``"t4-small"``, ``"t4-medium"``, ``"l4x1"``, ``"l4x4"``, ``"l40sx1"``, ``"l40sx4"``, ....
            secrets: Body field ``secrets``. Server default: ``[]``.
            variables: Body field ``variables``. Server default: ``[]``.
            sleep_time_seconds: Body field ``sleepTimeSeconds``. One of ``-1``.
            volumes: HuggingFace Buckets or Repos to mount as volumes in the Space container.
            sdk: The Space SDK. `static` is free for everyone. `gradio` and `docker` run on compute: on the free `cpu-basic` flavor they require a subscription (PRO for users, Team/Enterprise for orgs), while paid hardware only requires billing (a payment method and prepaid credits). One of ``"gradio"``, ``"docker"``, ``"static"``.
            sdk_version: Body field ``sdkVersion``.
            dev_mode_enabled: Body field ``devModeEnabled``.

        Async: ``await client.repos.create(...)`` returns ``RepoUrl``.

        ``POST /api/repos/create``
        """
        return await self._client._send(_with_options(_create(name, organization, region, license, license_name, license_link, private, visibility, resource_group_id, files, type, template, short_description, hardware, secrets, variables, sleep_time_seconds, volumes, sdk, sdk_version, dev_mode_enabled), extra_headers, extra_query, extra_body, timeout))

    async def delete(self, *, name: str, organization: str | None = UNSET, type: Literal["model", "dataset", "space"] | str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete a repository.

        Deletes a repository. This cannot be undone.

        Args:
            name: Name of the repository (without its namespace).
            organization: Namespace of the repository when it is not the caller's.
            type: Repository type; `model` when omitted. One of ``"model"``, ``"dataset"``, ``"space"``.

        Async: ``await client.repos.delete(...)`` returns ``None``.

        Described by hfhub (spec/additions), not by the published spec: ``DELETE /api/repos/delete``
        """
        return await self._client._send(_with_options(_delete(name, organization, type), extra_headers, extra_query, extra_body, timeout))

    async def duplicate(self, repo_id: str, *, repo_type: Literal["spaces", "space"] = "spaces", repository: str | None = UNSET, private: bool | None = UNSET, visibility: Literal["private", "public", "protected"] | str | None = UNSET, resource_group_id: str | None = UNSET, hardware: str | None = UNSET, sleep_time_seconds: int | Literal[-1] | None = UNSET, secrets: list[Secret] | dict[str, Any] | None = UNSET, variables: list[Secret] | dict[str, Any] | None = UNSET, volumes: list[RepoVolume] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Redirect:
        """Duplicate a repository.

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.
            repository: Body field ``repository``.
            private: Body field ``private``.
            visibility: Body field ``visibility``. One of ``"private"``, ``"public"``, ``"protected"``.
            resource_group_id: Body field ``resourceGroupId``.
            hardware: Body field ``hardware``. One of ``"cpu-basic"``, ``"cpu-upgrade"``, ``"cpu-performance"``, ``"cpu-xl"``, ``"sprx8"``, ``"zero-a10g"``, ``"t4-small"``, ``"t4-medium"``, ``"l4x1"``, ``"l4x4"``, ``"l40sx1"``, ``"l40sx4"``, .... Server default: ``""``.
            sleep_time_seconds: Body field ``sleepTimeSeconds``. One of ``-1``.
            secrets: Body field ``secrets``. Server default: ``[]``.
            variables: Body field ``variables``. Server default: ``[]``.
            volumes: HuggingFace Buckets or Repos to mount as volumes in the duplicated Space.

        Async: ``await client.repos.duplicate(...)`` returns ``Redirect``.

        ``POST /api/{repoType}/{namespace}/{repo}/duplicate``
        """
        return await self._client._send(_with_options(_duplicate(repo_type, repo_id, repository, private, visibility, resource_group_id, hardware, sleep_time_seconds, secrets, variables, volumes), extra_headers, extra_query, extra_body, timeout))

    async def list_trending(self, *, limit: int | None = UNSET, type: Literal["all", "dataset", "model", "space"] | str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ListTrendingResponse:
        """Get trending.

        Get the trending repositories

        Args:
            limit: Query parameter ``limit``. From 1 to 20. Server default: ``10``.
            type: Query parameter ``type``. One of ``"all"``, ``"dataset"``, ``"model"``, ``"space"``. Server default: ``"all"``.

        Async: ``await client.repos.list_trending(...)`` returns ``ListTrendingResponse``.

        ``GET /api/trending``
        """
        return await self._client._send(_with_options(_list_trending(limit, type), extra_headers, extra_query, extra_body, timeout))

    async def move(self, *, from_repo: str | None = UNSET, to_repo: str | None = UNSET, type: Literal["dataset", "model", "space", "bucket", "kernel"] | str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Move repo.

        Move or rename a repo

        Args:
            from_repo: Body field ``fromRepo``.
            to_repo: Body field ``toRepo``.
            type: Body field ``type``. One of ``"dataset"``, ``"model"``, ``"space"``, ``"bucket"``, ``"kernel"``. Server default: ``"model"``.

        Async: ``await client.repos.move(...)`` returns ``None``.

        ``POST /api/repos/move``
        """
        return await self._client._send(_with_options(_move(from_repo, to_repo, type), extra_headers, extra_query, extra_body, timeout))


if TYPE_CHECKING:
    from .._raw_response import async_raw, raw

    class ReposResourceWithRawResponse:
        """``client.with_raw_response.<resource>``: each method answering a ``RawResponse`` (declared for checkers)."""

        create = raw(ReposResource.create)
        delete = raw(ReposResource.delete)
        duplicate = raw(ReposResource.duplicate)
        list_trending = raw(ReposResource.list_trending)
        move = raw(ReposResource.move)

    class AsyncReposResourceWithRawResponse:
        """``client.with_raw_response.<resource>`` of the async client (declared for checkers)."""

        create = async_raw(AsyncReposResource.create)
        delete = async_raw(AsyncReposResource.delete)
        duplicate = async_raw(AsyncReposResource.duplicate)
        list_trending = async_raw(AsyncReposResource.list_trending)
        move = async_raw(AsyncReposResource.move)
