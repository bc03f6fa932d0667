"""One file over HTTP: the Hub's resolve metadata, redirects that keep the token at home, resumable verified bodies."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx2
from hfhub_api._client_base import Deadline, origin_of
from hfhub_api._request import Request
from hfhub_api._retry import SAFE, UNSAFE, retried
from hfhub_api._steps import Receive, Send, Sleep, Steps

from ..errors import HubError, InvalidResponseError, error_for_response, error_for_transport, public_url
from ..errors import IntegrityError
from ._body import BodySink, Digest, feed, refuse_body
from ._disk import open_for_append
from ._names import commit_name, etag_name, xet_hash_name
from .._environment import transfer_timeouts
from ._progress import Progress, ProgressCallback
from ._steps import FileSlice

__all__ = [
    "FileMeta", "XetRef", "resolve_url", "headers_for", "follow", "exchange", "head_metadata", "fetch_to_file",
    "url_prefix", "call_deadline",
]

_MAX_REDIRECTS = 10
_SHA256 = 64
_URL_PREFIX = {"model": "", "dataset": "datasets/", "space": "spaces/"}
_NO_HEADERS = Request[Any]("GET", "")


def call_deadline(client: Any) -> Deadline:
    """The deadline of one file call: the client's timeout, as every other call of it."""
    return Deadline(client._timeout)


def url_prefix(repo_type: str) -> str:
    return _URL_PREFIX[repo_type]


def resolve_url(endpoint: str, repo_type: str, repo_id: str, revision: str, filename: str) -> str:
    return f"{endpoint}/{_URL_PREFIX[repo_type]}{repo_id}/resolve/{quote(revision, safe='')}/{quote(filename)}"


def headers_for(client: Any, url: str, extra: dict[str, str] | None = None) -> dict[str, str]:
    """The client's headers for ``url`` plus ``extra``: its token and cookies only for the endpoint's origin.

    ``extra`` comes from the server for that URL (an LFS action's own ``Authorization``) and is kept.
    """
    headers: dict[str, str] = client._headers_for(url, _NO_HEADERS)
    if not url.startswith(client.base_url + "/"):  # another origin: nothing that identifies the user goes there
        headers = {k: v for k, v in headers.items() if k.lower() not in ("cookie", "authorization")}
    return {**headers, **extra} if extra else headers


@dataclass(frozen=True)
class XetRef:
    """A file the Hub keeps on Xet storage: its Xet hash, and the route that gives a read token for it."""

    hash: str
    token_route: str


@dataclass(frozen=True)
class FileMeta:
    """What a ``HEAD`` on a resolve URL says about a file."""

    commit: str
    etag: str
    size: int | None
    location: str  # where the bytes are: the CDN (or Xet's LFS bridge) for large files, the resolve URL for small ones
    xet: XetRef | None = None

    @property
    def sha256(self) -> str | None:
        return self.etag if len(self.etag) == _SHA256 else None


def follow(
    client: Any, method: str, url: str, extra: dict[str, str] | None, *, deadline: Deadline, stream: bool,
    same_origin_only: bool = False, body: Any = None, json: Any = None,
) -> Steps[httpx2.Response]:
    """Send and follow redirects ourselves, computing headers per hop so no credential crosses origins.

    ``same_origin_only`` stops at a redirect to another origin (scheme, host and port) and returns
    it: its headers describe the file, and the request is not meant for the other server.
    """
    for _ in range(_MAX_REDIRECTS + 1):
        request = _request(client, method, url, headers_for(client, url, extra), deadline, body, json)
        open_timeouts = transfer_timeouts(method, deadline.stream_timeouts()) if stream else None
        response: httpx2.Response = yield Send(request, deadline, stream=stream, open_timeouts=open_timeouts)
        location = response.headers.get("location")
        if not response.is_redirect or not location:
            return response
        target = _http_url(response.url, location)
        if target is None:
            raise InvalidResponseError(f"{method} {public_url(response.url)} redirected to an unusable location {location[:200]!r}")
        if same_origin_only and origin_of(target) != origin_of(response.url):
            return response
        url = str(target)
    raise HubError(f"too many redirects for {method} {public_url(httpx2.URL(url))}")


