"""Every provider described in ``_catalog``: one class reads the description of the task asked for."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from .._call import TaskCall
from .._plan import Deadline, Exchange, Plan, SERVER
from ._base import Provider
from ._catalog import Route, Spec
from ._shapes import ANSWERS, REQUESTS

if TYPE_CHECKING:
    from .._plan import Host

__all__ = ["Catalogued"]


class Catalogued(Provider):
    takes_urls = True

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.name = spec.name  # type: ignore[misc]
        self.tasks = frozenset(spec.routes)  # type: ignore[misc]
        self.mapped = spec.mapped  # type: ignore[misc]

    def accepts_urls(self, call: TaskCall[Any]) -> bool:
        return not self._route(call).binary

    def _route(self, call: TaskCall[Any]) -> Route:
        return self.spec.routes[call.task or ""]

    def _direct(self, client: Host) -> bool:
        """Whether to call the provider's own root: with its own key (given explicitly), or when the router does not serve it."""
        if client.provider_key is not None and self.spec.root:
            return True
        if self.spec.direct_only:
            raise ValueError(f"{self.name} is not served through Hugging Face's router: pass your {self.name} key as api_key=")
        return False

    def _root(self, client: Host) -> str:
        return self.spec.root if self._direct(client) else f"{client.router_url}/{self.name}"

    def route(self, client: Host, call: TaskCall[Any], target: str | None) -> str:
        return self._root(client) + self._route(call).path.replace("{model}", target or "")

    def request(self, call: TaskCall[Any], client: Host, target: str | None) -> Exchange:
        if target is None:
            raise ValueError(f"{self.name} needs a model: pass model=")
        route = self._route(call)
        options = {**route.options, "provider": self.name}
        body = REQUESTS[route.request](call, target, options)
        headers = dict(self.spec.headers)
        # The provider's own root gets the key only because it was given explicitly for it.
        audience = SERVER if self._direct(client) else "hf"
        url = self.route(client, call, target)
        # A job that is queued or polled starts paid work: never sent twice, not even with
        # resend_posts. Other POSTs follow the client's rule (None).
        idempotent = False if route.answer in ("video_job", "image_task", "result_url") else None
        if isinstance(body, tuple):
            content, content_type = cast("tuple[bytes, str]", body)  # a form: its bytes and content type
            headers["Content-Type"] = content_type
            return Exchange("POST", url, content=content, headers=headers, audience=audience, idempotent=idempotent)
        if call.stream is not None:
            body = {**body, "stream": True}
        return Exchange("POST", url, json=body, headers=headers, audience=audience, idempotent=idempotent)

    def stream_format(self, call: TaskCall[Any], client: Host) -> str:
        return self._route(call).stream or super().stream_format(call, client)

    def answer(self, call: TaskCall[Any], client: Host, exchange: Exchange, response: Any, deadline: Deadline) -> Plan:
        route = self._route(call)
        return (yield from ANSWERS[route.answer](client, exchange, response, deadline, route.options))
