"""Inputs and outputs of the ``text-to-audio`` inference task.

Generated from the inference task schemas by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import Any

from .._types import Field, Model
from ._common import GenerationParameters


class TextToAudioParameters(Model):
    __slots__ = ()
    generation_parameters: Field[GenerationParameters | None] = Field("generation_parameters", GenerationParameters, default=None)


class TextToAudioInput(Model):
    """Inputs for Text To Audio inference"""
    __slots__ = ()
    inputs: Field[str] = Field("inputs")
    """The input text data"""
    parameters: Field[TextToAudioParameters | None] = Field("parameters", TextToAudioParameters, default=None)


class TextToAudioOutput(Model):
    """Outputs of inference for the Text To Audio task"""
    __slots__ = ()
    audio: Field[Any] = Field("audio")
    """The generated audio waveform."""
    sampling_rate: Field[float] = Field("sampling_rate")
    """The sampling rate of the generated audio waveform."""
