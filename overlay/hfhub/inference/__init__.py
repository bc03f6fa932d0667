"""Inference: every task of the Hub's providers, Inference Endpoints and your own servers.

``from hfhub.inference import InferenceClient`` loads the client; providers load when first
used, task types when first returned. The generated task types are importable from here
too (``from hfhub.inference import ChatCompletionOutput``), as are the older reference's
text-generation names (``TextGenerationResponse``, ``Token``, ``FinishReason``...) and its
legacy ``InferenceApi``.
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
    from ._legacy import InferenceApi
    from ._types import (
        AudioToAudioOutputElement,
        AutomaticSpeechRecognitionResult,
        ConversationalOutput,
        ConversationalOutputConversation,
        FinishReason,
        ImageToTextResult,
        ModelStatus,
        SummarizationResult,
        TextResult,
        TranslationResult,
    )
    # The older reference's text-generation names (``_types.TEXT_GENERATION_ALIASES``).
    from hfhub_api.inference import TextGenerationOutput as TextGenerationResponse
    from hfhub_api.inference import TextGenerationStreamOutput as TextGenerationStreamResponse
    from hfhub_api.inference import TextGenerationInputGenerateParameters as TextGenerationParameters
    from hfhub_api.inference import TextGenerationOutputDetails as Details
    from hfhub_api.inference import TextGenerationStreamOutputStreamDetails as StreamDetails
    from hfhub_api.inference import TextGenerationOutputBestOfSequence as BestOfSequence
    from hfhub_api.inference import TextGenerationOutputPrefillToken as InputToken
    from hfhub_api.inference import TextGenerationOutputToken as Token

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
    "TextResult": "._types",
    "AutomaticSpeechRecognitionResult": "._types",
    "SummarizationResult": "._types",
    "TranslationResult": "._types",
    "ImageToTextResult": "._types",
    "FinishReason": "._types",
    "InferenceApi": "._legacy",
}
_ALIASES = {
    "TextGenerationResponse", "TextGenerationStreamResponse", "TextGenerationParameters", "Details", "StreamDetails",
    "BestOfSequence", "InputToken", "Token",
}

__all__ = [
    "AsyncInferenceClient",
    "AsyncInferenceStream",
    "AudioToAudioOutputElement",
    "AutomaticSpeechRecognitionResult",
    "BestOfSequence",
    "ConversationalOutput",
    "ConversationalOutputConversation",
    "Details",
    "FinishReason",
    "ImageToTextResult",
    "InferenceApi",
    "InferenceClient",
    "InferenceStream",
    "InferenceStreamError",
    "InferenceTimeoutError",
    "InputToken",
    "ModelStatus",
    "StreamDetails",
    "SummarizationResult",
    "TextGenerationParameters",
    "TextGenerationResponse",
    "TextGenerationStreamResponse",
    "TextResult",
    "Token",
    "TranslationResult",
]
__all__ += _task_types.__all__  # the generated task types, re-exported


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is not None:
        value = getattr(importlib.import_module(module, __name__), name)
    elif name in _ALIASES:
        from ._types import TEXT_GENERATION_ALIASES

        value = getattr(_task_types, TEXT_GENERATION_ALIASES[name])
    else:
        if name not in _task_types.__all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(_task_types, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
