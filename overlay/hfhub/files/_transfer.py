"""One file over HTTP: the Hub's resolve metadata, redirects that keep the token at home, resumable verified bodies."""

from __future__ import annotations

import hashlib
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx2
from hfhub_api._client_base import origin_of
from hfhub_api._request import Request

from ..errors import HubError, InvalidResponseError, error_for_response, error_for_transport, public_url
from ._disk import open_for_append
from ._errors import IntegrityError
from ._names import commit_name, etag_name
from ._progress import Progress, ProgressCallback
from ._steps import Fetch, Receive, Sleep, Steps

__all__ = ["FileMeta", "resolve_url", "headers_for", "follow", "head_metadata", "fetch_to_file", "url_prefix"]

_MAX_REDIRECTS = 10
_MAX_ATTEMPTS = 5
_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_SHA256 = 64
_GIT_SHA1 = 40
_BACKGROUND_FROM = 8 * 1024 * 1024
_URL_PREFIX = {"model": "", "dataset": "datasets/", "space": "spaces/"}
_NO_HEADERS = Request[Any]("GET", "")
_HEAD = Request[Any]("HEAD", "")  # what the retry policy judges: an idempotent metadata request


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
class FileMeta:
    """What a ``HEAD`` on a resolve URL says about a file."""

    commit: str
    etag: str
    size: int | None
    location: str  # where the bytes are: the CDN for LFS files, the resolve URL for small ones

    @property
    def sha256(self) -> str | None:
        return self.etag if len(self.etag) == _SHA256 else None


def follow(
    client: Any, method: str, url: str, extra: dict[str, str] | None, *, stream: bool, same_origin_only: bool = False
) -> Steps[httpx2.Response]:
    """Send and follow redirects ourselves, computing headers per hop so no credential crosses origins.

    ``same_origin_only`` stops at a redirect to another origin (scheme, host and port) and returns
    it: its headers describe the file, and the request is not meant for the other server.
    """
    for _ in range(_MAX_REDIRECTS + 1):
        response: httpx2.Response = yield Fetch(method, url, headers_for(client, url, extra), stream=stream)
        location = response.headers.get("location")
        if not response.is_redirect or not location:
            return response
        try:
            target = response.url.join(location)
        except httpx2.InvalidURL:
            target = None
        if target is None or target.scheme not in ("http", "https") or not target.host:
            raise InvalidResponseError(f"{method} {public_url(response.url)} redirected to an unusable location {location[:200]!r}")
        if same_origin_only and origin_of(target) != origin_of(response.url):
            return response
        url = str(target)
    raise HubError(f"too many redirects for {method} {httpx2.URL(url).copy_with(query=None)}")


def head_metadata(client: Any, url: str) -> Steps[FileMeta]:
    """The commit, etag, size and download location of a file; raises the Hub's error (not found...).

    A failed attempt is retried as the client's retry policy says (``max_retries``, ``Retry-After``).
    """
    policy = client._retry
    retry = 0
    while True:
        delay: float | None
        try:
            response: httpx2.Response = yield from follow(
                client, "HEAD", url, {"Accept-Encoding": "identity"}, stream=False, same_origin_only=True
            )
        except httpx2.TransportError as exc:
            delay = policy.after_error(_HEAD, exc, retry)
            if delay is None:
                raise error_for_transport(exc) from exc
        else:
            if response.status_code < 400:
                break
            delay = policy.after_response(_HEAD, response, retry)
            if delay is None:
                raise error_for_response(response)
        yield Sleep(delay)
        retry += 1
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
    return FileMeta(commit, etag, size, location)


def _size(text: str | None, source: str) -> int | None:
    if not text:
        return None
    if not (text.isascii() and text.isdigit()):
        raise InvalidResponseError(f"refused size {text[:40]!r} from {source}: expected a non-negative integer")
    return int(text)


class _Digest:
    """The hash the etag promises: sha256 for LFS files, git's blob sha1 for small ones.

    The etag is always one of the two (:func:`._names.etag_name`), so every body is verified. A
    git sha1 covers a ``blob <size>`` header: when the size was not announced, the finished file
    is hashed once its size is known. Large bodies are hashed on a helper thread (hashlib
    releases the GIL), so hashing overlaps with receiving and writing instead of adding to them.
    """

    def __init__(self, etag: str, size: int | None) -> None:
        self.expected = etag.lower()
        self.size = size
        self._pool: ThreadPoolExecutor | None = None
        self.reset()

    def reset(self) -> None:
        """Forget every byte hashed so far (the body starts over)."""
        self.close()
        self._hash: Any = None
        if len(self.expected) == _SHA256:
            self._hash = hashlib.sha256()
        elif self.size is not None:
            self._hash = hashlib.sha1(f"blob {self.size}\0".encode())
        if self._hash is not None and (self.size is None or self.size >= _BACKGROUND_FROM):
            self._pool = ThreadPoolExecutor(1, thread_name_prefix="hfhub-hash")

    def update(self, chunk: bytes) -> None:
        if self._pool is not None:
            self._pool.submit(self._hash.update, chunk)
        elif self._hash is not None:
            self._hash.update(chunk)

    def close(self) -> None:
        """Wait for the chunks still being hashed."""
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None

    def matches(self, path: Path, size: int) -> bool:
        self.close()
        if self._hash is None:  # a git sha1 of a body whose size came only with it
            self._hash = hashlib.sha1(f"blob {size}\0".encode())
            with open(path, "rb") as file:
                _feed(file, self)
        return bool(self._hash.hexdigest() == self.expected)


