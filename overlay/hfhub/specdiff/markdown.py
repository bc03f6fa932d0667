"""Render a spec diff (``diff.diff_specs``) as a CHANGELOG-ready markdown section."""

from __future__ import annotations

import re

from .schema import JsonObject

_SPECIALS = re.compile(r"([\\`*<>])")


def _escape(text: str) -> str:
    return _SPECIALS.sub(r"\\\1", text)


def _operation(entry: JsonObject) -> str:
    name = entry["python_name"]
    return f"`{entry['operation']}`" + (f" (`{name}`)" if name else "")


def _change(c: JsonObject) -> str:
    line = f"  - {c['kind'].replace('_', ' ')} `{c['where']}`"
    return line + (f": {_escape(c['detail'])}" if c["detail"] else "")


def summary_line(diff: JsonObject) -> str:
    breaking = len(diff["removed"]) + sum(1 for c in diff["changed"] if c["breaking"])
    return (
        f"{len(diff['added'])} operations added, {len(diff['removed'])} removed, "
        f"{len(diff['changed'])} changed; {breaking} with breaking changes."
    )


def render_markdown(diff: JsonObject, old_label: str, new_label: str) -> str:
    """``## Hub spec OLD → NEW`` with the subsections Breaking, Added, Removed and Changed."""
    lines = [f"## Hub spec {old_label} → {new_label}", "", summary_line(diff), ""]

    breaking: list[str] = [f"- {_operation(e)}: operation removed" for e in diff["removed"]]
    for entry in diff["changed"]:
        found = [_change(c) for c in entry["changes"] if c["breaking"]]
        if found:
            breaking += [f"- {_operation(entry)}"] + found
    changed: list[str] = []
    for entry in diff["changed"]:
        found = [_change(c) for c in entry["changes"] if not c["breaking"]]
        if found:
            changed += [f"- {_operation(entry)}"] + found

    sections = (
        ("Breaking", breaking),
        ("Added", [f"- {_operation(e)}" for e in diff["added"]]),
        ("Removed", [f"- {_operation(e)}" for e in diff["removed"]]),
        ("Changed", changed),
    )
    for title, body in sections:
        lines += [f"### {title}", ""] + (body or ["None."]) + [""]
    return "\n".join(lines)
