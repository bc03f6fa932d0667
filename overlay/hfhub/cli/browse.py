"""``hfhub models|datasets|spaces list | info``: find repositories and read their information."""

from __future__ import annotations

import argparse
from typing import Any

from . import _args

# Filters the Hub accepts for every kind, and those only models have.
_MODEL_ONLY = ("inference_provider", "pipeline_tag")
_COLUMNS = {
    "models": [("id", "id"), ("pipeline", "pipeline_tag"), ("downloads", "downloads"), ("likes", "likes"), ("modified", "lastModified")],
    "datasets": [("id", "id"), ("downloads", "downloads"), ("likes", "likes"), ("modified", "lastModified")],
    "spaces": [("id", "id"), ("sdk", "sdk"), ("likes", "likes"), ("modified", "lastModified")],
}
_INFO_KEYS = ("id", "author", "sha", "lastModified", "private", "gated", "disabled", "pipeline_tag", "library_name",
              "sdk", "downloads", "likes", "tags", "license")


def register(commands: Any) -> None:
    for kind in ("models", "datasets", "spaces"):
        group = commands.add_parser(kind, help=f"list {kind} or show one's information")
        actions = group.add_subparsers(title="actions", metavar="ACTION", required=True)
        common = [_args.token_option(), _args.json_option()]

        listing = actions.add_parser("list", help=f"{kind} matching filters, most relevant first", parents=common)
        listing.add_argument("--author", help="owner (user or organization)")
        listing.add_argument("--search", help="text in the repository name")
        listing.add_argument("--filter", action="append", help="a tag to match (repeatable)")
        listing.add_argument("--sort", help="sort key, largest first: downloads, likes, lastModified, trendingScore...")
        listing.add_argument("--limit", type=_positive, default=20, help="how many to show (default 20)")
        if kind == "models":
            listing.add_argument("--inference-provider", help="served by this inference provider (or 'all')")
            listing.add_argument("--pipeline-tag", help="task, e.g. text-generation")
        listing.set_defaults(run=run_list, kind=kind)

        info = actions.add_parser("info", help="one repository's information", parents=common)
        info.add_argument("repo_id", metavar="REPO", help="namespace/name")
        info.add_argument("--revision", help="branch, tag or commit (default: the main branch)")
        info.add_argument("--expand", action="append", help="property to include, e.g. inferenceProviderMapping (repeatable)")
        info.set_defaults(run=run_info, kind=kind)


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def run_list(args: argparse.Namespace) -> int:
    from ._output import plain, print_json, print_table

    filters = {"author": args.author, "search": args.search, "filter": args.filter, "sort": args.sort}
    if args.kind == "models":
        filters.update({name: getattr(args, name) for name in _MODEL_ONLY})
    if args.sort:
        filters["direction"] = -1  # the Hub sorts ascending otherwise: most first is what people want
    chosen = {k: v for k, v in filters.items() if v is not None}
    with _args.hub_client(args) as hub:
        items = [plain(item) for item in getattr(hub, args.kind).list(limit=args.limit, **chosen)]
    if args.json:
        print_json(items)
    else:
        print_table(items, _COLUMNS[args.kind])
    return 0


def run_info(args: argparse.Namespace) -> int:
    from ._output import plain, print_fields, print_json

    expand: Any = args.expand if args.expand else None
    with _args.hub_client(args) as hub:
        resource = getattr(hub, args.kind)
        info = resource.info(args.repo_id, args.revision, **({"expand": expand} if expand else {}))
    data = plain(info)
    if args.json:
        print_json(data)
    else:
        print_fields(data, None if expand else _INFO_KEYS)
    return 0
