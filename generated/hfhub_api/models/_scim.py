"""Models of the ``scim`` resource.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import Any, Literal

from .._types import Field, ListOf, Model


class AuthenticationScheme(Model):
    __slots__ = ()
    type: Field[str] = Field("type")
    name: Field[str] = Field("name")
    description: Field[str] = Field("description")
    spec_uri: Field[str] = Field("specUri")
    documentation_uri: Field[str] = Field("documentationUri")


class Bulk(Model):
    __slots__ = ()
    supported: Field[bool] = Field("supported")
    max_operations: Field[float] = Field("maxOperations")
    max_payload_size: Field[float] = Field("maxPayloadSize")


class CreateGroupResponseMember(Model):
    __slots__ = ()
    value: Field[str] = Field("value")


class Meta(Model):
    __slots__ = ()
    resource_type: Field[Literal["Group"] | str] = Field("resourceType")
    location: Field[str] = Field("location")


class CreateGroupResponse(Model):
    __slots__ = ()
    schemas: Field[list[Literal["urn:ietf:params:scim:schemas:core:2.0:Group"] | str]] = Field("schemas")
    id: Field[str] = Field("id")
    display_name: Field[str] = Field("displayName")
    members: Field[list[CreateGroupResponseMember]] = Field("members", ListOf(CreateGroupResponseMember))
    external_id: Field[str | None] = Field("externalId", default=None)
    meta: Field[Meta] = Field("meta", Meta)


class Name(Model):
    __slots__ = ()
    given_name: Field[str] = Field("givenName")
    family_name: Field[str] = Field("familyName")
    formatted: Field[str] = Field("formatted")


class ScimEmail(Model):
    __slots__ = ()
    value: Field[str] = Field("value")
    primary: Field[bool] = Field("primary")
    type: Field[Literal["work"] | str | None] = Field("type", default=None)
    """We only support work emails, other types are converted to work"""


class ScimMeta(Model):
    __slots__ = ()
    resource_type: Field[Literal["User"] | str] = Field("resourceType")
    location: Field[str] = Field("location")


class CreateManagedUserResponse(Model):
    __slots__ = ()
    schemas: Field[list[Literal["urn:ietf:params:scim:schemas:core:2.0:User"] | str]] = Field("schemas")
    id: Field[str] = Field("id")
    external_id: Field[str | None] = Field("externalId")
    user_name: Field[str] = Field("userName")
    display_name: Field[str] = Field("displayName")
    name: Field[Name] = Field("name", Name)
    emails: Field[list[ScimEmail]] = Field("emails", ListOf(ScimEmail))
    active: Field[bool] = Field("active")
    meta: Field[ScimMeta] = Field("meta", ScimMeta)


class Email(Model):
    __slots__ = ()
    value: Field[str] = Field("value")


class Filter(Model):
    __slots__ = ()
    supported: Field[bool] = Field("supported")
    max_results: Field[float] = Field("maxResults")


class GetGroupResponse(Model):
    __slots__ = ()
    schemas: Field[list[Literal["urn:ietf:params:scim:schemas:core:2.0:Group"] | str]] = Field("schemas")
    id: Field[str] = Field("id")
    display_name: Field[str] = Field("displayName")
    members: Field[list[CreateGroupResponseMember] | None] = Field("members", ListOf(CreateGroupResponseMember), default=None)
    external_id: Field[str | None] = Field("externalId", default=None)
    meta: Field[Meta] = Field("meta", Meta)


class GetSchemaResponseMeta(Model):
    __slots__ = ()
    resource_type: Field[str] = Field("resourceType")
    location: Field[str] = Field("location")


class GetSchemaResponse(Model):
    __slots__ = ()
    schemas: Field[list[str]] = Field("schemas")
    id: Field[str] = Field("id")
    name: Field[str] = Field("name")
    description: Field[str] = Field("description")
    attributes: Field[list[Any]] = Field("attributes")
    meta: Field[GetSchemaResponseMeta] = Field("meta", GetSchemaResponseMeta)


class Patch(Model):
    __slots__ = ()
    supported: Field[bool] = Field("supported")


class GetServiceProviderConfigResponse(Model):
    __slots__ = ()
    schemas: Field[list[str]] = Field("schemas")
    documentation_uri: Field[str] = Field("documentationUri")
    patch: Field[Patch] = Field("patch", Patch)
    bulk: Field[Bulk] = Field("bulk", Bulk)
    filter: Field[Filter] = Field("filter", Filter)
    change_password: Field[Patch] = Field("changePassword", Patch)
    sort: Field[Patch] = Field("sort", Patch)
    etag: Field[Patch] = Field("etag", Patch)
    authentication_schemes: Field[list[AuthenticationScheme]] = Field("authenticationSchemes", ListOf(AuthenticationScheme))
    meta: Field[GetSchemaResponseMeta] = Field("meta", GetSchemaResponseMeta)


class ListGroupsResponse(Model):
    __slots__ = ()
    schemas: Field[list[Literal["urn:ietf:params:scim:api:messages:2.0:ListResponse"] | str]] = Field("schemas")
    total_results: Field[int] = Field("totalResults")
    items_per_page: Field[int] = Field("itemsPerPage")
    start_index: Field[int] = Field("startIndex")
    resources: Field[list[GetGroupResponse]] = Field("Resources", ListOf(GetGroupResponse))


class ListManagedUsersResponse(Model):
    __slots__ = ()
    schemas: Field[list[Literal["urn:ietf:params:scim:api:messages:2.0:ListResponse"] | str]] = Field("schemas")
    total_results: Field[int] = Field("totalResults")
    items_per_page: Field[int] = Field("itemsPerPage")
    start_index: Field[int] = Field("startIndex")
    resources: Field[list[CreateManagedUserResponse]] = Field("Resources", ListOf(CreateManagedUserResponse))


class Operation(Model):
    __slots__ = ()
    op: Field[str] = Field("op")
    path: Field[str | None] = Field("path", default=None)
    value: Field[Any] = Field("value", ListOf(CreateGroupResponseMember), default=None)


class PatchUserBodyOperation(Model):
    __slots__ = ()
    op: Field[str] = Field("op")
    path: Field[Literal["active", "externalId", "userName", "emails[type eq 'work'].value", "name.givenName", "name.familyName"] | str | None] = Field("path", default=None)
    value: Field[Any] = Field("value")


class ResourceType(Model):
    __slots__ = ()
    schemas: Field[list[str]] = Field("schemas")
    id: Field[str] = Field("id")
    name: Field[str] = Field("name")
    description: Field[str] = Field("description")
    endpoint: Field[str] = Field("endpoint")
    schema: Field[str] = Field("schema")
    meta: Field[GetSchemaResponseMeta] = Field("meta", GetSchemaResponseMeta)


class ScimMember(Model):
    __slots__ = ()
    value: Field[str] = Field("value")


class ScimName(Model):
    __slots__ = ()
    given_name: Field[str] = Field("givenName")
    family_name: Field[str] = Field("familyName")


class ScimOperation(Model):
    __slots__ = ()
    op: Field[Literal["add", "remove", "replace"] | str] = Field("op")
    """`remove` operation is not supported for non-managed organizations"""
    path: Field[Literal["active", "externalId", "userName", "emails[type eq 'work'].value", "name.givenName", "name.familyName"] | str | None] = Field("path", default=None)
    value: Field[Any] = Field("value")
