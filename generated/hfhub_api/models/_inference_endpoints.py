"""Models of the ``inference_endpoints`` resource.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations


from .._types import Field, Model
from ._shared import CreatedBy


class InferenceEndpointUser(Model):
    __slots__ = ()
    id: Field[str] = Field("id")
    name: Field[str] = Field("name")
    has_hf_level_access: Field[bool | None] = Field("hasHfLevelAccess", default=None)


class CheckAccessResponse(Model):
    __slots__ = ()
    namespace: Field[CreatedBy] = Field("namespace", CreatedBy)
    user: Field[InferenceEndpointUser] = Field("user", InferenceEndpointUser)
    resource_group_id: Field[str | None] = Field("resourceGroupId", default=None)
