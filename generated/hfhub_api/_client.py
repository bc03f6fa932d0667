"""The Hub API clients: one attribute per resource, each loaded on first use.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, cast

from ._client_base import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from ._raw_response import WithRawResponse
    from .resources.agentic_provisioning import (
        AgenticProvisioningResource,
        AgenticProvisioningResourceWithRawResponse,
        AsyncAgenticProvisioningResource,
        AsyncAgenticProvisioningResourceWithRawResponse,
    )
    from .resources.agents import (
        AgentsResource,
        AgentsResourceWithRawResponse,
        AsyncAgentsResource,
        AsyncAgentsResourceWithRawResponse,
    )
    from .resources.buckets import (
        BucketsResource,
        BucketsResourceWithRawResponse,
        AsyncBucketsResource,
        AsyncBucketsResourceWithRawResponse,
    )
    from .resources.collections import (
        CollectionsResource,
        CollectionsResourceWithRawResponse,
        AsyncCollectionsResource,
        AsyncCollectionsResourceWithRawResponse,
    )
    from .resources.datasets import (
        DatasetsResource,
        DatasetsResourceWithRawResponse,
        AsyncDatasetsResource,
        AsyncDatasetsResourceWithRawResponse,
    )
    from .resources.discussions import (
        DiscussionsResource,
        DiscussionsResourceWithRawResponse,
        AsyncDiscussionsResource,
        AsyncDiscussionsResourceWithRawResponse,
    )
    from .resources.docs import (
        DocsResource,
        DocsResourceWithRawResponse,
        AsyncDocsResource,
        AsyncDocsResourceWithRawResponse,
    )
    from .resources.inference_endpoints import (
        InferenceEndpointsResource,
        InferenceEndpointsResourceWithRawResponse,
        AsyncInferenceEndpointsResource,
        AsyncInferenceEndpointsResourceWithRawResponse,
    )
    from .resources.jobs import (
        JobsResource,
        JobsResourceWithRawResponse,
        AsyncJobsResource,
        AsyncJobsResourceWithRawResponse,
    )
    from .resources.kernels import (
        KernelsResource,
        KernelsResourceWithRawResponse,
        AsyncKernelsResource,
        AsyncKernelsResourceWithRawResponse,
    )
    from .resources.models import (
        ModelsResource,
        ModelsResourceWithRawResponse,
        AsyncModelsResource,
        AsyncModelsResourceWithRawResponse,
    )
    from .resources.notifications import (
        NotificationsResource,
        NotificationsResourceWithRawResponse,
        AsyncNotificationsResource,
        AsyncNotificationsResourceWithRawResponse,
    )
    from .resources.oauth import (
        OauthResource,
        OauthResourceWithRawResponse,
        AsyncOauthResource,
        AsyncOauthResourceWithRawResponse,
    )
    from .resources.organizations import (
        OrganizationsResource,
        OrganizationsResourceWithRawResponse,
        AsyncOrganizationsResource,
        AsyncOrganizationsResourceWithRawResponse,
    )
    from .resources.papers import (
        PapersResource,
        PapersResourceWithRawResponse,
        AsyncPapersResource,
        AsyncPapersResourceWithRawResponse,
    )
    from .resources.registry import (
        RegistryResource,
        RegistryResourceWithRawResponse,
        AsyncRegistryResource,
        AsyncRegistryResourceWithRawResponse,
    )
    from .resources.repos import (
        ReposResource,
        ReposResourceWithRawResponse,
        AsyncReposResource,
        AsyncReposResourceWithRawResponse,
    )
    from .resources.resource_groups import (
        ResourceGroupsResource,
        ResourceGroupsResourceWithRawResponse,
        AsyncResourceGroupsResource,
        AsyncResourceGroupsResourceWithRawResponse,
    )
    from .resources.scim import (
        ScimResource,
        ScimResourceWithRawResponse,
        AsyncScimResource,
        AsyncScimResourceWithRawResponse,
    )
    from .resources.search import (
        SearchResource,
        SearchResourceWithRawResponse,
        AsyncSearchResource,
        AsyncSearchResourceWithRawResponse,
    )
    from .resources.service_accounts import (
        ServiceAccountsResource,
        ServiceAccountsResourceWithRawResponse,
        AsyncServiceAccountsResource,
        AsyncServiceAccountsResourceWithRawResponse,
    )
    from .resources.spaces import (
        SpacesResource,
        SpacesResourceWithRawResponse,
        AsyncSpacesResource,
        AsyncSpacesResourceWithRawResponse,
    )
    from .resources.sql_console import (
        SqlConsoleResource,
        SqlConsoleResourceWithRawResponse,
        AsyncSqlConsoleResource,
        AsyncSqlConsoleResourceWithRawResponse,
    )
    from .resources.tokens import (
        TokensResource,
        TokensResourceWithRawResponse,
        AsyncTokensResource,
        AsyncTokensResourceWithRawResponse,
    )
    from .resources.users import (
        UsersResource,
        UsersResourceWithRawResponse,
        AsyncUsersResource,
        AsyncUsersResourceWithRawResponse,
    )
    from .resources.webhooks import (
        WebhooksResource,
        WebhooksResourceWithRawResponse,
        AsyncWebhooksResource,
        AsyncWebhooksResourceWithRawResponse,
    )

    class RawResources(WithRawResponse):
        """``client.with_raw_response``: the resources, each method answering a ``RawResponse``."""

        @property
        def agentic_provisioning(self) -> AgenticProvisioningResourceWithRawResponse: ...
        @property
        def agents(self) -> AgentsResourceWithRawResponse: ...
        @property
        def buckets(self) -> BucketsResourceWithRawResponse: ...
        @property
        def collections(self) -> CollectionsResourceWithRawResponse: ...
        @property
        def datasets(self) -> DatasetsResourceWithRawResponse: ...
        @property
        def discussions(self) -> DiscussionsResourceWithRawResponse: ...
        @property
        def docs(self) -> DocsResourceWithRawResponse: ...
        @property
        def inference_endpoints(self) -> InferenceEndpointsResourceWithRawResponse: ...
        @property
        def jobs(self) -> JobsResourceWithRawResponse: ...
        @property
        def kernels(self) -> KernelsResourceWithRawResponse: ...
        @property
        def models(self) -> ModelsResourceWithRawResponse: ...
        @property
        def notifications(self) -> NotificationsResourceWithRawResponse: ...
        @property
        def oauth(self) -> OauthResourceWithRawResponse: ...
        @property
        def organizations(self) -> OrganizationsResourceWithRawResponse: ...
        @property
        def papers(self) -> PapersResourceWithRawResponse: ...
        @property
        def registry(self) -> RegistryResourceWithRawResponse: ...
        @property
        def repos(self) -> ReposResourceWithRawResponse: ...
        @property
        def resource_groups(self) -> ResourceGroupsResourceWithRawResponse: ...
        @property
        def scim(self) -> ScimResourceWithRawResponse: ...
        @property
        def search(self) -> SearchResourceWithRawResponse: ...
        @property
        def service_accounts(self) -> ServiceAccountsResourceWithRawResponse: ...
        @property
        def spaces(self) -> SpacesResourceWithRawResponse: ...
        @property
        def sql_console(self) -> SqlConsoleResourceWithRawResponse: ...
        @property
        def tokens(self) -> TokensResourceWithRawResponse: ...
        @property
        def users(self) -> UsersResourceWithRawResponse: ...
        @property
        def webhooks(self) -> WebhooksResourceWithRawResponse: ...

    class AsyncRawResources(WithRawResponse):
        """``client.with_raw_response`` of the async client."""

        @property
        def agentic_provisioning(self) -> AsyncAgenticProvisioningResourceWithRawResponse: ...
        @property
        def agents(self) -> AsyncAgentsResourceWithRawResponse: ...
        @property
        def buckets(self) -> AsyncBucketsResourceWithRawResponse: ...
        @property
        def collections(self) -> AsyncCollectionsResourceWithRawResponse: ...
        @property
        def datasets(self) -> AsyncDatasetsResourceWithRawResponse: ...
        @property
        def discussions(self) -> AsyncDiscussionsResourceWithRawResponse: ...
        @property
        def docs(self) -> AsyncDocsResourceWithRawResponse: ...
        @property
        def inference_endpoints(self) -> AsyncInferenceEndpointsResourceWithRawResponse: ...
        @property
        def jobs(self) -> AsyncJobsResourceWithRawResponse: ...
        @property
        def kernels(self) -> AsyncKernelsResourceWithRawResponse: ...
        @property
        def models(self) -> AsyncModelsResourceWithRawResponse: ...
        @property
        def notifications(self) -> AsyncNotificationsResourceWithRawResponse: ...
        @property
        def oauth(self) -> AsyncOauthResourceWithRawResponse: ...
        @property
        def organizations(self) -> AsyncOrganizationsResourceWithRawResponse: ...
        @property
        def papers(self) -> AsyncPapersResourceWithRawResponse: ...
        @property
        def registry(self) -> AsyncRegistryResourceWithRawResponse: ...
        @property
        def repos(self) -> AsyncReposResourceWithRawResponse: ...
        @property
        def resource_groups(self) -> AsyncResourceGroupsResourceWithRawResponse: ...
        @property
        def scim(self) -> AsyncScimResourceWithRawResponse: ...
        @property
        def search(self) -> AsyncSearchResourceWithRawResponse: ...
        @property
        def service_accounts(self) -> AsyncServiceAccountsResourceWithRawResponse: ...
        @property
        def spaces(self) -> AsyncSpacesResourceWithRawResponse: ...
        @property
        def sql_console(self) -> AsyncSqlConsoleResourceWithRawResponse: ...
        @property
        def tokens(self) -> AsyncTokensResourceWithRawResponse: ...
        @property
        def users(self) -> AsyncUsersResourceWithRawResponse: ...
        @property
        def webhooks(self) -> AsyncWebhooksResourceWithRawResponse: ...

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
    def with_raw_response(self) -> RawResources:
        """Every operation returning a ``RawResponse`` (status, headers, ``parse()``): ``client.with_raw_response.models.info(...)``."""
        from ._raw_response import RawSender, WithRawResponse

        return cast("RawResources", WithRawResponse(self, RawSender(self)))

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
    def with_raw_response(self) -> AsyncRawResources:
        """Every operation returning a ``RawResponse`` once awaited: ``await client.with_raw_response.models.info(...)``."""
        from ._raw_response import AsyncRawSender, WithRawResponse

        return cast("AsyncRawResources", WithRawResponse(self, AsyncRawSender(self)))

    def __dir__(self) -> list[str]:
        return sorted(set(super().__dir__()) | set(_RESOURCES))