def _request(
    client: Any, method: str, url: str, headers: dict[str, str], deadline: Deadline, body: bytes | FileSlice | None, json: Any
) -> httpx2.Request:
    """One attempt's request; its timeouts capped to what is left of the call (an upload from a file
    may take as long as its size needs: each write and read is bounded, not the whole)."""
    if isinstance(body, FileSlice):
        headers = {**headers, "Content-Length": str(body.length)}  # object stores refuse chunked uploads
        timeouts = deadline.stream_timeouts()
    else:
        timeouts = deadline.attempt_timeouts()
    kwargs: dict[str, Any] = {"headers": headers, "extensions": {"timeout": transfer_timeouts(method, timeouts, deadline.left())}}
    if json is not None:
        kwargs["json"] = json
    elif isinstance(body, bytes):
        kwargs["content"] = body
    request: httpx2.Request = client._new_request(method, url, **kwargs)
    if isinstance(body, FileSlice):
        request.stream = body.stream()
    return request


def _http_url(base: httpx2.URL, value: str) -> httpx2.URL | None:
    """``value`` (maybe relative) joined onto ``base``, when that makes an http(s) URL with a host."""
    try:
        target = base.join(value)
    except httpx2.InvalidURL:
        return None
    return target if target.scheme in ("http", "https") and target.host else None


def exchange(
    client: Any, method: str, url: str, extra: dict[str, str] | None, *, deadline: Deadline, stream: bool = False,
    idempotent: bool = True, same_origin_only: bool = False, body: Any = None, json: Any = None,
) -> Steps[httpx2.Response]:
    """:func:`follow` until it succeeds, retried as the client's policy says; raises the ``hfhub.errors`` error.

    The policy of every call: idempotent requests after a 429, a 5xx or a broken connection, any
    request that never left or was refused with a 429; ``Retry-After`` honoured; no wait past ``deadline``.
    """

    def attempt() -> Steps[httpx2.Response]:
        return (yield from follow(
            client, method, url, extra, deadline=deadline, stream=stream, same_origin_only=same_origin_only, body=body, json=json
        ))

    try:
        response = yield from retried(client._retry, SAFE if idempotent else UNSAFE, deadline, attempt)
    except httpx2.TransportError as exc:
        raise error_for_transport(exc) from exc
    if response.status_code >= 400:
        raise error_for_response(response)
    return response


def head_metadata(client: Any, url: str, deadline: Deadline) -> Steps[FileMeta]:
    """The commit, etag, size and download location of a file; raises the Hub's error (not found...)."""
    response = yield from exchange(
        client, "HEAD", url, {"Accept-Encoding": "identity"}, deadline=deadline, same_origin_only=True
    )
    headers = response.headers
    where = public_url(response.url)
    commit = headers.get("x-repo-commit")
    etag_header = "x-linked-etag" if headers.get("x-linked-etag") else "etag"
    if not commit or not headers.get(etag_header):
        raise HubError(f"the server did not describe {where} (no X-Repo-Commit or ETag)")
    commit = commit_name(commit, f"the X-Repo-Commit header of {where}")
    etag = etag_name(headers[etag_header], f"the {'X-Linked-Etag' if etag_header == 'x-linked-etag' else 'ETag'} header of {where}")
    size_header = "x-linked-size" if headers.get("x-linked-size") else None if response.is_redirect else "content-length"
    size = _size(headers.get(size_header), f"the {size_header} header of {where}") if size_header else None
    location = str(response.url.join(headers["location"])) if response.is_redirect else str(response.url)
    return FileMeta(commit, etag, size, location, _xet_ref(response, where))


def _xet_ref(response: httpx2.Response, where: str) -> XetRef | None:
    """The Xet hash and token route of a file, when the Hub gave both (``Link rel="xet-auth"`` before
    ``X-Xet-Refresh-Route``, as huggingface_hub reads them)."""
    value = response.headers.get("x-xet-hash")
    route = response.links.get("xet-auth", {}).get("url") or response.headers.get("x-xet-refresh-route")
    if not value or not route:
        return None
    xet_hash = xet_hash_name(value, f"the X-Xet-Hash header of {where}")
    target = _http_url(response.url, route)
    if target is None:
        raise InvalidResponseError(f"refused the Xet token route {route[:200]!r} from {where}: not an http(s) URL")
    return XetRef(xet_hash, str(target))


