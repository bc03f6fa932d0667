"""Failures of file transfers, in the ``hfhub.errors`` hierarchy."""

from __future__ import annotations

from ..errors import EntryNotFoundError, HubError

__all__ = ["LocalEntryNotFoundError", "IntegrityError", "UnsafeNameError"]


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
