"""2,000 chat streams gathered at once on one async client, side by side with raw httpx, in one run.

Starts ``benchmarks/stream_server.py`` (short ``--chunks`` streams, 127.0.0.1 only) and runs
``--calls`` calls through ``asyncio.gather``, each reading its whole stream:

* raw+semaphore: ``httpx.AsyncClient`` with a hand-tuned ``asyncio.Semaphore(100)`` (the anchor);
* hfhub: ``AsyncInferenceClient(base_url)`` with its defaults (``max_concurrency=100``).

Prints, per contender, the calls that succeeded, the wall time and the throughput ratio to the
anchor (the issue asks for hfhub >= 0.9x of it).

    python benchmarks/bench_inference_load.py [--calls 2000] [--chunks 4]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from collections.abc import Awaitable, Callable

import httpx

from _harness import local_server

MESSAGES = [{"role": "user", "content": "Hi"}]
MODEL = "bench/tiny-model"
Call = Callable[[], Awaitable[int]]


async def gathered(make: Callable[[], tuple[Call, Callable[[], Awaitable[None]]]], calls: int) -> tuple[int, float]:
    """Calls that succeeded and the wall time of ``calls`` gathered calls on one client."""
    call, close = make()
    started = time.perf_counter()
    results = await asyncio.gather(*(call() for _ in range(calls)), return_exceptions=True)
    wall = time.perf_counter() - started
    await close()
    failures = [r for r in results if isinstance(r, BaseException)]
    if failures:
        print(f"  {len(failures)} failed, first: {failures[0]!r}", file=sys.stderr)
    return calls - len(failures), wall


def raw(base_url: str, limit: int) -> tuple[Call, Callable[[], Awaitable[None]]]:
    client = httpx.AsyncClient(trust_env=False)
    semaphore = asyncio.Semaphore(limit)
    body = {"model": MODEL, "messages": MESSAGES, "stream": True}

    async def once() -> int:
        n = 0
        async with client.stream("POST", base_url + "/v1/chat/completions", json=body) as response:
            response.raise_for_status()
            async for line in response.aiter_lines():
                if line.startswith("data:") and line[5:].strip() != "[DONE]":
                    json.loads(line[5:])
                    n += 1
        return n

    async def call() -> int:
        async with semaphore:
            return await once()

    return call, client.aclose


def hfhub(base_url: str) -> tuple[Call, Callable[[], Awaitable[None]]]:
    from hfhub import AsyncInferenceClient

    client = AsyncInferenceClient(base_url=base_url + "/v1", token=False)

    async def call() -> int:
        stream = await client.chat_completion(MESSAGES, model=MODEL, stream=True)
        return sum([1 async for _ in stream])

    return call, client.close


async def main_async(base_url: str, calls: int) -> None:
    contenders = {
        "raw+semaphore(100)": lambda: raw(base_url, 100),
        "hfhub (defaults)": lambda: hfhub(base_url),
    }
    results = {name: await gathered(make, calls) for name, make in contenders.items()}
    anchor_ok, anchor_wall = results["raw+semaphore(100)"]
    print(f"\n{calls} gathered chat streams: succeeded, wall, calls/s, throughput vs raw+semaphore")
    for name, (ok, wall) in results.items():
        rate = ok / wall
        print(f"  {name:<22} {ok:5d}/{calls}  {wall:7.2f} s  {rate:8,.0f}/s  {rate / (anchor_ok / anchor_wall):5.2f}x")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--chunks", type=int, default=4)
    args = parser.parse_args(argv)
    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "overlay"))
    with local_server("stream_server.py", "--chunks", str(args.chunks)) as base_url:
        asyncio.run(main_async(base_url, args.calls))
    return 0


if __name__ == "__main__":
    sys.exit(main())
