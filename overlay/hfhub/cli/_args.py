"""Options shared by many commands, as argparse parent parsers."""

from __future__ import annotations

import argparse

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .._hub_client import HubClient

REPO_TYPES = ("model", "dataset", "space")


def token_option() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: not given here, the --token given before the command (``hfhub --token X upload ...``) stays.
    parent.add_argument("--token", default=argparse.SUPPRESS, help="a Hugging Face token (default: HF_TOKEN, else the token file)")
    return parent


def json_option() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--json", action="store_true", help="print the result as JSON, for scripts")
    return parent


def repo_type_option() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--repo-type", "--type", dest="repo_type", choices=REPO_TYPES, default="model",
                        help="the kind of repository (default: model)")
    return parent


def resource_of(repo_type: str) -> str:
    """``model`` -> ``models``: the client attribute of a repository type."""
    return repo_type + "s"


def hub_client(args: argparse.Namespace) -> HubClient:
    """A Hub client with the command's ``--token``, else the login (imported here: ``--help`` needs no client).

    A command typed by the user is their own session: the login goes to the endpoint they
    configured (``HF_ENDPOINT``), as with ``hf``, where the library sends an implicit token
    only over HTTPS.
    """
    from .._auth import resolve_token
    from .._hub_client import HubClient

    token = getattr(args, "token", None) or resolve_token(None)
    return HubClient(token=token if token is not None else False)
