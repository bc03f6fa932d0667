"""Where the pinned Hub spec lives: read in place from `../shared`, never copied."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
PINNED_SPEC = REPO_ROOT.parent / "shared" / "hub-openapi" / "openapi.json"
HISTORY_DIR = PINNED_SPEC.parent / "history"


@lru_cache(maxsize=None)
def _text(path: Path) -> str:
    return path.read_text()


def load_spec(path: Path = PINNED_SPEC) -> dict:
    """A fresh parsed copy of a spec file (the text is read once)."""
    return json.loads(_text(path))
