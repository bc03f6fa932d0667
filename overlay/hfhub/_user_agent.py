"""The ``User-Agent`` a client sends, in huggingface_hub's format: ``library/version; hfhub/...; python/...; ...``."""

from __future__ import annotations

import os
import sys
from typing import Mapping

from hfhub_api._request import check_headers

from ._version import __version__

__all__ = ["USER_AGENT", "build_user_agent"]

USER_AGENT = "hfhub/{}; python/{}.{}.{}".format(__version__, *sys.version_info[:3])


def build_user_agent(
    library_name: str | None = None,
    library_version: str | None = None,
    user_agent: str | Mapping[str, object] | None = None,
) -> str:
    """The calling library first, then ours, then ``user_agent`` and ``HF_HUB_USER_AGENT_ORIGIN``.

    ``user_agent`` is a string, or a mapping read as ``key/value`` parts. Parts are separated
    by ``"; "`` and a part given twice is kept once, as huggingface_hub does.
    """
    parts: list[str] = []
    if library_name is not None:
        parts.append(f"{library_name}/{library_version}")
    parts.append(USER_AGENT)
    if isinstance(user_agent, Mapping):
        parts.extend(f"{key}/{value}" for key, value in user_agent.items())
    elif isinstance(user_agent, str):
        parts.append(user_agent)
    elif user_agent is not None:
        raise TypeError(f"user_agent must be a str or a mapping, not {type(user_agent).__name__}")
    origin = os.environ.get("HF_HUB_USER_AGENT_ORIGIN")
    if origin:
        parts.append(f"origin/{origin}")
    unique = dict.fromkeys(part.strip() for part in "; ".join(parts).split(";"))
    value = "; ".join(part for part in unique if part)
    return check_headers({"User-Agent": value})["User-Agent"]
