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
    """``"Loaded"``, ``"Loadable"`` (a provider serves it live, it is not warm yet) or ``"NotLoadable"``."""
    compute_type: Field[str | None] = Field("compute_type", default=None)
    """Always ``None``: the Hub API does not say it (the retired status endpoint did)."""
    framework: Field[str | None] = Field("framework", default=None)
    """The library of the model, e.g. ``transformers``."""
    providers: Field[list[str] | None] = Field("providers", default=None)
    """The providers serving the model live, in the Hub's order."""
    task: Field[str | None] = Field("task", default=None)
    """The model's task (pipeline tag)."""
