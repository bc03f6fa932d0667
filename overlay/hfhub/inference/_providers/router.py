"""The router's OpenAI-compatible chat completion: the router picks the provider.

``model`` is the Hub id, or ``"<id>:<provider>"`` to choose the provider, as the router
reads it; no Hub lookup is needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._call import TaskCall
from .._plan import Exchange
from ._base import Provider, json_body

if TYPE_CHECKING:
    from .._plan import Host

__all__ = ["Router"]


class Router(Provider):
    name = "router"
    tasks = frozenset({"conversational"})
    mapped = False
    takes_urls = True

    def route(self, client: Host, call: TaskCall[Any], target: str | None) -> str:
        return f"{client.router_url}/v1/chat/completions"

    def request(self, call: TaskCall[Any], client: Host, target: str | None) -> Exchange:
        return Exchange("POST", self.route(client, call, target), json={"model": target, **json_body(call, call.payload)})
