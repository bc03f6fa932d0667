"""The errors a generated client raises; ``hfhub.errors`` refines them into a full hierarchy."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    import httpx2

__all__ = ["APIError", "InvalidRequestError", "InvalidResponseError", "PaginationError", "server_message_of", "request_id_of"]


class APIError(Exception):
    """An API call failed: ``status_code`` is ``None`` when no response was received."""

    status_code: int | None = None

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        server_message: str | None = None,
        request_id: str | None = None,
        url: str | None = None,
        response: httpx2.Response | None = None,
    ) -> None:
        super().__init__(message)
        if status_code is not None:
            self.status_code = status_code
        self.server_message = server_message
        self.request_id = request_id
        self.url = url
        self.response = response

    @classmethod
    def from_response(cls, response: httpx2.Response, **extra: Any) -> APIError:
        """An error for an answered request whose status is 4xx or 5xx."""
        server_message = server_message_of(response)
        request_id = request_id_of(response)
        url = str(response.request.url.copy_with(query=None))
        text = f"{response.status_code} {response.reason_phrase} for {response.request.method} {url}"
        if server_message:
            text += f": {server_message}"
        if request_id:
            text += f" (request id {request_id})"
        return cls(
            text,
            status_code=response.status_code,
            server_message=server_message,
            request_id=request_id,
            url=url,
            response=response,
            **extra,
        )


class InvalidRequestError(APIError, ValueError):
    """The request could not be built, so nothing was sent: an invalid URL, header name or value."""


class InvalidResponseError(APIError):
    """The server answered, but its answer cannot be used: malformed JSON, an undecodable body, endless redirects."""


class PaginationError(APIError):
    """A paged listing did not end: a page linked to one already read, or the page cap was reached."""


def request_id_of(response: httpx2.Response) -> str | None:
    headers = response.headers
    return headers.get("x-request-id") or headers.get("x-amzn-trace-id") or None


def server_message_of(response: httpx2.Response) -> str | None:
    """The server's own words: ``X-Error-Message``, else ``error``/``message`` of a JSON body, else the text."""
    header: str | None = response.headers.get("x-error-message")
    if header:
        return header
    try:
        body = response.content
    except Exception:  # a streamed body that was not read
        return None
    if not body:
        return None
    try:
        data = json.loads(body)
    except ValueError:
        text = body.decode("utf-8", "replace").strip()
        return text[:500] or None
    if isinstance(data, dict):
        for key in ("error", "message", "detail"):
            message = _message_in(cast("dict[str, object]", data).get(key))
            if message is not None:
                return message
    return json.dumps(data)[:500]


def _message_in(value: Any) -> str | None:
    """A message given as text, a list of texts, or an object with a ``message``."""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value:
        items = cast("list[object]", value)
        texts = [v for v in items if isinstance(v, str)]
        if len(texts) == len(items):
            return "; ".join(texts)
    if isinstance(value, dict):
        message = cast("dict[str, object]", value).get("message")
        if isinstance(message, str):
            return message
    return None
