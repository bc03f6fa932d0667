"""Cold import time, fresh interpreter each time: httpx alone vs hfhub vs huggingface_hub vs pyhfapi.

    python benchmarks/bench_import.py [--runs 15]

Each line is the best of ``--runs`` fresh processes, minus an empty interpreter's start-up.
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import subprocess
import sys
import time
from pathlib import Path

CASES = {
    "httpx": "import httpx",
    "hfhub HubClient": "from hfhub import HubClient",
    "hfhub HubClient, constructed, .users": "import hfhub; hfhub.HubClient(token=False).users",
    "hfhub HubClient + InferenceClient": "from hfhub import HubClient, InferenceClient",
    "huggingface_hub HfApi": "from huggingface_hub import HfApi",
    "huggingface_hub HfApi + InferenceClient": "from huggingface_hub import HfApi, InferenceClient",
    "pyhfapi 1.1.0 (Stainless)": "from pyhfapi import Client",
}


def best(code: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        times.append(time.perf_counter() - start)
    return min(times)


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
    empty = best("pass", args.runs)
    results = {}
    for name, code in CASES.items():
        module = code.split()[1].rstrip(";").split(".")[0]
        if importlib.util.find_spec(module) is None:
            print(f"  {name:<42} not installed")
            continue
        results[name] = best(code, args.runs) - empty
    base = results["httpx"]
    print(f"cold import, best of {args.runs} (interpreter start-up {empty * 1000:.0f} ms subtracted)")
    for name, value in results.items():
        print(f"  {name:<42} {value * 1000:7.1f} ms  {value / base:5.2f}x httpx")


if __name__ == "__main__":
    main()
