"""Replicate: predictions for images, video, speech and transcription, through the router.

A prediction is created with ``Prefer: wait``; if it is still running when Replicate
answers, it is polled until it ends. Output files are downloaded from Replicate's CDN
without credentials.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._json import json_array, json_object
from ...errors import HubError
from .._call import TaskCall
from .._plan import Deadline, Exchange, Plan
from .._inputs import Media
from ._base import Provider

if TYPE_CHECKING:
    from .._plan import Host

__all__ = ["Replicate"]

_ENDED = frozenset({"succeeded", "failed", "canceled"})
_POLL_INTERVAL = 1.0


class Replicate(Provider):
    name = "replicate"
    tasks = frozenset({"text-to-image", "text-to-video", "text-to-speech", "image-to-image", "automatic-speech-recognition"})
    takes_urls = True

    def route(self, client: Host, call: TaskCall[Any], target: str | None) -> str:
        # "<owner>/<model>:<version>" runs that version; "<owner>/<model>" its latest.
        if target is not None and ":" in target:
            return self.provider_url(client, "/v1/predictions")
        return self.provider_url(client, f"/v1/models/{target}/predictions")

    def request(self, call: TaskCall[Any], client: Host, target: str | None) -> Exchange:
        body: dict[str, Any] = {"input": self._input(call)}
        if target is not None and ":" in target:
            body["version"] = target.split(":", 1)[1]
        if call.extra_body:
            body["input"].update(call.extra_body)
        # Creating a prediction starts a paid job: it is not sent twice.
        return Exchange("POST", self.route(client, call, target), json=body, headers={"Prefer": "wait"}, idempotent=False)

    @staticmethod
    def _input(call: TaskCall[Any]) -> dict[str, Any]:
        inputs = call.payload["inputs"]
        params = dict(call.parameters)
        if call.task == "automatic-speech-recognition":
            return {"audio": inputs.data_url(), **params}
        if call.task == "text-to-speech":
            return {"text": inputs, **params}
        if isinstance(inputs, Media):
            url = inputs.data_url()
            # Replicate's image models name their input image differently: each name is sent.
            return {"image": url, "images": [url], "input_image": url, "input_images": [url], **params}
        return {"prompt": inputs, **params}

    def answer(self, call: TaskCall[Any], client: Host, exchange: Exchange, response: Any, deadline: Deadline) -> Plan:
        prediction = json_object(response.json())
        while prediction is not None and prediction.get("output") is None and prediction.get("status") not in _ENDED:
            if not prediction.get("id"):
                raise ValueError(f"unexpected answer from replicate: {str(prediction)[:200]}")
            yield from client.pause(_POLL_INTERVAL, deadline, "a replicate prediction")
            url = self.provider_url(client, f"/v1/predictions/{prediction['id']}")
            polled = yield from client.exchange(Exchange("GET", url), deadline)
            prediction = json_object(polled.json())
        output = prediction.get("output") if prediction is not None else None
        if output is None:
            detail = prediction.get("error") if prediction is not None else None
            status = prediction.get("status") if prediction is not None else None
            raise HubError(
                f"replicate prediction ended with status {status!r} and no output" + (f": {detail}" if detail else ""),
                server_message=str(detail) if detail else None,
            )
        outputs = json_array(output)
        first = outputs[0] if outputs else output
        if call.task == "automatic-speech-recognition":
            transcription = json_object(first)
            text = transcription.get("transcription") if transcription is not None else first
            if not isinstance(text, str):
                raise ValueError(f"unexpected transcription from replicate: {str(output)[:200]}")
            return {"text": text}
        if not isinstance(first, str):
            raise ValueError(f"unexpected output from replicate: {str(output)[:200]}")
        return (yield from client.download(first, deadline))
