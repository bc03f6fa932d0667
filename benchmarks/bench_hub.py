"""hfhub vs huggingface_hub vs raw httpx + json.loads on a local Hub stand-in, in one run.

    python benchmarks/bench_hub.py [--calls 2000] [--models 10000] [--rounds 5]

Calls per second of ``whoami`` and ``models.info`` (typed results), and listing 10,000 models
over ``Link`` pages: time and peak memory (tracemalloc, in a fresh process per client).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

import httpx

from _harness import best_of, local_server, report

TOKEN = "hf_benchmark_token"


def contenders_calls(url: str, calls: int) -> tuple[dict, dict]:
    from huggingface_hub import HfApi

    from hfhub import HubClient

    raw = httpx.Client()
    headers = {"authorization": f"Bearer {TOKEN}"}
    hub = HubClient(token=TOKEN, endpoint=url)
    hf = HfApi(endpoint=url, token=TOKEN)

    def raw_whoami():
        for _ in range(calls):
            json.loads(raw.get(f"{url}/api/whoami-v2", headers=headers).content)["name"]

    def hub_whoami():
        for _ in range(calls):
            hub.users.whoami().name

    def hf_whoami():
        for _ in range(calls):
            hf.whoami(cache=False)["name"]

    def raw_info():
        for _ in range(calls):
            json.loads(raw.get(f"{url}/api/models/org1/model-1", headers=headers).content)["id"]

    def hub_info():
        for _ in range(calls):
            hub.models.info("org1/model-1").id

    def hf_info():
        for _ in range(calls):
            hf.model_info("org1/model-1").id

    return (
        {"raw httpx + json.loads": raw_whoami, "hfhub": hub_whoami, "huggingface_hub 2.4.0": hf_whoami},
        {"raw httpx + json.loads": raw_info, "hfhub": hub_info, "huggingface_hub 2.4.0": hf_info},
    )


LISTERS = {
    "raw httpx + json.loads": """
import httpx, json
client = httpx.Client()
def run(url):
    n, next_url = 0, url + "/api/models"
    while next_url:
        r = client.get(next_url)
        for item in json.loads(r.content):
            item["id"]; n += 1
        nxt = r.links.get("next")
        next_url = str(r.url.join(nxt["url"])) if nxt else None
    return n
""",
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
best = float("inf")
for _ in range(rounds):
    start = time.perf_counter(); count = run(url); best = min(best, time.perf_counter() - start)
tracemalloc.start(); run(url); peak = tracemalloc.get_traced_memory()[1]; tracemalloc.stop()
print(best, peak, count)
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--models", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with local_server("hub_server.py", "--models", str(args.models)) as url:
        whoami, info = contenders_calls(url, args.calls)
        report(f"whoami x{args.calls}", best_of(args.rounds, whoami), "raw httpx + json.loads", args.calls)
        report(f"models.info x{args.calls}", best_of(args.rounds, info), "raw httpx + json.loads", args.calls)
        print(f"\nlisting {args.models} models over Link pages (best of {args.rounds}; peak traced memory)")
        results = {}
        for name, setup in LISTERS.items():
            out = subprocess.run([sys.executable, "-c", LIST_PROBE.format(setup=setup), url, str(args.rounds)],
                                 capture_output=True, text=True, check=True).stdout.split()
            results[name] = (float(out[0]), int(out[1]), int(out[2]))
        base_t, base_m, _ = results["raw httpx + json.loads"]
        for name, (t, m, count) in results.items():
            print(f"  {name:<28} {t * 1000:9.1f} ms  {t / base_t:5.2f}x   peak {m / 2**20:7.1f} MiB  {m / base_m:5.2f}x  ({count} models)")


if __name__ == "__main__":
    main()
