"""Inputs and outputs of the ``table-question-answering`` inference task.

Generated from the inference task schemas by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import Literal

from .._types import Field, Model


class TableQuestionAnsweringInputData(Model):
    """One (table, question) pair to answer"""
    __slots__ = ()
    table: Field[dict[str, list[str]]] = Field("table")
    """The table to serve as context for the questions"""
    question: Field[str] = Field("question")
    """The question to be answered about the table"""


class TableQuestionAnsweringParameters(Model):
    __slots__ = ()
    padding: Field[Literal["do_not_pad", "longest", "max_length"] | str | None] = Field("padding", default=None)
    """Activates and controls padding."""
    sequential: Field[bool | None] = Field("sequential", default=None)
    """Whether to do inference sequentially or as a batch. Batching is faster, but models like SQA require the inference to be done sequentially to extract relations within sequences, given their conversational nature."""
    truncation: Field[bool | None] = Field("truncation", default=None)
    """Activates and controls truncation."""


class TableQuestionAnsweringInput(Model):
    """Inputs for Table Question Answering inference"""
    __slots__ = ()
    inputs: Field[TableQuestionAnsweringInputData] = Field("inputs", TableQuestionAnsweringInputData)
    """One (table, question) pair to answer"""
    parameters: Field[TableQuestionAnsweringParameters | None] = Field("parameters", TableQuestionAnsweringParameters, default=None)


class TableQuestionAnsweringOutputElement(Model):
    __slots__ = ()
    answer: Field[str] = Field("answer")
    """The answer of the question given the table. If there is an aggregator, the answer will be preceded by `AGGREGATOR >`."""
    coordinates: Field[list[list[int]]] = Field("coordinates")
    """Coordinates of the cells of the answers."""
    cells: Field[list[str]] = Field("cells")
    """List of strings made up of the answer cell values."""
    aggregator: Field[str | None] = Field("aggregator", default=None)
    """If the model has an aggregator, this returns the aggregator."""
