"""Start-up of the command line, fresh process each time: ``hfhub --help`` beside ``hf --help`` and ``import httpx2``.

    PYTHONPATH=overlay:generated python benchmarks/bench_cli.py [--runs 15]

The anchor is ``python -c "import httpx2"``; the goal is ``hfhub --help`` within 1.5x of it.
``hfhub`` runs exactly what its console script runs; ``hf`` is huggingface_hub's script in the venv.
Best of ``--runs``, the cases interleaved so that load on the machine hits all alike; wall time is
what a user waits, CPU time (of the child process) is steadier on a busy machine.
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import ANCHOR_LINE, HTTP_LINES, best_of, report, versions  # noqa: E402
from bench_import import compile_sources  # noqa: E402

HFHUB = [sys.executable, "-c", "import sys; from hfhub.cli import main; sys.exit(main())"]
ANCHOR = f"python -c 'import {ANCHOR_LINE}'"
GOAL = ("hfhub --help", 1.5)


def cases() -> dict[str, list[str]]:
    found = {
        **{f"python -c 'import {line}'": [sys.executable, "-c", f"import {module.__name__}"]
           for line, module in HTTP_LINES.items()},
        "python -c pass": [sys.executable, "-c", "pass"],
        "python -c 'import argparse'": [sys.executable, "-c", "import argparse"],
        "hfhub --help": [*HFHUB, "--help"],
        "hfhub api --help": [*HFHUB, "api", "--help"],
        "hfhub api models list --help": [*HFHUB, "api", "models", "list", "--help"],
        "hfhub models list --help": [*HFHUB, "models", "list", "--help"],
    }
    if importlib.util.find_spec("click") is not None:  # the library the argument parser was weighed against
        found["python -c 'import click'"] = [sys.executable, "-c", "import click"]
    hf = Path(sys.executable).with_name("hf")
    if hf.exists() or shutil.which("hf"):
        found["hf --help"] = [str(hf if hf.exists() else shutil.which("hf")), "--help"]
        found["hf models ls --help"] = [found["hf --help"][0], "models", "ls", "--help"]
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    compile_sources()
    runs = {name: (lambda command=command: subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
            for name, command in cases().items()}
    times = best_of(args.runs, runs)
    print(versions("httpx2", "httpx", "hfhub", "huggingface_hub"))
    report(f"command-line start-up, best of {args.runs} fresh processes", times, ANCHOR)
    name, goal = GOAL
    print(f"{name}: wall {times[name][0] / times[ANCHOR][0]:.2f}x {ANCHOR} (goal {goal:.2f}x)")


if __name__ == "__main__":
    main()
