"""What a TGI or TEI server says about itself: ``/info`` and ``/health``, as plans (see ``_core``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generator
from urllib.parse import quote

import httpx2
from hfhub_api._steps import Send

from ._plan import Exchange, Plan, SERVER
from ._core import _transport_failure
from ._inputs import is_url

if TYPE_CHECKING:
    from ._plan import Host

__all__ = ["endpoint_info", "health"]


def _server_url(client: Host, model: str | None, for_what: str) -> tuple[str, str]:
    """The root of the server to ask, and who it is (an audience of ``_core``)."""
    if client.provider not in ("auto", "hf-inference"):
        raise ValueError(f"{for_what} is served by TGI and TEI servers, not by the provider {client.provider!r}")
    if client.base_url is not None and model is None:
        return client.base_url, SERVER
    found = model if model is not None else client.model
    if found is None:
        raise ValueError("pass model= (a server URL or a Hub model id)")
    if is_url(found):
        return found.rstrip("/"), SERVER
    if for_what == "health_check":
        raise ValueError(f"health_check needs the URL of an Inference Endpoint or server, not the model id {found!r}")
    root = client.api_inference_url or f"{client.router_url}/hf-inference"
    return root + "/models/" + "/".join(quote(part, safe="") for part in found.split("/")), "hf"


def endpoint_info(client: Host, model: str | None) -> Plan:
    """The server's ``/info``: model id, dtype, limits, version... as the server gives it."""
    root, audience = _server_url(client, model, "get_endpoint_info")
    response = yield from client.exchange(Exchange("GET", root + "/info", audience=audience), client.deadline())
    info: Any = response.json()
    return info


def health(client: Host, model: str | None) -> Generator[Any, Any, bool]:
    """``True`` when the server's ``/health`` answers 200; asked once, without retries."""
    root, audience = _server_url(client, model, "health_check")
    exchange = Exchange("GET", root + "/health", audience=audience)
    deadline = client.deadline()
    request = client.build(exchange, {}, deadline)
    try:
        response: httpx2.Response = yield Send(request, deadline, follow_redirects=True)
    except httpx2.HTTPError as exc:
        raise _transport_failure(exc, request) from exc
    return response.status_code == 200
