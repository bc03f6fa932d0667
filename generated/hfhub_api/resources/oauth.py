"""Operations on oauth.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._client_base import AsyncResource, Resource
from .._request import Request, Timeout
from .._request import fields as _fields
from .._request import with_options as _with_options
from .._types import UNSET
from ..models._oauth import GetUserinfoResponse, RegisterAppResponse, StartDeviceAuthorizationResponse


def _get_userinfo() -> Request[GetUserinfoResponse]:
    return Request("GET", "/oauth/userinfo", convert=GetUserinfoResponse)


def _post_userinfo(body: Any) -> Request[GetUserinfoResponse]:
    return Request("POST", "/oauth/userinfo", json=body, convert=GetUserinfoResponse)


def _register_app(redirect_uris: list[str] | None, client_name: str | None, client_uri: str | None, logo_uri: str | None, scope: str | None, contacts: list[str] | None, token_endpoint_auth_method: Literal["client_secret_basic", "none", "client_secret_post"] | str | None, software_id: str | None, software_version: str | None) -> Request[RegisterAppResponse]:
    return Request(
        "POST",
        "/oauth/register",
        json=_fields({"redirect_uris": redirect_uris, "client_name": client_name, "client_uri": client_uri, "logo_uri": logo_uri, "scope": scope, "contacts": contacts, "token_endpoint_auth_method": token_endpoint_auth_method, "software_id": software_id, "software_version": software_version}),
        convert=RegisterAppResponse,
    )


def _start_device_authorization(client_id: str | None, scope: str | None) -> Request[StartDeviceAuthorizationResponse]:
    return Request(
        "POST",
        "/oauth/device",
        json=_fields({"client_id": client_id, "scope": scope}),
        convert=StartDeviceAuthorizationResponse,
    )


class OauthResource(Resource):
    """Operations on oauth."""

    __slots__ = ()


    def get_userinfo(self, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetUserinfoResponse:
        """Get user info.

        Get information about the user. Only available through oauth access tokens. Information varies depending on the scope of the oauth app and what permissions the user granted to the oauth app.

        ``GET /oauth/userinfo``
        """
        return self._client._send(_with_options(_get_userinfo(), extra_headers, extra_query, extra_body, timeout))

    def post_userinfo(self, *, body: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetUserinfoResponse:
        """Get user info.

        Get information about the user. Only available through oauth access tokens. Information varies depending on the scope of the oauth app and what permissions the user granted to the oauth app.

        Args:
            body: Request body, sent as JSON (the published spec does not describe it).

        ``POST /oauth/userinfo``
        """
        return self._client._send(_with_options(_post_userinfo(body), extra_headers, extra_query, extra_body, timeout))

    def register_app(self, *, redirect_uris: list[str] | None = UNSET, client_name: str | None = UNSET, client_uri: str | None = UNSET, logo_uri: str | None = UNSET, scope: str | None = UNSET, contacts: list[str] | None = UNSET, token_endpoint_auth_method: Literal["client_secret_basic", "none", "client_secret_post"] | str | None = UNSET, software_id: str | None = UNSET, software_version: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> RegisterAppResponse:
        """Register a new OAuth app.

        Args:
            redirect_uris: Body field ``redirect_uris``.
            client_name: Body field ``client_name``.
            client_uri: Body field ``client_uri``.
            logo_uri: Body field ``logo_uri``.
            scope: Body field ``scope``.
            contacts: Body field ``contacts``.
            token_endpoint_auth_method: Body field ``token_endpoint_auth_method``. One of ``"client_secret_basic"``, ``"none"``, ``"client_secret_post"``.
            software_id: Body field ``software_id``.
            software_version: Body field ``software_version``.

        ``POST /oauth/register``
        """
        return self._client._send(_with_options(_register_app(redirect_uris, client_name, client_uri, logo_uri, scope, contacts, token_endpoint_auth_method, software_id, software_version), extra_headers, extra_query, extra_body, timeout))

    def start_device_authorization(self, *, client_id: str | None = UNSET, scope: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> StartDeviceAuthorizationResponse:
        """Initiate device authorization.

        Args:
            client_id: Body field ``client_id``.
            scope: Body field ``scope``.

        ``POST /oauth/device``
        """
        return self._client._send(_with_options(_start_device_authorization(client_id, scope), extra_headers, extra_query, extra_body, timeout))


class AsyncOauthResource(AsyncResource):
    """Operations on oauth. (async)"""

    __slots__ = ()


    async def get_userinfo(self, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetUserinfoResponse:
        """Get user info.

        Get information about the user. Only available through oauth access tokens. Information varies depending on the scope of the oauth app and what permissions the user granted to the oauth app.

        Async: ``await client.oauth.get_userinfo(...)`` returns ``GetUserinfoResponse``.

        ``GET /oauth/userinfo``
        """
        return await self._client._send(_with_options(_get_userinfo(), extra_headers, extra_query, extra_body, timeout))

    async def post_userinfo(self, *, body: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetUserinfoResponse:
        """Get user info.

        Get information about the user. Only available through oauth access tokens. Information varies depending on the scope of the oauth app and what permissions the user granted to the oauth app.

        Args:
            body: Request body, sent as JSON (the published spec does not describe it).

        Async: ``await client.oauth.post_userinfo(...)`` returns ``GetUserinfoResponse``.

        ``POST /oauth/userinfo``
        """
        return await self._client._send(_with_options(_post_userinfo(body), extra_headers, extra_query, extra_body, timeout))

    async def register_app(self, *, redirect_uris: list[str] | None = UNSET, client_name: str | None = UNSET, client_uri: str | None = UNSET, logo_uri: str | None = UNSET, scope: str | None = UNSET, contacts: list[str] | None = UNSET, token_endpoint_auth_method: Literal["client_secret_basic", "none", "client_secret_post"] | str | None = UNSET, software_id: str | None = UNSET, software_version: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> RegisterAppResponse:
        """Register a new OAuth app.

        Args:
            redirect_uris: Body field ``redirect_uris``.
            client_name: Body field ``client_name``.
            client_uri: Body field ``client_uri``.
            logo_uri: Body field ``logo_uri``.
            scope: Body field ``scope``.
            contacts: Body field ``contacts``.
            token_endpoint_auth_method: Body field ``token_endpoint_auth_method``. One of ``"client_secret_basic"``, ``"none"``, ``"client_secret_post"``.
            software_id: Body field ``software_id``.
            software_version: Body field ``software_version``.

        Async: ``await client.oauth.register_app(...)`` returns ``RegisterAppResponse``.

        ``POST /oauth/register``
        """
        return await self._client._send(_with_options(_register_app(redirect_uris, client_name, client_uri, logo_uri, scope, contacts, token_endpoint_auth_method, software_id, software_version), extra_headers, extra_query, extra_body, timeout))

    async def start_device_authorization(self, *, client_id: str | None = UNSET, scope: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> StartDeviceAuthorizationResponse:
        """Initiate device authorization.

        Args:
            client_id: Body field ``client_id``.
            scope: Body field ``scope``.

        Async: ``await client.oauth.start_device_authorization(...)`` returns ``StartDeviceAuthorizationResponse``.

        ``POST /oauth/device``
        """
        return await self._client._send(_with_options(_start_device_authorization(client_id, scope), extra_headers, extra_query, extra_body, timeout))


if TYPE_CHECKING:
    from .._raw_response import async_raw, raw

    class OauthResourceWithRawResponse:
        """``client.with_raw_response.<resource>``: each method answering a ``RawResponse`` (declared for checkers)."""

        get_userinfo = raw(OauthResource.get_userinfo)
        post_userinfo = raw(OauthResource.post_userinfo)
        register_app = raw(OauthResource.register_app)
        start_device_authorization = raw(OauthResource.start_device_authorization)

    class AsyncOauthResourceWithRawResponse:
        """``client.with_raw_response.<resource>`` of the async client (declared for checkers)."""

        get_userinfo = async_raw(AsyncOauthResource.get_userinfo)
        post_userinfo = async_raw(AsyncOauthResource.post_userinfo)
        register_app = async_raw(AsyncOauthResource.register_app)
        start_device_authorization = async_raw(AsyncOauthResource.start_device_authorization)
