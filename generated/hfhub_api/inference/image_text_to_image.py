"""Inputs and outputs of the ``image-text-to-image`` inference task.

Generated from the inference task schemas by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import Any

from .._types import Field, Model


class ImageTextToImageParametersTargetSize(Model):
    """The size in pixels of the output image. This parameter is only supported by some providers and for specific models. It will be ignored when unsupported."""
    __slots__ = ()
    width: Field[int] = Field("width")
    height: Field[int] = Field("height")


class ImageTextToImageParameters(Model):
    __slots__ = ()
    prompt: Field[str | None] = Field("prompt", default=None)
    """The text prompt to guide the image generation. Either this or inputs (image) must be provided."""
    guidance_scale: Field[float | None] = Field("guidance_scale", default=None)
    """For diffusion models. A higher guidance scale value encourages the model to generate images closely linked to the text prompt at the expense of lower image quality."""
    negative_prompt: Field[str | None] = Field("negative_prompt", default=None)
    """One prompt to guide what NOT to include in image generation."""
    num_inference_steps: Field[int | None] = Field("num_inference_steps", default=None)
    """For diffusion models. The number of denoising steps. More denoising steps usually lead to a higher quality image at the expense of slower inference."""
    target_size: Field[ImageTextToImageParametersTargetSize | None] = Field("target_size", ImageTextToImageParametersTargetSize, default=None)
    """The size in pixels of the output image. This parameter is only supported by some providers and for specific models. It will be ignored when unsupported."""
    seed: Field[int | None] = Field("seed", default=None)
    """Seed for the random number generator."""


class ImageTextToImageInput(Model):
    """Inputs for Image Text To Image inference. Either inputs (image) or prompt (in parameters) must be provided, or both."""
    __slots__ = ()
    inputs: Field[str | None] = Field("inputs", default=None)
    """The input image data as a base64-encoded string. If no `parameters` are provided, you can also provide the image data as a raw bytes payload. Either this or prompt must be provided."""
    parameters: Field[ImageTextToImageParameters | None] = Field("parameters", ImageTextToImageParameters, default=None)


class ImageTextToImageOutput(Model):
    """Outputs of inference for the Image Text To Image task"""
    __slots__ = ()
    image: Field[Any] = Field("image")
    """The generated image returned as raw bytes in the payload."""
