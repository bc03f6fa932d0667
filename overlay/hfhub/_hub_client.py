"""``HubClient`` and ``AsyncHubClient``: the generated clients plus auth, retries, typed errors and a user agent.

Both share everything but sending and sleeping (:class:`_HubTransport`); the retry decisions
come from one :class:`~hfhub._retry.RetryPolicy`.
"""

from __future__ import annotations

import functools
import logging
import ssl
import sys
from typing import TYPE_CHECKING, Any, Mapping, Self

import httpx
import hfhub_api
from hfhub_api._client_base import DEFAULT_TIMEOUT, _Base
from hfhub_api._request import Request
from hfhub_api._types import UNSET

from . import __version__
from ._auth import resolve_endpoint, resolve_token
from ._retry import RetryPolicy
from .errors import HubError, error_for_response, error_for_transport, public_url

__all__ = ["HubClient", "AsyncHubClient", "USER_AGENT"]

# Resources whose generated class the overlay extends (hfhub._repo_resources).
_OVERLAY_RESOURCE_NAMES = frozenset({"models", "datasets", "spaces"})

USER_AGENT = "hfhub/{}; python/{}.{}.{}".format(__version__, *sys.version_info[:3])

logger = logging.getLogger("hfhub")


class _HubTransport(_Base):
    """Configuration, credentials and errors shared by the sync and async clients."""

    _http_client_type: type

    def __init__(
        self,
        token: str | bool | None = None,
        endpoint: str | None = None,
        *,
        timeout: float | httpx.Timeout | None = UNSET,
        max_retries: int | RetryPolicy = 2,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
    ) -> None:
        """A client for the Hub at ``endpoint`` (default ``HF_ENDPOINT``, else ``https://huggingface.co``).

        ``token``: a token, ``False`` to send none, ``None`` to use ``HF_TOKEN`` or the
        token file of the Hugging Face cache. It is sent only to the endpoint's own origin.
        ``timeout``: seconds or an ``httpx.Timeout``, ``None`` for none; by default 30 s
        (10 s to connect), or the timeout of ``http_client`` when one is given.
        ``max_retries``: retries of a failed idempotent request (or a :class:`RetryPolicy`).
        ``headers``: sent with every request; a ``User-Agent`` here replaces ours.
        ``http_client``: your own httpx client, used as is and never closed by this one.
        """
        if http_client is not None and not isinstance(http_client, self._http_client_type):
            raise TypeError(
                f"{type(self).__name__} needs an {self._http_client_type.__qualname__} as http_client, "
                f"not {type(http_client).__name__}"
            )
        # Everything that can be refused is checked before an HTTP client is opened.
        endpoint = resolve_endpoint(endpoint)
        base = httpx.URL(endpoint)
        self._token = resolve_token(token)
        self._retry = max_retries if isinstance(max_retries, RetryPolicy) else RetryPolicy(max_retries)
        self._given_headers = dict(headers) if headers else None
        own_headers, authorization = _compose_headers(self._given_headers)
        # With a client of its own, the timeout is that client's; with the caller's, it is set per request.
        self._call_timeout = UNSET if http_client is None else timeout
        self._timeout_extension = None if self._call_timeout is UNSET else httpx.Timeout(timeout).as_dict()
        owned_timeout = DEFAULT_TIMEOUT if timeout is UNSET else timeout
        super().__init__(endpoint, headers=own_headers, timeout=owned_timeout, http_client=http_client)
        if authorization is None and self._token is not None:
            authorization = f"Bearer {self._token}"
        self._auth_headers = self._headers if authorization is None else {**self._headers, "Authorization": authorization}
        self._origin = (base.scheme, base.host, base.port)
        self._origin_prefix = f"{base.scheme}://{base.netloc.decode('ascii')}/"

    @property
    def max_retries(self) -> int:
        return self._retry.max_retries

    def with_options(
        self,
        *,
        max_retries: int | RetryPolicy | None = None,
        timeout: float | httpx.Timeout | None = UNSET,
    ) -> Self:
        """A copy of this client with other per-call options, sharing its HTTP connections::

            hub.with_options(max_retries=0).models.list_refs("openai-community/gpt2")
            hub.with_options(timeout=120).models.list_commits("openai-community/gpt2")

        Closing the copy leaves the shared connections open; they close with this client.
        """
        if max_retries is None:
            retry = self._retry
        elif isinstance(max_retries, RetryPolicy):
            retry = max_retries
        else:
            retry = self._retry.replace(max_retries=max_retries)
        return type(self)(
            self._token if self._token is not None else False,
            self.base_url,
            timeout=self._call_timeout if timeout is UNSET else timeout,
            max_retries=retry,
            headers=self._given_headers,
            http_client=self._http,
        )

    def _headers_for(self, url: str, request: Request[Any]) -> dict[str, str]:
        if url.startswith(self._origin_prefix) or self._same_origin(url):
            headers = self._auth_headers
        else:
            headers = self._headers
        extra = request.headers
        return {**headers, **extra} if extra else headers

    def _same_origin(self, url: str) -> bool:
        try:
            parsed = httpx.URL(url)
        except httpx.InvalidURL:
            return False
        return (parsed.scheme, parsed.host, parsed.port) == self._origin

    def _build(self, request: Request[Any], url: str | None) -> httpx.Request:
        http_request = super()._build(request, url)
        if self._timeout_extension is not None:
            http_request.extensions["timeout"] = self._timeout_extension
        return http_request

    _flavour = "sync"

    def __getattr__(self, name: str) -> Any:
        if name in _OVERLAY_RESOURCE_NAMES:
            from ._repo_resources import RESOURCES

            resource = RESOURCES[self._flavour][name](self)
            self.__dict__[name] = resource
            return resource
        return super().__getattr__(name)  # type: ignore[misc]

    def _status_error(self, response: httpx.Response) -> HubError:
        return error_for_response(response)

    def _transport_error(self, exc: Exception, request: httpx.Request | None = None) -> HubError:
        return error_for_transport(exc, request)

    def _log_retry(self, http_request: httpx.Request, delay: float, retry: int, reason: object) -> None:
        if logger.isEnabledFor(logging.INFO):
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


