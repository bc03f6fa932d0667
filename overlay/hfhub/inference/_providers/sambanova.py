"""SambaNova: chat and embeddings (OpenAI format), through the router."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._call import TaskCall
from .._core import Budget, Exchange, Plan
from ._base import Provider, json_body
from ._openai import embeddings_answer, embeddings_body

if TYPE_CHECKING:
    from .._core import _InferenceCore

__all__ = ["SambaNova"]

_ROUTES = {"conversational": "/v1/chat/completions", "feature-extraction": "/v1/embeddings"}


class SambaNova(Provider):
    name = "sambanova"
    tasks = frozenset(_ROUTES)

    def route(self, client: _InferenceCore, call: TaskCall[Any], target: str | None) -> str:
        return self.provider_url(client, _ROUTES[call.task or ""])

    def request(self, call: TaskCall[Any], client: _InferenceCore, target: str | None) -> Exchange:
        url = self.route(client, call, target)
        if call.task == "feature-extraction":
            return Exchange("POST", url, json=embeddings_body(call, target, self.name))
        return Exchange("POST", url, json={**json_body(call, call.payload), "model": target})

    def answer(self, call: TaskCall[Any], client: _InferenceCore, exchange: Exchange, response: Any, budget: Budget) -> Plan:
        yield from ()
        data = response.json()
        return embeddings_answer(data) if call.task == "feature-extraction" else data
