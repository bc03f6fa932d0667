"""Inputs and outputs of the ``text-to-image`` inference task.

Generated from the inference task schemas by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import Any

from .._types import Field, Model


class TextToImageParameters(Model):
    __slots__ = ()
    guidance_scale: Field[float | None] = Field("guidance_scale", default=None)
    """A higher guidance scale value encourages the model to generate images closely linked to the text prompt, but values too high may cause saturation and other artifacts."""
    negative_prompt: Field[str | None] = Field("negative_prompt", default=None)
    """One prompt to guide what NOT to include in image generation."""
    num_inference_steps: Field[int | None] = Field("num_inference_steps", default=None)
    """The number of denoising steps. More denoising steps usually lead to a higher quality image at the expense of slower inference."""
    width: Field[int | None] = Field("width", default=None)
    """The width in pixels of the output image"""
    height: Field[int | None] = Field("height", default=None)
    """The height in pixels of the output image"""
    scheduler: Field[str | None] = Field("scheduler", default=None)
    """Override the scheduler with a compatible one."""
    seed: Field[int | None] = Field("seed", default=None)
    """Seed for the random number generator."""


class TextToImageInput(Model):
    """Inputs for Text To Image inference"""
    __slots__ = ()
    inputs: Field[str] = Field("inputs")
    """The input text data (sometimes called "prompt")"""
    parameters: Field[TextToImageParameters | None] = Field("parameters", TextToImageParameters, default=None)


class TextToImageOutput(Model):
    """Outputs of inference for the Text To Image task"""
    __slots__ = ()
    image: Field[Any] = Field("image")
    """The generated image returned as raw bytes in the payload."""
