"""What ``InferenceClient`` and ``AsyncInferenceClient`` share: everything but sending.

A call runs as a *plan* of the runtime (``hfhub_api._steps``): a generator that yields steps
(send a request, sleep, call the Hub through the Hub client) and receives their outcomes. It
chooses the provider, builds the requests, waits out a loading model, retries, polls a
queue and reads the answer, without doing any I/O itself; the runtime's drivers run it, as
they run Hub calls and file transfers. Credentials go only to the origins listed in
:meth:`_InferenceCore._credential_origins`, and to a server the caller named when
:meth:`_InferenceCore._headers_for` allows it.
"""

from __future__ import annotations

import dataclasses
import os
import re
import threading
from typing import TYPE_CHECKING, Any, Mapping

import httpx2
from hfhub_api._client_base import check_http_client, header_problem, origin_of
from hfhub_api._deadline import CONNECT_TIMEOUT, as_timeout, call_seconds
from hfhub_api._request import IDEMPOTENT_METHODS
from hfhub_api._retry import SAFE, UNSAFE, RetryPolicy, retried, server_delay
from hfhub_api._steps import Send, Sleep, Steps
from hfhub_api._types import UNSET

from .. import _logging
from .._auth import implicit_token_allowed, is_hugging_face_url, resolve_endpoint, resolve_token
from .._json import json_object
from .._offline import check_offline, offline_mode
from ..errors import (
    BadRequestError, HubError, InferenceTimeoutError, InvalidRequestError, InvalidResponseError, _scrub,
    error_for_response, error_for_transport, public_url,
)
from . import _providers
from ._call import BINARY, OUTPUTS, TaskCall
from ._inputs import Media, is_url, media_in, replace_media
from ._plan import PUBLIC, SERVER, Deadline, Exchange, Host, OpenedStream, Plan
from .._methods import name_methods
from ._tasks.chat import unused_parameters, without_parameters

if TYPE_CHECKING:
    from typing_extensions import Self  # typing.Self from Python 3.11

__all__ = ["_InferenceCore", "DEFAULT_ROUTER_URL", "DEFAULT_TIMEOUT", "DEFAULT_MAX_CONCURRENCY"]

DEFAULT_ROUTER_URL = "https://router.huggingface.co"
DEFAULT_TIMEOUT = 120.0
DEFAULT_MAX_CONCURRENCY = 100
_MODEL_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]*(/[A-Za-z0-9_.\-]+)?(:[A-Za-z0-9_.\-]+)?")
_KEEPALIVE = 20
# The first wait for a loading model; later requests ask the server to hold the answer
# until the model is ready (``X-wait-for-model``).
_LOADING_PAUSE = 1.0


