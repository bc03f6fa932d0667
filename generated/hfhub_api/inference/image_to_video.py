"""Inputs and outputs of the ``image-to-video`` inference task.

Generated from the inference task schemas by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import Any

from .._types import Field, Model


class ImageToVideoParametersTargetSize(Model):
    """The size in pixel of the output video frames."""
    __slots__ = ()
    width: Field[int] = Field("width")
    height: Field[int] = Field("height")


class ImageToVideoParameters(Model):
    __slots__ = ()
    prompt: Field[str | None] = Field("prompt", default=None)
    """The text prompt to guide the video generation."""
    guidance_scale: Field[float | None] = Field("guidance_scale", default=None)
    """For diffusion models. A higher guidance scale value encourages the model to generate videos closely linked to the text prompt at the expense of lower image quality."""
    negative_prompt: Field[str | None] = Field("negative_prompt", default=None)
    """One prompt to guide what NOT to include in video generation."""
    num_inference_steps: Field[int | None] = Field("num_inference_steps", default=None)
    """The number of denoising steps. More denoising steps usually lead to a higher quality video at the expense of slower inference."""
    num_frames: Field[float | None] = Field("num_frames", default=None)
    """The num_frames parameter determines how many video frames are generated."""
    target_size: Field[ImageToVideoParametersTargetSize | None] = Field("target_size", ImageToVideoParametersTargetSize, default=None)
    """The size in pixel of the output video frames."""
    seed: Field[int | None] = Field("seed", default=None)
    """Seed for the random number generator."""


class ImageToVideoInput(Model):
    """Inputs for Image To Video inference"""
    __slots__ = ()
    inputs: Field[str] = Field("inputs")
    """The input image data as a base64-encoded string. If no `parameters` are provided, you can also provide the image data as a raw bytes payload."""
    parameters: Field[ImageToVideoParameters | None] = Field("parameters", ImageToVideoParameters, default=None)


class ImageToVideoOutput(Model):
    """Outputs of inference for the Image To Video task"""
    __slots__ = ()
    video: Field[Any] = Field("video")
    """The generated video returned as raw bytes in the payload."""
