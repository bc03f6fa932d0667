"""Chat-completion streaming throughput, side by side, in one run.

Starts ``benchmarks/stream_server.py`` (a local replay of a ``--chunks``-chunk OpenAI
stream, 127.0.0.1 only) and reads the whole stream with each client, best of
``--repeat`` runs after one warm-up, printing chunks/s and the ratio to raw httpx:

* raw: ``httpx`` ``iter_lines`` + ``json.loads`` (the floor);
* huggingface_hub: ``InferenceClient(base_url).chat_completion(stream=True)``;
* openai: ``OpenAI(base_url, api_key).chat.completions.create(stream=True)``;
* hfhub: ``hfhub.InferenceClient(base_url).chat_completion(stream=True)``, if importable.

    python benchmarks/bench_stream.py [--chunks 5000] [--repeat 11]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time
from collections.abc import Callable

import httpx

from _harness import local_server

MESSAGES = [{"role": "user", "content": "Stream a long answer."}]
MODEL = "bench/tiny-model"


# Each reader consumes the whole stream and returns (chunks seen, content characters):
# every client does the same work, touching each chunk's delta content.

def make_raw(base_url: str) -> Callable[[], tuple[int, int]]:
    client = httpx.Client(timeout=60, trust_env=False)
    url = base_url + "/chat/completions"
    body = {"model": MODEL, "messages": MESSAGES, "stream": True, "max_tokens": 1 << 20}

    def run() -> tuple[int, int]:
        n = chars = 0
        with client.stream("POST", url, json=body) as response:
            response.raise_for_status()
            for line in response.iter_lines():
                if not line.startswith("data:"):
                    continue
                data = line[5:].strip()
                if data == "[DONE]":
                    break
                chunk = json.loads(data)
                n += 1
                if chunk["choices"]:
                    chars += len(chunk["choices"][0]["delta"].get("content") or "")
        return n, chars
    return run


def _make_object_reader(iterate: Callable[[], object]) -> Callable[[], tuple[int, int]]:
    def run() -> tuple[int, int]:
        n = chars = 0
        for chunk in iterate():
            n += 1
            if chunk.choices:
                chars += len(chunk.choices[0].delta.content or "")
        return n, chars
    return run


def make_huggingface_hub(base_url: str) -> Callable[[], tuple[int, int]]:
    from huggingface_hub import InferenceClient

    client = InferenceClient(base_url=base_url)
    return _make_object_reader(lambda: client.chat_completion(
        messages=MESSAGES, model=MODEL, stream=True, max_tokens=1 << 20))


def make_openai(base_url: str) -> Callable[[], tuple[int, int]]:
    from openai import OpenAI

    client = OpenAI(base_url=base_url, api_key="x", max_retries=0)
    return _make_object_reader(lambda: client.chat.completions.create(
        messages=MESSAGES, model=MODEL, stream=True, max_tokens=1 << 20))


def make_hfhub(base_url: str) -> Callable[[], tuple[int, int]]:
    from hfhub import InferenceClient  # ImportError: reported as "not available"

    client = InferenceClient(base_url=base_url)
    return _make_object_reader(lambda: client.chat_completion(
        messages=MESSAGES, model=MODEL, stream=True, max_tokens=1 << 20))


CLIENTS: dict[str, Callable[[str], Callable[[], tuple[int, int]]]] = {
    "raw httpx": make_raw,
    "huggingface_hub": make_huggingface_hub,
    "openai": make_openai,
    "hfhub": make_hfhub,
}


def _version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version(name)
    except PackageNotFoundError:
        return "?"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chunks", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=11)
    parser.add_argument("--json", action="store_true", help="also print the results as JSON")
    args = parser.parse_args(argv)
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        os.environ.pop(var, None)  # loopback only

    expected = args.chunks
    results: dict[str, dict[str, float] | None] = {}
    runners: dict[str, Callable[[], tuple[int, int]]] = {}
    with local_server("stream_server.py", "--chunks", str(args.chunks)) as origin:
        base_url = origin + "/v1"
        for name, factory in CLIENTS.items():
            try:
                runners[name] = factory(base_url)
            except ImportError as exc:
                print(f"{name}: not available ({exc})")
        warm = {name: run() for name, run in runners.items()}  # imports, connection
        # Every client must see the whole stream, and the same content as raw httpx.
        for name, seen in warm.items():
            if seen != warm["raw httpx"] or seen[0] != expected:
                raise SystemExit(f"{name} saw {seen} (chunks, characters); raw httpx {warm['raw httpx']}")
        walls: dict[str, list[float]] = {name: [] for name in runners}
        cpus: dict[str, list[float]] = {name: [] for name in runners}
        for _ in range(args.repeat):  # rounds interleaved, so drift hits every client alike
            for name, run in runners.items():
                gc.collect()  # each client pays for its own garbage, not for the cycles the one before left
                c0, t0 = time.process_time(), time.perf_counter()
                got = run()
                walls[name].append(time.perf_counter() - t0)
                cpus[name].append(time.process_time() - c0)
                if got != warm[name]:
                    raise SystemExit(f"{name}: {got} on a repeat, {warm[name]} on the warm-up")
        for name in CLIENTS:
            if name in runners:
                best = min(walls[name])
                results[name] = {"best_s": best, "chunks_per_s": expected / best, "cpu_s": min(cpus[name])}
            else:
                results[name] = None

    raw = results["raw httpx"]
    assert raw is not None
    print(f"\n{args.chunks} chunks, best of {args.repeat} (python {sys.version.split()[0]}, "
          f"httpx {_version('httpx')}, huggingface_hub {_version('huggingface_hub')}, "
          f"openai {_version('openai')}, hfhub {_version('hfhub')})")
    print("wall: best elapsed time; cpu: best CPU time of this process (the server runs in another),")
    print("steadier than wall on a busy machine. Ratios are throughput relative to raw httpx.")
    print(f"{'client':<17}{'chunks/s':>11}{'wall ms':>9}{'vs raw':>8}{'cpu ms':>9}{'vs raw':>8}")
    for name, r in results.items():
        if r is None:
            print(f"{name}: not available")
            continue
        print(f"{name:<17}{r['chunks_per_s']:>11,.0f}{r['best_s'] * 1e3:>9.1f}"
              f"{raw['best_s'] / r['best_s']:>7.2f}x{r['cpu_s'] * 1e3:>9.1f}{raw['cpu_s'] / r['cpu_s']:>7.2f}x")
    if args.json:
        print(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
