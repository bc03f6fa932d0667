"""``HubClient`` and ``AsyncHubClient``: the generated clients plus auth, retries, typed errors and a user agent.

Both share everything but sending and sleeping (:class:`_HubTransport`); the retry decisions
come from one :class:`~hfhub_api._retry.RetryPolicy`.
"""

from __future__ import annotations

import functools
import logging
import ssl
from typing import TYPE_CHECKING, Any, Mapping, TypeVar

import httpx2
import hfhub_api
from hfhub_api._client_base import DEFAULT_TIMEOUT, _Base, check_http_client, header_problem
from hfhub_api._errors import APIError
from hfhub_api._pagination import DEFAULT_MAX_PAGES
from hfhub_api._request import BINARY, Request, Timeout, check_headers, merge_headers, with_options
from hfhub_api._types import UNSET

from ._auth import implicit_token_allowed, resolve_endpoint, resolve_token
from . import _logging
from ._logging import logger
from ._offline import check_offline, offline_mode
from hfhub_api._retry import RetryPolicy
from ._user_agent import USER_AGENT, build_user_agent
from .errors import (
    HubError,
    InvalidRequestError,
    error_for_response,
    error_for_transport,
    error_of_kind,
    public_url,
)

if TYPE_CHECKING:
    from typing_extensions import Self  # typing.Self from Python 3.11

__all__ = ["HubClient", "AsyncHubClient", "USER_AGENT", "DEFAULT_MAX_CONCURRENCY"]

# Requests one AsyncHubClient keeps in flight at once. More does not serve a Hub that rate-limits
# per token, and costs CPU: httpx2 scans every pooled connection for each request.
DEFAULT_MAX_CONCURRENCY = 16

# Resources whose generated class the overlay extends (hfhub._repo_resources).
_OVERLAY_RESOURCE_NAMES = frozenset({"models", "datasets", "spaces", "repos"})

H = TypeVar("H", bound="httpx2.Client | httpx2.AsyncClient")


