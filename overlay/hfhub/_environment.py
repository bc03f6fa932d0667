"""The ``HF_*`` settings huggingface_hub reads from the environment, read the same way.

Each is read when it is needed, never at import, so a changed environment is seen by the
next call. A value that cannot mean anything raises ``ValueError`` naming the variable.
"""

from __future__ import annotations

import logging
import os

__all__ = [
    "is_true",
    "true_value",
    "progress_bars_forced",
    "etag_timeout",
    "download_timeout",
    "transfer_timeouts",
    "symlinks_disabled",
    "symlink_unless_disabled",
    "verbosity",
    "debug",
]

_TRUE = frozenset({"1", "on", "yes", "true"})
# HF_HUB_VERBOSITY's names, as huggingface_hub.utils.logging spells them.
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING,
           "error": logging.ERROR, "critical": logging.CRITICAL}


def is_true(name: str) -> bool:
    """Whether the variable is set to ``1``, ``on``, ``yes`` or ``true`` (any case)."""
    return true_value(os.environ.get(name))


def true_value(value: str | None) -> bool:
    """Whether ``value`` is ``1``, ``on``, ``yes`` or ``true`` (any case, spaces around ignored)."""
    return (value or "").strip().lower() in _TRUE


def progress_bars_forced() -> bool | None:
    """``HF_HUB_DISABLE_PROGRESS_BARS``: ``False`` when true (bars off), ``True`` when set to anything
    else (bars on, even without a terminal), ``None`` when unset (bars where someone watches)."""
    value = os.environ.get("HF_HUB_DISABLE_PROGRESS_BARS")
    if value is None:
        return None
    return not is_true("HF_HUB_DISABLE_PROGRESS_BARS")


def _seconds(name: str) -> float | None:
    """A whole number of seconds (huggingface_hub reads these with ``int()``); unset or 0: ``None``."""
    value = (os.environ.get(name) or "").strip()
    if not value:
        return None
    try:
        seconds = int(value)
    except ValueError:
        raise ValueError(f"{name} must be a whole number of seconds, not {value!r}") from None
    if seconds < 0:
        raise ValueError(f"{name} must not be negative, not {value!r}")
    return float(seconds) or None


def etag_timeout() -> float | None:
    """``HF_HUB_ETAG_TIMEOUT``: seconds a file's metadata request (``HEAD``) may take; ``None`` when unset."""
    return _seconds("HF_HUB_ETAG_TIMEOUT")


def download_timeout() -> float | None:
    """``HF_HUB_DOWNLOAD_TIMEOUT``: seconds to connect, and the longest wait between two reads of a file's bytes."""
    return _seconds("HF_HUB_DOWNLOAD_TIMEOUT")


def transfer_timeouts(method: str, timeouts: dict[str, float | None], left: float | None = None) -> dict[str, float | None]:
    """The httpx2 timeouts of one file request (``request.extensions["timeout"]``).

    The metadata ``HEAD`` takes ``HF_HUB_ETAG_TIMEOUT`` seconds for each operation, the body
    ``GET`` ``HF_HUB_DOWNLOAD_TIMEOUT`` (to connect, and between two reads), in place of the
    client's ``timeouts``, never beyond ``left`` (what is left of the call); other requests,
    and both when the variables are unset, keep ``timeouts``. Both are read each time, so a
    meaningless one is refused before the first request of a download, not between two.
    """
    etag, download = etag_timeout(), download_timeout()
    seconds = etag if method == "HEAD" else download if method == "GET" else None
    if seconds is None:
        return timeouts
    return dict.fromkeys(timeouts, seconds if left is None else min(seconds, max(left, 0.001)))


def symlinks_disabled() -> bool:
    """``HF_HUB_DISABLE_SYMLINKS``: the cache holds copies of its blobs instead of links to them."""
    return is_true("HF_HUB_DISABLE_SYMLINKS")


def symlink_unless_disabled(source: str, target: str | os.PathLike[str]) -> None:
    """``os.symlink``, refused with ``OSError`` (the error a file system that has no links gives,
    which makes the cache copy the file instead) when ``HF_HUB_DISABLE_SYMLINKS`` is set."""
    if symlinks_disabled():
        raise OSError(f"HF_HUB_DISABLE_SYMLINKS is set: {os.fspath(target)} is a copy, not a link")
    os.symlink(source, target)


def verbosity() -> int | None:
    """``HF_HUB_VERBOSITY`` (``debug``, ``info``, ``warning``, ``error``, ``critical``) as a logging
    level, ``DEBUG`` when ``HF_DEBUG`` is true; ``None`` when neither is set."""
    if debug():
        return logging.DEBUG
    value = (os.environ.get("HF_HUB_VERBOSITY") or "").strip().lower()
    if not value:
        return None
    if value not in _LEVELS:
        raise ValueError(f"HF_HUB_VERBOSITY must be one of {', '.join(_LEVELS)}, not {value!r}")
    return _LEVELS[value]


def debug() -> bool:
    """``HF_DEBUG``: log every request as a curl command too (the token masked)."""
    return is_true("HF_DEBUG")
