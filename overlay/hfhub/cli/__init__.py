"""The ``hfhub`` command line: everyday Hub commands, chat, spec tools and every API operation (``hfhub api``)."""

from __future__ import annotations

import sys

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    """Run ``hfhub`` with ``argv`` (default ``sys.argv[1:]``); returns the exit status (see ``hfhub.cli._exit``)."""
    from ._app import run

    return run(sys.argv[1:] if argv is None else argv)
