"""Inputs and outputs of the ``text-generation`` inference task.

Generated from the inference task schemas by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import Any, Literal

from .._types import Field, ListOf, Model


class TextGenerationInputGrammarTypeValue(Model):
    __slots__ = ()
    name: str | None = Field("name", default=None)
    """Optional name identifier for the schema"""
    schema: Any = Field("schema")
    """The actual JSON schema definition"""


class TextGenerationInputGrammarType(Model):
    __slots__ = ()
    type: Literal["json"] | str | Literal["regex"] | Literal["json_schema"] = Field("type")
    value: Any = Field("value", TextGenerationInputGrammarTypeValue)


class TextGenerationInputGenerateParameters(Model):
    __slots__ = ()
    adapter_id: str | None = Field("adapter_id", default=None)
    """Lora adapter id"""
    best_of: int | None = Field("best_of", default=None)
    """Generate best_of sequences and return the one if the highest token logprobs."""
    decoder_input_details: bool | None = Field("decoder_input_details", default=None)
    """Whether to return decoder input token logprobs and ids."""
    details: bool | None = Field("details", default=None)
    """Whether to return generation details."""
    do_sample: bool | None = Field("do_sample", default=None)
    """Activate logits sampling."""
    frequency_penalty: float | None = Field("frequency_penalty", default=None)
    """The parameter for frequency penalty. 1.0 means no penalty
    Penalize new tokens based on their existing frequency in the text so far,
    decreasing the model's likelihood to repeat the same line verbatim.
    """
    grammar: TextGenerationInputGrammarType | None = Field("grammar", TextGenerationInputGrammarType, default=None)
    max_new_tokens: int | None = Field("max_new_tokens", default=None)
    """Maximum number of tokens to generate."""
    repetition_penalty: float | None = Field("repetition_penalty", default=None)
    """The parameter for repetition penalty. 1.0 means no penalty.
    See [this paper](https://arxiv.org/pdf/1909.05858.pdf) for more details.
    """
    return_full_text: bool | None = Field("return_full_text", default=None)
    """Whether to prepend the prompt to the generated text"""
    seed: int | None = Field("seed", default=None)
    """Random sampling seed."""
    stop: list[str] | None = Field("stop", default=None)
    """Stop generating tokens if a member of `stop` is generated."""
    temperature: float | None = Field("temperature", default=None)
    """The value used to module the logits distribution."""
    top_k: int | None = Field("top_k", default=None)
    """The number of highest probability vocabulary tokens to keep for top-k-filtering."""
    top_n_tokens: int | None = Field("top_n_tokens", default=None)
    """The number of highest probability vocabulary tokens to keep for top-n-filtering."""
    top_p: float | None = Field("top_p", default=None)
    """Top-p value for nucleus sampling."""
    truncate: int | None = Field("truncate", default=None)
    """Truncate inputs tokens to the given size."""
    typical_p: float | None = Field("typical_p", default=None)
    """Typical Decoding mass
    See [Typical Decoding for Natural Language Generation](https://arxiv.org/abs/2202.00666) for more information.
    """
    watermark: bool | None = Field("watermark", default=None)
    """Watermarking with [A Watermark for Large Language Models](https://arxiv.org/abs/2301.10226)."""


class TextGenerationInput(Model):
    """Text Generation Input.

    Auto-generated from TGI specs.
    For more details, check out https://github.com/huggingface/huggingface.js/blob/main/packages/tasks/scripts/inference-tgi-import.ts.
    """
    __slots__ = ()
    inputs: str = Field("inputs")
    parameters: TextGenerationInputGenerateParameters | None = Field("parameters", TextGenerationInputGenerateParameters, default=None)
    stream: bool | None = Field("stream", default=None)


class TextGenerationOutputPrefillToken(Model):
    __slots__ = ()
    id: int = Field("id")
    logprob: float | None = Field("logprob")
    text: str = Field("text")


class TextGenerationOutputToken(Model):
    __slots__ = ()
    id: int = Field("id")
    logprob: float | None = Field("logprob")
    special: bool = Field("special")
    text: str = Field("text")


class TextGenerationOutputBestOfSequence(Model):
    __slots__ = ()
    finish_reason: Literal["length", "eos_token", "stop_sequence"] | str = Field("finish_reason")
    generated_text: str = Field("generated_text")
    generated_tokens: int = Field("generated_tokens")
    prefill: list[TextGenerationOutputPrefillToken] = Field("prefill", ListOf(TextGenerationOutputPrefillToken))
    seed: int | None = Field("seed", default=None)
    tokens: list[TextGenerationOutputToken] = Field("tokens", ListOf(TextGenerationOutputToken))
    top_tokens: list[list[TextGenerationOutputToken]] | None = Field("top_tokens", ListOf(ListOf(TextGenerationOutputToken)), default=None)


class TextGenerationOutputDetails(Model):
    __slots__ = ()
    best_of_sequences: list[TextGenerationOutputBestOfSequence] | None = Field("best_of_sequences", ListOf(TextGenerationOutputBestOfSequence), default=None)
    finish_reason: Literal["length", "eos_token", "stop_sequence"] | str = Field("finish_reason")
    generated_tokens: int = Field("generated_tokens")
    prefill: list[TextGenerationOutputPrefillToken] = Field("prefill", ListOf(TextGenerationOutputPrefillToken))
    seed: int | None = Field("seed", default=None)
    tokens: list[TextGenerationOutputToken] = Field("tokens", ListOf(TextGenerationOutputToken))
    top_tokens: list[list[TextGenerationOutputToken]] | None = Field("top_tokens", ListOf(ListOf(TextGenerationOutputToken)), default=None)


class TextGenerationOutput(Model):
    """Text Generation Output.

    Auto-generated from TGI specs.
    For more details, check out https://github.com/huggingface/huggingface.js/blob/main/packages/tasks/scripts/inference-tgi-import.ts.
    """
    __slots__ = ()
    details: TextGenerationOutputDetails | None = Field("details", TextGenerationOutputDetails, default=None)
    generated_text: str = Field("generated_text")


class TextGenerationStreamOutputStreamDetails(Model):
    __slots__ = ()
    finish_reason: Literal["length", "eos_token", "stop_sequence"] | str = Field("finish_reason")
    generated_tokens: int = Field("generated_tokens")
    input_length: int = Field("input_length")
    seed: int | None = Field("seed", default=None)


class TextGenerationStreamOutput(Model):
    """Text Generation Stream Output.

    Auto-generated from TGI specs.
    For more details, check out https://github.com/huggingface/huggingface.js/blob/main/packages/tasks/scripts/inference-tgi-import.ts.
    """
    __slots__ = ()
    details: TextGenerationStreamOutputStreamDetails | None = Field("details", TextGenerationStreamOutputStreamDetails, default=None)
    generated_text: str | None = Field("generated_text", default=None)
    index: int = Field("index")
    token: TextGenerationOutputToken = Field("token", TextGenerationOutputToken)
    top_tokens: list[TextGenerationOutputToken] | None = Field("top_tokens", ListOf(TextGenerationOutputToken), default=None)
