"""Cold import time, fresh interpreter each time: httpx alone vs hfhub vs huggingface_hub vs pyhfapi.

    python benchmarks/bench_import.py [--runs 15]

Each line is the best of ``--runs`` fresh processes (CPU time of the process, rounds
interleaved), minus an empty interpreter's start-up.
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import resource
import subprocess
import sys
from pathlib import Path

CASES = {
    "httpx": "import httpx",
    "hfhub HubClient": "from hfhub import HubClient",
    "hfhub HubClient, constructed, .users": "import hfhub; hfhub.HubClient(token=False).users",
    "hfhub HubClient + InferenceClient": "from hfhub import HubClient, InferenceClient",
    "huggingface_hub HfApi": "from huggingface_hub import HfApi",
    "huggingface_hub HfApi + InferenceClient": "from huggingface_hub import HfApi, InferenceClient",
    "huggingface_hub InferenceClient": "from huggingface_hub import InferenceClient",
    "openai OpenAI": "from openai import OpenAI",
    "pyhfapi 1.1.0 (Stainless)": "from pyhfapi import Client",
}
# The goal of the inference client: the two clients within this factor of httpx.
TARGET = ("hfhub HubClient + InferenceClient", 1.30)


def once(code: str) -> float:
    """CPU seconds (user + system) of a fresh interpreter running ``code``: steadier than wall time on a busy machine."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", code], check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def best_interleaved(codes: dict[str, str], runs: int) -> dict[str, float]:
    """The best of ``runs`` for each, one of each per round, so that a busy moment slows every case alike."""
    times: dict[str, list[float]] = {name: [] for name in codes}
    for _ in range(runs):
        for name, code in codes.items():
            times[name].append(once(code))
    return {name: min(values) for name, values in times.items()}


def compile_sources() -> None:
    """Write the .pyc files an installed wheel would have (this checkout is an editable install)."""
    root = Path(__file__).resolve().parents[1]
    for folder in ("generated", "overlay"):
        compileall.compile_dir(str(root / folder), quiet=1)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    compile_sources()
    codes = {"(empty interpreter)": "pass"}
    for name, code in CASES.items():
        module = code.split()[1].rstrip(";").split(".")[0]
        if importlib.util.find_spec(module) is None:
            print(f"  {name:<42} not installed")
            continue
        codes[name] = code
    found = best_interleaved(codes, args.runs)
    empty = found.pop("(empty interpreter)")
    results = {name: value - empty for name, value in found.items()}
    base = results["httpx"]
    print(f"cold import, best of {args.runs} (interpreter start-up {empty * 1000:.0f} ms subtracted)")
    for name, value in results.items():
        print(f"  {name:<42} {value * 1000:7.1f} ms  {value / base:5.2f}x httpx")
    name, goal = TARGET
    print(f"{name}: {results[name] / base:.2f}x httpx (goal {goal:.2f}x)")


if __name__ == "__main__":
    main()
