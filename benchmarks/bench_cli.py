"""Start-up of the command line, fresh process each time: ``hfhub --help`` beside ``hf --help`` and ``import httpx``.

    PYTHONPATH=overlay:generated python benchmarks/bench_cli.py [--runs 15]

The anchor is ``python -c "import httpx"``; the goal is ``hfhub --help`` within 1.5x of it.
``hfhub`` runs exactly what its console script runs; ``hf`` is huggingface_hub's script in the venv.
Wall time, best of ``--runs``, the cases interleaved so that load on the machine hits all alike.
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import best_of  # noqa: E402
from bench_import import compile_sources  # noqa: E402

HFHUB = [sys.executable, "-c", "import sys; from hfhub.cli import main; sys.exit(main())"]


def cases() -> dict[str, list[str]]:
    found = {
        "python -c 'import httpx'": [sys.executable, "-c", "import httpx"],
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
    commands = cases()
    runs = {name: (lambda command=command: subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
            for name, command in commands.items()}
    times = best_of(args.runs, runs)
    anchor = times["python -c 'import httpx'"][0]
    print(f"command-line start-up, wall time, best of {args.runs} fresh processes")
    for name, (wall, _cpu) in times.items():
        print(f"  {name:<32} {wall * 1000:7.1f} ms  {wall / anchor:5.2f}x import httpx")


if __name__ == "__main__":
    main()
