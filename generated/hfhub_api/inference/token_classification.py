"""Inputs and outputs of the ``token-classification`` inference task.

Generated from the inference task schemas by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import Literal

from .._types import Field, Model


class TokenClassificationParameters(Model):
    __slots__ = ()
    ignore_labels: Field[list[str] | None] = Field("ignore_labels", default=None)
    """A list of labels to ignore"""
    stride: Field[int | None] = Field("stride", default=None)
    """The number of overlapping tokens between chunks when splitting the input text."""
    aggregation_strategy: Field[Literal["none"] | Literal["simple"] | Literal["first"] | Literal["average"] | Literal["max"] | None] = Field("aggregation_strategy", default=None)
    """The strategy used to fuse tokens based on model predictions"""


class TokenClassificationInput(Model):
    """Inputs for Token Classification inference"""
    __slots__ = ()
    inputs: Field[str] = Field("inputs")
    """The input text data"""
    parameters: Field[TokenClassificationParameters | None] = Field("parameters", TokenClassificationParameters, default=None)


class TokenClassificationOutputElement(Model):
    __slots__ = ()
    entity_group: Field[str | None] = Field("entity_group", default=None)
    """The predicted label for a group of one or more tokens"""
    entity: Field[str | None] = Field("entity", default=None)
    """The predicted label for a single token"""
    score: Field[float] = Field("score")
    """The associated score / probability"""
    word: Field[str] = Field("word")
    """The corresponding text"""
    start: Field[int] = Field("start")
    """The character position in the input where this group begins."""
    end: Field[int] = Field("end")
    """The character position in the input where this group ends."""
