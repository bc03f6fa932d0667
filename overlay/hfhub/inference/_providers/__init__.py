"""Providers by name: classes for those with their own protocol, the catalog's data for the others.

Each module is imported the first time its provider is used. A provider the Hub's
mapping names that this version does not describe still serves chat and text generation
through the router, in OpenAI's format (see ``_catalog.generic``).
"""

from __future__ import annotations

import importlib
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._base import Provider

__all__ = ["KNOWN", "check", "get", "serves"]

_CLASSES = {
    "auto": ("auto", "Auto"),
    "hf-inference": ("hf_inference", "HFInference"),
    "fal-ai": ("fal_ai", "FalAI"),
    "replicate": ("replicate", "Replicate"),
    "router": ("router", "Router"),
    "self-hosted": ("self_hosted", "SelfHosted"),
}
# The tasks of the classes above (hf-inference: any).
_CLASS_TASKS: dict[str, frozenset[str] | None] = {
    "hf-inference": None,
    "fal-ai": frozenset({
        "automatic-speech-recognition", "text-to-image", "text-to-speech", "text-to-video",
        "image-to-image", "image-to-video", "image-segmentation",
    }),
    "replicate": frozenset({"text-to-image", "text-to-video", "text-to-speech", "image-to-image", "automatic-speech-recognition"}),
}
_CATALOGUED = (
    "baseten", "cerebras", "cohere", "deepinfra", "featherless-ai", "fireworks-ai", "groq", "novita", "nscale",
    "openai", "ovhcloud", "publicai", "sambanova", "scaleway", "together", "wavespeed", "zai-org",
)
KNOWN = ("auto", *sorted([*_CLASS_TASKS, *_CATALOGUED]))
"""The names a caller may pass as ``provider=`` knowing all their tasks; other well-formed names get the generic route."""
_NAME = re.compile(r"^[a-z0-9][a-z0-9.\-]*$")
_GENERIC_TASKS = frozenset({"conversational", "text-generation"})

_instances: dict[str, Provider] = {}


def check(name: object) -> str:
    """``name`` if it may name a provider, else a clear error."""
    if not isinstance(name, str) or not _NAME.match(name) or name in ("router", "self-hosted"):
        raise ValueError(f"unknown provider {name!r}: expected 'auto' or a provider's name ({', '.join(KNOWN[1:])})")
    return name


def serves(name: str, task: str | None) -> bool:
    """Whether this client can send ``task`` to the provider ``name``."""
    if name in _CLASS_TASKS:
        tasks = _CLASS_TASKS[name]
        return tasks is None or task in tasks
    if name in _CATALOGUED:
        from ._catalog import SPECS

        return task in SPECS[name].routes
    return task in _GENERIC_TASKS and name not in _CLASSES


def get(name: str) -> Provider:
    provider = _instances.get(name)
    if provider is None:
        if name in _CLASSES:
            module, cls = _CLASSES[name]
            provider = getattr(importlib.import_module(f".{module}", __name__), cls)()
        else:
            from ._catalog import SPECS, generic
            from .catalogued import Catalogued

            provider = Catalogued(SPECS.get(check(name)) or generic(name))
        _instances[name] = provider
    return provider
