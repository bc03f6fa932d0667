"""Inputs and outputs of the ``question-answering`` inference task.

Generated from the inference task schemas by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from .._types import Field, Model


class QuestionAnsweringInputData(Model):
    """One (context, question) pair to answer"""
    __slots__ = ()
    context: Field[str] = Field("context")
    """The context to be used for answering the question"""
    question: Field[str] = Field("question")
    """The question to be answered"""


class QuestionAnsweringParameters(Model):
    __slots__ = ()
    top_k: Field[int | None] = Field("top_k", default=None)
    """The number of answers to return (will be chosen by order of likelihood). Note that we return less than topk answers if there are not enough options available within the context."""
    doc_stride: Field[int | None] = Field("doc_stride", default=None)
    """If the context is too long to fit with the question for the model, it will be split in several chunks with some overlap. This argument controls the size of that overlap."""
    max_answer_len: Field[int | None] = Field("max_answer_len", default=None)
    """The maximum length of predicted answers (e.g., only answers with a shorter length are considered)."""
    max_seq_len: Field[int | None] = Field("max_seq_len", default=None)
    """The maximum length of the total sentence (context + question) in tokens of each chunk passed to the model. The context will be split in several chunks (using docStride as overlap) if needed."""
    max_question_len: Field[int | None] = Field("max_question_len", default=None)
    """The maximum length of the question after tokenization. It will be truncated if needed."""
    handle_impossible_answer: Field[bool | None] = Field("handle_impossible_answer", default=None)
    """Whether to accept impossible as an answer."""
    align_to_words: Field[bool | None] = Field("align_to_words", default=None)
    """Attempts to align the answer to real words. Improves quality on space separated languages. Might hurt on non-space-separated languages (like Japanese or Chinese)"""


class QuestionAnsweringInput(Model):
    """Inputs for Question Answering inference"""
    __slots__ = ()
    inputs: Field[QuestionAnsweringInputData] = Field("inputs", QuestionAnsweringInputData)
    """One (context, question) pair to answer"""
    parameters: Field[QuestionAnsweringParameters | None] = Field("parameters", QuestionAnsweringParameters, default=None)


class QuestionAnsweringOutputElement(Model):
    __slots__ = ()
    answer: Field[str] = Field("answer")
    """The answer to the question."""
    score: Field[float] = Field("score")
    """The probability associated to the answer."""
    start: Field[int] = Field("start")
    """The character position in the input where the answer begins."""
    end: Field[int] = Field("end")
    """The character position in the input where the answer ends."""
