"""Builds every test process shares (the wheel, its venvs, the documentation site): made once per run, under a lock.

pytest-xdist workers are separate processes, so a session fixture alone builds once per worker;
``once`` keeps its result in the folder all workers of the run share and builds it only in
the first worker that asks, the others waiting on the lock and then reusing it.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path
from typing import Callable

import pytest

from shared_paths import ROOT

BUILD_TIMEOUT = 600  # seconds: detects a hang, not a slow index
# What would make the build see the checkout or the developer's settings instead of the wheel.
_DROPPED = ("PYTHONPATH", "MYPYPATH", "VIRTUAL_ENV")


def clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in _DROPPED}


def once(factory: pytest.TempPathFactory, name: str, build: Callable[[Path], None]) -> Path:
    """The folder ``build(folder)`` filled, built once for the whole run (every xdist worker)."""
    root = factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent  # popen-gw0, popen-gw1... sit in the run's own numbered folder
    target = root / f"shared-{name}"
    with open(root / f"shared-{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (target / ".built").exists():  # a build that failed or skipped in another worker is tried again
            shutil.rmtree(target, ignore_errors=True)
            target.mkdir()
            build(target)
            (target / ".built").touch()
    return target


def hfhub_wheel(factory: pytest.TempPathFactory) -> Path:
    """The hfhub wheel, built from a copy of the project (setuptools writes build/ beside its sources)."""

    def build(work: Path) -> None:
        source = work / "src"
        source.mkdir()
        for name in ("pyproject.toml", "README.md", "LICENSE"):
            shutil.copy2(ROOT / name, source / name)
        for name in ("overlay", "generated"):
            shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(work / "dist"), str(source)],
                       env=clean_env(), check=True, capture_output=True, timeout=BUILD_TIMEOUT)

    (wheel,) = (once(factory, "wheel", build) / "dist").glob("hfhub-*.whl")
    return wheel


def venv_with(factory: pytest.TempPathFactory, name: str, *requirements: str) -> Path:
    """The python of a venv (no system site packages) holding ``requirements`` and their dependencies, built once.

    The venv gets no pip of its own: this interpreter's pip installs into it (``pip --python``),
    which saves the ``ensurepip`` step. A failed install skips, saying why.
    """

    def build(work: Path) -> None:
        venv.create(work / "venv", with_pip=False)
        install = subprocess.run(
            [sys.executable, "-m", "pip", "--disable-pip-version-check", "--python", str(work / "venv" / "bin" / "python"),
             "install", "--quiet", *requirements],
            env=clean_env(), capture_output=True, text=True, timeout=BUILD_TIMEOUT,
        )
        if install.returncode != 0:
            pytest.skip(f"cannot install {' '.join(requirements)} into a venv: {install.stderr[-500:]}")

    return once(factory, name, build) / "venv" / "bin" / "python"
