"""``hfhub auth login | logout | whoami``: the login shared with ``hf`` (``$HF_HOME/token`` and ``stored_tokens``)."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from .._json import json_array, json_object
from . import _args
from ._exit import UsageError

_DIR_MODE = 0o700
_FILE_MODE = 0o600


def register(commands: Any) -> None:
    auth = commands.add_parser("auth", help="log in, log out, show who you are")
    actions = auth.add_subparsers(title="actions", metavar="ACTION", required=True)

    login = actions.add_parser(
        "login",
        help="check a token with the Hub and save it as the active login",
        description="Read a token (typed without echo, from --token, or from standard input when it is "
        "not a terminal), check it with the Hub's whoami, and save it where huggingface_hub saves it.",
    )
    login.add_argument("--token", help="the token (avoid: it stays in your shell history)")
    login.set_defaults(run=run_login)

    logout = actions.add_parser("logout", help="forget the saved token(s)")
    logout.add_argument("--token-name", help="forget only this saved token (default: all of them)")
    logout.set_defaults(run=run_logout)

    whoami = actions.add_parser("whoami", help="the account of the current token",
                                parents=[_args.token_option(), _args.json_option()])
    whoami.set_defaults(run=run_whoami)


def token_file() -> str:
    from .._auth import token_path

    return token_path()


def stored_tokens_file() -> str:
    # huggingface_hub keeps its named tokens next to the token file, in an INI file.
    return os.path.join(os.path.dirname(token_file()), "stored_tokens")


def _read_token() -> str:
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass("Token (input hidden): ")
    return sys.stdin.readline()


def run_login(args: argparse.Namespace) -> int:
    from .._auth import resolve_token

    token = resolve_token(args.token if args.token is not None else _read_token())
    if token is None:
        raise UsageError("no token given")
    if token.startswith("api_org"):
        raise UsageError("an organization token cannot log in: use a personal access token")
    from .._hub_client import HubClient

    with HubClient(token=token) as hub:
        info = hub.users.whoami().to_dict()
    user = info.get("name") or "?"
    access = json_object((json_object(info.get("auth")) or {}).get("accessToken")) or {}
    name = access.get("displayName") or f"oauth-{user}"
    stored = _read_stored()
    stored[name] = {"hf_token": token}
    _write_secret(stored_tokens_file(), _format_stored(stored))
    _write_secret(token_file(), token)
    role = f" (permission: {access['role']})" if access.get("role") else ""
    print(f"Logged in as {user} with token {name!r}{role}; saved to {token_file()}")
    if os.environ.get("HF_TOKEN"):
        print("note: HF_TOKEN is set and is used instead of the saved token", file=sys.stderr)
    return 0


def run_logout(args: argparse.Namespace) -> int:
    stored = _read_stored()
    if args.token_name:
        fields = stored.pop(args.token_name, None)
        if fields is None:
            raise UsageError(f"no saved token is named {args.token_name!r}")
        _write_secret(stored_tokens_file(), _format_stored(stored))
        if fields.get("hf_token") == _active_token():
            os.unlink(token_file())
        print(f"Logged out of token {args.token_name!r}")
    else:
        for path in (token_file(), stored_tokens_file()):
            try:
                os.unlink(path)
            except FileNotFoundError:
                pass
        print("Logged out: saved tokens removed")
    if os.environ.get("HF_TOKEN") or os.environ.get("HUGGING_FACE_HUB_TOKEN"):
        print("note: HF_TOKEN is still set, so commands still send a token", file=sys.stderr)
    return 0


def run_whoami(args: argparse.Namespace) -> int:
    from ._output import print_fields, print_json

    with _args.hub_client(args) as hub:
        info = hub.users.whoami()
    if args.json:
        print_json(info)
        return 0
    data = info.to_dict()
    access = json_object((json_object(data.get("auth")) or {}).get("accessToken")) or {}
    orgs = [json_object(org) or {} for org in json_array(data.get("orgs")) or []]
    summary = {
        "user": data.get("name"),
        "fullname": data.get("fullname"),
        "orgs": [org.get("name") for org in orgs],
        "token": access.get("displayName"),
        "permission": access.get("role"),
    }
    print_fields(summary)
    return 0


def _active_token() -> str | None:
    try:
        with open(token_file(), encoding="utf-8") as f:
            return f.read().strip() or None
    except FileNotFoundError:
        return None


def _read_stored() -> dict[str, dict[str, str]]:
    import configparser

    config = configparser.ConfigParser(interpolation=None)
    try:
        config.read(stored_tokens_file(), encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError):
        return {}  # like huggingface_hub: an unreadable file is replaced at the next login
    return {name: dict(config.items(name)) for name in config.sections()}


def _format_stored(stored: dict[str, dict[str, str]]) -> str:
    import configparser
    import io

    config = configparser.ConfigParser(interpolation=None)
    for name in sorted(stored):
        config.add_section(name)
        for key, value in stored[name].items():
            config.set(name, key, value)
    buffer = io.StringIO()
    config.write(buffer)
    return buffer.getvalue()


def _write_secret(path: str, text: str) -> None:
    """Write a file only its owner can read, in a directory only its owner can list."""
    os.makedirs(os.path.dirname(path), mode=_DIR_MODE, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, _FILE_MODE)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.chmod(path, _FILE_MODE)
