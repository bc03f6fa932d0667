"""2,000 calls gathered at once on one async client: hfhub defaults vs raw httpx, on a local Hub stand-in, in one run.

    python benchmarks/bench_load.py [--calls 2000] [--rounds 3]

Contenders: ``AsyncHubClient`` with its defaults (it bounds its own concurrency), raw
``httpx.AsyncClient`` with a hand-tuned ``asyncio.Semaphore(100)``, and raw httpx with its
defaults. Each round gathers ``--calls`` ``whoami`` calls; the table shows successes, the best
wall time and throughput, and the ratio to the tuned raw httpx (goal for hfhub: >= 0.9x).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from typing import Awaitable, Callable

import httpx

from _harness import local_server

TOKEN = "hf_benchmark_token"
HEADERS = {"authorization": f"Bearer {TOKEN}"}


def contenders(url: str) -> dict[str, Callable[[], Awaitable[object]]]:
    """For each contender, a factory of one round's client and its calls (a coroutine returning the results)."""
    from hfhub import AsyncHubClient

    whoami = f"{url}/api/whoami-v2"

    async def hfhub_defaults(calls: int) -> list[object]:
        async with AsyncHubClient(token=TOKEN, endpoint=url) as hub:

            async def one() -> str:
                return (await hub.users.whoami()).name

            return await asyncio.gather(*(one() for _ in range(calls)), return_exceptions=True)

    async def raw_semaphore(calls: int) -> list[object]:
        limit = asyncio.Semaphore(100)
        async with httpx.AsyncClient() as client:

            async def one() -> str:
                async with limit:
                    response = await client.get(whoami, headers=HEADERS)
                    response.raise_for_status()
                    return json.loads(response.content)["name"]

            return await asyncio.gather(*(one() for _ in range(calls)), return_exceptions=True)

    async def raw_defaults(calls: int) -> list[object]:
        async with httpx.AsyncClient() as client:

            async def one() -> str:
                response = await client.get(whoami, headers=HEADERS)
                response.raise_for_status()
                return json.loads(response.content)["name"]

            return await asyncio.gather(*(one() for _ in range(calls)), return_exceptions=True)

    return {
        "raw httpx + Semaphore(100)": raw_semaphore,
        "hfhub AsyncHubClient defaults": hfhub_defaults,
        "raw httpx defaults": raw_defaults,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with local_server("hub_server.py", "--models", "10") as url:
        runs = contenders(url)
        best = {name: float("inf") for name in runs}
        worst_successes = {name: args.calls for name in runs}
        errors: dict[str, set[str]] = {name: set() for name in runs}
        for _ in range(args.rounds):
            for name, run in runs.items():
                started = time.perf_counter()
                results = asyncio.run(run(args.calls))
                wall = time.perf_counter() - started
                failures = [r for r in results if isinstance(r, BaseException)]
                errors[name] |= {type(f).__name__ for f in failures}
                worst_successes[name] = min(worst_successes[name], args.calls - len(failures))
                best[name] = min(best[name], wall)
    anchor = "raw httpx + Semaphore(100)"
    print(f"\n{args.calls} gathered calls on one client, best of {args.rounds} rounds "
          f"(successes: the fewest in any round)")
    print(f"  {'contender':<32} {'successes':>10} {'wall':>9} {'calls/s':>9} {'vs tuned':>9}  errors")
    for name, wall in best.items():
        throughput = worst_successes[name] / wall
        ratio = throughput / (worst_successes[anchor] / best[anchor])
        print(f"  {name:<32} {worst_successes[name]:>10} {wall:8.2f}s {throughput:9,.0f} {ratio:8.2f}x  "
              f"{', '.join(sorted(errors[name])) or '-'}")


if __name__ == "__main__":
    main()
