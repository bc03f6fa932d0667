"""Paths every test may need: the repository, ../shared (read in place), scripts/ on sys.path."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
PINNED_SPEC = SHARED / "hub-openapi" / "openapi.json"
HISTORY = SHARED / "hub-openapi" / "history"

if str(ROOT / "scripts") not in sys.path:
    sys.path.insert(0, str(ROOT / "scripts"))


def require(path: Path) -> Path:
    """``path``, or a skip saying that ../shared is missing."""
    if not path.exists():
        pytest.skip(f"{path} is absent: these tests read ../shared in place (clone the project beside it)")
    return path


def history_snapshots() -> list[Path]:
    return sorted(HISTORY.glob("*.json")) if HISTORY.is_dir() else []
