"""hfhub: a typed client for the Hugging Face Hub and Inference APIs.

``import hfhub`` loads nothing but this file; each public name is imported on first use::

    from hfhub import HubClient

    with HubClient() as hub:  # token from HF_TOKEN or the token file of the Hugging Face cache
        ...
"""

from __future__ import annotations

import importlib

# Not ``typing.TYPE_CHECKING``: importing typing would double the cost of ``import hfhub``.
# Type checkers treat any ``TYPE_CHECKING`` name as true.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from . import errors
    from hfhub_api._raw_response import RawResponse

    from ._hub_client import AsyncHubClient, HubClient
    from hfhub_api._retry import RetryPolicy
    from .errors import InferenceTimeoutError
    from .inference import AsyncInferenceClient, InferenceApi, InferenceClient

from ._version import __version__

__all__ = [
    "HubClient",
    "AsyncHubClient",
    "InferenceClient",
    "AsyncInferenceClient",
    "InferenceApi",
    "InferenceTimeoutError",
    "RetryPolicy",
    "RawResponse",
    "errors",
    "__version__",
]

_LAZY = {
    "HubClient": "hfhub._hub_client",
    "AsyncHubClient": "hfhub._hub_client",
    "InferenceClient": "hfhub.inference",
    "AsyncInferenceClient": "hfhub.inference",
    "InferenceApi": "hfhub.inference",
    "InferenceTimeoutError": "hfhub.errors",
    "RetryPolicy": "hfhub_api._retry",
    "RawResponse": "hfhub_api._raw_response",
    "errors": "hfhub.errors",
}


def __getattr__(name: str) -> Any:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module 'hfhub' has no attribute {name!r}")
    module = importlib.import_module(module_name)
    value = module if module_name == f"hfhub.{name}" else getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
