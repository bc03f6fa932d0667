"""Operations on repos.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import Any, Literal

from .._client_base import Resource
from .._request import Request
from .._request import fields as _fields
from .._request import query as _q
from .._request import repo_segments as _repo
from .._request import repo_type_segment as _repo_type
from .._types import UNSET
from ..models._repos import CreateBodyFile, ListTrendingResponse, Secret
from ..models._shared import CreateResponse, Redirect, RunBodyVolume


def _create(name, organization, region, license, license_name, license_link, private, visibility, resource_group_id, files) -> Request:
    return Request(
        "POST",
        "/api/repos/create",
        json=_fields({"name": name, "organization": organization, "region": region, "license": license, "license_name": license_name, "license_link": license_link, "private": private, "visibility": visibility, "resourceGroupId": resource_group_id, "files": files}),
        convert=CreateResponse._convert,
    )


def _delete(name, organization, type) -> Request:
    return Request(
        "DELETE",
        "/api/repos/delete",
        json=_fields({"name": name, "organization": organization, "type": type}),
        kind="empty",
    )


def _duplicate(repo_type, repo_id, repository, private, visibility, resource_group_id, hardware, sleep_time_seconds, secrets, variables, volumes) -> Request:
    return Request(
        "POST",
        f"/api/{_repo_type(repo_type, ('spaces',))}/{_repo(repo_id)}/duplicate",
        json=_fields({"repository": repository, "private": private, "visibility": visibility, "resourceGroupId": resource_group_id, "hardware": hardware, "sleepTimeSeconds": sleep_time_seconds, "secrets": secrets, "variables": variables, "volumes": volumes}),
        convert=Redirect._convert,
    )


def _list_trending(limit, type) -> Request:
    return Request(
        "GET",
        "/api/trending",
        params=_q({"limit": limit, "type": type}),
        convert=ListTrendingResponse._convert,
    )


def _move(from_repo, to_repo, type) -> Request:
    return Request(
        "POST",
        "/api/repos/move",
        json=_fields({"fromRepo": from_repo, "toRepo": to_repo, "type": type}),
        kind="empty",
    )


class ReposResource(Resource):
    """Operations on repos."""

    __slots__ = ()


    def create(self, *, name: str | None = UNSET, organization: str | None = UNSET, region: Literal["us", "eu"] | str | None = UNSET, license: Literal["apache-2.0", "mit", "openrail", "bigscience-openrail-m", "creativeml-openrail-m", "bigscience-bloom-rail-1.0", "bigcode-openrail-m", "afl-3.0", "artistic-2.0", "bsl-1.0", "bsd", "bsd-2-clause", "bsd-3-clause", "bsd-3-clause-clear", "c-uda", "cc", "cc0-1.0", "cc-by-2.0", "cc-by-2.5", "cc-by-3.0", "cc-by-4.0", "cc-by-sa-3.0", "cc-by-sa-4.0", "cc-by-nc-2.0", "cc-by-nc-3.0", "cc-by-nc-4.0", "cc-by-nd-4.0", "cc-by-nc-nd-3.0", "cc-by-nc-nd-4.0", "cc-by-nc-sa-2.0", "cc-by-nc-sa-3.0", "cc-by-nc-sa-4.0", "cdla-sharing-1.0", "cdla-permissive-1.0", "cdla-permissive-2.0", "wtfpl", "ecl-2.0", "epl-1.0", "epl-2.0", "etalab-2.0", "eupl-1.1", "eupl-1.2", "agpl-3.0", "gfdl", "gpl", "gpl-2.0", "gpl-3.0", "lgpl", "lgpl-2.1", "lgpl-3.0", "isc", "h-research", "intel-research", "lppl-1.3c", "ms-pl", "apple-ascl", "apple-amlr", "mpl-2.0", "odc-by", "odbl", "openmdw-1.0", "openmdw-1.1", "openrail++", "osl-3.0", "postgresql", "ofl-1.1", "ncsa", "unlicense", "zlib", "pddl", "lgpl-lr", "deepfloyd-if-license", "fair-noncommercial-research-license", "llama2", "llama3", "llama3.1", "llama3.2", "llama3.3", "llama4", "grok2-community", "gemma", "unknown", "other"] | str | None = UNSET, license_name: str | None = UNSET, license_link: Literal["LICENSE"] | Literal["LICENSE.md"] | str | None = UNSET, private: bool | None = UNSET, visibility: Literal["private", "public", "protected"] | str | None = UNSET, resource_group_id: str | None = UNSET, files: list[CreateBodyFile] | dict[str, Any] | None = UNSET) -> CreateResponse:
        """Create a new repository.

        Args:
            region: The region where the repository is hosted.
            license: The license of the repository. You can select 'Other' if your license is not in the list
            private: Repository visibility. Defaults to public. Cannot be specified along with visibility.
            visibility: Repository visibility. `protected` is only supported for Spaces. Cannot be specified along with private.

        ``POST /api/repos/create``
        """
        return self._client._send(_create(name, organization, region, license, license_name, license_link, private, visibility, resource_group_id, files))

    def delete(self, *, name: str, organization: str | None = UNSET, type: Literal["model", "dataset", "space"] | str | None = UNSET) -> Any:
        """Delete a repository.

        Deletes a repository. This cannot be undone.

        Args:
            name: Name of the repository (without its namespace).
            organization: Namespace of the repository when it is not the caller's.
            type: Repository type; `model` when omitted.

        Described by hfhub (spec/additions), not by the published spec: ``DELETE /api/repos/delete``
        """
        return self._client._send(_delete(name, organization, type))

    def duplicate(self, repo_id: str, *, repo_type: Literal["spaces", "space"] = "spaces", repository: str | None = UNSET, private: bool | None = UNSET, visibility: Literal["private", "public", "protected"] | str | None = UNSET, resource_group_id: str | None = UNSET, hardware: Literal["cpu-basic", "cpu-upgrade", "cpu-performance", "cpu-xl", "sprx8", "zero-a10g", "t4-small", "t4-medium", "l4x1", "l4x4", "l40sx1", "l40sx4", "l40sx8", "a10g-small", "a10g-large", "a10g-largex2", "a10g-largex4", "a100-large", "a100x4", "a100x8", "h200", "h200x2", "h200x4", "h200x8", "rtx-pro-6000", "rtx-pro-6000x2", "rtx-pro-6000x4", "rtx-pro-6000x8", "inf2x6", ""] | str | None = UNSET, sleep_time_seconds: int | Literal[-1] | None = UNSET, secrets: list[Secret] | dict[str, Any] | None = UNSET, variables: list[Secret] | dict[str, Any] | None = UNSET, volumes: list[RunBodyVolume] | dict[str, Any] | None = UNSET) -> Redirect:
        """Duplicate a repository.

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.
            volumes: HuggingFace Buckets or Repos to mount as volumes in the duplicated Space.

        ``POST /api/{repoType}/{namespace}/{repo}/duplicate``
        """
        return self._client._send(_duplicate(repo_type, repo_id, repository, private, visibility, resource_group_id, hardware, sleep_time_seconds, secrets, variables, volumes))

    def list_trending(self, *, limit: int | None = UNSET, type: Literal["all", "dataset", "model", "space"] | str | None = UNSET) -> ListTrendingResponse:
        """Get trending.

        Get the trending repositories

        ``GET /api/trending``
        """
        return self._client._send(_list_trending(limit, type))

    def move(self, *, from_repo: str | None = UNSET, to_repo: str | None = UNSET, type: Literal["dataset", "model", "space", "bucket", "kernel"] | str | None = UNSET) -> Any:
        """Move repo.

        Move or rename a repo

        ``POST /api/repos/move``
        """
        return self._client._send(_move(from_repo, to_repo, type))


class AsyncReposResource(Resource):
    """Operations on repos. (async)"""

    __slots__ = ()


    async def create(self, *, name: str | None = UNSET, organization: str | None = UNSET, region: Literal["us", "eu"] | str | None = UNSET, license: Literal["apache-2.0", "mit", "openrail", "bigscience-openrail-m", "creativeml-openrail-m", "bigscience-bloom-rail-1.0", "bigcode-openrail-m", "afl-3.0", "artistic-2.0", "bsl-1.0", "bsd", "bsd-2-clause", "bsd-3-clause", "bsd-3-clause-clear", "c-uda", "cc", "cc0-1.0", "cc-by-2.0", "cc-by-2.5", "cc-by-3.0", "cc-by-4.0", "cc-by-sa-3.0", "cc-by-sa-4.0", "cc-by-nc-2.0", "cc-by-nc-3.0", "cc-by-nc-4.0", "cc-by-nd-4.0", "cc-by-nc-nd-3.0", "cc-by-nc-nd-4.0", "cc-by-nc-sa-2.0", "cc-by-nc-sa-3.0", "cc-by-nc-sa-4.0", "cdla-sharing-1.0", "cdla-permissive-1.0", "cdla-permissive-2.0", "wtfpl", "ecl-2.0", "epl-1.0", "epl-2.0", "etalab-2.0", "eupl-1.1", "eupl-1.2", "agpl-3.0", "gfdl", "gpl", "gpl-2.0", "gpl-3.0", "lgpl", "lgpl-2.1", "lgpl-3.0", "isc", "h-research", "intel-research", "lppl-1.3c", "ms-pl", "apple-ascl", "apple-amlr", "mpl-2.0", "odc-by", "odbl", "openmdw-1.0", "openmdw-1.1", "openrail++", "osl-3.0", "postgresql", "ofl-1.1", "ncsa", "unlicense", "zlib", "pddl", "lgpl-lr", "deepfloyd-if-license", "fair-noncommercial-research-license", "llama2", "llama3", "llama3.1", "llama3.2", "llama3.3", "llama4", "grok2-community", "gemma", "unknown", "other"] | str | None = UNSET, license_name: str | None = UNSET, license_link: Literal["LICENSE"] | Literal["LICENSE.md"] | str | None = UNSET, private: bool | None = UNSET, visibility: Literal["private", "public", "protected"] | str | None = UNSET, resource_group_id: str | None = UNSET, files: list[CreateBodyFile] | dict[str, Any] | None = UNSET) -> CreateResponse:
        """Create a new repository.

        Args:
            region: The region where the repository is hosted.
            license: The license of the repository. You can select 'Other' if your license is not in the list
            private: Repository visibility. Defaults to public. Cannot be specified along with visibility.
            visibility: Repository visibility. `protected` is only supported for Spaces. Cannot be specified along with private.

        ``POST /api/repos/create``
        """
        return await self._client._send(_create(name, organization, region, license, license_name, license_link, private, visibility, resource_group_id, files))

    async def delete(self, *, name: str, organization: str | None = UNSET, type: Literal["model", "dataset", "space"] | str | None = UNSET) -> Any:
        """Delete a repository.

        Deletes a repository. This cannot be undone.

        Args:
            name: Name of the repository (without its namespace).
            organization: Namespace of the repository when it is not the caller's.
            type: Repository type; `model` when omitted.

        Described by hfhub (spec/additions), not by the published spec: ``DELETE /api/repos/delete``
        """
        return await self._client._send(_delete(name, organization, type))

    async def duplicate(self, repo_id: str, *, repo_type: Literal["spaces", "space"] = "spaces", repository: str | None = UNSET, private: bool | None = UNSET, visibility: Literal["private", "public", "protected"] | str | None = UNSET, resource_group_id: str | None = UNSET, hardware: Literal["cpu-basic", "cpu-upgrade", "cpu-performance", "cpu-xl", "sprx8", "zero-a10g", "t4-small", "t4-medium", "l4x1", "l4x4", "l40sx1", "l40sx4", "l40sx8", "a10g-small", "a10g-large", "a10g-largex2", "a10g-largex4", "a100-large", "a100x4", "a100x8", "h200", "h200x2", "h200x4", "h200x8", "rtx-pro-6000", "rtx-pro-6000x2", "rtx-pro-6000x4", "rtx-pro-6000x8", "inf2x6", ""] | str | None = UNSET, sleep_time_seconds: int | Literal[-1] | None = UNSET, secrets: list[Secret] | dict[str, Any] | None = UNSET, variables: list[Secret] | dict[str, Any] | None = UNSET, volumes: list[RunBodyVolume] | dict[str, Any] | None = UNSET) -> Redirect:
        """Duplicate a repository.

        Args:
            repo_type: Repository type.
            repo_id: Repository id, `namespace/name`.
            volumes: HuggingFace Buckets or Repos to mount as volumes in the duplicated Space.

        ``POST /api/{repoType}/{namespace}/{repo}/duplicate``
        """
        return await self._client._send(_duplicate(repo_type, repo_id, repository, private, visibility, resource_group_id, hardware, sleep_time_seconds, secrets, variables, volumes))

    async def list_trending(self, *, limit: int | None = UNSET, type: Literal["all", "dataset", "model", "space"] | str | None = UNSET) -> ListTrendingResponse:
        """Get trending.

        Get the trending repositories

        ``GET /api/trending``
        """
        return await self._client._send(_list_trending(limit, type))

    async def move(self, *, from_repo: str | None = UNSET, to_repo: str | None = UNSET, type: Literal["dataset", "model", "space", "bucket", "kernel"] | str | None = UNSET) -> Any:
        """Move repo.

        Move or rename a repo

        ``POST /api/repos/move``
        """
        return await self._client._send(_move(from_repo, to_repo, type))
