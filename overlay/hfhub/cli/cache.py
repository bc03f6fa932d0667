"""``hfhub cache ls | rm | prune | verify``: the shared Hugging Face cache, read and changed as ``hf cache`` does.

Repositories are named as ``hf cache`` names them (``model/acme/weights``); ``--json`` prints
the objects ``hf cache ... --format json`` prints, so scripts work with either tool.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from typing import Any, Callable

from . import _args
from ._exit import FAILURE, OK, UsageError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._cache_scan import CachedFile, CachedRepo, CachedRevision, CacheScan, Deletion

_SIZE_UNITS = {"": 1, "k": 10**3, "kb": 10**3, "m": 10**6, "mb": 10**6, "g": 10**9, "gb": 10**9, "t": 10**12, "tb": 10**12}
_TIME_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800, "mo": 2592000, "y": 31536000}
_FILTER = re.compile(r"(?P<key>[a-zA-Z_]+)\s*(?P<op>==|!=|>=|<=|>|<|=)\s*(?P<value>.+)")
_COMPARE: dict[str, Callable[[float, float], bool]] = {
    "=": float.__eq__, "==": float.__eq__, "!=": float.__ne__, ">": float.__gt__, "<": float.__lt__,
    ">=": float.__ge__, "<=": float.__le__,
}
_SORTS = ("accessed", "modified", "name", "size")
_ASCENDING = {"name"}  # the others list the newest or biggest first unless told :asc
_URI_TYPES = {"models": "model", "datasets": "dataset", "spaces": "space", "kernels": "kernel"}
_COMMIT = re.compile(r"[0-9a-fA-F]{40}")

Entry = tuple["CachedRepo", "CachedRevision | None"]


def register(commands: Any) -> None:
    cache = commands.add_parser("cache", help="list, remove, prune and verify what the Hugging Face cache holds")
    actions = cache.add_subparsers(title="actions", metavar="ACTION", required=True)
    where = argparse.ArgumentParser(add_help=False)
    where.add_argument("--cache-dir", help="the cache folder (default: $HF_HUB_CACHE or $HF_HOME/hub)")
    changes = argparse.ArgumentParser(add_help=False)
    changes.add_argument("-y", "--yes", action="store_true", help="delete without asking")
    changes.add_argument("--dry-run", action="store_true", help="say what would be deleted, delete nothing")
    json = _args.json_option()

    ls = actions.add_parser("ls", aliases=["list"], help="cached repositories (or revisions) with their size and age",
                            parents=[where, json])
    ls.add_argument("--revisions", action="store_true", help="one line per revision instead of per repository")
    ls.add_argument("-f", "--filter", action="append", default=[], metavar="EXPR",
                    help="keep entries matching EXPR: size>1GB, modified>7d, accessed<30d, type=model, refs=main (repeatable)")
    ls.add_argument("--sort", choices=[f"{k}{o}" for k in _SORTS for o in ("", ":asc", ":desc")], metavar="KEY[:asc|:desc]",
                    help="accessed, modified or size (newest or biggest first), or name (A to Z)")
    ls.add_argument("--limit", type=_count, help="show at most this many entries, after sorting")
    ls.add_argument("--show-warnings", action="store_true", help="say which folders break the cache's layout")
    ls.add_argument("-q", "--quiet", action="store_true", help="print only the ids (revision hashes with --revisions)")
    ls.set_defaults(run=run_ls)

    rm = actions.add_parser("rm", help="remove cached repositories, revisions or files", parents=[where, changes, json],
                            description="TARGETS are repositories as `cache ls` names them (model/acme/weights), hf:// "
                            "URIs of repositories or of files (hf://datasets/acme/corpus/data.csv), or revision hashes.")
    rm.add_argument("targets", metavar="TARGET", nargs="+")
    rm.set_defaults(run=run_rm)

    prune = actions.add_parser("prune", help="remove revisions no branch or tag points at, and cut-off downloads",
                               parents=[where, changes, json])
    prune.set_defaults(run=run_prune)

    verify = actions.add_parser("verify", help="check cached (or --local-dir) files against the Hub's hashes",
                                parents=[_args.repo_type_option(), _args.token_option(), json])
    verify.add_argument("repo_id", metavar="REPO", help="namespace/name")
    verify.add_argument("--revision", help="a branch, tag or commit (default: the cached main, else the only revision)")
    place = verify.add_mutually_exclusive_group()
    place.add_argument("--cache-dir", help="the cache folder (default: $HF_HUB_CACHE or $HF_HOME/hub)")
    place.add_argument("--local-dir", help="a folder the repository was downloaded into, instead of the cache")
    verify.add_argument("--fail-on-missing-files", action="store_true", help="fail when files of the Hub are missing here")
    verify.add_argument("--fail-on-extra-files", action="store_true", help="fail when files here are not on the Hub")
    verify.set_defaults(run=run_verify)


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def _scan(args: argparse.Namespace) -> CacheScan:
    from ..files._cache import cache_root
    from ._cache_scan import scan_cache

    root = cache_root(args.cache_dir).expanduser().resolve()
    try:
        return scan_cache(root)
    except FileNotFoundError:
        raise UsageError(f"cache directory not found: {root}") from None


# -- ls ------------------------------------------------------------------------------------

def _amount(text: str, units: dict[str, int], what: str) -> float:
    match = re.fullmatch(r"(\d+)\s*([a-zA-Z]*)", text.strip())
    if match is None or match[2].lower() not in units:
        raise UsageError(f"invalid {what} {text!r}: a number with one of the units {', '.join(u for u in units if u)}")
    return float(int(match[1]) * units[match[2].lower()])


def _filter(expression: str) -> Callable[[Entry, float], bool]:
    match = _FILTER.fullmatch(expression.strip())
    if match is None:
        raise UsageError(f"invalid filter {expression!r}: expected KEY OP VALUE, e.g. size>1GB")
    key, op, value = match["key"].lower(), match["op"], match["value"].strip()
    if key in ("type", "refs"):
        if op != "=":
            raise UsageError(f"only '=' compares {key} (in {expression!r})")
        if key == "type":
            return lambda entry, now: entry[0].repo_type == value.lower()
        return lambda entry, now: value.lower() in {r.lower() for r in (entry[1] or entry[0]).refs}
    compare = _COMPARE[op]
    if key == "size":
        limit = _amount(value, _SIZE_UNITS, "size")
        return lambda entry, now: compare(float((entry[1] or entry[0]).size), limit)
    if key in ("modified", "accessed"):
        age = _amount(value, _TIME_UNITS, "duration")
        return lambda entry, now: compare(now - _when(entry, key), age)
    raise UsageError(f"unknown filter key {key!r}: size, modified, accessed, type or refs")


def _when(entry: Entry, key: str) -> float:
    repo, revision = entry
    if key == "accessed":
        return repo.accessed  # the cache keeps no access time per revision
    return revision.modified() if revision is not None else repo.modified


def _sort_key(key: str) -> Callable[[Entry], Any]:
    if key == "name":
        return lambda entry: entry[0].cache_id.lower()
    if key == "size":
        return lambda entry: (entry[1] or entry[0]).size
    return lambda entry: _when(entry, key)


def run_ls(args: argparse.Namespace) -> int:
    from ._cache_scan import format_since, format_size
    from ._output import print_json, print_table

    scan = _scan(args)
    entries: list[Entry] = sorted(
        ((repo, revision) for repo in scan.repos for revision in (repo.revisions if args.revisions else (None,))),
        key=lambda e: (e[0].cache_id, e[1].commit if e[1] is not None else ""),
    )
    now = time.time()
    for keep in [_filter(expression) for expression in args.filter]:
        entries = [entry for entry in entries if keep(entry, now)]
    if args.sort:
        key, _, order = args.sort.partition(":")
        entries.sort(key=_sort_key(key), reverse=(order or ("asc" if key in _ASCENDING else "desc")) == "desc")
    if args.limit is not None:
        entries = entries[: args.limit]
    rows = [_row(repo, revision, format_size, format_since) for repo, revision in entries]
    if args.json:
        print_json(rows)
        return OK
    if args.quiet:
        sys.stdout.write("".join(f"{row['revision' if args.revisions else 'id']}\n" for row in rows))
        return OK
    columns = [("id", "id")] + ([("revision", "revision")] if args.revisions else [])
    columns += [("size", "size")] + ([] if args.revisions else [("last_accessed", "last_accessed")])
    print_table(rows, columns + [("last_modified", "last_modified"), ("refs", "refs")])
    if entries:
        repos = {repo.cache_id: repo for repo, _ in entries}
        revisions = len(entries) if args.revisions else sum(len(r.revisions) for r in repos.values())
        if args.revisions:
            total = sum(rev.size for _, rev in entries if rev is not None)
        else:
            total = scan.size if not (args.filter or args.limit is not None) else sum(r.size for r in repos.values())
        print(f"\nFound {len(repos)} repo(s) for a total of {revisions} revision(s) and {format_size(total)} on disk.")
    _notes(scan, args.show_warnings)
    return OK


def _row(repo: CachedRepo, revision: CachedRevision | None, size: Callable[[float], str], since: Callable[[float], str]) -> dict[str, Any]:
    """One entry with ``hf cache ls --format json``'s keys, plus the size in bytes (``size_on_disk``)."""
    row: dict[str, Any] = {"id": repo.cache_id, "repo_id": repo.repo_id, "repo_type": repo.repo_type}
    if revision is None:
        row.update(size=size(repo.size), last_accessed=since(repo.accessed), last_modified=since(repo.modified),
                   refs=sorted(repo.refs), size_on_disk=repo.size)
    else:
        row.update(revision=revision.commit, snapshot_path=str(revision.snapshot), size=size(revision.size),
                   last_modified=since(revision.modified()), refs=sorted(revision.refs), size_on_disk=revision.size)
    return row


