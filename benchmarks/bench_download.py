"""File transfers side by side on a local stand-in Hub: a 300 MiB file through the LFS bridge and through
Xet storage, a snapshot of 500 small files, and the re-upload of a changed checkpoint to Xet storage.

Starts ``benchmarks/files_server.py`` (the tests' stand-in Hub on Xet storage: resolve on 127.0.0.1,
a 302 to its "CDN" on 127.0.0.2 as the LFS bridge, a local CAS folder that hf_xet reads offline) and
runs each contender in its own child process, into a fresh cache, so each reports its own wall time,
client CPU time and peak memory (max RSS), imports excluded (the client's construction and the
call's first-use imports included, from cached bytecode as an installed package has it). Each part
starts with a round that is not counted (the server's file in the page cache, bytecode written),
then reports the median of ``--repeat`` rounds, interleaved and rotated, with the load average:

* big file: raw httpx2 streaming to disk (the floor, the anchor: one GET following the redirect,
  ``iter_raw`` into a file on the same disk as the caches; no metadata, no hash), raw httpx the
  same, hfhub ``download`` (sync and async) and huggingface_hub ``hf_hub_download`` through the
  bridge (``HF_HUB_DISABLE_XET=1``) and through Xet (hf_xet, the local CAS; hfhub still verifies the
  sha256). A second table gives each one's throughput as a fraction of raw httpx2's, raw httpx's
  and huggingface_hub's, and the target: hfhub at least 0.9x raw httpx2;
* snapshot: hfhub ``snapshot`` against huggingface_hub ``snapshot_download`` (8 workers each; the
  anchor); the target: hfhub at least 3x huggingface_hub;
* dedup: ``--dedup-size`` MiB uploaded, then again with 1 MiB in the middle changed: the bytes that
  reached the CAS for the second upload, as a fraction of the file, hfhub beside huggingface_hub.

    python benchmarks/bench_download.py [--size 300] [--files 500] [--dedup-size 20] [--repeat 5] [--parts big,snapshot,dedup]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _harness import ANCHOR_LINE, HTTP_LINES, local_server, report, versions

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "files"))
BIG = {
    **{f"raw-{line}": f"raw {line} streaming to disk" for line in HTTP_LINES},
    f"raw-async-{ANCHOR_LINE}": f"raw {ANCHOR_LINE} async streaming to disk",
    "hfhub-big": "hfhub download, LFS bridge",
    "hfhub-async-big": "hfhub async download, LFS bridge",
    "hf-big": "huggingface_hub hf_hub_download, LFS bridge",
    "hfhub-xet-big": "hfhub download, Xet (local CAS)",
    "hf-xet-big": "huggingface_hub hf_hub_download, Xet",
}
SNAPSHOT = {"hf-snapshot": "huggingface_hub snapshot_download", "hfhub-snapshot": "hfhub snapshot"}
# What each hfhub contender is held to: (label, reference label, least throughput as a fraction of the reference's)
TARGETS = [
    ("hfhub download, LFS bridge", f"raw {ANCHOR_LINE} streaming to disk", 0.9),
    ("hfhub async download, LFS bridge", f"raw {ANCHOR_LINE} streaming to disk", 0.9),
    ("hfhub async download, LFS bridge", f"raw {ANCHOR_LINE} async streaming to disk", 0.9),
    ("hfhub snapshot", "huggingface_hub snapshot_download", 3.0),
]
DEDUP = {"hf-xet-dedup": "huggingface_hub upload_file, re-upload", "hfhub-xet-dedup": "hfhub upload_file, re-upload"}
_CHANGED = 1024 * 1024


def _files_under(folder: Path) -> int:
    return sum(1 for path in folder.rglob("*") if path.is_file())


def child(kind: str, endpoint: str, work: Path, dedup_size: int) -> dict[str, float]:
    """One download in this (child) process: its wall and CPU time, the peak RSS, and what landed on disk."""
    cache = work / "cache"
    if kind.endswith("-dedup"):
        return _reupload(kind, endpoint, work, dedup_size)
    # imports before the clock starts: the transfer is measured, not the start-up
    if kind.startswith("raw-"):
        http = HTTP_LINES[kind.removeprefix("raw-").removeprefix("async-")]  # imported with the harness
    elif kind.startswith("hfhub"):
        from hfhub import AsyncHubClient, HubClient
    else:
        import huggingface_hub as hf
    started = time.perf_counter()
    cpu_at_start = sum(resource.getrusage(resource.RUSAGE_SELF)[:2])
    if kind.startswith("raw-async-"):
        landed = work / "raw.bin"

        async def stream() -> None:
            async with http.AsyncClient(timeout=60, trust_env=False) as client:
                url = f"{endpoint}/bench/big/resolve/main/model.bin"
                async with client.stream("GET", url, follow_redirects=True) as response:
                    response.raise_for_status()
                    with open(landed, "wb") as f:
                        async for chunk in response.aiter_raw():
                            f.write(chunk)

        asyncio.run(stream())
    elif kind.startswith("raw-"):
        landed = work / "raw.bin"
        with http.Client(timeout=60, trust_env=False) as client:
            url = f"{endpoint}/bench/big/resolve/main/model.bin"
            with client.stream("GET", url, follow_redirects=True) as response, open(landed, "wb") as f:
                response.raise_for_status()
                for chunk in response.iter_raw():
                    f.write(chunk)
    elif kind.startswith("hfhub-async"):
        async def download() -> Path:
            async with AsyncHubClient(endpoint=endpoint, token=False) as hub:
                return await hub.models.download("bench/big", "model.bin", cache_dir=cache)

        landed = asyncio.run(download())
    elif kind.startswith("hfhub"):
        with HubClient(endpoint=endpoint, token=False) as hub:
            if kind.endswith("-big"):
                landed = hub.models.download("bench/big", "model.bin", cache_dir=cache)
            else:
                landed = hub.models.snapshot("bench/small", cache_dir=cache, max_workers=8)
    elif kind.endswith("-big"):
        landed = Path(hf.hf_hub_download("bench/big", "model.bin", cache_dir=cache, endpoint=endpoint, token=False))
    else:
        landed = Path(hf.snapshot_download("bench/small", cache_dir=cache, endpoint=endpoint, token=False, max_workers=8))
    wall = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu = usage.ru_utime + usage.ru_stime - cpu_at_start
    size = _files_under(landed) if landed.is_dir() else landed.stat().st_size
    return {"wall": wall, "cpu": cpu, "max_rss_mb": usage.ru_maxrss / 1024, "landed": size}


def _reupload(kind: str, endpoint: str, work: Path, size_mib: int) -> dict[str, float]:
    """Upload ``size_mib`` MiB, then the same with 1 MiB changed; the second upload's time and what reached the CAS."""
    import httpx2
    from xet_hub import cas_bytes

    first = os.urandom(size_mib * 1024 * 1024)
    middle = len(first) // 2
    second = first[:middle] + os.urandom(_CHANGED) + first[middle + _CHANGED :]
    (work / "first.bin").write_bytes(first)
    (work / "second.bin").write_bytes(second)
    cas = Path(httpx2.get(f"{endpoint}/api/models/bench/big/xet-read-token/main").json()["casUrl"].removeprefix("local://"))
    if kind.startswith("hfhub"):
        from hfhub import HubClient

        hub = HubClient(endpoint=endpoint, token="hf_bench")
        upload = lambda path: hub.models.upload_file("bench/dedup-hfhub", path, "checkpoint.bin")  # noqa: E731
    else:
        import huggingface_hub as hf

        api = hf.HfApi(endpoint=endpoint, token="hf_bench")
        upload = lambda path: api.upload_file(path_or_fileobj=str(path), path_in_repo="checkpoint.bin", repo_id="bench/dedup-hf")  # noqa: E731
    upload(work / "first.bin")
    before = cas_bytes(cas)
    started = time.perf_counter()
    cpu_at_start = sum(resource.getrusage(resource.RUSAGE_SELF)[:2])
    upload(work / "second.bin")
    wall = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_SELF)
    new = cas_bytes(cas) - before
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime - cpu_at_start, "max_rss_mb": usage.ru_maxrss / 1024,
            "landed": len(second), "new_fraction": new / len(second)}


