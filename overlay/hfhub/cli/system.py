"""``hfhub env``: the versions, paths and settings hfhub runs with, for a bug report. Sends nothing."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from . import _args
from ._exit import UsageError

# Optional packages that change what hfhub does, and the settings it reads from the environment.
_PACKAGES = ("httpx2", "python-dateutil", "filelock", "tqdm", "pillow", "numpy", "hf-xet", "huggingface-hub")
_SETTINGS = ("HF_HUB_OFFLINE", "HF_HUB_DISABLE_IMPLICIT_TOKEN", "HF_HUB_DISABLE_PROGRESS_BARS", "HF_HUB_DISABLE_SYMLINKS",
             "HF_HUB_ETAG_TIMEOUT", "HF_HUB_DOWNLOAD_TIMEOUT", "HF_HUB_VERBOSITY", "HF_DEBUG", "HF_HUB_USER_AGENT_ORIGIN",
             "HF_INFERENCE_ENDPOINT")


def register(commands: Any) -> None:
    env = commands.add_parser("env", help="versions, paths and settings, to paste into a bug report (no token shown)",
                              parents=[_args.json_option()])
    env.set_defaults(run=run_env)


def environment() -> dict[str, Any]:
    import platform
    from importlib import metadata

    from .. import __version__
    from .._auth import implicit_token_disabled, resolve_endpoint, token_path
    from ..files._cache import cache_root
    from ..files._progress import _in_notebook

    def version(name: str) -> str:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return "N/A"

    try:
        endpoint = resolve_endpoint()
    except ValueError as exc:
        raise UsageError(f"HF_ENDPOINT: {exc}") from None
    source = "HF_TOKEN" if os.environ.get("HF_TOKEN") else "HUGGING_FACE_HUB_TOKEN" if os.environ.get("HUGGING_FACE_HUB_TOKEN") \
        else "token file" if os.path.isfile(token_path()) else "none"
    return {
        "hfhub version": __version__,
        "platform": platform.platform(),
        "python version": platform.python_version(),
        "python": sys.executable,
        "running in notebook": _in_notebook(),
        "endpoint": endpoint,
        "token source": "none (HF_HUB_DISABLE_IMPLICIT_TOKEN)" if implicit_token_disabled() else source,
        "token path": token_path(),
        "stored tokens path": os.path.join(os.path.dirname(token_path()), "stored_tokens"),
        "HF_HUB_CACHE": str(cache_root()),
        **{name: version(name) for name in _PACKAGES},
        **{name: os.environ.get(name) for name in _SETTINGS},
    }


def run_env(args: argparse.Namespace) -> int:
    from ._output import cell, print_json

    data = environment()
    if args.json:
        print_json(data)
    else:
        print("Copy and paste the text below into your issue.\n")
        print("\n".join(f"- {key}: {'not set' if value is None else cell(value)}" for key, value in data.items()))
    return 0
