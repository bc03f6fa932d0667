"""Chat-completion streaming throughput, side by side, in one run.

Starts ``benchmarks/stream_server.py`` (a local replay of a ``--chunks``-chunk OpenAI
stream, 127.0.0.1 only) and reads the whole stream with each client, best of
``--repeat`` runs after one warm-up, printing chunks/s and the ratio to raw httpx2:

* raw httpx2: ``iter_lines`` + ``json.loads`` (the floor, the anchor); raw httpx: the same on the older line;
* hfhub: ``hfhub.InferenceClient(base_url).chat_completion(stream=True)``;
* huggingface_hub 2.4.0: ``InferenceClient(base_url).chat_completion(stream=True)``;
* openai: ``OpenAI(base_url, api_key).chat.completions.create(stream=True)``.

    python benchmarks/bench_stream.py [--chunks 5000] [--repeat 11]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from types import ModuleType

from _harness import ANCHOR_LINE, HTTP_LINES, best_of, local_server, report, versions

MESSAGES = [{"role": "user", "content": "Stream a long answer."}]
MODEL = "bench/tiny-model"
ANCHOR = f"raw {ANCHOR_LINE} + json.loads"
Reader = Callable[[], tuple[int, int]]


# Each reader consumes the whole stream and returns (chunks seen, content characters):
# every client does the same work, touching each chunk's delta content.

def make_raw(module: ModuleType) -> Callable[[str], Reader]:
    def make(base_url: str) -> Reader:
        client = module.Client(timeout=60, trust_env=False)
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
    return make


def _make_object_reader(iterate: Callable[[], object]) -> Reader:
    def run() -> tuple[int, int]:
        n = chars = 0
        for chunk in iterate():
            n += 1
            if chunk.choices:
                chars += len(chunk.choices[0].delta.content or "")
        return n, chars
    return run


def make_hfhub(base_url: str) -> Reader:
    from hfhub import InferenceClient

    client = InferenceClient(base_url=base_url)
    return _make_object_reader(lambda: client.chat_completion(
        messages=MESSAGES, model=MODEL, stream=True, max_tokens=1 << 20))


def make_huggingface_hub(base_url: str) -> Reader:
    from huggingface_hub import InferenceClient

    client = InferenceClient(base_url=base_url)
    return _make_object_reader(lambda: client.chat_completion(
        messages=MESSAGES, model=MODEL, stream=True, max_tokens=1 << 20))


def make_openai(base_url: str) -> Reader:
    from openai import OpenAI

    client = OpenAI(base_url=base_url, api_key="x", max_retries=0)
    return _make_object_reader(lambda: client.chat.completions.create(
        messages=MESSAGES, model=MODEL, stream=True, max_tokens=1 << 20))


CLIENTS: dict[str, Callable[[str], Reader]] = {
    **{f"raw {line} + json.loads": make_raw(module) for line, module in HTTP_LINES.items()},
    "hfhub": make_hfhub,
    "huggingface_hub 2.4.0": make_huggingface_hub,
    "openai": make_openai,
}


def checked(name: str, run: Reader, expected: tuple[int, int]) -> Callable[[], None]:
    """``run``, failing the benchmark if a repeat does not see the whole stream as the anchor did."""
    def again() -> None:
        if (got := run()) != expected:
            raise SystemExit(f"{name} saw {got} (chunks, characters) on a repeat, {expected} expected")
    return again


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chunks", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=11)
    parser.add_argument("--json", action="store_true", help="also print the results as JSON")
    args = parser.parse_args(argv)
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        os.environ.pop(var, None)  # loopback only

    with local_server("stream_server.py", "--chunks", str(args.chunks)) as origin:
        runners = {name: factory(origin + "/v1") for name, factory in CLIENTS.items()}
        warm = {name: run() for name, run in runners.items()}  # imports, connection
        # Every client must see the whole stream, and the same content as the anchor.
        for name, seen in warm.items():
            if seen != warm[ANCHOR] or seen[0] != args.chunks:
                raise SystemExit(f"{name} saw {seen} (chunks, characters); {ANCHOR} {warm[ANCHOR]}")
        times = best_of(args.repeat, {name: checked(name, run, warm[ANCHOR]) for name, run in runners.items()})

    print(versions("httpx2", "httpx", "hfhub", "huggingface_hub", "openai"))
    report(f"a {args.chunks}-chunk chat stream, best of {args.repeat}", times, ANCHOR, (args.chunks, "chunks"))
    if args.json:
        print(json.dumps({name: {"wall_s": wall, "cpu_s": cpu, "chunks_per_s": args.chunks / wall}
                          for name, (wall, cpu) in times.items()}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