class _Sink:
    """Appends chunks to the incomplete file while hashing and counting them; never past ``limit`` bytes."""

    def __init__(self, file: Any, digest: _Digest, progress: Progress, limit: int | None, label: str) -> None:
        self.file = file
        self.digest = digest
        self.progress = progress
        self.limit = limit
        self.label = label
        self.received = 0

    def __call__(self, chunk: bytes) -> None:
        if self.limit is not None and self.received + len(chunk) > self.limit:
            raise IntegrityError(f"the server sent more of {self.label} than the {self.limit} bytes it announced; nothing was placed")
        self.file.write(chunk)
        self.digest.update(chunk)
        self.received += len(chunk)
        self.progress.advance(len(chunk))


def _refuse_body(label: str, why: str) -> Any:
    def sink(chunk: bytes) -> None:
        raise IntegrityError(f"the server's answer for {label} {why}; nothing was placed")

    return sink


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
    digest = _Digest(etag, size)
    try:
        offset = _feed(file, digest)
        if size is not None and offset > size:
            file.truncate(0)
            digest.reset()
            offset = 0
        progress = Progress(size, label, callback)
        progress.done = offset
        try:
            offset = yield from _receive(client, url, file, digest, offset, size, label, progress)
        finally:
            progress.close()
    except IntegrityError:
        file.close()
        digest.close()
        incomplete.unlink(missing_ok=True)
        raise
    finally:
        file.close()
        digest.close()
    if (size is not None and offset != size) or not digest.matches(incomplete, offset):
        incomplete.unlink(missing_ok=True)
        raise IntegrityError(
            f"the download of {label} does not match the Hub's description "
            f"(expected {size} bytes with etag {etag}, received {offset} bytes); nothing was placed"
        )
    os.replace(incomplete, target)
    return target


def _feed(file: Any, digest: _Digest) -> int:
    """Hash what the open partial file already holds; its length."""
    count = 0
    while chunk := file.read(1024 * 1024):
        digest.update(chunk)
        count += len(chunk)
    return count


def _receive(
    client: Any, url: str, file: Any, digest: _Digest, offset: int, size: int | None, label: str, progress: Progress
) -> Steps[int]:
    """The body from ``offset`` on, appended to ``file`` across retries; the final length."""
    failures = 0
    while size is None or offset < size:
        extra = {"Accept-Encoding": "identity"}
        if offset:
            extra["Range"] = f"bytes={offset}-"
        try:
            response: httpx2.Response = yield from follow(client, "GET", url, extra, stream=True)
            if response.status_code in _RETRY_STATUSES and failures + 1 < _MAX_ATTEMPTS:
                failures += 1
                yield Sleep(min(0.25 * 2 ** (failures - 1), 4.0))
                continue
            if response.status_code >= 400:
                raise error_for_response(response)
            start = _range_start(response) if response.status_code == 206 else 0
            if offset and start != offset:
                if start != 0 and response.status_code == 206:
                    yield Receive(response, _refuse_body(label, f"starts at byte {start}, not at {offset} as asked"))
                file.seek(0)  # the server ignored the range: start over
                file.truncate()
                digest.reset()
                offset = 0
                progress.restart()
            sink = _Sink(file, digest, progress, None if size is None else size - offset, label)
            yield Receive(response, sink)
            offset += sink.received
            if size is None or offset >= size:
                break
            failures += 1  # the body ended early without a transport error
        except httpx2.TransportError as exc:
            file.flush()
            offset = file.seek(0, os.SEEK_END)
            failures += 1
            if failures >= _MAX_ATTEMPTS:
                raise error_for_transport(exc) from exc
        if failures >= _MAX_ATTEMPTS:
            raise HubError(f"the transfer of {label} kept breaking off at byte {offset}")
        file.flush()
        yield Sleep(min(0.25 * 2 ** (failures - 1), 4.0))
    file.flush()
    return offset
