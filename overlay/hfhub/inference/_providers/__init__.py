"""Providers by name, each module imported the first time its provider is used."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._base import Provider

__all__ = ["PUBLIC", "get"]

_CLASSES = {
    "auto": ("auto", "Auto"),
    "hf-inference": ("hf_inference", "HFInference"),
    "fal-ai": ("fal_ai", "FalAI"),
    "replicate": ("replicate", "Replicate"),
    "sambanova": ("sambanova", "SambaNova"),
    "together": ("together", "Together"),
    "router": ("router", "Router"),
    "self-hosted": ("self_hosted", "SelfHosted"),
}
PUBLIC = ("auto", "hf-inference", "fal-ai", "replicate", "sambanova", "together")
"""The names a caller may pass as ``provider=``."""

_instances: dict[str, Provider] = {}


def get(name: str) -> Provider:
    provider = _instances.get(name)
    if provider is None:
        try:
            module, cls = _CLASSES[name]
        except KeyError:
            raise ValueError(f"unknown provider {name!r}: expected one of {', '.join(PUBLIC)}") from None
        provider = getattr(importlib.import_module(f".{module}", __name__), cls)()
        _instances[name] = provider
    return provider
