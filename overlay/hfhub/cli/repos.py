"""``hfhub repos create | delete | move | settings | branch | tag``: manage repositories on the Hub, as ``hf repos`` does."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from . import _args
from ._exit import FAILURE, OK, UsageError


def register(commands: Any) -> None:
    repos = commands.add_parser("repos", help="create, delete, move repositories; their settings, branches and tags")
    actions = repos.add_subparsers(title="actions", metavar="ACTION", required=True)
    common = [_args.repo_type_option(), _args.token_option()]

    create = actions.add_parser("create", help="create a repository", parents=[*common, _args.json_option()])
    create.add_argument("repo_id", metavar="REPO", help="namespace/name (or a name in your own namespace)")
    _visibility(create)
    create.add_argument("--space-sdk", "--sdk", choices=("gradio", "docker", "static"), help="a Space's SDK (Spaces only)")
    create.add_argument("--exist-ok", action="store_true", help="a repository that already exists is not an error")
    create.set_defaults(run=run_create)

    delete = actions.add_parser("delete", help="delete a repository (it cannot be undone)", parents=common)
    delete.add_argument("repo_id", metavar="REPO", help="namespace/name")
    delete.add_argument("--missing-ok", action="store_true", help="a repository that does not exist is not an error")
    delete.add_argument("-y", "--yes", action="store_true", help="delete without asking")
    delete.set_defaults(run=run_delete)

    move = actions.add_parser("move", help="rename a repository or move it to another namespace", parents=common)
    move.add_argument("from_id", metavar="FROM", help="namespace/name now")
    move.add_argument("to_id", metavar="TO", help="namespace/name after")
    move.set_defaults(run=run_move)

    settings = actions.add_parser("settings", help="change a repository's visibility or gating", parents=[*common, _args.json_option()])
    settings.add_argument("repo_id", metavar="REPO", help="namespace/name")
    settings.add_argument("--gated", choices=("auto", "manual", "false"), help="access requests: approved automatically, by hand, or none")
    _visibility(settings)
    settings.set_defaults(run=run_settings)

    branch = actions.add_parser("branch", help="create or delete a branch")
    branches = branch.add_subparsers(title="actions", metavar="ACTION", required=True)
    branch_create = branches.add_parser("create", help="create a branch", parents=common)
    branch_create.add_argument("repo_id", metavar="REPO", help="namespace/name")
    branch_create.add_argument("branch", metavar="BRANCH")
    branch_create.add_argument("--revision", help="where it starts: a branch, tag or commit (default: main)")
    branch_create.add_argument("--exist-ok", action="store_true", help="a branch that already exists is not an error")
    branch_create.set_defaults(run=run_branch_create)
    branch_delete = branches.add_parser("delete", help="delete a branch", parents=common)
    branch_delete.add_argument("repo_id", metavar="REPO", help="namespace/name")
    branch_delete.add_argument("branch", metavar="BRANCH")
    branch_delete.set_defaults(run=run_branch_delete)

    tag = actions.add_parser("tag", help="create, list or delete tags")
    tags = tag.add_subparsers(title="actions", metavar="ACTION", required=True)
    tag_create = tags.add_parser("create", help="tag a revision", parents=common)
    tag_create.add_argument("repo_id", metavar="REPO", help="namespace/name")
    tag_create.add_argument("tag", metavar="TAG")
    tag_create.add_argument("-m", "--message", help="the tag's description")
    tag_create.add_argument("--revision", help="what it tags: a branch, tag or commit (default: main)")
    tag_create.set_defaults(run=run_tag_create)
    tag_list = tags.add_parser("list", aliases=["ls"], help="a repository's tags", parents=[*common, _args.json_option()])
    tag_list.add_argument("repo_id", metavar="REPO", help="namespace/name")
    tag_list.set_defaults(run=run_tag_list)
    tag_delete = tags.add_parser("delete", help="delete a tag", parents=common)
    tag_delete.add_argument("repo_id", metavar="REPO", help="namespace/name")
    tag_delete.add_argument("tag", metavar="TAG")
    tag_delete.add_argument("-y", "--yes", action="store_true", help="delete without asking")
    tag_delete.set_defaults(run=run_tag_delete)


def _visibility(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--private", dest="visibility", action="store_const", const="private", help="only you (or your organization) can see it")
    group.add_argument("--public", dest="visibility", action="store_const", const="public", help="everyone can see it")
    group.add_argument("--protected", dest="visibility", action="store_const", const="protected",
                       help="a Space everyone can use but only you can see the files of (Spaces only)")


def split_repo_id(repo_id: str) -> tuple[str | None, str]:
    """``namespace/name`` -> (namespace, name); a bare name is in the caller's own namespace."""
    namespace, slash, name = repo_id.rpartition("/")
    if not name or repo_id.count("/") > 1 or (slash and not namespace):
        raise UsageError(f"invalid repository id {repo_id!r}: expected namespace/name")
    return namespace or None, name


def _resource(hub: Any, args: argparse.Namespace) -> Any:
    return getattr(hub, _args.resource_of(args.repo_type))


def _given(**options: Any) -> dict[str, Any]:
    return {name: value for name, value in options.items() if value is not None}


