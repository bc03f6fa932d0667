#!/usr/bin/env python3
"""Fetch the Hub's OpenAPI document, validate it, cache it and pin it in the lock file.

    python scripts/fetch_spec.py [--source URL|PATH] [--pin-class-names]

Writes ``spec/openapi.json`` (the git-ignored cache) and ``spec/openapi.lock.json``
(sha256, source, retrieved date, operation count). When the document changed, the previous
one is kept as ``spec/openapi.previous.json``, the difference is printed, and operations new
to ``spec/names.json`` are added to it so that their Python names are pinned from now on;
with ``--pin-class-names``, model classes new to ``spec/class-names.json`` likewise.

Needs nothing beyond the standard library: the scheduled workflow runs it on the runner's
bare Python, before the project is installed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import http.client
import json
import sys
import urllib.request
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from hfgen.naming import NAMES_FILE, load_name_map  # noqa: E402
from hfgen.normalise import NormaliseError, count_operations, iter_operations, normalise  # noqa: E402
from hfgen.operations import GenerationError, build_operations, published_names  # noqa: E402
from hfgen.schemas import CLASS_NAMES_FILE, Registry, load_class_names  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = "https://huggingface.co/.well-known/openapi.json"
CACHE = ROOT / "spec" / "openapi.json"
PREVIOUS = ROOT / "spec" / "openapi.previous.json"
LOCK = ROOT / "spec" / "openapi.lock.json"
TIMEOUT = 60  # seconds per network operation; the document is about 1 MB


class SpecError(ValueError):
    """The document is not an OpenAPI 3 description we can generate from."""


def read_source(source: str) -> bytes:
    if source.startswith(("http://", "https://")):
        request = urllib.request.Request(source, headers={"Accept": "application/json", "User-Agent": "hfhub-fetch-spec"})
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:  # follows redirects; 4xx/5xx raise
            return response.read()
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


def new_names(normalised: dict[str, Any], known: dict[str, str]) -> dict[str, str]:
    """Names of the operations ``known`` (``spec/names.json``) lacks; an alias is named after its operation."""
    return {key: name for key, name in published_names(normalised, known).items() if key not in known}


def new_class_names(normalised: dict[str, Any], names: dict[str, str], pins: dict[str, str]) -> dict[str, str]:
    """Where each class ``pins`` (``spec/class-names.json``) lacks is first met -> the name it gets now."""
    registry = Registry(normalised, pins)
    build_operations(normalised, registry, names)
    return {origin: name for origin, name in registry.origins.items() if origin not in pins}


def add_pins(path: Path, pins: dict[str, str], new: dict[str, str]) -> None:
    if new:
        path.write_text(json.dumps(dict(sorted({**pins, **new}.items())), indent=1) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fetch and pin the Hub OpenAPI document.")
    parser.add_argument("--source", default=DEFAULT_SOURCE, help="URL or path of the document")
    parser.add_argument("--pin-class-names", action="store_true",
                        help="also pin the names of new model classes in spec/class-names.json")
    parser.add_argument("--today", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        raw = read_source(args.source)
        spec = validate(raw)
    except (OSError, http.client.HTTPException, SpecError) as exc:  # URLError and HTTPError are OSErrors
        print(f"fetch_spec: {args.source}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    digest = hashlib.sha256(raw).hexdigest()
    old_lock = json.loads(LOCK.read_text()) if LOCK.exists() else {}
    if old_lock.get("sha256") == digest:
        if not CACHE.exists():  # a fresh checkout, or the workflow's cache missed: the lock stays as it is
            CACHE.parent.mkdir(parents=True, exist_ok=True)
            CACHE.write_bytes(raw)
        print(f"spec unchanged ({digest[:12]}, {old_lock.get('operations')} operations)")
        return 0
    # Every name is decided before anything is written: a document we cannot generate from changes nothing.
    try:
        normalised = normalise(spec)
        names = load_name_map()
        pinned_names = new_names(normalised, names)
        pins = load_class_names()
        pinned_classes = new_class_names(normalised, {**names, **pinned_names}, pins) if args.pin_class_names else {}
    except (NormaliseError, GenerationError) as exc:
        print(f"fetch_spec: {args.source}: cannot generate from this document: {exc}", file=sys.stderr)
        return 1
    previous = CACHE.read_bytes() if CACHE.exists() else None
    if previous is not None:
        PREVIOUS.write_bytes(previous)
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
    add_pins(NAMES_FILE, names, pinned_names)
    for key, name in sorted(pinned_names.items()):
        print(f"  new name pinned: {key} -> {name}")
    add_pins(CLASS_NAMES_FILE, pins, pinned_classes)
    for origin, name in sorted(pinned_classes.items(), key=lambda item: item[1]):
        print(f"  new class name pinned: {name} ({origin})")
    if previous is not None:
        _print_diff(PREVIOUS, CACHE)
    return 0


def _print_diff(old: Path, new: Path) -> None:
    from spec_diff import diff_specs, to_markdown

    print(to_markdown(diff_specs(json.loads(old.read_text()), json.loads(new.read_text()))))


if __name__ == "__main__":
    sys.exit(main())
