"""Inputs and outputs of the ``image-to-image`` inference task.

Generated from the inference task schemas by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import Any

from .._types import Field, Model


class ImageToImageParametersTargetSize(Model):
    """The size in pixels of the output image. This parameter is only supported by some providers and for specific models. It will be ignored when unsupported."""
    __slots__ = ()
    width: Field[int] = Field("width")
    height: Field[int] = Field("height")


class ImageToImageParameters(Model):
    __slots__ = ()
    prompt: Field[str | None] = Field("prompt", default=None)
    """The text prompt to guide the image generation."""
    guidance_scale: Field[float | None] = Field("guidance_scale", default=None)
    """For diffusion models. A higher guidance scale value encourages the model to generate images closely linked to the text prompt at the expense of lower image quality."""
    negative_prompt: Field[str | None] = Field("negative_prompt", default=None)
    """One prompt to guide what NOT to include in image generation."""
    num_inference_steps: Field[int | None] = Field("num_inference_steps", default=None)
    """For diffusion models. The number of denoising steps. More denoising steps usually lead to a higher quality image at the expense of slower inference."""
    target_size: Field[ImageToImageParametersTargetSize | None] = Field("target_size", ImageToImageParametersTargetSize, default=None)
    """The size in pixels of the output image. This parameter is only supported by some providers and for specific models. It will be ignored when unsupported."""


class ImageToImageInput(Model):
    """Inputs for Image To Image inference"""
    __slots__ = ()
    inputs: Field[str] = Field("inputs")
    """The input image data as a base64-encoded string. If no `parameters` are provided, you can also provide the image data as a raw bytes payload."""
    parameters: Field[ImageToImageParameters | None] = Field("parameters", ImageToImageParameters, default=None)


class ImageToImageOutput(Model):
    """Outputs of inference for the Image To Image task"""
    __slots__ = ()
    image: Field[Any] = Field("image", default=None)
    """The output image returned as raw bytes in the payload."""
