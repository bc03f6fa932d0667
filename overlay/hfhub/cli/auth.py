"""``hfhub auth login | logout | whoami | list | switch | token``: the login shared with ``hf`` (``$HF_HOME/token`` and ``stored_tokens``)."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from .._json import json_array, json_object
from . import _args
from ._exit import AUTH, UsageError

_DIR_MODE = 0o700
_FILE_MODE = 0o600


def register(commands: Any) -> None:
    auth = commands.add_parser("auth", help="log in, log out, show who you are, switch between saved tokens")
    actions = auth.add_subparsers(title="actions", metavar="ACTION", required=True)

    login = actions.add_parser(
        "login",
        help="check a token with the Hub and save it as the active login",
        description="Read a token (typed without echo, from --token, or from standard input when it is "
        "not a terminal), check it with the Hub's whoami, and save it where huggingface_hub saves it.",
    )
    login.add_argument("--token", default=argparse.SUPPRESS, help="the token (avoid: it stays in your shell history)")
    login.set_defaults(run=run_login)

    logout = actions.add_parser("logout", help="forget the saved token(s)")
    logout.add_argument("--token-name", help="forget only this saved token (default: all of them)")
    logout.set_defaults(run=run_logout)

    whoami = actions.add_parser("whoami", help="the account of the current token",
                                parents=[_args.token_option(), _args.json_option()])
    whoami.set_defaults(run=run_whoami)

    listing = actions.add_parser("list", aliases=["ls"], help="the saved tokens, masked; * marks the active one",
                                 parents=[_args.json_option()])
    listing.set_defaults(run=run_list)

    switch = actions.add_parser("switch", help="make another saved token the active one")
    switch.add_argument("--token-name", help="the saved token to use (asked for on a terminal when not given)")
    switch.set_defaults(run=run_switch)

    token = actions.add_parser("token", help="print the active token (HF_TOKEN, else the saved login) for scripts")
    token.set_defaults(run=run_token)


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


def _masked(token: str) -> str:
    return f"{token[:3]}****{token[-4:]}"


def _current() -> str | None:
    """The token commands use: HF_TOKEN (or HUGGING_FACE_HUB_TOKEN), else the token file."""
    from .._auth import resolve_token

    return resolve_token(None)


def run_list(args: argparse.Namespace) -> int:
    from ._output import print_json, print_table

    current = _current()
    rows = [{"active": "*" if fields.get("hf_token") == current else "", "name": name,
             "token": _masked(fields["hf_token"]) if fields.get("hf_token") else "<not set>",
             **({"expires_at": fields["expires_at"]} if "expires_at" in fields else {})}
            for name, fields in _read_stored().items()]
    if args.json:
        print_json(rows)
    elif rows:
        expiring = any("expires_at" in row for row in rows)
        print_table(rows, [(" ", "active"), ("name", "name"), ("token", "token")] + ([("expires", "expires_at")] if expiring else []))
    else:
        print("No saved tokens: `hfhub auth login` saves one.")
    if os.environ.get("HF_TOKEN") or os.environ.get("HUGGING_FACE_HUB_TOKEN"):
        print("note: HF_TOKEN is set and is the active token, whatever is saved", file=sys.stderr)
    elif rows and not any(row["active"] for row in rows):
        print("note: none of them is active: `hfhub auth switch` picks one", file=sys.stderr)
    return 0


def run_switch(args: argparse.Namespace) -> int:
    stored = _read_stored()
    if not stored:
        raise UsageError("no saved tokens: `hfhub auth login` first")
    name = args.token_name or _choose(sorted(stored))
    token = stored.get(name, {}).get("hf_token")
    if not token:
        raise UsageError(f"no saved token is named {name!r} (saved: {', '.join(sorted(stored))})")
    _write_secret(token_file(), token)
    print(f"The active token is now {name!r}")
    if (os.environ.get("HF_TOKEN") or token) != token:
        print("note: HF_TOKEN is set and is used instead of the saved token", file=sys.stderr)
    return 0


def _choose(names: list[str]) -> str:
    if not sys.stdin.isatty():
        raise UsageError("give --token-name: there is no terminal to choose on")
    for number, name in enumerate(names, 1):
        print(f"  {number}. {name}")
    answer = input("Token to switch to (number or name): ").strip()
    return names[int(answer) - 1] if answer.isdigit() and 0 < int(answer) <= len(names) else answer


def run_token(args: argparse.Namespace) -> int:
    token = _current()
    if token is None:
        print("hfhub: error: not logged in: run `hfhub auth login` or set HF_TOKEN", file=sys.stderr)
        return AUTH
    print(token)
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
