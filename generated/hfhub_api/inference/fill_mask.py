"""Inputs and outputs of the ``fill-mask`` inference task.

Generated from the inference task schemas by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from .._types import Field, Model


class FillMaskParameters(Model):
    __slots__ = ()
    top_k: Field[int | None] = Field("top_k", default=None)
    """When passed, overrides the number of predictions to return."""
    targets: Field[list[str] | None] = Field("targets", default=None)
    """When passed, the model will limit the scores to the passed targets instead of looking up in the whole vocabulary. If the provided targets are not in the model vocab, they will be tokenized and the first resulting token will be used (with a warning, and that might be slower)."""


class FillMaskInput(Model):
    """Inputs for Fill Mask inference"""
    __slots__ = ()
    inputs: Field[str] = Field("inputs")
    """The text with masked tokens"""
    parameters: Field[FillMaskParameters | None] = Field("parameters", FillMaskParameters, default=None)


class FillMaskOutputElement(Model):
    __slots__ = ()
    sequence: Field[str] = Field("sequence")
    """The corresponding input with the mask token prediction."""
    score: Field[float] = Field("score")
    """The corresponding probability"""
    token: Field[int] = Field("token")
    """The predicted token id (to replace the masked one)."""
    token_str: Field[str | None] = Field("token_str", default=None)
    """The predicted token (to replace the masked one)."""
