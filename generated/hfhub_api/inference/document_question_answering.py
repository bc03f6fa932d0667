"""Inputs and outputs of the ``document-question-answering`` inference task.

Generated from the inference task schemas by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import Any

from .._types import Field, Model


class DocumentQuestionAnsweringInputData(Model):
    """One (document, question) pair to answer"""
    __slots__ = ()
    image: Field[Any] = Field("image")
    """The image on which the question is asked"""
    question: Field[str] = Field("question")
    """A question to ask of the document"""


class DocumentQuestionAnsweringParameters(Model):
    __slots__ = ()
    doc_stride: Field[int | None] = Field("doc_stride", default=None)
    """If the words in the document are too long to fit with the question for the model, it will be split in several chunks with some overlap. This argument controls the size of that overlap."""
    handle_impossible_answer: Field[bool | None] = Field("handle_impossible_answer", default=None)
    """Whether to accept impossible as an answer"""
    lang: Field[str | None] = Field("lang", default=None)
    """Language to use while running OCR. Defaults to english."""
    max_answer_len: Field[int | None] = Field("max_answer_len", default=None)
    """The maximum length of predicted answers (e.g., only answers with a shorter length are considered)."""
    max_seq_len: Field[int | None] = Field("max_seq_len", default=None)
    """The maximum length of the total sentence (context + question) in tokens of each chunk passed to the model. The context will be split in several chunks (using doc_stride as overlap) if needed."""
    max_question_len: Field[int | None] = Field("max_question_len", default=None)
    """The maximum length of the question after tokenization. It will be truncated if needed."""
    top_k: Field[int | None] = Field("top_k", default=None)
    """The number of answers to return (will be chosen by order of likelihood). Can return less than top_k answers if there are not enough options available within the context."""
    word_boxes: Field[list[str | list[float]] | None] = Field("word_boxes", default=None)
    """A list of words and bounding boxes (normalized 0->1000). If provided, the inference will skip the OCR step and use the provided bounding boxes instead."""


class DocumentQuestionAnsweringInput(Model):
    """Inputs for Document Question Answering inference"""
    __slots__ = ()
    inputs: Field[DocumentQuestionAnsweringInputData] = Field("inputs", DocumentQuestionAnsweringInputData)
    """One (document, question) pair to answer"""
    parameters: Field[DocumentQuestionAnsweringParameters | None] = Field("parameters", DocumentQuestionAnsweringParameters, default=None)


class DocumentQuestionAnsweringOutputElement(Model):
    __slots__ = ()
    answer: Field[str] = Field("answer")
    """The answer to the question."""
    score: Field[float] = Field("score")
    """The probability associated to the answer."""
    start: Field[int] = Field("start")
    """The start word index of the answer (in the OCR’d version of the input or provided word boxes)."""
    end: Field[int] = Field("end")
    """The end word index of the answer (in the OCR’d version of the input or provided word boxes)."""
