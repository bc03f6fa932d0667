"""Cold import time, fresh interpreter each time: httpx2 (the anchor) and httpx alone vs hfhub, huggingface_hub, openai, pyhfapi.

    python benchmarks/bench_import.py [--runs 15]

Each line is the best of ``--runs`` fresh processes (CPU time of the process, rounds
interleaved), minus an empty interpreter's start-up.
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import subprocess
import sys
from pathlib import Path
from typing import Callable

from _harness import ANCHOR_LINE, HTTP_LINES, best_of, report, versions

ANCHOR = f"import {ANCHOR_LINE}"
CASES = {
    **{f"import {line}": f"import {module.__name__}" for line, module in HTTP_LINES.items()},
    "hfhub HubClient": "from hfhub import HubClient",
    "hfhub HubClient, constructed, .users": "import hfhub; hfhub.HubClient(token=False).users",
    "hfhub HubClient + InferenceClient": "from hfhub import HubClient, InferenceClient",
    "huggingface_hub HfApi": "from huggingface_hub import HfApi",
    "huggingface_hub HfApi + InferenceClient": "from huggingface_hub import HfApi, InferenceClient",
    "huggingface_hub InferenceClient": "from huggingface_hub import InferenceClient",
    "openai OpenAI": "from openai import OpenAI",
    "pyhfapi 1.1.0 (Stainless)": "from pyhfapi import Client",
}
# The goal of the inference client: the two clients within this factor of the HTTP library under them.
TARGET = ("hfhub HubClient + InferenceClient", 1.30)


def compile_sources() -> None:
    """Write the .pyc files an installed wheel would have (this checkout is an editable install)."""
    root = Path(__file__).resolve().parents[1]
    for folder in ("generated", "overlay"):
        compileall.compile_dir(str(root / folder), quiet=1)


def fresh_process(code: str) -> Callable[[], object]:
    return lambda: subprocess.run([sys.executable, "-c", code], check=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    compile_sources()
    runs = {"(empty interpreter)": fresh_process("pass")}
    for name, code in CASES.items():
        module = code.split()[1].rstrip(";").split(".")[0]
        if importlib.util.find_spec(module) is None:
            print(f"  {name:<42} not installed")
            continue
        runs[name] = fresh_process(code)
    found = best_of(args.runs, runs)
    empty_wall, empty_cpu = found.pop("(empty interpreter)")
    times = {name: (wall - empty_wall, cpu - empty_cpu) for name, (wall, cpu) in found.items()}
    print(versions("httpx2", "httpx", "hfhub", "huggingface_hub", "openai", "pyhfapi"))
    report(f"cold import, best of {args.runs} fresh processes "
           f"(interpreter start-up subtracted: wall {empty_wall * 1000:.0f} ms, CPU {empty_cpu * 1000:.0f} ms)",
           times, ANCHOR)
    name, goal = TARGET
    print(f"{name}: CPU {times[name][1] / times[ANCHOR][1]:.2f}x {ANCHOR} (goal {goal:.2f}x)")


if __name__ == "__main__":
    main()
