"""Inputs and outputs of the ``visual-question-answering`` inference task.

Generated from the inference task schemas by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import Any

from .._types import Field, Model


class VisualQuestionAnsweringInputData(Model):
    """One (image, question) pair to answer"""
    __slots__ = ()
    image: Field[Any] = Field("image")
    """The image."""
    question: Field[str] = Field("question")
    """The question to answer based on the image."""


class VisualQuestionAnsweringParameters(Model):
    __slots__ = ()
    top_k: Field[int | None] = Field("top_k", default=None)
    """The number of answers to return (will be chosen by order of likelihood). Note that we return less than topk answers if there are not enough options available within the context."""


class VisualQuestionAnsweringInput(Model):
    """Inputs for Visual Question Answering inference"""
    __slots__ = ()
    inputs: Field[VisualQuestionAnsweringInputData] = Field("inputs", VisualQuestionAnsweringInputData)
    """One (image, question) pair to answer"""
    parameters: Field[VisualQuestionAnsweringParameters | None] = Field("parameters", VisualQuestionAnsweringParameters, default=None)


class VisualQuestionAnsweringOutputElement(Model):
    __slots__ = ()
    answer: Field[str | None] = Field("answer", default=None)
    """The answer to the question"""
    score: Field[float] = Field("score")
    """The associated score / probability"""