def _notes(scan: CacheScan, show_warnings: bool) -> None:
    from ._cache_scan import format_size

    if show_warnings:
        for warning in scan.warnings:
            print(f"warning: {warning.rstrip('.')}. Repo ignored.", file=sys.stderr)
    elif scan.warnings:
        print(f"warning: found {len(scan.warnings)} cache inconsistencies; --show-warnings says which", file=sys.stderr)
    if scan.incomplete:
        print(f"note: {len(scan.incomplete)} incomplete download(s) totalling {format_size(sum(scan.incomplete.values()))}; "
              "`hfhub cache prune` removes them", file=sys.stderr)


# -- rm and prune ----------------------------------------------------------------------------

def _resolve(scan: CacheScan, targets: list[str]) -> tuple[set[str], list[CachedFile], list[str]]:
    """The revisions and the files ``targets`` name, and the targets found nowhere."""
    targets = list(dict.fromkeys(t.strip() for t in targets if t.strip()))
    parsed = {t: _parse_uri(t) for t in targets if t.startswith("hf://")}
    if any(path for _, path in parsed.values()) and not all(t in parsed and parsed[t][1] for t in targets):
        raise UsageError("files (hf://.../PATH) cannot be removed together with repositories or revisions: run rm twice")
    repos = {repo.cache_id.lower(): repo for repo in scan.repos}
    revisions = {commit.lower(): commit for commit in scan.revisions()}
    commits: set[str] = set()
    files: list[CachedFile] = []
    missing: list[str] = []
    for target in targets:
        if target not in parsed and _COMMIT.fullmatch(target):
            found = revisions.get(target.lower())
            if found:
                commits.add(found)
            else:
                missing.append(target)
            continue
        name, path = parsed.get(target, (target, ""))
        repo = repos.get(name.lower())
        chosen = [f for r in repo.revisions for f in r.files if f.path.relative_to(r.snapshot).as_posix() == path] \
            if repo is not None and path else []
        if repo is None or (path and not chosen):
            missing.append(target)
        elif path:
            files += chosen
        else:
            commits.update(r.commit for r in repo.revisions)
    return commits, files, missing


