"""Results of the helpers that no task schema describes, as the same typed views.

Every other helper returns a class generated from ``shared/inference-tasks``; these four
have no schema there (``audio-to-audio``, the retired ``conversational`` task, and the
status of a model, which now comes from the Hub API).
"""

from __future__ import annotations

from hfhub_api._types import Field, Model

__all__ = ["AudioToAudioOutputElement", "ConversationalOutput", "ConversationalOutputConversation", "ModelStatus"]


class AudioToAudioOutputElement(Model):
    """One audio produced by an audio-to-audio model (e.g. one separated voice)."""

    __slots__ = ()
    label: str = Field("label")
    """What this audio is, as the model names it."""
    content_type: str | None = Field("content-type", default=None)
    """Its MIME type, e.g. ``audio/flac``."""
    blob: str = Field("blob")
    """The audio, base64-encoded."""


class ConversationalOutputConversation(Model):
    __slots__ = ()
    generated_responses: list[str] = Field("generated_responses")
    """The model's answers so far, the last one included."""
    past_user_inputs: list[str] = Field("past_user_inputs")
    """The user's inputs so far, the last one included."""


class ConversationalOutput(Model):
    """The answer of :meth:`conversational`: the reply and the conversation to continue from."""

    __slots__ = ()
    generated_text: str = Field("generated_text")
    conversation: ConversationalOutputConversation = Field("conversation", ConversationalOutputConversation)
    warnings: list[str] | None = Field("warnings", default=None)


class ModelStatus(Model):
    """Whether a model can be called now, from the Hub's ``inference`` and provider mapping."""

    __slots__ = ()
    loaded: bool = Field("loaded")
    """``True`` when a provider serves the model now (the Hub says ``warm``)."""
    state: str = Field("state")
    """``"Loaded"``, ``"Loadable"`` (a provider serves it live, it is not warm yet) or ``"NotLoadable"``."""
    compute_type: str | None = Field("compute_type", default=None)
    """Always ``None``: the Hub API does not say it (the retired status endpoint did)."""
    framework: str | None = Field("framework", default=None)
    """The library of the model, e.g. ``transformers``."""
    providers: list[str] | None = Field("providers", default=None)
    """The providers serving the model live, in the Hub's order."""
    task: str | None = Field("task", default=None)
    """The model's task (pipeline tag)."""
