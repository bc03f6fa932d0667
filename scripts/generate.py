#!/usr/bin/env python3
"""Generate ``generated/hfhub_api`` and the reference pages ``generated/docs`` from a Hub OpenAPI document.

    python scripts/generate.py --source PATH [--tasks DIR] [--output DIR] [--check]

Both come from one operation model, so the documentation site cannot drift from the code.
``--check`` renders into a temporary directory and exits 1 if anything differs from
``--output`` (default ``generated/``). The same input always gives byte-identical files.
Names come from ``spec/names.json`` and ``spec/class-names.json``, which ``scripts/fetch_spec.py``
grows when the spec changes.
"""

from __future__ import annotations

import argparse
import filecmp
import hashlib
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from hfgen.render import ROOT, ROOTS, TASKS_DIR, render  # noqa: E402


def write_output(files: dict[str, str], output: Path) -> None:
    """Replace each root (``hfhub_api/``, ``docs/``) of ``output`` with the rendered files."""
    for root in ROOTS:
        if (output / root).exists():
            shutil.rmtree(output / root)
    for rel, text in sorted(files.items()):
        path = output / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def differences(left: Path, right: Path) -> list[str]:
    out: list[str] = []

    def walk(cmp: filecmp.dircmp, prefix: str) -> None:
        out.extend(f"only in {cmp.left}: {prefix}{n}" for n in cmp.left_only if n != "__pycache__")
        out.extend(f"only in {cmp.right}: {prefix}{n}" for n in cmp.right_only if n != "__pycache__")
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        out.extend(f"differs: {prefix}{n}" for n in mismatch + errors)
        for name, sub in cmp.subdirs.items():
            if name != "__pycache__":
                walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right), "")
    return sorted(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--source", required=True, type=Path, help="the OpenAPI document (JSON)")
    parser.add_argument("--output", type=Path, default=ROOT / "generated", help="directory receiving hfhub_api/ and docs/")
    parser.add_argument("--check", action="store_true", help="fail if --output is not what the spec renders to")
    parser.add_argument("--tasks", type=Path, default=TASKS_DIR, help="the inference task schemas (inference-tasks/)")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    raw = args.source.read_bytes()
    files = render(json.loads(raw), source_sha256=hashlib.sha256(raw).hexdigest(), tasks_dir=args.tasks)
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            write_output(files, Path(tmp))
            diff = []
            for root in ROOTS:
                found = args.output / root
                diff += [f"{root}/: " + d for d in differences(Path(tmp) / root, found)] if found.exists() else [f"{root}/ missing"]
        if diff:
            print(f"generated/ is stale ({len(diff)} differences); run scripts/generate.py --source {args.source}")
            for line in diff[:50]:
                print("  " + line)
            return 1
        print(f"generated/ is up to date ({len(files)} files, {time.perf_counter() - started:.1f} s)")
        return 0
    write_output(files, args.output)
    lines = sum(text.count("\n") for text in files.values())
    print(f"wrote {len(files)} files, {lines} lines to {args.output} ({', '.join(r + '/' for r in ROOTS)}) in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
