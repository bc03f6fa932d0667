#!/usr/bin/env python3
"""Record a spec change in CHANGELOG.md and say whether it breaks client users.

    python scripts/changelog.py --old spec/openapi.previous.json --new spec/openapi.json \
        [--changelog CHANGELOG.md] [--date YYYY-MM-DD] [--old-date YYYY-MM-DD] [--body-file PATH]

Prepends the ``## Hub spec OLD → NEW`` section of ``spec_diff`` under the ``# Changelog``
header (creating the file if needed). A hidden marker carries the sha256 of both documents
(canonical JSON, so key order and formatting do not count): running again for the same pair
changes nothing. Prints whether the change is breaking and, when ``$GITHUB_OUTPUT`` is set,
appends ``breaking=true|false`` to it. ``--body-file`` also writes the section alone, cut to
fit a pull-request body. Always exits 0 once the documents are read: a breaking change is
news for reviewers, not a failure.

Headings: the new spec is called by ``--date`` (default: a date in its file name, else the
retrieval date of ``openapi.lock.json`` beside it when the lock pins it, else today, UTC); the
old one by ``--old-date``, else a date found the same way, else the name the changelog gave
it when it was the new one, else "previous".
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from spec_diff import diff_specs, is_breaking, load, spec_date  # noqa: E402
from hfhub.specdiff.markdown import render_markdown, summary_line  # noqa: E402

HEADER = "# Changelog"
MAX_BODY = 60_000  # GitHub refuses pull-request bodies over 65,536 characters
_MARKER = re.compile(r"<!-- hub-spec old=([0-9a-f]+) new=([0-9a-f]+) new-label=(\S+) -->")


def spec_sha(spec: dict) -> str:
    canonical = json.dumps(spec, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def marker(old_sha: str, new_sha: str, new_label: str) -> str:
    return f"<!-- hub-spec old={old_sha} new={new_sha} new-label={new_label.replace(' ', '_')} -->"


def recorded(text: str, old_sha: str, new_sha: str) -> bool:
    return any(m.group(1) == old_sha and m.group(2) == new_sha for m in _MARKER.finditer(text))


def label_in_changelog(text: str, sha: str) -> str | None:
    """The name a spec got in the changelog when it was the new one."""
    return next((m.group(3) for m in _MARKER.finditer(text) if m.group(2) == sha), None)


def insert_section(text: str, section: str) -> str:
    """``section`` above the newest entry, below the header and any introduction."""
    if not text.strip():
        text = HEADER + "\n"
    elif not text.startswith(HEADER):
        text = f"{HEADER}\n\n{text}"
    lines = text.splitlines(keepends=True)
    at = next((i for i, line in enumerate(lines) if line.startswith("## ")), len(lines))
    head = "".join(lines[:at]).rstrip("\n") + "\n\n"
    rest = "".join(lines[at:])
    return head + section.rstrip("\n") + "\n" + ("\n" + rest if rest else "")


def body_text(section: str) -> str:
    if len(section) <= MAX_BODY:
        return section
    cut = section.rfind("\n", 0, MAX_BODY)
    return section[:cut] + "\n\n_The list goes on: see CHANGELOG.md._\n"


def github_output(**values: str) -> None:
    target = os.environ.get("GITHUB_OUTPUT")
    if target:
        with open(target, "a", encoding="utf-8") as f:
            for key, value in values.items():
                f.write(f"{key}={value}\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--old", required=True, help="the previous OpenAPI document")
    parser.add_argument("--new", required=True, help="the new OpenAPI document")
    parser.add_argument("--changelog", default="CHANGELOG.md")
    parser.add_argument("--date", help="name of the new spec in the heading (YYYY-MM-DD)")
    parser.add_argument("--old-date", help="name of the old spec in the heading")
    parser.add_argument("--body-file", help="also write the section here (for a pull-request body)")
    args = parser.parse_args(argv)
    sys.stdout.reconfigure(encoding="utf-8")

    if not Path(args.old).exists():
        print(f"No previous spec at {args.old}: nothing to compare, changelog left as it is.")
        github_output(breaking="false")
        if args.body_file:
            Path(args.body_file).write_text(f"Hub spec updated; no previous spec to compare with ({args.old}).\n",
                                            encoding="utf-8")
        return 0
    old, new = load(args.old), load(args.new)
    old_sha, new_sha = spec_sha(old), spec_sha(new)
    path = Path(args.changelog)
    text = path.read_text(encoding="utf-8") if path.exists() else ""

    diff = diff_specs(old, new)
    breaking = is_breaking(diff)
    new_label = args.date or spec_date(args.new) or dt.datetime.now(dt.timezone.utc).date().isoformat()
    old_label = args.old_date or spec_date(args.old) or label_in_changelog(text, old_sha) or "previous"
    heading, _, rest = render_markdown(diff, old_label, new_label).partition("\n")
    section = f"{heading}\n{marker(old_sha, new_sha, new_label)}\n{rest}"

    if old_sha == new_sha:
        print("The two specs are the same document: nothing to record.")
    elif recorded(text, old_sha, new_sha):
        print(f"{path} already records this change.")
    else:
        path.write_text(insert_section(text, section), encoding="utf-8")
        print(f"{path}: added {heading.removeprefix('## ')}.")
    if args.body_file:
        Path(args.body_file).write_text(body_text(section), encoding="utf-8")
    print(summary_line(diff))
    print(f"breaking={'true' if breaking else 'false'}")
    github_output(breaking="true" if breaking else "false")
    return 0


if __name__ == "__main__":
    sys.exit(main())
