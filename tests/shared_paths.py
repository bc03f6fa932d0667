"""Paths every test may need: the repository, ../shared (read in place), scripts/ on sys.path."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
PINNED_SPEC = SHARED / "hub-openapi" / "openapi.json"  # the snapshot the lock pins in a checkout: see locked_spec
HISTORY = SHARED / "hub-openapi" / "history"
LOCK = ROOT / "spec" / "openapi.lock.json"
FETCHED_SPEC = ROOT / "spec" / "openapi.json"  # git-ignored: written by scripts/fetch_spec.py

if str(ROOT / "scripts") not in sys.path:
    sys.path.insert(0, str(ROOT / "scripts"))


def require(path: Path) -> Path:
    """``path``, or a skip saying that ../shared is missing."""
    if not path.exists():
        pytest.skip(f"{path} is absent: these tests read ../shared in place (clone the project beside it)")
    return path


def locked_spec() -> Path:
    """The document ``spec/openapi.lock.json`` pins: the one ``generated/`` and the name pins were made from.

    After the spec-update workflow fetched a new version, that is ``spec/openapi.json`` (when its
    sha256 is the lock's); else the snapshot in ../shared, ``PINNED_SPEC``.
    """
    sha = json.loads(LOCK.read_text())["sha256"]
    if FETCHED_SPEC.exists() and hashlib.sha256(FETCHED_SPEC.read_bytes()).hexdigest() == sha:
        return FETCHED_SPEC
    return PINNED_SPEC


def history_snapshots() -> list[Path]:
    return sorted(HISTORY.glob("*.json")) if HISTORY.is_dir() else []
