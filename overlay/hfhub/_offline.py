"""Whether the Hub may be reached: ``HF_HUB_OFFLINE`` (or ``TRANSFORMERS_OFFLINE``) set to a true value forbids it."""

from __future__ import annotations

import os

import httpx2

from ._environment import true_value
from .errors import OfflineModeError, public_url

__all__ = ["offline_mode", "check_offline"]


def offline_mode() -> bool:
    """True when the environment asks for no network access to the Hub, as huggingface_hub reads it."""
    return true_value(os.environ.get("HF_HUB_OFFLINE") or os.environ.get("TRANSFORMERS_OFFLINE"))


def check_offline(request: httpx2.Request) -> None:
    """Refuse ``request`` before it is sent when offline: the one rule of Hub calls, inference and files."""
    if offline_mode():
        raise OfflineModeError(f"HF_HUB_OFFLINE is set: {request.method} {public_url(request.url)} was not sent")
