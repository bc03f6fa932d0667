"""Operations on inference endpoints.

Generated from the Hub OpenAPI spec by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._client_base import AsyncResource, Resource
from .._request import Request, Timeout
from .._request import query as _q
from .._request import segment as _seg
from .._request import with_options as _with_options
from .._types import UNSET
from ..models._inference_endpoints import CheckAccessResponse


def _check_access(namespace: str, perms: Literal["read", "write", "infer"] | str, creator_id: str | None, incur_cost: Any, is_creator: Any, own: Any, repo_id: str | None, resource_group_id: str | None, body: Any) -> Request[CheckAccessResponse]:
    return Request(
        "POST",
        f"/api/inference-endpoints/{_seg(namespace, 'namespace')}/auth-check/{_seg(perms, 'perms')}",
        params=_q({"creator_id": creator_id, "incur_cost": incur_cost, "is_creator": is_creator, "own": own, "repo_id": repo_id, "resource_group_id": resource_group_id}),
        json=body,
        convert=CheckAccessResponse,
    )


def _check_endpoint_access(namespace: str, endpoint: str, perms: Literal["read", "write", "infer"] | str, creator_id: str | None, incur_cost: Any, is_creator: Any, own: Any, repo_id: str | None, resource_group_id: str | None, body: Any) -> Request[CheckAccessResponse]:
    return Request(
        "POST",
        f"/api/inference-endpoints/{_seg(namespace, 'namespace')}/{_seg(endpoint, 'endpoint')}/auth-check/{_seg(perms, 'perms')}",
        params=_q({"creator_id": creator_id, "incur_cost": incur_cost, "is_creator": is_creator, "own": own, "repo_id": repo_id, "resource_group_id": resource_group_id}),
        json=body,
        convert=CheckAccessResponse,
    )


class InferenceEndpointsResource(Resource):
    """Operations on inference endpoints."""

    __slots__ = ()


    def check_access(self, namespace: str, perms: Literal["read", "write", "infer"] | str, *, creator_id: str | None = UNSET, incur_cost: Any = UNSET, is_creator: Any = UNSET, own: Any = UNSET, repo_id: str | None = UNSET, resource_group_id: str | None = UNSET, body: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CheckAccessResponse:
        """Check access.

        Check if the user has access to the inference endpoint

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            perms: Path parameter ``{perms}``. One of ``"read"``, ``"write"``, ``"infer"``.
            creator_id: Query parameter ``creator_id``. Exactly 24 characters. Matches ``^[0-9a-fA-F]{24}$``.
            incur_cost: Query parameter ``incur_cost``.
            is_creator: Query parameter ``is_creator``.
            own: Query parameter ``own``.
            repo_id: Query parameter ``repo_id``.
            resource_group_id: Query parameter ``resource_group_id``. Exactly 24 characters. Matches ``^[0-9a-fA-F]{24}$``.
            body: Request body, sent as JSON (the published spec does not describe it).

        ``POST /api/inference-endpoints/{namespace}/auth-check/{perms}``
        """
        return self._client._send(_with_options(_check_access(namespace, perms, creator_id, incur_cost, is_creator, own, repo_id, resource_group_id, body), extra_headers, extra_query, extra_body, timeout))

    def check_endpoint_access(self, namespace: str, endpoint: str, perms: Literal["read", "write", "infer"] | str, *, creator_id: str | None = UNSET, incur_cost: Any = UNSET, is_creator: Any = UNSET, own: Any = UNSET, repo_id: str | None = UNSET, resource_group_id: str | None = UNSET, body: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CheckAccessResponse:
        """Check access.

        Check if the user has access to the inference endpoint

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            endpoint: Path parameter ``{endpoint}``.
            perms: Path parameter ``{perms}``. One of ``"read"``, ``"write"``, ``"infer"``.
            creator_id: Query parameter ``creator_id``. Exactly 24 characters. Matches ``^[0-9a-fA-F]{24}$``.
            incur_cost: Query parameter ``incur_cost``.
            is_creator: Query parameter ``is_creator``.
            own: Query parameter ``own``.
            repo_id: Query parameter ``repo_id``.
            resource_group_id: Query parameter ``resource_group_id``. Exactly 24 characters. Matches ``^[0-9a-fA-F]{24}$``.
            body: Request body, sent as JSON (the published spec does not describe it).

        ``POST /api/inference-endpoints/{namespace}/{endpoint}/auth-check/{perms}``
        """
        return self._client._send(_with_options(_check_endpoint_access(namespace, endpoint, perms, creator_id, incur_cost, is_creator, own, repo_id, resource_group_id, body), extra_headers, extra_query, extra_body, timeout))


class AsyncInferenceEndpointsResource(AsyncResource):
    """Operations on inference endpoints. (async)"""

    __slots__ = ()


    async def check_access(self, namespace: str, perms: Literal["read", "write", "infer"] | str, *, creator_id: str | None = UNSET, incur_cost: Any = UNSET, is_creator: Any = UNSET, own: Any = UNSET, repo_id: str | None = UNSET, resource_group_id: str | None = UNSET, body: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CheckAccessResponse:
        """Check access.

        Check if the user has access to the inference endpoint

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            perms: Path parameter ``{perms}``. One of ``"read"``, ``"write"``, ``"infer"``.
            creator_id: Query parameter ``creator_id``. Exactly 24 characters. Matches ``^[0-9a-fA-F]{24}$``.
            incur_cost: Query parameter ``incur_cost``.
            is_creator: Query parameter ``is_creator``.
            own: Query parameter ``own``.
            repo_id: Query parameter ``repo_id``.
            resource_group_id: Query parameter ``resource_group_id``. Exactly 24 characters. Matches ``^[0-9a-fA-F]{24}$``.
            body: Request body, sent as JSON (the published spec does not describe it).

        Async: ``await client.inference_endpoints.check_access(...)`` returns ``CheckAccessResponse``.

        ``POST /api/inference-endpoints/{namespace}/auth-check/{perms}``
        """
        return await self._client._send(_with_options(_check_access(namespace, perms, creator_id, incur_cost, is_creator, own, repo_id, resource_group_id, body), extra_headers, extra_query, extra_body, timeout))

    async def check_endpoint_access(self, namespace: str, endpoint: str, perms: Literal["read", "write", "infer"] | str, *, creator_id: str | None = UNSET, incur_cost: Any = UNSET, is_creator: Any = UNSET, own: Any = UNSET, repo_id: str | None = UNSET, resource_group_id: str | None = UNSET, body: Any = UNSET, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, Any] | None = None, extra_body: Mapping[str, Any] | None = None, timeout: Timeout = UNSET) -> CheckAccessResponse:
        """Check access.

        Check if the user has access to the inference endpoint

        Args:
            namespace: A user or organization name (``{namespace}`` in the path).
            endpoint: Path parameter ``{endpoint}``.
            perms: Path parameter ``{perms}``. One of ``"read"``, ``"write"``, ``"infer"``.
            creator_id: Query parameter ``creator_id``. Exactly 24 characters. Matches ``^[0-9a-fA-F]{24}$``.
            incur_cost: Query parameter ``incur_cost``.
            is_creator: Query parameter ``is_creator``.
            own: Query parameter ``own``.
            repo_id: Query parameter ``repo_id``.
            resource_group_id: Query parameter ``resource_group_id``. Exactly 24 characters. Matches ``^[0-9a-fA-F]{24}$``.
            body: Request body, sent as JSON (the published spec does not describe it).

        Async: ``await client.inference_endpoints.check_endpoint_access(...)`` returns ``CheckAccessResponse``.

        ``POST /api/inference-endpoints/{namespace}/{endpoint}/auth-check/{perms}``
        """
        return await self._client._send(_with_options(_check_endpoint_access(namespace, endpoint, perms, creator_id, incur_cost, is_creator, own, repo_id, resource_group_id, body), extra_headers, extra_query, extra_body, timeout))


if TYPE_CHECKING:
    from .._raw_response import async_raw, raw

    class InferenceEndpointsResourceWithRawResponse:
        """``client.with_raw_response.<resource>``: each method answering a ``RawResponse`` (declared for checkers)."""

        check_access = raw(InferenceEndpointsResource.check_access)
        check_endpoint_access = raw(InferenceEndpointsResource.check_endpoint_access)

    class AsyncInferenceEndpointsResourceWithRawResponse:
        """``client.with_raw_response.<resource>`` of the async client (declared for checkers)."""

        check_access = async_raw(AsyncInferenceEndpointsResource.check_access)
        check_endpoint_access = async_raw(AsyncInferenceEndpointsResource.check_endpoint_access)
