"""Whether the Hub may be reached: ``HF_HUB_OFFLINE`` (or ``TRANSFORMERS_OFFLINE``) set to a true value forbids it."""

from __future__ import annotations

import os

from ._environment import true_value

__all__ = ["offline_mode"]

def offline_mode() -> bool:
    """True when the environment asks for no network access to the Hub, as huggingface_hub reads it."""
    return true_value(os.environ.get("HF_HUB_OFFLINE") or os.environ.get("TRANSFORMERS_OFFLINE"))