class _InferenceCore:
    """Configuration and plans of an inference client; subclasses add the sending."""

    _http_client_type: type
    _limiter: Any = None  # the async client's max_concurrency slots (made on first use, or shared by from_hub)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        name_methods(cls)

    def __init__(
        self,
        model: str | None = None,
        token: str | bool | None = None,
        timeout: float | httpx2.Timeout | None = DEFAULT_TIMEOUT,
        headers: Mapping[str, str] | None = None,
        cookies: Mapping[str, str] | None = None,
        *,
        provider: str | None = None,
        bill_to: str | None = None,
        base_url: str | None = None,
        api_key: str | bool | None = None,
        http_client: httpx2.Client | httpx2.AsyncClient | None = None,
        endpoint: str | None = None,
        router_url: str | None = None,
        api_inference_url: str | None = None,
        revision: str | None = None,
        max_retries: int | RetryPolicy = 2,
        resend_posts: bool = False,
        max_concurrency: int = DEFAULT_MAX_CONCURRENCY,
        outputs: str = "huggingface_hub",
    ) -> None:
        _logging.configure()
        check_http_client(http_client, self._http_client_type, type(self).__name__)
        self.base_url = _check_url(base_url, "base_url")
        self.model = _check_model(model, served_by=self.base_url)
        if self.base_url is not None and is_url(self.model):
            raise ValueError("pass the server either as base_url or as a URL model, not both")
        self.provider = _check_provider("auto" if provider is None else provider)
        if (self.base_url is not None or is_url(self.model)) and self.provider not in ("auto", "hf-inference"):
            raise ValueError(f"provider={provider!r} cannot be used with a server URL: requests go to that server")
        if api_key is not None:
            if token is not None:
                raise ValueError("pass token or api_key (its other name), not both")
            token = api_key
        if bill_to is not None and (not isinstance(bill_to, str) or not bill_to.strip()):
            raise ValueError("bill_to must be the name of an organization")
        self.bill_to = bill_to
        # An httpx2.Timeout bounds each request as given; seconds bound the whole call.
        if timeout is not None and not isinstance(timeout, (int, float)):
            timeout = as_timeout(timeout)  # an httpx2.Timeout, or httpx's older one converted
        self._http_timeout = timeout if isinstance(timeout, httpx2.Timeout) else None
        if isinstance(timeout, httpx2.Timeout):
            timeout = call_seconds(timeout)  # the call's deadline is its largest value (None: reads unbounded)
        elif timeout is not None and (isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout <= 0):
            raise ValueError(f"timeout must be a positive number of seconds, an httpx2.Timeout or None, not {timeout!r}")
        self.timeout = float(timeout) if timeout is not None else None
        if revision is not None and (not isinstance(revision, str) or not revision.strip()):
            raise ValueError("revision must be a non-empty str (a branch, tag or commit sha)")
        self.revision = revision
        if outputs not in OUTPUTS:
            raise ValueError(f"outputs must be one of {', '.join(OUTPUTS)}, not {outputs!r}")
        self.outputs = outputs
        self.endpoint = resolve_endpoint(endpoint)
        self.router_url = _check_url(router_url, "router_url") or DEFAULT_ROUTER_URL
        legacy = api_inference_url if api_inference_url is not None else os.environ.get("HF_INFERENCE_ENDPOINT")
        self.api_inference_url = _check_url(legacy, "api_inference_url")
        if isinstance(max_concurrency, bool) or not isinstance(max_concurrency, int) or max_concurrency < 1:
            raise ValueError(f"max_concurrency must be a positive int, not {max_concurrency!r}")
        self.max_concurrency = max_concurrency
        _check_headers(headers, "header")
        _check_headers(cookies, "cookie")
        self._token = resolve_token(token)
        # A key given for a provider itself (not a Hugging Face token): calls go to that provider directly.
        self.provider_key = token if isinstance(token, str) and not token.startswith("hf_") else None
        self._retry = max_retries if isinstance(max_retries, RetryPolicy) else RetryPolicy(max_retries)
        self._resend_posts = bool(resend_posts)
        self._owns_http = http_client is None
        self._http_client = http_client
        self._http_lock = threading.Lock()
        # A token passed here (or ``True``: "use mine") may go to the server the caller names.
        self._set_headers(headers, cookies, explicit_token=isinstance(token, str) or token is True)
        self._mappings: dict[str, list[tuple[str, Any]]] = {}
        self._recommended: dict[str, str | None] | None = None
        self._unused_parameters: dict[str | None, list[str]] = {}
        self._hub_client: Any = None
        self._host = Host(self)  # all a provider sees of this client

    @classmethod
    def from_hub(cls, hub: Any, model: str | None = None, **options: Any) -> Self:
        """An inference client on ``hub``'s connections, token, endpoint, headers and retries (an
        ``AsyncInferenceClient`` from an ``AsyncHubClient`` also shares its ``max_concurrency`` slots:
        one bound for both)::

            with HubClient() as hub:
                InferenceClient.from_hub(hub, "openai/gpt-oss-120b").chat_completion(messages)

        ``options`` are this class's (``provider=``, ``timeout=``...). Closing it leaves the
        connections open: they close with ``hub``.
        """
        if not isinstance(hub._http, cls._http_client_type):
            raise TypeError(f"{cls.__name__}.from_hub needs a {'HubClient' if cls._http_client_type is httpx2.Client else 'AsyncHubClient'}")
        client = cls(model, **{**hub._inference_settings(), **options})
        if "max_concurrency" not in options and getattr(hub, "_slots", None) is not None:
            client._limiter = hub._slots
        return client

    # -- configuration --------------------------------------------------------------------
    @property
    def offline(self) -> bool:
        """``HF_HUB_OFFLINE`` is set now: nothing is sent, whatever the provider or server."""
        return offline_mode()

    @property
    def _http(self) -> Any:
        # Opened on first use: creating its TLS context is most of a client's construction time.
        # The lock makes threads that arrive together share one client.
        http = self._http_client
        if http is None:
            with self._http_lock:
                http = self._http_client
                if http is None:
                    http = self._http_client = self._new_http_client()
        return http

    @property
    def _call_timeout(self) -> httpx2.Timeout:
        if self._http_timeout is not None:
            return self._http_timeout
        if self.timeout is None:
            return httpx2.Timeout(None, connect=CONNECT_TIMEOUT)
        return as_timeout(self.timeout)

    def _new_http_client(self) -> Any:
        # httpx2's keep-alive default (20): each request checks every idle connection, so more costs time.
        limits = httpx2.Limits(max_connections=self.max_concurrency, max_keepalive_connections=_KEEPALIVE)
        return self._http_client_type(timeout=self._call_timeout, limits=limits)

    def _deadline(self) -> Deadline:
        """The deadline of one call: connecting, sending, reading, retries and every wait."""
        return Deadline(self._call_timeout)

    # What the runtime's drivers use (``hfhub_api._steps.Host``).
    _check_send = staticmethod(check_offline)
    _transmit = staticmethod(_logging.send)
    _atransmit = staticmethod(_logging.asend)

    def _sleep(self, seconds: float) -> None:
        self._retry.sleep(seconds)

    async def _async_sleep(self, seconds: float) -> None:
        await self._retry.async_sleep(seconds)

    def _set_headers(self, headers: Mapping[str, str] | None, cookies: Mapping[str, str] | None, explicit_token: bool) -> None:
        from .._hub_client import USER_AGENT

        self._user_headers = dict(headers) if headers else {}
        self._cookies = dict(cookies) if cookies else {}
        plain = {"User-Agent": USER_AGENT}
        credentials: dict[str, str] = {}
        for name, value in self._user_headers.items():
            lowered = name.lower()
            if lowered in ("authorization", "cookie"):
                credentials[name] = value  # sent like the token: to trusted origins only
                continue
            if lowered == "user-agent":
                plain.pop("User-Agent")
            plain[name] = value
        if self._token is not None and not any(k.lower() == "authorization" for k in credentials):
            credentials["Authorization"] = f"Bearer {self._token}"
        if self.bill_to is not None:
            credentials["X-HF-Bill-To"] = self.bill_to  # the organization billed: Hugging Face's hosts only
        if self._cookies:
            credentials["Cookie"] = "; ".join(f"{k}={v}" for k, v in self._cookies.items())
        self._plain_headers = plain
        self._auth_headers = {**plain, **credentials}
        self._download_headers = {"User-Agent": plain.get("User-Agent", USER_AGENT)}
        self._explicit_credentials = explicit_token or any(k.lower() == "authorization" for k in self._user_headers)
        self._secrets = _secrets_of(credentials, self._cookies)
        self._trusted = self._credential_origins()
        # Cookies can only have been given here: they also go where a found token may not (plain http).
        self._cookie_headers = {**plain, "Cookie": credentials["Cookie"]} if self._cookies else None
        self._cookie_origins = frozenset(origin_of(url) for url in self._configured_urls())

    def _configured_urls(self) -> list[str]:
        """Hugging Face's origins in use, as configured."""
        configured = [self.router_url, self.endpoint]
        if self.api_inference_url is not None:
            configured.append(self.api_inference_url)
        return configured

    def _credential_origins(self) -> frozenset[tuple[str, str, int | None]]:
        """Hugging Face's origins in use that get the token and cookies."""
        # A token found implicitly goes to them only over HTTPS and never to a Space; one given explicitly, always.
        origins = (origin_of(url) for url in self._configured_urls() if self._explicit_credentials or implicit_token_allowed(url))
        return frozenset(origin for origin in origins if origin is not None)

    def _headers_for(self, url: str, extra: Mapping[str, str] | None = None, named_server: bool = False) -> dict[str, str]:
        """Headers for ``url``, with credentials for a trusted origin or a server the caller named.

        A named server (``base_url``, a URL model) gets credentials passed to this client
        explicitly; a token found implicitly goes there only if Hugging Face runs it, over
        HTTPS (an Inference Endpoint; never a Space, never plain http). Cookies, always given
        explicitly, go to every Hugging Face origin in use and to a named server.
        """
        origin = origin_of(url)
        trusted = origin in self._trusted or (named_server and (self._explicit_credentials or is_hugging_face_url(url)))
        if trusted:
            base = self._auth_headers
        elif self._cookie_headers is not None and (named_server or origin in self._cookie_origins):
            base = self._cookie_headers  # cookies given to this client, without the token it may not send there
        else:
            base = self._plain_headers
        return {**base, **extra} if extra else base

    def _hub(self) -> Any:
        """The Hub client for lookups, sharing this client's connections (created on first use)."""
        if self._hub_client is None:
            from .._hub_client import AsyncHubClient, HubClient

            hub_type = HubClient if self._http_client_type is httpx2.Client else AsyncHubClient
            # A provider's own key (not an ``hf_`` token) is not the Hub's: lookups read HF_TOKEN or the token file.
            hub_token: str | bool | None = None if self.provider_key is not None else self._token
            if hub_token is not None and not (self._explicit_credentials or implicit_token_allowed(self.endpoint)):
                hub_token = False
            self._hub_client = hub_type(
                hub_token if hub_token is not None or self.provider_key is not None else False,
                self.endpoint,
                timeout=self.timeout if self.timeout is not None else UNSET,
                max_retries=self._retry,
                http_client=self._http,
            )
        return self._hub_client

    def _hub_model(self, model: str | None) -> str:
        """A Hub model id to look up: ``model``, else the client's."""
        found = _check_model(model) if model is not None else self.model
        if found is None:
            raise ValueError("pass model= (a Hub model id)")
        if is_url(found):
            raise ValueError(f"the Hub knows models by id, not by URL: {found!r}")
        return found

    def _listing_provider(self, provider: str | None) -> str:
        if provider is None:
            return "all" if self.provider == "auto" else self.provider
        if provider != "all" and (provider == "auto" or _check_provider(provider) != provider):
            raise ValueError(f"provider must be a provider name or 'all', not {provider!r}")
        return provider

    def _may_resend(self, exchange: Exchange) -> Any:
        if exchange.idempotent is not None:
            return SAFE if exchange.idempotent else UNSAFE
        return SAFE if exchange.method in IDEMPOTENT_METHODS or self._resend_posts else UNSAFE

    # -- plans ----------------------------------------------------------------------------
    def _plan(self, call: TaskCall[Any], deadline: Deadline) -> Plan:
        """The whole call: route, send, read; returns the typed result or an :class:`OpenedStream`."""
        if call.task == "conversational" and call.model is not None and is_url(self.model) and not is_url(call.model):
            # Chat goes to the client's own server first (huggingface_hub's ``self.model or model``):
            # the model the call names is the one that server is asked for.
            named = _check_model(call.model, served_by=self.model)
            call = dataclasses.replace(call, payload={"model": named, **call.payload}, model=None)
        model = _check_model(call.model, served_by=self.base_url) if call.model is not None else self.model
        if self.base_url is not None and is_url(model):
            raise ValueError("pass the server either as base_url or as a URL model, not both")
        if self.base_url is not None or is_url(model):
            provider_name = "self-hosted"
        else:
            provider_name = self.provider
            if model is None:
                if call.task is None:
                    raise ValueError("pass model= (a Hub model id or a URL), or task= to use the recommended model")
                from ._hub import recommended_model

                model = yield from recommended_model(self._host, call.task, deadline)
        provider = _providers.get(provider_name)
        call, result = yield from self._answer(provider, call, model, deadline)
        if isinstance(result, OpenedStream) or call.raw:
            return result
        try:
            typed = call.parse(result)
        except ValueError as exc:
            failure = InvalidResponseError(self._scrub(f"the server's answer could not be read: {exc}"))
        else:
            return typed if call.present is None or self.outputs == "typed" else call.present(typed)
        raise failure  # outside the handler: the parser's error quotes the answer, unscrubbed

    def _answer(self, provider: Any, call: TaskCall[Any], model: str | None, deadline: Deadline) -> Plan:
        """``(call, answer)``: a text generation refused by a server that names the parameters it does not
        use (not TGI) is sent once more without them, as are later ones for that model."""
        if call.task != "text-generation":
            return call, (yield from provider.plan(call, self._host, model, deadline))
        known = self._unused_parameters.get(model)
        if known:
            call = without_parameters(call, known)
        try:
            return call, (yield from provider.plan(call, self._host, model, deadline))
        except BadRequestError as refused:
            names = unused_parameters(refused)
            if known or not names:
                raise
        self._unused_parameters[model] = names
        call = without_parameters(call, names)
        return call, (yield from provider.plan(call, self._host, model, deadline))

    def _exchange(self, exchange: Exchange, deadline: Deadline) -> Plan:
        """Send ``exchange`` until it succeeds: waits out a loading model, retries what is safe to send again.

        A request that may have reached the application (a POST answered 500/502/504, or
        cut after it was sent) is sent again only if :meth:`_may_resend` allows it; a 429,
        a 503 "loading" or a 503 with ``Retry-After`` did not run it, so those are retried.
        Every wait fits in ``deadline``: a wait longer than the time left raises at once.
        Returns the response (unread if streamed); raises an ``hfhub.errors`` error otherwise.
        """
        headers = dict(exchange.headers)
        resend = self._may_resend(exchange)
        sent: httpx2.Request | None = None

        def attempt() -> Steps[httpx2.Response]:
            nonlocal sent
            while True:
                sent = self._build(exchange, headers, deadline)
                opened = sent.extensions["timeout"] if exchange.stream else None
                response: httpx2.Response = yield Send(sent, deadline, stream=exchange.stream, follow_redirects=True, open_timeouts=opened)
                if not (exchange.wait_for_model and _is_loading(response)):
                    return response
                left = deadline.left()
                if left is not None and left <= _LOADING_PAUSE:
                    raise _loading_timeout(response, deadline)
                yield Sleep(_LOADING_PAUSE)
                headers["X-wait-for-model"] = "1"

        def delay_after(response: httpx2.Response, retry: int) -> float | None:
            not_run = response.status_code == 429 or (response.status_code == 503 and (_is_loading(response) or _asks_to_wait(response)))
            return self._retry.after_response(SAFE if not_run else resend, response, retry)

        try:
            response = yield from retried(self._retry, resend, deadline, attempt, delay_after=delay_after)
        except httpx2.HTTPError as exc:
            raise _transport_failure(exc, sent) from exc
        if response.status_code >= 400:
            raise error_for_response(response)
        return response

    def _build(self, exchange: Exchange, headers: dict[str, str], deadline: Deadline) -> httpx2.Request:
        if exchange.audience == PUBLIC:
            sent = {**self._download_headers, **headers}
        else:
            sent = self._headers_for(exchange.url, headers, exchange.audience == SERVER)
        kwargs: dict[str, Any] = {"headers": sent, "params": exchange.params}
        if exchange.json is not UNSET:
            kwargs["json"] = exchange.json
        elif exchange.content is not None:
            kwargs["content"] = exchange.content
        try:
            request: httpx2.Request = self._http.build_request(exchange.method, exchange.url, **kwargs)
        except (httpx2.InvalidURL, UnicodeEncodeError) as exc:
            # Only a URL from a server's answer (a job, a file) can get here: the caller's are checked.
            raise InvalidRequestError(f"cannot send {exchange.method} to {exchange.url[:200]!r}: {type(exc).__name__}: {exc}") from None
        if deadline.expired():
            raise _expired(deadline)
        request.extensions["timeout"] = deadline.attempt_timeouts()
        return request

    def _download(self, url: str, deadline: Deadline) -> Plan:
        """The content at ``url`` (an output file, an input URL), fetched without credentials."""
        if not is_url(url):
            raise ValueError(f"expected an http(s) URL to download, got {url[:100]!r}")
        response = yield from self._exchange(Exchange("GET", url, audience=PUBLIC), deadline)
        return response.content

    def _with_content(self, payload: Any, deadline: Deadline) -> Plan:
        """``payload`` with every media URL replaced by its downloaded content."""
        replacements: dict[int, Media] = {}
        for item in media_in(payload):
            if item.url is not None and id(item) not in replacements:
                data = yield from self._download(item.url, deadline)
                replacements[id(item)] = item.with_data(data)
        return replace_media(payload, replacements) if replacements else payload

    def _pause(self, seconds: float, deadline: Deadline, waiting_for: str) -> Plan:
        """Wait between two polls of a queued job, within the call's time."""
        if not deadline.allows(seconds):
            raise InferenceTimeoutError(f"timed out after {deadline.seconds} s waiting for {waiting_for}")
        yield Sleep(seconds)

    def _read(self, call: TaskCall[Any], response: httpx2.Response) -> Any:
        """The body of a successful answer: bytes for binary outputs, decoded JSON otherwise."""
        if call.output == BINARY or call.raw:
            return response.content
        try:
            return response.json()
        except ValueError:  # also UnicodeDecodeError
            pass
        # Raised outside the handler: the decoder's error holds the whole body, unscrubbed.
        shown = self._scrub(repr(response.content[:200]))
        raise InvalidResponseError(
            f"the server answered {response.status_code} with "
            f"{response.headers.get('content-type', 'no content type')} that is not JSON: {shown}",
            status_code=response.status_code,
            url=public_url(response.request.url),
        )

    def _scrub(self, text: str) -> str:
        """``text`` without any credential this client sends (a server may echo them)."""
        return _scrub(text, self._secrets)

    def __repr__(self) -> str:
        where = self.base_url or self.model
        return f"<{type(self).__name__} model={where!r} provider={self.provider!r} authenticated={self._token is not None}>"


