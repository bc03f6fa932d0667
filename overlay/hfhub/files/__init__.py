"""File transfer for the Hub: the shared cache, downloads, snapshots, uploads and commits, listings.

The methods live on ``hub.models``, ``hub.datasets`` and ``hub.spaces``; this package holds the
types they take and return::

    from hfhub.files import CommitOperationAdd, CommitOperationDelete
"""

from __future__ import annotations

from ._cache import cache_root
from ..errors import IntegrityError, LocalEntryNotFoundError, UnsafeNameError, XetTokenError
from ._listing import LfsInfo, RepoFile, RepoFolder
from ._operations import CommitOperation, CommitOperationAdd, CommitOperationCopy, CommitOperationDelete, CommitResult, Deduplication
from ._progress import ProgressCallback

__all__ = [
    "CommitOperation",
    "CommitOperationAdd",
    "CommitOperationCopy",
    "CommitOperationDelete",
    "CommitResult",
    "Deduplication",
    "IntegrityError",
    "LfsInfo",
    "LocalEntryNotFoundError",
    "ProgressCallback",
    "RepoFile",
    "RepoFolder",
    "UnsafeNameError",
    "XetTokenError",
    "cache_root",
]