def _parse_uri(target: str) -> tuple[str, str]:
    """``hf://datasets/acme/corpus/data.csv`` -> (``dataset/acme/corpus``, ``data.csv``); no prefix: a model."""
    body = target[len("hf://"):].strip("/")
    first, _, rest = body.partition("/")
    kind = _URI_TYPES.get(first)
    parts = (rest if kind else body).split("/", 2)
    if len(parts) < 2 or not all(parts[:2]):
        raise UsageError(f"invalid hf:// URI {target!r}: expected hf://[models/|datasets/|spaces/]namespace/name[/PATH]")
    repo_id = "/".join(parts[:2])
    if "@" in repo_id:
        raise UsageError(f"{target}: a revision in the URI is not supported; pass the revision hash instead "
                         "(`hfhub cache ls --revisions`), or drop @... to remove the file from every revision")
    return f"{kind or 'model'}/{repo_id}", parts[2] if len(parts) > 2 else ""


def _listing(scan: CacheScan, commits: set[str]) -> list[str]:
    from ._cache_scan import format_size

    lines: list[str] = []
    for repo in sorted(scan.repos, key=lambda r: (r.repo_type, r.repo_id.lower())):
        chosen = [r for r in repo.revisions if r.commit in commits]
        if len(chosen) == len(repo.revisions) and chosen:
            lines.append(f"  - {repo.cache_id} (entire repo)")
        elif chosen:
            lines.append(f"  - {repo.cache_id}:")
            lines += [f"      {r.commit} [{' '.join(sorted(r.refs)) or '(detached)'}] {format_size(r.size)}" for r in chosen]
    return lines


def _counts(scan: CacheScan, commits: set[str]) -> tuple[int, int, int]:
    """(repositories removed whole, revisions removed from repositories that stay, revisions removed)."""
    whole = [repo for repo in scan.repos if repo.revisions and all(r.commit in commits for r in repo.revisions)]
    total = sum(1 for repo in scan.repos for r in repo.revisions if r.commit in commits)
    return len(whole), total - sum(len(repo.revisions) for repo in whole), total


