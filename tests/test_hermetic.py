"""The suite runs in a home of its own: nothing from the machine's HOME is read, nothing is written there."""

from __future__ import annotations

import os
import pwd
import subprocess
import sys
import tempfile
from pathlib import Path


def _inside(path: str, root: str) -> bool:
    return Path(path).resolve().is_relative_to(Path(root).resolve())


def test_home_and_caches_are_temporary() -> None:
    temp = tempfile.gettempdir()
    for name in ("HOME", "XDG_CACHE_HOME", "HF_HOME"):
        assert _inside(os.environ[name], temp), name
    assert not _inside(os.environ["HOME"], pwd.getpwuid(os.getuid()).pw_dir)


def test_huggingface_hub_uses_the_temporary_home() -> None:
    from huggingface_hub import constants

    # Its constants are read at its first import: the process home, or a test's own HF_HOME.
    for path in (constants.HF_HOME, constants.HF_HUB_CACHE, constants.AGENT_HARNESSES_PATH):
        assert _inside(path, tempfile.gettempdir()), path
        assert not _inside(path, pwd.getpwuid(os.getuid()).pw_dir), path


def test_spawned_processes_inherit_the_temporary_home() -> None:
    out = subprocess.run([sys.executable, "-c", "import os; print(os.path.expanduser('~'))"],
                         capture_output=True, text=True, check=True).stdout.strip()
    assert out == os.environ["HOME"]
