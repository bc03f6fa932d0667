"""Inputs and outputs of the ``zero-shot-image-classification`` inference task.

Generated from the inference task schemas by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from .._types import Field, Model
from ._common import ClassificationOutput


class ZeroShotImageClassificationParameters(Model):
    __slots__ = ()
    candidate_labels: Field[list[str]] = Field("candidate_labels")
    """The candidate labels for this image"""
    hypothesis_template: Field[str | None] = Field("hypothesis_template", default=None)
    """The sentence used in conjunction with `candidate_labels` to attempt the image classification by replacing the placeholder with the candidate labels."""


class ZeroShotImageClassificationInput(Model):
    """Inputs for Zero Shot Image Classification inference"""
    __slots__ = ()
    inputs: Field[str] = Field("inputs")
    """The input image data to classify as a base64-encoded string."""
    parameters: Field[ZeroShotImageClassificationParameters] = Field("parameters", ZeroShotImageClassificationParameters)


ZeroShotImageClassificationOutputElement = ClassificationOutput
