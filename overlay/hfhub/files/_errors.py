"""Failures of file transfers, in the ``hfhub.errors`` hierarchy."""

from __future__ import annotations

from ..errors import APIConnectionError, AuthenticationError, EntryNotFoundError, HubError

__all__ = ["LocalEntryNotFoundError", "IntegrityError", "UnsafeNameError", "XetTokenError", "XetStorageError"]


class LocalEntryNotFoundError(EntryNotFoundError, FileNotFoundError):
    """Offline (``local_files_only`` or ``HF_HUB_OFFLINE``) and the file is not in the cache."""


class IntegrityError(HubError):
    """A downloaded body does not match the size or hash the Hub announced; nothing was placed."""


class UnsafeNameError(HubError, ValueError):
    """A name that would not stay inside its folder (``..``, an absolute path, a link out, a bad hash).

    ``name`` is the value refused and ``source`` where it came from (a tree listing, a header, an
    argument); nothing was written. Also a ``ValueError``, as a bad argument is.
    """

    def __init__(self, message: str, *, name: object = None, source: str = "") -> None:
        super().__init__(message)
        self.name = name
        self.source = source


class XetTokenError(AuthenticationError):
    """The Xet token the Hub gave was expired (again, after one refresh), unusable, or refused by the CAS.

    Nothing was placed, and the message never holds the token. A token route that answers with an
    error status raises that status's error instead (``AuthenticationError``, ``PermissionDeniedError``...).
    """


class XetStorageError(APIConnectionError):
    """The Xet storage (CAS) failed a transfer: unreachable, missing an object, or it stopped.

    The file layer then takes the LFS bridge, once (logged): a caller sees the bridge's outcome.
    """
