"""One file call's request options: the client seen with the call's own timeout and extra headers."""

from __future__ import annotations

from typing import Any, Mapping

import httpx2
from hfhub_api._deadline import as_timeout
from hfhub_api._raw_response import RawSender
from hfhub_api._request import Request, merge_headers, with_options
from hfhub_api._types import UNSET

__all__ = ["CallClient", "for_call", "timeout_of", "is_raw"]


class CallClient:
    """Stands in for the client during one file call, as the client would with these options.

    ``timeout`` replaces the client's for every request of the call (each request's deadline, and
    the wait a moving body renews); ``extra_headers`` join the client's headers wherever the
    client sends its own, on the Hub's origin, never to a CDN or storage URL. Everything else is
    the client's own (its connections, retries, credentials, slots).
    """

    __slots__ = ("_client", "_extra_headers", "_timeout_option", "_timeout")

    def __init__(self, client: Any, extra_headers: Mapping[str, str] | None, timeout: Any) -> None:
        checked = with_options(Request[Any]("GET", ""), extra_headers, timeout=timeout)  # a bad header or timeout: refused now
        self._client = client
        self._extra_headers = checked.headers
        self._timeout_option = timeout
        self._timeout = client._timeout if timeout is UNSET else as_timeout(timeout)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)

    def _headers_for(self, url: str, request: Request[Any]) -> Any:
        if self._extra_headers:
            # the operation's own headers lose to the caller's, as with_options has them
            request = Request[Any]("GET", "", headers=merge_headers(request.headers or {}, self._extra_headers))
        return self._client._headers_for(url, request)

    def _call(self, request: Request[Any], url: str | None = None, **kwargs: Any) -> Any:
        """The client's call plan (what a :class:`~hfhub_api._steps.Call` step runs), with this call's options."""
        timeout = self._timeout_option if request.timeout is UNSET else UNSET  # a plan's own (etag_timeout) stays
        return self._client._call(with_options(request, self._extra_headers, timeout=timeout), url, **kwargs)


def for_call(client: Any, extra_headers: Mapping[str, str] | None, timeout: Any) -> Any:
    """``client`` for one call with these options (the client itself when none is given)."""
    if extra_headers is None and timeout is UNSET:
        return client
    return CallClient(client, extra_headers, timeout)


def timeout_of(value: Any) -> httpx2.Timeout | None:
    """A timeout argument checked as every call checks it (``etag_timeout``); ``None`` when not given."""
    if value is UNSET:
        return None
    return as_timeout(with_options(Request[Any]("GET", ""), timeout=value).timeout)


def is_raw(client: Any) -> bool:
    """Whether the resource was reached through ``with_raw_response`` (its client is then the raw sender)."""
    return isinstance(client, RawSender)
