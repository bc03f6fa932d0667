"""The request and answer shapes providers share, named so that the catalog can describe providers as data.

A request shape turns a task call into a JSON body (or a multipart form) for the
provider's model id; an answer shape turns the provider's answer into the task schema's
shape. Answers that need more requests (jobs to poll, files to download) are plans.
"""

from __future__ import annotations

import base64
import json
import uuid
from typing import TYPE_CHECKING, Any, Callable
from urllib.parse import urlparse

from ..._json import json_array, json_object
from .._call import TaskCall
from .._plan import Deadline, Exchange, Plan
from .._inputs import Media, encode
from ._openai import completions_answer, completions_body, embeddings_answer, embeddings_body

if TYPE_CHECKING:
    from .._plan import Host

__all__ = ["REQUESTS", "ANSWERS", "Body"]

# A request body: JSON, or (bytes, content type) for a form.
Body = Any


def _params(call: TaskCall[Any]) -> dict[str, Any]:
    return dict(call.parameters)


def _with_extra(call: TaskCall[Any], body: dict[str, Any]) -> dict[str, Any]:
    return {**body, **call.extra_body} if call.extra_body else body


def chat(call: TaskCall[Any], target: str, options: dict[str, Any]) -> Body:
    body = {**encode(call.payload, Media.data_url), "model": target}
    schema_as = options.get("json_schema_as")
    response_format = json_object(body.get("response_format"))
    if schema_as and response_format is not None and response_format.get("type") == "json_schema":
        details = json_object(response_format.get("json_schema"))
        if details is not None and "schema" in details:
            body["response_format"] = {"type": schema_as, "schema": details["schema"]}
    return _with_extra(call, body)


def completions(call: TaskCall[Any], target: str, options: dict[str, Any]) -> Body:
    body = completions_body(call, target, options["provider"])
    if options.get("null_max_tokens"):
        body.setdefault("max_tokens", None)
    return body


def embeddings(call: TaskCall[Any], target: str, options: dict[str, Any]) -> Body:
    return embeddings_body(call, target, options["provider"])


def images(call: TaskCall[Any], target: str, options: dict[str, Any]) -> Body:
    """OpenAI's ``/images/generations``: a prompt, a size, and the image back in base64."""
    params = _params(call)
    inputs = call.payload["inputs"]
    for ours, theirs in options.get("renames", {}).items():
        if ours in params:
            params[theirs] = params.pop(ours)
    for dropped in options.get("drops", ()):
        params.pop(dropped, None)
    if options.get("size") and "width" in params and "height" in params:
        params["size"] = f"{params.pop('width')}x{params.pop('height')}"
    body: dict[str, Any] = {"prompt": inputs}
    if isinstance(inputs, Media):  # editing an image: the image, and the prompt among the parameters
        url = inputs.data_url()
        body = {"prompt": params.pop("prompt", "")}
        kontext = "kontext" in target.lower() and "flux.1" in target.lower()
        body.update({"image_url": url} if kontext else {"reference_images": [url]})
    if options.get("response_format"):
        body["response_format"] = options["response_format"]
    return _with_extra(call, {**body, **params, "model": target})


def speech(call: TaskCall[Any], target: str, options: dict[str, Any]) -> Body:
    """OpenAI's ``/audio/speech``: the text as ``input``; the generation parameters flattened."""
    params = _params(call)
    params.update(params.pop("generation_parameters", None) or {})
    return _with_extra(call, {"input": call.payload["inputs"], **params, "model": target})


