"""Inputs and outputs of the ``automatic-speech-recognition`` inference task.

Generated from the inference task schemas by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from .._types import Field, ListOf, Model
from ._common import GenerationParameters


class AutomaticSpeechRecognitionParameters(Model):
    __slots__ = ()
    return_timestamps: Field[bool | None] = Field("return_timestamps", default=None)
    """Whether to output corresponding timestamps with the generated text"""
    generation_parameters: Field[GenerationParameters | None] = Field("generation_parameters", GenerationParameters, default=None)


class AutomaticSpeechRecognitionInput(Model):
    """Inputs for Automatic Speech Recognition inference"""
    __slots__ = ()
    inputs: Field[str] = Field("inputs")
    """The input audio data as a base64-encoded string. If no `parameters` are provided, you can also provide the audio data as a raw bytes payload."""
    parameters: Field[AutomaticSpeechRecognitionParameters | None] = Field("parameters", AutomaticSpeechRecognitionParameters, default=None)


class AutomaticSpeechRecognitionOutputChunk(Model):
    __slots__ = ()
    text: Field[str] = Field("text")
    """A chunk of text identified by the model"""
    timestamp: Field[list[float]] = Field("timestamp")
    """The start and end timestamps corresponding with the text"""


class AutomaticSpeechRecognitionOutput(Model):
    """Outputs of inference for the Automatic Speech Recognition task"""
    __slots__ = ()
    text: Field[str] = Field("text")
    """The recognized text."""
    chunks: Field[list[AutomaticSpeechRecognitionOutputChunk] | None] = Field("chunks", ListOf(AutomaticSpeechRecognitionOutputChunk), default=None)
    """When returnTimestamps is enabled, chunks contains a list of audio chunks identified by the model."""
