"""Clients of the stand-in Hub for the file tests, with a token the CDN must never see: hfhub's async client,
and the real huggingface_hub 2.4.0 in a child process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from standin_hub import StandinHub

from hfhub import AsyncHubClient, HubClient

TOKEN = "hf_standin_secret"


def sync_client(standin: StandinHub) -> HubClient:
    return HubClient(token=TOKEN, endpoint=standin.endpoint, max_retries=0)


def async_client(standin: StandinHub) -> AsyncHubClient:
    return AsyncHubClient(token=TOKEN, endpoint=standin.endpoint, max_retries=0)


def run_hf(tmp_path: Path, standin: StandinHub, code: str, *, xet: bool = False) -> object:
    """Run ``code`` with huggingface_hub (imported as ``hf``) against ``standin``; the JSON its last line prints.

    The child's HOME, HF_HOME and XDG_CACHE_HOME are in tmp (it reads them at import and caches files
    under them) and its cache is ``tmp_path / "cache"``. ``xet``: with hf_xet, as huggingface_hub runs by
    default, and the token (its uploads need one); else with ``HF_HUB_DISABLE_XET=1`` and no token.
    """
    home = tmp_path / "hf_child_home"
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(home),
        "HF_HOME": str(home / "hf"),
        "XDG_CACHE_HOME": str(home / "xdg"),
        "HF_HUB_CACHE": str(tmp_path / "cache"),
        "HF_ENDPOINT": standin.endpoint,
        "HF_HUB_DISABLE_TELEMETRY": "1",
        "HF_HUB_DISABLE_PROGRESS_BARS": "1",
        **({"HF_TOKEN": TOKEN} if xet else {"HF_HUB_DISABLE_XET": "1"}),
    }
    script = "import json, huggingface_hub as hf\n" + code
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])
