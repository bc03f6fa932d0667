"""Inputs and outputs of the ``image-to-text`` inference task.

Generated from the inference task schemas by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import Any

from .._types import Field, Model
from ._common import GenerationParameters


class ImageToTextParameters(Model):
    __slots__ = ()
    max_new_tokens: Field[int | None] = Field("max_new_tokens", default=None)
    """The amount of maximum tokens to generate."""
    generation_parameters: Field[GenerationParameters | None] = Field("generation_parameters", GenerationParameters, default=None)


class ImageToTextInput(Model):
    """Inputs for Image To Text inference"""
    __slots__ = ()
    inputs: Field[Any] = Field("inputs")
    """The input image data"""
    parameters: Field[ImageToTextParameters | None] = Field("parameters", ImageToTextParameters, default=None)


class ImageToTextOutput(Model):
    """Outputs of inference for the Image To Text task"""
    __slots__ = ()
    generated_text: Field[str | None] = Field("generated_text", default=None)
    """The generated text."""
