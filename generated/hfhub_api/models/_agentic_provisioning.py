"""Models of the ``agentic_provisioning`` resource.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import Any, Literal

from .._types import AnyOf, Field, ListOf, Model
from ._shared import Redirect


class Account(Model):
    __slots__ = ()
    id: Field[str] = Field("id")
    payment_credentials: Field[Literal["orchestrator"]] = Field("payment_credentials")


class AgenticProvisioningComplete(Model):
    __slots__ = ()
    access_configuration: Field[dict[str, Any]] = Field("access_configuration")


class AgenticProvisioningConfiguration(Model):
    __slots__ = ()
    recharge_amount_usd: Field[float | None] = Field("rechargeAmountUsd", default=None)
    """Set a number (USD, minimum $15) to enable or update pay-as-you-go auto top-up; pass null to disable; omit to leave it unchanged."""


class AgenticProvisioningCount(Model):
    __slots__ = ()
    at_most: Field[int] = Field("at_most")


class AgenticProvisioningKyc(Model):
    __slots__ = ()
    required_fields: Field[list[Literal["name", "email", "phone", "country"] | str]] = Field("required_fields")


class AgenticProvisioningPaymentCredentials(Model):
    __slots__ = ()
    type: Field[Literal["stripe_payment_token"]] = Field("type")
    stripe_payment_token: Field[str | None] = Field("stripe_payment_token", default=None)


class AllowedUpdate(Model):
    __slots__ = ()
    service: Field[str] = Field("service")
    direction: Field[Literal["any", "up", "down"] | str] = Field("direction")


class Bearer(Model):
    __slots__ = ()
    access_token: Field[str] = Field("access_token")
    refresh_token: Field[str] = Field("refresh_token")
    expires_in: Field[float] = Field("expires_in")
    account: Field[Account] = Field("account", Account)


class Complete(Model):
    __slots__ = ()
    access_configuration: Field[dict[str, Any] | None] = Field("access_configuration", default=None)


class Paid(Model):
    __slots__ = ()
    type: Field[Literal["freeform"] | Literal["stripe_price"]] = Field("type")
    freeform: Field[str | None] = Field("freeform", default=None)
    stripe_price: Field[str | None] = Field("stripe_price", default=None)
    configuration: Field[dict[str, Any] | None] = Field("configuration", default=None)
    is_default: Field[bool | None] = Field("is_default", default=None)


class Option(Model):
    __slots__ = ()
    type: Field[Literal["free"] | Literal["paid"]] = Field("type")
    default: Field[bool | None] = Field("default", default=None)
    parent_service_ids: Field[list[str] | None] = Field("parent_service_ids", default=None)
    paid: Field[Paid | None] = Field("paid", Paid, default=None)


class Component(Model):
    __slots__ = ()
    options: Field[list[Option]] = Field("options", ListOf(Option))


class Configuration(Model):
    __slots__ = ()
    name: Field[str | None] = Field("name", default=None)
    """The name of the repository (defaults to a random name if not provided)"""
    visibility: Field[Literal["public", "private"] | str | None] = Field("visibility", default=None)
    """The visibility of the repository (defaults to private)"""
    recharge_amount_usd: Field[float | None] = Field("rechargeAmountUsd", default=None)
    """Optional pay-as-you-go auto top-up ceiling, in USD. If set, usage above the plan's included quota is billed via the shared payment token (minimum $15). If omitted, the plan's included quota is a hard cap."""


class ConfigurationSchema(Model):
    __slots__ = ()
    type: Field[Literal["object"]] = Field("type")
    properties: Field[dict[str, Any]] = Field("properties")


class MutualExclusion(Model):
    __slots__ = ()
    allowed_updates: Field[Literal[True]] = Field("allowed_updates")


class Constraints(Model):
    __slots__ = ()
    count: Field[AgenticProvisioningCount | None] = Field("count", AgenticProvisioningCount, default=None)
    mutual_exclusion: Field[MutualExclusion | None] = Field("mutual_exclusion", MutualExclusion, default=None)


class Credentials(Model):
    __slots__ = ()
    type: Field[Literal["bearer"]] = Field("type")
    bearer: Field[Bearer] = Field("bearer", Bearer)


class RequiresAuth(Model):
    __slots__ = ()
    type: Field[Literal["redirect"]] = Field("type")
    redirect: Field[Redirect] = Field("redirect", Redirect)


class CreateAccountRequestResponse(Model):
    __slots__ = ()
    type: Field[Literal["credentials"] | Literal["requires_auth"]] = Field("type")
    credentials: Field[Credentials | None] = Field("credentials", Credentials, default=None)
    requires_auth: Field[RequiresAuth | None] = Field("requires_auth", RequiresAuth, default=None)


class CreateDeepLinkResponse(Model):
    __slots__ = ()
    purpose: Field[str] = Field("purpose")
    url: Field[str] = Field("url")
    expires_at: Field[str] = Field("expires_at")


class Pricing(Model):
    __slots__ = ()
    type: Field[Literal["free"] | Literal["paid"] | Literal["component"]] = Field("type")
    paid: Field[Paid | list[Paid] | None] = Field("paid", AnyOf(Paid, ListOf(Paid)), default=None)
    component: Field[Component | None] = Field("component", Component, default=None)


class DataItem(Model):
    __slots__ = ()
    id: Field[str] = Field("id")
    description: Field[str] = Field("description")
    categories: Field[list[Literal["compute", "database", "storage", "cache", "messaging", "email", "notification", "auth", "cdn", "observability", "analytics", "payments", "search", "ci", "feature_flags", "ai"] | str]] = Field("categories")
    kind: Field[Literal["deployable", "plan"] | str | None] = Field("kind", default=None)
    pricing: Field[Pricing] = Field("pricing", Pricing)
    group: Field[str | None] = Field("group", default=None)
    scope: Field[Literal["project", "account"] | str | None] = Field("scope", default=None)
    kyc: Field[AgenticProvisioningKyc | None] = Field("kyc", AgenticProvisioningKyc, default=None)
    configuration_schema: Field[ConfigurationSchema | None] = Field("configuration_schema", ConfigurationSchema, default=None)
    allowed_updates: Field[list[AllowedUpdate] | None] = Field("allowed_updates", ListOf(AllowedUpdate), default=None)
    constraints: Field[Constraints | None] = Field("constraints", Constraints, default=None)


class Error(Model):
    __slots__ = ()
    code: Field[str] = Field("code")
    message: Field[str] = Field("message")


class GetResourceResponse(Model):
    __slots__ = ()
    status: Field[Literal["complete"] | Literal["pending"] | Literal["removed"] | Literal["error"]] = Field("status")
    id: Field[str] = Field("id")
    complete: Field[Complete | None] = Field("complete", Complete, default=None)
    error: Field[Error | None] = Field("error", Error, default=None)


class Kyc(Model):
    __slots__ = ()
    verified_fields: Field[list[Literal["name", "email", "phone", "country"] | str]] = Field("verified_fields")


class ListServicesResponse(Model):
    __slots__ = ()
    data: Field[list[DataItem]] = Field("data", ListOf(DataItem))


class Stripe(Model):
    __slots__ = ()
    organization: Field[str | None] = Field("organization", default=None)
    account: Field[str] = Field("account")


class Orchestrator(Model):
    __slots__ = ()
    type: Field[Literal["stripe"]] = Field("type")
    stripe: Field[Stripe] = Field("stripe", Stripe)


class PaymentCredentials(Model):
    __slots__ = ()
    type: Field[Literal["stripe_payment_token"]] = Field("type")
    stripe_payment_token: Field[str] = Field("stripe_payment_token")


class ProvisionResourceBody(Model):
    __slots__ = ()
    service_id: Field[Literal["platform"] | Literal["bucket"] | Literal["free"] | Literal["pro"]] = Field("service_id")
    configuration: Field[Configuration | None] = Field("configuration", Configuration, default=None)
    payment_credentials: Field[PaymentCredentials | None] = Field("payment_credentials", PaymentCredentials, default=None)


class ProvisionResourceResponse(Model):
    __slots__ = ()
    status: Field[Literal["complete"] | Literal["pending"] | Literal["error"]] = Field("status")
    id: Field[str] = Field("id")
    complete: Field[AgenticProvisioningComplete | None] = Field("complete", AgenticProvisioningComplete, default=None)
    error: Field[Error | None] = Field("error", Error, default=None)


class RemoveResourceResponse(Model):
    __slots__ = ()
    status: Field[Literal["removed"] | Literal["error"]] = Field("status")
    id: Field[str] = Field("id")
    error: Field[Error | None] = Field("error", Error, default=None)


class RotateResourceCredentialsResponse(Model):
    __slots__ = ()
    status: Field[Literal["complete"] | Literal["error"]] = Field("status")
    id: Field[str] = Field("id")
    complete: Field[Complete | None] = Field("complete", Complete, default=None)
    error: Field[Error | None] = Field("error", Error, default=None)


class UpdateResourceServiceResponse(Model):
    __slots__ = ()
    status: Field[Literal["complete"] | Literal["pending"] | Literal["error"]] = Field("status")
    id: Field[str] = Field("id")
    complete: Field[Complete | None] = Field("complete", Complete, default=None)
    error: Field[Error | None] = Field("error", Error, default=None)
