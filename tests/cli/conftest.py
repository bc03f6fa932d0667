"""The ``hfhub`` console script installed from the built wheel into a clean virtual environment.

``cli_env`` takes the run's wheel (``shared_build``), creates a venv without system site
packages, installs the wheel with its runtime dependencies and its ``files`` extra (the cache
lock, progress bars), and yields the folder of the script.
``hfhub(*args)`` runs it with HOME and HF_HOME in a temp dir, no PYTHONPATH (so the wheel's
code runs, not the checkout's) and no token or endpoint from the developer's machine;
``hf(*args)`` runs huggingface_hub's command (of the test environment) the same way.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Callable, Iterator

import pytest

from tooling.conftest import hub_spec, prism_server, served_spec_file  # noqa: F401 - the suite's Prism fixtures
from shared_build import hfhub_wheel, venv_with

ROOT = Path(__file__).resolve().parents[2]
_DROPPED = ("PYTHONPATH", "HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "HF_TOKEN_PATH", "HF_ENDPOINT",
            "HF_INFERENCE_ENDPOINT", "XDG_CACHE_HOME", "VIRTUAL_ENV")


@pytest.fixture(scope="session")
def cli_env(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bin/ folder of a fresh venv holding the hfhub wheel and its ``files`` extra (one for the whole run)."""
    wheel = hfhub_wheel(tmp_path_factory)
    return venv_with(tmp_path_factory, "cli-venv", f"{wheel}[files]").parent


@pytest.fixture
def cli_home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    (home / ".cache").mkdir(parents=True)
    return home


@pytest.fixture
def cli_environ(cli_env: Path, cli_home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _DROPPED}
    env.update(HOME=str(cli_home), HF_HOME=str(cli_home / ".cache" / "huggingface"), NO_COLOR="1", COLUMNS="120")
    env["PATH"] = f"{cli_env}{os.pathsep}{env.get('PATH', '')}"
    return env


@pytest.fixture
def hfhub(cli_env: Path, cli_environ: dict[str, str]) -> Callable[..., subprocess.CompletedProcess]:
    """``hfhub(*args, input=None, env={...}, cwd=None)``: run the installed script, capture its output."""

    def run(*args: str, input: str | None = None, env: dict[str, str] | None = None, cwd: Path | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess:
        return subprocess.run([str(cli_env / "hfhub"), *args], input=input, env={**cli_environ, **(env or {})},
                              cwd=cwd, capture_output=True, text=True, timeout=timeout)

    return run


@pytest.fixture
def stand_in_hub(serve) -> Iterator:
    """The local stand-in Hub (``hub_stand_in``) on loopback."""
    from .hub_stand_in import handle

    yield serve(handle)


@pytest.fixture
def hf(cli_environ: dict[str, str]) -> Callable[..., subprocess.CompletedProcess]:
    """``hf(*args, env={...}, input="")``: huggingface_hub's ``hf``, with the same home as ``hfhub``."""
    script = Path(sys.executable).with_name("hf")

    def run(*args: str, env: dict[str, str] | None = None, input: str = "") -> subprocess.CompletedProcess:
        # No Xet: the stand-in speaks the git-lfs batch API, which hf uses then, as hfhub does without hf-xet.
        environ = {**cli_environ, "HF_HUB_DISABLE_UPDATE_CHECK": "1", "HF_HUB_DISABLE_XET": "1", **(env or {})}
        return subprocess.run([str(script), *args], env=environ, input=input, capture_output=True, text=True, timeout=120)

    return run