def transcription(call: TaskCall[Any], target: str, options: dict[str, Any]) -> Body:
    """OpenAI's ``/audio/transcriptions``: a multipart form with the audio file and the model."""
    audio: Media = call.payload["inputs"]
    assert audio.data is not None
    fields = {**_params(call), **(call.extra_body or {}), "model": target}
    boundary = uuid.uuid4().hex
    extension = audio.mime.split("/")[-1]
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="audio.{extension}"\r\n'
        f"Content-Type: {audio.mime}\r\n\r\n".encode() + audio.data + b"\r\n"
    ]
    for name, value in fields.items():
        text = value if isinstance(value, str) else json.dumps(value)
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{text}\r\n'.encode())
    return b"".join(parts) + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def prompt_job(call: TaskCall[Any], target: str, options: dict[str, Any]) -> Body:
    """A generation job: the prompt or the image, and the parameters as they are named in the task schema."""
    params = _params(call)
    inputs = call.payload["inputs"]
    for ours, theirs in options.get("renames", {}).items():
        if ours in params:
            params[theirs] = params.pop(ours)
    size = params.pop("target_size", None)
    fields = json_object(size)
    if options.get("size") == "fields" and fields is not None:
        params.update(fields)
    elif size is not None:
        params["target_size"] = size
    if options.get("size") == "WxH" and "width" in params and "height" in params:
        params["size"] = f"{params.pop('width')}x{params.pop('height')}"
    body: dict[str, Any]
    if isinstance(inputs, Media):
        image_field = options.get("image_field", "image")
        if image_field == "frame_images":
            body = {"frame_images": [{"input_image": inputs.data_url(), "frame": "first"}]}
        else:
            body = {image_field: inputs.data_url()}
    else:
        body = {"prompt": inputs}
    if options.get("model_in_body"):
        body["model"] = target
    return _with_extra(call, {**body, **params})


REQUESTS: dict[str, Callable[[TaskCall[Any], str, dict[str, Any]], Body]] = {
    "chat": chat,
    "completions": completions,
    "embeddings": embeddings,
    "images": images,
    "speech": speech,
    "transcription": transcription,
    "job": prompt_job,
}

# -- answers ---------------------------------------------------------------------------------

Answer = Callable[["Host", Exchange, Any, Deadline, dict[str, Any]], Plan]
_POLL_INTERVAL = 1.0


def _json(response: Any) -> Any:
    try:
        return response.json()
    except ValueError:
        raise ValueError(f"the provider answered something that is not JSON: {response.content[:200]!r}") from None


def _unexpected(what: str, data: Any) -> ValueError:
    return ValueError(f"unexpected {what} from the provider: {str(data)[:200]}")


def as_json(client: Host, exchange: Exchange, response: Any, deadline: Deadline, options: dict[str, Any]) -> Plan:
    yield from ()
    return _json(response)


def as_bytes(client: Host, exchange: Exchange, response: Any, deadline: Deadline, options: dict[str, Any]) -> Plan:
    yield from ()
    return response.content


def completion(client: Host, exchange: Exchange, response: Any, deadline: Deadline, options: dict[str, Any]) -> Plan:
    yield from ()
    return completions_answer(_json(response))


def vectors(client: Host, exchange: Exchange, response: Any, deadline: Deadline, options: dict[str, Any]) -> Plan:
    yield from ()
    return embeddings_answer(_json(response))


def b64_image(client: Host, exchange: Exchange, response: Any, deadline: Deadline, options: dict[str, Any]) -> Plan:
    yield from ()
    data = _json(response)
    try:
        return base64.b64decode(data["data"][0]["b64_json"])
    except (KeyError, IndexError, TypeError, ValueError):
        raise _unexpected("image answer", data) from None


def transcript(client: Host, exchange: Exchange, response: Any, deadline: Deadline, options: dict[str, Any]) -> Plan:
    """OpenAI's transcription, with its segments as the task schema's timed chunks."""
    yield from ()
    raw = _json(response)
    data = json_object(raw)
    if data is None or not isinstance(data.get("text"), str):
        raise _unexpected("transcription", raw)
    result: dict[str, Any] = {"text": data["text"]}
    segments = json_array(data.get("segments"))
    if segments is not None:
        result["chunks"] = [
            {"text": s.get("text"), "timestamp": [s.get("start"), s.get("end")]} for s in map(json_object, segments) if s is not None
        ]
    return result


def video_url(client: Host, exchange: Exchange, response: Any, deadline: Deadline, options: dict[str, Any]) -> Plan:
    """``{"video": {"video_url": ...}}``: the file, downloaded."""
    data = _json(response)
    video = json_object((json_object(data) or {}).get("video"))
    url = video.get("video_url") if video is not None else None
    if not isinstance(url, str):
        raise _unexpected("video answer", data)
    return (yield from client.download(url, deadline))


