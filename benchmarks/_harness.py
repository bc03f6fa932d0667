"""Shared benchmark plumbing: start a local server process, time callables side by side."""

from __future__ import annotations

import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

HERE = Path(__file__).resolve().parent


@contextmanager
def local_server(script: str, *args: str) -> Iterator[str]:
    """Run ``benchmarks/<script>`` on a free 127.0.0.1 port; yield its base URL."""
    proc = subprocess.Popen([sys.executable, str(HERE / script), "--port", "0", *args],
                            stdout=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        if not line.startswith("READY"):
            raise RuntimeError(f"{script} did not start: {line!r}")
        yield f"http://127.0.0.1:{line.split()[1]}"
    finally:
        proc.terminate()
        proc.wait(10)


def best_of(rounds: int, contenders: dict[str, Callable[[], object]]) -> dict[str, float]:
    """Best wall time of each contender over ``rounds``, run interleaved so drift hits all alike."""
    best = {name: float("inf") for name in contenders}
    for _ in range(rounds):
        for name, run in contenders.items():
            start = time.perf_counter()
            run()
            best[name] = min(best[name], time.perf_counter() - start)
    return best


def report(title: str, times: dict[str, float], baseline: str, unit: str = "s", per: int = 1) -> None:
    print(f"\n{title}")
    base = times[baseline]
    for name, value in times.items():
        rate = f"{per / value:,.0f}/s" if per > 1 else ""
        print(f"  {name:<28} {value * 1000:9.2f} ms  {value / base:5.2f}x  {rate}")
