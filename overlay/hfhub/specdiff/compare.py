"""Compare two flattened schemas (``schema.flatten``) and class each change for a client user.

The rule: a change is breaking when code written against the old spec may stop working.
On the request side (parameters, request bodies) that is anything that narrows what the client
may send: a removed field, a new required one, a type that no longer accepts the old values,
an enum value removed from a closed enum. On the response side it is anything that widens what
the client may receive beyond what its models expect, or takes away what it reads: a removed
field, a type that now allows values of another type. Enum values added to a response, new
optional fields, constraints, defaults and deprecations are not breaking: our parsers keep
unknown values and the typed signatures do not change.
"""

from __future__ import annotations

from typing import Literal

from .schema import Field, JsonObject, type_covers

Side = Literal["request", "response"]
MAX_DETAIL = 240


def change(kind: str, where: str, detail: str, breaking: bool) -> JsonObject:
    return {"kind": kind, "where": where, "detail": detail, "breaking": bool(breaking)}


def format_types(types: tuple[str, ...] | set[str]) -> str:
    return "|".join(sorted(types, key=lambda t: (t == "null", t)))


def _short(text: str) -> str:
    return text if len(text) <= MAX_DETAIL else text[: MAX_DETAIL - 1] + "…"


def _values(values: set[str] | tuple[str, ...]) -> str:
    return ", ".join(sorted(values))


def where_of(prefix: str, path: str) -> str:
    """``response.200`` + ``items[].name`` -> ``response.200.items[].name``."""
    if not path:
        return prefix
    return prefix + path if path[0] in "[{" else f"{prefix}.{path}"


def covers(wide: tuple[str, ...], narrow: tuple[str, ...]) -> bool:
    return all(type_covers(set(wide), t) for t in narrow)


def compare_fields(
    old: dict[str, Field],
    new: dict[str, Field],
    *,
    prefix: str,
    side: Side,
    kind: str,
    root_kinds: dict[str, str] | None = None,
) -> list[JsonObject]:
    """Changes between two field maps; ``kind`` names them (``parameter``, ``body_field``...).

    A field added or removed together with its parent is reported once, at the parent.
    ``root_kinds`` renames the kinds of the root (``added``/``removed``/``required``/``optional``).
    """
    request = side == "request"
    roots = root_kinds or {}
    changes: list[JsonObject] = []

    def kind_of(what: str, path: str) -> str:
        return roots.get(what, f"{kind}_{what}") if path == "" else f"{kind}_{what}"

    for path in sorted(set(new) - set(old)):
        f = new[path]
        if f.parent is not None and f.parent not in old:
            continue
        if path.endswith(("]", "}")):
            # New items of an existing field (it now also takes an array or a map): what was
            # sent before is still valid, whatever these items require.
            detail, required = format_types(f.types), False
        else:
            detail, required = f"{format_types(f.types)}, {'required' if f.required else 'optional'}", f.required
        changes.append(change(kind_of("added", path), where_of(prefix, path), detail, request and required))
    for path in sorted(set(old) - set(new)):
        f = old[path]
        if f.parent is not None and f.parent not in new:
            continue
        changes.append(change(kind_of("removed", path), where_of(prefix, path), f"was {format_types(f.types)}", True))
    for path in sorted(set(old) & set(new)):
        changes.extend(_compare_field(old[path], new[path], where_of(prefix, path), path, side, kind, roots))
    return changes


def _compare_field(o: Field, n: Field, where: str, path: str, side: Side, kind: str, roots: JsonObject) -> list[JsonObject]:
    request = side == "request"
    out: list[JsonObject] = []
    if o.types != n.types:
        # A request may send what it sent before; a response sends only what the client expects.
        ok = covers(n.types, o.types) if request else covers(o.types, n.types)
        detail = f"{format_types(o.types)} → {format_types(n.types)}"
        out.append(change(f"{kind}_type_changed", where, detail, not ok))
    if o.required != n.required:
        what = "required" if n.required else "optional"
        name = roots.get(what, f"{kind}_{what}") if path == "" else f"{kind}_{what}"
        detail = "now required" if n.required else "no longer required"
        out.append(change(name, where, detail, request and n.required))
    out.extend(_compare_enum(o, n, where, request))
    old_c, new_c = dict(o.constraints), dict(n.constraints)
    for key in sorted(set(old_c) | set(new_c)):
        if old_c.get(key) != new_c.get(key):
            detail = f"{key}: {old_c.get(key, 'none')} → {new_c.get(key, 'none')}"
            out.append(change("constraint_changed", where, _short(detail), False))
    if o.default != n.default:
        detail = f"{o.default or 'none'} → {n.default or 'none'}"  # JSON text: never empty
        out.append(change("default_changed", where, _short(detail), False))
    if o.deprecated != n.deprecated:
        detail = "now deprecated" if n.deprecated else "no longer deprecated"
        out.append(change("deprecated" if n.deprecated else "undeprecated", where, detail, False))
    return out


def _compare_enum(o: Field, n: Field, where: str, request: bool) -> list[JsonObject]:
    out: list[JsonObject] = []
    if o.enum is not None and n.enum is not None:
        added, removed = set(n.enum) - set(o.enum), set(o.enum) - set(n.enum)
        if added:
            out.append(change("enum_values_added", where, _values(added), False))
        if removed:
            # Removed from a closed request enum: a value the client sent is now refused.
            out.append(change("enum_values_removed", where, _values(removed), request and not n.open))
        if o.open and not n.open:
            out.append(change("enum_closed", where, "values outside the list are no longer allowed", request))
        elif n.open and not o.open:
            out.append(change("enum_opened", where, "values outside the list are now allowed", False))
    elif n.enum is not None:
        detail = _values(n.enum) + (" (open)" if n.open else "")
        out.append(change("enum_constraint_added", where, detail, request and not n.open))
    elif o.enum is not None:
        out.append(change("enum_constraint_removed", where, _values(o.enum), False))
    return out
