"""Operations on scim.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._client_base import AsyncResource, Resource
from .._request import Request, Timeout
from .._request import fields as _fields
from .._request import query as _q
from .._request import segment as _seg
from .._request import with_options as _with_options
from .._types import UNSET, ListOf
from ..models._scim import CreateGroupResponse, CreateManagedUserResponse, Email, GetGroupResponse, GetSchemaResponse, GetServiceProviderConfigResponse, ListGroupsResponse, ListManagedUsersResponse, Operation, PatchUserBodyOperation, ResourceType, ScimMember, ScimName, ScimOperation


def _create_group(name: str, display_name: str | None, external_id: str | None, members: list[ScimMember] | dict[str, Any] | None) -> Request[CreateGroupResponse]:
    return Request(
        "POST",
        f"/api/organizations/{_seg(name, 'name')}/scim/v2/Groups",
        json=_fields({"displayName": display_name, "externalId": external_id, "members": members}),
        convert=CreateGroupResponse,
    )


def _create_managed_group(name: str, display_name: str | None, external_id: str | None, members: list[ScimMember] | dict[str, Any] | None) -> Request[CreateGroupResponse]:
    return Request(
        "POST",
        f"/api/organizations/{_seg(name, 'name')}/scim-provisioning/v2/Groups",
        json=_fields({"displayName": display_name, "externalId": external_id, "members": members}),
        convert=CreateGroupResponse,
    )


def _create_managed_user(name: str, schemas: list[str] | None, user_name: str | None, emails: list[Email] | dict[str, Any] | None, active: bool | None, external_id: str | None) -> Request[CreateManagedUserResponse]:
    return Request(
        "POST",
        f"/api/organizations/{_seg(name, 'name')}/scim-provisioning/v2/Users",
        json=_fields({"schemas": schemas, "userName": user_name, "emails": emails, "active": active, "externalId": external_id}),
        convert=CreateManagedUserResponse,
    )


def _create_user(organization: str, schemas: list[str] | None, user_name: str | None, emails: list[Email] | dict[str, Any] | None, name: ScimName | dict[str, Any] | None, active: bool | None, external_id: str | None) -> Request[CreateManagedUserResponse]:
    return Request(
        "POST",
        f"/api/organizations/{_seg(organization, 'organization')}/scim/v2/Users",
        json=_fields({"schemas": schemas, "userName": user_name, "emails": emails, "name": name, "active": active, "externalId": external_id}),
        convert=CreateManagedUserResponse,
    )


def _delete_group(name: str, group_id: str) -> Request[None]:
    return Request(
        "DELETE",
        f"/api/organizations/{_seg(name, 'name')}/scim/v2/Groups/{_seg(group_id, 'group_id')}",
        kind="empty",
    )


def _delete_managed_group(name: str, group_id: str) -> Request[None]:
    return Request(
        "DELETE",
        f"/api/organizations/{_seg(name, 'name')}/scim-provisioning/v2/Groups/{_seg(group_id, 'group_id')}",
        kind="empty",
    )


def _delete_managed_user(name: str, user_id: str) -> Request[None]:
    return Request(
        "DELETE",
        f"/api/organizations/{_seg(name, 'name')}/scim-provisioning/v2/Users/{_seg(user_id, 'user_id')}",
        kind="empty",
    )


def _delete_user(name: str, user_id: str) -> Request[None]:
    return Request(
        "DELETE",
        f"/api/organizations/{_seg(name, 'name')}/scim/v2/Users/{_seg(user_id, 'user_id')}",
        kind="empty",
    )


def _get_group(name: str, group_id: str, excluded_attributes: Literal["members"] | None) -> Request[GetGroupResponse]:
    return Request(
        "GET",
        f"/api/organizations/{_seg(name, 'name')}/scim/v2/Groups/{_seg(group_id, 'group_id')}",
        params=_q({"excludedAttributes": excluded_attributes}),
        convert=GetGroupResponse,
    )


def _get_managed_group(name: str, group_id: str, excluded_attributes: Literal["members"] | None) -> Request[GetGroupResponse]:
    return Request(
        "GET",
        f"/api/organizations/{_seg(name, 'name')}/scim-provisioning/v2/Groups/{_seg(group_id, 'group_id')}",
        params=_q({"excludedAttributes": excluded_attributes}),
        convert=GetGroupResponse,
    )


def _get_managed_user(name: str, user_id: str) -> Request[CreateManagedUserResponse]:
    return Request(
        "GET",
        f"/api/organizations/{_seg(name, 'name')}/scim-provisioning/v2/Users/{_seg(user_id, 'user_id')}",
        convert=CreateManagedUserResponse,
    )


def _get_schema(name: str, schema_id: str) -> Request[GetSchemaResponse]:
    return Request(
        "GET",
        f"/api/organizations/{_seg(name, 'name')}/scim/v2/Schemas/{_seg(schema_id, 'schema_id')}",
        convert=GetSchemaResponse,
    )


def _get_service_provider_config(name: str) -> Request[GetServiceProviderConfigResponse]:
    return Request(
        "GET",
        f"/api/organizations/{_seg(name, 'name')}/scim/v2/ServiceProviderConfig",
        convert=GetServiceProviderConfigResponse,
    )


def _get_user(name: str, user_id: str) -> Request[CreateManagedUserResponse]:
    return Request(
        "GET",
        f"/api/organizations/{_seg(name, 'name')}/scim/v2/Users/{_seg(user_id, 'user_id')}",
        convert=CreateManagedUserResponse,
    )


def _list_groups(name: str, count: float | None, excluded_attributes: Literal["members"] | None, filter: str | None, start_index: float | None) -> Request[ListGroupsResponse]:
    return Request(
        "GET",
        f"/api/organizations/{_seg(name, 'name')}/scim/v2/Groups",
        params=_q({"count": count, "excludedAttributes": excluded_attributes, "filter": filter, "startIndex": start_index}),
        convert=ListGroupsResponse,
    )


def _list_managed_groups(name: str, count: float | None, excluded_attributes: Literal["members"] | None, filter: str | None, start_index: float | None) -> Request[ListGroupsResponse]:
    return Request(
        "GET",
        f"/api/organizations/{_seg(name, 'name')}/scim-provisioning/v2/Groups",
        params=_q({"count": count, "excludedAttributes": excluded_attributes, "filter": filter, "startIndex": start_index}),
        convert=ListGroupsResponse,
    )


def _list_managed_users(name: str, count: float | None, filter: str | None, start_index: float | None) -> Request[ListManagedUsersResponse]:
    return Request(
        "GET",
        f"/api/organizations/{_seg(name, 'name')}/scim-provisioning/v2/Users",
        params=_q({"count": count, "filter": filter, "startIndex": start_index}),
        convert=ListManagedUsersResponse,
    )


def _list_resource_types(name: str) -> Request[list[ResourceType]]:
    return Request(
        "GET",
        f"/api/organizations/{_seg(name, 'name')}/scim/v2/ResourceTypes",
        convert=ListOf(ResourceType),
    )


def _list_schemas(name: str) -> Request[list[GetSchemaResponse]]:
    return Request("GET", f"/api/organizations/{_seg(name, 'name')}/scim/v2/Schemas", convert=ListOf(GetSchemaResponse))


def _list_users(name: str, count: float | None, filter: str | None, start_index: float | None) -> Request[ListManagedUsersResponse]:
    return Request(
        "GET",
        f"/api/organizations/{_seg(name, 'name')}/scim/v2/Users",
        params=_q({"count": count, "filter": filter, "startIndex": start_index}),
        convert=ListManagedUsersResponse,
    )


def _patch_group(name: str, group_id: str, schemas: list[Literal["urn:ietf:params:scim:api:messages:2.0:PatchOp"]] | None, operations: list[Operation] | dict[str, Any] | None) -> Request[CreateGroupResponse]:
    return Request(
        "PATCH",
        f"/api/organizations/{_seg(name, 'name')}/scim/v2/Groups/{_seg(group_id, 'group_id')}",
        json=_fields({"schemas": schemas, "Operations": operations}),
        convert=CreateGroupResponse,
    )


def _patch_managed_group(name: str, group_id: str, schemas: list[Literal["urn:ietf:params:scim:api:messages:2.0:PatchOp"]] | None, operations: list[Operation] | dict[str, Any] | None) -> Request[CreateGroupResponse]:
    return Request(
        "PATCH",
        f"/api/organizations/{_seg(name, 'name')}/scim-provisioning/v2/Groups/{_seg(group_id, 'group_id')}",
        json=_fields({"schemas": schemas, "Operations": operations}),
        convert=CreateGroupResponse,
    )


def _patch_managed_user(name: str, user_id: str, schemas: list[Literal["urn:ietf:params:scim:api:messages:2.0:PatchOp"]] | None, operations: list[ScimOperation] | dict[str, Any] | None) -> Request[CreateManagedUserResponse]:
    return Request(
        "PATCH",
        f"/api/organizations/{_seg(name, 'name')}/scim-provisioning/v2/Users/{_seg(user_id, 'user_id')}",
        json=_fields({"schemas": schemas, "Operations": operations}),
        convert=CreateManagedUserResponse,
    )


def _patch_user(name: str, user_id: str, schemas: list[Literal["urn:ietf:params:scim:api:messages:2.0:PatchOp"]] | None, operations: list[PatchUserBodyOperation] | dict[str, Any] | None) -> Request[CreateManagedUserResponse]:
    return Request(
        "PATCH",
        f"/api/organizations/{_seg(name, 'name')}/scim/v2/Users/{_seg(user_id, 'user_id')}",
        json=_fields({"schemas": schemas, "Operations": operations}),
        convert=CreateManagedUserResponse,
    )


def _replace_group(name: str, group_id: str, schemas: list[Literal["urn:ietf:params:scim:schemas:core:2.0:Group"]] | None, display_name: str | None, external_id: str | None, members: list[ScimMember] | dict[str, Any] | None) -> Request[CreateGroupResponse]:
    return Request(
        "PUT",
        f"/api/organizations/{_seg(name, 'name')}/scim/v2/Groups/{_seg(group_id, 'group_id')}",
        json=_fields({"schemas": schemas, "displayName": display_name, "externalId": external_id, "members": members}),
        convert=CreateGroupResponse,
    )


def _replace_managed_group(name: str, group_id: str, schemas: list[Literal["urn:ietf:params:scim:schemas:core:2.0:Group"]] | None, display_name: str | None, external_id: str | None, members: list[ScimMember] | dict[str, Any] | None) -> Request[CreateGroupResponse]:
    return Request(
        "PUT",
        f"/api/organizations/{_seg(name, 'name')}/scim-provisioning/v2/Groups/{_seg(group_id, 'group_id')}",
        json=_fields({"schemas": schemas, "displayName": display_name, "externalId": external_id, "members": members}),
        convert=CreateGroupResponse,
    )


def _replace_managed_user(name: str, user_id: str, schemas: list[str] | None, active: bool | None, external_id: str | None) -> Request[CreateManagedUserResponse]:
    return Request(
        "PUT",
        f"/api/organizations/{_seg(name, 'name')}/scim-provisioning/v2/Users/{_seg(user_id, 'user_id')}",
        json=_fields({"schemas": schemas, "active": active, "externalId": external_id}),
        convert=CreateManagedUserResponse,
    )


def _replace_user(organization: str, user_id: str, schemas: list[str] | None, user_name: str | None, emails: list[Email] | dict[str, Any] | None, name: ScimName | dict[str, Any] | None, active: bool | None, external_id: str | None) -> Request[CreateManagedUserResponse]:
    return Request(
        "PUT",
        f"/api/organizations/{_seg(organization, 'organization')}/scim/v2/Users/{_seg(user_id, 'user_id')}",
        json=_fields({"schemas": schemas, "userName": user_name, "emails": emails, "name": name, "active": active, "externalId": external_id}),
        convert=CreateManagedUserResponse,
    )


class ScimResource(Resource):
    """Operations on scim."""

    __slots__ = ()


    def create_group(self, name: str, *, display_name: str | None = UNSET, external_id: str | None = UNSET, members: list[ScimMember] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateGroupResponse:
        """Create a SCIM group.

        Creates a new group in the organization. The group name must be unique within the organization.

        Args:
            name: Path parameter ``{name}``.
            display_name: Body field ``displayName``.
            external_id: Body field ``externalId``.
            members: Array of SCIM user ids.

        ``POST /api/organizations/{name}/scim/v2/Groups``
        """
        return self._client._send(_with_options(_create_group(name, display_name, external_id, members), extra_headers, extra_query, extra_body, timeout))

    def create_managed_group(self, name: str, *, display_name: str | None = UNSET, external_id: str | None = UNSET, members: list[ScimMember] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateGroupResponse:
        """Create a SCIM group.

        Creates a new group in the organization. The group name must be unique within the organization.

        Args:
            name: Path parameter ``{name}``.
            display_name: Body field ``displayName``.
            external_id: Body field ``externalId``.
            members: Array of SCIM user ids.

        ``POST /api/organizations/{name}/scim-provisioning/v2/Groups``
        """
        return self._client._send(_with_options(_create_managed_group(name, display_name, external_id, members), extra_headers, extra_query, extra_body, timeout))

    def create_managed_user(self, name: str, *, schemas: list[str] | None = UNSET, user_name: str | None = UNSET, emails: list[Email] | dict[str, Any] | None = UNSET, active: bool | None = UNSET, external_id: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateManagedUserResponse:
        """Create SCIM invitation.

        Creates an invitation for a user to join the organization. The user must have an existing Hugging Face account.

        Args:
            name: Path parameter ``{name}``.
            schemas: Body field ``schemas``.
            user_name: Username of the existing Hugging Face user. From 2 to 42 characters. Matches ``^\\b(?!\\d+$)(?![0-9a-fA-F]{24}$)([a-zA-Z0-9]|-(?!-))+\\b$``.
            emails: Body field ``emails``.
            active: Body field ``active``. Server default: ``true``.
            external_id: SSO unique identifier (SAML nameid or OIDC sub claim) - required for SSO login.

        ``POST /api/organizations/{name}/scim-provisioning/v2/Users``
        """
        return self._client._send(_with_options(_create_managed_user(name, schemas, user_name, emails, active, external_id), extra_headers, extra_query, extra_body, timeout))

    def create_user(self, organization: str, *, schemas: list[str] | None = UNSET, user_name: str | None = UNSET, emails: list[Email] | dict[str, Any] | None = UNSET, name: ScimName | dict[str, Any] | None = UNSET, active: bool | None = UNSET, external_id: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateManagedUserResponse:
        """Create a SCIM user.

        Creates a new user in the organization. If the user already exists, only `active` field will be updated to provision the user.

        Args:
            organization: ``{name}`` in the path; ``name`` is a body field.
            schemas: Body field ``schemas``.
            user_name: Username for the user, it should respect the hub rules: No consecutive dashes, No digit-only, Does not start or end with a dash, Only dashes, letters or numbers, Not 24 chars hex string. From 2 to 42 characters. Matches ``^\\b(?!\\d+$)(?![0-9a-fA-F]{24}$)([a-zA-Z0-9]|-(?!-))+\\b$``.
            emails: Body field ``emails``.
            name: Body field ``name``.
            active: Body field ``active``. Server default: ``true``.
            external_id: External ID for the user, it must be unique within the organization and is required for managed users.

        ``POST /api/organizations/{name}/scim/v2/Users``
        """
        return self._client._send(_with_options(_create_user(organization, schemas, user_name, emails, name, active, external_id), extra_headers, extra_query, extra_body, timeout))

    def delete_group(self, name: str, group_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete a SCIM group.

        Args:
            name: Path parameter ``{name}``.
            group_id: Path parameter ``{groupId}``.

        ``DELETE /api/organizations/{name}/scim/v2/Groups/{groupId}``
        """
        return self._client._send(_with_options(_delete_group(name, group_id), extra_headers, extra_query, extra_body, timeout))

    def delete_managed_group(self, name: str, group_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete a SCIM group.

        Args:
            name: Path parameter ``{name}``.
            group_id: Path parameter ``{groupId}``.

        ``DELETE /api/organizations/{name}/scim-provisioning/v2/Groups/{groupId}``
        """
        return self._client._send(_with_options(_delete_managed_group(name, group_id), extra_headers, extra_query, extra_body, timeout))

    def delete_managed_user(self, name: str, user_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete SCIM user.

        Removes a user from the organization and deletes any pending invitations for non-managed organizations.

        Args:
            name: Path parameter ``{name}``.
            user_id: Path parameter ``{userId}``.

        ``DELETE /api/organizations/{name}/scim-provisioning/v2/Users/{userId}``
        """
        return self._client._send(_with_options(_delete_managed_user(name, user_id), extra_headers, extra_query, extra_body, timeout))

    def delete_user(self, name: str, user_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete a SCIM user.

        Args:
            name: Path parameter ``{name}``.
            user_id: Path parameter ``{userId}``.

        ``DELETE /api/organizations/{name}/scim/v2/Users/{userId}``
        """
        return self._client._send(_with_options(_delete_user(name, user_id), extra_headers, extra_query, extra_body, timeout))

    def get_group(self, name: str, group_id: str, *, excluded_attributes: Literal["members"] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetGroupResponse:
        """Get a SCIM group.

        Retrieves a group by its ID. If you provide the `excludedAttributes` parameter, the `members` attribute is not returned.

        Args:
            name: Path parameter ``{name}``.
            group_id: Path parameter ``{groupId}``.
            excluded_attributes: Query parameter ``excludedAttributes``. Always ``"members"``.

        ``GET /api/organizations/{name}/scim/v2/Groups/{groupId}``
        """
        return self._client._send(_with_options(_get_group(name, group_id, excluded_attributes), extra_headers, extra_query, extra_body, timeout))

    def get_managed_group(self, name: str, group_id: str, *, excluded_attributes: Literal["members"] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetGroupResponse:
        """Get a SCIM group.

        Retrieves a group by its ID. If you provide the `excludedAttributes` parameter, the `members` attribute is not returned.

        Args:
            name: Path parameter ``{name}``.
            group_id: Path parameter ``{groupId}``.
            excluded_attributes: Query parameter ``excludedAttributes``. Always ``"members"``.

        ``GET /api/organizations/{name}/scim-provisioning/v2/Groups/{groupId}``
        """
        return self._client._send(_with_options(_get_managed_group(name, group_id, excluded_attributes), extra_headers, extra_query, extra_body, timeout))

    def get_managed_user(self, name: str, user_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateManagedUserResponse:
        """Get a SCIM provisioning user.

        Retrieves a SCIM user by their ID for non-managed organizations.

        Args:
            name: Path parameter ``{name}``.
            user_id: Path parameter ``{userId}``.

        ``GET /api/organizations/{name}/scim-provisioning/v2/Users/{userId}``
        """
        return self._client._send(_with_options(_get_managed_user(name, user_id), extra_headers, extra_query, extra_body, timeout))

    def get_schema(self, name: str, schema_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetSchemaResponse:
        """Get SCIM Schema by ID.

        Returns a single SCIM 2.0 schema definition by its schema URI.

        Args:
            name: Path parameter ``{name}``.
            schema_id: Path parameter ``{schemaId}``.

        ``GET /api/organizations/{name}/scim/v2/Schemas/{schemaId}``
        """
        return self._client._send(_with_options(_get_schema(name, schema_id), extra_headers, extra_query, extra_body, timeout))

    def get_service_provider_config(self, name: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetServiceProviderConfigResponse:
        """Get SCIM Configuration.

        Returns the SCIM 2.0 Service Provider configuration, describing the server's capabilities and supported authentication schemes.

        Args:
            name: Path parameter ``{name}``.

        ``GET /api/organizations/{name}/scim/v2/ServiceProviderConfig``
        """
        return self._client._send(_with_options(_get_service_provider_config(name), extra_headers, extra_query, extra_body, timeout))

    def get_user(self, name: str, user_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateManagedUserResponse:
        """Get a SCIM user.

        Retrieves a SCIM user by their ID.

        Args:
            name: Path parameter ``{name}``.
            user_id: Path parameter ``{userId}``.

        ``GET /api/organizations/{name}/scim/v2/Users/{userId}``
        """
        return self._client._send(_with_options(_get_user(name, user_id), extra_headers, extra_query, extra_body, timeout))

    def list_groups(self, name: str, *, count: float | None = UNSET, excluded_attributes: Literal["members"] | None = UNSET, filter: str | None = UNSET, start_index: float | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ListGroupsResponse:
        """List SCIM groups.

        Get a list of SCIM groups. Retrieves a paginated list of all organization groups. If you provide the filter parameter, the resources for all matching groups are returned.

        Args:
            name: Path parameter ``{name}``.
            count: Query parameter ``count``. From 1 to 1000. Server default: ``1000``.
            excluded_attributes: Query parameter ``excludedAttributes``. Always ``"members"``.
            filter: Query parameter ``filter``. Server default: ``""``.
            start_index: Query parameter ``startIndex``. At least 1. Server default: ``1``.

        ``GET /api/organizations/{name}/scim/v2/Groups``
        """
        return self._client._send(_with_options(_list_groups(name, count, excluded_attributes, filter, start_index), extra_headers, extra_query, extra_body, timeout))

    def list_managed_groups(self, name: str, *, count: float | None = UNSET, excluded_attributes: Literal["members"] | None = UNSET, filter: str | None = UNSET, start_index: float | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ListGroupsResponse:
        """List SCIM groups.

        Get a list of SCIM groups. Retrieves a paginated list of all organization groups. If you provide the filter parameter, the resources for all matching groups are returned.

        Args:
            name: Path parameter ``{name}``.
            count: Query parameter ``count``. From 1 to 1000. Server default: ``1000``.
            excluded_attributes: Query parameter ``excludedAttributes``. Always ``"members"``.
            filter: Query parameter ``filter``. Server default: ``""``.
            start_index: Query parameter ``startIndex``. At least 1. Server default: ``1``.

        ``GET /api/organizations/{name}/scim-provisioning/v2/Groups``
        """
        return self._client._send(_with_options(_list_managed_groups(name, count, excluded_attributes, filter, start_index), extra_headers, extra_query, extra_body, timeout))

    def list_managed_users(self, name: str, *, count: float | None = UNSET, filter: str | None = UNSET, start_index: float | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ListManagedUsersResponse:
        """List SCIM-managed users.

        Retrieves a paginated list of organization members and pending invitations managed by SCIM for non-managed organizations.

        Args:
            name: Path parameter ``{name}``.
            count: Query parameter ``count``. From 1 to 1000. Server default: ``1000``.
            filter: You can filter results using the equals operator (eq) to find items that match specific values like `id`, `userName`, `emails`, and `externalId`. For example, to find a user named Bob, use this search: `?filter=userName%20eq%20Bob`. Server default: ``""``.
            start_index: Query parameter ``startIndex``. At least 1. Server default: ``1``.

        ``GET /api/organizations/{name}/scim-provisioning/v2/Users``
        """
        return self._client._send(_with_options(_list_managed_users(name, count, filter, start_index), extra_headers, extra_query, extra_body, timeout))

    def list_resource_types(self, name: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> list[ResourceType]:
        """Get SCIM Resource Types.

        Returns the list of SCIM 2.0 resource types supported by this server (User and Group).

        Args:
            name: Path parameter ``{name}``.

        ``GET /api/organizations/{name}/scim/v2/ResourceTypes``
        """
        return self._client._send(_with_options(_list_resource_types(name), extra_headers, extra_query, extra_body, timeout))

    def list_schemas(self, name: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> list[GetSchemaResponse]:
        """Get SCIM Schemas.

        Returns the SCIM 2.0 schema definitions for User and Group resources.

        Args:
            name: Path parameter ``{name}``.

        ``GET /api/organizations/{name}/scim/v2/Schemas``
        """
        return self._client._send(_with_options(_list_schemas(name), extra_headers, extra_query, extra_body, timeout))

    def list_users(self, name: str, *, count: float | None = UNSET, filter: str | None = UNSET, start_index: float | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ListManagedUsersResponse:
        """List SCIM users.

        Retrieves a paginated list of all organization members who have been set up, including disabled users. If you provide the filter parameter, the resources for all matching members are returned.

        Args:
            name: Path parameter ``{name}``.
            count: Query parameter ``count``. From 1 to 1000. Server default: ``1000``.
            filter: You can filter results using the equals operator (eq) to find items that match specific values like `id`, `userName`, `emails`, and `externalId`. For example, to find a user named Bob, use this search: `?filter=userName%20eq%20Bob`. Server default: ``""``.
            start_index: Query parameter ``startIndex``. At least 1. Server default: ``1``.

        ``GET /api/organizations/{name}/scim/v2/Users``
        """
        return self._client._send(_with_options(_list_users(name, count, filter, start_index), extra_headers, extra_query, extra_body, timeout))

    def patch_group(self, name: str, group_id: str, *, schemas: list[Literal["urn:ietf:params:scim:api:messages:2.0:PatchOp"]] | None = UNSET, operations: list[Operation] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateGroupResponse:
        """Update SCIM group.

        Update attributes of a SCIM group. Updates individual attributes using Operations format. Just provide the changes you want to make using add, remove (only `members` is supported), or replace operations.

        Args:
            name: Path parameter ``{name}``.
            group_id: Path parameter ``{groupId}``.
            schemas: Body field ``schemas``. Each one of ``"urn:ietf:params:scim:api:messages:2.0:PatchOp"``.
            operations: Body field ``Operations``.

        ``PATCH /api/organizations/{name}/scim/v2/Groups/{groupId}``
        """
        return self._client._send(_with_options(_patch_group(name, group_id, schemas, operations), extra_headers, extra_query, extra_body, timeout))

    def patch_managed_group(self, name: str, group_id: str, *, schemas: list[Literal["urn:ietf:params:scim:api:messages:2.0:PatchOp"]] | None = UNSET, operations: list[Operation] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateGroupResponse:
        """Update SCIM group.

        Update attributes of a SCIM group. Updates individual attributes using Operations format. Just provide the changes you want to make using add, remove (only `members` is supported), or replace operations.

        Args:
            name: Path parameter ``{name}``.
            group_id: Path parameter ``{groupId}``.
            schemas: Body field ``schemas``. Each one of ``"urn:ietf:params:scim:api:messages:2.0:PatchOp"``.
            operations: Body field ``Operations``.

        ``PATCH /api/organizations/{name}/scim-provisioning/v2/Groups/{groupId}``
        """
        return self._client._send(_with_options(_patch_managed_group(name, group_id, schemas, operations), extra_headers, extra_query, extra_body, timeout))

    def patch_managed_user(self, name: str, user_id: str, *, schemas: list[Literal["urn:ietf:params:scim:api:messages:2.0:PatchOp"]] | None = UNSET, operations: list[ScimOperation] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateManagedUserResponse:
        """Update SCIM user.

        Modify individual attributes for non-managed organizations. Only the `active` field can be modified. User profile fields are not editable via SCIM.

        Args:
            name: Path parameter ``{name}``.
            user_id: Path parameter ``{userId}``.
            schemas: Body field ``schemas``. Each one of ``"urn:ietf:params:scim:api:messages:2.0:PatchOp"``.
            operations: Body field ``Operations``.

        ``PATCH /api/organizations/{name}/scim-provisioning/v2/Users/{userId}``
        """
        return self._client._send(_with_options(_patch_managed_user(name, user_id, schemas, operations), extra_headers, extra_query, extra_body, timeout))

    def patch_user(self, name: str, user_id: str, *, schemas: list[Literal["urn:ietf:params:scim:api:messages:2.0:PatchOp"]] | None = UNSET, operations: list[PatchUserBodyOperation] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateManagedUserResponse:
        """Update SCIM user.

        Update an attribute of a SCIM user. Modify individual attributes using Operations format. Just provide the changes you want to make using add, remove (only `externalId` is supported), or replace operations.
         If you set `active` to `false`, the user will be deprovisioned from the organization.
        Complicated SCIM `path` values are not supported like `emails[type eq 'work'].value`.

        Args:
            name: Path parameter ``{name}``.
            user_id: Path parameter ``{userId}``.
            schemas: Body field ``schemas``. Each one of ``"urn:ietf:params:scim:api:messages:2.0:PatchOp"``.
            operations: Body field ``Operations``.

        ``PATCH /api/organizations/{name}/scim/v2/Users/{userId}``
        """
        return self._client._send(_with_options(_patch_user(name, user_id, schemas, operations), extra_headers, extra_query, extra_body, timeout))

    def replace_group(self, name: str, group_id: str, *, schemas: list[Literal["urn:ietf:params:scim:schemas:core:2.0:Group"]] | None = UNSET, display_name: str | None = UNSET, external_id: str | None = UNSET, members: list[ScimMember] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateGroupResponse:
        """Update a SCIM group.

        Updates a group by its ID. The group name must be unique within the organization.

        Args:
            name: Path parameter ``{name}``.
            group_id: Path parameter ``{groupId}``.
            schemas: Body field ``schemas``. Each one of ``"urn:ietf:params:scim:schemas:core:2.0:Group"``.
            display_name: Body field ``displayName``.
            external_id: Body field ``externalId``.
            members: Body field ``members``.

        ``PUT /api/organizations/{name}/scim/v2/Groups/{groupId}``
        """
        return self._client._send(_with_options(_replace_group(name, group_id, schemas, display_name, external_id, members), extra_headers, extra_query, extra_body, timeout))

    def replace_managed_group(self, name: str, group_id: str, *, schemas: list[Literal["urn:ietf:params:scim:schemas:core:2.0:Group"]] | None = UNSET, display_name: str | None = UNSET, external_id: str | None = UNSET, members: list[ScimMember] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateGroupResponse:
        """Update a SCIM group.

        Updates a group by its ID. The group name must be unique within the organization.

        Args:
            name: Path parameter ``{name}``.
            group_id: Path parameter ``{groupId}``.
            schemas: Body field ``schemas``. Each one of ``"urn:ietf:params:scim:schemas:core:2.0:Group"``.
            display_name: Body field ``displayName``.
            external_id: Body field ``externalId``.
            members: Body field ``members``.

        ``PUT /api/organizations/{name}/scim-provisioning/v2/Groups/{groupId}``
        """
        return self._client._send(_with_options(_replace_managed_group(name, group_id, schemas, display_name, external_id, members), extra_headers, extra_query, extra_body, timeout))

    def replace_managed_user(self, name: str, user_id: str, *, schemas: list[str] | None = UNSET, active: bool | None = UNSET, external_id: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateManagedUserResponse:
        """Update a SCIM user.

        Updates a provisioned user's invitation for non-managed organizations. User profile fields are not editable via SCIM for non-managed organizations.

        Args:
            name: Path parameter ``{name}``.
            user_id: Path parameter ``{userId}``.
            schemas: Body field ``schemas``.
            active: Body field ``active``. Server default: ``true``.
            external_id: Body field ``externalId``.

        ``PUT /api/organizations/{name}/scim-provisioning/v2/Users/{userId}``
        """
        return self._client._send(_with_options(_replace_managed_user(name, user_id, schemas, active, external_id), extra_headers, extra_query, extra_body, timeout))

    def replace_user(self, organization: str, user_id: str, *, schemas: list[str] | None = UNSET, user_name: str | None = UNSET, emails: list[Email] | dict[str, Any] | None = UNSET, name: ScimName | dict[str, Any] | None = UNSET, active: bool | None = UNSET, external_id: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateManagedUserResponse:
        """Update a SCIM user.

        Updates a provisioned user, you'll need to provide all their information fresh - just like setting them up for the first time. Any details you don't include will be automatically removed, so make sure to include everything they need to keep their account running smoothly. Setting `active` to `false` will deprovision the user from the organization.

        Args:
            organization: ``{name}`` in the path; ``name`` is a body field.
            user_id: Path parameter ``{userId}``.
            schemas: Body field ``schemas``.
            user_name: Username for the user, it should respect the hub rules: No consecutive dashes, No digit-only, Does not start or end with a dash, Only dashes, letters or numbers, Not 24 chars hex string. From 2 to 42 characters. Matches ``^\\b(?!\\d+$)(?![0-9a-fA-F]{24}$)([a-zA-Z0-9]|-(?!-))+\\b$``.
            emails: Body field ``emails``.
            name: Body field ``name``.
            active: Body field ``active``. Server default: ``true``.
            external_id: Body field ``externalId``.

        ``PUT /api/organizations/{name}/scim/v2/Users/{userId}``
        """
        return self._client._send(_with_options(_replace_user(organization, user_id, schemas, user_name, emails, name, active, external_id), extra_headers, extra_query, extra_body, timeout))


class AsyncScimResource(AsyncResource):
    """Operations on scim. (async)"""

    __slots__ = ()


    async def create_group(self, name: str, *, display_name: str | None = UNSET, external_id: str | None = UNSET, members: list[ScimMember] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateGroupResponse:
        """Create a SCIM group.

        Creates a new group in the organization. The group name must be unique within the organization.

        Args:
            name: Path parameter ``{name}``.
            display_name: Body field ``displayName``.
            external_id: Body field ``externalId``.
            members: Array of SCIM user ids.

        Async: ``await client.scim.create_group(...)`` returns ``CreateGroupResponse``.

        ``POST /api/organizations/{name}/scim/v2/Groups``
        """
        return await self._client._send(_with_options(_create_group(name, display_name, external_id, members), extra_headers, extra_query, extra_body, timeout))

    async def create_managed_group(self, name: str, *, display_name: str | None = UNSET, external_id: str | None = UNSET, members: list[ScimMember] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateGroupResponse:
        """Create a SCIM group.

        Creates a new group in the organization. The group name must be unique within the organization.

        Args:
            name: Path parameter ``{name}``.
            display_name: Body field ``displayName``.
            external_id: Body field ``externalId``.
            members: Array of SCIM user ids.

        Async: ``await client.scim.create_managed_group(...)`` returns ``CreateGroupResponse``.

        ``POST /api/organizations/{name}/scim-provisioning/v2/Groups``
        """
        return await self._client._send(_with_options(_create_managed_group(name, display_name, external_id, members), extra_headers, extra_query, extra_body, timeout))

    async def create_managed_user(self, name: str, *, schemas: list[str] | None = UNSET, user_name: str | None = UNSET, emails: list[Email] | dict[str, Any] | None = UNSET, active: bool | None = UNSET, external_id: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateManagedUserResponse:
        """Create SCIM invitation.

        Creates an invitation for a user to join the organization. The user must have an existing Hugging Face account.

        Args:
            name: Path parameter ``{name}``.
            schemas: Body field ``schemas``.
            user_name: Username of the existing Hugging Face user. From 2 to 42 characters. Matches ``^\\b(?!\\d+$)(?![0-9a-fA-F]{24}$)([a-zA-Z0-9]|-(?!-))+\\b$``.
            emails: Body field ``emails``.
            active: Body field ``active``. Server default: ``true``.
            external_id: SSO unique identifier (SAML nameid or OIDC sub claim) - required for SSO login.

        Async: ``await client.scim.create_managed_user(...)`` returns ``CreateManagedUserResponse``.

        ``POST /api/organizations/{name}/scim-provisioning/v2/Users``
        """
        return await self._client._send(_with_options(_create_managed_user(name, schemas, user_name, emails, active, external_id), extra_headers, extra_query, extra_body, timeout))

    async def create_user(self, organization: str, *, schemas: list[str] | None = UNSET, user_name: str | None = UNSET, emails: list[Email] | dict[str, Any] | None = UNSET, name: ScimName | dict[str, Any] | None = UNSET, active: bool | None = UNSET, external_id: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateManagedUserResponse:
        """Create a SCIM user.

        Creates a new user in the organization. If the user already exists, only `active` field will be updated to provision the user.

        Args:
            organization: ``{name}`` in the path; ``name`` is a body field.
            schemas: Body field ``schemas``.
            user_name: Username for the user, it should respect the hub rules: No consecutive dashes, No digit-only, Does not start or end with a dash, Only dashes, letters or numbers, Not 24 chars hex string. From 2 to 42 characters. Matches ``^\\b(?!\\d+$)(?![0-9a-fA-F]{24}$)([a-zA-Z0-9]|-(?!-))+\\b$``.
            emails: Body field ``emails``.
            name: Body field ``name``.
            active: Body field ``active``. Server default: ``true``.
            external_id: External ID for the user, it must be unique within the organization and is required for managed users.

        Async: ``await client.scim.create_user(...)`` returns ``CreateManagedUserResponse``.

        ``POST /api/organizations/{name}/scim/v2/Users``
        """
        return await self._client._send(_with_options(_create_user(organization, schemas, user_name, emails, name, active, external_id), extra_headers, extra_query, extra_body, timeout))

    async def delete_group(self, name: str, group_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete a SCIM group.

        Args:
            name: Path parameter ``{name}``.
            group_id: Path parameter ``{groupId}``.

        Async: ``await client.scim.delete_group(...)`` returns ``None``.

        ``DELETE /api/organizations/{name}/scim/v2/Groups/{groupId}``
        """
        return await self._client._send(_with_options(_delete_group(name, group_id), extra_headers, extra_query, extra_body, timeout))

    async def delete_managed_group(self, name: str, group_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete a SCIM group.

        Args:
            name: Path parameter ``{name}``.
            group_id: Path parameter ``{groupId}``.

        Async: ``await client.scim.delete_managed_group(...)`` returns ``None``.

        ``DELETE /api/organizations/{name}/scim-provisioning/v2/Groups/{groupId}``
        """
        return await self._client._send(_with_options(_delete_managed_group(name, group_id), extra_headers, extra_query, extra_body, timeout))

    async def delete_managed_user(self, name: str, user_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete SCIM user.

        Removes a user from the organization and deletes any pending invitations for non-managed organizations.

        Args:
            name: Path parameter ``{name}``.
            user_id: Path parameter ``{userId}``.

        Async: ``await client.scim.delete_managed_user(...)`` returns ``None``.

        ``DELETE /api/organizations/{name}/scim-provisioning/v2/Users/{userId}``
        """
        return await self._client._send(_with_options(_delete_managed_user(name, user_id), extra_headers, extra_query, extra_body, timeout))

    async def delete_user(self, name: str, user_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> None:
        """Delete a SCIM user.

        Args:
            name: Path parameter ``{name}``.
            user_id: Path parameter ``{userId}``.

        Async: ``await client.scim.delete_user(...)`` returns ``None``.

        ``DELETE /api/organizations/{name}/scim/v2/Users/{userId}``
        """
        return await self._client._send(_with_options(_delete_user(name, user_id), extra_headers, extra_query, extra_body, timeout))

    async def get_group(self, name: str, group_id: str, *, excluded_attributes: Literal["members"] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetGroupResponse:
        """Get a SCIM group.

        Retrieves a group by its ID. If you provide the `excludedAttributes` parameter, the `members` attribute is not returned.

        Args:
            name: Path parameter ``{name}``.
            group_id: Path parameter ``{groupId}``.
            excluded_attributes: Query parameter ``excludedAttributes``. Always ``"members"``.

        Async: ``await client.scim.get_group(...)`` returns ``GetGroupResponse``.

        ``GET /api/organizations/{name}/scim/v2/Groups/{groupId}``
        """
        return await self._client._send(_with_options(_get_group(name, group_id, excluded_attributes), extra_headers, extra_query, extra_body, timeout))

    async def get_managed_group(self, name: str, group_id: str, *, excluded_attributes: Literal["members"] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetGroupResponse:
        """Get a SCIM group.

        Retrieves a group by its ID. If you provide the `excludedAttributes` parameter, the `members` attribute is not returned.

        Args:
            name: Path parameter ``{name}``.
            group_id: Path parameter ``{groupId}``.
            excluded_attributes: Query parameter ``excludedAttributes``. Always ``"members"``.

        Async: ``await client.scim.get_managed_group(...)`` returns ``GetGroupResponse``.

        ``GET /api/organizations/{name}/scim-provisioning/v2/Groups/{groupId}``
        """
        return await self._client._send(_with_options(_get_managed_group(name, group_id, excluded_attributes), extra_headers, extra_query, extra_body, timeout))

    async def get_managed_user(self, name: str, user_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateManagedUserResponse:
        """Get a SCIM provisioning user.

        Retrieves a SCIM user by their ID for non-managed organizations.

        Args:
            name: Path parameter ``{name}``.
            user_id: Path parameter ``{userId}``.

        Async: ``await client.scim.get_managed_user(...)`` returns ``CreateManagedUserResponse``.

        ``GET /api/organizations/{name}/scim-provisioning/v2/Users/{userId}``
        """
        return await self._client._send(_with_options(_get_managed_user(name, user_id), extra_headers, extra_query, extra_body, timeout))

    async def get_schema(self, name: str, schema_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetSchemaResponse:
        """Get SCIM Schema by ID.

        Returns a single SCIM 2.0 schema definition by its schema URI.

        Args:
            name: Path parameter ``{name}``.
            schema_id: Path parameter ``{schemaId}``.

        Async: ``await client.scim.get_schema(...)`` returns ``GetSchemaResponse``.

        ``GET /api/organizations/{name}/scim/v2/Schemas/{schemaId}``
        """
        return await self._client._send(_with_options(_get_schema(name, schema_id), extra_headers, extra_query, extra_body, timeout))

    async def get_service_provider_config(self, name: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> GetServiceProviderConfigResponse:
        """Get SCIM Configuration.

        Returns the SCIM 2.0 Service Provider configuration, describing the server's capabilities and supported authentication schemes.

        Args:
            name: Path parameter ``{name}``.

        Async: ``await client.scim.get_service_provider_config(...)`` returns ``GetServiceProviderConfigResponse``.

        ``GET /api/organizations/{name}/scim/v2/ServiceProviderConfig``
        """
        return await self._client._send(_with_options(_get_service_provider_config(name), extra_headers, extra_query, extra_body, timeout))

    async def get_user(self, name: str, user_id: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateManagedUserResponse:
        """Get a SCIM user.

        Retrieves a SCIM user by their ID.

        Args:
            name: Path parameter ``{name}``.
            user_id: Path parameter ``{userId}``.

        Async: ``await client.scim.get_user(...)`` returns ``CreateManagedUserResponse``.

        ``GET /api/organizations/{name}/scim/v2/Users/{userId}``
        """
        return await self._client._send(_with_options(_get_user(name, user_id), extra_headers, extra_query, extra_body, timeout))

    async def list_groups(self, name: str, *, count: float | None = UNSET, excluded_attributes: Literal["members"] | None = UNSET, filter: str | None = UNSET, start_index: float | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ListGroupsResponse:
        """List SCIM groups.

        Get a list of SCIM groups. Retrieves a paginated list of all organization groups. If you provide the filter parameter, the resources for all matching groups are returned.

        Args:
            name: Path parameter ``{name}``.
            count: Query parameter ``count``. From 1 to 1000. Server default: ``1000``.
            excluded_attributes: Query parameter ``excludedAttributes``. Always ``"members"``.
            filter: Query parameter ``filter``. Server default: ``""``.
            start_index: Query parameter ``startIndex``. At least 1. Server default: ``1``.

        Async: ``await client.scim.list_groups(...)`` returns ``ListGroupsResponse``.

        ``GET /api/organizations/{name}/scim/v2/Groups``
        """
        return await self._client._send(_with_options(_list_groups(name, count, excluded_attributes, filter, start_index), extra_headers, extra_query, extra_body, timeout))

    async def list_managed_groups(self, name: str, *, count: float | None = UNSET, excluded_attributes: Literal["members"] | None = UNSET, filter: str | None = UNSET, start_index: float | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ListGroupsResponse:
        """List SCIM groups.

        Get a list of SCIM groups. Retrieves a paginated list of all organization groups. If you provide the filter parameter, the resources for all matching groups are returned.

        Args:
            name: Path parameter ``{name}``.
            count: Query parameter ``count``. From 1 to 1000. Server default: ``1000``.
            excluded_attributes: Query parameter ``excludedAttributes``. Always ``"members"``.
            filter: Query parameter ``filter``. Server default: ``""``.
            start_index: Query parameter ``startIndex``. At least 1. Server default: ``1``.

        Async: ``await client.scim.list_managed_groups(...)`` returns ``ListGroupsResponse``.

        ``GET /api/organizations/{name}/scim-provisioning/v2/Groups``
        """
        return await self._client._send(_with_options(_list_managed_groups(name, count, excluded_attributes, filter, start_index), extra_headers, extra_query, extra_body, timeout))

    async def list_managed_users(self, name: str, *, count: float | None = UNSET, filter: str | None = UNSET, start_index: float | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ListManagedUsersResponse:
        """List SCIM-managed users.

        Retrieves a paginated list of organization members and pending invitations managed by SCIM for non-managed organizations.

        Args:
            name: Path parameter ``{name}``.
            count: Query parameter ``count``. From 1 to 1000. Server default: ``1000``.
            filter: You can filter results using the equals operator (eq) to find items that match specific values like `id`, `userName`, `emails`, and `externalId`. For example, to find a user named Bob, use this search: `?filter=userName%20eq%20Bob`. Server default: ``""``.
            start_index: Query parameter ``startIndex``. At least 1. Server default: ``1``.

        Async: ``await client.scim.list_managed_users(...)`` returns ``ListManagedUsersResponse``.

        ``GET /api/organizations/{name}/scim-provisioning/v2/Users``
        """
        return await self._client._send(_with_options(_list_managed_users(name, count, filter, start_index), extra_headers, extra_query, extra_body, timeout))

    async def list_resource_types(self, name: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> list[ResourceType]:
        """Get SCIM Resource Types.

        Returns the list of SCIM 2.0 resource types supported by this server (User and Group).

        Args:
            name: Path parameter ``{name}``.

        Async: ``await client.scim.list_resource_types(...)`` returns ``list[ResourceType]``.

        ``GET /api/organizations/{name}/scim/v2/ResourceTypes``
        """
        return await self._client._send(_with_options(_list_resource_types(name), extra_headers, extra_query, extra_body, timeout))

    async def list_schemas(self, name: str, *, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> list[GetSchemaResponse]:
        """Get SCIM Schemas.

        Returns the SCIM 2.0 schema definitions for User and Group resources.

        Args:
            name: Path parameter ``{name}``.

        Async: ``await client.scim.list_schemas(...)`` returns ``list[GetSchemaResponse]``.

        ``GET /api/organizations/{name}/scim/v2/Schemas``
        """
        return await self._client._send(_with_options(_list_schemas(name), extra_headers, extra_query, extra_body, timeout))

    async def list_users(self, name: str, *, count: float | None = UNSET, filter: str | None = UNSET, start_index: float | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> ListManagedUsersResponse:
        """List SCIM users.

        Retrieves a paginated list of all organization members who have been set up, including disabled users. If you provide the filter parameter, the resources for all matching members are returned.

        Args:
            name: Path parameter ``{name}``.
            count: Query parameter ``count``. From 1 to 1000. Server default: ``1000``.
            filter: You can filter results using the equals operator (eq) to find items that match specific values like `id`, `userName`, `emails`, and `externalId`. For example, to find a user named Bob, use this search: `?filter=userName%20eq%20Bob`. Server default: ``""``.
            start_index: Query parameter ``startIndex``. At least 1. Server default: ``1``.

        Async: ``await client.scim.list_users(...)`` returns ``ListManagedUsersResponse``.

        ``GET /api/organizations/{name}/scim/v2/Users``
        """
        return await self._client._send(_with_options(_list_users(name, count, filter, start_index), extra_headers, extra_query, extra_body, timeout))

    async def patch_group(self, name: str, group_id: str, *, schemas: list[Literal["urn:ietf:params:scim:api:messages:2.0:PatchOp"]] | None = UNSET, operations: list[Operation] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateGroupResponse:
        """Update SCIM group.

        Update attributes of a SCIM group. Updates individual attributes using Operations format. Just provide the changes you want to make using add, remove (only `members` is supported), or replace operations.

        Args:
            name: Path parameter ``{name}``.
            group_id: Path parameter ``{groupId}``.
            schemas: Body field ``schemas``. Each one of ``"urn:ietf:params:scim:api:messages:2.0:PatchOp"``.
            operations: Body field ``Operations``.

        Async: ``await client.scim.patch_group(...)`` returns ``CreateGroupResponse``.

        ``PATCH /api/organizations/{name}/scim/v2/Groups/{groupId}``
        """
        return await self._client._send(_with_options(_patch_group(name, group_id, schemas, operations), extra_headers, extra_query, extra_body, timeout))

    async def patch_managed_group(self, name: str, group_id: str, *, schemas: list[Literal["urn:ietf:params:scim:api:messages:2.0:PatchOp"]] | None = UNSET, operations: list[Operation] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateGroupResponse:
        """Update SCIM group.

        Update attributes of a SCIM group. Updates individual attributes using Operations format. Just provide the changes you want to make using add, remove (only `members` is supported), or replace operations.

        Args:
            name: Path parameter ``{name}``.
            group_id: Path parameter ``{groupId}``.
            schemas: Body field ``schemas``. Each one of ``"urn:ietf:params:scim:api:messages:2.0:PatchOp"``.
            operations: Body field ``Operations``.

        Async: ``await client.scim.patch_managed_group(...)`` returns ``CreateGroupResponse``.

        ``PATCH /api/organizations/{name}/scim-provisioning/v2/Groups/{groupId}``
        """
        return await self._client._send(_with_options(_patch_managed_group(name, group_id, schemas, operations), extra_headers, extra_query, extra_body, timeout))

    async def patch_managed_user(self, name: str, user_id: str, *, schemas: list[Literal["urn:ietf:params:scim:api:messages:2.0:PatchOp"]] | None = UNSET, operations: list[ScimOperation] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateManagedUserResponse:
        """Update SCIM user.

        Modify individual attributes for non-managed organizations. Only the `active` field can be modified. User profile fields are not editable via SCIM.

        Args:
            name: Path parameter ``{name}``.
            user_id: Path parameter ``{userId}``.
            schemas: Body field ``schemas``. Each one of ``"urn:ietf:params:scim:api:messages:2.0:PatchOp"``.
            operations: Body field ``Operations``.

        Async: ``await client.scim.patch_managed_user(...)`` returns ``CreateManagedUserResponse``.

        ``PATCH /api/organizations/{name}/scim-provisioning/v2/Users/{userId}``
        """
        return await self._client._send(_with_options(_patch_managed_user(name, user_id, schemas, operations), extra_headers, extra_query, extra_body, timeout))

    async def patch_user(self, name: str, user_id: str, *, schemas: list[Literal["urn:ietf:params:scim:api:messages:2.0:PatchOp"]] | None = UNSET, operations: list[PatchUserBodyOperation] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateManagedUserResponse:
        """Update SCIM user.

        Update an attribute of a SCIM user. Modify individual attributes using Operations format. Just provide the changes you want to make using add, remove (only `externalId` is supported), or replace operations.
         If you set `active` to `false`, the user will be deprovisioned from the organization.
        Complicated SCIM `path` values are not supported like `emails[type eq 'work'].value`.

        Args:
            name: Path parameter ``{name}``.
            user_id: Path parameter ``{userId}``.
            schemas: Body field ``schemas``. Each one of ``"urn:ietf:params:scim:api:messages:2.0:PatchOp"``.
            operations: Body field ``Operations``.

        Async: ``await client.scim.patch_user(...)`` returns ``CreateManagedUserResponse``.

        ``PATCH /api/organizations/{name}/scim/v2/Users/{userId}``
        """
        return await self._client._send(_with_options(_patch_user(name, user_id, schemas, operations), extra_headers, extra_query, extra_body, timeout))

    async def replace_group(self, name: str, group_id: str, *, schemas: list[Literal["urn:ietf:params:scim:schemas:core:2.0:Group"]] | None = UNSET, display_name: str | None = UNSET, external_id: str | None = UNSET, members: list[ScimMember] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateGroupResponse:
        """Update a SCIM group.

        Updates a group by its ID. The group name must be unique within the organization.

        Args:
            name: Path parameter ``{name}``.
            group_id: Path parameter ``{groupId}``.
            schemas: Body field ``schemas``. Each one of ``"urn:ietf:params:scim:schemas:core:2.0:Group"``.
            display_name: Body field ``displayName``.
            external_id: Body field ``externalId``.
            members: Body field ``members``.

        Async: ``await client.scim.replace_group(...)`` returns ``CreateGroupResponse``.

        ``PUT /api/organizations/{name}/scim/v2/Groups/{groupId}``
        """
        return await self._client._send(_with_options(_replace_group(name, group_id, schemas, display_name, external_id, members), extra_headers, extra_query, extra_body, timeout))

    async def replace_managed_group(self, name: str, group_id: str, *, schemas: list[Literal["urn:ietf:params:scim:schemas:core:2.0:Group"]] | None = UNSET, display_name: str | None = UNSET, external_id: str | None = UNSET, members: list[ScimMember] | dict[str, Any] | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateGroupResponse:
        """Update a SCIM group.

        Updates a group by its ID. The group name must be unique within the organization.

        Args:
            name: Path parameter ``{name}``.
            group_id: Path parameter ``{groupId}``.
            schemas: Body field ``schemas``. Each one of ``"urn:ietf:params:scim:schemas:core:2.0:Group"``.
            display_name: Body field ``displayName``.
            external_id: Body field ``externalId``.
            members: Body field ``members``.

        Async: ``await client.scim.replace_managed_group(...)`` returns ``CreateGroupResponse``.

        ``PUT /api/organizations/{name}/scim-provisioning/v2/Groups/{groupId}``
        """
        return await self._client._send(_with_options(_replace_managed_group(name, group_id, schemas, display_name, external_id, members), extra_headers, extra_query, extra_body, timeout))

    async def replace_managed_user(self, name: str, user_id: str, *, schemas: list[str] | None = UNSET, active: bool | None = UNSET, external_id: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateManagedUserResponse:
        """Update a SCIM user.

        Updates a provisioned user's invitation for non-managed organizations. User profile fields are not editable via SCIM for non-managed organizations.

        Args:
            name: Path parameter ``{name}``.
            user_id: Path parameter ``{userId}``.
            schemas: Body field ``schemas``.
            active: Body field ``active``. Server default: ``true``.
            external_id: Body field ``externalId``.

        Async: ``await client.scim.replace_managed_user(...)`` returns ``CreateManagedUserResponse``.

        ``PUT /api/organizations/{name}/scim-provisioning/v2/Users/{userId}``
        """
        return await self._client._send(_with_options(_replace_managed_user(name, user_id, schemas, active, external_id), extra_headers, extra_query, extra_body, timeout))

    async def replace_user(self, organization: str, user_id: str, *, schemas: list[str] | None = UNSET, user_name: str | None = UNSET, emails: list[Email] | dict[str, Any] | None = UNSET, name: ScimName | dict[str, Any] | None = UNSET, active: bool | None = UNSET, external_id: str | None = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CreateManagedUserResponse:
        """Update a SCIM user.

        Updates a provisioned user, you'll need to provide all their information fresh - just like setting them up for the first time. Any details you don't include will be automatically removed, so make sure to include everything they need to keep their account running smoothly. Setting `active` to `false` will deprovision the user from the organization.

        Args:
            organization: ``{name}`` in the path; ``name`` is a body field.
            user_id: Path parameter ``{userId}``.
            schemas: Body field ``schemas``.
            user_name: Username for the user, it should respect the hub rules: No consecutive dashes, No digit-only, Does not start or end with a dash, Only dashes, letters or numbers, Not 24 chars hex string. From 2 to 42 characters. Matches ``^\\b(?!\\d+$)(?![0-9a-fA-F]{24}$)([a-zA-Z0-9]|-(?!-))+\\b$``.
            emails: Body field ``emails``.
            name: Body field ``name``.
            active: Body field ``active``. Server default: ``true``.
            external_id: Body field ``externalId``.

        Async: ``await client.scim.replace_user(...)`` returns ``CreateManagedUserResponse``.

        ``PUT /api/organizations/{name}/scim/v2/Users/{userId}``
        """
        return await self._client._send(_with_options(_replace_user(organization, user_id, schemas, user_name, emails, name, active, external_id), extra_headers, extra_query, extra_body, timeout))


if TYPE_CHECKING:
    from .._raw_response import async_raw, raw

    class ScimResourceWithRawResponse:
        """``client.with_raw_response.<resource>``: each method answering a ``RawResponse`` (declared for checkers)."""

        create_group = raw(ScimResource.create_group)
        create_managed_group = raw(ScimResource.create_managed_group)
        create_managed_user = raw(ScimResource.create_managed_user)
        create_user = raw(ScimResource.create_user)
        delete_group = raw(ScimResource.delete_group)
        delete_managed_group = raw(ScimResource.delete_managed_group)
        delete_managed_user = raw(ScimResource.delete_managed_user)
        delete_user = raw(ScimResource.delete_user)
        get_group = raw(ScimResource.get_group)
        get_managed_group = raw(ScimResource.get_managed_group)
        get_managed_user = raw(ScimResource.get_managed_user)
        get_schema = raw(ScimResource.get_schema)
        get_service_provider_config = raw(ScimResource.get_service_provider_config)
        get_user = raw(ScimResource.get_user)
        list_groups = raw(ScimResource.list_groups)
        list_managed_groups = raw(ScimResource.list_managed_groups)
        list_managed_users = raw(ScimResource.list_managed_users)
        list_resource_types = raw(ScimResource.list_resource_types)
        list_schemas = raw(ScimResource.list_schemas)
        list_users = raw(ScimResource.list_users)
        patch_group = raw(ScimResource.patch_group)
        patch_managed_group = raw(ScimResource.patch_managed_group)
        patch_managed_user = raw(ScimResource.patch_managed_user)
        patch_user = raw(ScimResource.patch_user)
        replace_group = raw(ScimResource.replace_group)
        replace_managed_group = raw(ScimResource.replace_managed_group)
        replace_managed_user = raw(ScimResource.replace_managed_user)
        replace_user = raw(ScimResource.replace_user)

    class AsyncScimResourceWithRawResponse:
        """``client.with_raw_response.<resource>`` of the async client (declared for checkers)."""

        create_group = async_raw(AsyncScimResource.create_group)
        create_managed_group = async_raw(AsyncScimResource.create_managed_group)
        create_managed_user = async_raw(AsyncScimResource.create_managed_user)
        create_user = async_raw(AsyncScimResource.create_user)
        delete_group = async_raw(AsyncScimResource.delete_group)
        delete_managed_group = async_raw(AsyncScimResource.delete_managed_group)
        delete_managed_user = async_raw(AsyncScimResource.delete_managed_user)
        delete_user = async_raw(AsyncScimResource.delete_user)
        get_group = async_raw(AsyncScimResource.get_group)
        get_managed_group = async_raw(AsyncScimResource.get_managed_group)
        get_managed_user = async_raw(AsyncScimResource.get_managed_user)
        get_schema = async_raw(AsyncScimResource.get_schema)
        get_service_provider_config = async_raw(AsyncScimResource.get_service_provider_config)
        get_user = async_raw(AsyncScimResource.get_user)
        list_groups = async_raw(AsyncScimResource.list_groups)
        list_managed_groups = async_raw(AsyncScimResource.list_managed_groups)
        list_managed_users = async_raw(AsyncScimResource.list_managed_users)
        list_resource_types = async_raw(AsyncScimResource.list_resource_types)
        list_schemas = async_raw(AsyncScimResource.list_schemas)
        list_users = async_raw(AsyncScimResource.list_users)
        patch_group = async_raw(AsyncScimResource.patch_group)
        patch_managed_group = async_raw(AsyncScimResource.patch_managed_group)
        patch_managed_user = async_raw(AsyncScimResource.patch_managed_user)
        patch_user = async_raw(AsyncScimResource.patch_user)
        replace_group = async_raw(AsyncScimResource.replace_group)
        replace_managed_group = async_raw(AsyncScimResource.replace_managed_group)
        replace_managed_user = async_raw(AsyncScimResource.replace_managed_user)
        replace_user = async_raw(AsyncScimResource.replace_user)
