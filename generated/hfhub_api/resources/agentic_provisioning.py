"""Operations on agentic provisioning.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._client_base import AsyncResource, Resource
from .._request import Request, Timeout
from .._request import fields as _fields
from .._request import segment as _seg
from .._request import with_options as _with_options
from .._types import UNSET
from ..models._agentic_provisioning import AgenticProvisioningConfiguration, AgenticProvisioningPaymentCredentials, CreateAccountRequestResponse, CreateDeepLinkResponse, GetResourceResponse, Kyc, ListServicesResponse, Orchestrator, ProvisionResourceBody, ProvisionResourceResponse, RemoveResourceResponse, RotateResourceCredentialsResponse, UpdateResourceServiceResponse


def _create_account_request(id: str | None, object: Literal["account_request"] | None, name: str | None, email: str | None, scopes: list[str] | None, phone: str | None, country: str | None, kyc: Kyc | dict[str, Any] | None, client_capabilities: list[Literal["browser", "email", "sms"] | str] | None, configuration: dict[str, Any] | None, confirmation_secret: str | None, expires_at: datetime | None, orchestrator: Orchestrator | dict[str, Any] | None) -> Request[CreateAccountRequestResponse]:
    return Request(
        "POST",
        "/api/agentic/provisioning/account_requests",
        json=_fields({"id": id, "object": object, "name": name, "email": email, "scopes": scopes, "phone": phone, "country": country, "kyc": kyc, "client_capabilities": client_capabilities, "configuration": configuration, "confirmation_secret": confirmation_secret, "expires_at": expires_at, "orchestrator": orchestrator}),
        convert=CreateAccountRequestResponse,
    )


def _create_deep_link(purpose: Literal["dashboard"] | None) -> Request[CreateDeepLinkResponse]:
    return Request(
        "POST",
        "/api/agentic/provisioning/deep_links",
        json=_fields({"purpose": purpose}),
        convert=CreateDeepLinkResponse,
    )


def _get_health() -> Request[Any]:
    return Request("GET", "/api/agentic/provisioning/health")


def _get_resource(id: str) -> Request[GetResourceResponse]:
    return Request("GET", f"/api/agentic/provisioning/resources/{_seg(id, 'id')}", convert=GetResourceResponse)


def _list_services() -> Request[ListServicesResponse]:
    return Request("GET", "/api/agentic/provisioning/services", convert=ListServicesResponse)


def _provision_resource(body: ProvisionResourceBody | None | dict[str, Any]) -> Request[ProvisionResourceResponse]:
    return Request("POST", "/api/agentic/provisioning/resources", json=body, convert=ProvisionResourceResponse)


def _remove_resource(id: str, body: Any) -> Request[RemoveResourceResponse]:
    return Request(
        "POST",
        f"/api/agentic/provisioning/resources/{_seg(id, 'id')}/remove",
        json=body,
        convert=RemoveResourceResponse,
    )


def _rotate_resource_credentials(id: str, body: Any) -> Request[RotateResourceCredentialsResponse]:
    return Request(
        "POST",
        f"/api/agentic/provisioning/resources/{_seg(id, 'id')}/rotate_credentials",
        json=body,
        convert=RotateResourceCredentialsResponse,
    )


def _update_resource_service(id: str, service_id: str | None, configuration: AgenticProvisioningConfiguration | dict[str, Any] | None, payment_credentials: AgenticProvisioningPaymentCredentials | dict[str, Any] | None) -> Request[UpdateResourceServiceResponse]:
    return Request(
        "POST",
        f"/api/agentic/provisioning/resources/{_seg(id, 'id')}/update_service",
        json=_fields({"service_id": service_id, "configuration": configuration, "payment_credentials": payment_credentials}),
        convert=UpdateResourceServiceResponse,
    )


class AgenticProvisioningResource(Resource):
    """Operations on agentic provisioning."""

    __slots__ = ()


    def create_account_request(self, *, id: str | None = UNSET, object: Literal["account_request"] | None = UNSET, name: str | None = UNSET, email: str | None = UNSET, scopes: list[str] | None = UNSET, phone: str | None = UNSET, country: str | None = UNSET, kyc: Kyc | dict[str, Any] | None = UNSET, client_capabilities: list[Literal["browser", "email", "sms"] | str] | None = UNSET, configuration: dict[str, Any] | None = UNSET, confirmation_secret: str | None = UNSET, expires_at: datetime | None = UNSET, orchestrator: Orchestrator | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateAccountRequestResponse:
        """Create account request.

        Args:
            id: Body field ``id``. At least 1 characters.
            object: Body field ``object``. Always ``"account_request"``.
            name: Body field ``name``. At least 1 characters.
            email: Body field ``email``.
            scopes: Body field ``scopes``.
            phone: Body field ``phone``. At least 1 characters.
            country: Body field ``country``. At least 1 characters.
            kyc: Body field ``kyc``.
            client_capabilities: Body field ``client_capabilities``. Each one of ``"browser"``, ``"email"``, ``"sms"``.
            configuration: Body field ``configuration``.
            confirmation_secret: Body field ``confirmation_secret``. At least 1 characters.
            expires_at: Body field ``expires_at``. A date and time (ISO 8601).
            orchestrator: Body field ``orchestrator``.

        ``POST /api/agentic/provisioning/account_requests``
        """
        return self._client._send(_with_options(_create_account_request(id, object, name, email, scopes, phone, country, kyc, client_capabilities, configuration, confirmation_secret, expires_at, orchestrator), extra_headers, extra_query, extra_body, timeout))

    def create_deep_link(self, *, purpose: Literal["dashboard"] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateDeepLinkResponse:
        """Create deep link.

        Args:
            purpose: Body field ``purpose``. Always ``"dashboard"``.

        ``POST /api/agentic/provisioning/deep_links``
        """
        return self._client._send(_with_options(_create_deep_link(purpose), extra_headers, extra_query, extra_body, timeout))

    def get_health(self, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Any:
        """Get health.

        ``GET /api/agentic/provisioning/health``
        """
        return self._client._send(_with_options(_get_health(), extra_headers, extra_query, extra_body, timeout))

    def get_resource(self, id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetResourceResponse:
        """Get a resource by ID.

        Args:
            id: Path parameter ``{id}``.

        ``GET /api/agentic/provisioning/resources/{id}``
        """
        return self._client._send(_with_options(_get_resource(id), extra_headers, extra_query, extra_body, timeout))

    def list_services(self, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ListServicesResponse:
        """Get services.

        ``GET /api/agentic/provisioning/services``
        """
        return self._client._send(_with_options(_list_services(), extra_headers, extra_query, extra_body, timeout))

    def provision_resource(self, *, body: ProvisionResourceBody | None | dict[str, Any] = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ProvisionResourceResponse:
        """Provision a resource.

        Args:
            body: The JSON body of the request.

        ``POST /api/agentic/provisioning/resources``
        """
        return self._client._send(_with_options(_provision_resource(body), extra_headers, extra_query, extra_body, timeout))

    def remove_resource(self, id: str, *, body: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> RemoveResourceResponse:
        """Remove resource.

        Args:
            id: Path parameter ``{id}``.
            body: Request body, sent as JSON (the published spec does not describe it).

        ``POST /api/agentic/provisioning/resources/{id}/remove``
        """
        return self._client._send(_with_options(_remove_resource(id, body), extra_headers, extra_query, extra_body, timeout))

    def rotate_resource_credentials(self, id: str, *, body: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> RotateResourceCredentialsResponse:
        """Rotate resource credentials.

        Args:
            id: Path parameter ``{id}``.
            body: Request body, sent as JSON (the published spec does not describe it).

        ``POST /api/agentic/provisioning/resources/{id}/rotate_credentials``
        """
        return self._client._send(_with_options(_rotate_resource_credentials(id, body), extra_headers, extra_query, extra_body, timeout))

    def update_resource_service(self, id: str, *, service_id: str | None = UNSET, configuration: AgenticProvisioningConfiguration | dict[str, Any] | None = UNSET, payment_credentials: AgenticProvisioningPaymentCredentials | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> UpdateResourceServiceResponse:
        """Update resource service.

        Args:
            id: Path parameter ``{id}``.
            service_id: Body field ``service_id``. At least 1 characters.
            configuration: Body field ``configuration``.
            payment_credentials: Body field ``payment_credentials``.

        ``POST /api/agentic/provisioning/resources/{id}/update_service``
        """
        return self._client._send(_with_options(_update_resource_service(id, service_id, configuration, payment_credentials), extra_headers, extra_query, extra_body, timeout))


class AsyncAgenticProvisioningResource(AsyncResource):
    """Operations on agentic provisioning. (async)"""

    __slots__ = ()


    async def create_account_request(self, *, id: str | None = UNSET, object: Literal["account_request"] | None = UNSET, name: str | None = UNSET, email: str | None = UNSET, scopes: list[str] | None = UNSET, phone: str | None = UNSET, country: str | None = UNSET, kyc: Kyc | dict[str, Any] | None = UNSET, client_capabilities: list[Literal["browser", "email", "sms"] | str] | None = UNSET, configuration: dict[str, Any] | None = UNSET, confirmation_secret: str | None = UNSET, expires_at: datetime | None = UNSET, orchestrator: Orchestrator | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateAccountRequestResponse:
        """Create account request.

        Args:
            id: Body field ``id``. At least 1 characters.
            object: Body field ``object``. Always ``"account_request"``.
            name: Body field ``name``. At least 1 characters.
            email: Body field ``email``.
            scopes: Body field ``scopes``.
            phone: Body field ``phone``. At least 1 characters.
            country: Body field ``country``. At least 1 characters.
            kyc: Body field ``kyc``.
            client_capabilities: Body field ``client_capabilities``. Each one of ``"browser"``, ``"email"``, ``"sms"``.
            configuration: Body field ``configuration``.
            confirmation_secret: Body field ``confirmation_secret``. At least 1 characters.
            expires_at: Body field ``expires_at``. A date and time (ISO 8601).
            orchestrator: Body field ``orchestrator``.

        Async: ``await client.agentic_provisioning.create_account_request(...)`` returns ``CreateAccountRequestResponse``.

        ``POST /api/agentic/provisioning/account_requests``
        """
        return await self._client._send(_with_options(_create_account_request(id, object, name, email, scopes, phone, country, kyc, client_capabilities, configuration, confirmation_secret, expires_at, orchestrator), extra_headers, extra_query, extra_body, timeout))

    async def create_deep_link(self, *, purpose: Literal["dashboard"] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateDeepLinkResponse:
        """Create deep link.

        Args:
            purpose: Body field ``purpose``. Always ``"dashboard"``.

        Async: ``await client.agentic_provisioning.create_deep_link(...)`` returns ``CreateDeepLinkResponse``.

        ``POST /api/agentic/provisioning/deep_links``
        """
        return await self._client._send(_with_options(_create_deep_link(purpose), extra_headers, extra_query, extra_body, timeout))

    async def get_health(self, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> Any:
        """Get health.

        Async: ``await client.agentic_provisioning.get_health(...)`` returns ``Any``.

        ``GET /api/agentic/provisioning/health``
        """
        return await self._client._send(_with_options(_get_health(), extra_headers, extra_query, extra_body, timeout))

    async def get_resource(self, id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetResourceResponse:
        """Get a resource by ID.

        Args:
            id: Path parameter ``{id}``.

        Async: ``await client.agentic_provisioning.get_resource(...)`` returns ``GetResourceResponse``.

        ``GET /api/agentic/provisioning/resources/{id}``
        """
        return await self._client._send(_with_options(_get_resource(id), extra_headers, extra_query, extra_body, timeout))

    async def list_services(self, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ListServicesResponse:
        """Get services.

        Async: ``await client.agentic_provisioning.list_services(...)`` returns ``ListServicesResponse``.

        ``GET /api/agentic/provisioning/services``
        """
        return await self._client._send(_with_options(_list_services(), extra_headers, extra_query, extra_body, timeout))

    async def provision_resource(self, *, body: ProvisionResourceBody | None | dict[str, Any] = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ProvisionResourceResponse:
        """Provision a resource.

        Args:
            body: The JSON body of the request.

        Async: ``await client.agentic_provisioning.provision_resource(...)`` returns ``ProvisionResourceResponse``.

        ``POST /api/agentic/provisioning/resources``
        """
        return await self._client._send(_with_options(_provision_resource(body), extra_headers, extra_query, extra_body, timeout))

    async def remove_resource(self, id: str, *, body: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> RemoveResourceResponse:
        """Remove resource.

        Args:
            id: Path parameter ``{id}``.
            body: Request body, sent as JSON (the published spec does not describe it).

        Async: ``await client.agentic_provisioning.remove_resource(...)`` returns ``RemoveResourceResponse``.

        ``POST /api/agentic/provisioning/resources/{id}/remove``
        """
        return await self._client._send(_with_options(_remove_resource(id, body), extra_headers, extra_query, extra_body, timeout))

    async def rotate_resource_credentials(self, id: str, *, body: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> RotateResourceCredentialsResponse:
        """Rotate resource credentials.

        Args:
            id: Path parameter ``{id}``.
            body: Request body, sent as JSON (the published spec does not describe it).

        Async: ``await client.agentic_provisioning.rotate_resource_credentials(...)`` returns ``RotateResourceCredentialsResponse``.

        ``POST /api/agentic/provisioning/resources/{id}/rotate_credentials``
        """
        return await self._client._send(_with_options(_rotate_resource_credentials(id, body), extra_headers, extra_query, extra_body, timeout))

    async def update_resource_service(self, id: str, *, service_id: str | None = UNSET, configuration: AgenticProvisioningConfiguration | dict[str, Any] | None = UNSET, payment_credentials: AgenticProvisioningPaymentCredentials | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> UpdateResourceServiceResponse:
        """Update resource service.

        Args:
            id: Path parameter ``{id}``.
            service_id: Body field ``service_id``. At least 1 characters.
            configuration: Body field ``configuration``.
            payment_credentials: Body field ``payment_credentials``.

        Async: ``await client.agentic_provisioning.update_resource_service(...)`` returns ``UpdateResourceServiceResponse``.

        ``POST /api/agentic/provisioning/resources/{id}/update_service``
        """
        return await self._client._send(_with_options(_update_resource_service(id, service_id, configuration, payment_credentials), extra_headers, extra_query, extra_body, timeout))


if TYPE_CHECKING:
    from .._raw_response import async_raw, raw

    class AgenticProvisioningResourceWithRawResponse:
        """``client.with_raw_response.<resource>``: each method answering a ``RawResponse`` (declared for checkers)."""

        create_account_request = raw(AgenticProvisioningResource.create_account_request)
        create_deep_link = raw(AgenticProvisioningResource.create_deep_link)
        get_health = raw(AgenticProvisioningResource.get_health)
        get_resource = raw(AgenticProvisioningResource.get_resource)
        list_services = raw(AgenticProvisioningResource.list_services)
        provision_resource = raw(AgenticProvisioningResource.provision_resource)
        remove_resource = raw(AgenticProvisioningResource.remove_resource)
        rotate_resource_credentials = raw(AgenticProvisioningResource.rotate_resource_credentials)
        update_resource_service = raw(AgenticProvisioningResource.update_resource_service)

    class AsyncAgenticProvisioningResourceWithRawResponse:
        """``client.with_raw_response.<resource>`` of the async client (declared for checkers)."""

        create_account_request = async_raw(AsyncAgenticProvisioningResource.create_account_request)
        create_deep_link = async_raw(AsyncAgenticProvisioningResource.create_deep_link)
        get_health = async_raw(AsyncAgenticProvisioningResource.get_health)
        get_resource = async_raw(AsyncAgenticProvisioningResource.get_resource)
        list_services = async_raw(AsyncAgenticProvisioningResource.list_services)
        provision_resource = async_raw(AsyncAgenticProvisioningResource.provision_resource)
        remove_resource = async_raw(AsyncAgenticProvisioningResource.remove_resource)
        rotate_resource_credentials = async_raw(AsyncAgenticProvisioningResource.rotate_resource_credentials)
        update_resource_service = async_raw(AsyncAgenticProvisioningResource.update_resource_service)
