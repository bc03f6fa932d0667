"""Failures of file transfers, in the ``hfhub.errors`` hierarchy."""

from __future__ import annotations

from ..errors import EntryNotFoundError, HubError

__all__ = ["LocalEntryNotFoundError", "IntegrityError"]


class LocalEntryNotFoundError(EntryNotFoundError, FileNotFoundError):
    """Offline (``local_files_only`` or ``HF_HUB_OFFLINE``) and the file is not in the cache."""


class IntegrityError(HubError):
    """A downloaded body does not match the size or hash the Hub announced; nothing was placed."""
