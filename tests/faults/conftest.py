"""Fixtures of the fault matrix: scripted raw-socket servers that stop with the test."""

from __future__ import annotations

import contextlib
from typing import Iterator

import pytest

from fault_server import Action, FaultServer


@pytest.fixture
def fault_server() -> Iterator:
    """``fault_server(*script, host="127.0.0.1")`` starts a :class:`FaultServer` for this test."""
    with contextlib.ExitStack() as stack:

        def start(*script: Action, host: str = "127.0.0.1") -> FaultServer:
            return stack.enter_context(FaultServer(*script, host=host))

        yield start


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    """The fault matrix as a table (case, outcome, requests, wall time) after the test results."""
    import hub_matrix
    import inference_faults

    if hub_matrix.ROWS:
        terminalreporter.write_sep("-", "Hub fault matrix")
        terminalreporter.write_line(hub_matrix.table())
    if inference_faults.ROWS:
        terminalreporter.write_sep("-", "Inference fault matrix")
        terminalreporter.write_line(hub_matrix.table(inference_faults.ROWS))