def _apply(args: argparse.Namespace, plan: Deletion, summary: str, dry: dict[str, Any], done: dict[str, Any], lines: list[str]) -> int:
    from ._output import confirm, print_fields, print_json

    if not args.json:
        print("\n".join([summary, *lines]))
    if args.dry_run:
        if args.json:
            print_json({"dry_run": True, **dry})
        else:
            print("Dry run: no files were deleted.")
        return OK
    if not args.yes and not confirm("Proceed with deletion?"):
        print("Aborted: nothing was deleted.", file=sys.stderr)
        return FAILURE
    plan.execute()
    if args.json:
        print_json(done)
    else:
        print_fields(done)
    return OK


def run_rm(args: argparse.Namespace) -> int:
    from ._cache_scan import delete_files, delete_revisions, format_size

    scan = _scan(args)
    commits, files, missing = _resolve(scan, args.targets)
    if missing:
        print("warning: not in the cache:\n" + "\n".join(f"  - {m}" for m in missing), file=sys.stderr)
    if files:
        plan = delete_files(scan, files)
        freed = format_size(plan.freed)
        labels = sorted(f"{repo.cache_id}@{r.commit}/{f.path.relative_to(r.snapshot).as_posix()}"
                        for repo in scan.repos for r in repo.revisions for f in r.files if f in files)
        return _apply(args, plan, f"About to delete {len(files)} file(s) totalling {freed}.",
                      {"files": len(files), "size": freed}, {"files_deleted": len(files), "freed": freed},
                      [f"  - {label}" for label in labels])
    if not commits:
        print("Nothing to delete.")
        return OK
    plan = delete_revisions(scan, commits)
    whole, partial, total = _counts(scan, commits)
    freed = format_size(plan.freed)
    parts = ([f"{whole} repo(s)"] if whole else []) + ([f"{partial} revision(s)"] if partial else [])
    return _apply(args, plan, f"About to delete {' and '.join(parts)} totalling {freed}.",
                  {"repos": whole, "revisions": total, "size": freed},
                  {"repos_deleted": whole, "revisions_deleted": total, "freed": freed}, _listing(scan, commits))


def run_prune(args: argparse.Namespace) -> int:
    from ._cache_scan import delete_revisions, format_size

    scan = _scan(args)
    detached = {r.commit for repo in scan.repos for r in repo.revisions if not r.refs}
    if not detached and not scan.incomplete:
        print("No unreferenced revisions or incomplete downloads found. Nothing to prune.")
        return OK
    plan = delete_revisions(scan, detached)
    plan.incomplete = set(scan.incomplete)
    freed = format_size(plan.freed + sum(scan.incomplete.values()))
    parts = [f"{len(detached)} unreferenced revision(s)"] if detached else []
    parts += [f"{len(scan.incomplete)} incomplete download(s)"] if scan.incomplete else []
    summary = " and ".join(parts)
    return _apply(args, plan, f"About to delete {summary} ({freed} total).",
                  {"revisions": len(detached), "incomplete": len(scan.incomplete), "shared_blobs": 0, "size": freed},
                  {"revisions_deleted": len(detached), "incomplete_deleted": len(scan.incomplete), "shared_blobs_deleted": 0,
                   "freed": freed},
                  _listing(scan, detached))


# -- verify ----------------------------------------------------------------------------------

def run_verify(args: argparse.Namespace) -> int:
    from ._cache_verify import local_root, verify
    from ._output import print_fields, print_json

    root, revision = local_root(args.repo_id, args.repo_type, args.revision, args.cache_dir, args.local_dir)
    with _args.hub_client(args) as hub:
        result = verify(getattr(hub, _args.resource_of(args.repo_type)), args.repo_id, revision, root)
    failed = bool(result.mismatches) or (args.fail_on_missing_files and bool(result.missing)) \
        or (args.fail_on_extra_files and bool(result.extra))
    for path, expected, actual, algorithm in result.mismatches:
        print(f"checksum mismatch: {path}: expected {expected} ({algorithm}), got {actual}", file=sys.stderr)
    for flag, paths, what in (("missing", result.missing, "on the Hub but not here"), ("extra", result.extra, "here but not on the Hub")):
        if paths and getattr(args, f"fail_on_{flag}_files"):
            print(f"{flag} files ({what}):\n" + "\n".join(f"  - {p}" for p in paths), file=sys.stderr)
        elif paths:
            print(f"warning: {len(paths)} file(s) {what}; --fail-on-{flag}-files lists them", file=sys.stderr)
    if failed:
        print(f"hfhub: error: verification failed for {args.repo_id!r} ({args.repo_type}) in {root}\n  revision: {result.revision}",
              file=sys.stderr)
        return FAILURE
    summary = {"repo_id": args.repo_id, "repo_type": args.repo_type, "checked": result.checked, "path": str(root)}
    if args.json:
        print_json(summary)
    else:
        print(f"Verified {result.checked} file(s) for {args.repo_type} {args.repo_id!r}. All checksums match.")
        print_fields(summary)
    return OK
