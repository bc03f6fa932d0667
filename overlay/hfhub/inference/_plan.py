"""The vocabulary of an inference call's plan, shared by the clients, the providers and the Hub lookups.

A plan is a generator that yields steps (:class:`Send`, :class:`Sleep`, :class:`HubCall`) and
receives their outcomes; providers describe their requests as :class:`Exchange` and reach the
client only through :class:`Host`. Nothing here imports the client or the providers, so every
module of the package can import this one without a cycle.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generator, Protocol

import httpx2
from hfhub_api._types import UNSET

from ..errors import InferenceTimeoutError

if TYPE_CHECKING:
    from hfhub_api._request import Request

    from ._call import TaskCall

__all__ = ["Plan", "Send", "Sleep", "HubCall", "Exchange", "OpenedStream", "Budget", "Host", "HF", "SERVER", "PUBLIC"]

HF, SERVER, PUBLIC = "hf", "server", "public"
Plan = Generator[Any, Any, Any]


class Send:
    """Send ``request``; the outcome is its ``httpx2.Response`` (read unless ``stream``) or the transport error."""

    __slots__ = ("request", "stream")

    def __init__(self, request: httpx2.Request, stream: bool) -> None:
        self.request = request
        self.stream = stream


class Sleep:
    __slots__ = ("seconds",)

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds


class HubCall:
    """Send a Hub API request through the Hub client (retries, errors, its own credentials rule)."""

    __slots__ = ("request", "paginate")

    def __init__(self, request: Request[Any], paginate: bool = False) -> None:
        self.request = request
        self.paginate = paginate


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


class Budget:
    """The time left for one call (``None``: no limit)."""

    __slots__ = ("timeout", "deadline")

    def __init__(self, timeout: float | None) -> None:
        self.timeout = timeout
        self.deadline = None if timeout is None else time.monotonic() + timeout

    def remaining(self) -> float | None:
        if self.deadline is None:
            return None
        return max(0.0, self.deadline - time.monotonic())

    def expired(self) -> InferenceTimeoutError:
        return InferenceTimeoutError(f"the call did not complete within its timeout of {self.timeout} s")


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

    def _exchange(self, exchange: Exchange, budget: Budget) -> Plan: ...
    def _download(self, url: str, budget: Budget) -> Plan: ...
    def _with_content(self, payload: Any, budget: Budget) -> Plan: ...
    def _pause(self, seconds: float, budget: Budget, waiting_for: str) -> Plan: ...
    def _read(self, call: TaskCall[Any], response: httpx2.Response) -> Any: ...
    def _build(self, exchange: Exchange, headers: dict[str, str], budget: Budget) -> httpx2.Request: ...
