"""Inference: every task of the Hub's providers, Inference Endpoints and your own servers.

``from hfhub.inference import InferenceClient`` loads the client; providers load when first
used, task types when first returned. The generated task types are importable from here
too (``from hfhub.inference import ChatCompletionOutput``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

import hfhub_api.inference as _task_types

if TYPE_CHECKING:
    from hfhub_api.inference import *  # noqa: F403

    from ._async_client import AsyncInferenceClient
    from ._client import InferenceClient
    from ..errors import InferenceStreamError, InferenceTimeoutError
    from ._streaming import AsyncInferenceStream, InferenceStream
    from ._types import AudioToAudioOutputElement, ConversationalOutput, ConversationalOutputConversation, ModelStatus

_LAZY = {
    "InferenceClient": "._client",
    "AsyncInferenceClient": "._async_client",
    "InferenceTimeoutError": "..errors",
    "InferenceStreamError": "..errors",
    "InferenceStream": "._streaming",
    "AsyncInferenceStream": "._streaming",
    "AudioToAudioOutputElement": "._types",
    "ConversationalOutput": "._types",
    "ConversationalOutputConversation": "._types",
    "ModelStatus": "._types",
}

__all__ = [
    "AsyncInferenceClient",
    "AsyncInferenceStream",
    "AudioToAudioOutputElement",
    "ConversationalOutput",
    "ConversationalOutputConversation",
    "InferenceClient",
    "InferenceStream",
    "InferenceStreamError",
    "InferenceTimeoutError",
    "ModelStatus",
]
__all__ += _task_types.__all__  # the generated task types, re-exported


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is not None:
        value = getattr(importlib.import_module(module, __name__), name)
    else:
        if name not in _task_types.__all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(_task_types, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
