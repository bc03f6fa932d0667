"""The Hub API clients: one attribute per resource, each loaded on first use.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._client_base import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from ._raw_response import WithRawResponse
    from .resources.agentic_provisioning import AgenticProvisioningResource, AsyncAgenticProvisioningResource
    from .resources.agents import AgentsResource, AsyncAgentsResource
    from .resources.buckets import BucketsResource, AsyncBucketsResource
    from .resources.collections import CollectionsResource, AsyncCollectionsResource
    from .resources.datasets import DatasetsResource, AsyncDatasetsResource
    from .resources.discussions import DiscussionsResource, AsyncDiscussionsResource
    from .resources.docs import DocsResource, AsyncDocsResource
    from .resources.inference_endpoints import InferenceEndpointsResource, AsyncInferenceEndpointsResource
    from .resources.jobs import JobsResource, AsyncJobsResource
    from .resources.kernels import KernelsResource, AsyncKernelsResource
    from .resources.models import ModelsResource, AsyncModelsResource
    from .resources.notifications import NotificationsResource, AsyncNotificationsResource
    from .resources.oauth import OauthResource, AsyncOauthResource
    from .resources.organizations import OrganizationsResource, AsyncOrganizationsResource
    from .resources.papers import PapersResource, AsyncPapersResource
    from .resources.registry import RegistryResource, AsyncRegistryResource
    from .resources.repos import ReposResource, AsyncReposResource
    from .resources.resource_groups import ResourceGroupsResource, AsyncResourceGroupsResource
    from .resources.scim import ScimResource, AsyncScimResource
    from .resources.search import SearchResource, AsyncSearchResource
    from .resources.service_accounts import ServiceAccountsResource, AsyncServiceAccountsResource
    from .resources.spaces import SpacesResource, AsyncSpacesResource
    from .resources.sql_console import SqlConsoleResource, AsyncSqlConsoleResource
    from .resources.tokens import TokensResource, AsyncTokensResource
    from .resources.users import UsersResource, AsyncUsersResource
    from .resources.webhooks import WebhooksResource, AsyncWebhooksResource

_RESOURCES = {
    "agentic_provisioning": ("agentic_provisioning", "AgenticProvisioningResource"),
    "agents": ("agents", "AgentsResource"),
    "buckets": ("buckets", "BucketsResource"),
    "collections": ("collections", "CollectionsResource"),
    "datasets": ("datasets", "DatasetsResource"),
    "discussions": ("discussions", "DiscussionsResource"),
    "docs": ("docs", "DocsResource"),
    "inference_endpoints": ("inference_endpoints", "InferenceEndpointsResource"),
    "jobs": ("jobs", "JobsResource"),
    "kernels": ("kernels", "KernelsResource"),
    "models": ("models", "ModelsResource"),
    "notifications": ("notifications", "NotificationsResource"),
    "oauth": ("oauth", "OauthResource"),
    "organizations": ("organizations", "OrganizationsResource"),
    "papers": ("papers", "PapersResource"),
    "registry": ("registry", "RegistryResource"),
    "repos": ("repos", "ReposResource"),
    "resource_groups": ("resource_groups", "ResourceGroupsResource"),
    "scim": ("scim", "ScimResource"),
    "search": ("search", "SearchResource"),
    "service_accounts": ("service_accounts", "ServiceAccountsResource"),
    "spaces": ("spaces", "SpacesResource"),
    "sql_console": ("sql_console", "SqlConsoleResource"),
    "tokens": ("tokens", "TokensResource"),
    "users": ("users", "UsersResource"),
    "webhooks": ("webhooks", "WebhooksResource"),
}


def _load(client: Any, name: str, prefix: str) -> Any:
    entry = _RESOURCES.get(name)
    if entry is None:
        raise AttributeError(f"{type(client).__name__!r} object has no attribute {name!r}")
    module, class_name = entry
    resource = getattr(import_module(f".resources.{module}", __package__), prefix + class_name)(client)
    client.__dict__[name] = resource
    return resource


class Client(SyncAPIClient):
    """The Hub API, one resource per attribute (``client.models.list_refs(...)``)."""

    if TYPE_CHECKING:

        @property
        def agentic_provisioning(self) -> AgenticProvisioningResource: ...

        @property
        def agents(self) -> AgentsResource: ...

        @property
        def buckets(self) -> BucketsResource: ...

        @property
        def collections(self) -> CollectionsResource: ...

        @property
        def datasets(self) -> DatasetsResource: ...

        @property
        def discussions(self) -> DiscussionsResource: ...

        @property
        def docs(self) -> DocsResource: ...

        @property
        def inference_endpoints(self) -> InferenceEndpointsResource: ...

        @property
        def jobs(self) -> JobsResource: ...

        @property
        def kernels(self) -> KernelsResource: ...

        @property
        def models(self) -> ModelsResource: ...

        @property
        def notifications(self) -> NotificationsResource: ...

        @property
        def oauth(self) -> OauthResource: ...

        @property
        def organizations(self) -> OrganizationsResource: ...

        @property
        def papers(self) -> PapersResource: ...

        @property
        def registry(self) -> RegistryResource: ...

        @property
        def repos(self) -> ReposResource: ...

        @property
        def resource_groups(self) -> ResourceGroupsResource: ...

        @property
        def scim(self) -> ScimResource: ...

        @property
        def search(self) -> SearchResource: ...

        @property
        def service_accounts(self) -> ServiceAccountsResource: ...

        @property
        def spaces(self) -> SpacesResource: ...

        @property
        def sql_console(self) -> SqlConsoleResource: ...

        @property
        def tokens(self) -> TokensResource: ...

        @property
        def users(self) -> UsersResource: ...

        @property
        def webhooks(self) -> WebhooksResource: ...

    def __getattr__(self, name: str) -> Any:
        return _load(self, name, "")

    @property
    def with_raw_response(self) -> WithRawResponse:
        """Every operation returning a ``RawResponse`` (status, headers, ``parse()``): ``client.with_raw_response.models.info(...)``."""
        from ._raw_response import RawSender, WithRawResponse

        return WithRawResponse(self, RawSender(self))

    def __dir__(self) -> list[str]:
        return sorted(set(super().__dir__()) | set(_RESOURCES))


class AsyncClient(AsyncAPIClient):
    """The Hub API for ``asyncio``, one resource per attribute (``await client.models.list_refs(...)``)."""

    if TYPE_CHECKING:

        @property
        def agentic_provisioning(self) -> AsyncAgenticProvisioningResource: ...

        @property
        def agents(self) -> AsyncAgentsResource: ...

        @property
        def buckets(self) -> AsyncBucketsResource: ...

        @property
        def collections(self) -> AsyncCollectionsResource: ...

        @property
        def datasets(self) -> AsyncDatasetsResource: ...

        @property
        def discussions(self) -> AsyncDiscussionsResource: ...

        @property
        def docs(self) -> AsyncDocsResource: ...

        @property
        def inference_endpoints(self) -> AsyncInferenceEndpointsResource: ...

        @property
        def jobs(self) -> AsyncJobsResource: ...

        @property
        def kernels(self) -> AsyncKernelsResource: ...

        @property
        def models(self) -> AsyncModelsResource: ...

        @property
        def notifications(self) -> AsyncNotificationsResource: ...

        @property
        def oauth(self) -> AsyncOauthResource: ...

        @property
        def organizations(self) -> AsyncOrganizationsResource: ...

        @property
        def papers(self) -> AsyncPapersResource: ...

        @property
        def registry(self) -> AsyncRegistryResource: ...

        @property
        def repos(self) -> AsyncReposResource: ...

        @property
        def resource_groups(self) -> AsyncResourceGroupsResource: ...

        @property
        def scim(self) -> AsyncScimResource: ...

        @property
        def search(self) -> AsyncSearchResource: ...

        @property
        def service_accounts(self) -> AsyncServiceAccountsResource: ...

        @property
        def spaces(self) -> AsyncSpacesResource: ...

        @property
        def sql_console(self) -> AsyncSqlConsoleResource: ...

        @property
        def tokens(self) -> AsyncTokensResource: ...

        @property
        def users(self) -> AsyncUsersResource: ...

        @property
        def webhooks(self) -> AsyncWebhooksResource: ...

    def __getattr__(self, name: str) -> Any:
        return _load(self, name, "Async")

    @property
    def with_raw_response(self) -> WithRawResponse:
        """Every operation returning a ``RawResponse`` once awaited: ``await client.with_raw_response.models.info(...)``."""
        from ._raw_response import AsyncRawSender, WithRawResponse

        return WithRawResponse(self, AsyncRawSender(self))

    def __dir__(self) -> list[str]:
        return sorted(set(super().__dir__()) | set(_RESOURCES))
