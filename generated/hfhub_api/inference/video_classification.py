"""Inputs and outputs of the ``video-classification`` inference task.

Generated from the inference task schemas by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import Any, Literal

from .._types import Field, Model
from ._common import ClassificationOutput


class VideoClassificationParameters(Model):
    __slots__ = ()
    function_to_apply: Field[Literal["sigmoid", "softmax", "none"] | str | None] = Field("function_to_apply", default=None)
    """The function to apply to the model outputs in order to retrieve the scores."""
    num_frames: Field[int | None] = Field("num_frames", default=None)
    """The number of sampled frames to consider for classification."""
    frame_sampling_rate: Field[int | None] = Field("frame_sampling_rate", default=None)
    """The sampling rate used to select frames from the video."""
    top_k: Field[int | None] = Field("top_k", default=None)
    """When specified, limits the output to the top K most probable classes."""


class VideoClassificationInput(Model):
    """Inputs for Video Classification inference"""
    __slots__ = ()
    inputs: Field[Any] = Field("inputs")
    """The input video data"""
    parameters: Field[VideoClassificationParameters | None] = Field("parameters", VideoClassificationParameters, default=None)


VideoClassificationOutputElement = ClassificationOutput
