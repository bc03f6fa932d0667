"""File downloads side by side on a local stand-in Hub: one 500 MB LFS file, and a snapshot of 1,000 small files.

Starts ``benchmarks/files_server.py`` (the tests' stand-in Hub: resolve on 127.0.0.1, a 302 to
its "CDN" on 127.0.0.2) and runs each contender in its own child process, into a fresh cache,
so each reports its own wall time, CPU time and peak memory (max RSS):

* big file: raw httpx streaming to disk (the floor: no cache, no hash), hfhub ``download``
  (cache, sha256 verification, lock), huggingface_hub ``hf_hub_download``;
* snapshot: hfhub ``snapshot`` against huggingface_hub ``snapshot_download`` (8 workers each).

    python benchmarks/bench_download.py [--big-mb 500] [--small 1000] [--repeat 3]
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

from _harness import local_server

ROOT = Path(__file__).resolve().parent.parent


def child(kind: str, endpoint: str, work: Path) -> dict[str, float]:
    """One download in this (child) process: its wall time and the process's peak RSS."""
    cache = work / "cache"
    # imports before the clock starts: the transfer is measured, not the start-up
    import httpx

    if kind.startswith("hfhub"):
        from hfhub import HubClient
    elif kind.startswith("hf-"):
        import huggingface_hub as hf
    started = time.perf_counter()
    cpu_at_start = sum(resource.getrusage(resource.RUSAGE_SELF)[:2])
    if kind == "raw":
        with httpx.Client(timeout=60, trust_env=False) as client:
            url = f"{endpoint}/bench/big/resolve/main/model.bin"
            with client.stream("GET", url, follow_redirects=True) as response, open(work / "raw.bin", "wb") as f:
                response.raise_for_status()
                for chunk in response.iter_raw():
                    f.write(chunk)
    elif kind.startswith("hfhub"):
        with HubClient(endpoint=endpoint, token=False) as hub:
            if kind == "hfhub-big":
                hub.models.download("bench/big", "model.bin", cache_dir=cache)
            else:
                hub.models.snapshot("bench/small", cache_dir=cache, max_workers=8)
    else:
        if kind == "hf-big":
            hf.hf_hub_download("bench/big", "model.bin", cache_dir=cache, endpoint=endpoint, token=False)
        else:
            hf.snapshot_download("bench/small", cache_dir=cache, endpoint=endpoint, token=False, max_workers=8)
    wall = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu = usage.ru_utime + usage.ru_stime - cpu_at_start
    return {"wall": wall, "cpu": cpu, "max_rss_mb": usage.ru_maxrss / 1024}


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


def compare(title: str, endpoint: str, kinds: list[str], baseline: str, repeat: int, size_mb: float | None) -> dict[str, dict[str, float]]:
    best: dict[str, dict[str, float]] = {}
    for _ in range(repeat):
        for kind in kinds:  # interleaved, so drift hits all alike
            result = run_child(kind, endpoint)
            if kind not in best or result["wall"] < best[kind]["wall"]:
                best[kind] = {**result, "max_rss_mb": max(result["max_rss_mb"], best.get(kind, {}).get("max_rss_mb", 0))}
    print(f"\n{title} (best of {repeat}; ratio = baseline time / contender time, >1 is faster than {baseline})")
    for kind in kinds:
        wall = best[kind]["wall"]
        rate = f"{size_mb / wall:8.0f} MB/s" if size_mb else ""
        cpu = best[kind]["cpu"]
        print(f"  {kind:<12} {wall:8.2f} s {best[baseline]['wall'] / wall:6.2f}x {rate}  client CPU {cpu:6.2f} s"
              f"  peak RSS {best[kind]['max_rss_mb']:7.1f} MB")
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--big-mb", type=int, default=500)
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child")
    parser.add_argument("--endpoint")
    parser.add_argument("--work")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.endpoint, Path(args.work))))
        return
    with local_server("files_server.py", "--big-mb", str(args.big_mb), "--small", str(args.small)) as endpoint:
        compare(f"{args.big_mb} MB LFS file", endpoint, ["raw", "hfhub-big", "hf-big"], "raw", args.repeat, args.big_mb)
        compare(f"snapshot of {args.small} small files", endpoint, ["hf-snapshot", "hfhub-snap"], "hf-snapshot", args.repeat, None)


if __name__ == "__main__":
    main()
