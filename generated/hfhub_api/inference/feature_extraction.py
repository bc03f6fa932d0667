"""Inputs and outputs of the ``feature-extraction`` inference task.

Generated from the inference task schemas by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import Literal

from .._types import Field, Model


class FeatureExtractionInput(Model):
    """Feature Extraction Input.

    Auto-generated from TEI specs.
    For more details, check out https://github.com/huggingface/huggingface.js/blob/main/packages/tasks/scripts/inference-tei-import.ts.
    """
    __slots__ = ()
    inputs: Field[str | list[str]] = Field("inputs")
    """The text or list of texts to embed."""
    normalize: Field[bool | None] = Field("normalize", default=None)
    prompt_name: Field[str | None] = Field("prompt_name", default=None)
    """The name of the prompt that should be used by for encoding. If not set, no prompt
    will be applied.

    Must be a key in the `sentence-transformers` configuration `prompts` dictionary.

    For example if ``prompt_name`` is "query" and the ``prompts`` is {"query": "query: ", ...},
    then the sentence "What is the capital of France?" will be encoded as
    "query: What is the capital of France?" because the prompt text will be prepended before
    any text to encode.
    """
    truncate: Field[bool | None] = Field("truncate", default=None)
    truncation_direction: Field[Literal["left", "right"] | str | None] = Field("truncation_direction", default=None)
