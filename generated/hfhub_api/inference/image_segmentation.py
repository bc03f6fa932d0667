"""Inputs and outputs of the ``image-segmentation`` inference task.

Generated from the inference task schemas by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import Literal

from .._types import Field, Model


class ImageSegmentationParameters(Model):
    __slots__ = ()
    mask_threshold: Field[float | None] = Field("mask_threshold", default=None)
    """Threshold to use when turning the predicted masks into binary values."""
    overlap_mask_area_threshold: Field[float | None] = Field("overlap_mask_area_threshold", default=None)
    """Mask overlap threshold to eliminate small, disconnected segments."""
    subtask: Field[Literal["instance", "panoptic", "semantic"] | str | None] = Field("subtask", default=None)
    """Segmentation task to be performed, depending on model capabilities."""
    threshold: Field[float | None] = Field("threshold", default=None)
    """Probability threshold to filter out predicted masks."""


class ImageSegmentationInput(Model):
    """Inputs for Image Segmentation inference"""
    __slots__ = ()
    inputs: Field[str] = Field("inputs")
    """The input image data as a base64-encoded string. If no `parameters` are provided, you can also provide the image data as a raw bytes payload."""
    parameters: Field[ImageSegmentationParameters | None] = Field("parameters", ImageSegmentationParameters, default=None)


class ImageSegmentationOutputElement(Model):
    """A predicted mask / segment"""
    __slots__ = ()
    label: Field[str] = Field("label")
    """The label of the predicted segment."""
    mask: Field[str] = Field("mask")
    """The corresponding mask as a black-and-white image (base64-encoded)."""
    score: Field[float | None] = Field("score", default=None)
    """The score or confidence degree the model has."""
