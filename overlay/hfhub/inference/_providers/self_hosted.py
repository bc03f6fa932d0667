"""A server the caller names: a URL as ``model`` (Inference Endpoints, a TGI/TEI root) or ``base_url``.

No Hub lookup. A URL model gets every task POSTed to it as is, and chat at
``(/v1)/chat/completions`` under it. ``base_url`` is the root of an engine: TGI's
``/generate`` and ``/generate_stream``, TEI's ``/embed``, ``/similarity`` and ``/predict``,
the chat route, and the root for other tasks. A ``base_url`` ending in ``/v1`` is an
OpenAI-compatible server (vLLM, llama.cpp): chat, completions, embeddings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._call import COMPLETIONS, TaskCall
from .._plan import Deadline, Exchange, Plan, SERVER
from .._inputs import is_url
from ._base import Provider, json_body
from ._openai import completions_answer, completions_body, embeddings_answer, embeddings_body
from .hf_inference import ROOT_PARAMETERS, schema_request

if TYPE_CHECKING:
    from .._plan import Host

__all__ = ["SelfHosted"]

_ENGINE_ROUTES = {
    "feature-extraction": "/embed",
    "sentence-similarity": "/similarity",
    "text-classification": "/predict",
}
_OPENAI_ROUTES = {
    "conversational": "/chat/completions",
    "text-generation": "/completions",
    "feature-extraction": "/embeddings",
}


class SelfHosted(Provider):
    name = "self-hosted"
    mapped = False

    def route(self, client: Host, call: TaskCall[Any], target: str | None) -> str:
        task = call.task
        if client.base_url is None:
            assert target is not None and is_url(target)
            return _chat_url(target) if task == "conversational" else target
        base = client.base_url
        if _is_openai(base):
            if task not in _OPENAI_ROUTES:
                raise ValueError(
                    f"{base} is an OpenAI-compatible base URL, which serves chat, text generation and "
                    f"embeddings only; pass the server's root as base_url for {task!r}"
                )
            return base + _OPENAI_ROUTES[task]
        if task == "conversational":
            return base + "/v1/chat/completions"
        if task == "text-generation":
            return base + ("/generate_stream" if call.stream is not None else "/generate")
        return base + _ENGINE_ROUTES.get(task or "", "")

    def request(self, call: TaskCall[Any], client: Host, target: str | None) -> Exchange:
        url = self.route(client, call, target)
        # The model name matters to OpenAI-compatible servers that host several models.
        name = target if target is not None and not is_url(target) else None
        where = f"the server at {client.base_url}"
        if self._openai_task(client, call, "text-generation"):
            return Exchange("POST", url, json=completions_body(call, name, where), audience=SERVER)
        if self._openai_task(client, call, "feature-extraction"):
            return Exchange("POST", url, json=embeddings_body(call, name, where), audience=SERVER)
        if call.task == "conversational":
            body = json_body(call, call.payload)
            return Exchange("POST", url, json={"model": name, **body} if name else body, audience=SERVER)
        # A URL model is served like hf-inference (an Inference Endpoint): the same body, an empty ``parameters`` included.
        return schema_request(url, call, empty_parameters=client.base_url is None and call.task not in ROOT_PARAMETERS, audience=SERVER)

    def raw_request(self, call: TaskCall[Any], client: Host, target: str | None) -> Exchange:
        exchange = super().raw_request(call, client, target)
        exchange.audience = SERVER
        return exchange

    def stream_format(self, call: TaskCall[Any], client: Host) -> str:
        if self._openai_task(client, call, "text-generation"):
            return COMPLETIONS
        return super().stream_format(call, client)

    def answer(self, call: TaskCall[Any], client: Host, exchange: Exchange, response: Any, deadline: Deadline) -> Plan:
        yield from ()
        data = client.read(call, response)
        if self._openai_task(client, call, "text-generation"):
            return completions_answer(data)
        if self._openai_task(client, call, "feature-extraction"):
            return embeddings_answer(data)
        return data

    @staticmethod
    def _openai_task(client: Host, call: TaskCall[Any], task: str) -> bool:
        return call.task == task and client.base_url is not None and _is_openai(client.base_url)


def _is_openai(base: str) -> bool:
    return base.rstrip("/").endswith("/v1")


def _chat_url(url: str) -> str:
    path = url.rstrip("/")
    if path.endswith("/chat/completions"):
        return path
    return path + ("/chat/completions" if path.endswith("/v1") else "/v1/chat/completions")
