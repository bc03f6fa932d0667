"""Inputs and outputs of the ``table-question-answering`` inference task.

Generated from the inference task schemas by scripts/generate.py: do not edit.
"""

from __future__ import annotations

from typing import Literal

from .._types import Field, Model


class TableQuestionAnsweringInputData(Model):
    """One (table, question) pair to answer"""
    __slots__ = ()
    table: dict[str, list[str]] = Field("table")
    """The table to serve as context for the questions"""
    question: str = Field("question")
    """The question to be answered about the table"""


class TableQuestionAnsweringParameters(Model):
    __slots__ = ()
    padding: Literal["do_not_pad", "longest", "max_length"] | str | None = Field("padding", default=None)
    """Activates and controls padding."""
    sequential: bool | None = Field("sequential", default=None)
    """Whether to do inference sequentially or as a batch. Batching is faster, but models like SQA require the inference to be done sequentially to extract relations within sequences, given their conversational nature."""
    truncation: bool | None = Field("truncation", default=None)
    """Activates and controls truncation."""


class TableQuestionAnsweringInput(Model):
    """Inputs for Table Question Answering inference"""
    __slots__ = ()
    inputs: TableQuestionAnsweringInputData = Field("inputs", TableQuestionAnsweringInputData)
    """One (table, question) pair to answer"""
    parameters: TableQuestionAnsweringParameters | None = Field("parameters", TableQuestionAnsweringParameters, default=None)


class TableQuestionAnsweringOutputElement(Model):
    __slots__ = ()
    answer: str = Field("answer")
    """The answer of the question given the table. If there is an aggregator, the answer will be preceded by `AGGREGATOR >`."""
    coordinates: list[list[int]] = Field("coordinates")
    """Coordinates of the cells of the answers."""
    cells: list[str] = Field("cells")
    """List of strings made up of the answer cell values."""
    aggregator: str | None = Field("aggregator", default=None)
    """If the model has an aggregator, this returns the aggregator."""
