"""Paths shared by every test: the repository, ../shared, and scripts/ on sys.path."""

from __future__ import annotations

import json
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
    if not path.exists():
        pytest.skip(f"{path} is absent: these tests read ../shared in place (clone the project beside it)")
    return path


@pytest.fixture(scope="session")
def pinned_spec() -> dict:
    return json.loads(require(PINNED_SPEC).read_text())


def history_snapshots() -> list[Path]:
    return sorted(HISTORY.glob("*.json")) if HISTORY.is_dir() else []
