"""Xet storage through hf_xet, the Hub's own library: tokens through the request core, transfers as blocking steps.

hf_xet is imported here only, and only once a transfer could use it: ``import hfhub`` never loads it.
A download group or an upload commit is one :class:`~hfhub_api._steps.Blocking` step whose ``cancel`` aborts it
(Ctrl-C, a cancelled task). Its failures become ``hfhub.errors``; the tokens never reach a message.
"""

from __future__ import annotations

import importlib
import ipaddress
import logging
import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable
from urllib.parse import quote

import httpx2
from hfhub_api._client_base import Deadline, header_problem

from .._json import json_object
from ..errors import InvalidResponseError, public_url
from ..errors import IntegrityError, XetStorageError, XetTokenError
from ._operations import CommitOperationAdd, Deduplication
from ._progress import Progress, ProgressCallback
from hfhub_api._steps import Blocking, Cancelled, Steps
from ._transfer import exchange, headers_for

__all__ = ["xet_library", "XetToken", "XetFile", "token_plan", "token_route", "download_step", "upload_step", "logger"]

logger = logging.getLogger("hfhub.files")
_TRUE = {"1", "on", "yes", "true"}
_EXPIRY_MARGIN = 60  # seconds: a token this close to its expiry counts as expired, as huggingface_hub counts it
_CAS_SCHEMES = ("https", "http")
_LOCAL_CAS = "local://"  # hf_xet's CAS in a folder: only from a Hub on this machine (tests, benchmarks)
# What hf_xet reads from the environment when a session starts (HF_XET_HIGH_PERFORMANCE it reads once,
# when first imported): a change gives a new session.
_SESSION_ENV = ("HF_HOME", "HF_HUB_OFFLINE", "HF_HUB_DISABLE_TELEMETRY")
_missing_logged = False
_session_lock = threading.Lock()
_session: tuple[tuple[Any, ...], Any, Any] | None = None  # (pid and environment, config, XetSession)


def xet_library() -> Any | None:
    """The ``hf_xet`` module when Xet may be used: installed, and ``HF_HUB_DISABLE_XET`` not set.

    Called only where a transfer could use Xet, so the INFO line on how to enable it comes once,
    from the first such transfer.
    """
    global _missing_logged
    if (os.environ.get("HF_HUB_DISABLE_XET") or "").strip().lower() in _TRUE:
        return None
    try:
        return importlib.import_module("hf_xet")
    except ImportError:
        if not _missing_logged:
            _missing_logged = True
            logger.info("hf_xet is not installed: Xet files go through the LFS bridge. pip install 'hfhub[files]' to use Xet storage")
        return None


def session_config() -> Any:
    """The ``hf_xet.XetConfig`` of the session in use (read from the environment when it started)."""
    return _current_session(_require())[0]


def _require() -> Any:
    return importlib.import_module("hf_xet")


def _current_session(xet: Any) -> tuple[Any, Any]:
    """One ``XetSession`` per process, started again after a fork or a change of the variables hf_xet reads."""
    global _session
    key = (os.getpid(), *sorted((k, v) for k, v in os.environ.items() if k.startswith("HF_XET_") or k in _SESSION_ENV))
    with _session_lock:
        if _session is None or _session[0] != key:
            config = xet.XetConfig()
            _session = (key, config, xet.XetSession(config))
        return _session[1], _session[2]


@dataclass(frozen=True)
class XetToken:
    """A short-lived token for one CAS (never in a repr)."""

    cas_url: str
    access_token: str = field(repr=False)
    expires: int  # unix seconds

    def fresh(self) -> bool:
        return self.expires > time.time() + _EXPIRY_MARGIN


def token_route(endpoint: str, repo_type: str, repo_id: str, revision: str, *, write: bool, create_pr: bool = False) -> str:
    """``{endpoint}/api/{type}s/{repo}/xet-{read|write}-token/{revision}`` (``?create_pr=1`` for a pull request)."""
    kind = "write" if write else "read"
    route = f"{endpoint}/api/{repo_type}s/{repo_id}/xet-{kind}-token/{quote(revision, safe='')}"
    return route + "?create_pr=1" if create_pr else route


