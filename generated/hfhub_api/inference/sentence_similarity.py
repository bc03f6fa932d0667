"""Inputs and outputs of the ``sentence-similarity`` inference task.

Generated from the inference task schemas by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import Any

from .._types import Field, Model


class SentenceSimilarityInputData(Model):
    __slots__ = ()
    source_sentence: Field[str] = Field("source_sentence")
    """The string that you wish to compare the other strings with. This can be a phrase, sentence, or longer passage, depending on the model being used."""
    sentences: Field[list[str]] = Field("sentences")
    """A list of strings which will be compared against the source_sentence."""


class SentenceSimilarityInput(Model):
    """Inputs for Sentence similarity inference"""
    __slots__ = ()
    inputs: Field[SentenceSimilarityInputData] = Field("inputs", SentenceSimilarityInputData)
    parameters: Field[dict[str, Any] | None] = Field("parameters", default=None)
