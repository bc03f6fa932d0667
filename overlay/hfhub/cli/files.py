"""``hfhub download | upload | ls``: files of a repository, through the shared Hugging Face cache."""

from __future__ import annotations

import argparse
from typing import Any

from . import _args
from ._exit import UsageError


def register(commands: Any) -> None:
    common = [_args.repo_type_option(), _args.token_option(), _args.json_option()]

    download = commands.add_parser(
        "download",
        help="download files (or the whole repository) and print their local paths",
        description="Download FILES of REPO into the shared Hugging Face cache (or --local-dir) and print "
        "their paths; without FILES, the whole repository (filtered by --include/--exclude) and print its folder.",
        parents=common,
    )
    download.add_argument("repo_id", metavar="REPO", help="namespace/name")
    download.add_argument("files", metavar="FILES", nargs="*", help="paths in the repository (default: all)")
    download.add_argument("--revision", help="branch, tag or commit (default: main)")
    download.add_argument("--include", action="append", help="glob of files to download (repeatable; whole repository only)")
    download.add_argument("--exclude", action="append", help="glob of files to skip (repeatable; whole repository only)")
    download.add_argument("--local-dir", help="a plain folder to download into, instead of the cache")
    download.add_argument("--cache-dir", help="the cache folder (default: $HF_HUB_CACHE or $HF_HOME/hub)")
    download.set_defaults(run=run_download)

    upload = commands.add_parser(
        "upload",
        help="upload a file or a folder in one commit",
        description="Commit LOCAL_PATH (a file or a folder) to REPO as PATH_IN_REPO "
        "(default: the file's name, or the repository's root for a folder). REPO is created when it "
        "does not exist (public unless --private), and --revision when it is a new branch.",
        parents=common,
    )
    upload.add_argument("repo_id", metavar="REPO", help="namespace/name")
    upload.add_argument("local_path", metavar="LOCAL_PATH", help="a file or a folder")
    upload.add_argument("path_in_repo", metavar="PATH_IN_REPO", nargs="?", help="where it goes in the repository")
    upload.add_argument("--revision", help="the branch to commit to (default: main)")
    upload.add_argument("--commit-message", help="the commit's summary")
    upload.add_argument("--create-pr", action="store_true", help="open a pull request instead of committing to the branch")
    upload.add_argument("--private", action="store_true", help="create REPO private when it does not exist yet")
    upload.set_defaults(run=run_upload)

    ls = commands.add_parser("ls", help="files and folders of a repository", parents=common)
    ls.add_argument("repo_id", metavar="REPO", help="namespace/name")
    ls.add_argument("path", metavar="PATH", nargs="?", default="", help="a folder of the repository (default: its root)")
    ls.add_argument("-R", "--recursive", action="store_true", help="list the folders' contents too")
    ls.add_argument("--revision", help="branch, tag or commit (default: main)")
    ls.set_defaults(run=run_ls)


def _repo(hub: Any, args: argparse.Namespace) -> Any:
    return getattr(hub, _args.resource_of(args.repo_type))


def run_download(args: argparse.Namespace) -> int:
    from ._output import print_json

    if args.files and (args.include or args.exclude):
        raise UsageError("--include and --exclude choose files of the whole repository: give them or FILES, not both")
    where = {"revision": args.revision, "cache_dir": args.cache_dir, "local_dir": args.local_dir}
    with _args.hub_client(args) as hub:
        repo = _repo(hub, args)
        if args.files:
            paths = [repo.download(args.repo_id, name, **where) for name in args.files]
        else:
            paths = [repo.snapshot(args.repo_id, allow_patterns=args.include, ignore_patterns=args.exclude, **where)]
    if args.json:
        print_json([str(p) for p in paths])
    else:
        print("\n".join(str(p) for p in paths))
    return 0


def run_upload(args: argparse.Namespace) -> int:
    import dataclasses
    import os

    from ._output import print_fields, print_json

    from ..files._names import commit_path, revision_name
    from .repos import create_repo

    if not os.path.isdir(args.local_path) and not os.path.isfile(args.local_path):
        raise UsageError(f"{args.local_path} is neither a file nor a folder")
    # Checked before the repository is created: a refused name leaves the Hub untouched.
    if os.path.isfile(args.local_path) or args.path_in_repo:
        commit_path((args.path_in_repo or os.path.basename(args.local_path)).rstrip("/"))
    if args.revision is not None:
        revision_name(args.revision)
    options = {"revision": args.revision, "commit_message": args.commit_message, "create_pr": args.create_pr}
    with _args.hub_client(args) as hub:
        # As `hf upload`: the repository is created when missing (a Space as a Gradio one), then the branch.
        created = create_repo(hub, args.repo_id, args.repo_type, visibility="private" if args.private else None,
                              space_sdk="gradio", exist_ok=True)
        repo_id = _full_id(created, args.repo_id)
        repo = _repo(hub, args)
        if args.revision is not None and not args.create_pr:
            _ensure_branch(repo, repo_id, args.revision)
        if os.path.isdir(args.local_path):
            result = repo.upload_folder(repo_id, args.local_path, path_in_repo=args.path_in_repo or "", **options)
        else:
            target = args.path_in_repo or os.path.basename(args.local_path)
            result = repo.upload_file(repo_id, args.local_path, target, **options)
    data = dataclasses.asdict(result)
    if args.json:
        print_json(data)
    else:
        print_fields(data, ("commit_url", "pr_url", "commit_id"))
    return 0


def _full_id(created: Any, repo_id: str) -> str:
    """``namespace/name``: as given, or as the Hub named a repository created in the caller's namespace."""
    name = getattr(created, "name", None) if "/" not in repo_id else None
    return name if isinstance(name, str) and "/" in name else repo_id


def _ensure_branch(repo: Any, repo_id: str, branch: str) -> None:
    from ..errors import ConflictError, RevisionNotFoundError

    try:
        repo.info(repo_id, branch)
    except RevisionNotFoundError:
        try:
            repo.create_branch(repo_id, branch)
        except ConflictError:
            pass  # created meanwhile: what was wanted


def run_ls(args: argparse.Namespace) -> int:
    from ._output import print_json, print_table

    with _args.hub_client(args) as hub:
        entries = list(_repo(hub, args).list_tree(args.repo_id, args.path, revision=args.revision, recursive=args.recursive))
    rows = [_row(entry) for entry in entries]
    if args.json:
        print_json(rows)
    else:
        print_table(rows, [("type", "type"), ("size", "size"), ("path", "path")])
    return 0


def _row(entry: Any) -> dict[str, Any]:
    if hasattr(entry, "size"):
        row = {"type": "file", "path": entry.path, "size": entry.size, "oid": entry.blob_id}
        if entry.lfs is not None:
            row["lfs"] = {"sha256": entry.lfs.sha256, "size": entry.lfs.size}
        return row
    return {"type": "directory", "path": entry.path, "oid": entry.tree_id}
