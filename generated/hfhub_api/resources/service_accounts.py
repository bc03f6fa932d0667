"""Operations on service accounts.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._client_base import AsyncResource, Resource
from .._request import Request, Timeout
from .._request import fields as _fields
from .._request import segment as _seg
from .._request import with_options as _with_options
from .._types import UNSET, ListOf
from ..models._service_accounts import CreateTokenResponse, RotateTokenResponse, ServiceAccount, ServiceAccountCreateResponse, ServiceAccountListItem, UpdateTokenResponse


def _create(organization: str, name: str | None, description: str | None) -> Request[ServiceAccountCreateResponse]:
    return Request(
        "POST",
        f"/api/organizations/{_seg(organization, 'organization')}/service-accounts",
        json=_fields({"name": name, "description": description}),
        convert=ServiceAccountCreateResponse,
    )


def _create_token(name: str, service_account_id: str, display_name: str | None, permissions: list[Literal["repo.content.read", "repo.write", "inference.serverless.write", "inference.endpoints.infer.write", "inference.endpoints.write", "org.read", "org.write", "collection.read", "collection.write", "resourceGroup.write", "job.write", "org.serviceAccounts.read", "org.serviceAccounts.write"] | str] | None, repo_ids: list[str] | None, repo_permissions: list[Literal["repo.content.read", "repo.write"] | str] | None, endpoint_patterns: list[str] | None, skip_network_security: bool | None) -> Request[CreateTokenResponse]:
    return Request(
        "POST",
        f"/api/organizations/{_seg(name, 'name')}/service-accounts/{_seg(service_account_id, 'service_account_id')}/tokens",
        json=_fields({"displayName": display_name, "permissions": permissions, "repoIds": repo_ids, "repoPermissions": repo_permissions, "endpointPatterns": endpoint_patterns, "skipNetworkSecurity": skip_network_security}),
        convert=CreateTokenResponse,
    )


def _delete(name: str, service_account_id: str) -> Request[None]:
    return Request(
        "DELETE",
        f"/api/organizations/{_seg(name, 'name')}/service-accounts/{_seg(service_account_id, 'service_account_id')}",
        kind="empty",
    )


def _delete_token(name: str, service_account_id: str, token_id: str) -> Request[None]:
    return Request(
        "DELETE",
        f"/api/organizations/{_seg(name, 'name')}/service-accounts/{_seg(service_account_id, 'service_account_id')}/tokens/{_seg(token_id, 'token_id')}",
        kind="empty",
    )


def _get(name: str, service_account_id: str) -> Request[ServiceAccount]:
    return Request(
        "GET",
        f"/api/organizations/{_seg(name, 'name')}/service-accounts/{_seg(service_account_id, 'service_account_id')}",
        convert=ServiceAccount,
    )


def _list(name: str) -> Request[list[ServiceAccountListItem]]:
    return Request(
        "GET",
        f"/api/organizations/{_seg(name, 'name')}/service-accounts",
        convert=ListOf(ServiceAccountListItem),
    )


def _rotate_token(name: str, service_account_id: str, token_id: str, body: Any) -> Request[RotateTokenResponse]:
    return Request(
        "POST",
        f"/api/organizations/{_seg(name, 'name')}/service-accounts/{_seg(service_account_id, 'service_account_id')}/tokens/{_seg(token_id, 'token_id')}/rotate",
        json=body,
        convert=RotateTokenResponse,
    )


def _update_token(name: str, service_account_id: str, token_id: str, display_name: str | None, permissions: list[Literal["repo.content.read", "repo.write", "inference.serverless.write", "inference.endpoints.infer.write", "inference.endpoints.write", "org.read", "org.write", "collection.read", "collection.write", "resourceGroup.write", "job.write", "org.serviceAccounts.read", "org.serviceAccounts.write"] | str] | None, repo_ids: list[str] | None, repo_permissions: list[Literal["repo.content.read", "repo.write"] | str] | None, endpoint_patterns: list[str] | None, skip_network_security: bool | None) -> Request[UpdateTokenResponse]:
    return Request(
        "PATCH",
        f"/api/organizations/{_seg(name, 'name')}/service-accounts/{_seg(service_account_id, 'service_account_id')}/tokens/{_seg(token_id, 'token_id')}",
        json=_fields({"displayName": display_name, "permissions": permissions, "repoIds": repo_ids, "repoPermissions": repo_permissions, "endpointPatterns": endpoint_patterns, "skipNetworkSecurity": skip_network_security}),
        convert=UpdateTokenResponse,
    )


class ServiceAccountsResource(Resource):
    """Operations on service accounts."""

    __slots__ = ()


    def create(self, organization: str, *, name: str | None = UNSET, description: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ServiceAccountCreateResponse:
        """Create service account.

        Create a new service account for the organization.

        Args:
            organization: ``{name}`` in the path; ``name`` is a body field.
            name: Display name for the service account. From 1 to 50 characters.
            description: Optional description of what this service account is used for. At most 500 characters.

        ``POST /api/organizations/{name}/service-accounts``
        """
        return self._client._send(_with_options(_create(organization, name, description), extra_headers, extra_query, extra_body, timeout))

    def create_token(self, name: str, service_account_id: str, *, display_name: str | None = UNSET, permissions: builtins.list[Literal["repo.content.read", "repo.write", "inference.serverless.write", "inference.endpoints.infer.write", "inference.endpoints.write", "org.read", "org.write", "collection.read", "collection.write", "resourceGroup.write", "job.write", "org.serviceAccounts.read", "org.serviceAccounts.write"] | str] | None = UNSET, repo_ids: builtins.list[str] | None = UNSET, repo_permissions: builtins.list[Literal["repo.content.read", "repo.write"] | str] | None = UNSET, endpoint_patterns: builtins.list[str] | None = UNSET, skip_network_security: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateTokenResponse:
        """Create service-account token.

        Create a new access token for a service account. Store the token securely - it cannot be retrieved later.

        Args:
            name: Path parameter ``{name}``.
            service_account_id: Path parameter ``{serviceAccountId}``.
            display_name: Display name for the token. From 1 to 100 characters. Server default: ``"API Token"``.
            permissions: Org-wide permissions for this token. Each one of ``"repo.content.read"``, ``"repo.write"``, ``"inference.serverless.write"``, ``"inference.endpoints.infer.write"``, ``"inference.endpoints.write"``, ``"org.read"``, ``"org.write"``, ``"collection.read"``, ``"collection.write"``, ``"resourceGroup.write"``, ``"job.write"``, ``"org.serviceAccounts.read"``. Server default: ``[]``.
            repo_ids: Repositories to grant `repoPermissions` on. Can be repositories owned by the organization or any public repository. These override the org-wide permissions.
            repo_permissions: Permissions granted on the selected `repoIds`. Each one of ``"repo.content.read"``, ``"repo.write"``. Server default: ``[]``.
            endpoint_patterns: Inference endpoint name patterns (wildcards allowed, e.g. `gpt2-*`) restricting the token's org-wide Inference Endpoint permissions to matching endpoints. Empty means all endpoints. Server default: ``[]``.
            skip_network_security: Exempt this token from the org's Network Security enforcement (IP allowlist and content access policy). Enterprise Plus only, and requires the `org.networkSecurity.write` permission. Server default: ``false``.

        ``POST /api/organizations/{name}/service-accounts/{serviceAccountId}/tokens``
        """
        return self._client._send(_with_options(_create_token(name, service_account_id, display_name, permissions, repo_ids, repo_permissions, endpoint_patterns, skip_network_security), extra_headers, extra_query, extra_body, timeout))

    def delete(self, name: str, service_account_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete service account.

        Delete a service account and all its tokens. This action cannot be undone.

        Args:
            name: Path parameter ``{name}``.
            service_account_id: Path parameter ``{serviceAccountId}``.

        ``DELETE /api/organizations/{name}/service-accounts/{serviceAccountId}``
        """
        return self._client._send(_with_options(_delete(name, service_account_id), extra_headers, extra_query, extra_body, timeout))

    def delete_token(self, name: str, service_account_id: str, token_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete service-account token.

        Delete an access token from a service account. This action cannot be undone.

        Args:
            name: Path parameter ``{name}``.
            service_account_id: Path parameter ``{serviceAccountId}``.
            token_id: Path parameter ``{tokenId}``.

        ``DELETE /api/organizations/{name}/service-accounts/{serviceAccountId}/tokens/{tokenId}``
        """
        return self._client._send(_with_options(_delete_token(name, service_account_id, token_id), extra_headers, extra_query, extra_body, timeout))

    def get(self, name: str, service_account_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ServiceAccount:
        """Get service account.

        Retrieve a single service account and its access token metadata. Token secrets are never returned.

        Args:
            name: Path parameter ``{name}``.
            service_account_id: Path parameter ``{serviceAccountId}``.

        ``GET /api/organizations/{name}/service-accounts/{serviceAccountId}``
        """
        return self._client._send(_with_options(_get(name, service_account_id), extra_headers, extra_query, extra_body, timeout))

    def list(self, name: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> builtins.list[ServiceAccountListItem]:
        """List service accounts.

        List all service accounts for the organization.

        Args:
            name: Path parameter ``{name}``.

        ``GET /api/organizations/{name}/service-accounts``
        """
        return self._client._send(_with_options(_list(name), extra_headers, extra_query, extra_body, timeout))

    def rotate_token(self, name: str, service_account_id: str, token_id: str, *, body: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> RotateTokenResponse:
        """Rotate service-account token.

        Invalidate an existing token and generate a new one with the same permissions. The old token will stop working immediately.

        Args:
            name: Path parameter ``{name}``.
            service_account_id: Path parameter ``{serviceAccountId}``.
            token_id: Path parameter ``{tokenId}``.
            body: Request body, sent as JSON (the published spec does not describe it).

        ``POST /api/organizations/{name}/service-accounts/{serviceAccountId}/tokens/{tokenId}/rotate``
        """
        return self._client._send(_with_options(_rotate_token(name, service_account_id, token_id, body), extra_headers, extra_query, extra_body, timeout))

    def update_token(self, name: str, service_account_id: str, token_id: str, *, display_name: str | None = UNSET, permissions: builtins.list[Literal["repo.content.read", "repo.write", "inference.serverless.write", "inference.endpoints.infer.write", "inference.endpoints.write", "org.read", "org.write", "collection.read", "collection.write", "resourceGroup.write", "job.write", "org.serviceAccounts.read", "org.serviceAccounts.write"] | str] | None = UNSET, repo_ids: builtins.list[str] | None = UNSET, repo_permissions: builtins.list[Literal["repo.content.read", "repo.write"] | str] | None = UNSET, endpoint_patterns: builtins.list[str] | None = UNSET, skip_network_security: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> UpdateTokenResponse:
        """Update service-account token.

        Update the name and/or permissions of an existing service account token.

        Args:
            name: Path parameter ``{name}``.
            service_account_id: Path parameter ``{serviceAccountId}``.
            token_id: Path parameter ``{tokenId}``.
            display_name: New display name for the token. From 1 to 100 characters.
            permissions: Org-wide permissions for this token. Each one of ``"repo.content.read"``, ``"repo.write"``, ``"inference.serverless.write"``, ``"inference.endpoints.infer.write"``, ``"inference.endpoints.write"``, ``"org.read"``, ``"org.write"``, ``"collection.read"``, ``"collection.write"``, ``"resourceGroup.write"``, ``"job.write"``, ``"org.serviceAccounts.read"``.
            repo_ids: Repositories to grant `repoPermissions` on. Can be repositories owned by the organization or any public repository. These override the org-wide permissions.
            repo_permissions: Permissions granted on the selected `repoIds`. Each one of ``"repo.content.read"``, ``"repo.write"``.
            endpoint_patterns: Inference endpoint name patterns (wildcards allowed, e.g. `gpt2-*`) restricting the token's org-wide Inference Endpoint permissions to matching endpoints. Empty means all endpoints.
            skip_network_security: Exempt this token from the org's Network Security enforcement (IP allowlist and content access policy). Enterprise Plus only, and requires the `org.networkSecurity.write` permission.

        ``PATCH /api/organizations/{name}/service-accounts/{serviceAccountId}/tokens/{tokenId}``
        """
        return self._client._send(_with_options(_update_token(name, service_account_id, token_id, display_name, permissions, repo_ids, repo_permissions, endpoint_patterns, skip_network_security), extra_headers, extra_query, extra_body, timeout))


class AsyncServiceAccountsResource(AsyncResource):
    """Operations on service accounts. (async)"""

    __slots__ = ()


    async def create(self, organization: str, *, name: str | None = UNSET, description: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ServiceAccountCreateResponse:
        """Create service account.

        Create a new service account for the organization.

        Args:
            organization: ``{name}`` in the path; ``name`` is a body field.
            name: Display name for the service account. From 1 to 50 characters.
            description: Optional description of what this service account is used for. At most 500 characters.

        Async: ``await client.service_accounts.create(...)`` returns ``ServiceAccountCreateResponse``.

        ``POST /api/organizations/{name}/service-accounts``
        """
        return await self._client._send(_with_options(_create(organization, name, description), extra_headers, extra_query, extra_body, timeout))

    async def create_token(self, name: str, service_account_id: str, *, display_name: str | None = UNSET, permissions: builtins.list[Literal["repo.content.read", "repo.write", "inference.serverless.write", "inference.endpoints.infer.write", "inference.endpoints.write", "org.read", "org.write", "collection.read", "collection.write", "resourceGroup.write", "job.write", "org.serviceAccounts.read", "org.serviceAccounts.write"] | str] | None = UNSET, repo_ids: builtins.list[str] | None = UNSET, repo_permissions: builtins.list[Literal["repo.content.read", "repo.write"] | str] | None = UNSET, endpoint_patterns: builtins.list[str] | None = UNSET, skip_network_security: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateTokenResponse:
        """Create service-account token.

        Create a new access token for a service account. Store the token securely - it cannot be retrieved later.

        Args:
            name: Path parameter ``{name}``.
            service_account_id: Path parameter ``{serviceAccountId}``.
            display_name: Display name for the token. From 1 to 100 characters. Server default: ``"API Token"``.
            permissions: Org-wide permissions for this token. Each one of ``"repo.content.read"``, ``"repo.write"``, ``"inference.serverless.write"``, ``"inference.endpoints.infer.write"``, ``"inference.endpoints.write"``, ``"org.read"``, ``"org.write"``, ``"collection.read"``, ``"collection.write"``, ``"resourceGroup.write"``, ``"job.write"``, ``"org.serviceAccounts.read"``. Server default: ``[]``.
            repo_ids: Repositories to grant `repoPermissions` on. Can be repositories owned by the organization or any public repository. These override the org-wide permissions.
            repo_permissions: Permissions granted on the selected `repoIds`. Each one of ``"repo.content.read"``, ``"repo.write"``. Server default: ``[]``.
            endpoint_patterns: Inference endpoint name patterns (wildcards allowed, e.g. `gpt2-*`) restricting the token's org-wide Inference Endpoint permissions to matching endpoints. Empty means all endpoints. Server default: ``[]``.
            skip_network_security: Exempt this token from the org's Network Security enforcement (IP allowlist and content access policy). Enterprise Plus only, and requires the `org.networkSecurity.write` permission. Server default: ``false``.

        Async: ``await client.service_accounts.create_token(...)`` returns ``CreateTokenResponse``.

        ``POST /api/organizations/{name}/service-accounts/{serviceAccountId}/tokens``
        """
        return await self._client._send(_with_options(_create_token(name, service_account_id, display_name, permissions, repo_ids, repo_permissions, endpoint_patterns, skip_network_security), extra_headers, extra_query, extra_body, timeout))

    async def delete(self, name: str, service_account_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete service account.

        Delete a service account and all its tokens. This action cannot be undone.

        Args:
            name: Path parameter ``{name}``.
            service_account_id: Path parameter ``{serviceAccountId}``.

        Async: ``await client.service_accounts.delete(...)`` returns ``None``.

        ``DELETE /api/organizations/{name}/service-accounts/{serviceAccountId}``
        """
        return await self._client._send(_with_options(_delete(name, service_account_id), extra_headers, extra_query, extra_body, timeout))

    async def delete_token(self, name: str, service_account_id: str, token_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete service-account token.

        Delete an access token from a service account. This action cannot be undone.

        Args:
            name: Path parameter ``{name}``.
            service_account_id: Path parameter ``{serviceAccountId}``.
            token_id: Path parameter ``{tokenId}``.

        Async: ``await client.service_accounts.delete_token(...)`` returns ``None``.

        ``DELETE /api/organizations/{name}/service-accounts/{serviceAccountId}/tokens/{tokenId}``
        """
        return await self._client._send(_with_options(_delete_token(name, service_account_id, token_id), extra_headers, extra_query, extra_body, timeout))

    async def get(self, name: str, service_account_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ServiceAccount:
        """Get service account.

        Retrieve a single service account and its access token metadata. Token secrets are never returned.

        Args:
            name: Path parameter ``{name}``.
            service_account_id: Path parameter ``{serviceAccountId}``.

        Async: ``await client.service_accounts.get(...)`` returns ``ServiceAccount``.

        ``GET /api/organizations/{name}/service-accounts/{serviceAccountId}``
        """
        return await self._client._send(_with_options(_get(name, service_account_id), extra_headers, extra_query, extra_body, timeout))

    async def list(self, name: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> builtins.list[ServiceAccountListItem]:
        """List service accounts.

        List all service accounts for the organization.

        Args:
            name: Path parameter ``{name}``.

        Async: ``await client.service_accounts.list(...)`` returns ``list[ServiceAccountListItem]``.

        ``GET /api/organizations/{name}/service-accounts``
        """
        return await self._client._send(_with_options(_list(name), extra_headers, extra_query, extra_body, timeout))

    async def rotate_token(self, name: str, service_account_id: str, token_id: str, *, body: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> RotateTokenResponse:
        """Rotate service-account token.

        Invalidate an existing token and generate a new one with the same permissions. The old token will stop working immediately.

        Args:
            name: Path parameter ``{name}``.
            service_account_id: Path parameter ``{serviceAccountId}``.
            token_id: Path parameter ``{tokenId}``.
            body: Request body, sent as JSON (the published spec does not describe it).

        Async: ``await client.service_accounts.rotate_token(...)`` returns ``RotateTokenResponse``.

        ``POST /api/organizations/{name}/service-accounts/{serviceAccountId}/tokens/{tokenId}/rotate``
        """
        return await self._client._send(_with_options(_rotate_token(name, service_account_id, token_id, body), extra_headers, extra_query, extra_body, timeout))

    async def update_token(self, name: str, service_account_id: str, token_id: str, *, display_name: str | None = UNSET, permissions: builtins.list[Literal["repo.content.read", "repo.write", "inference.serverless.write", "inference.endpoints.infer.write", "inference.endpoints.write", "org.read", "org.write", "collection.read", "collection.write", "resourceGroup.write", "job.write", "org.serviceAccounts.read", "org.serviceAccounts.write"] | str] | None = UNSET, repo_ids: builtins.list[str] | None = UNSET, repo_permissions: builtins.list[Literal["repo.content.read", "repo.write"] | str] | None = UNSET, endpoint_patterns: builtins.list[str] | None = UNSET, skip_network_security: bool | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> UpdateTokenResponse:
        """Update service-account token.

        Update the name and/or permissions of an existing service account token.

        Args:
            name: Path parameter ``{name}``.
            service_account_id: Path parameter ``{serviceAccountId}``.
            token_id: Path parameter ``{tokenId}``.
            display_name: New display name for the token. From 1 to 100 characters.
            permissions: Org-wide permissions for this token. Each one of ``"repo.content.read"``, ``"repo.write"``, ``"inference.serverless.write"``, ``"inference.endpoints.infer.write"``, ``"inference.endpoints.write"``, ``"org.read"``, ``"org.write"``, ``"collection.read"``, ``"collection.write"``, ``"resourceGroup.write"``, ``"job.write"``, ``"org.serviceAccounts.read"``.
            repo_ids: Repositories to grant `repoPermissions` on. Can be repositories owned by the organization or any public repository. These override the org-wide permissions.
            repo_permissions: Permissions granted on the selected `repoIds`. Each one of ``"repo.content.read"``, ``"repo.write"``.
            endpoint_patterns: Inference endpoint name patterns (wildcards allowed, e.g. `gpt2-*`) restricting the token's org-wide Inference Endpoint permissions to matching endpoints. Empty means all endpoints.
            skip_network_security: Exempt this token from the org's Network Security enforcement (IP allowlist and content access policy). Enterprise Plus only, and requires the `org.networkSecurity.write` permission.

        Async: ``await client.service_accounts.update_token(...)`` returns ``UpdateTokenResponse``.

        ``PATCH /api/organizations/{name}/service-accounts/{serviceAccountId}/tokens/{tokenId}``
        """
        return await self._client._send(_with_options(_update_token(name, service_account_id, token_id, display_name, permissions, repo_ids, repo_permissions, endpoint_patterns, skip_network_security), extra_headers, extra_query, extra_body, timeout))


if TYPE_CHECKING:
    from .._raw_response import async_raw, raw

    class ServiceAccountsResourceWithRawResponse:
        """``client.with_raw_response.<resource>``: each method answering a ``RawResponse`` (declared for checkers)."""

        create = raw(ServiceAccountsResource.create)
        create_token = raw(ServiceAccountsResource.create_token)
        delete = raw(ServiceAccountsResource.delete)
        delete_token = raw(ServiceAccountsResource.delete_token)
        get = raw(ServiceAccountsResource.get)
        list = raw(ServiceAccountsResource.list)
        rotate_token = raw(ServiceAccountsResource.rotate_token)
        update_token = raw(ServiceAccountsResource.update_token)

    class AsyncServiceAccountsResourceWithRawResponse:
        """``client.with_raw_response.<resource>`` of the async client (declared for checkers)."""

        create = async_raw(AsyncServiceAccountsResource.create)
        create_token = async_raw(AsyncServiceAccountsResource.create_token)
        delete = async_raw(AsyncServiceAccountsResource.delete)
        delete_token = async_raw(AsyncServiceAccountsResource.delete_token)
        get = async_raw(AsyncServiceAccountsResource.get)
        list = async_raw(AsyncServiceAccountsResource.list)
        rotate_token = async_raw(AsyncServiceAccountsResource.rotate_token)
        update_token = async_raw(AsyncServiceAccountsResource.update_token)
