"""The Hub spec the lock pins (``shared_paths.locked_spec``), read in place, never copied; history from `../shared`."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from shared_paths import HISTORY as HISTORY_DIR
from shared_paths import ROOT as REPO_ROOT
from shared_paths import locked_spec

__all__ = ["HISTORY_DIR", "PINNED_SPEC", "REPO_ROOT", "load_spec"]

PINNED_SPEC = locked_spec()


@lru_cache(maxsize=None)
def _text(path: Path) -> str:
    return path.read_text()


def load_spec(path: Path = PINNED_SPEC) -> dict:
    """A fresh parsed copy of a spec file (the text is read once)."""
    return json.loads(_text(path))
