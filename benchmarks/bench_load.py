"""2,000 calls gathered at once on one async client: hfhub defaults vs raw httpx2 (the anchor) and raw httpx, on a local Hub stand-in, in one run.

    python benchmarks/bench_load.py [--calls 2000] [--rounds 3]

Contenders: ``AsyncHubClient`` with its defaults (it bounds its own concurrency), raw
``AsyncClient`` of httpx2 and of httpx with a hand-tuned ``asyncio.Semaphore(100)``, and both
with their defaults. Each round gathers ``--calls`` ``whoami`` calls; the table shows successes
(the fewest in any round), the best wall time and throughput, and the ratio to the tuned raw
httpx2 (goal for hfhub: >= 0.9x).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
from types import ModuleType
from typing import Awaitable, Callable

from _harness import ANCHOR_LINE, HTTP_LINES, gather_calls, local_server, report_load, versions

TOKEN = "hf_benchmark_token"
HEADERS = {"authorization": f"Bearer {TOKEN}"}
ANCHOR = f"raw {ANCHOR_LINE} + Semaphore(100)"
Round = Callable[[int], Awaitable[tuple[int, float, set[str]]]]


def raw(module: ModuleType, url: str, limit: int | None) -> Round:
    """One round on a fresh raw client, bounded by a semaphore of ``limit`` or by the library's defaults alone."""
    async def run(calls: int) -> tuple[int, float, set[str]]:
        bound = asyncio.Semaphore(limit) if limit else contextlib.nullcontext()
        async with module.AsyncClient() as client:

            async def one() -> str:
                async with bound:
                    response = await client.get(f"{url}/api/whoami-v2", headers=HEADERS)
                    response.raise_for_status()
                    return json.loads(response.content)["name"]

            return await gather_calls(one, calls)
    return run


def hfhub_defaults(url: str) -> Round:
    from hfhub import AsyncHubClient

    async def run(calls: int) -> tuple[int, float, set[str]]:
        async with AsyncHubClient(token=TOKEN, endpoint=url) as hub:

            async def one() -> str:
                return (await hub.users.whoami()).name

            return await gather_calls(one, calls)
    return run


def contenders(url: str) -> dict[str, Round]:
    return {
        **{f"raw {line} + Semaphore(100)": raw(module, url, 100) for line, module in HTTP_LINES.items()},
        "hfhub AsyncHubClient defaults": hfhub_defaults(url),
        **{f"raw {line} defaults": raw(module, url, None) for line, module in HTTP_LINES.items()},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with local_server("hub_server.py", "--models", "10") as url:
        runs = contenders(url)
        results = {name: (args.calls, float("inf"), set[str]()) for name in runs}
        for _ in range(args.rounds):
            for name, run in runs.items():
                successes, wall, errors = asyncio.run(run(args.calls))
                fewest, best, seen = results[name]
                results[name] = (min(fewest, successes), min(best, wall), seen | errors)
    print(versions("httpx2", "httpx", "hfhub"))
    report_load(f"{args.calls} gathered whoami calls on one client, best of {args.rounds} rounds "
                "(successes: the fewest in any round)", results, ANCHOR, args.calls)


if __name__ == "__main__":
    main()
