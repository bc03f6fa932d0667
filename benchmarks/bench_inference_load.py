"""2,000 chat streams gathered at once on one async client, side by side with raw httpx2 (the anchor) and raw httpx, in one run.

Starts ``benchmarks/stream_server.py`` (short ``--chunks`` streams, 127.0.0.1 only) and runs
``--calls`` calls through ``asyncio.gather``, each reading its whole stream:

* raw httpx2 + Semaphore(100): ``httpx2.AsyncClient`` with a hand-tuned ``asyncio.Semaphore(100)`` (the anchor);
* raw httpx + Semaphore(100): the same on the older line;
* hfhub: ``AsyncInferenceClient(base_url)`` with its defaults (``max_concurrency=100``).

Prints, per contender, the calls that succeeded, the wall time and the throughput ratio to the
anchor (the issue asks for hfhub >= 0.9x of it).

    python benchmarks/bench_inference_load.py [--calls 2000] [--chunks 4]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Awaitable, Callable
from types import ModuleType

from _harness import ANCHOR_LINE, HTTP_LINES, gather_calls, local_server, report_load, versions

MESSAGES = [{"role": "user", "content": "Hi"}]
MODEL = "bench/tiny-model"
ANCHOR = f"raw {ANCHOR_LINE} + Semaphore(100)"
Call = Callable[[], Awaitable[int]]
Contender = Callable[[], tuple[Call, Callable[[], Awaitable[None]]]]


def raw(module: ModuleType, base_url: str, limit: int) -> Contender:
    def make() -> tuple[Call, Callable[[], Awaitable[None]]]:
        client = module.AsyncClient(trust_env=False)
        semaphore = asyncio.Semaphore(limit)
        body = {"model": MODEL, "messages": MESSAGES, "stream": True}

        async def call() -> int:
            n = 0
            async with semaphore, client.stream("POST", base_url + "/v1/chat/completions", json=body) as response:
                response.raise_for_status()
                async for line in response.aiter_lines():
                    if line.startswith("data:") and line[5:].strip() != "[DONE]":
                        json.loads(line[5:])
                        n += 1
            return n

        return call, client.aclose
    return make


def hfhub(base_url: str) -> tuple[Call, Callable[[], Awaitable[None]]]:
    from hfhub import AsyncInferenceClient

    client = AsyncInferenceClient(base_url=base_url + "/v1", token=False)

    async def call() -> int:
        stream = await client.chat_completion(MESSAGES, model=MODEL, stream=True)
        return sum([1 async for _ in stream])

    return call, client.close


async def gathered(make: Contender, calls: int) -> tuple[int, float, set[str]]:
    """Successes, wall time and failure types of ``calls`` gathered calls on one client."""
    call, close = make()
    try:
        return await gather_calls(call, calls)
    finally:
        await close()


async def main_async(base_url: str, calls: int) -> dict[str, tuple[int, float, set[str]]]:
    contenders: dict[str, Contender] = {
        **{f"raw {line} + Semaphore(100)": raw(module, base_url, 100) for line, module in HTTP_LINES.items()},
        "hfhub (defaults)": lambda: hfhub(base_url),
    }
    return {name: await gathered(make, calls) for name, make in contenders.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--chunks", type=int, default=4)
    args = parser.parse_args(argv)
    with local_server("stream_server.py", "--chunks", str(args.chunks)) as base_url:
        results = asyncio.run(main_async(base_url, args.calls))
    print(versions("httpx2", "httpx", "hfhub"))
    report_load(f"{args.calls} gathered chat streams of {args.chunks} chunks on one client", results, ANCHOR, args.calls)
    return 0


if __name__ == "__main__":
    sys.exit(main())