class _HubTransport(_Base[H]):
    """Configuration, credentials and errors shared by the sync and async clients."""

    _http_client_type: type[H]

    def __init__(
        self,
        token: str | bool | None = None,
        endpoint: str | None = None,
        *,
        timeout: float | httpx2.Timeout | None = UNSET,
        max_retries: int | RetryPolicy = 2,
        max_pages: int = DEFAULT_MAX_PAGES,
        headers: Mapping[str, str] | None = None,
        http_client: H | None = None,
        library_name: str | None = None,
        library_version: str | None = None,
        user_agent: str | Mapping[str, object] | None = None,
    ) -> None:
        """A client for the Hub at ``endpoint`` (default ``HF_ENDPOINT``, else ``https://huggingface.co``).

        ``token``: a token, ``False`` to send none, ``None`` to use ``HF_TOKEN`` or the
        token file of the Hugging Face cache. It is sent only to the endpoint's own origin.
        ``timeout``: the deadline of each call in seconds, covering connecting (at most 10 s),
        reading, every retry and every wait between them; 60 s by default (the timeout of
        ``http_client`` when one is given). An ``httpx2.Timeout`` sets each operation, the call's
        deadline is its largest value. ``None``: no deadline at all. A call whose server asks to
        wait longer than the time left (``Retry-After``) fails at once. Event streams have no
        deadline once they answered: ``timeout`` bounds the wait between two reads.
        ``max_retries``: retries of a failed idempotent request (or a :class:`RetryPolicy`).
        ``max_pages``: pages one listing may read (10,000) before raising ``PaginationError``.
        ``headers``: sent with every request to the endpoint (never to another origin); a
        ``User-Agent`` here replaces ours.
        ``http_client``: your own httpx2 client, used as is and never closed by this one.
        ``library_name``, ``library_version``, ``user_agent`` (a str or a dict of ``name: version``):
        the calling library in the user agent, as huggingface_hub writes it, followed by
        ``HF_HUB_USER_AGENT_ORIGIN`` when set. With ``HF_HUB_OFFLINE=1`` every call raises
        :class:`~hfhub.errors.OfflineModeError` before sending.
        """
        check_http_client(http_client, self._http_client_type, type(self).__name__)
        # Everything that can be refused is checked before an HTTP client is opened.
        _logging.configure()
        endpoint = resolve_endpoint(endpoint)
        self._token = resolve_token(token)
        self._token_given = token is not None and token is not False
        if token is None and not implicit_token_allowed(endpoint):
            self._token = None  # a token found implicitly never travels over plain http, nor to a Space
        self._retry = max_retries if isinstance(max_retries, RetryPolicy) else RetryPolicy(max_retries)
        try:
            self._given_headers = check_headers(headers) if headers else None
        except ValueError as exc:
            raise InvalidRequestError(str(exc)) from None
        self._user_agent_parts = (library_name, library_version, user_agent)
        own_headers, authorization = _compose_headers(self._given_headers, build_user_agent(*self._user_agent_parts))
        if authorization is None and self._token is not None:
            authorization = f"Bearer {self._token}"
        if authorization is not None:
            problem = header_problem("Authorization", authorization)
            if problem:
                raise InvalidRequestError(problem + " (check the token)")
        if timeout is UNSET:
            timeout = DEFAULT_TIMEOUT if http_client is None else http_client.timeout
        super().__init__(endpoint, headers=own_headers, timeout=timeout, max_pages=max_pages, http_client=http_client)
        self._auth_headers = self._headers if authorization is None else {**self._headers, "Authorization": authorization}
        # Another origin (a Link elsewhere) gets our user agent and nothing the caller set.
        own_agent = build_user_agent(*self._user_agent_parts)
        self._foreign_headers = {"User-Agent": own_agent} if own_headers.get("User-Agent") == own_agent else {}

    @property
    def max_retries(self) -> int:
        return self._retry.max_retries

    def with_options(
        self,
        *,
        max_retries: int | RetryPolicy | None = None,
        timeout: float | httpx2.Timeout | None = UNSET,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy of this client with other per-call options, sharing its HTTP connections::

            hub.with_options(max_retries=0).models.list_refs("openai-community/gpt2")
            hub.with_options(timeout=120).models.list_commits("openai-community/gpt2")
            hub.with_options(headers={"X-Trace": "1"}).users.whoami()

        ``headers`` are added to this client's (replacing any of the same name, in any case).

        Closing the copy leaves the shared connections open; they close with this client.
        """
        if max_retries is None:
            retry = self._retry
        elif isinstance(max_retries, RetryPolicy):
            retry = max_retries
        else:
            retry = self._retry.replace(max_retries=max_retries)
        library_name, library_version, user_agent = self._user_agent_parts
        copy = type(self)(
            self._token if self._token is not None else False,
            self.base_url,
            timeout=self._timeout if timeout is UNSET else timeout,
            max_retries=retry,
            max_pages=self.max_pages,
            headers=_merge_headers(self._given_headers, headers),
            http_client=self._http,
            library_name=library_name,
            library_version=library_version,
            user_agent=user_agent,
        )
        copy._share_limits(self)
        return copy

    def _share_limits(self, other: _HubTransport[Any]) -> None:
        """A copy made by ``with_options`` shares what bounds the connections of ``other``."""

    def _inference_settings(self) -> dict[str, Any]:
        """What an inference client made from this one (``InferenceClient.from_hub``) takes from it: token
        (found the same way when this one found it), endpoint, headers, retries, its connections and (async) its slots."""
        settings = {
            "token": self._token if self._token_given else None if self._token is not None else False,
            "endpoint": self.base_url,
            "headers": self._given_headers,
            "max_retries": self._retry,
            "http_client": self._http,
        }
        slots = getattr(self, "_slots", None)
        if slots is not None:
            settings["max_concurrency"] = getattr(self, "max_concurrency")
        return settings

    def _custom_request(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None,
        json: Any,
        content: bytes | None,
        headers: Mapping[str, str] | None,
        timeout: Timeout,
    ) -> Request[bytes]:
        """The :class:`Request` of :meth:`request`, checked before anything is sent."""
        if not isinstance(method, str) or not method.isalpha():
            raise ValueError(f"method must be an HTTP method like 'GET', not {method!r}")
        if not isinstance(path, str):
            raise TypeError(f"path must be a str, not {type(path).__name__}")
        if path.startswith(("http://", "https://")):
            if not path.startswith(self.base_url + "/"):
                raise ValueError(f"request() sends only to the endpoint {self.base_url}, not to {public_url(httpx2.URL(path))}")
            path = path[len(self.base_url) :]
        elif not path.startswith("/"):
            raise ValueError(f"path must start with '/' (relative to {self.base_url}), not {path!r}")
        if json is not None and content is not None:
            raise ValueError("request() takes json or content, not both")
        if content is not None and not isinstance(content, (bytes, bytearray)):
            raise TypeError(f"content must be bytes, not {type(content).__name__}")
        path, _, query_string = path.partition("?")  # httpx2 would drop a query in the URL when given params
        request = Request[bytes](
            method.upper(),
            path,
            params=_merge_query(query_string, params),
            json=UNSET if json is None else json,
            content=bytes(content) if content is not None else None,
            kind=BINARY,
        )
        return with_options(request, extra_headers=headers, timeout=timeout)

    @property
    def offline(self) -> bool:
        """``HF_HUB_OFFLINE`` is set now: nothing is sent, on any path (read at each call, as the environment may change)."""
        return offline_mode()

    def _origin_headers(self) -> dict[str, str]:
        return self._auth_headers

    _check_send = staticmethod(check_offline)
    _transmit = staticmethod(_logging.send)
    _atransmit = staticmethod(_logging.asend)

    def _error(self, kind: type[APIError], message: str, **details: Any) -> HubError:
        return error_of_kind(kind, message, **details)

    _flavour = "sync"

    def __getattr__(self, name: str) -> Any:
        if name in _OVERLAY_RESOURCE_NAMES:
            from ._repo_resources import RESOURCES

            resource = RESOURCES[self._flavour][name](self)
            self.__dict__[name] = resource
            return resource
        return super().__getattr__(name)  # type: ignore[misc]

    def _status_error(self, response: httpx2.Response) -> HubError:
        return error_for_response(response)

    def _transport_error(self, exc: Exception, request: httpx2.Request | None = None) -> HubError:
        return error_for_transport(exc, request)

    def _log_retry(self, http_request: httpx2.Request | None, delay: float, retry: int, reason: object) -> None:
        if http_request is not None and logger.isEnabledFor(logging.INFO):
            logger.info(
                "Retrying %s %s in %.2f s (retry %d of %d) after %s",
                http_request.method,
                public_url(http_request.url),
                delay,
                retry + 1,
                self._retry.max_retries,
                reason,
            )

    def __repr__(self) -> str:
        authenticated = "Authorization" in self._auth_headers
        return (
            f"<{type(self).__name__} endpoint={self.base_url!r} authenticated={authenticated} "
            f"max_retries={self._retry.max_retries}>"
        )


def _merge_headers(base: Mapping[str, str] | None, changes: Mapping[str, str] | None) -> dict[str, str] | None:
    if not changes:
        return dict(base) if base else None
    return merge_headers(base or {}, check_headers(changes))


def _merge_query(query_string: str, params: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The query of a path (repeated names kept) updated by ``params``."""
    merged: dict[str, Any] = {}
    for name, value in httpx2.QueryParams(query_string).multi_items():
        merged.setdefault(name, []).append(value)
    merged.update(params or {})
    return merged or None


def _compose_headers(given: Mapping[str, str] | None, user_agent: str = USER_AGENT) -> tuple[dict[str, str], str | None]:
    """Headers for every request (our user agent unless replaced), and a given ``Authorization`` apart."""
    headers = {"User-Agent": user_agent}
    authorization = None
    for name, value in (given or {}).items():
        problem = header_problem(name, value)
        if problem:
            raise InvalidRequestError(problem)
        lowered = name.lower()
        if lowered == "authorization":
            authorization = value  # kept with the token, so it is sent to the endpoint only
            continue
        if lowered == "user-agent":
            del headers["User-Agent"]
        headers[name] = value
    return headers, authorization


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    """One verifying TLS context for every client this process opens: each costs 20-100 ms to build."""
    return httpx2.create_ssl_context()


class HubClient(_HubTransport[httpx2.Client], hfhub_api.Client):
    """The Hugging Face Hub: every API operation as a typed method, grouped by resource.

    ::

        with HubClient() as hub:
            for ref in hub.models.list_refs("openai-community/gpt2").branches:
                ...

    Each call ends within ``timeout`` (60 s by default), retries included; one client may be
    shared by threads.
    """

    _http_client_type = httpx2.Client
    if TYPE_CHECKING:
        from ._repo_resources import DatasetsResource, ModelsResource, RawResources, SpacesResource
        from ._repos import ReposResource

        @property
        def models(self) -> ModelsResource: ...
        @property
        def datasets(self) -> DatasetsResource: ...
        @property
        def spaces(self) -> SpacesResource: ...
        # hub.repos is the overlay's (repository id first, exist_ok...): not a subclass of the generated class.
        @property
        def repos(self) -> ReposResource: ...  # type: ignore[override]  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def with_raw_response(self) -> RawResources: ...

    def _new_http_client(self, timeout: httpx2.Timeout) -> httpx2.Client:
        return httpx2.Client(timeout=timeout, verify=_ssl_context())

    def __enter__(self) -> Self:
        return self

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        content: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: Timeout = UNSET,
    ) -> httpx2.Response:
        """Any endpoint the generated methods lack, with the same token, retries and errors::

            response = hub.request("GET", "/api/models/openai-community/gpt2/xet-read-token/main")
            response.json()

        ``path`` is relative to the endpoint (or a full URL under it: nothing else is sent
        to). Returns the ``httpx2.Response``, read in full; a 4xx/5xx raises an
        ``hfhub.errors`` error; idempotent methods are retried like every other call.
        """
        return self._execute(self._custom_request(method, path, params, json, content, headers, timeout))