def token_plan(client: Any, route: str, deadline: Deadline) -> Steps[XetToken]:
    """The token ``route`` gives, through the client's retries and deadline; one more request when it is
    (nearly) expired, :class:`XetTokenError` when that one is too. An error status raises its error."""
    token: XetToken | None = None
    for _ in range(2):
        response = yield from exchange(client, "GET", route, None, deadline=deadline)
        token = _token_from(client, response)
        if token.fresh():
            return token
    assert token is not None
    raise XetTokenError(
        f"the Xet token from {public_url(httpx2.URL(route))} expired at {token.expires}, or expires within "
        f"{_EXPIRY_MARGIN} s, even after a refresh; nothing was transferred"
    )


def _token_from(client: Any, response: httpx2.Response) -> XetToken:
    """From the ``X-Xet-*`` headers, else from the JSON body (``casUrl``, ``accessToken``, ``exp``)."""
    headers = response.headers
    where = public_url(response.url)
    found: tuple[Any, Any, Any] = (headers.get("x-xet-cas-url"), headers.get("x-xet-access-token"), headers.get("x-xet-token-expiration"))
    if not all(found):
        try:
            answer = json_object(response.json()) or {}
        except ValueError:
            answer = {}
        found = (answer.get("casUrl"), answer.get("accessToken"), answer.get("exp"))
    cas_url, access_token, expires = found
    if not isinstance(access_token, str) or not access_token or header_problem("Authorization", access_token):
        raise InvalidResponseError(f"the Xet token route {where} gave no usable access token")
    try:
        expiry = int(float(expires))
    except (TypeError, ValueError):
        raise InvalidResponseError(f"the Xet token route {where} gave no expiry (X-Xet-Token-Expiration or exp)") from None
    return XetToken(_cas_url(client, cas_url, where), access_token, expiry)


def _cas_url(client: Any, value: object, where: str) -> str:
    if isinstance(value, str) and value.startswith(_LOCAL_CAS):
        if _on_this_machine(client.base_url):
            return value
        raise InvalidResponseError(f"refused the local CAS {value[:200]!r} from {where}: only a Hub on this machine may name a folder")
    try:
        url = httpx2.URL(value) if isinstance(value, str) else None
    except httpx2.InvalidURL:
        url = None
    if url is None or url.scheme not in _CAS_SCHEMES or not url.host:
        raise InvalidResponseError(f"the Xet token route {where} gave no usable CAS URL ({str(value)[:200]!r})")
    return str(value)


def _on_this_machine(endpoint: str) -> bool:
    host = httpx2.URL(endpoint).host
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class XetFile:
    """One file of a download group: hf_xet writes ``dest`` (a partial file the caller verifies and renames)."""

    hash: str
    size: int | None
    dest: Path
    label: str
    progress: ProgressCallback | None = None


def download_step(client: Any, token: XetToken, route: str, files: list[XetFile]) -> Blocking:
    """One hf_xet download group for ``files``; raises :class:`XetStorageError` or :class:`XetTokenError`."""
    xet = _require()
    bars = {str(f.dest): Progress(f.size, f.label, f.progress) for f in files}

    def report(_group: Any, items: dict[Any, Any]) -> None:
        for item in items.values():
            bar = bars.get(item.item_name)
            if bar is not None and item.bytes_completed > bar.done:
                bar.advance(item.bytes_completed - bar.done)

    def start(session: Any, options: dict[str, Any]) -> Any:
        group = session.new_file_download_group(**options, progress_callback=report)
        for f in files:
            group.start_download_file(xet.XetFileInfo(f.hash, f.size), str(f.dest))
        return group

    def finish(group: Any) -> None:
        group.wait_to_finish()

    return _transfer_step(client, token, route, "download", start, finish, list(bars.values()))


