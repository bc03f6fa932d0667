"""The one rule for every name that comes from outside and may become part of a path on disk.

A tree listing, a header, a commit answer or a caller's argument all pass through here before
the file layer joins them to a folder: repository paths, etags (blob names), commits and the
Xet hashes that name files in a CAS (and shared blobs in huggingface_hub's cache).
``source`` says where a name came from, so a refusal names both the value and its origin.
"""

from __future__ import annotations

import re

from ..errors import UnsafeNameError

__all__ = ["repo_path", "commit_path", "revision_name", "etag_name", "commit_name", "xet_hash_name", "COMMIT_HASH"]

COMMIT_HASH = re.compile(r"[0-9a-f]{40}")
_HASH = re.compile(r"[0-9a-f]{40}|[0-9a-f]{64}")
_XET_HASH = re.compile(r"[0-9a-f]{64}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_NAME_MAX = 255  # bytes in one path segment on every common file system
_PATH_MAX = 4096
# What Windows reads as a drive or a device in any segment ("C:", "C:x"): refused everywhere, so a
# cache written on Linux stays safe when a Windows process reads it, as huggingface_hub does.
_DRIVE = re.compile(r"^[A-Za-z]:")
_RESERVED_FOLDERS = (".git", ".cache")


def _refuse(what: str, value: object, source: str, why: str) -> UnsafeNameError:
    return UnsafeNameError(f"refused {what} {value!r} from {source}: {why}", name=value, source=source)


def repo_path(value: object, source: str = "the filename argument") -> str:
    """A path inside a repository: relative, ``/``-separated, every segment a plain file name."""
    if not isinstance(value, str) or not value:
        raise _refuse("path", value, source, "expected a non-empty str")
    if value.startswith("/"):
        raise _refuse("path", value, source, "absolute paths are not allowed")
    if "\\" in value:
        raise _refuse("path", value, source, "backslashes are not allowed ('/' separates folders)")
    if _CONTROL.search(value):
        raise _refuse("path", value, source, "NUL and control characters are not allowed")
    if len(value.encode("utf-8", "surrogatepass")) > _PATH_MAX:
        raise _refuse("path", value[:64] + "...", source, f"longer than {_PATH_MAX} bytes")
    for part in value.split("/"):
        if part in ("", ".", ".."):
            raise _refuse("path", value, source, "empty, '.' and '..' segments are not allowed")
        if len(part.encode("utf-8", "surrogatepass")) > _NAME_MAX:
            raise _refuse("path", value, source, f"a segment is longer than {_NAME_MAX} bytes")
        if _DRIVE.match(part):
            raise _refuse("path", value, source, "a segment reads as a drive ('C:')")
    return value


def commit_path(value: object, source: str = "the path_in_repo argument") -> str:
    """Where a commit writes: a repository path, a leading ``/`` or ``./`` dropped as huggingface_hub
    does, never inside ``.git`` or ``.cache`` (the Hub's and the local folders' own metadata)."""
    if isinstance(value, str):
        value = value[1:] if value.startswith("/") else value
        value = value[2:] if value.startswith("./") else value
    path = repo_path(value, source)
    if any(part in _RESERVED_FOLDERS for part in path.split("/")):
        raise _refuse("path", path, source, f"files under {' or '.join(_RESERVED_FOLDERS)} folders cannot be committed")
    return path


def revision_name(value: object, source: str = "the revision argument") -> str:
    """A branch, tag or commit, which names a file under ``refs/``: the rule of :func:`repo_path`."""
    if value is None:
        return "main"
    if not isinstance(value, str) or not value.strip():
        raise _refuse("revision", value, source, "expected a non-empty str")
    try:
        return repo_path(value, source)
    except UnsafeNameError as exc:
        raise _refuse("revision", value, source, str(exc).rsplit(": ", 1)[-1]) from None


def etag_name(value: object, source: str) -> str:
    """An etag as the Hub sends it (a git sha1 or a sha256, maybe weak and quoted), as a blob name.

    Anything else is refused: it would neither name a blob safely nor let the body be verified.
    """
    text = value.strip() if isinstance(value, str) else value
    if isinstance(text, str):
        if text.startswith("W/"):
            text = text[2:]
        text = text.strip('"').lower()
    if not isinstance(text, str) or not _HASH.fullmatch(text):
        raise _refuse("etag", value, source, "expected a 40- or 64-character hex hash")
    return text


def commit_name(value: object, source: str) -> str:
    """A commit hash: 40 lowercase hex characters."""
    if not isinstance(value, str) or not COMMIT_HASH.fullmatch(value):
        raise _refuse("commit", value, source, "expected 40 hex characters")
    return value


def xet_hash_name(value: object, source: str) -> str:
    """A Xet file hash: 64 hex characters (lowercased), as the Hub sends it in ``X-Xet-Hash`` and ``xetHash``."""
    text = value.lower() if isinstance(value, str) else value
    if not isinstance(text, str) or not _XET_HASH.fullmatch(text):
        raise _refuse("Xet hash", value, source, "expected 64 hex characters")
    return text
