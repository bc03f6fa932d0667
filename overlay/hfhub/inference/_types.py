"""Results of the helpers that no task schema describes, as the same typed views.

Every other helper returns a class generated from ``shared/inference-tasks``; these four
have no schema there (``audio-to-audio``, the retired ``conversational`` task, and the
status of a model, which now comes from the Hub API). Four tasks answer a text that is also
their output class (:class:`TextResult`); the older reference's text-generation names are
aliases of today's classes, ``FinishReason`` its enum of finish reasons.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any, ClassVar, Generic, SupportsIndex, TypeVar, overload

from hfhub_api._types import Field, Model

if TYPE_CHECKING:
    from typing_extensions import Self  # typing.Self from Python 3.11

    from hfhub_api.inference import (
        AutomaticSpeechRecognitionOutput,
        AutomaticSpeechRecognitionOutputChunk,
        ImageToTextOutput,
        SummarizationOutput,
        TranslationOutput,
    )

__all__ = [
    "AudioToAudioOutputElement", "ConversationalOutput", "ConversationalOutputConversation", "ModelStatus",
    "TextResult", "AutomaticSpeechRecognitionResult", "SummarizationResult", "TranslationResult", "ImageToTextResult",
    "FinishReason", "TEXT_GENERATION_ALIASES",
]

O = TypeVar("O", bound=Model)


class TextResult(str, Generic[O]):
    """A text answer that is also the task's output: a ``str`` (the text, as the older reference
    documents it) whose fields read by attribute (``out.summary_text``) or by key
    (``out["summary_text"]``), as huggingface_hub 2.4.0 returns them. ``output`` is the typed output."""

    text_field: ClassVar[str]
    """The output's field holding the text."""
    output: O

    def __new__(cls, output: O) -> Self:
        result = super().__new__(cls, output[cls.text_field] or "")
        result.output = output
        return result

    if not TYPE_CHECKING:  # checkers see the fields each result declares, not any name

        def __getattr__(self, name: str) -> Any:
            if name.startswith("__") or name == "output":
                raise AttributeError(name)
            return getattr(self.output, name)

    @overload
    def __getitem__(self, key: SupportsIndex | slice, /) -> str: ...
    @overload
    def __getitem__(self, key: str, /) -> Any: ...
    def __getitem__(self, key: SupportsIndex | slice | str, /) -> Any:
        """A field by name or JSON key; a character or slice of the text otherwise."""
        if isinstance(key, str):
            return self.output[key]
        return str.__getitem__(self, key)

    def get(self, key: str, default: Any = None) -> Any:
        return self.output.get(key, default)

    def keys(self) -> Any:
        return self.output.keys()

    def to_dict(self) -> dict[str, Any]:
        return self.output.to_dict()

    def __contains__(self, key: object) -> bool:
        """A field of the output, or a part of the text."""
        return key in self.output or (isinstance(key, str) and str.__contains__(self, key))

    def __reduce__(self) -> Any:
        return type(self), (self.output,)


class AutomaticSpeechRecognitionResult(TextResult["AutomaticSpeechRecognitionOutput"]):
    """The transcription: a ``str``, with ``text`` and ``chunks`` (timestamps, when asked)."""

    text_field = "text"
    text: str
    chunks: list[AutomaticSpeechRecognitionOutputChunk] | None


class SummarizationResult(TextResult["SummarizationOutput"]):
    """The summary: a ``str``, with ``summary_text``."""

    text_field = "summary_text"
    summary_text: str


class TranslationResult(TextResult["TranslationOutput"]):
    """The translation: a ``str``, with ``translation_text``."""

    text_field = "translation_text"
    translation_text: str


class ImageToTextResult(TextResult["ImageToTextOutput"]):
    """The caption: a ``str``, with ``generated_text``."""

    text_field = "generated_text"
    generated_text: str | None


class FinishReason(str, enum.Enum):
    """Why a generation stopped, as the older reference names the values of ``finish_reason``."""

    Length = "length"
    EndOfSequenceToken = "eos_token"
    StopSequence = "stop_sequence"


TEXT_GENERATION_ALIASES = {
    "TextGenerationResponse": "TextGenerationOutput",
    "TextGenerationStreamResponse": "TextGenerationStreamOutput",
    "TextGenerationParameters": "TextGenerationInputGenerateParameters",
    "Details": "TextGenerationOutputDetails",
    "StreamDetails": "TextGenerationStreamOutputStreamDetails",
    "BestOfSequence": "TextGenerationOutputBestOfSequence",
    "InputToken": "TextGenerationOutputPrefillToken",
    "Token": "TextGenerationOutputToken",
}
"""The older reference's text-generation type names, and today's class each stands for."""


class AudioToAudioOutputElement(Model):
    """One audio produced by an audio-to-audio model (e.g. one separated voice)."""

    __slots__ = ()
    label: Field[str] = Field("label")
    """What this audio is, as the model names it."""
    content_type: Field[str | None] = Field("content-type", default=None)
    """Its MIME type, e.g. ``audio/flac``."""
    blob: Field[str] = Field("blob")
    """The audio, base64-encoded."""


class ConversationalOutputConversation(Model):
    __slots__ = ()
    generated_responses: Field[list[str]] = Field("generated_responses")
    """The model's answers so far, the last one included."""
    past_user_inputs: Field[list[str]] = Field("past_user_inputs")
    """The user's inputs so far, the last one included."""


class ConversationalOutput(Model):
    """The answer of :meth:`conversational`: the reply and the conversation to continue from."""

    __slots__ = ()
    generated_text: Field[str] = Field("generated_text")
    conversation: Field[ConversationalOutputConversation] = Field("conversation", ConversationalOutputConversation)
    warnings: Field[list[str] | None] = Field("warnings", default=None)


class ModelStatus(Model):
    """Whether a model can be called now, from the Hub's ``inference`` and provider mapping."""

    __slots__ = ()
    loaded: Field[bool] = Field("loaded")
    """``True`` when a provider serves the model now (the Hub says ``warm``)."""
    state: Field[str] = Field("state")
    """``"Loaded"``, ``"Loadable"`` (a provider serves it live, it is not warm yet) or ``"NotLoadable"``;
    the legacy status route (``api_inference_url``) also says ``"TooBig"``."""
    compute_type: Field[str | dict[str, Any] | None] = Field("compute_type", default=None)
    """``"gpu"``, ``"cpu"``... from the legacy status route; ``None`` from the Hub API, which does not say it."""
    framework: Field[str | None] = Field("framework", default=None)
    """``text-generation-inference`` for the models it serves, else the model's library (``transformers``...)."""
    providers: Field[list[str] | None] = Field("providers", default=None)
    """The providers serving the model live, in the Hub's order."""
    task: Field[str | None] = Field("task", default=None)
    """The model's task (pipeline tag)."""