def _size(text: str | None, source: str) -> int | None:
    if not text:
        return None
    if not (text.isascii() and text.isdigit()):
        raise InvalidResponseError(f"refused size {text[:40]!r} from {source}: expected a non-negative integer")
    return int(text)


def _range_start(response: httpx2.Response) -> int | None:
    """Where a 206 body starts, from ``Content-Range: bytes <start>-<end>/<total>``."""
    unit, _, spec = response.headers.get("content-range", "").partition(" ")
    start = spec.partition("-")[0]
    return int(start) if unit == "bytes" and start.isascii() and start.isdigit() else None


def fetch_to_file(
    client: Any,
    url: str,
    target: Path,
    incomplete: Path,
    *,
    etag: str,
    size: int | None,
    label: str,
    deadline: Deadline,
    callback: ProgressCallback | None = None,
) -> Steps[Path]:
    """GET ``url`` into ``incomplete`` (resuming what is there), verify it, then rename it to ``target``.

    A cut transfer is resumed with ``Range``; a server that ignores it starts the file over. A
    body longer than announced, a range that starts elsewhere, or a size or hash that differs from
    the etag's promise deletes the partial file and raises :class:`IntegrityError`, leaving
    ``target`` untouched. ``incomplete`` is opened without following links (a planted link is
    removed first); both paths were checked by the caller to lie inside their root.
    """
    file = open_for_append(incomplete)
    digest = Digest(etag, size)
    try:
        offset = feed(file, digest)
        if size is not None and offset > size:
            file.truncate(0)
            digest.reset()
            offset = 0
        progress = Progress(size, label, callback)
        progress.done = offset
        try:
            offset = yield from _receive(client, url, file, digest, offset, size, label, progress, deadline)
        finally:
            progress.close()
    except IntegrityError:
        file.close()
        incomplete.unlink(missing_ok=True)
        raise
    finally:
        file.close()
    if (size is not None and offset != size) or not digest.matches(incomplete, offset):
        incomplete.unlink(missing_ok=True)
        raise IntegrityError(
            f"the download of {label} does not match the Hub's description "
            f"(expected {size} bytes with etag {etag}, received {offset} bytes); nothing was placed"
        )
    os.replace(incomplete, target)
    return target


def _receive(
    client: Any, url: str, file: Any, digest: Digest, offset: int, size: int | None, label: str, progress: Progress,
    deadline: Deadline,
) -> Steps[int]:
    """The body from ``offset`` on, appended to ``file``; the final length.

    A body cut after some progress resumes at once with ``Range``; a failure without progress
    waits and retries as the client's policy says, within ``deadline``.
    """
    retry = 0
    while size is None or offset < size:
        extra = {"Accept-Encoding": "identity"}
        if offset:
            extra["Range"] = f"bytes={offset}-"
        response: httpx2.Response = yield from exchange(client, "GET", url, extra, deadline=deadline, stream=True)
        start = _range_start(response) if response.status_code == 206 else 0
        if offset and start != offset:
            if start != 0 and response.status_code == 206:
                yield Receive(response, refuse_body(label, f"starts at byte {start}, not at {offset} as asked"))
            file.seek(0)  # the server ignored the range: start over
            file.truncate()
            digest.reset()
            offset = 0
            progress.restart()
        sink = BodySink(file, digest, progress, None if size is None else size - offset, label, deadline)
        failure: Exception | None = None
        try:
            yield Receive(response, sink)
        except httpx2.TransportError as exc:
            failure = exc
        finally:
            sink.close()
        file.flush()
        offset = file.seek(0, os.SEEK_END)
        if failure is None and (size is None or offset >= size):
            break
        if sink.received:
            retry = 0
            continue  # it was moving: resume where it stopped
        cut = failure or httpx2.RemoteProtocolError(f"the body of {label} ended at byte {offset} of {size}")
        delay = client._retry.after_error(SAFE, cut, retry)
        if delay is None or not deadline.allows(delay):
            raise error_for_transport(cut) from failure
        yield Sleep(delay)
        retry += 1
    return offset
