"""Shared benchmark plumbing: the raw HTTP floors, a local server process, timing side by side, the tables."""

from __future__ import annotations

import asyncio
import atexit
import gc
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from types import ModuleType
from typing import Awaitable, Callable, Iterator, Mapping

import httpx
import httpx2

HERE = Path(__file__).resolve().parent

# The raw floors, one per HTTP line, the anchor first: httpx2 is what hfhub, huggingface_hub 2.4.0
# and openai send with; httpx is the older line, still installed. Their APIs match, so each raw
# contender is one function over the module.
HTTP_LINES: dict[str, ModuleType] = {"httpx2": httpx2, "httpx": httpx}
ANCHOR_LINE = "httpx2"
if httpx.Client is httpx2.Client:
    raise SystemExit("`import httpx` gives httpx2 here (httpx2.alias_httpx() ran): the older line cannot be measured")

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


def client_cpu() -> float:
    """CPU seconds of this process and of the children it has waited for (a contender run as a process)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def best_of(rounds: int, contenders: Mapping[str, Callable[[], object]]) -> dict[str, tuple[float, float]]:
    """Best wall and CPU time of each contender over ``rounds``, interleaved so drift hits all alike.

    CPU time is the client's alone (servers run in processes not yet waited for), so it shows the
    client's own cost even on a busy machine where wall time is noisy. Each run starts after a
    collection: no contender pays for the garbage the one before it left.
    """
    best = {name: (float("inf"), float("inf")) for name in contenders}
    for _ in range(rounds):
        for name, run in contenders.items():
            gc.collect()
            wall, cpu = time.perf_counter(), client_cpu()
            run()
            wall, cpu = time.perf_counter() - wall, client_cpu() - cpu
            best[name] = (min(best[name][0], wall), min(best[name][1], cpu))
    return best


def versions(*distributions: str) -> str:
    """``python 3.11.9, httpx2 2.17.0, ...``: what a table was measured with."""
    found = [f"python {sys.version.split()[0]}"]
    for name in distributions:
        try:
            found.append(f"{name} {version(name)}")
        except PackageNotFoundError:
            found.append(f"{name} (not installed)")
    return ", ".join(found)


def report(title: str, times: Mapping[str, tuple[float, float]], anchor: str,
           rate: tuple[float, str] | None = None, notes: Mapping[str, str] | None = None) -> None:
    """One table: wall and client CPU per contender, each as a ratio to ``anchor``'s (1.00x; above is slower).

    ``rate`` (amount, unit) adds a throughput column, e.g. ``(2000, "calls")`` gives calls/s;
    ``notes`` adds a last column per contender.
    """
    print(f"\n{title}\n  ratio = time / time of {anchor} (1.00x: the anchor; above is slower);"
          " CPU is the client's own, steadier than wall on a busy machine")
    base_wall, base_cpu = times[anchor]
    for name, (wall, cpu) in times.items():
        line = (f"  {name:<42} wall {wall * 1000:9.1f} ms {wall / base_wall:5.2f}x   "
                f"CPU {cpu * 1000:9.1f} ms {cpu / base_cpu:5.2f}x")
        if rate:
            line += f"   {rate[0] / wall:11,.0f} {rate[1]}/s"
        if notes and name in notes:
            line += f"   {notes[name]}"
        print(line)


async def gather_calls(one: Callable[[], Awaitable[object]], calls: int) -> tuple[int, float, set[str]]:
    """``calls`` calls of ``one`` gathered at once: the successes, the wall time and the types of the failures."""
    started = time.perf_counter()
    results = await asyncio.gather(*(one() for _ in range(calls)), return_exceptions=True)
    wall = time.perf_counter() - started
    failures = [r for r in results if isinstance(r, BaseException)]
    if failures:
        print(f"  {len(failures)} of {calls} failed, the first: {failures[0]!r}", file=sys.stderr)
    return calls - len(failures), wall, {type(f).__name__ for f in failures}


def report_load(title: str, results: Mapping[str, tuple[int, float, set[str]]], anchor: str, calls: int) -> None:
    """Concurrency table: per contender (successes, best wall, error types); throughput as a ratio to ``anchor``'s."""
    anchor_rate = results[anchor][0] / results[anchor][1]
    print(f"\n{title}\n  ratio = throughput / throughput of {anchor} (1.00x: the anchor; below is slower)")
    print(f"  {'contender':<42} {'successes':>10} {'wall':>9} {'calls/s':>9} {'ratio':>7}  errors")
    for name, (successes, wall, errors) in results.items():
        rate = successes / wall
        print(f"  {name:<42} {successes:>5}/{calls:<4} {wall:8.2f}s {rate:9,.0f} {rate / anchor_rate:6.2f}x  "
              f"{', '.join(sorted(errors)) or '-'}")
