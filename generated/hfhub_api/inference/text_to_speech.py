"""Inputs and outputs of the ``text-to-speech`` inference task.

Generated from the inference task schemas by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import Any

from .._types import Field, Model
from ._common import GenerationParameters


class TextToSpeechParameters(Model):
    __slots__ = ()
    generation_parameters: Field[GenerationParameters | None] = Field("generation_parameters", GenerationParameters, default=None)


class TextToSpeechInput(Model):
    """Inputs for Text To Speech inference"""
    __slots__ = ()
    inputs: Field[str] = Field("inputs")
    """The input text data"""
    parameters: Field[TextToSpeechParameters | None] = Field("parameters", TextToSpeechParameters, default=None)


class TextToSpeechOutput(Model):
    """Outputs of inference for the Text To Speech task"""
    __slots__ = ()
    audio: Field[Any] = Field("audio")
    """The generated audio"""
    sampling_rate: Field[float | None] = Field("sampling_rate", default=None)
    """The sampling rate of the generated audio waveform."""
