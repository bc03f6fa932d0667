"""Inputs and outputs of the ``translation`` inference task.

Generated from the inference task schemas by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import Any, Literal

from .._types import Field, Model


class TranslationParameters(Model):
    __slots__ = ()
    src_lang: Field[str | None] = Field("src_lang", default=None)
    """The source language of the text. Required for models that can translate from multiple languages."""
    tgt_lang: Field[str | None] = Field("tgt_lang", default=None)
    """Target language to translate to. Required for models that can translate to multiple languages."""
    clean_up_tokenization_spaces: Field[bool | None] = Field("clean_up_tokenization_spaces", default=None)
    """Whether to clean up the potential extra spaces in the text output."""
    truncation: Field[Literal["do_not_truncate", "longest_first", "only_first", "only_second"] | str | None] = Field("truncation", default=None)
    """The truncation strategy to use."""
    generate_parameters: Field[dict[str, Any] | None] = Field("generate_parameters", default=None)
    """Additional parametrization of the text generation algorithm."""


class TranslationInput(Model):
    """Inputs for Translation inference"""
    __slots__ = ()
    inputs: Field[str] = Field("inputs")
    """The text to translate."""
    parameters: Field[TranslationParameters | None] = Field("parameters", TranslationParameters, default=None)


class TranslationOutput(Model):
    """Outputs of inference for the Translation task"""
    __slots__ = ()
    translation_text: Field[str] = Field("translation_text")
    """The translated text."""
