"""File downloads side by side on a local stand-in Hub: one 300 MiB LFS file, and a snapshot of 500 small files.

Starts ``benchmarks/files_server.py`` (the tests' stand-in Hub: resolve on 127.0.0.1, a 302 to
its "CDN" on 127.0.0.2) and runs each contender in its own child process, into a fresh cache,
so each reports its own wall time, client CPU time and peak memory (max RSS), imports excluded:

* big file: raw httpx2 streaming to disk (the floor, the anchor: no cache, no hash), raw httpx
  the same, hfhub ``download`` (into the cache, sha256 verified, locked), huggingface_hub
  ``hf_hub_download``;
* snapshot: hfhub ``snapshot`` against huggingface_hub ``snapshot_download`` (8 workers each; the anchor).

    python benchmarks/bench_download.py [--size 300] [--files 500] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _harness import ANCHOR_LINE, HTTP_LINES, local_server, report, versions

ROOT = Path(__file__).resolve().parent.parent
BIG = {
    **{f"raw-{line}": f"raw {line} streaming to disk" for line in HTTP_LINES},
    "hfhub-big": "hfhub download (cache, verified)",
    "hf-big": "huggingface_hub hf_hub_download",
}
SNAPSHOT = {"hf-snapshot": "huggingface_hub snapshot_download", "hfhub-snapshot": "hfhub snapshot"}


def _files_under(folder: Path) -> int:
    return sum(1 for path in folder.rglob("*") if path.is_file())


def child(kind: str, endpoint: str, work: Path) -> dict[str, float]:
    """One download in this (child) process: its wall and CPU time, the peak RSS, and what landed on disk."""
    cache = work / "cache"
    # imports before the clock starts: the transfer is measured, not the start-up
    if kind.startswith("raw-"):
        http = HTTP_LINES[kind.removeprefix("raw-")]  # imported with the harness
    elif kind.startswith("hfhub"):
        from hfhub import HubClient
    else:
        import huggingface_hub as hf
    started = time.perf_counter()
    cpu_at_start = sum(resource.getrusage(resource.RUSAGE_SELF)[:2])
    if kind.startswith("raw-"):
        landed = work / "raw.bin"
        with http.Client(timeout=60, trust_env=False) as client:
            url = f"{endpoint}/bench/big/resolve/main/model.bin"
            with client.stream("GET", url, follow_redirects=True) as response, open(landed, "wb") as f:
                response.raise_for_status()
                for chunk in response.iter_raw():
                    f.write(chunk)
    elif kind.startswith("hfhub"):
        with HubClient(endpoint=endpoint, token=False) as hub:
            if kind == "hfhub-big":
                landed = hub.models.download("bench/big", "model.bin", cache_dir=cache)
            else:
                landed = hub.models.snapshot("bench/small", cache_dir=cache, max_workers=8)
    elif kind == "hf-big":
        landed = Path(hf.hf_hub_download("bench/big", "model.bin", cache_dir=cache, endpoint=endpoint, token=False))
    else:
        landed = Path(hf.snapshot_download("bench/small", cache_dir=cache, endpoint=endpoint, token=False, max_workers=8))
    wall = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu = usage.ru_utime + usage.ru_stime - cpu_at_start
    size = _files_under(landed) if landed.is_dir() else landed.stat().st_size
    return {"wall": wall, "cpu": cpu, "max_rss_mb": usage.ru_maxrss / 1024, "landed": size}


def run_child(kind: str, endpoint: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="hfhub-bench-client-") as tmp:
        home = Path(tmp) / "home"
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(ROOT / "overlay"), str(ROOT / "generated")]),
            "HOME": str(home), "HF_HOME": str(home / "hf"), "XDG_CACHE_HOME": str(home / "xdg"),
            "HF_HUB_DISABLE_PROGRESS_BARS": "1", "HF_HUB_DISABLE_TELEMETRY": "1", "HF_HUB_DISABLE_XET": "1",
        }
        env.pop("HF_TOKEN", None)
        done = subprocess.run(
            [sys.executable, __file__, "--child", kind, "--endpoint", endpoint, "--work", tmp],
            env=env, capture_output=True, text=True, timeout=900,
        )
        if done.returncode != 0:
            raise RuntimeError(f"{kind} failed:\n{done.stderr[-3000:]}")
        shutil.rmtree(tmp, ignore_errors=True)
        return json.loads(done.stdout.strip().splitlines()[-1])


def compare(title: str, endpoint: str, kinds: dict[str, str], anchor: str, repeat: int,
            rate: tuple[float, str], expected: int) -> None:
    times: dict[str, tuple[float, float]] = {}
    peaks: dict[str, float] = {}
    order = list(kinds)
    for round_ in range(repeat):
        # interleaved, and rotated each round: no contender always follows the same one's disk writes
        for kind in order[round_ % len(order):] + order[: round_ % len(order)]:
            result = run_child(kind, endpoint)
            if result["landed"] != expected:
                raise SystemExit(f"{kinds[kind]} left {result['landed']:.0f} (bytes or files) on disk, not {expected}")
            wall, cpu = times.get(kinds[kind], (float("inf"), float("inf")))
            times[kinds[kind]] = (min(wall, result["wall"]), min(cpu, result["cpu"]))
            peaks[kinds[kind]] = max(peaks.get(kinds[kind], 0.0), result["max_rss_mb"])
    ordered = {label: times[label] for label in kinds.values()}
    notes = {label: f"peak RSS {peaks[label]:6.1f} MiB" for label in kinds.values()}
    report(f"{title}, best of {repeat}, each in its own process", ordered, kinds[anchor], rate, notes)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=300, help="MiB of the big file")
    parser.add_argument("--files", type=int, default=500, help="small files in the snapshot")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child")
    parser.add_argument("--endpoint")
    parser.add_argument("--work")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.endpoint, Path(args.work))))
        return
    print(versions("httpx2", "httpx", "hfhub", "huggingface_hub"))
    with local_server("files_server.py", "--size", str(args.size), "--files", str(args.files)) as endpoint:
        compare(f"a {args.size} MiB LFS file to disk", endpoint, BIG, f"raw-{ANCHOR_LINE}", args.repeat,
                (args.size, "MiB"), args.size * 1024 * 1024)
        compare(f"a snapshot of {args.files} small files", endpoint, SNAPSHOT, "hf-snapshot", args.repeat,
                (args.files, "files"), args.files)


if __name__ == "__main__":
    main()