def create_repo(hub: Any, repo_id: str, repo_type: str, *, visibility: str | None, space_sdk: str | None, exist_ok: bool) -> Any:
    """Create ``repo_id`` (``hfhub upload`` too); the Hub's answer names it in full (``url``, ``name``)."""
    from ..errors import PermissionDeniedError

    namespace, name = split_repo_id(repo_id)
    if repo_type == "space" and space_sdk is None:
        raise UsageError("a Space needs an SDK: --space-sdk gradio, docker or static")
    if visibility == "protected" and repo_type != "space":
        raise UsageError("--protected is for Spaces")
    options = _given(organization=namespace, visibility=visibility, sdk=space_sdk if repo_type == "space" else None)
    try:
        return hub.repos.create(name=name, type=repo_type, exist_ok=exist_ok, **options)
    except PermissionDeniedError:
        # No right to create in that namespace; the repository may exist all the same (huggingface_hub's rule).
        if not exist_ok or not getattr(hub, _args.resource_of(repo_type)).exists(repo_id):
            raise
        return None


def run_create(args: argparse.Namespace) -> int:
    from ._output import plain, print_fields, print_json

    with _args.hub_client(args) as hub:
        created = create_repo(hub, args.repo_id, args.repo_type, visibility=args.visibility, space_sdk=args.space_sdk,
                              exist_ok=args.exist_ok)
    data = plain(created) if created is not None else {"name": args.repo_id}
    if args.json:
        print_json(data)
    else:
        print_fields(data, ("url", "name"))
    return OK


def run_delete(args: argparse.Namespace) -> int:
    from ..errors import NotFoundError
    from ._output import confirm

    namespace, name = split_repo_id(args.repo_id)
    if not args.yes and not confirm(f"Delete the {args.repo_type} {args.repo_id} and everything in it? It cannot be undone."):
        print("Aborted: nothing was deleted.", file=sys.stderr)
        return FAILURE
    with _args.hub_client(args) as hub:
        try:
            hub.repos.delete(name=name, type=args.repo_type, **_given(organization=namespace))
        except NotFoundError:
            if not args.missing_ok:
                raise
            print(f"{args.repo_type} {args.repo_id} does not exist: nothing to delete")
            return OK
    print(f"Deleted {args.repo_type} {args.repo_id}")
    return OK


def run_move(args: argparse.Namespace) -> int:
    for repo_id in (args.from_id, args.to_id):
        if split_repo_id(repo_id)[0] is None:
            raise UsageError(f"give {repo_id!r} with its namespace: namespace/name")
    with _args.hub_client(args) as hub:
        hub.repos.move(from_repo=args.from_id, to_repo=args.to_id, type=args.repo_type)
    print(f"Moved {args.repo_type} {args.from_id} to {args.to_id}")
    return OK


def run_settings(args: argparse.Namespace) -> int:
    from ._output import plain, print_json

    gated: Any = {"false": False}.get(args.gated, args.gated)
    options = _given(visibility=args.visibility, gated=gated)
    if not options:
        raise UsageError("nothing to change: give --private, --public, --protected or --gated")
    if args.visibility == "protected" and args.repo_type != "space":
        raise UsageError("--protected is for Spaces")
    with _args.hub_client(args) as hub:
        answer = _resource(hub, args).update_settings(args.repo_id, **options)
    data: Any = plain(answer) or {}
    if args.json:
        print_json(data)
    else:
        print(f"Updated the settings of {args.repo_type} {args.repo_id}: " + ", ".join(f"{k}={v}" for k, v in options.items()))
    return OK


def run_branch_create(args: argparse.Namespace) -> int:
    from ..errors import ConflictError

    with _args.hub_client(args) as hub:
        try:
            _resource(hub, args).create_branch(args.repo_id, args.branch, **_given(starting_point=args.revision))
        except ConflictError:
            if not args.exist_ok:
                raise
    print(f"Branch {args.branch!r} of {args.repo_type} {args.repo_id} is there")
    return OK


def run_branch_delete(args: argparse.Namespace) -> int:
    with _args.hub_client(args) as hub:
        _resource(hub, args).delete_branch(args.repo_id, args.branch)
    print(f"Deleted branch {args.branch!r} of {args.repo_type} {args.repo_id}")
    return OK


def run_tag_create(args: argparse.Namespace) -> int:
    with _args.hub_client(args) as hub:
        _resource(hub, args).create_tag(args.repo_id, revision=args.revision or "main", tag=args.tag, **_given(message=args.message))
    print(f"Tagged {args.revision or 'main'} of {args.repo_type} {args.repo_id} as {args.tag!r}")
    return OK


def run_tag_list(args: argparse.Namespace) -> int:
    from ._output import plain, print_json, print_table

    with _args.hub_client(args) as hub:
        refs = _resource(hub, args).list_refs(args.repo_id)
    tags: list[Any] = plain(refs.tags or [])
    if args.json:
        print_json(tags)
    else:
        print_table(tags, [("tag", "name"), ("commit", "targetCommit")])
    return OK


def run_tag_delete(args: argparse.Namespace) -> int:
    from ._output import confirm

    if not args.yes and not confirm(f"Delete the tag {args.tag!r} of {args.repo_type} {args.repo_id}?"):
        print("Aborted: nothing was deleted.", file=sys.stderr)
        return FAILURE
    with _args.hub_client(args) as hub:
        _resource(hub, args).delete_tag(args.repo_id, args.tag)
    print(f"Deleted tag {args.tag!r} of {args.repo_type} {args.repo_id}")
    return OK
