"""The one helper every provider subclasses: a template method over a task call.

:meth:`Provider.plan` finds the provider's id for the model (the Hub's mapping), fetches
media URLs the provider cannot take, asks the subclass for the HTTP request, sends it and
asks the subclass to read the answer into the task schema's shape. Subclasses say only
what differs: :meth:`route`, :meth:`request`, and :meth:`answer` when it is more than a
body to decode (queues, files to download).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any, ClassVar

from hfhub_api._types import UNSET

from .._call import TaskCall
from .._plan import Deadline, Exchange, OpenedStream, Plan
from .._inputs import Media, encode
from .._streaming import decoder_for

if TYPE_CHECKING:
    from .._plan import Host

__all__ = ["Provider", "json_body"]

# Tasks answering an image ask for PNG, as huggingface_hub does (the polls of their jobs too).
_IMAGE_TASKS = frozenset({"text-to-image", "image-to-image"})


class Provider:
    """How one provider serves tasks: where requests go, what they carry, how answers read."""

    name: ClassVar[str]
    tasks: ClassVar[frozenset[str] | None] = None
    """The tasks this client can send to the provider (``None``: any)."""
    mapped: ClassVar[bool] = True
    """Whether the provider's model ids come from the Hub's provider mapping."""
    takes_urls: ClassVar[bool] = False
    """Whether media may be sent as URLs; otherwise their content is downloaded first."""

    def plan(self, call: TaskCall[Any], client: Host, model: str | None, deadline: Deadline, mapping: Any = None) -> Plan:
        """Send ``call`` for ``model``; the answer in the task schema's shape, or an :class:`OpenedStream`."""
        self.check(call)
        target = model
        if self.mapped:
            if model is None:
                raise ValueError(f"{self.name} needs a Hub model id: pass model=")
            if call.task is None:
                raise ValueError(f"pass task= to post to {self.name}: its routes depend on the task")
            if mapping is None:
                from .._hub import mapping_for

                mapping = yield from mapping_for(client, model, self.name, call.task, deadline)
            target = mapping.provider_id
        if call.raw or not self.accepts_urls(call):
            payload = yield from client.with_content(call.payload, deadline)
            call = dataclasses.replace(call, payload=payload)
        exchange = self.raw_request(call, client, target) if call.raw else self.request(call, client, target)
        if call.task in _IMAGE_TASKS and not call.raw:
            exchange.headers = {"Accept": "image/png", **exchange.headers}
        if call.stream is not None:
            exchange.stream = True
            response = yield from client.exchange(exchange, deadline)
            details = bool(call.parameters.get("details"))
            return OpenedStream(response, decoder_for(self.stream_format(call, client), details))
        response = yield from client.exchange(exchange, deadline)
        if call.raw:
            return response.content
        return (yield from self.answer(call, client, exchange, response, deadline))

    def accepts_urls(self, call: TaskCall[Any]) -> bool:
        """Whether ``call``'s media may go as URLs; otherwise they are downloaded first."""
        return self.takes_urls

    def check(self, call: TaskCall[Any]) -> None:
        if self.tasks is not None and call.task not in self.tasks:
            served = ", ".join(sorted(self.tasks))
            raise ValueError(f"this client cannot send {call.task!r} to {self.name}; it serves: {served}")

    def provider_url(self, client: Host, path: str) -> str:
        """``path`` on this provider, through the Hugging Face router."""
        return f"{client.router_url}/{self.name}{path}"

    def route(self, client: Host, call: TaskCall[Any], target: str | None) -> str:
        """The URL of ``call``'s task for the provider's model ``target``."""
        raise NotImplementedError

    def request(self, call: TaskCall[Any], client: Host, target: str | None) -> Exchange:
        """The HTTP request of ``call``, in the provider's format."""
        raise NotImplementedError

    def raw_request(self, call: TaskCall[Any], client: Host, target: str | None) -> Exchange:
        """The request of :meth:`post`: the caller's body, sent as is to the task's route."""
        url = self.route(client, call, target)
        if isinstance(call.payload, Media):
            assert call.payload.data is not None
            headers = {"Content-Type": call.payload.mime}
            return Exchange("POST", url, content=call.payload.data, headers=headers, wait_for_model=True)
        return Exchange("POST", url, json=call.payload, wait_for_model=True)

    def stream_format(self, call: TaskCall[Any], client: Host) -> str:
        """The format of ``call``'s streamed answer on this provider."""
        assert call.stream is not None
        return call.stream

    def answer(self, call: TaskCall[Any], client: Host, exchange: Exchange, response: Any, deadline: Deadline) -> Plan:
        """The answer in the task schema's shape; by default the decoded body."""
        yield from ()
        return client.read(call, response)


def json_body(call: TaskCall[Any], payload: Any, as_media: Any = Media.data_url) -> Any:
    """``payload`` ready for JSON, media encoded by ``as_media``, ``extra_body`` merged last."""
    body = encode(payload, as_media)
    if call.extra_body:
        body = {**body, **call.extra_body}
    return body if body is not None else UNSET
