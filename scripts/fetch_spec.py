#!/usr/bin/env python3
"""Fetch the Hub's OpenAPI document, validate it, cache it and pin it in the lock file.

    python scripts/fetch_spec.py [--source URL|PATH]

Writes ``spec/openapi.json`` (the git-ignored cache) and ``spec/openapi.lock.json``
(sha256, source, retrieved date, operation count). When the document changed, the previous
one is kept as ``spec/openapi.previous.json``, the difference is printed, and operations new
to ``spec/names.json`` are added to it so that their Python names are pinned from now on.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from hfgen.naming import NAMES_FILE, load_name_map, operation_names  # noqa: E402
from hfgen.normalise import count_operations, iter_operations  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = "https://huggingface.co/.well-known/openapi.json"
CACHE = ROOT / "spec" / "openapi.json"
PREVIOUS = ROOT / "spec" / "openapi.previous.json"
LOCK = ROOT / "spec" / "openapi.lock.json"


class SpecError(ValueError):
    """The document is not an OpenAPI 3 description we can generate from."""


def read_source(source: str) -> bytes:
    if source.startswith(("http://", "https://")):
        import httpx

        response = httpx.get(source, timeout=60, follow_redirects=True)
        response.raise_for_status()
        return response.content
    return Path(source).read_bytes()


def validate(raw: bytes) -> dict[str, Any]:
    try:
        spec = json.loads(raw)
    except ValueError as exc:
        raise SpecError(f"not JSON: {exc}") from exc
    if not isinstance(spec, dict):
        raise SpecError("the document is not a JSON object")
    version = spec.get("openapi")
    if not isinstance(version, str) or not version.startswith("3."):
        raise SpecError(f"not an OpenAPI 3 document (openapi: {version!r})")
    paths = spec.get("paths")
    if not isinstance(paths, dict) or not paths:
        raise SpecError("the document has no paths")
    for path, item in paths.items():
        if not path.startswith("/") or not isinstance(item, dict):
            raise SpecError(f"invalid path item {path!r}")
    if count_operations(spec) == 0:
        raise SpecError("the document has no operations")
    for method, path, op in iter_operations(spec):
        params = op.get("parameters", [])
        if not isinstance(params, list) or any(not isinstance(p, dict) or "name" not in p or "in" not in p for p in params):
            raise SpecError(f"{method.upper()} {path}: malformed parameters")
    return spec


def pin_new_names(spec: dict[str, Any], names_file: Path = NAMES_FILE) -> list[str]:
    """Add the derived names of operations the map does not know yet; return their keys."""
    known = load_name_map(names_file)
    names = operation_names(spec, known)
    new = sorted(k for k in names if k not in known)
    if new:
        known.update({k: names[k] for k in new})
        names_file.write_text(json.dumps(dict(sorted(known.items())), indent=1) + "\n")
    return new


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fetch and pin the Hub OpenAPI document.")
    parser.add_argument("--source", default=DEFAULT_SOURCE, help="URL or path of the document")
    parser.add_argument("--today", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        raw = read_source(args.source)
        spec = validate(raw)
    except (OSError, SpecError) as exc:
        print(f"fetch_spec: {args.source}: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # network errors from httpx
        print(f"fetch_spec: {args.source}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    digest = hashlib.sha256(raw).hexdigest()
    old_lock = json.loads(LOCK.read_text()) if LOCK.exists() else {}
    if old_lock.get("sha256") == digest and CACHE.exists():
        print(f"spec unchanged ({digest[:12]}, {old_lock.get('operations')} operations)")
        return 0
    if CACHE.exists() and old_lock.get("sha256") != digest:
        PREVIOUS.write_bytes(CACHE.read_bytes())
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    CACHE.write_bytes(raw)
    lock = {
        "sha256": digest,
        "source": args.source,
        "retrieved": args.today or dt.date.today().isoformat(),
        "operations": count_operations(spec),
        "openapi": spec["openapi"],
        "info_version": spec.get("info", {}).get("version"),
    }
    LOCK.write_text(json.dumps(lock, indent=1) + "\n")
    print(f"pinned {digest[:12]}: {lock['operations']} operations from {args.source}")
    new = pin_new_names(spec)
    for key in new:
        print(f"  new name pinned: {key}")
    if PREVIOUS.exists() and old_lock.get("sha256") and old_lock["sha256"] != digest:
        _print_diff(PREVIOUS, CACHE)
    return 0


def _print_diff(old: Path, new: Path) -> None:
    try:
        from spec_diff import diff_specs, to_markdown
    except ImportError:
        return
    print(to_markdown(diff_specs(json.loads(old.read_text()), json.loads(new.read_text()))))


if __name__ == "__main__":
    sys.exit(main())
