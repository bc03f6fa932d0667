"""Inputs and outputs of the ``image-text-to-video`` inference task.

Generated from the inference task schemas by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import Any

from .._types import Field, Model


class ImageTextToVideoParametersTargetSize(Model):
    """The size in pixel of the output video frames."""
    __slots__ = ()
    width: Field[int] = Field("width")
    height: Field[int] = Field("height")


class ImageTextToVideoParameters(Model):
    __slots__ = ()
    prompt: Field[str | None] = Field("prompt", default=None)
    """The text prompt to guide the video generation. Either this or inputs (image) must be provided."""
    guidance_scale: Field[float | None] = Field("guidance_scale", default=None)
    """For diffusion models. A higher guidance scale value encourages the model to generate videos closely linked to the text prompt at the expense of lower image quality."""
    negative_prompt: Field[str | None] = Field("negative_prompt", default=None)
    """One prompt to guide what NOT to include in video generation."""
    num_inference_steps: Field[int | None] = Field("num_inference_steps", default=None)
    """The number of denoising steps. More denoising steps usually lead to a higher quality video at the expense of slower inference."""
    num_frames: Field[float | None] = Field("num_frames", default=None)
    """The num_frames parameter determines how many video frames are generated."""
    target_size: Field[ImageTextToVideoParametersTargetSize | None] = Field("target_size", ImageTextToVideoParametersTargetSize, default=None)
    """The size in pixel of the output video frames."""
    seed: Field[int | None] = Field("seed", default=None)
    """Seed for the random number generator."""


class ImageTextToVideoInput(Model):
    """Inputs for Image Text To Video inference. Either inputs (image) or prompt (in parameters) must be provided, or both."""
    __slots__ = ()
    inputs: Field[str | None] = Field("inputs", default=None)
    """The input image data as a base64-encoded string. If no `parameters` are provided, you can also provide the image data as a raw bytes payload. Either this or prompt must be provided."""
    parameters: Field[ImageTextToVideoParameters | None] = Field("parameters", ImageTextToVideoParameters, default=None)


class ImageTextToVideoOutput(Model):
    """Outputs of inference for the Image Text To Video task"""
    __slots__ = ()
    video: Field[Any] = Field("video")
    """The generated video returned as raw bytes in the payload."""
