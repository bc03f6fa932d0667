"""Inputs and outputs of the ``text-generation`` inference task.

Generated from the inference task schemas by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import Any, Literal

from .._types import Field, ListOf, Model


class TextGenerationInputGrammarTypeValue(Model):
    __slots__ = ()
    name: Field[str | None] = Field("name", default=None)
    """Optional name identifier for the schema"""
    schema: Field[Any] = Field("schema")
    """The actual JSON schema definition"""


class TextGenerationInputGrammarType(Model):
    __slots__ = ()
    type: Field[Literal["json"] | str | Literal["regex"] | Literal["json_schema"]] = Field("type")
    value: Field[Any] = Field("value", TextGenerationInputGrammarTypeValue)


class TextGenerationInputGenerateParameters(Model):
    __slots__ = ()
    adapter_id: Field[str | None] = Field("adapter_id", default=None)
    """Lora adapter id"""
    best_of: Field[int | None] = Field("best_of", default=None)
    """Generate best_of sequences and return the one if the highest token logprobs."""
    decoder_input_details: Field[bool | None] = Field("decoder_input_details", default=None)
    """Whether to return decoder input token logprobs and ids."""
    details: Field[bool | None] = Field("details", default=None)
    """Whether to return generation details."""
    do_sample: Field[bool | None] = Field("do_sample", default=None)
    """Activate logits sampling."""
    frequency_penalty: Field[float | None] = Field("frequency_penalty", default=None)
    """The parameter for frequency penalty. 1.0 means no penalty
    Penalize new tokens based on their existing frequency in the text so far,
    decreasing the model's likelihood to repeat the same line verbatim.
    """
    grammar: Field[TextGenerationInputGrammarType | None] = Field("grammar", TextGenerationInputGrammarType, default=None)
    max_new_tokens: Field[int | None] = Field("max_new_tokens", default=None)
    """Maximum number of tokens to generate."""
    repetition_penalty: Field[float | None] = Field("repetition_penalty", default=None)
    """The parameter for repetition penalty. 1.0 means no penalty.
    See [this paper](https://arxiv.org/pdf/1909.05858.pdf) for more details.
    """
    return_full_text: Field[bool | None] = Field("return_full_text", default=None)
    """Whether to prepend the prompt to the generated text"""
    seed: Field[int | None] = Field("seed", default=None)
    """Random sampling seed."""
    stop: Field[list[str] | None] = Field("stop", default=None)
    """Stop generating tokens if a member of `stop` is generated."""
    temperature: Field[float | None] = Field("temperature", default=None)
    """The value used to module the logits distribution."""
    top_k: Field[int | None] = Field("top_k", default=None)
    """The number of highest probability vocabulary tokens to keep for top-k-filtering."""
    top_n_tokens: Field[int | None] = Field("top_n_tokens", default=None)
    """The number of highest probability vocabulary tokens to keep for top-n-filtering."""
    top_p: Field[float | None] = Field("top_p", default=None)
    """Top-p value for nucleus sampling."""
    truncate: Field[int | None] = Field("truncate", default=None)
    """Truncate inputs tokens to the given size."""
    typical_p: Field[float | None] = Field("typical_p", default=None)
    """Typical Decoding mass
    See [Typical Decoding for Natural Language Generation](https://arxiv.org/abs/2202.00666) for more information.
    """
    watermark: Field[bool | None] = Field("watermark", default=None)
    """Watermarking with [A Watermark for Large Language Models](https://arxiv.org/abs/2301.10226)."""


class TextGenerationInput(Model):
    """Text Generation Input.

    Auto-generated from TGI specs.
    For more details, check out https://github.com/huggingface/huggingface.js/blob/main/packages/tasks/scripts/inference-tgi-import.ts.
    """
    __slots__ = ()
    inputs: Field[str] = Field("inputs")
    parameters: Field[TextGenerationInputGenerateParameters | None] = Field("parameters", TextGenerationInputGenerateParameters, default=None)
    stream: Field[bool | None] = Field("stream", default=None)


class TextGenerationOutputPrefillToken(Model):
    __slots__ = ()
    id: Field[int] = Field("id")
    logprob: Field[float | None] = Field("logprob")
    text: Field[str] = Field("text")


class TextGenerationOutputToken(Model):
    __slots__ = ()
    id: Field[int] = Field("id")
    logprob: Field[float | None] = Field("logprob")
    special: Field[bool] = Field("special")
    text: Field[str] = Field("text")


class TextGenerationOutputBestOfSequence(Model):
    __slots__ = ()
    finish_reason: Field[Literal["length", "eos_token", "stop_sequence"] | str] = Field("finish_reason")
    generated_text: Field[str] = Field("generated_text")
    generated_tokens: Field[int] = Field("generated_tokens")
    prefill: Field[list[TextGenerationOutputPrefillToken]] = Field("prefill", ListOf(TextGenerationOutputPrefillToken))
    seed: Field[int | None] = Field("seed", default=None)
    tokens: Field[list[TextGenerationOutputToken]] = Field("tokens", ListOf(TextGenerationOutputToken))
    top_tokens: Field[list[list[TextGenerationOutputToken]] | None] = Field("top_tokens", ListOf(ListOf(TextGenerationOutputToken)), default=None)


class TextGenerationOutputDetails(Model):
    __slots__ = ()
    best_of_sequences: Field[list[TextGenerationOutputBestOfSequence] | None] = Field("best_of_sequences", ListOf(TextGenerationOutputBestOfSequence), default=None)
    finish_reason: Field[Literal["length", "eos_token", "stop_sequence"] | str] = Field("finish_reason")
    generated_tokens: Field[int] = Field("generated_tokens")
    prefill: Field[list[TextGenerationOutputPrefillToken]] = Field("prefill", ListOf(TextGenerationOutputPrefillToken))
    seed: Field[int | None] = Field("seed", default=None)
    tokens: Field[list[TextGenerationOutputToken]] = Field("tokens", ListOf(TextGenerationOutputToken))
    top_tokens: Field[list[list[TextGenerationOutputToken]] | None] = Field("top_tokens", ListOf(ListOf(TextGenerationOutputToken)), default=None)


class TextGenerationOutput(Model):
    """Text Generation Output.

    Auto-generated from TGI specs.
    For more details, check out https://github.com/huggingface/huggingface.js/blob/main/packages/tasks/scripts/inference-tgi-import.ts.
    """
    __slots__ = ()
    details: Field[TextGenerationOutputDetails | None] = Field("details", TextGenerationOutputDetails, default=None)
    generated_text: Field[str] = Field("generated_text")


class TextGenerationStreamOutputStreamDetails(Model):
    __slots__ = ()
    finish_reason: Field[Literal["length", "eos_token", "stop_sequence"] | str] = Field("finish_reason")
    generated_tokens: Field[int] = Field("generated_tokens")
    input_length: Field[int] = Field("input_length")
    seed: Field[int | None] = Field("seed", default=None)


class TextGenerationStreamOutput(Model):
    """Text Generation Stream Output.

    Auto-generated from TGI specs.
    For more details, check out https://github.com/huggingface/huggingface.js/blob/main/packages/tasks/scripts/inference-tgi-import.ts.
    """
    __slots__ = ()
    details: Field[TextGenerationStreamOutputStreamDetails | None] = Field("details", TextGenerationStreamOutputStreamDetails, default=None)
    generated_text: Field[str | None] = Field("generated_text", default=None)
    index: Field[int] = Field("index")
    token: Field[TextGenerationOutputToken] = Field("token", TextGenerationOutputToken)
    top_tokens: Field[list[TextGenerationOutputToken] | None] = Field("top_tokens", ListOf(TextGenerationOutputToken), default=None)