def upload_step(client: Any, token: XetToken, route: str, operations: list[CommitOperationAdd]) -> Blocking:
    """One hf_xet upload commit of ``operations`` (files by path, bytes in memory); its outcome is the
    :class:`Deduplication`. hf_xet hashes each file as it chunks it: a file that changed since its
    sha256 was computed raises :class:`IntegrityError` before anything is committed."""
    xet = _require()
    total = sum(op.size for op in operations)
    bar = Progress(total, f"Xet upload of {len(operations)} file{'s' if len(operations) != 1 else ''}")

    def report(group: Any, _items: dict[Any, Any]) -> None:
        if group.total_bytes_completed > bar.done:
            bar.advance(group.total_bytes_completed - bar.done)

    def start(session: Any, options: dict[str, Any]) -> Any:
        commit = session.new_upload_commit(**options, progress_callback=report)
        for op in operations:
            if op.local_path is not None:
                commit.start_upload_file(str(op.local_path), sha256=xet.COMPUTE_SHA256)
            else:
                commit.start_upload_bytes(op.read_all(), sha256=xet.COMPUTE_SHA256, name=op.path_in_repo)
        return commit

    def finish(commit: Any) -> Deduplication:
        result = commit.wait_to_finish()
        uploaded = {(m.xet_info.sha256, m.xet_info.file_size) for m in result.uploads.values()}
        changed = [op.path_in_repo for op in operations if (op.sha256, op.size) not in uploaded]
        if changed:
            raise IntegrityError(f"{', '.join(changed)} changed while being uploaded (sha256 or size differ); nothing was committed")
        metrics = result.dedup_metrics
        done = Deduplication(total_bytes=metrics.total_bytes, new_bytes=metrics.new_bytes, deduplicated_bytes=metrics.deduped_bytes)
        bar.note(f"new {done.new_bytes:,} B, deduplicated {done.deduplicated_bytes:,} B")
        logger.info("Xet upload of %d files: %s", len(operations), done)
        return done

    return _transfer_step(client, token, route, "upload", start, finish, [bar])


def _transfer_step(
    client: Any, token: XetToken, route: str, what: str, start: Callable[[Any, dict[str, Any]], Any],
    finish: Callable[[Any], Any], bars: list[Progress],
) -> Blocking:
    """The blocking step around one hf_xet transfer: started, waited for, aborted by ``cancel``."""
    xet = _require()
    started: list[Any] = []
    stopped = threading.Event()
    options = {
        "endpoint": token.cas_url,
        "token": token.access_token,
        "token_expiry_unix_secs": token.expires,
        # hf_xet refreshes a token that runs out mid-transfer itself, from the same route with the same headers
        "token_refresh_url": route,
        "token_refresh_headers": headers_for(client, route),
        "custom_headers": headers_for(client, token.cas_url),
    }

    def run() -> Any:
        try:
            transfer = start(_current_session(xet)[1], options)
            started.append(transfer)
            if stopped.is_set():
                transfer.abort()
            return finish(transfer)
        except (IntegrityError, KeyboardInterrupt):
            raise
        except Exception as exc:
            if stopped.is_set():
                raise Cancelled() from None
            raise _error_of(xet, exc, what, [token.access_token, *_client_tokens(client)]) from None
        finally:
            for bar in bars:
                bar.close()

    def cancel() -> None:
        stopped.set()
        for transfer in started:
            transfer.abort()

    return Blocking(run, cancel)


def _client_tokens(client: Any) -> list[str]:
    value = client._auth_headers.get("Authorization", "")
    return [value, value.removeprefix("Bearer ")] if value else []


def _error_of(xet: Any, exc: Exception, what: str, secrets: list[str]) -> Exception:
    """hf_xet's failure as an ``hfhub.errors`` error, without a token in its message."""
    text = str(exc)
    for secret in secrets:
        if secret:
            text = text.replace(secret, "[redacted]")
    text = text[:500]
    if isinstance(exc, xet.XetAuthenticationError):
        return XetTokenError(f"the Xet storage refused the token for this {what}; nothing was placed ({text})")
    return XetStorageError(f"the Xet storage failed the {what}; nothing was placed ({type(exc).__name__}: {text})")
