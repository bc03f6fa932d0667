"""The package itself is clean under ``mypy --strict`` and pyright strict (config in pyproject.toml)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from checkers import ROOT, run_mypy, run_pyright

pytestmark = pytest.mark.slow  # each checker reads ~130 modules: 10-60 s


def test_mypy_strict_reports_nothing_on_overlay_and_generated(tmp_path: Path) -> None:
    errors = run_mypy(["--cache-dir", str(tmp_path / "mypy-cache")], cwd=ROOT)
    assert not errors, f"{len(errors)} mypy errors:\n" + "\n".join(map(str, errors[:50]))


def test_pyright_strict_reports_nothing_on_overlay_and_generated() -> None:
    errors = run_pyright(["--pythonpath", sys.executable], cwd=ROOT)
    assert not errors, f"{len(errors)} pyright errors:\n" + "\n".join(map(str, errors[:50]))
