#!/usr/bin/env python3
"""Call the generated client against a local spec-driven Hub (Stoplight Prism).

    python scripts/demo.py [--spec PATH]

Prism (installed by ``make setup``) serves the pinned spec plus our ``spec/additions`` on
127.0.0.1 and validates every request; its answers are generated from the schemas, so the
values printed are made up, but every one went through the typed parsers.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "scripts"), str(ROOT)]

from hfgen.normalise import normalise  # noqa: E402
from tests.tooling.prism_process import PrismServer  # noqa: E402
from tests.tooling.prism_spec import write_prism_spec  # noqa: E402


def show(title: str, value: object) -> None:
    text = repr(value)
    print(f"  {title:<34} {text[:110] + ('...' if len(text) > 110 else '')}")


def sync_calls(url: str) -> None:
    from hfhub import HubClient

    with HubClient(token="hf_demo", endpoint=url) as hub:
        print(hub)
        me = hub.users.whoami()
        show("users.whoami().name", me.name)
        refs = hub.models.list_refs("openai-community/gpt2")
        show("models.list_refs(...).branches", [b.name for b in refs.branches])
        info = hub.models.info("openai-community/gpt2", expand=["inferenceProviderMapping", "createdAt"])
        show("models.info(...).created_at", info.created_at)
        show("  .inference_provider_mapping", info.inference_provider_mapping)
        show("models.list(limit=3)", [m.id for m in hub.models.list(search="gpt", limit=3)])
        show("datasets.parquet_files(...)", hub.datasets.parquet_files("rajpurkar/squad"))
        show("collections.list()", [c.slug for c in hub.collections.list(limit=2)])


async def async_calls(url: str) -> None:
    from hfhub import AsyncHubClient

    async with AsyncHubClient(token="hf_demo", endpoint=url) as hub:
        commits = [c.id async for c in hub.models.list_commits("openai-community/gpt2", limit=2)]
        show("async models.list_commits(...)", commits)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--spec", type=Path, default=ROOT.parent / "shared" / "hub-openapi" / "openapi.json")
    args = parser.parse_args()
    import hfhub_api

    print(f"hfhub_api: {len(hfhub_api.OPERATIONS)} operations "
          f"({len(hfhub_api.OPERATIONS) - len(hfhub_api.ADDITIONS)} from the published spec, "
          f"{len(hfhub_api.ADDITIONS)} from spec/additions), sync and async")
    spec = normalise(json.loads(args.spec.read_text()))
    with tempfile.TemporaryDirectory() as tmp:
        server = PrismServer(write_prism_spec(spec, Path(tmp), tag=False), seed=1)
        url = server.start()
        print(f"Prism serving the spec on {url}")
        try:
            sync_calls(url)
            asyncio.run(async_calls(url))
        finally:
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
