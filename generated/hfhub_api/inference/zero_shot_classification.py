"""Inputs and outputs of the ``zero-shot-classification`` inference task.

Generated from the inference task schemas by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from .._types import Field, Model
from ._common import ClassificationOutput


class ZeroShotClassificationParameters(Model):
    __slots__ = ()
    candidate_labels: Field[list[str]] = Field("candidate_labels")
    """The set of possible class labels to classify the text into."""
    hypothesis_template: Field[str | None] = Field("hypothesis_template", default=None)
    """The sentence used in conjunction with `candidate_labels` to attempt the text classification by replacing the placeholder with the candidate labels."""
    multi_label: Field[bool | None] = Field("multi_label", default=None)
    """Whether multiple candidate labels can be true. If false, the scores are normalized such that the sum of the label likelihoods for each sequence is 1. If true, the labels are considered independent and probabilities are normalized for each candidate."""


class ZeroShotClassificationInput(Model):
    """Inputs for Zero Shot Classification inference"""
    __slots__ = ()
    inputs: Field[str] = Field("inputs")
    """The text to classify"""
    parameters: Field[ZeroShotClassificationParameters] = Field("parameters", ZeroShotClassificationParameters)


ZeroShotClassificationOutputElement = ClassificationOutput
