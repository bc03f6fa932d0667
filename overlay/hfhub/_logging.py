"""The ``hfhub`` logger: one DEBUG line per request sent, and with ``HF_DEBUG`` the same request as a curl command.

Every path that sends (Hub calls, inference, file transfers) calls :func:`send` or
:func:`asend` instead of ``http.send``: nothing is measured or formatted unless the logger
is enabled for DEBUG. No line holds a token, a cookie or a signed URL's signature.
``HF_HUB_VERBOSITY`` (or ``HF_DEBUG=1``) sets the logger's level when a client is created,
as huggingface_hub sets its own, and gives it a handler on stderr.
"""

from __future__ import annotations

import logging
import re
import shlex
import time
from typing import Any

import httpx2

from ._environment import debug, verbosity

__all__ = ["logger", "configure", "send", "asend", "loggable_url", "as_curl"]

logger = logging.getLogger("hfhub")

# Query parameters whose values are credentials: signed CDN and object-store URLs, tokens in links.
_SECRET_PARAMETER = re.compile(r"signature|token|credential|secret|password|policy|key-pair|(^|[-_])(api)?(key|sig|auth|authorization)$", re.IGNORECASE)
_SECRET_HEADERS = {"authorization": "<TOKEN>", "proxy-authorization": "<TOKEN>", "cookie": "<COOKIE>"}
# OAuth fields a body may carry (token exchange, device login): masked in the curl line.
_SECRET_BODY = re.compile(r'("(?:subject_token|access_token|refresh_token|client_secret|device_code)"\s*:\s*")[^"]*(")')
_BODY_SHOWN = 1000  # characters of a body in the curl line, as huggingface_hub shows
_applied: tuple[int | None, bool] | None = None
_handler: logging.Handler | None = None


def configure() -> None:
    """Apply ``HF_HUB_VERBOSITY`` / ``HF_DEBUG`` to the ``hfhub`` logger, once per value they take.

    A level set in code (``logging.getLogger("hfhub").setLevel(...)``) stays until the
    variables change. Unset, they leave the logger to the application's logging configuration
    (what they had set is undone).
    """
    global _applied, _handler
    wanted = (verbosity(), debug())
    if wanted == _applied:
        return
    _applied = wanted
    level = wanted[0]
    if level is None:
        if _handler is not None:
            logger.removeHandler(_handler)
            _handler = None
            logger.setLevel(logging.NOTSET)
        return
    if _handler is None:
        _handler = logging.StreamHandler()
        logger.addHandler(_handler)
    logger.setLevel(level)


def loggable_url(url: httpx2.URL) -> str:
    """The URL without user info, its credential-like query values replaced by ``***``."""
    if url.query:
        params = [(name, "***" if _SECRET_PARAMETER.search(name) else value) for name, value in url.params.multi_items()]
        url = url.copy_with(params=params)
    return str(url.copy_with(userinfo=b"", fragment=None))


def as_curl(request: httpx2.Request) -> str:
    """``request`` as a curl command, credentials masked (huggingface_hub's ``HF_DEBUG`` line)."""
    parts = ["curl", "-X", request.method]
    for name, value in sorted(request.headers.items()):
        if name.lower() != "content-length":  # curl counts the body it sends, which masking may have shortened
            parts += ["-H", f"{name}: {_SECRET_HEADERS.get(name.lower(), value)}"]
    try:
        body: str | None = request.content.decode("utf-8", errors="replace") if request.content else None
    except httpx2.RequestNotRead:
        body = "<streaming body>"
    if body is not None:
        if len(body) > _BODY_SHOWN:
            body = body[:_BODY_SHOWN] + " ... [truncated]"
        parts += ["-d", _SECRET_BODY.sub(r"\1<REDACTED>\2", body).replace("\n", "")]
    parts.append(loggable_url(request.url))
    return " ".join(shlex.quote(part) for part in parts)


def _log(request: httpx2.Request, response: httpx2.Response | None, started: float, error: Exception | None) -> None:
    """The one line of one request: method, URL, status (or the failure), elapsed time, request id."""
    elapsed = (time.perf_counter() - started) * 1000
    url = loggable_url(request.url)
    if response is None:
        logger.debug("%s %s failed after %.0f ms: %s", request.method, url, elapsed, type(error).__name__)
        return
    final = f" -> {loggable_url(response.url)}" if response.history else ""
    request_id = response.headers.get("x-request-id") or response.headers.get("x-amzn-trace-id") or "-"
    logger.debug("%s %s%s %d %.0f ms request-id %s", request.method, url, final, response.status_code, elapsed, request_id)


def _before(request: httpx2.Request) -> float:
    if debug():
        logger.debug("Send: %s", as_curl(request))
    return time.perf_counter()


def send(http: httpx2.Client, request: httpx2.Request, **options: Any) -> httpx2.Response:
    """``http.send(request, **options)``, logged at DEBUG."""
    if not logger.isEnabledFor(logging.DEBUG):
        return http.send(request, **options)
    started = _before(request)
    try:
        response = http.send(request, **options)
    except Exception as exc:
        _log(request, None, started, exc)
        raise
    _log(request, response, started, None)
    return response


async def asend(http: httpx2.AsyncClient, request: httpx2.Request, **options: Any) -> httpx2.Response:
    """``await http.send(request, **options)``, logged at DEBUG."""
    if not logger.isEnabledFor(logging.DEBUG):
        return await http.send(request, **options)
    started = _before(request)
    try:
        response = await http.send(request, **options)
    except Exception as exc:
        _log(request, None, started, exc)
        raise
    _log(request, response, started, None)
    return response