class AsyncHubClient(_HubTransport[httpx2.AsyncClient], hfhub_api.AsyncClient):
    """The Hugging Face Hub with ``async``/``await``: the same operations as :class:`HubClient`.

    ::

        async with AsyncHubClient() as hub:
            refs = await hub.models.list_refs("openai-community/gpt2")

    At most ``max_concurrency`` requests of one client are in flight at once (16 by default,
    each with a kept-alive connection); the other calls wait their turn inside their deadline,
    so thousands of calls gathered at once all complete.
    """

    _http_client_type = httpx2.AsyncClient
    _flavour = "async"
    if TYPE_CHECKING:
        from ._repo_resources import AsyncDatasetsResource, AsyncModelsResource, AsyncRawResources, AsyncSpacesResource
        from ._repos import AsyncReposResource

        @property
        def models(self) -> AsyncModelsResource: ...
        @property
        def datasets(self) -> AsyncDatasetsResource: ...
        @property
        def spaces(self) -> AsyncSpacesResource: ...
        @property
        def repos(self) -> AsyncReposResource: ...  # type: ignore[override]  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def with_raw_response(self) -> AsyncRawResources: ...

    def __init__(
        self,
        token: str | bool | None = None,
        endpoint: str | None = None,
        *,
        timeout: float | httpx2.Timeout | None = UNSET,
        max_retries: int | RetryPolicy = 2,
        max_pages: int = DEFAULT_MAX_PAGES,
        headers: Mapping[str, str] | None = None,
        http_client: httpx2.AsyncClient | None = None,
        library_name: str | None = None,
        library_version: str | None = None,
        user_agent: str | Mapping[str, object] | None = None,
        max_concurrency: int = DEFAULT_MAX_CONCURRENCY,
    ) -> None:
        """As :class:`HubClient`, plus ``max_concurrency``: requests in flight at once (16).

        The same bound holds across ``with_options`` copies; with your own ``http_client``, keep
        its pool at least this large.
        """
        if not isinstance(max_concurrency, int) or isinstance(max_concurrency, bool) or max_concurrency < 1:
            raise ValueError(f"max_concurrency must be a positive int, not {max_concurrency!r}")
        super().__init__(
            token, endpoint, timeout=timeout, max_retries=max_retries, max_pages=max_pages, headers=headers, http_client=http_client,
            library_name=library_name, library_version=library_version, user_agent=user_agent,
        )
        import anyio  # a dependency of httpx2, loaded when an async client is made

        self.max_concurrency = max_concurrency
        self._slots = anyio.Semaphore(max_concurrency)

    def _share_limits(self, other: _HubTransport[Any]) -> None:
        if isinstance(other, AsyncHubClient):
            self.max_concurrency, self._slots = other.max_concurrency, other._slots

    def _new_http_client(self, timeout: httpx2.Timeout) -> httpx2.AsyncClient:
        # One kept-alive connection per slot: no connection is opened and closed again under load.
        limits = httpx2.Limits(max_connections=max(100, self.max_concurrency), max_keepalive_connections=self.max_concurrency)
        return httpx2.AsyncClient(timeout=timeout, verify=_ssl_context(), limits=limits)

    async def __aenter__(self) -> Self:
        return self

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        content: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: Timeout = UNSET,
    ) -> httpx2.Response:
        """Any endpoint the generated methods lack (async form of :meth:`HubClient.request`)."""
        return await self._execute(self._custom_request(method, path, params, json, content, headers, timeout))
