"""``hfhub api RESOURCE METHOD ...``: every operation of the Hub API, built from the generated ``hfhub_api.cli_commands``.

Only the parser of the method named on the command line is built, so ``hfhub api --help``
and every call load the table of operations and nothing else until the request is sent.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any, TypeGuard

from . import _args, _exit

if TYPE_CHECKING:
    from hfhub_api._pagination import Paginator
    from hfhub_api.cli_commands import Parameter

_TRUE = {"true", "1", "yes", "on"}
_FALSE = {"false", "0", "no", "off"}


def _bool(text: str) -> bool:
    lowered = text.lower()
    if lowered in _TRUE | _FALSE:
        return lowered in _TRUE
    raise argparse.ArgumentTypeError(f"expected true or false, not {text!r}")


def _json(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not valid JSON ({exc})") from None


_TYPES = {"str": str, "int": int, "float": float, "bool": _bool, "json": _json, "list": str}
_METAVARS = {"int": "INT", "float": "NUMBER", "bool": "BOOL", "json": "JSON", "list": "VALUE", "str": "TEXT"}


def _param_help(kind: str, choices: tuple[object, ...], closed: bool, text: str) -> str:
    notes: list[str] = []
    if choices and not closed:
        notes.append("e.g. " + ", ".join(map(str, choices)))
    if kind == "list":
        notes.append("repeatable")
    elif kind == "json":
        notes.append("a JSON value")
    elif kind == "bool":
        notes.append("true when given alone")
    help_text = " ".join(text.split())
    if notes:
        help_text = f"{help_text} ({'; '.join(notes)})" if help_text else f"({'; '.join(notes)})"
    return help_text.replace("%", "%%")


def _add_param(parser: argparse.ArgumentParser, param: Parameter) -> None:
    name, positional, kind, required, choices, closed, text = param
    options: dict[str, Any] = {"type": _TYPES[kind], "help": _param_help(kind, choices, closed, text)}
    if closed and choices:
        options["choices"] = choices
    else:
        options["metavar"] = _METAVARS[kind]
    if positional:
        options["metavar"] = name.upper()
        parser.add_argument(name, **options)
        return
    if kind == "list":
        options["action"] = "append"
    elif kind == "bool":
        options.update(nargs="?", const=True)
    parser.add_argument("--" + name.replace("_", "-"), dest=name, required=required, **options)


def build_parser(argv: list[str]) -> argparse.ArgumentParser:
    from hfhub_api.cli_commands import COMMANDS

    parser = argparse.ArgumentParser(
        prog="hfhub api",
        description="Every operation of the Hugging Face Hub API, generated from its OpenAPI document. "
        "Results are printed for people, or as JSON with --json (listings stream item by item); "
        "event streams print one JSON event per line, files their bytes.",
        epilog="hfhub api RESOURCE --help lists a resource's methods; hfhub api RESOURCE METHOD --help, its parameters.",
    )
    resources = parser.add_subparsers(title="resources", metavar="RESOURCE", required=True, dest="resource")
    wanted = argv[0] if argv else None
    for resource, methods in COMMANDS.items():
        resource_parser = resources.add_parser(resource, help=f"{len(methods)} operations on {resource.replace('_', ' ')}")
        if resource != wanted:
            continue
        method_parsers = resource_parser.add_subparsers(title="methods", metavar="METHOD", required=True, dest="method")
        wanted_method = argv[1] if len(argv) > 1 else None
        for method, (key, summary, description, params) in methods.items():
            help_text = f"{summary} ({key})".replace("%", "%%")
            if method != wanted_method:
                method_parsers.add_parser(method, help=help_text)
                continue
            leaf = method_parsers.add_parser(
                method,
                help=help_text,
                description=f"{summary}.\n\n{description}\n\n{key}".replace("%", "%%") if description else f"{summary}.\n\n{key}",
                formatter_class=argparse.RawDescriptionHelpFormatter,
                parents=[_args.token_option(), _args.json_option()],
            )
            for param in params:
                _add_param(leaf, param)
            leaf.set_defaults(params=params)
    return parser


def run(argv: list[str], token: str | None = None) -> int:
    """``token``: one given before the command (``hfhub --token X api ...``); ``--token`` after it wins."""
    args = build_parser(argv).parse_args(argv, namespace=argparse.Namespace(token=token))
    try:
        return call(args)
    except BaseException as exc:
        if isinstance(exc, SystemExit):
            raise
        if isinstance(exc, BrokenPipeError):
            return _exit.OK
        return _exit.report(exc, args)


def call(args: argparse.Namespace) -> int:
    positional = [getattr(args, p[0]) for p in args.params if p[1]]
    keywords = {p[0]: getattr(args, p[0]) for p in args.params if not p[1] and getattr(args, p[0]) is not None}
    with _args.hub_client(args) as hub:
        result = generated_method(getattr(hub, args.resource), args.method)(*positional, **keywords)
        _print(result, args.json)
    return _exit.OK


def generated_method(resource: Any, name: str) -> Any:
    """The generated method of the operation, bound to ``resource``, even where the overlay redefines the name.

    The overlay's conveniences (``info(repo_id, revision)``, the files' ``list_tree``...) take other
    arguments; ``hfhub api`` is the spec's operation as the spec describes it.
    """
    for cls in type(resource).__mro__:
        if cls.__module__.startswith("hfhub_api.") and name in cls.__dict__:
            return cls.__dict__[name].__get__(resource)
    raise LookupError(f"no generated method {name!r} on {type(resource).__name__}")


def _is_listing(value: object) -> TypeGuard[Paginator[Any]]:
    from hfhub_api._pagination import Paginator

    return isinstance(value, Paginator)


def _print(result: Any, as_json: bool) -> None:
    from hfhub_api._client_base import EventStream

    from ._output import print_json, print_json_array, print_readable

    if isinstance(result, EventStream):
        with result:
            for event in result:
                sys.stdout.write(json.dumps({"event": event.event, "data": event.data, "id": event.id}) + "\n")
                sys.stdout.flush()
    elif isinstance(result, bytes):
        sys.stdout.buffer.write(result)
        sys.stdout.flush()
    elif result is None:
        return
    elif _is_listing(result) and as_json:
        print_json_array(result)
    elif _is_listing(result):
        print_readable(list(result))
    elif as_json:
        print_json(result)
    else:
        print_readable(result)
