"""Shared benchmark plumbing: start a local server process, time callables side by side."""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

HERE = Path(__file__).resolve().parent

# The contenders (huggingface_hub, its `hf` script) write caches under HOME: a benchmark keeps
# them in a temporary home of its own, inherited by every process it starts.
_HOME = tempfile.mkdtemp(prefix="hfhub-bench-home-")
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)
os.environ.update(HOME=_HOME, XDG_CACHE_HOME=os.path.join(_HOME, ".cache"), HF_HOME=os.path.join(_HOME, ".cache", "huggingface"))


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


def best_of(rounds: int, contenders: dict[str, Callable[[], object]]) -> dict[str, tuple[float, float]]:
    """Best wall and CPU time of each contender over ``rounds``, interleaved so drift hits all alike.

    CPU time is this process's alone (the server runs in another), so it shows the client's own
    cost even on a busy machine where wall time is noisy.
    """
    best = {name: (float("inf"), float("inf")) for name in contenders}
    for _ in range(rounds):
        for name, run in contenders.items():
            wall, cpu = time.perf_counter(), time.process_time()
            run()
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            best[name] = (min(best[name][0], wall), min(best[name][1], cpu))
    return best


def report(title: str, times: dict[str, tuple[float, float]], baseline: str, per: int = 1) -> None:
    print(f"\n{title}: wall (ratio), client CPU (ratio), calls/s")
    base_wall, base_cpu = times[baseline]
    for name, (wall, cpu) in times.items():
        print(f"  {name:<26} {wall * 1000:9.1f} ms {wall / base_wall:5.2f}x   "
              f"{cpu * 1000:9.1f} ms {cpu / base_cpu:5.2f}x   {per / wall:9,.0f}/s")
