"""User code against the installed wheel: typed results pass both checkers, planted mistakes are caught.

The run's wheel (``shared_build``, built from a copy of the project) is installed into a fresh
venv (an editable install would hide a missing ``py.typed`` or a file the wheel leaves out); mypy and pyright
then check ``corpus/`` with that venv's site-packages only. In ``corpus/``, a line marked
``# E: <mypy code> <pyright rule>`` must be reported by each checker with that code; every
other line must be clean.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from checkers import Diagnostic, clean_env, run_mypy, run_pyright
from shared_build import hfhub_wheel, venv_with

# Installs the run's wheel and runs both checkers (about a minute); on one worker, so none waits for the venv.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("typing-corpus")]

CORPUS = Path(__file__).resolve().parent / "corpus"
_MARK = re.compile(r"#\s*E:\s*(?P<mypy>[a-z0-9-]+)\s+(?P<pyright>report\w+)\s*$")

# User code is checked for the Python running the tests (.ci/run runs them on the oldest and newest supported).
PYTHON_VERSION = f"{sys.version_info.major}.{sys.version_info.minor}"
MYPY_CONFIG = f"""\
[mypy]
strict = true
python_version = {PYTHON_VERSION}
"""
PYRIGHT_CONFIG = f"""\
{{"include": ["corpus"], "typeCheckingMode": "strict", "pythonVersion": "{PYTHON_VERSION}"}}
"""


def expectations() -> dict[tuple[str, int], tuple[str, str]]:
    """``{(file name, line): (mypy code, pyright rule)}`` from the corpus's ``# E:`` markers."""
    expected = {}
    for path in sorted(CORPUS.glob("*.py")):
        for number, line in enumerate(path.read_text().splitlines(), 1):
            mark = _MARK.search(line)
            if mark:
                expected[(path.name, number)] = (mark["mypy"], mark["pyright"])
    return expected


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(a work dir holding ``corpus/``, the python of a fresh venv holding only the hfhub wheel and Pillow)."""
    # Pillow as the inference extra brings it: image results are typed PIL.Image.Image (its own inline types).
    python = venv_with(tmp_path_factory, "typing-venv", str(hfhub_wheel(tmp_path_factory)), "pillow>=10")
    work = tmp_path_factory.mktemp("typing")
    shutil.copytree(CORPUS, work / "corpus")
    (work / "mypy.ini").write_text(MYPY_CONFIG)
    (work / "pyrightconfig.json").write_text(PYRIGHT_CONFIG)
    return work, python


def test_the_wheel_carries_both_py_typed_markers(installed: tuple[Path, Path]) -> None:
    _, python = installed
    venv_root = str(python.parent.parent)
    found = subprocess.run(
        [str(python), "-c", "import hfhub, hfhub_api, pathlib; print(*(pathlib.Path(m.__file__).parent / 'py.typed'"
                            " for m in (hfhub, hfhub_api)), sep='\\n')"],
        env=clean_env(), check=True, capture_output=True, text=True,
    ).stdout.split()
    assert len(found) == 2 and all(Path(p).is_file() for p in found), found
    assert all(p.startswith(venv_root) for p in found), "hfhub must be imported from the wheel, not the worktree"


def _compare(errors: list[Diagnostic], checker: int) -> list[str]:
    expected = expectations()
    reported: dict[tuple[str, int], set[str]] = defaultdict(set)
    for error in errors:
        reported[(Path(error.file).name, error.line)].add(error.code)
    problems = [
        f"{name}:{line}: expected [{codes[checker]}], got {sorted(reported.get((name, line), set())) or 'nothing'}"
        for (name, line), codes in sorted(expected.items())
        if codes[checker] not in reported.get((name, line), set())
    ]
    problems += [str(e) for e in errors if (Path(e.file).name, e.line) not in expected]
    return problems


def test_the_corpus_plants_enough_mistakes() -> None:
    assert len(expectations()) >= 10


def test_mypy_strict_on_user_code_against_the_wheel(installed: tuple[Path, Path]) -> None:
    work, python = installed
    errors = run_mypy(
        ["--config-file", "mypy.ini", "--cache-dir", str(work / "mypy-cache"), "--python-executable", str(python), "corpus"],
        cwd=work, env=clean_env(),
    )
    problems = _compare(errors, 0)
    assert not problems, "\n".join(problems)


def test_pyright_strict_on_user_code_against_the_wheel(installed: tuple[Path, Path]) -> None:
    work, python = installed
    problems = _compare(run_pyright(["--pythonpath", str(python)], cwd=work, env=clean_env()), 1)
    assert not problems, "\n".join(problems)
