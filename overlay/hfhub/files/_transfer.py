"""One file over HTTP: the Hub's resolve metadata, redirects that keep the token at home, resumable verified bodies."""

from __future__ import annotations

import hashlib
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
from hfhub_api._request import Request

from ..errors import HubError, error_for_response, error_for_transport
from ._errors import IntegrityError
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


def _normalize_etag(value: str | None) -> str | None:
    if not value:
        return None
    if value.startswith("W/"):
        value = value[2:]
    return value.strip('"') or None


def follow(
    client: Any, method: str, url: str, extra: dict[str, str] | None, *, stream: bool, same_origin_only: bool = False
) -> Steps[httpx.Response]:
    """Send and follow redirects ourselves, computing headers per hop so no credential crosses origins.

    ``same_origin_only`` stops at a redirect to another host and returns it (its headers describe the file).
    """
    for _ in range(_MAX_REDIRECTS + 1):
        response: httpx.Response = yield Fetch(method, url, headers_for(client, url, extra), stream=stream)
        location = response.headers.get("location")
        if not response.is_redirect or not location:
            return response
        target = str(response.url.join(location))
        if same_origin_only and httpx.URL(target).host != response.url.host:
            return response
        url = target
    raise HubError(f"too many redirects for {method} {httpx.URL(url).copy_with(query=None)}")


def head_metadata(client: Any, url: str) -> Steps[FileMeta]:
    """The commit, etag, size and download location of a file; raises the Hub's error (not found...).

    A failed attempt is retried as the client's retry policy says (``max_retries``, ``Retry-After``).
    """
    policy = client._retry
    retry = 0
    while True:
        delay: float | None
        try:
            response: httpx.Response = yield from follow(
                client, "HEAD", url, {"Accept-Encoding": "identity"}, stream=False, same_origin_only=True
            )
        except httpx.TransportError as exc:
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
    commit = headers.get("x-repo-commit")
    etag = _normalize_etag(headers.get("x-linked-etag") or headers.get("etag"))
    if not commit or not etag:
        raise HubError(f"the server did not describe {response.url.copy_with(query=None)} (no X-Repo-Commit or ETag)")
    size_text = headers.get("x-linked-size") or (None if response.is_redirect else headers.get("content-length"))
    location = str(response.url.join(headers["location"])) if response.is_redirect else str(response.url)
    return FileMeta(commit, etag, int(size_text) if size_text else None, location)


class _Digest:
    """The hash the etag promises: sha256 for LFS files, git's blob sha1 for small ones, none otherwise.

    Large bodies are hashed on a helper thread (hashlib releases the GIL), so hashing overlaps
    with receiving and writing instead of adding to them.
    """

    def __init__(self, etag: str, size: int | None) -> None:
        self.expected = etag
        if len(etag) == _SHA256:
            self._hash: Any = hashlib.sha256()
        elif len(etag) == _GIT_SHA1 and size is not None:
            self._hash = hashlib.sha1(f"blob {size}\0".encode())
        else:
            self._hash = None
        background = self._hash is not None and (size is None or size >= _BACKGROUND_FROM)
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="hfhub-hash") if background else None

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

    def matches(self) -> bool:
        self.close()
        return self._hash is None or self._hash.hexdigest() == self.expected


class _Sink:
    """Appends chunks to the incomplete file while hashing and counting them."""

    def __init__(self, file: Any, digest: _Digest, progress: Progress) -> None:
        self.file = file
        self.digest = digest
        self.progress = progress
        self.received = 0

    def __call__(self, chunk: bytes) -> None:
        self.file.write(chunk)
        self.digest.update(chunk)
        self.received += len(chunk)
        self.progress.advance(len(chunk))


def _rehash(path: Path, digest: _Digest) -> int:
    """Hash what an earlier, cut transfer left; the count of those bytes."""
    count = 0
    with open(path, "rb") as f:
        while chunk := f.read(1024 * 1024):
            digest.update(chunk)
            count += len(chunk)
    return count


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

    A cut transfer is resumed with ``Range``; a body whose size or hash differs from the etag's
    promise is deleted and raises :class:`IntegrityError`, leaving ``target`` untouched.
    """
    incomplete.parent.mkdir(parents=True, exist_ok=True)
    digest = _Digest(etag, size)
    offset = _rehash(incomplete, digest) if incomplete.exists() else 0
    if size is not None and offset > size:
        incomplete.unlink()
        digest.close()
        digest, offset = _Digest(etag, size), 0
    progress = Progress(size, label, callback)
    progress.done = offset
    failures = 0
    try:
        with open(incomplete, "ab") as file:
            while size is None or offset < size:
                extra = {"Accept-Encoding": "identity"}
                if offset:
                    extra["Range"] = f"bytes={offset}-"
                try:
                    response: httpx.Response = yield from follow(client, "GET", url, extra, stream=True)
                    if response.status_code in _RETRY_STATUSES and failures + 1 < _MAX_ATTEMPTS:
                        failures += 1
                        yield Sleep(min(0.25 * 2 ** (failures - 1), 4.0))
                        continue
                    if response.status_code >= 400:
                        raise error_for_response(response)
                    if offset and response.status_code != 206:
                        file.seek(0)  # the server ignored the range: start over
                        file.truncate()
                        digest.close()
                        digest, offset = _Digest(etag, size), 0
                        progress.restart()
                    sink = _Sink(file, digest, progress)
                    yield Receive(response, sink)
                    offset += sink.received
                    if size is None or offset >= size:
                        break
                    failures += 1  # the body ended early without a transport error
                except httpx.TransportError as exc:
                    offset = file.tell()
                    failures += 1
                    if failures >= _MAX_ATTEMPTS:
                        raise error_for_transport(exc) from exc
                if failures >= _MAX_ATTEMPTS:
                    raise HubError(f"the transfer of {label} kept breaking off at byte {offset}")
                file.flush()
                yield Sleep(min(0.25 * 2 ** (failures - 1), 4.0))
    finally:
        progress.close()
        digest.close()
    if (size is not None and offset != size) or not digest.matches():
        incomplete.unlink(missing_ok=True)
        raise IntegrityError(
            f"the download of {label} does not match the Hub's description "
            f"(expected {size} bytes with etag {etag}, received {offset} bytes); nothing was placed"
        )
    os.replace(incomplete, target)
    return target
