"""Inputs and outputs of the ``text-classification`` inference task.

Generated from the inference task schemas by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import Literal

from .._types import Field, Model
from ._common import ClassificationOutput


class TextClassificationParameters(Model):
    __slots__ = ()
    function_to_apply: Field[Literal["sigmoid", "softmax", "none"] | str | None] = Field("function_to_apply", default=None)
    """The function to apply to the model outputs in order to retrieve the scores."""
    top_k: Field[int | None] = Field("top_k", default=None)
    """When specified, limits the output to the top K most probable classes."""


class TextClassificationInput(Model):
    """Inputs for Text Classification inference"""
    __slots__ = ()
    inputs: Field[str] = Field("inputs")
    """The text to classify"""
    parameters: Field[TextClassificationParameters | None] = Field("parameters", TextClassificationParameters, default=None)


TextClassificationOutputElement = ClassificationOutput
