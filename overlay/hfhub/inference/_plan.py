"""What inference adds to the runtime's plans (``hfhub_api._steps``), shared by the clients, the providers and the Hub lookups.

A call is a plan run by the runtime's drivers, as every other request; providers describe their
requests as :class:`Exchange` and reach the client only through :class:`Host`. Nothing here
imports the client or the providers, so every module of the package can import this one without a cycle.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

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


class Host:
    """What a provider (or a Hub lookup, or a server query) may use of the client that runs it: read
    its settings, send, download, wait, look up a mapping, read an answer. Nothing else of the
    client is reachable from here; everything that sends, waits, downloads or reads stays in it.
    """

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    # -- settings (the client's, read at each use) --
    @property
    def base_url(self) -> str | None:
        return self._client.base_url  # type: ignore[no-any-return]

    @property
    def router_url(self) -> str:
        return self._client.router_url  # type: ignore[no-any-return]

    @property
    def api_inference_url(self) -> str | None:
        return self._client.api_inference_url  # type: ignore[no-any-return]

    @property
    def revision(self) -> str | None:
        return self._client.revision  # type: ignore[no-any-return]

    @property
    def provider(self) -> str:
        return self._client.provider  # type: ignore[no-any-return]

    @property
    def provider_key(self) -> str | None:
        return self._client.provider_key  # type: ignore[no-any-return]

    @property
    def model(self) -> str | None:
        return self._client.model  # type: ignore[no-any-return]

    # -- what the Hub said, kept for the client's life --
    @property
    def mappings(self) -> dict[str, list[tuple[str, Any]]]:
        """Provider mappings by model."""
        return self._client._mappings  # type: ignore[no-any-return]

    @property
    def recommended(self) -> dict[str, str | None] | None:
        """The recommended model of each task, once asked."""
        return self._client._recommended  # type: ignore[no-any-return]

    @recommended.setter
    def recommended(self, found: dict[str, str | None]) -> None:
        self._client._recommended = found

    # -- plans --
    def deadline(self) -> Deadline:
        """A new call's deadline."""
        return self._client._deadline()  # type: ignore[no-any-return]

    def hub(self) -> Any:
        """The Hub client of the lookups."""
        return self._client._hub()

    def exchange(self, exchange: Exchange, deadline: Deadline) -> Plan:
        """Send until answered: waits out a loading model, retries what is safe; the response, or the error."""
        return self._client._exchange(exchange, deadline)  # type: ignore[no-any-return]

    def download(self, url: str, deadline: Deadline) -> Plan:
        """The content at ``url``, fetched without credentials."""
        return self._client._download(url, deadline)  # type: ignore[no-any-return]

    def with_content(self, payload: Any, deadline: Deadline) -> Plan:
        """``payload`` with its media URLs replaced by their content."""
        return self._client._with_content(payload, deadline)  # type: ignore[no-any-return]

    def pause(self, seconds: float, deadline: Deadline, waiting_for: str) -> Plan:
        """Wait between two polls of a queued job, within the call's time."""
        return self._client._pause(seconds, deadline, waiting_for)  # type: ignore[no-any-return]

    def read(self, call: TaskCall[Any], response: httpx2.Response) -> Any:
        """The body of a successful answer: bytes or decoded JSON."""
        return self._client._read(call, response)

    def build(self, exchange: Exchange, headers: dict[str, str], deadline: Deadline) -> httpx2.Request:
        """The request of one attempt of ``exchange`` (credentials by audience, timeouts capped)."""
        return self._client._build(exchange, headers, deadline)  # type: ignore[no-any-return]
