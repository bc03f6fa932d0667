"""The Hub specs the contract tests read in place, never copied.

``load_spec()`` is the one the lock pins (``shared_paths.locked_spec``), from which the client was
generated: what Prism serves and the client is called against. Tests counting what one document
holds name it: ``PINNED_SPEC``, the snapshot in ../shared, or one of ``HISTORY_DIR``.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from shared_paths import HISTORY as HISTORY_DIR
from shared_paths import PINNED_SPEC
from shared_paths import ROOT as REPO_ROOT
from shared_paths import locked_spec

__all__ = ["HISTORY_DIR", "PINNED_SPEC", "REPO_ROOT", "load_spec"]

CLIENT_SPEC = locked_spec()


@lru_cache(maxsize=None)
def _text(path: Path) -> str:
    return path.read_text()


def load_spec(path: Path = CLIENT_SPEC) -> dict:
    """A fresh parsed copy of a spec file (the text is read once)."""
    return json.loads(_text(path))
