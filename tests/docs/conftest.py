"""The documentation site, built once per run (``shared_build.once``) with ``mkdocs build --strict``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from shared_build import once
from shared_paths import ROOT


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site as ``make docs`` builds it (strict: a broken link or missing reference fails), in a temp folder."""

    def build(folder: Path) -> None:
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
        done = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(ROOT / "mkdocs.yml"),
             "--site-dir", str(folder / "site")],
            cwd=ROOT, capture_output=True, text=True, timeout=600, env=env,
        )
        assert done.returncode == 0, done.stdout + done.stderr

    return once(tmp_path_factory, "docs-site", build) / "site"
