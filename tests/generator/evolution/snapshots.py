"""The published Hub spec snapshots, oldest first, and name maps pinned the way CI pins them."""

from __future__ import annotations

import json
import sys
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SCRIPTS = ROOT / "scripts"
SHARED = ROOT.parent / "shared" / "hub-openapi"
SNAPSHOTS = (
    ("2026-03-24", SHARED / "history" / "hub-openapi-2026-03-24.json"),
    ("2026-05-04", SHARED / "history" / "hub-openapi-2026-05-04.json"),
    ("2026-06-25", SHARED / "history" / "hub-openapi-2026-06-25.json"),
    ("2026-08-01", SHARED / "history" / "hub-openapi-2026-08-01.json"),
    ("pinned", SHARED / "openapi.json"),
)
PAIRS = [(i, f"{SNAPSHOTS[i][0]}->{SNAPSHOTS[i + 1][0]}") for i in range(len(SNAPSHOTS) - 1)]

if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

from hfgen.naming import operation_names  # noqa: E402
from spec_diff import diff_specs  # noqa: E402


@lru_cache(maxsize=None)
def snapshot(index: int) -> dict:
    """A parsed snapshot; shared between tests, so never mutate it."""
    return json.loads(SNAPSHOTS[index][1].read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def pinned_name_maps() -> tuple[dict[str, str], ...]:
    """For each snapshot, the name map as fetch_spec.py grows it: every name ever given stays."""
    maps, current = [], {}
    for i in range(len(SNAPSHOTS)):
        current = {**current, **operation_names(snapshot(i), current)}
        maps.append(dict(current))
    return tuple(maps)


@lru_cache(maxsize=None)
def pair_diff(index: int) -> dict:
    """diff_specs of snapshot ``index`` -> ``index + 1`` with pinned names."""
    maps = pinned_name_maps()
    return diff_specs(snapshot(index), snapshot(index + 1), old_name_map=maps[index], new_name_map=maps[index + 1])


@lru_cache(maxsize=None)
def derived_pair_diff(index: int) -> dict:
    """diff_specs of snapshot ``index`` -> ``index + 1`` with names derived, nothing pinned."""
    return diff_specs(snapshot(index), snapshot(index + 1), old_name_map={}, new_name_map={})
