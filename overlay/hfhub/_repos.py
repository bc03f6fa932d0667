"""``hub.repos``: creating, deleting and duplicating repositories the way huggingface_hub's callers do.

``create("user/name", exist_ok=True)`` and ``delete("user/name", missing_ok=True)`` take the
repository id first, as ``create_repo`` and ``delete_repo`` do (``name=``, ``organization=``
still work); ``duplicate`` copies models and datasets as well as Spaces. Each method is built
from one sans-I/O builder below (a :class:`RepoCall`: the generated request, and what a 409 or
404 means when it is not an error), for the sync and async resources alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Concatenate, Literal, ParamSpec, TypeVar

from hfhub_api._client_base import AsyncResource, Resource
from hfhub_api._request import Request, RequestOptions, repo_segments, repo_type_segment, with_options
from hfhub_api._types import UNSET
from hfhub_api.models import Redirect, RepoFile, RepoUrl, RepoVolume, Secret
from hfhub_api.resources import repos

from ._json import json_object
from ._methods import Call, async_method, name_methods, sync_method
from .errors import ConflictError, HubError, NotFoundError

if TYPE_CHECKING:
    from typing_extensions import Unpack  # typing.Unpack from Python 3.11

__all__ = ["ReposResource", "AsyncReposResource", "RepoCall", "create", "delete", "duplicate"]

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")
_DUPLICATED_TYPES = ("models", "datasets", "spaces")


@dataclass(eq=False)
class RepoCall(Call[T]):
    """One repository request; ``answers`` maps an error that is not one here (a 409 with ``exist_ok``) to the result."""

    request: Request[T]
    answers: tuple[type[HubError], Callable[[HubError], T]] | None = None

    def answer(self, error: HubError) -> T:
        """The result ``error`` stands for, or ``error`` raised again when it is one."""
        if self.answers is None or not isinstance(error, self.answers[0]):
            raise error
        return self.answers[1](error)


def _namespace_and_name(repo_id: str | None, name: Any, organization: Any) -> tuple[Any, Any]:
    """``(organization, name)`` from ``repo_id`` (``"name"`` or ``"namespace/name"``), or as given."""
    if repo_id is None:
        return organization, name
    if name is not UNSET or organization is not UNSET:
        raise ValueError("pass repo_id, or name= and organization=, not both")
    namespace, _, own = repo_segments(repo_id, "model").rpartition("/")
    return (namespace or UNSET), own


def create(
    repo_id: str | None = None,
    *,
    name: str | None = UNSET,
    organization: str | None = UNSET,
    type: Literal["dataset", "model", "kernel", "space"] | None = UNSET,
    private: bool | None = UNSET,
    visibility: Literal["private", "public", "protected"] | str | None = UNSET,
    exist_ok: bool = False,
    region: Literal["us", "eu"] | str | None = UNSET,
    license: str | None = UNSET,
    license_name: str | None = UNSET,
    license_link: Literal["LICENSE", "LICENSE.md"] | str | None = UNSET,
    resource_group_id: str | None = UNSET,
    files: list[RepoFile] | dict[str, Any] | None = UNSET,
    template: str | None = UNSET,
    short_description: str | None = UNSET,
    hardware: str | None = UNSET,
    secrets: list[Secret] | dict[str, Any] | None = UNSET,
    variables: list[Secret] | dict[str, Any] | None = UNSET,
    sleep_time_seconds: int | Literal[-1] | None = UNSET,
    volumes: list[RepoVolume] | dict[str, Any] | None = UNSET,
    sdk: Literal["gradio", "docker", "static"] | str | None = UNSET,
    sdk_version: str | None = UNSET,
    dev_mode_enabled: bool | None = UNSET,
    **options: Unpack[RequestOptions],
) -> RepoCall[RepoUrl]:
    """Create a repository: ``create("user/name")``, or ``create(name=..., organization=...)``.

    Args:
        repo_id: ``"namespace/name"``, or ``"name"`` in your own namespace.
        name, organization: the same, apart (instead of ``repo_id``).
        type: ``"model"`` (default), ``"dataset"``, ``"space"`` or ``"kernel"``.
        private, visibility: who may see it (``visibility="protected"``: Spaces only).
        exist_ok: a repository that already exists is not an error: its URL is returned.
        region, license, license_name, license_link, resource_group_id, files, template,
        short_description: as the Hub's ``POST /api/repos/create`` takes them.
        hardware, secrets, variables, sleep_time_seconds, volumes, sdk, sdk_version,
        dev_mode_enabled: a Space's settings.

    Plus the request options of every method (``extra_headers``, ``timeout``...).
    """
    organization, name = _namespace_and_name(repo_id, name, organization)
    request = repos._create(
        name, organization, region, license, license_name, license_link, private, visibility, resource_group_id, files, type,
        template, short_description, hardware, secrets, variables, sleep_time_seconds, volumes, sdk, sdk_version, dev_mode_enabled,
    )
    return RepoCall(with_options(request, **options), (ConflictError, _existing(name, organization)) if exist_ok else None)


def _existing(name: Any, organization: Any) -> Callable[[HubError], RepoUrl]:
    """What ``create`` answers for a repository that exists: its URL and id, from the 409 when given."""
    repo_id = f"{organization}/{name}" if organization not in (None, UNSET) else str(name)

    def answer(conflict: HubError) -> RepoUrl:
        body = json_object(conflict.response.json()) if conflict.response is not None and conflict.response.content else None
        url = body.get("url") if body is not None else None
        return RepoUrl.from_dict({"url": url or "", "name": repo_id, "id": repo_id})

    return answer


def delete(
    repo_id: str | None = None,
    *,
    name: str = UNSET,
    organization: str | None = UNSET,
    type: Literal["model", "dataset", "space"] | str | None = UNSET,
    missing_ok: bool = False,
    **options: Unpack[RequestOptions],
) -> RepoCall[None]:
    """Delete a repository, for good: ``delete("user/name")``, or ``delete(name=..., organization=...)``.

    Args:
        repo_id: ``"namespace/name"``, or ``"name"`` in your own namespace.
        name, organization: the same, apart (instead of ``repo_id``).
        type: ``"model"`` (default), ``"dataset"`` or ``"space"``.
        missing_ok: a repository that does not exist is not an error.

    Plus the request options of every method (``extra_headers``, ``timeout``...).
    """
    organization, name = _namespace_and_name(repo_id, name, organization)
    if name is UNSET:
        raise TypeError("delete() needs the repository: delete('namespace/name') or delete(name=...)")
    missing = (NotFoundError, _nothing) if missing_ok else None
    return RepoCall(with_options(repos._delete(name, organization, type), **options), missing)


def _nothing(error: HubError) -> None:
    return None


def duplicate(
    repo_id: str,
    repository: str | None = UNSET,
    *,
    repo_type: Literal["models", "model", "datasets", "dataset", "spaces", "space"] = "spaces",
    private: bool | None = UNSET,
    visibility: Literal["private", "public", "protected"] | str | None = UNSET,
    resource_group_id: str | None = UNSET,
    hardware: str | None = UNSET,
    sleep_time_seconds: int | Literal[-1] | None = UNSET,
    secrets: list[Secret] | dict[str, Any] | None = UNSET,
    variables: list[Secret] | dict[str, Any] | None = UNSET,
    volumes: list[RepoVolume] | dict[str, Any] | None = UNSET,
    **options: Unpack[RequestOptions],
) -> RepoCall[Redirect]:
    """Copy a repository on the Hub, its history and files included: a Space (default), a model or a dataset.

    Args:
        repo_id: the repository to copy, ``"namespace/name"``.
        repo_type: ``"spaces"`` (default), ``"models"`` or ``"datasets"`` (singular forms too).
        repository: the copy's id (default: the same name, in your namespace).
        private, visibility: who may see the copy (default: as the original).
        resource_group_id: the Enterprise resource group of the copy.
        hardware, sleep_time_seconds, secrets, variables, volumes: a Space copy's settings.

    Plus the request options of every method (``extra_headers``, ``timeout``...).
    """
    plural = repo_type_segment(repo_type, _DUPLICATED_TYPES)
    request = repos._duplicate("spaces", repo_id, repository, private, visibility, resource_group_id, hardware, sleep_time_seconds,
                               secrets, variables, volumes)
    # The Hub duplicates models and datasets at the same route, under their own type.
    request.path = f"/api/{plural}/{repo_segments(repo_id, plural)}/duplicate"
    return RepoCall(with_options(request, **options))


def _kept(method: Callable[Concatenate[Any, P], R]) -> Callable[Concatenate[Any, P], R]:
    return method


# At run time the resources below are subclasses of the generated ones (``hfhub api`` calls the generated
# operation). Checkers are shown only ``Resource`` and the generated methods kept as they are: given the
# generated classes, they would read their ``create``, ``delete`` and ``duplicate`` instead of these.
if TYPE_CHECKING:
    _GeneratedRepos = Resource
    _AsyncGeneratedRepos = AsyncResource
else:
    _GeneratedRepos = repos.ReposResource
    _AsyncGeneratedRepos = repos.AsyncReposResource


class ReposResource(_GeneratedRepos):
    """Operations on repos."""

    __slots__ = ()

    create = sync_method(create)
    delete = sync_method(delete)
    duplicate = sync_method(duplicate)
    if TYPE_CHECKING:
        list_trending = _kept(repos.ReposResource.list_trending)
        move = _kept(repos.ReposResource.move)

    def _run(self, call: RepoCall[Any]) -> Any:
        try:
            return self._client._send(call.request)
        except HubError as error:
            return call.answer(error)


class AsyncReposResource(_AsyncGeneratedRepos):
    """Operations on repos (async)."""

    __slots__ = ()

    create = async_method(create)
    delete = async_method(delete)
    duplicate = async_method(duplicate)
    if TYPE_CHECKING:
        list_trending = _kept(repos.AsyncReposResource.list_trending)
        move = _kept(repos.AsyncReposResource.move)

    async def _run(self, call: RepoCall[Any]) -> Any:
        try:
            return await self._client._send(call.request)
        except HubError as error:
            return call.answer(error)


name_methods(ReposResource)
name_methods(AsyncReposResource)
