"""Inputs and outputs of the ``zero-shot-object-detection`` inference task.

Generated from the inference task schemas by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from .._types import Field, Model
from ._common import BoundingBox


class ZeroShotObjectDetectionParameters(Model):
    __slots__ = ()
    candidate_labels: Field[list[str]] = Field("candidate_labels")
    """The candidate labels for this image"""


class ZeroShotObjectDetectionInput(Model):
    """Inputs for Zero Shot Object Detection inference"""
    __slots__ = ()
    inputs: Field[str] = Field("inputs")
    """The input image data as a base64-encoded string."""
    parameters: Field[ZeroShotObjectDetectionParameters] = Field("parameters", ZeroShotObjectDetectionParameters)


class ZeroShotObjectDetectionOutputElement(Model):
    __slots__ = ()
    label: Field[str] = Field("label")
    """A candidate label"""
    score: Field[float] = Field("score")
    """The associated score / probability"""
    box: Field[BoundingBox] = Field("box", BoundingBox)