def _compose_headers(given: Mapping[str, str] | None) -> tuple[dict[str, str], str | None]:
    """Headers for every request (our user agent unless replaced), and a given ``Authorization`` apart."""
    headers = {"User-Agent": USER_AGENT}
    authorization = None
    for name, value in (given or {}).items():
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
    return httpx.create_ssl_context()


class HubClient(_HubTransport, hfhub_api.Client):
    """The Hugging Face Hub: every API operation as a typed method, grouped by resource.

    ::

        with HubClient() as hub:
            for ref in hub.models.list_refs("openai-community/gpt2").branches:
                ...
    """

    _http_client_type = httpx.Client
    if TYPE_CHECKING:
        from ._repo_resources import DatasetsResource, ModelsResource, SpacesResource

        @property
        def models(self) -> ModelsResource: ...
        @property
        def datasets(self) -> DatasetsResource: ...
        @property
        def spaces(self) -> SpacesResource: ...

    def _new_http_client(self, timeout: Any) -> httpx.Client:
        return httpx.Client(timeout=timeout, verify=_ssl_context())

    def __enter__(self) -> Self:
        return self

    def _execute(self, request: Request[Any], url: str | None = None, *, stream: bool = False) -> httpx.Response:
        """Send ``request``, again after a retryable failure; raise an ``hfhub.errors`` error if it fails."""
        policy = self._retry
        retry = 0
        while True:
            http_request = self._build(request, url)
            try:
                response = self._http.send(http_request, stream=stream, follow_redirects=True)
            except httpx.TransportError as exc:
                delay = policy.after_error(request, exc, retry)
                if delay is None:
                    raise self._transport_error(exc, http_request) from exc
                reason: object = type(exc).__name__
            except httpx.RequestError as exc:
                raise self._transport_error(exc, http_request) from exc
            else:
                if response.status_code < 400:
                    return response
                delay = policy.after_response(request, response, retry)
                if delay is None:
                    if stream:
                        _read_and_close(response)
                    raise self._status_error(response)
                response.close()
                reason = response.status_code
            self._log_retry(http_request, delay, retry, reason)
            policy.sleep(delay)
            retry += 1


class AsyncHubClient(_HubTransport, hfhub_api.AsyncClient):
    """The Hugging Face Hub with ``async``/``await``: the same operations as :class:`HubClient`.

    ::

        async with AsyncHubClient() as hub:
            refs = await hub.models.list_refs("openai-community/gpt2")
    """

    _http_client_type = httpx.AsyncClient
    _flavour = "async"
    if TYPE_CHECKING:
        from ._repo_resources import AsyncDatasetsResource, AsyncModelsResource, AsyncSpacesResource

        @property
        def models(self) -> AsyncModelsResource: ...
        @property
        def datasets(self) -> AsyncDatasetsResource: ...
        @property
        def spaces(self) -> AsyncSpacesResource: ...

    def _new_http_client(self, timeout: Any) -> httpx.AsyncClient:
        return httpx.AsyncClient(timeout=timeout, verify=_ssl_context())

    async def __aenter__(self) -> Self:
        return self

    async def _execute(self, request: Request[Any], url: str | None = None, *, stream: bool = False) -> httpx.Response:
        """Send ``request``, again after a retryable failure; raise an ``hfhub.errors`` error if it fails."""
        policy = self._retry
        retry = 0
        while True:
            http_request = self._build(request, url)
            try:
                response = await self._http.send(http_request, stream=stream, follow_redirects=True)
            except httpx.TransportError as exc:
                delay = policy.after_error(request, exc, retry)
                if delay is None:
                    raise self._transport_error(exc, http_request) from exc
                reason: object = type(exc).__name__
            except httpx.RequestError as exc:
                raise self._transport_error(exc, http_request) from exc
            else:
                if response.status_code < 400:
                    return response
                delay = policy.after_response(request, response, retry)
                if delay is None:
                    if stream:
                        await _aread_and_close(response)
                    raise self._status_error(response)
                await response.aclose()
                reason = response.status_code
            self._log_retry(http_request, delay, retry, reason)
            await policy.async_sleep(delay)
            retry += 1


def _read_and_close(response: httpx.Response) -> None:
    """Read an error's body for its message; a body that breaks off still leaves the status to report."""
    try:
        response.read()
    except httpx.TransportError:
        pass
    finally:
        response.close()


async def _aread_and_close(response: httpx.Response) -> None:
    try:
        await response.aread()
    except httpx.TransportError:
        pass
    finally:
        await response.aclose()
