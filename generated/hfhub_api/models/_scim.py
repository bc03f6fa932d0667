"""Models of the ``scim`` resource.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import Any, Literal

from .._types import Field, ListOf, Model


class AuthenticationScheme(Model):
    __slots__ = ()
    type: str = Field("type")
    name: str = Field("name")
    description: str = Field("description")
    spec_uri: str = Field("specUri")
    documentation_uri: str = Field("documentationUri")


class Bulk(Model):
    __slots__ = ()
    supported: bool = Field("supported")
    max_operations: float = Field("maxOperations")
    max_payload_size: float = Field("maxPayloadSize")


class CreateGroupResponseMember(Model):
    __slots__ = ()
    value: str = Field("value")


class Meta(Model):
    __slots__ = ()
    resource_type: Literal["Group"] | str = Field("resourceType")
    location: str = Field("location")


class CreateGroupResponse(Model):
    __slots__ = ()
    schemas: list[Literal["urn:ietf:params:scim:schemas:core:2.0:Group"] | str] = Field("schemas")
    id: str = Field("id")
    display_name: str = Field("displayName")
    members: list[CreateGroupResponseMember] = Field("members", ListOf(CreateGroupResponseMember))
    external_id: str | None = Field("externalId", default=None)
    meta: Meta = Field("meta", Meta)


class Name(Model):
    __slots__ = ()
    given_name: str = Field("givenName")
    family_name: str = Field("familyName")
    formatted: str = Field("formatted")


class ScimEmail(Model):
    __slots__ = ()
    value: str = Field("value")
    primary: bool = Field("primary")
    type: Literal["work"] | str | None = Field("type", default=None)
    """We only support work emails, other types are converted to work"""


class ScimMeta(Model):
    __slots__ = ()
    resource_type: Literal["User"] | str = Field("resourceType")
    location: str = Field("location")


class CreateManagedUserResponse(Model):
    __slots__ = ()
    schemas: list[Literal["urn:ietf:params:scim:schemas:core:2.0:User"] | str] = Field("schemas")
    id: str = Field("id")
    external_id: str | None = Field("externalId")
    user_name: str = Field("userName")
    display_name: str = Field("displayName")
    name: Name = Field("name", Name)
    emails: list[ScimEmail] = Field("emails", ListOf(ScimEmail))
    active: bool = Field("active")
    meta: ScimMeta = Field("meta", ScimMeta)


class Email(Model):
    __slots__ = ()
    value: str = Field("value")


class Filter(Model):
    __slots__ = ()
    supported: bool = Field("supported")
    max_results: float = Field("maxResults")


class GetGroupResponse(Model):
    __slots__ = ()
    schemas: list[Literal["urn:ietf:params:scim:schemas:core:2.0:Group"] | str] = Field("schemas")
    id: str = Field("id")
    display_name: str = Field("displayName")
    members: list[CreateGroupResponseMember] | None = Field("members", ListOf(CreateGroupResponseMember), default=None)
    external_id: str | None = Field("externalId", default=None)
    meta: Meta = Field("meta", Meta)


class GetSchemaResponseMeta(Model):
    __slots__ = ()
    resource_type: str = Field("resourceType")
    location: str = Field("location")


class GetSchemaResponse(Model):
    __slots__ = ()
    schemas: list[str] = Field("schemas")
    id: str = Field("id")
    name: str = Field("name")
    description: str = Field("description")
    attributes: list[Any] = Field("attributes")
    meta: GetSchemaResponseMeta = Field("meta", GetSchemaResponseMeta)


class Patch(Model):
    __slots__ = ()
    supported: bool = Field("supported")


class GetServiceProviderConfigResponse(Model):
    __slots__ = ()
    schemas: list[str] = Field("schemas")
    documentation_uri: str = Field("documentationUri")
    patch: Patch = Field("patch", Patch)
    bulk: Bulk = Field("bulk", Bulk)
    filter: Filter = Field("filter", Filter)
    change_password: Patch = Field("changePassword", Patch)
    sort: Patch = Field("sort", Patch)
    etag: Patch = Field("etag", Patch)
    authentication_schemes: list[AuthenticationScheme] = Field("authenticationSchemes", ListOf(AuthenticationScheme))
    meta: GetSchemaResponseMeta = Field("meta", GetSchemaResponseMeta)


class ListGroupsResponse(Model):
    __slots__ = ()
    schemas: list[Literal["urn:ietf:params:scim:api:messages:2.0:ListResponse"] | str] = Field("schemas")
    total_results: int = Field("totalResults")
    items_per_page: int = Field("itemsPerPage")
    start_index: int = Field("startIndex")
    resources: list[GetGroupResponse] = Field("Resources", ListOf(GetGroupResponse))


class ListManagedUsersResponse(Model):
    __slots__ = ()
    schemas: list[Literal["urn:ietf:params:scim:api:messages:2.0:ListResponse"] | str] = Field("schemas")
    total_results: int = Field("totalResults")
    items_per_page: int = Field("itemsPerPage")
    start_index: int = Field("startIndex")
    resources: list[CreateManagedUserResponse] = Field("Resources", ListOf(CreateManagedUserResponse))


class Operation(Model):
    __slots__ = ()
    op: str = Field("op")
    path: str | None = Field("path", default=None)
    value: Any = Field("value", ListOf(CreateGroupResponseMember), default=None)


class PatchUserBodyOperation(Model):
    __slots__ = ()
    op: str = Field("op")
    path: Literal["active", "externalId", "userName", "emails[type eq 'work'].value", "name.givenName", "name.familyName"] | str | None = Field("path", default=None)
    value: Any = Field("value")


class ResourceType(Model):
    __slots__ = ()
    schemas: list[str] = Field("schemas")
    id: str = Field("id")
    name: str = Field("name")
    description: str = Field("description")
    endpoint: str = Field("endpoint")
    schema: str = Field("schema")
    meta: GetSchemaResponseMeta = Field("meta", GetSchemaResponseMeta)


class ScimMember(Model):
    __slots__ = ()
    value: str = Field("value")


class ScimName(Model):
    __slots__ = ()
    given_name: str = Field("givenName")
    family_name: str = Field("familyName")


class ScimOperation(Model):
    __slots__ = ()
    op: Literal["add", "remove", "replace"] | str = Field("op")
    """`remove` operation is not supported for non-managed organizations"""
    path: Literal["active", "externalId", "userName", "emails[type eq 'work'].value", "name.givenName", "name.familyName"] | str | None = Field("path", default=None)
    value: Any = Field("value")
