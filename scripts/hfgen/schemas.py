"""JSON Schema (2020-12, as the Hub publishes it) to Python types and deduplicated model classes.

Every object schema with properties becomes one model class; structurally identical
schemas (descriptions and examples aside) share one class, named after the first place
it is met in a deterministic walk. Enums become ``Literal[...]`` annotations and are
never enforced when parsing.
"""

from __future__ import annotations

import json
import keyword
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from .naming import snake

CLASS_NAMES_FILE = Path(__file__).resolve().parents[2] / "spec" / "class-names.json"
_MAX_LITERALS = 16  # longer enums (languages, libraries) read better as plain ``str``
_TEXT_KEYS = {"description", "title", "examples", "example", "$schema", "id", "$id", "$comment", "deprecated", "default"}
_RESERVED_FIELDS = {"to_dict", "from_dict", "extra_fields", "_data", "_fields", "model_config"}


def pascal(text: str) -> str:
    words = re.split(r"[^A-Za-z0-9]+", re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", text))
    name = "".join(w[:1].upper() + w[1:] for w in words if w)
    if not name:
        return "Model"
    return "M" + name if name[0].isdigit() else name


def singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def load_class_names(path: Path = CLASS_NAMES_FILE) -> dict[str, str]:
    """``"GET /api/jobs/{namespace} response item"`` (where a class is first met) -> its pinned name."""
    return json.loads(path.read_text()) if path.exists() else {}


def resource_noun(resource: str) -> str:
    """``"resource_groups"`` -> ``"ResourceGroup"``: what one thing of a resource is called."""
    return pascal(singular(resource))


def structure(schema: Any) -> Any:
    """The schema without its prose: what decides whether two schemas are the same type."""
    if isinstance(schema, dict):
        return {k: structure(v) for k, v in sorted(schema.items()) if k not in _TEXT_KEYS}
    if isinstance(schema, list):
        return [structure(v) for v in schema]
    return schema


def _key(schema: Any) -> str:
    return json.dumps(structure(schema), sort_keys=True, separators=(",", ":"))


@dataclass
class FieldDef:
    name: str  # Python attribute name
    key: str  # JSON key
    annotation: str
    converter: str | None
    required: bool
    description: str | None


@dataclass
class ModelDef:
    name: str
    description: str | None
    fields: list[FieldDef]
    children: set[str] = field(default_factory=set)  # model names it refers to
    users: set[str] = field(default_factory=set)  # resources using it
    module: str = ""


@dataclass
class TypeRef:
    """How a value of some schema reads in Python: annotation, converter, models it refers to."""

    annotation: str
    converter: str | None = None
    models: frozenset[str] = frozenset()
    nullable: bool = False

    def optional(self) -> str:
        if self.nullable and not self.annotation.endswith("| None") and self.annotation not in ("Any", "None"):
            return f"{self.annotation} | None"
        return self.annotation


class Registry:
    """Collects model classes while types are resolved; owns naming and deduplication."""

    def __init__(self, spec: dict[str, Any], pins: dict[str, str] | None = None) -> None:
        self.spec = spec
        self.models: dict[str, ModelDef] = {}
        self._by_key: dict[str, str] = {}
        # Where a class is first met -> its name; by default the Hub's pins, spec/class-names.json.
        self.pins = load_class_names() if pins is None else dict(pins)
        self._pinned_names = set(self.pins.values())
        self.origin = ""  # where the schema being resolved sits: "<METHOD> <path> response", "Model.key"...
        self.origins: dict[str, str] = {}  # the same, for every class named by this registry

    @contextmanager
    def at(self, origin: str) -> Iterator[None]:
        """Resolve inside ``with registry.at(origin):`` so that a class first met there can be pinned."""
        outer, self.origin = self.origin, origin
        try:
            yield
        finally:
            self.origin = outer

    # -- resolution -------------------------------------------------------------------
    def deref(self, schema: Any) -> Any:
        seen = 0
        while isinstance(schema, dict) and "$ref" in schema and seen < 20:
            ref = schema["$ref"]
            if not ref.startswith("#/"):
                return {}
            node: Any = self.spec
            for part in ref[2:].split("/"):
                node = node.get(part.replace("~1", "/").replace("~0", "~"), {}) if isinstance(node, dict) else {}
            schema = node
            seen += 1
        return schema if isinstance(schema, dict) else {}

    def _ref_name(self, schema: Any) -> str | None:
        if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            return schema["$ref"].rsplit("/", 1)[-1]
        return None

    def resolve(self, schema: Any, name_hint: str, parent: str | None, resource: str) -> TypeRef:
        """The Python type of ``schema``; object schemas are registered as models."""
        ref_name = self._ref_name(schema)
        if ref_name:
            name_hint = pascal(ref_name)
            parent = None
        schema = self.deref(schema)
        if not schema or schema is True:
            return TypeRef("Any")
        for combo in ("anyOf", "oneOf"):
            if combo in schema and isinstance(schema[combo], list):
                return self._union(schema, combo, name_hint, parent, resource)
        if "allOf" in schema and isinstance(schema["allOf"], list):
            return self.resolve(self._merge_all_of(schema), name_hint, parent, resource)
        if "const" in schema:
            return TypeRef(f"Literal[{_literal(schema['const'])}]" if _is_literal(schema["const"]) else "Any")
        types = schema.get("type")
        if isinstance(types, list):
            non_null = [t for t in types if t != "null"]
            inner = dict(schema, type=non_null[0]) if len(non_null) == 1 else dict(schema, type=None)
            if len(non_null) != 1:
                inner.pop("type")
            ref = self.resolve(inner, name_hint, parent, resource) if non_null else TypeRef("None")
            if "null" in types:
                ref.nullable = True
            return ref
        if "enum" in schema and isinstance(schema["enum"], list):
            values = [v for v in schema["enum"] if v is not None]
            nullable = None in schema["enum"]
            if values and all(_is_literal(v) for v in values) and len(values) <= _MAX_LITERALS:
                base = {str: "str", int: "int", bool: "bool", float: "float"}.get(type(values[0]), "Any")
                return TypeRef(f"Literal[{', '.join(_literal(v) for v in values)}] | {base}", nullable=nullable)
            if values and len({type(v) for v in values}) == 1 and type(values[0]) in (str, int):
                return TypeRef(type(values[0]).__name__, nullable=nullable)
            return TypeRef("Any")
        if types == "object" or (types is None and ("properties" in schema or "additionalProperties" in schema)):
            return self._object(schema, name_hint, parent, resource)
        if types == "array":
            items = schema.get("items", {})
            item_ref = self.resolve(items, singular(name_hint) if name_hint.endswith("s") else name_hint + "Item", parent, resource)
            conv = f"ListOf({item_ref.converter})" if item_ref.converter else None
            return TypeRef(f"list[{item_ref.optional()}]", conv, item_ref.models)
        if types == "string":
            if schema.get("format") == "date-time":
                return TypeRef("datetime", "parse_datetime")
            return TypeRef("str")
        if types == "integer":
            return TypeRef("int")
        if types == "number":
            return TypeRef("float")
        if types == "boolean":
            return TypeRef("bool")
        if types == "null":
            return TypeRef("None")
        return TypeRef("Any")

    def _merge_all_of(self, schema: dict[str, Any]) -> dict[str, Any]:
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        props: dict[str, Any] = dict(merged.get("properties", {}))
        required: list[str] = list(merged.get("required", []))
        for part in schema["allOf"]:
            part = self.deref(part)
            if "allOf" in part:
                part = self._merge_all_of(part)
            for combo in ("anyOf", "oneOf"):
                variants = [self.deref(v) for v in part.get(combo, [])]
                if variants and all("properties" in v for v in variants):
                    part = _merge_variants(variants)
            props.update(part.get("properties", {}))
            required += [r for r in part.get("required", []) if r not in required]
            for k in ("type", "additionalProperties"):
                if k in part and k not in merged:
                    merged[k] = part[k]
        if props:
            merged["properties"] = props
            merged["type"] = "object"
        if required:
            merged["required"] = required
        return merged

    def _options(self, options: list[Any]) -> list[dict[str, Any]]:
        """The alternatives of a union, nested unions flattened and ``allOf`` merged."""
        out: list[dict[str, Any]] = []
        for option in options:
            option = self.deref(option)
            inner = option.get("anyOf") or option.get("oneOf")
            if isinstance(inner, list) and not option.get("properties"):
                out += self._options(inner)
            elif isinstance(option.get("allOf"), list):
                out.append(self._merge_all_of(option))
            else:
                out.append(option)
        return out

    def _union(self, schema: dict[str, Any], combo: str, name_hint: str, parent: str | None, resource: str) -> TypeRef:
        options = self._options(schema[combo])
        nullable = any(o.get("type") == "null" or o.get("const", 0) is None for o in options)
        options = [o for o in options if not (o.get("type") == "null" or ("const" in o and o["const"] is None))]
        rest = {k: v for k, v in schema.items() if k != combo}
        if rest.get("properties"):
            options = [dict(o, properties={**rest.get("properties", {}), **o.get("properties", {})}) for o in options] or [rest]
        if not options:
            return TypeRef("None", nullable=True)
        if len(options) == 1:
            ref = self.resolve(options[0], name_hint, parent, resource)
            ref.nullable = ref.nullable or nullable
            return ref
        objects = [o for o in options if "properties" in o]
        if len(objects) > 1:
            # JSON objects of several shapes read as one model holding every variant's fields.
            merged = _merge_variants(objects)
            options = [merged] + [o for o in options if "properties" not in o]
            if len(options) == 1:
                ref = self._object(merged, name_hint, parent, resource)
                ref.nullable = nullable
                return ref
        refs = [self.resolve(o, name_hint, parent, resource) for o in options]
        annotations: list[str] = []
        for r in refs:
            for part in _split_union(r.annotation):
                if part not in annotations:
                    annotations.append(part)
        converters = list(dict.fromkeys(r.converter for r in refs if r.converter))
        models = frozenset().union(*(r.models for r in refs))
        # A converter leaves values of other shapes untouched, so one alone is safe to apply.
        conv = converters[0] if len(converters) == 1 else (f"AnyOf({', '.join(converters)})" if converters else None)
        if "Literal[True]" in annotations and "Literal[False]" in annotations:
            annotations[annotations.index("Literal[True]")] = "bool"
            annotations.remove("Literal[False]")
        if "Any" in annotations:
            return TypeRef("Any", conv, models, nullable)
        if "None" in annotations:
            annotations.remove("None")
            nullable = True
        return TypeRef(" | ".join(annotations) or "Any", conv, models, nullable)

    def _object(self, schema: dict[str, Any], name_hint: str, parent: str | None, resource: str) -> TypeRef:
        props = schema.get("properties")
        if not props:
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                value = self.resolve(extra, singular(name_hint) + "Value" if not name_hint.endswith("Value") else name_hint, parent, resource)
                conv = f"DictOf({value.converter})" if value.converter else None
                return TypeRef(f"dict[str, {value.optional()}]", conv, value.models)
            return TypeRef("dict[str, Any]")
        key = _key({"properties": props, "required": sorted(schema.get("required", []))})
        name = self._by_key.get(key)
        if name is None:
            name = self._new_name(name_hint, parent, resource)
            self._by_key[key] = name
            model = ModelDef(name, description_of(schema), [])
            self.models[name] = model
            model.fields = self._fields(schema, model, resource)
        model = self.models[name]
        model.users.add(resource)
        return TypeRef(name, name, frozenset({name}))

    def _fields(self, schema: dict[str, Any], model: ModelDef, resource: str) -> list[FieldDef]:
        required = set(schema.get("required", []))
        fields: list[FieldDef] = []
        used: set[str] = set()
        for key, prop in schema["properties"].items():
            attr = field_name(key, used)
            used.add(attr)
            hint = pascal(key)
            with self.at(f"{model.name}.{key}"):
                ref = self.resolve(prop, hint, model.name, resource)
            model.children |= ref.models
            is_required = key in required
            annotation = ref.optional() if is_required else _optional(ref.annotation)
            described = self.deref(prop).get("description") if isinstance(prop, dict) else None
            fields.append(FieldDef(attr, key, annotation, ref.converter, is_required, described))
        return fields

    def _new_name(self, hint: str, parent: str | None, resource: str) -> str:
        """The pinned name of this origin; else a derived one, never a name pinned elsewhere."""
        pinned = self.pins.get(self.origin)
        if pinned and pinned not in self.models:
            name = pinned
        else:
            name = self._derived_name(hint, parent, resource)
        if self.origin:
            self.origins.setdefault(self.origin, name)
        return name

    def _derived_name(self, hint: str, parent: str | None, resource: str) -> str:
        """The hint; else the hint said of its resource (``JobListItem``) or its parent; a number only last."""
        candidates = [pascal(hint)]
        owner = resource_noun(resource) if resource else candidates[0]
        if candidates[0] in _VAGUE_NAMES and resource:
            candidates = []
        if not pascal(hint).startswith(owner):
            candidates.append(owner + pascal(hint))
        if parent or not candidates:
            candidates.append((parent or "") + pascal(hint))
        taken = self.models.keys() | _RESERVED_NAMES | self._pinned_names
        for candidate in candidates:
            if candidate not in taken:
                return candidate
        base, n = candidates[-1], 2
        while f"{base}{n}" in taken:
            n += 1
        return f"{base}{n}"

    def propagate_users(self) -> None:
        """A model nested in another is used wherever its parent is."""
        changed = True
        while changed:
            changed = False
            for model in self.models.values():
                for child in model.children:
                    target = self.models[child]
                    if not model.users <= target.users:
                        target.users |= model.users
                        changed = True


# Field names that say nothing alone: a class met under one of them is named for its resource or parent.
_VAGUE_NAMES = {"Data", "Count", "Org", "File", "Item", "Value", "Info", "Result", "Response", "Details"}

_RESERVED_NAMES = {
    "Any", "Literal", "Model", "Field", "ListOf", "DictOf", "AnyOf", "UNSET", "Unset", "Request", "datetime",
    "Resource", "EventStream", "AsyncEventStream", "Paginator", "AsyncPaginator",
}


def _merge_variants(objects: list[dict[str, Any]]) -> dict[str, Any]:
    """One object schema holding every property of the variants; required only if in all."""
    props: dict[str, Any] = {}
    required = set(objects[0].get("required", []))
    for obj in objects:
        for k, v in obj.get("properties", {}).items():
            if k in props and _key(props[k]) != _key(v):
                props[k] = {"anyOf": [props[k], v]}
            else:
                props.setdefault(k, v)
        required &= set(obj.get("required", []))
    return {"type": "object", "properties": props, "required": sorted(required)}


def _split_union(annotation: str) -> list[str]:
    depth, start, parts = 0, 0, []
    for i, ch in enumerate(annotation):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(annotation[start:i].strip())
            start = i + 1
    parts.append(annotation[start:].strip())
    return parts


def _optional(annotation: str) -> str:
    if annotation in ("Any", "None") or "None" in _split_union(annotation):
        return annotation
    return f"{annotation} | None"


def _is_literal(value: Any) -> bool:
    return isinstance(value, (str, int, bool)) and not isinstance(value, float)


def _literal(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, str) else repr(value)


def description_of(schema: dict[str, Any]) -> str | None:
    text = schema.get("description")
    return text.strip() if isinstance(text, str) and text.strip() else None


def field_name(key: str, used: set[str]) -> str:
    """A Python attribute for a JSON key; ``_id`` becomes ``id_`` so that ``id`` stays ``id``."""
    name = snake(key)
    if key.startswith("_") or name in _RESERVED_FIELDS:
        name += "_"
    if keyword.iskeyword(name):
        name += "_"
    base, n = name, 2
    while name in used:
        name, n = f"{base}_{n}", n + 1
    return name
