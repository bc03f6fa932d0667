"""The top-level parser: one sub-command per module, built without loading any client code."""

from __future__ import annotations

import argparse
import importlib
import sys

from . import _exit

# Each module has ``register(subparsers)``; the commands' functions import what they need when run.
_MODULES = ("auth", "files", "repos", "chat", "spec")

EPILOG = """exit status: 0 success, 1 server or connection failure (or other error), 2 usage,
3 authentication or permission, 4 not found, 130 interrupted.
Token: --token, else HF_TOKEN, else the token file of `hfhub auth login` (shared with `hf`).
Hub: HF_ENDPOINT (default https://huggingface.co)."""


def build_parser() -> argparse.ArgumentParser:
    from .._version import __version__

    parser = argparse.ArgumentParser(
        prog="hfhub",
        description="The Hugging Face Hub from the shell: files, repositories, chat, and every API operation.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"hfhub {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name in _MODULES:
        module = importlib.import_module(f".{name}", __package__)
        module.register(commands)
    commands.add_parser(
        "api",
        help="every operation of the Hub API: hfhub api RESOURCE METHOD [--param value ...]",
        add_help=False,
    )
    return parser


def run(argv: list[str]) -> int:
    if argv and argv[0] == "api":
        from .api import run as run_api

        return run_api(argv[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    command = getattr(args, "run", None)
    if command is None:
        parser.print_help(sys.stderr)
        return _exit.USAGE
    try:
        return command(args) or _exit.OK
    except BaseException as exc:  # every failure ends as a message and an exit status
        if isinstance(exc, SystemExit):
            raise
        if isinstance(exc, BrokenPipeError):
            return _exit.OK
        return _exit.report(exc)
