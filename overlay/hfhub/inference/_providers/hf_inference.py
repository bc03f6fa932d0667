"""``hf-inference``: Hugging Face's own serving, through the router or the legacy ``api-inference`` URLs.

The payload is the task schema's input itself, ``extra_body`` among its parameters. A lone
binary input without parameters goes as raw bytes, as the service prefers; otherwise it is
base64 inside the JSON. Chat asks for a JSON schema in TGI's terms (``json_object`` and its
``value``).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from ..._json import json_object
from .._call import TaskCall
from .._plan import Exchange
from .._inputs import Media
from ._base import Provider, json_body

if TYPE_CHECKING:
    from .._plan import Host

__all__ = ["HFInference", "schema_request"]

CHAT = "conversational"
# Models that serve several tasks are asked for one of these through a pipeline route.
PIPELINE_TASKS = frozenset({"feature-extraction", "sentence-similarity"})
# Tasks whose options sit beside ``inputs`` rather than in ``parameters``.
ROOT_PARAMETERS = frozenset({"feature-extraction"})


class HFInference(Provider):
    name = "hf-inference"
    mapped = False  # its model ids are the Hub's

    def route(self, client: Host, call: TaskCall[Any], target: str | None) -> str:
        task = call.task
        legacy = client.api_inference_url
        if legacy is not None:
            if task == CHAT:
                return f"{legacy}/models/{target}/v1/chat/completions"
            if task in PIPELINE_TASKS:
                return f"{legacy}/pipeline/{task}/{target}"
            return f"{legacy}/models/{target}"
        base = self.provider_url(client, f"/models/{target}")
        if task == CHAT:
            return base + "/v1/chat/completions"
        if task in PIPELINE_TASKS:
            return f"{base}/pipeline/{task}"
        return base

    def request(self, call: TaskCall[Any], client: Host, target: str | None) -> Exchange:
        url = self.route(client, call, target)
        if call.task == CHAT:
            body = {"model": target, **json_body(call, call.payload)}
            response_format = json_object(body.get("response_format"))
            if response_format is not None and response_format.get("type") == "json_schema":
                details = json_object(response_format.get("json_schema")) or {}
                body["response_format"] = {"type": "json_object", "value": details.get("schema")}
            return Exchange("POST", url, json=body, wait_for_model=True)
        payload = json_object(call.payload)
        if call.extra_body and payload is not None and call.task not in ROOT_PARAMETERS:
            parameters = {**(json_object(payload.get("parameters")) or {}), **call.extra_body}
            call = dataclasses.replace(call, payload={**payload, "parameters": parameters}, extra_body=None)
        # An empty ``parameters`` as huggingface_hub sends it; the service reads it as none.
        return schema_request(url, call, empty_parameters=call.task not in ROOT_PARAMETERS)


def schema_request(url: str, call: TaskCall[Any], empty_parameters: bool = False, **options: Any) -> Exchange:
    """A request carrying the task schema's payload: raw bytes for a lone binary input, else JSON
    (with ``"parameters": {}`` when there are none and ``empty_parameters``)."""
    payload = call.payload
    fields = json_object(payload) or {}
    inputs = fields.get("inputs")
    if isinstance(inputs, Media) and len(fields) == 1 and not call.extra_body:
        assert inputs.data is not None
        return Exchange("POST", url, content=inputs.data, headers={"Content-Type": inputs.mime}, wait_for_model=True, **options)
    if empty_parameters and fields and "parameters" not in fields:
        payload = {**fields, "parameters": dict[str, Any]()}
    return Exchange("POST", url, json=json_body(call, payload, Media.base64), wait_for_model=True, **options)