def run_child(kind: str, endpoint: str, dedup_size: int = 0) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="hfhub-bench-client-") as tmp:
        home = Path(tmp) / "home"
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(ROOT / "overlay"), str(ROOT / "generated"), str(ROOT / "tests" / "files")]),
            "HOME": str(home), "HF_HOME": str(home / "hf"), "XDG_CACHE_HOME": str(home / "xdg"),
            "HF_HUB_DISABLE_PROGRESS_BARS": "1", "HF_HUB_DISABLE_TELEMETRY": "1",
        }
        if "-xet-" not in kind:
            env["HF_HUB_DISABLE_XET"] = "1"
        env.pop("HF_TOKEN", None)
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed package has its bytecode: the warm-up round writes it
        done = subprocess.run(
            [sys.executable, __file__, "--child", kind, "--endpoint", endpoint, "--work", tmp, "--dedup-size", str(dedup_size)],
            env=env, capture_output=True, text=True, timeout=900,
        )
        if done.returncode != 0:
            raise RuntimeError(f"{kind} failed:\n{done.stderr[-3000:]}")
        shutil.rmtree(tmp, ignore_errors=True)
        return json.loads(done.stdout.strip().splitlines()[-1])


def compare(title: str, endpoint: str, kinds: dict[str, str], anchor: str, repeat: int,
            rate: tuple[float, str], expected: int, dedup_size: int = 0) -> dict[str, tuple[float, float]]:
    """Each contender ``repeat`` times after a warm-up round; the table of medians; the medians (wall, CPU) by label."""
    runs: dict[str, list[tuple[float, float]]] = {label: [] for label in kinds.values()}
    peaks: dict[str, float] = {}
    fractions: dict[str, list[float]] = {}
    order = list(kinds)
    load_before = os.getloadavg()
    for round_ in range(repeat + 1):
        # interleaved, and rotated each round: no contender always follows the same one's disk writes
        for kind in order[round_ % len(order):] + order[: round_ % len(order)]:
            result = run_child(kind, endpoint, dedup_size)
            if result["landed"] != expected:
                raise SystemExit(f"{kinds[kind]} left {result['landed']:.0f} (bytes or files) on disk, not {expected}")
            if round_ == 0:
                continue  # the warm-up: page cache and bytecode
            runs[kinds[kind]].append((result["wall"], result["cpu"]))
            peaks[kinds[kind]] = max(peaks.get(kinds[kind], 0.0), result["max_rss_mb"])
            if "new_fraction" in result:
                fractions.setdefault(kinds[kind], []).append(result["new_fraction"])
    medians = {label: (statistics.median(w for w, _ in seen), statistics.median(c for _, c in seen)) for label, seen in runs.items()}
    notes = {label: f"peak RSS {peaks[label]:6.1f} MiB" for label in kinds.values()}
    for label, seen_fractions in fractions.items():
        notes[label] += f"   new bytes {max(seen_fractions):.3f} of the file (worst of {len(seen_fractions)})"
    load = f"load average {load_before[0]:.1f} -> {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    report(f"{title}, median of {repeat} after a warm-up, each in its own process ({load})", medians, kinds[anchor], rate, notes)
    return medians


