"""Exit statuses of ``hfhub`` and the error each failure is reported with.

0: success. 1: the server failed or could not be reached, or another error. 2: usage (bad
arguments or input, refused before anything is sent). 3: authentication or permission (no
token, invalid token, gated repository). 4: not found (repository, revision, file...).
130: interrupted.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

OK = 0
FAILURE = 1
USAGE = 2
AUTH = 3
NOT_FOUND = 4
INTERRUPTED = 130
_KINDS = {"models": "model", "datasets": "dataset", "spaces": "space"}


class UsageError(Exception):
    """Bad input found by a command itself (argparse reports the rest)."""


def status_for(exc: BaseException) -> int:
    """The exit status for a failure raised by a command."""
    if isinstance(exc, KeyboardInterrupt):
        return INTERRUPTED
    if isinstance(exc, (UsageError, ValueError, TypeError)):
        return USAGE
    errors = sys.modules.get("hfhub.errors")
    if errors is not None:
        # Not-found first: without a token the Hub answers 401 RepoNotFound for a missing repository.
        if isinstance(exc, errors.NotFoundError):
            return NOT_FOUND
        if isinstance(exc, (errors.AuthenticationError, errors.PermissionDeniedError, errors.GatedRepoError)):
            return AUTH
    return FAILURE


def report(exc: BaseException, args: argparse.Namespace | None = None) -> int:
    """Print ``exc`` on stderr as ``hfhub: error: ...`` and return its exit status.

    A missing repository, revision or file is named from the command's own arguments, with
    the server's words after it and a hint of what to try.
    """
    status = status_for(exc)
    if status == INTERRUPTED:
        print("\nhfhub: interrupted", file=sys.stderr)
        return status
    text = str(exc) or type(exc).__name__
    if status == NOT_FOUND:
        text = _not_found(exc, vars(args) if args is not None else {}, text)
    print(f"hfhub: error: {text}", file=sys.stderr)
    return status


def _not_found(exc: BaseException, args: dict[str, Any], server: str) -> str:
    """The error's own words when they name what is missing (hfhub.errors does for the Hub's file and
    repository URLs), else a sentence from the command's arguments before them; then what to try."""
    # The kind of repository: --repo-type, or the group (``hfhub models info``, ``hfhub api datasets ...``).
    kind = args.get("repo_type") or _KINDS.get(args.get("kind") or args.get("resource") or "")
    repo = args.get("repo_id") or args.get("from_id")
    if repo is None or kind is None:
        return server + _private_note(exc)
    revision = args.get("revision") or "main"
    path = _path_in(getattr(exc, "url", None) or "") or args.get("path")
    code = getattr(exc, "error_code", None)
    if code == "RevisionNotFound":
        what = f"revision {revision!r} not found in {kind} {repo}"
        hint = f"`hfhub api {kind}s list_refs {repo}` lists its branches and tags"
    elif code == "EntryNotFound" and path:
        what = f"{path!r} not found in {kind} {repo} at revision {revision}"
        hint = f"`hfhub ls {repo} --repo-type {kind} --revision {revision} -R` lists its files"
    else:
        what = f"{kind} {repo} not found"
        other = " or ".join(f"--repo-type {t}" for t in ("model", "dataset", "space") if t != kind)
        hint = f"check the name; is it a {'dataset or Space' if kind == 'model' else 'different kind of repository'} ({other})?"
    text = server if repo in server else f"{what}\n  ({server})"
    return f"{text}\n  hint: {hint}" + _private_note(exc)


def _private_note(exc: BaseException) -> str:
    if getattr(exc, "status_code", None) == 401:
        return "\n  (a private repository looks missing without a token: run `hfhub auth login` or set HF_TOKEN)"
    return ""


def _path_in(url: str) -> str | None:
    """The file of a ``.../resolve/REVISION/PATH`` or ``.../tree/REVISION/PATH`` URL, decoded."""
    from urllib.parse import unquote

    for marker in ("/resolve/", "/tree/"):
        if marker in url:
            path = url.split(marker, 1)[1].partition("/")[2]
            return unquote(path) or None
    return None
