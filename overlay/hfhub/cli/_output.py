"""How commands print: JSON for scripts, aligned tables and ``key: value`` lines for people; and how they ask."""

from __future__ import annotations

import json
import sys
from typing import Any, Iterable, Sequence, cast

from .._json import json_array, json_object

_MAX_COLUMNS = 6


def plain(value: Any) -> Any:
    """Models, datetimes and containers of them as JSON-ready data."""
    from hfhub_api._types import to_json

    return to_json(value)


def print_json(value: Any) -> None:
    json.dump(plain(value), sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")


def print_json_array(values: Iterable[Any]) -> None:
    """One JSON array, written item by item as the items arrive (pages of a listing)."""
    sys.stdout.write("[")
    for index, value in enumerate(values):
        sys.stdout.write(("," if index else "") + "\n  " + json.dumps(plain(value), ensure_ascii=False, default=str))
        sys.stdout.flush()
    sys.stdout.write("\n]\n")


def print_json_lines(values: Iterable[Any]) -> None:
    """One JSON document per line, written as each value arrives."""
    for value in values:
        sys.stdout.write(json.dumps(plain(value), ensure_ascii=False, default=str) + "\n")
        sys.stdout.flush()


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, tuple)):
        return ", ".join(cell(v) for v in cast("Sequence[object]", value))
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def print_table(rows: Sequence[dict[str, Any]], columns: Sequence[tuple[str, str]]) -> None:
    """``rows`` of JSON objects as aligned columns; ``columns`` are (heading, key)."""
    cells = [[cell(row.get(key)) for _, key in columns] for row in rows]
    widths = [max([len(heading)] + [len(r[i]) for r in cells]) for i, (heading, _) in enumerate(columns)]
    lines = ["  ".join(h.upper().ljust(w) for (h, _), w in zip(columns, widths)).rstrip()]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells]
    sys.stdout.write("\n".join(lines) + "\n")


def print_fields(data: dict[str, Any], keys: Sequence[str] | None = None) -> None:
    """``key: value`` lines for the given keys (all when ``None``), skipping absent ones."""
    chosen = [k for k in (keys if keys is not None else data) if k in data and data[k] not in (None, "", [], {})]
    width = max((len(k) for k in chosen), default=0)
    for key in chosen:
        sys.stdout.write(f"{key + ':':<{width + 1}} {cell(data[key])}\n")


def print_readable(value: Any) -> None:
    """Any JSON result for people: an object as ``key: value`` lines, a list of objects as a table."""
    data = plain(value)
    obj, items = json_object(data), json_array(data)
    rows = [row for row in map(json_object, items or []) if row is not None]
    if obj is not None:
        print_fields(obj)
    elif items and len(rows) == len(items):
        scalar = [k for k in rows[0] if all(not isinstance(row.get(k), (dict, list)) for row in rows)]
        print_table(rows, [(k, k) for k in scalar[:_MAX_COLUMNS]] or [("value", "")])
    elif items is not None:
        sys.stdout.write("".join(cell(item) + "\n" for item in items))
    else:
        sys.stdout.write(cell(data) + "\n")


def confirm(question: str) -> bool:
    """Ask on stderr, read the answer from stdin: only ``y`` or ``yes`` agrees (an empty or closed input does not)."""
    sys.stderr.write(f"{question} [y/N]: ")
    sys.stderr.flush()
    return sys.stdin.readline().strip().lower() in ("y", "yes")
