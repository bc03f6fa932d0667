"""Inputs and outputs of the ``depth-estimation`` inference task.

Generated from the inference task schemas by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import Any

from .._types import Field, Model


class DepthEstimationInput(Model):
    """Inputs for Depth Estimation inference"""
    __slots__ = ()
    inputs: Field[Any] = Field("inputs")
    """The input image data"""
    parameters: Field[dict[str, Any] | None] = Field("parameters", default=None)


class DepthEstimationOutput(Model):
    """Outputs of inference for the Depth Estimation task"""
    __slots__ = ()
    predicted_depth: Field[Any] = Field("predicted_depth", default=None)
    """The predicted depth as a tensor"""
    depth: Field[Any] = Field("depth", default=None)
    """The predicted depth as an image"""
