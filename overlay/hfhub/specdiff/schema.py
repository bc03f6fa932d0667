"""Flatten an inline JSON Schema (2020-12, as the Hub publishes it) into dotted field paths.

A schema becomes a ``Shape`` (types, enum, properties, items...) with ``$ref`` resolved and
``anyOf``/``oneOf``/``allOf`` merged, then ``flatten`` lists every field of it under a path
like ``items[].owner.name`` (``[]`` array items, ``{}`` map values, ``[0]`` tuple items), each
with what a client cares about: its types, enum, whether it is required, its constraints.

Nothing here depends on the order of keys in the document: properties are visited sorted and
merged values are sets. Text keywords (descriptions, titles, examples) are never read.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Callable, TypeAlias

from .._json import json_array, json_object

ANY = "any"  # the type of a schema that accepts every value ({} or true)
NEVER = "never"  # the type of ``false``
# Formats that change the Python type a typed client uses (str vs datetime...): a string with
# one of these is a type of its own; other formats (uri, email...) are mere constraints.
TYPED_FORMATS = frozenset({"date-time", "date", "time", "binary", "byte", "uuid"})
CONSTRAINT_KEYS = (
    "format", "pattern", "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum",
    "exclusiveMaximum", "multipleOf", "minItems", "maxItems", "uniqueItems", "minProperties",
    "maxProperties",
)
MAX_DEPTH = 64

JsonObject: TypeAlias = "dict[str, Any]"
"""A decoded JSON object: a document, an operation, a schema, a change."""


def dump(value: Any) -> str:
    """Canonical JSON of a value: the identity of enum values, defaults and constraints."""
    if isinstance(value, str) and value.isprintable() and '"' not in value and "\\" not in value:
        return f'"{value}"'  # what json.dumps gives, without its cost (enums have thousands)
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def dumped_type(text: str) -> str:
    """``value_type`` of the value that ``dump`` turned into ``text``."""
    first = text[:1]
    kinds = {'"': "string", "t": "boolean", "f": "boolean", "n": "null", "[": "array", "{": "object"}
    if first in kinds:
        return kinds[first]
    return "number" if any(c in text for c in ".eE") and value_type(json.loads(text)) == "number" else "integer"


def value_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "integer" if value.is_integer() else "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def type_covers(wide: set[str] | frozenset[str] | tuple[str, ...], t: str) -> bool:
    """Whether a value of type ``t`` is accepted by a schema of types ``wide``."""
    return t in wide or ANY in wide or t == NEVER or (t == "integer" and "number" in wide)


class Resolver:
    """Resolves local ``$ref`` JSON pointers (``#/components/schemas/X``) in one document."""

    def __init__(self, document: JsonObject):
        self.document = document

    def lookup(self, ref: str) -> Any:
        if not isinstance(ref, str) or not ref.startswith("#"):
            return None
        node: object = self.document
        for part in ref[1:].split("/")[1:] if ref != "#" else []:
            part = part.replace("~1", "/").replace("~0", "~")
            obj, items = json_object(node), json_array(node)
            if obj is not None and part in obj:
                node = obj[part]
            elif items is not None and part.isdigit() and int(part) < len(items):
                node = items[int(part)]
            else:
                return None
        return node

    def deref(self, node: Any) -> Any:
        """Follow ``$ref`` of a parameter, request body or response object (not a schema)."""
        for _ in range(32):
            obj = json_object(node)
            ref = obj.get("$ref") if obj is not None else None
            if not isinstance(ref, str):
                return node
            target = self.lookup(ref)
            if target is None:
                return node
            node = target
        return node


@dataclass
class Shape:
    types: set[str] = field(default_factory=set[str])  # empty: not declared
    enum: set[str] | None = None  # canonical JSON of the allowed values
    open: bool = False  # the enum lists known values of a type that accepts others too
    props: dict[str, "Shape"] = field(default_factory=dict[str, "Shape"])
    required: set[str] = field(default_factory=set[str])
    items: "Shape | None" = None
    extra: "Shape | None" = None  # additionalProperties as a schema: the values of a map
    tuple_items: list["Shape"] = field(default_factory=list["Shape"])
    constraints: dict[str, set[str]] = field(default_factory=dict[str, set[str]])
    default: str | None = None
    deprecated: bool = False


def effective_types(shape: Shape) -> set[str]:
    if shape.types:
        return set(shape.types)
    if shape.props or shape.extra is not None or shape.required:
        return {"object"}
    if shape.items is not None or shape.tuple_items:
        return {"array"}
    return {ANY}


def build_shape(schema: Any, resolver: Resolver, _seen: frozenset[str] = frozenset(), _depth: int = 0) -> Shape:
    """The ``Shape`` of a schema, ``$ref`` resolved and combinators merged."""
    if schema is False:
        return Shape(types={NEVER})
    schema = json_object(schema)
    if schema is None or _depth > MAX_DEPTH:
        return Shape(types={ANY})
    depth = _depth + 1
    sub: Callable[[Any], Shape] = lambda s: build_shape(s, resolver, _seen, depth)  # noqa: E731
    own = Shape()
    parts: list[Shape] = []

    ref = schema.get("$ref")
    if isinstance(ref, str):
        target = resolver.lookup(ref)
        if target is None or ref in _seen:
            # An external or recursive reference: compared by name only.
            own.constraints["$ref"] = {dump(ref)}
        else:
            parts.append(build_shape(target, resolver, _seen | {ref}, depth))

    declared = schema.get("type")
    fmt = schema.get("format")
    for t in [declared] if isinstance(declared, str) else json_array(declared) or []:
        if isinstance(t, str):
            own.types.add(f"string({fmt})" if t == "string" and fmt in TYPED_FORMATS else t)
    if schema.get("nullable") is True and own.types:
        own.types.add("null")

    enum = json_array(schema.get("enum"))
    values: list[Any] | None = list(enum) if enum is not None else None
    if "const" in schema:
        const = schema["const"]
        values = [const] if values is None else [v for v in values if v == const]
    if values is not None:
        own.enum = {dump(v) for v in values}
        if not own.types:
            own.types = {value_type(v) for v in values} or {NEVER}

    props = json_object(schema.get("properties"))
    if props is not None:
        own.props = {name: sub(s) for name, s in props.items()}
    required = json_array(schema.get("required"))
    if required is not None:
        own.required = {r for r in required if isinstance(r, str)}
    items = schema.get("items")
    if isinstance(items, dict) or items is False:
        own.items = sub(items)
    prefix = json_array(schema.get("prefixItems"))
    if prefix is not None:
        own.tuple_items = [sub(s) for s in prefix]
    extra = schema.get("additionalProperties")
    if isinstance(extra, dict) and extra:
        own.extra = sub(extra)

    for key in CONSTRAINT_KEYS:
        if key in schema and not (key == "format" and any(t.startswith("string(") for t in own.types)):
            own.constraints[key] = {dump(schema[key])}
    if "default" in schema:
        own.default = dump(schema["default"])
    own.deprecated = schema.get("deprecated") is True

    for key in ("anyOf", "oneOf"):
        branches = json_array(schema.get(key))
        if branches:
            parts.append(union_shapes([sub(b) for b in branches]))
    all_of = json_array(schema.get("allOf"))
    if all_of is not None:
        parts.extend(sub(b) for b in all_of)
    return intersect_shapes([own] + parts) if parts else own


def _merge_children(shapes: list[Shape], merge: Callable[[list[Shape]], Shape], into: Shape) -> None:
    names: dict[str, list[Shape]] = {}
    for s in shapes:
        for name, p in s.props.items():
            names.setdefault(name, []).append(p)
    into.props = {name: ps[0] if len(ps) == 1 else merge(ps) for name, ps in names.items()}
    items = [s.items for s in shapes if s.items is not None]
    into.items = (items[0] if len(items) == 1 else merge(items)) if items else None
    extras = [s.extra for s in shapes if s.extra is not None]
    into.extra = (extras[0] if len(extras) == 1 else merge(extras)) if extras else None
    width = max((len(s.tuple_items) for s in shapes), default=0)
    into.tuple_items = []
    for i in range(width):
        at = [s.tuple_items[i] for s in shapes if len(s.tuple_items) > i]
        into.tuple_items.append(at[0] if len(at) == 1 else merge(at))
    for s in shapes:
        for key, vals in s.constraints.items():
            into.constraints.setdefault(key, set()).update(vals)
    into.default = next((s.default for s in shapes if s.default is not None), None)


def union_shapes(branches: list[Shape]) -> Shape:
    """``anyOf``/``oneOf``: a value matching any branch. ``anyOf [X, null]`` is nullable X."""
    out = Shape()
    effective = [effective_types(b) for b in branches]
    if any(ANY in e for e in effective):
        out.types = {ANY}
    else:
        out.types = set().union(*effective) - ({NEVER} if len(effective) > 1 else set())
    with_enum = [b for b in branches if b.enum is not None]
    if with_enum:
        out.enum = set().union(*(b.enum or set() for b in with_enum))
        value_types = {dumped_type(v) for v in out.enum}
        free = [e for b, e in zip(branches, effective) if b.enum is None]
        out.open = any(b.open for b in with_enum) or any(
            any(type_covers(e, t) for t in value_types) for e in free
        )
    objects = [b for b, e in zip(branches, effective) if "object" in e or ANY in e]
    _merge_children(branches, union_shapes, out)
    out.required = set[str].intersection(*(b.required for b in objects)) if objects else set[str]()
    out.deprecated = all(b.deprecated for b in branches)
    return out


def _intersect_types(a: set[str], b: set[str]) -> set[str]:
    def narrowed(x: str, other: set[str]) -> bool:
        return x in other or (x == "integer" and "number" in other) or (x.startswith("string(") and "string" in other)

    return {x for x in a if narrowed(x, b)} | {x for x in b if narrowed(x, a)}


def intersect_shapes(parts: list[Shape]) -> Shape:
    """``allOf`` (and a schema's own keywords beside ``$ref``/``anyOf``): a value matching all."""
    out = Shape()
    declared = [p.types for p in parts if p.types and ANY not in p.types]
    if declared:
        types = set(declared[0])
        for t in declared[1:]:
            types = _intersect_types(types, t)
        out.types = types or set().union(*declared)
    elif any(p.types for p in parts):
        out.types = {ANY}
    with_enum = [p for p in parts if p.enum is not None]
    if with_enum:
        out.enum = set[str].intersection(*(p.enum or set[str]() for p in with_enum))
        out.open = all(p.open for p in with_enum)
    _merge_children(parts, intersect_shapes, out)
    out.required = set().union(*(p.required for p in parts))
    out.deprecated = any(p.deprecated for p in parts)
    return out


@dataclass(frozen=True)
class Field:
    types: tuple[str, ...]
    enum: tuple[str, ...] | None
    open: bool
    required: bool
    constraints: tuple[tuple[str, str], ...]
    default: str | None
    deprecated: bool
    parent: str | None  # the path of the enclosing field, None for the root


def join_path(base: str, name: str) -> str:
    return f"{base}.{name}" if base else name


def flatten(shape: Shape, required: bool = True) -> dict[str, Field]:
    """Every field of ``shape`` by path; the root is ``""``."""
    out: dict[str, Field] = {}

    def visit(s: Shape, path: str, req: bool, parent: str | None, depth: int) -> None:
        if path in out or depth > MAX_DEPTH:
            return
        out[path] = Field(
            types=tuple(sorted(effective_types(s))),
            enum=tuple(sorted(s.enum)) if s.enum is not None else None,
            open=s.open,
            required=req,
            constraints=tuple(sorted((k, " | ".join(sorted(v))) for k, v in s.constraints.items())),
            default=s.default,
            deprecated=s.deprecated,
            parent=parent,
        )
        for name in sorted(s.props):
            visit(s.props[name], join_path(path, name), name in s.required, path, depth + 1)
        if s.items is not None:
            visit(s.items, path + "[]", True, path, depth + 1)
        if s.extra is not None:
            visit(s.extra, path + "{}", True, path, depth + 1)
        for i, t in enumerate(s.tuple_items):
            visit(t, f"{path}[{i}]", True, path, depth + 1)

    visit(shape, "", required, None, 0)
    return out


def schema_fields(schema: Any, resolver: Resolver, required: bool = True) -> dict[str, Field]:
    return flatten(build_shape(schema, resolver), required)