def _secrets_of(credentials: Mapping[str, str], cookies: Mapping[str, str]) -> list[str]:
    """Every credential value sent, whole and in parts: the longest first, so each is scrubbed entirely."""
    found = set(cookies.values())
    for value in credentials.values():
        found.add(value)
        found.add(value.partition(" ")[2].strip())
    return sorted((secret for secret in found if len(secret) >= 4), key=len, reverse=True)


def _check_headers(headers: Mapping[str, str] | None, kind: str) -> None:
    """Refuse what HTTP cannot carry, by the runtime's one header rule (never quoting a value: it may be a secret).

    The error is an ``InvalidRequestError``: a ``ValueError`` and an ``hfhub.errors`` error.
    """
    if headers is None:
        return
    if not isinstance(headers, Mapping):
        raise TypeError(f"{kind}s must be a mapping of names to values, not {type(headers).__name__}")
    for name, value in headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise TypeError(f"{kind} names and values must be str: {name!r} has a {type(value).__name__} value")
        problem = header_problem(name, value)
        if problem:
            raise InvalidRequestError(problem.replace("header", kind, 1))
        if kind == "cookie" and any(ch in value for ch in ";,"):
            raise InvalidRequestError(f"the value of cookie {name!r} cannot hold ';' or ','")


def _check_model(model: Any, served_by: str | None = None) -> str | None:
    """``model`` checked: a Hub id or a URL; for a ``base_url`` server, any name it serves (a path...)."""
    if model is None:
        return None
    if not isinstance(model, str):
        raise TypeError(f"model must be a str (a Hub model id or a URL), not {type(model).__name__}")
    if is_url(model):
        return _check_url(model, "model")
    if served_by is not None:
        if not model.strip():
            raise ValueError("model must not be empty")
        return model
    if not _MODEL_ID.fullmatch(model) or ".." in model:
        raise ValueError(f"invalid model {model!r}: expected a Hub model id like 'namespace/name' or an http(s) URL")
    return model


