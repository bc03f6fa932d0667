"""fal.ai: synchronous runs (speech recognition, images, speech) and its queue (video, image editing, segmentation).

A queued job is submitted to ``<model>?_subdomain=queue``, its status polled until
``COMPLETED``, then its result fetched, all through the router. Generated files are
downloaded from fal's CDN without credentials.
"""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from ..._json import json_object
from .._call import TaskCall
from .._plan import Deadline, Exchange, Plan
from .._inputs import Media
from ._base import Provider, json_body

if TYPE_CHECKING:
    from .._plan import Host

__all__ = ["FalAI"]

QUEUED = frozenset({"text-to-video", "image-to-image", "image-to-video", "image-segmentation"})
_QUEUE = {"_subdomain": "queue"}
_POLL_INTERVAL = 0.5
# Where each task's answer keeps its file: the key, and whether it is a list of files.
_FILE_OF = {
    "text-to-image": ("images", True),
    "image-to-image": ("images", True),
    "text-to-speech": ("audio", False),
    "text-to-video": ("video", False),
    "image-to-video": ("video", False),
}


class FalAI(Provider):
    name = "fal-ai"
    tasks = frozenset({"automatic-speech-recognition", "text-to-image", "text-to-speech"}) | QUEUED
    takes_urls = True

    def route(self, client: Host, call: TaskCall[Any], target: str | None) -> str:
        return self.provider_url(client, f"/{target}")

    def request(self, call: TaskCall[Any], client: Host, target: str | None) -> Exchange:
        body = json_body(call, self._payload(call))
        url = self.route(client, call, target)
        if call.task in QUEUED:
            # Submitting enqueues a job: sending it twice would run it twice.
            return Exchange("POST", url, json=body, params=dict(_QUEUE), idempotent=False)
        return Exchange("POST", url, json=body)

    @staticmethod
    def _payload(call: TaskCall[Any]) -> dict[str, Any]:
        inputs = call.payload["inputs"]
        params = dict(call.parameters)
        task = call.task
        if task == "automatic-speech-recognition":
            return {"audio_url": inputs.data_url(), **params}
        if task == "text-to-speech":
            return {"text": inputs, **params}
        if task == "image-segmentation":
            return {"image_url": inputs.data_url(), **params, "sync_mode": True}
        if task == "image-to-image":
            url = inputs.data_url()
            target_size = params.pop("target_size", None)
            if target_size is not None:
                params["image_size"] = target_size
            # Editing models take one image (image_url) or several (image_urls): both are sent.
            return {"image_url": url, "image_urls": [url], **params}
        if isinstance(inputs, Media):
            return {"image_url": inputs.data_url(), **params}
        if "width" in params and "height" in params:
            params["image_size"] = {"width": params.pop("width"), "height": params.pop("height")}
        return {"prompt": inputs, **params}

    def answer(self, call: TaskCall[Any], client: Host, exchange: Exchange, response: Any, deadline: Deadline) -> Plan:
        data = response.json()
        if call.task in QUEUED:
            data = yield from self._await_job(client, data, deadline, {k: v for k, v in exchange.headers.items() if k == "Accept"})
        if call.task == "automatic-speech-recognition":
            transcription = json_object(data)
            if transcription is None or not isinstance(transcription.get("text"), str):
                raise ValueError(f"unexpected speech recognition answer from fal-ai: {str(data)[:200]}")
            return transcription
        if call.task == "image-segmentation":
            return (yield from self._mask(client, data, deadline))
        key, many = _FILE_OF[call.task or ""]
        try:
            item = data[key][0] if many else data[key]
            url = item["url"]
        except (KeyError, IndexError, TypeError):
            raise ValueError(f"fal-ai's answer has no {key} file: {str(data)[:200]}") from None
        return (yield from client.download(url, deadline))

    @staticmethod
    def _mask(client: Host, data: Any, deadline: Deadline) -> Plan:
        """fal answers one mask image (a data URL or a file): one segment labelled ``mask``."""
        image = json_object((json_object(data) or {}).get("image"))
        url = image.get("url") if image is not None else None
        if not isinstance(url, str):
            raise ValueError(f"fal-ai's segmentation answer has no image: {str(data)[:200]}")
        if url.startswith("data:"):
            mask = url.partition(",")[2]
        else:
            mask = base64.b64encode((yield from client.download(url, deadline))).decode("ascii")
        return [{"label": "mask", "mask": mask}]

    def _await_job(self, client: Host, submitted: Any, deadline: Deadline, headers: dict[str, str]) -> Plan:
        job_info = json_object(submitted) or {}
        response_url = job_info.get("response_url")
        if not isinstance(response_url, str) or not job_info.get("request_id"):
            raise ValueError(f"fal-ai's queue did not accept the job: {str(submitted)[:200]}")
        # The job's path on fal's queue, asked for through the router like the submission.
        job = self.provider_url(client, urlparse(response_url).path)
        status = job_info.get("status")
        while status != "COMPLETED":
            yield from client.pause(_POLL_INTERVAL, deadline, "fal-ai's queue")
            polled = yield from client.exchange(Exchange("GET", f"{job}/status", headers=headers, params=dict(_QUEUE)), deadline)
            status = polled.json().get("status")
        result = yield from client.exchange(Exchange("GET", job, headers=headers, params=dict(_QUEUE)), deadline)
        return result.json()
