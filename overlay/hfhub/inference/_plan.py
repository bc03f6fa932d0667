"""What inference adds to the runtime's plans (``hfhub_api._steps``), shared by the clients, the providers and the Hub lookups.

A call is a plan run by the runtime's drivers, as every other request; providers describe their
requests as :class:`Exchange` and reach the client only through :class:`Host`. Nothing here
imports the client or the providers, so every module of the package can import this one without a cycle.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

import httpx2
from hfhub_api._deadline import Deadline
from hfhub_api._steps import Plan
from hfhub_api._types import UNSET

if TYPE_CHECKING:
    from ._call import TaskCall

__all__ = ["Plan", "Exchange", "OpenedStream", "Deadline", "Host", "HF", "SERVER", "PUBLIC"]

HF, SERVER, PUBLIC = "hf", "server", "public"


@dataclass
class Exchange:
    """One HTTP request of a task, as a provider describes it."""

    method: str
    url: str
    json: Any = UNSET
    content: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict[str, str])
    params: dict[str, Any] | None = None
    stream: bool = False
    # Whether sending it twice does no harm. ``None``: by its method, so an inference POST
    # (a generation that runs, and is billed, each time it arrives) is not, unless the
    # client was made with ``resend_posts=True``; ``False``: never (it enqueues a job).
    idempotent: bool | None = None
    wait_for_model: bool = False
    # Who receives it: HF (credentials for Hugging Face's origins only), SERVER (the server
    # the caller named: credentials if given explicitly or run by Hugging Face) or PUBLIC
    # (files on CDNs, input URLs: no token, cookie or caller header).
    audience: str = "hf"


@dataclass
class OpenedStream:
    """A successful streamed answer, not read yet, and the decoder of its lines."""

    response: httpx2.Response
    decoder: Any


class Host(Protocol):
    """What a provider (or a server lookup) may use of the client that runs it: its settings and its plans.

    Providers describe routes and shapes; everything that sends, waits, downloads or reads
    an answer stays in the client, behind these members.
    """

    base_url: str | None
    router_url: str
    api_inference_url: str | None
    endpoint: str
    timeout: float | None
    revision: str | None
    provider: str
    provider_key: str | None
    model: str | None
    _mappings: dict[str, list[tuple[str, Any]]]
    _recommended: dict[str, str | None] | None

    def _deadline(self) -> Deadline: ...
    def _hub(self) -> Any: ...
    def _exchange(self, exchange: Exchange, deadline: Deadline) -> Plan: ...
    def _download(self, url: str, deadline: Deadline) -> Plan: ...
    def _with_content(self, payload: Any, deadline: Deadline) -> Plan: ...
    def _pause(self, seconds: float, deadline: Deadline, waiting_for: str) -> Plan: ...
    def _read(self, call: TaskCall[Any], response: httpx2.Response) -> Any: ...
    def _build(self, exchange: Exchange, headers: dict[str, str], deadline: Deadline) -> httpx2.Request: ...
