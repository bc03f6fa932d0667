"""Run mypy and pyright the way a user or CI does, and read their diagnostics as (file, line, code)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYRIGHT_BIN = ROOT / "tests" / "tooling" / "node_modules" / ".bin" / "pyright"
CHECK_TIMEOUT = 900  # seconds: detects a hung checker, not a slow one

_MYPY_LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): error: (?P<message>.*?)(?:  \[(?P<code>[a-z0-9-]+)\])?$")


@dataclass(frozen=True)
class Diagnostic:
    file: str
    line: int
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: [{self.code}] {self.message}"


def pyright_bin() -> Path:
    if not PYRIGHT_BIN.exists():
        raise RuntimeError(f"{PYRIGHT_BIN} is missing: `make setup` installs it (npm ci in tests/tooling)")
    return PYRIGHT_BIN


def clean_env() -> dict[str, str]:
    """This environment without the paths that make the worktree's code importable (PYTHONPATH, MYPYPATH)."""
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "MYPYPATH")}


def run_mypy(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> list[Diagnostic]:
    """mypy's errors; a crash or a usage error raises."""
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-error-summary", "--no-pretty", *args],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=CHECK_TIMEOUT,
    )
    if done.returncode not in (0, 1):
        raise RuntimeError(f"mypy failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    found = []
    for line in done.stdout.splitlines():
        match = _MYPY_LINE.match(line)
        if match:
            found.append(Diagnostic(match["file"], int(match["line"]), match["code"] or "", match["message"]))
    return found


def run_pyright(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> list[Diagnostic]:
    """pyright's errors (warnings and notes are left out); a crash or a usage error raises."""
    done = subprocess.run(
        [str(pyright_bin()), "--outputjson", *args],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=CHECK_TIMEOUT,
    )
    if done.returncode not in (0, 1):
        raise RuntimeError(f"pyright failed ({done.returncode}):\n{done.stdout[-2000:]}\n{done.stderr}")
    report = json.loads(done.stdout)
    return [
        Diagnostic(
            str(Path(d["file"]).relative_to(cwd)) if Path(d["file"]).is_relative_to(cwd) else d["file"],
            d["range"]["start"]["line"] + 1,
            d.get("rule", ""),
            d["message"].splitlines()[0],
        )
        for d in report["generalDiagnostics"]
        if d["severity"] == "error"
    ]
