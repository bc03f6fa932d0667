"""Inputs and outputs of the ``summarization`` inference task.

Generated from the inference task schemas by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import Any, Literal

from .._types import Field, Model


class SummarizationParameters(Model):
    __slots__ = ()
    clean_up_tokenization_spaces: Field[bool | None] = Field("clean_up_tokenization_spaces", default=None)
    """Whether to clean up the potential extra spaces in the text output."""
    truncation: Field[Literal["do_not_truncate", "longest_first", "only_first", "only_second"] | str | None] = Field("truncation", default=None)
    """The truncation strategy to use."""
    generate_parameters: Field[dict[str, Any] | None] = Field("generate_parameters", default=None)
    """Additional parametrization of the text generation algorithm."""


class SummarizationInput(Model):
    """Inputs for Summarization inference"""
    __slots__ = ()
    inputs: Field[str] = Field("inputs")
    """The input text to summarize."""
    parameters: Field[SummarizationParameters | None] = Field("parameters", SummarizationParameters, default=None)


class SummarizationOutput(Model):
    """Outputs of inference for the Summarization task"""
    __slots__ = ()
    summary_text: Field[str] = Field("summary_text")
    """The summarized text."""
