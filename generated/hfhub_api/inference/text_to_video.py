"""Inputs and outputs of the ``text-to-video`` inference task.

Generated from the inference task schemas by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import Any

from .._types import Field, Model


class TextToVideoParameters(Model):
    __slots__ = ()
    num_frames: Field[float | None] = Field("num_frames", default=None)
    """The num_frames parameter determines how many video frames are generated."""
    guidance_scale: Field[float | None] = Field("guidance_scale", default=None)
    """A higher guidance scale value encourages the model to generate videos closely linked to the text prompt, but values too high may cause saturation and other artifacts."""
    negative_prompt: Field[list[str] | None] = Field("negative_prompt", default=None)
    """One or several prompt to guide what NOT to include in video generation."""
    num_inference_steps: Field[int | None] = Field("num_inference_steps", default=None)
    """The number of denoising steps. More denoising steps usually lead to a higher quality video at the expense of slower inference."""
    seed: Field[int | None] = Field("seed", default=None)
    """Seed for the random number generator."""


class TextToVideoInput(Model):
    """Inputs for Text To Video inference"""
    __slots__ = ()
    inputs: Field[str] = Field("inputs")
    """The input text data (sometimes called "prompt")"""
    parameters: Field[TextToVideoParameters | None] = Field("parameters", TextToVideoParameters, default=None)


class TextToVideoOutput(Model):
    """Outputs of inference for the Text To Video task"""
    __slots__ = ()
    video: Field[Any] = Field("video")
    """The generated video returned as raw bytes in the payload."""