def throughput_table(medians: dict[str, tuple[float, float]], references: dict[str, str]) -> None:
    """Each contender's throughput (by median wall time) as a fraction of each reference's; above 1.00x is faster."""
    present = {short: label for short, label in references.items() if label in medians}
    print("\n  throughput as a fraction of each column's (by median wall time; above 1.00x: faster than it)")
    print(f"  {'':<42}" + "".join(f"{short:>18}" for short in present))
    for label, (wall, _) in medians.items():
        print(f"  {label:<42}" + "".join(f"{medians[r][0] / wall:17.2f}x" for r in present.values()))


def check_targets(medians: dict[str, tuple[float, float]]) -> None:
    for label, reference, least in TARGETS:
        if label in medians and reference in medians:
            ratio = medians[reference][0] / medians[label][0]
            verdict = "met" if ratio >= least else "NOT met"
            print(f"  target: {label} at least {least:.1f}x the throughput of {reference}: {ratio:.2f}x, {verdict}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=300, help="MiB of the big file")
    parser.add_argument("--files", type=int, default=500, help="small files in the snapshot")
    parser.add_argument("--dedup-size", type=int, default=20, help="MiB of the re-uploaded checkpoint (1 MiB of it changes)")
    parser.add_argument("--repeat", type=int, default=5, help="counted rounds; the table shows medians")
    parser.add_argument("--parts", default="big,snapshot,dedup", help="which tables, comma-separated")
    parser.add_argument("--child")
    parser.add_argument("--endpoint")
    parser.add_argument("--work")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.endpoint, Path(args.work), args.dedup_size)))
        return
    parts = set(args.parts.split(","))
    print(versions("httpx2", "httpx", "hfhub", "huggingface_hub", "hf-xet"))
    with local_server("files_server.py", "--size", str(args.size), "--files", str(args.files)) as endpoint:
        if "big" in parts:
            medians = compare(f"a {args.size} MiB LFS file to disk", endpoint, BIG, f"raw-{ANCHOR_LINE}", args.repeat,
                              (args.size, "MiB"), args.size * 1024 * 1024)
            throughput_table(medians, {**{f"raw {line}": BIG[f"raw-{line}"] for line in HTTP_LINES},
                                       f"raw {ANCHOR_LINE} async": BIG[f"raw-async-{ANCHOR_LINE}"], "huggingface_hub": BIG["hf-big"]})
            check_targets(medians)
        if "snapshot" in parts:
            medians = compare(f"a snapshot of {args.files} small files", endpoint, SNAPSHOT, "hf-snapshot", args.repeat,
                              (args.files, "files"), args.files)
            check_targets(medians)
        if "dedup" in parts:
            dedup_bytes = args.dedup_size * 1024 * 1024
            compare(f"a {args.dedup_size} MiB checkpoint uploaded again to Xet with 1 MiB changed", endpoint, DEDUP, "hf-xet-dedup",
                    args.repeat, (args.dedup_size, "MiB"), dedup_bytes, args.dedup_size)


if __name__ == "__main__":
    main()
