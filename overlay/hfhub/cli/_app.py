"""The top-level parser: one sub-command per module, built without loading any client code."""

from __future__ import annotations

import argparse
import importlib
import sys

from . import _exit

# Each module has ``register(subparsers)``; the commands' functions import what they need when run.
_MODULES = ("auth", "files", "browse", "repos", "cache", "system", "chat", "spec")

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
    parser.add_argument("--token", help="a Hugging Face token for the command (also accepted after it)")
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


def _leading_token(argv: list[str]) -> tuple[str | None, list[str]]:
    """``--token X`` given before the command (as ``hf`` takes it), and the rest of the arguments."""
    if argv[:1] == ["--token"] and len(argv) > 1:
        return argv[1], argv[2:]
    if argv and argv[0].startswith("--token="):
        return argv[0].partition("=")[2], argv[1:]
    return None, argv


def run(argv: list[str]) -> int:
    token, argv = _leading_token(argv)
    if argv and argv[0] == "api":
        from .api import run as run_api

        return run_api(argv[1:], token)
    parser = build_parser()
    args = parser.parse_args(argv, namespace=argparse.Namespace(token=token))
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
        return _exit.report(exc, args)
