"""Exit statuses of ``hfhub`` and the error each failure is reported with.

0: success. 1: the server failed or could not be reached, or another error. 2: usage (bad
arguments or input, refused before anything is sent). 3: authentication or permission (no
token, invalid token, gated repository). 4: not found (repository, revision, file...).
130: interrupted.
"""

from __future__ import annotations

import sys

OK = 0
FAILURE = 1
USAGE = 2
AUTH = 3
NOT_FOUND = 4
INTERRUPTED = 130


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


def report(exc: BaseException) -> int:
    """Print ``exc`` on stderr as ``hfhub: error: ...`` and return its exit status."""
    status = status_for(exc)
    if status == INTERRUPTED:
        print("\nhfhub: interrupted", file=sys.stderr)
        return status
    text = str(exc) or type(exc).__name__
    if status == NOT_FOUND and getattr(exc, "status_code", None) == 401:
        text += "\n  (a private repository looks missing without a token: run `hfhub auth login` or set HF_TOKEN)"
    print(f"hfhub: error: {text}", file=sys.stderr)
    return status
