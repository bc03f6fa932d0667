"""Classes shared by several inference tasks.

Generated from the inference task schemas by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import Literal

from .._types import Field, Model


class BoundingBox(Model):
    __slots__ = ()
    xmin: Field[int] = Field("xmin")
    """The x-coordinate of the top-left corner of the bounding box."""
    xmax: Field[int] = Field("xmax")
    """The x-coordinate of the bottom-right corner of the bounding box."""
    ymin: Field[int] = Field("ymin")
    """The y-coordinate of the top-left corner of the bounding box."""
    ymax: Field[int] = Field("ymax")
    """The y-coordinate of the bottom-right corner of the bounding box."""


class ClassificationOutput(Model):
    __slots__ = ()
    label: Field[str] = Field("label")
    """The predicted class label."""
    score: Field[float] = Field("score")
    """The corresponding probability."""


class GenerationParameters(Model):
    __slots__ = ()
    temperature: Field[float | None] = Field("temperature", default=None)
    """The value used to modulate the next token probabilities."""
    top_k: Field[int | None] = Field("top_k", default=None)
    """The number of highest probability vocabulary tokens to keep for top-k-filtering."""
    top_p: Field[float | None] = Field("top_p", default=None)
    """If set to float < 1, only the smallest set of most probable tokens with probabilities that add up to top_p or higher are kept for generation."""
    typical_p: Field[float | None] = Field("typical_p", default=None)
    """Local typicality measures how similar the conditional probability of predicting a target token next is to the expected conditional probability of predicting a random token next, given the partial text already generated. If set to float < 1, the smallest set of the most locally typical tokens with probabilities that add up to typical_p or higher are kept for generation. See [this paper](https://hf.co/papers/2202.00666) for more details."""
    epsilon_cutoff: Field[float | None] = Field("epsilon_cutoff", default=None)
    """If set to float strictly between 0 and 1, only tokens with a conditional probability greater than epsilon_cutoff will be sampled. In the paper, suggested values range from 3e-4 to 9e-4, depending on the size of the model. See [Truncation Sampling as Language Model Desmoothing](https://hf.co/papers/2210.15191) for more details."""
    eta_cutoff: Field[float | None] = Field("eta_cutoff", default=None)
    """Eta sampling is a hybrid of locally typical sampling and epsilon sampling. If set to float strictly between 0 and 1, a token is only considered if it is greater than either eta_cutoff or sqrt(eta_cutoff) * exp(-entropy(softmax(next_token_logits))). The latter term is intuitively the expected next token probability, scaled by sqrt(eta_cutoff). In the paper, suggested values range from 3e-4 to 2e-3, depending on the size of the model. See [Truncation Sampling as Language Model Desmoothing](https://hf.co/papers/2210.15191) for more details."""
    max_length: Field[int | None] = Field("max_length", default=None)
    """The maximum length (in tokens) of the generated text, including the input."""
    max_new_tokens: Field[int | None] = Field("max_new_tokens", default=None)
    """The maximum number of tokens to generate. Takes precedence over max_length."""
    min_length: Field[int | None] = Field("min_length", default=None)
    """The minimum length (in tokens) of the generated text, including the input."""
    min_new_tokens: Field[int | None] = Field("min_new_tokens", default=None)
    """The minimum number of tokens to generate. Takes precedence over min_length."""
    do_sample: Field[bool | None] = Field("do_sample", default=None)
    """Whether to use sampling instead of greedy decoding when generating new tokens."""
    early_stopping: Field[Literal["never", True, False] | str | None] = Field("early_stopping", default=None)
    """Controls the stopping condition for beam-based methods."""
    num_beams: Field[int | None] = Field("num_beams", default=None)
    """Number of beams to use for beam search."""
    num_beam_groups: Field[int | None] = Field("num_beam_groups", default=None)
    """Number of groups to divide num_beams into in order to ensure diversity among different groups of beams. See [this paper](https://hf.co/papers/1610.02424) for more details."""
    penalty_alpha: Field[float | None] = Field("penalty_alpha", default=None)
    """The value balances the model confidence and the degeneration penalty in contrastive search decoding."""
    use_cache: Field[bool | None] = Field("use_cache", default=None)
    """Whether the model should use the past last key/values attentions to speed up decoding"""
