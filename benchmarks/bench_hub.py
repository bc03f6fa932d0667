"""hfhub vs huggingface_hub vs raw httpx2 (the anchor) and raw httpx, + json.loads, on a local Hub stand-in, in one run.

    python benchmarks/bench_hub.py [--calls 2000] [--models 10000] [--rounds 5]

Calls per second of ``whoami`` and ``models.info`` (typed results), and listing 10,000 models
over ``Link`` pages: time, client CPU and peak memory (tracemalloc, in a fresh process per client).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from types import ModuleType
from typing import Callable

from _harness import ANCHOR_LINE, HTTP_LINES, best_of, local_server, report, versions

TOKEN = "hf_benchmark_token"
HEADERS = {"authorization": f"Bearer {TOKEN}"}
ANCHOR = f"raw {ANCHOR_LINE} + json.loads"
Calls = dict[str, Callable[[], object]]


def raw_calls(module: ModuleType, url: str, calls: int) -> tuple[Callable[[], object], Callable[[], object]]:
    client = module.Client()

    def whoami() -> None:
        for _ in range(calls):
            json.loads(client.get(f"{url}/api/whoami-v2", headers=HEADERS).content)["name"]

    def info() -> None:
        for _ in range(calls):
            json.loads(client.get(f"{url}/api/models/org1/model-1", headers=HEADERS).content)["id"]

    return whoami, info


def contenders_calls(url: str, calls: int) -> tuple[Calls, Calls]:
    from huggingface_hub import HfApi

    from hfhub import HubClient

    whoami: Calls = {}
    info: Calls = {}
    for line, module in HTTP_LINES.items():
        whoami[f"raw {line} + json.loads"], info[f"raw {line} + json.loads"] = raw_calls(module, url, calls)
    hub = HubClient(token=TOKEN, endpoint=url)
    hf = HfApi(endpoint=url, token=TOKEN)

    def hub_whoami() -> None:
        for _ in range(calls):
            hub.users.whoami().name

    def hf_whoami() -> None:
        for _ in range(calls):
            hf.whoami(cache=False)["name"]

    def hub_info() -> None:
        for _ in range(calls):
            hub.models.info("org1/model-1").id

    def hf_info() -> None:
        for _ in range(calls):
            hf.model_info("org1/model-1").id

    whoami.update({"hfhub": hub_whoami, "huggingface_hub 2.4.0": hf_whoami})
    info.update({"hfhub": hub_info, "huggingface_hub 2.4.0": hf_info})
    return whoami, info


RAW_LISTER = """
import json
import {module} as http
client = http.Client()
def run(url):
    n, next_url = 0, url + "/api/models"
    while next_url:
        r = client.get(next_url)
        for item in json.loads(r.content):
            item["id"]; n += 1
        nxt = r.links.get("next")
        next_url = str(r.url.join(nxt["url"])) if nxt else None
    return n
"""
LISTERS = {
    **{f"raw {line} + json.loads": RAW_LISTER.format(module=module.__name__) for line, module in HTTP_LINES.items()},
    "hfhub": """
import sys
from hfhub import HubClient
hub = HubClient(token=False, endpoint=sys.argv[1])
def run(url):
    n = 0
    for model in hub.models.list():
        model.id; n += 1
    return n
""",
    "huggingface_hub 2.4.0": """
import sys
from huggingface_hub import HfApi
api = HfApi(endpoint=sys.argv[1], token=False)
def run(url):
    n = 0
    for model in api.list_models():
        model.id; n += 1
    return n
""",
}

LIST_PROBE = """
import sys, time, tracemalloc
{setup}
url, rounds = sys.argv[1], int(sys.argv[2])
run(url)  # warm up connections and imports
wall = cpu = float("inf")
for _ in range(rounds):
    w, c = time.perf_counter(), time.process_time()
    count = run(url)
    wall, cpu = min(wall, time.perf_counter() - w), min(cpu, time.process_time() - c)
tracemalloc.start(); run(url); peak = tracemalloc.get_traced_memory()[1]; tracemalloc.stop()
print(wall, cpu, peak, count)
"""


def listing(url: str, models: int, rounds: int) -> None:
    times: dict[str, tuple[float, float]] = {}
    peaks: dict[str, int] = {}
    for name, setup in LISTERS.items():
        out = subprocess.run([sys.executable, "-c", LIST_PROBE.format(setup=setup), url, str(rounds)],
                             capture_output=True, text=True, check=True).stdout.split()
        if int(out[3]) != models:
            raise SystemExit(f"{name} listed {out[3]} models, not {models}")
        times[name], peaks[name] = (float(out[0]), float(out[1])), int(out[2])
    notes = {name: f"peak {peak / 2**20:6.1f} MiB {peak / peaks[ANCHOR]:5.2f}x" for name, peak in peaks.items()}
    report(f"listing {models} models over Link pages, best of {rounds} (peak traced memory; each in its own process)",
           times, ANCHOR, (models, "models"), notes)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--models", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    print(versions("httpx2", "httpx", "hfhub", "huggingface_hub"))
    with local_server("hub_server.py", "--models", str(args.models)) as url:
        whoami, info = contenders_calls(url, args.calls)
        report(f"whoami x{args.calls}, best of {args.rounds}", best_of(args.rounds, whoami), ANCHOR, (args.calls, "calls"))
        report(f"models.info x{args.calls}, best of {args.rounds}", best_of(args.rounds, info), ANCHOR, (args.calls, "calls"))
        listing(url, args.models, args.rounds)


if __name__ == "__main__":
    main()
