"""Together AI: chat, text generation (OpenAI completions) and text-to-image, through the router."""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING, Any

from .._call import COMPLETIONS, TaskCall
from .._core import Budget, Exchange, Plan
from ._base import Provider, json_body
from ._openai import completions_answer, completions_body

if TYPE_CHECKING:
    from .._core import _InferenceCore

__all__ = ["Together"]

_ROUTES = {
    "conversational": "/v1/chat/completions",
    "text-generation": "/v1/completions",
    "text-to-image": "/v1/images/generations",
}
# Task-schema parameter names that Together spells differently.
_IMAGE_NAMES = {"num_inference_steps": "steps"}


class Together(Provider):
    name = "together"
    tasks = frozenset(_ROUTES)

    def route(self, client: _InferenceCore, call: TaskCall[Any], target: str | None) -> str:
        return self.provider_url(client, _ROUTES[call.task or ""])

    def request(self, call: TaskCall[Any], client: _InferenceCore, target: str | None) -> Exchange:
        url = self.route(client, call, target)
        if call.task == "conversational":
            return Exchange("POST", url, json={**json_body(call, call.payload), "model": target})
        if call.task == "text-generation":
            return Exchange("POST", url, json=completions_body(call, target, self.name))
        params = {_IMAGE_NAMES.get(k, k): v for k, v in call.parameters.items()}
        body = {"prompt": call.payload["inputs"], "response_format": "base64", **params, "model": target}
        return Exchange("POST", url, json=json_body(call, body))

    def stream_format(self, call: TaskCall[Any], client: _InferenceCore) -> str:
        return COMPLETIONS if call.task == "text-generation" else super().stream_format(call, client)

    def answer(self, call: TaskCall[Any], client: _InferenceCore, exchange: Exchange, response: Any, budget: Budget) -> Plan:
        yield from ()
        if call.task == "conversational":
            return response.json()
        data = response.json()
        if call.task == "text-generation":
            return completions_answer(data)
        try:
            return base64.b64decode(data["data"][0]["b64_json"])
        except (KeyError, IndexError, TypeError, ValueError):
            raise ValueError(f"unexpected image answer from together: {str(data)[:200]}") from None