def _check_url(url: Any, name: str) -> str | None:
    if url is None:
        return None
    if not isinstance(url, str) or not is_url(url):
        raise ValueError(f"{name} must be an http(s) URL, not {url!r}")
    try:
        parsed = httpx2.URL(url)
    except httpx2.InvalidURL as exc:
        raise ValueError(f"{name} is not a valid URL: {exc}") from None
    if not parsed.host:
        raise ValueError(f"{name} has no host: {url!r}")
    return url.rstrip("/")


def _check_provider(provider: Any) -> str:
    return _providers.check(provider)


def _asks_to_wait(response: httpx2.Response) -> bool:
    return server_delay(response.headers, rate_limited=False) is not None


def _expired(deadline: Deadline) -> InferenceTimeoutError:
    return InferenceTimeoutError(f"the call did not complete within its timeout of {deadline.seconds} s")


def _is_loading(response: httpx2.Response) -> bool:
    if response.status_code != 503:
        return False
    try:
        body = response.json()
    except ValueError:
        return False
    fields = json_object(body)
    if fields is None:
        return False
    error = fields.get("error")
    return "estimated_time" in fields or (isinstance(error, str) and "loading" in error.lower())


def _loading_timeout(response: httpx2.Response, deadline: Deadline) -> InferenceTimeoutError:
    cause = error_for_response(response)
    return InferenceTimeoutError(
        f"model still loading after {deadline.seconds} s: {cause}",
        status_code=503,
        server_message=cause.server_message,
        request_id=cause.request_id,
        url=cause.url,
        response=response,
        request=cause.request,
    )


def _transport_failure(exc: Exception, request: httpx2.Request | None) -> HubError:
    error = error_for_transport(exc, request)
    if isinstance(exc, httpx2.TimeoutException):
        return InferenceTimeoutError(str(error), url=error.url, request=error.request)
    return error
