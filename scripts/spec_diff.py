#!/usr/bin/env python3
"""Diff two versions of the Hub's OpenAPI document: operations added, removed and changed.

    python scripts/spec_diff.py OLD NEW [--format markdown|json]

Operations are named ``"<METHOD> <path>"`` and by their Python name (``resource.method``,
from ``hfgen.naming`` and ``spec/names.json``). For a changed operation every change says
what changed, where (``query.limit``, ``body.repo.name``, ``response.200.items[].owner.name``,
``python_name``...) and whether it breaks a client user (see ``hfhub.specdiff.compare``).
Descriptions, summaries, titles and examples are ignored; key order never matters.

JSON output: ``{"added": [{"operation", "python_name"}], "removed": [...],
"changed": [{"operation", "python_name", "breaking", "changes": [{"kind", "where",
"detail", "breaking"}]}]}``, every list sorted.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "overlay"))

from hfgen.naming import operation_names  # noqa: E402
from hfhub.specdiff import diff  # noqa: E402
from hfhub.specdiff.diff import is_breaking, load, operations, render_json, spec_date, spec_label, to_markdown  # noqa: E402,F401
from hfhub.specdiff.markdown import render_markdown  # noqa: E402

__all__ = ["diff_specs", "is_breaking", "load", "operations", "render_json", "spec_date", "spec_label", "to_markdown"]


def diff_specs(old: dict, new: dict, *, old_name_map: dict[str, str] | None = None,
               new_name_map: dict[str, str] | None = None) -> dict:
    """Operations added, removed and changed from ``old`` to ``new`` (``hfhub.specdiff.diff``).

    Python names come from ``operation_names``; a map of ``None`` means the committed
    ``spec/names.json``. Pass different maps to see renames.
    """
    return diff.diff_specs(old, new, old_names=operation_names(old, old_name_map),
                           new_names=operation_names(new, new_name_map))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("old", help="the previous OpenAPI document (JSON)")
    parser.add_argument("new", help="the new OpenAPI document (JSON)")
    parser.add_argument("--format", choices=("markdown", "json"), default="markdown")
    parser.add_argument("--old-label", help="name of the old spec in the heading (default: date in its file name)")
    parser.add_argument("--new-label", help="name of the new spec in the heading")
    args = parser.parse_args(argv)
    old, new = load(args.old), load(args.new)
    diff = diff_specs(old, new)
    sys.stdout.reconfigure(encoding="utf-8")
    if args.format == "json":
        sys.stdout.write(render_json(diff))
    else:
        sys.stdout.write(render_markdown(diff, args.old_label or spec_label(args.old, old),
                                         args.new_label or spec_label(args.new, new)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