def video_job(client: Host, exchange: Exchange, response: Any, deadline: Deadline, options: dict[str, Any]) -> Plan:
    """A video job (``{id, status}``) polled at ``<route>/<id>`` until it ends; then its ``outputs.video_url``."""
    raw = _json(response)
    job = json_object(raw)
    if job is None or not job.get("id"):
        raise _unexpected("video job", raw)
    status_url = f"{exchange.url}/{job['id']}"
    while job.get("status") in (None, "queued", "in_progress"):
        yield from client.pause(_POLL_INTERVAL, deadline, "a video job")
        raw = _json((yield from client.exchange(Exchange("GET", status_url, headers=exchange.headers, audience=exchange.audience), deadline)))
        job = json_object(raw)
        if job is None:
            raise _unexpected("video job", raw)
    if job.get("status") != "completed":
        error = job.get("error")
        problem = json_object(error)
        detail = problem.get("message") if problem is not None else error
        raise RuntimeError(f"the video job ended with status {job.get('status')!r}" + (f": {detail}" if detail else ""))
    outputs: dict[str, Any] = job.get("outputs") or {}
    url = outputs.get("video_url")
    if not isinstance(url, str):
        raise _unexpected("completed video job", job)
    return (yield from client.download(url, deadline))


def image_task(client: Host, exchange: Exchange, response: Any, deadline: Deadline, options: dict[str, Any]) -> Plan:
    """An asynchronous image task (``{id, task_status}``), polled at ``async-result/<id>``; then its image."""
    raw = _json(response)
    task = json_object(raw)
    if task is None or not task.get("id"):
        raise _unexpected("image task", raw)
    root = exchange.url.rsplit(options["submit_path"], 1)[0]
    poll_url = f"{root}{options['poll_path']}/{task['id']}"
    while task.get("task_status") == "PROCESSING":
        yield from client.pause(_POLL_INTERVAL, deadline, "an image task")
        raw = _json((yield from client.exchange(Exchange("GET", poll_url, headers=exchange.headers, audience=exchange.audience), deadline)))
        task = json_object(raw)
        if task is None:
            raise _unexpected("image task", raw)
    if task.get("task_status") == "FAIL":
        raise RuntimeError(f"the image task {task.get('id')} failed")
    images = json_array(task.get("image_result"))
    first = json_object(images[0]) if images else None
    url = first.get("url") if first is not None else None
    if not isinstance(url, str):
        raise _unexpected("image task result", task)
    return (yield from client.download(url, deadline))


def result_url(client: Host, exchange: Exchange, response: Any, deadline: Deadline, options: dict[str, Any]) -> Plan:
    """A queued prediction: ``data.urls.get`` polled (through the same root) until ``completed``; then ``outputs[0]``."""
    submitted = _json(response)
    urls = json_object((json_object((json_object(submitted) or {}).get("data", {})) or {}).get("urls", {}))
    path = urls.get("get") if urls is not None else None
    if not isinstance(path, str):
        raise _unexpected("queued prediction", submitted)
    root = exchange.url.rsplit(options["route_prefix"], 1)[0]
    poll_url = root + urlparse(path).path
    while True:
        yield from client.pause(_POLL_INTERVAL / 2, deadline, "a queued prediction")
        result = _json((yield from client.exchange(Exchange("GET", poll_url, headers=exchange.headers, audience=exchange.audience), deadline)))
        data = json_object((json_object(result) or {}).get("data", {})) or {}
        status = data.get("status")
        if status == "completed":
            outputs = json_array(data.get("outputs"))
            if not outputs:
                raise _unexpected("completed prediction", result)
            return (yield from client.download(outputs[0], deadline))
        if status == "failed":
            raise RuntimeError(f"the prediction failed: {data.get('error') or 'no message'}")
        if status not in ("created", "processing"):
            raise _unexpected("prediction status", result)


ANSWERS: dict[str, Answer] = {
    "json": as_json,
    "bytes": as_bytes,
    "completion": completion,
    "vectors": vectors,
    "b64_image": b64_image,
    "transcript": transcript,
    "video_url": video_url,
    "video_job": video_job,
    "image_task": image_task,
    "result_url": result_url,
}
