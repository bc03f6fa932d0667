"""Inputs and outputs of the ``object-detection`` inference task.

Generated from the inference task schemas by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from .._types import Field, Model
from ._common import BoundingBox


class ObjectDetectionParameters(Model):
    __slots__ = ()
    threshold: Field[float | None] = Field("threshold", default=None)
    """The probability necessary to make a prediction."""


class ObjectDetectionInput(Model):
    """Inputs for Object Detection inference"""
    __slots__ = ()
    inputs: Field[str] = Field("inputs")
    """The input image data as a base64-encoded string. If no `parameters` are provided, you can also provide the image data as a raw bytes payload."""
    parameters: Field[ObjectDetectionParameters | None] = Field("parameters", ObjectDetectionParameters, default=None)


class ObjectDetectionOutputElement(Model):
    __slots__ = ()
    label: Field[str] = Field("label")
    """The predicted label for the bounding box."""
    score: Field[float] = Field("score")
    """The associated score / probability."""
    box: Field[BoundingBox] = Field("box", BoundingBox)
