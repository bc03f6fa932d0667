"""One valid instance for a JSON Schema (2020-12, as the Hub spec uses it).

`example_for(schema, seed=0)` is deterministic: the same schema and seed give the same
value. It prefers the schema's own `examples` and `default` when they are valid, and
otherwise builds a value from the keywords; every candidate is checked with
`jsonschema`'s Draft202012Validator before it is returned, so a value that comes back is
valid (or `ValueError` is raised). Seed 0 gives the plainest value (first enum member,
`1`, `"hfhub"`, the non-null branch of an `anyOf`); other seeds vary what is free to vary.
Regular expressions are written by a small generator over Python's own regex parser,
not by hypothesis, so that no health check or example database is involved.

Values are meant to travel in URLs and to be checked by a JavaScript validator (Prism's
AJV), so generated strings are ASCII only: a Python `\\d` or `\\w` would also match
non-ASCII digits and letters that ECMA-262 regular expressions reject.
"""

from __future__ import annotations

import random
import re
import string
import sys
from functools import lru_cache
from typing import Any

if sys.version_info >= (3, 11):
    from re import _constants as sre_c  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
else:  # the same modules under their Python 3.10 names
    import sre_constants as sre_c
    import sre_parse

from jsonschema import Draft202012Validator, FormatChecker

__all__ = ["example_for", "validator_for", "regex_example"]

_ATTEMPTS = 60
_MAX_DEPTH = 12
_FORMAT_CHECKER = FormatChecker()
_KEYWORDS = frozenset(Draft202012Validator.VALIDATORS) | {"$schema", "$id", "$defs", "$anchor"}

# Readable characters first: "any character" picks from these.
_SAFE = string.ascii_lowercase + string.digits + string.ascii_uppercase
_PRINTABLE = _SAFE + "_-.~ !$&'()*+,;=:@"
_WORD = string.ascii_letters + string.digits + "_"
_CATEGORIES = {
    sre_c.CATEGORY_DIGIT: string.digits,
    sre_c.CATEGORY_NOT_DIGIT: _PRINTABLE.translate(str.maketrans("", "", string.digits)),
    sre_c.CATEGORY_WORD: _WORD,
    sre_c.CATEGORY_NOT_WORD: "-.~ !$&'()*+,;=:@",
    sre_c.CATEGORY_SPACE: " ",
    sre_c.CATEGORY_NOT_SPACE: _SAFE,
}

_FORMAT_VALUES = {
    "date-time": ["2024-01-02T03:04:05Z", "2024-01-02T03:04:05.678Z"],
    "date": ["2024-01-02"],
    "time": ["03:04:05Z"],
    "uri": ["https://example.com/hfhub", "https://example.com/a/b"],
    "uri-reference": ["https://example.com/hfhub", "/hfhub"],
    "url": ["https://example.com/hfhub"],
    "email": ["user@example.com", "hfhub.test@example.org"],
    "uuid": ["123e4567-e89b-42d3-a456-426614174000"],
    "ipv4": ["192.0.2.1"],
    "ipv6": ["2001:db8::1"],
    "cidrv4": ["192.0.2.0/24"],
    "cidrv6": ["2001:db8::/32"],
    "hostname": ["example.com"],
}


def validator_for(schema: Any, *, root: dict | None = None) -> Draft202012Validator:
    """A 2020-12 validator for `schema`; `root` (the OpenAPI document) resolves `#/...` refs.

    A `#/components/...` pointer resolves against the schema being validated, so the
    document's top-level members are carried along inside it (they are not keywords).
    """
    if isinstance(schema, dict) and root:
        carried = {k: v for k, v in root.items() if k not in schema and k not in _KEYWORDS}
        schema = {**carried, **schema}
    return Draft202012Validator(schema, format_checker=_FORMAT_CHECKER)


def example_for(
    schema: dict | bool, *, seed: int = 0, root: dict | None = None, full: bool = False
) -> Any:
    """A value valid for `schema`.

    `root` is the document that `$ref: "#/..."` pointers resolve against (the OpenAPI spec).
    `full=True` also fills optional object properties; by default only required ones are.
    """
    validator = validator_for(schema, root=root)
    gen = _Generator(root or {}, full)
    last_error: Exception | None = None
    for attempt in range(_ATTEMPTS):
        gen.rng = random.Random(f"{seed}/{attempt}")
        gen.attempt = attempt
        gen.vary = bool(seed) or attempt > 0
        try:
            value = gen.value(schema, 0)
        except _Unsatisfiable as exc:
            last_error = exc
            continue
        if validator.is_valid(value):
            return value
        last_error = next(iter(validator.iter_errors(value)), None)
    raise ValueError(f"no valid example found for {schema!r}: {last_error}")


class _Unsatisfiable(Exception):
    pass


class _Generator:
    def __init__(self, root: dict, full: bool) -> None:
        self.root = root
        self.full = full
        self.rng = random.Random(0)
        self.attempt = 0
        # False for seed 0's first attempt: the plainest value (first enum member, 1, "hfhub").
        self.vary = False

    # -- dispatch ---------------------------------------------------------------

    def value(self, schema: Any, depth: int) -> Any:
        if schema is True or schema == {}:
            return "hfhub"
        if schema is False:
            raise _Unsatisfiable("false schema")
        if depth > _MAX_DEPTH:
            raise _Unsatisfiable("schema nests too deep")
        schema = self.resolve(schema)
        for candidate in self.declared_values(schema):
            if _is_valid(schema, candidate, self.root):
                return candidate
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            return self.pick_enum(schema)
        if "allOf" in schema:
            return self.value(self.merge_all_of(schema), depth + 1)
        for key in ("anyOf", "oneOf"):
            if key in schema:
                return self.value(self.pick_branch(schema, key), depth + 1)
        kind = self.pick_type(schema)
        return getattr(self, f"gen_{kind}")(schema, depth)

    def resolve(self, schema: dict) -> dict:
        seen = set()
        while "$ref" in schema:
            ref = schema["$ref"]
            if ref in seen or not ref.startswith("#/"):
                raise _Unsatisfiable(f"cannot resolve {ref}")
            seen.add(ref)
            target: Any = self.root
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            siblings = {k: v for k, v in schema.items() if k != "$ref"}
            schema = {**target, **siblings}
        return schema

    def declared_values(self, schema: dict) -> list:
        # Later attempts skip them: a declared value that failed once fails again.
        if self.attempt > 0:
            return []
        values = list(schema.get("examples") or [])
        if "example" in schema:
            values.append(schema["example"])
        if "default" in schema:
            values.append(schema["default"])
        return values

    def pick_enum(self, schema: dict) -> Any:
        options = list(schema["enum"])
        rest = {k: v for k, v in schema.items() if k != "enum"}
        valid = [o for o in options if _is_valid(rest, o, self.root)] if rest else options
        if not valid:
            raise _Unsatisfiable("no enum value fits the other keywords")
        return valid[self.rng.randrange(len(valid)) if self.vary else 0]

    def pick_branch(self, schema: dict, key: str) -> dict:
        branches = schema[key]
        base = {k: v for k, v in schema.items() if k not in (key, "examples", "default")}
        # Prefer a branch that is not `null`: a null tells nothing about the parameter.
        order = sorted(range(len(branches)), key=lambda i: _is_null_schema(branches[i]))
        index = order[self.attempt % len(order)]
        branch = self.resolve(branches[index]) if isinstance(branches[index], dict) else branches[index]
        if branch is True or branch == {}:
            return {**base} if _has_assertions(base) else True
        if branch is False:
            raise _Unsatisfiable("false branch")
        return _merge(base, branch)

    def merge_all_of(self, schema: dict) -> dict:
        merged = {k: v for k, v in schema.items() if k != "allOf"}
        for part in schema["allOf"]:
            if part is True:
                continue
            if part is False:
                raise _Unsatisfiable("false in allOf")
            merged = _merge(merged, self.resolve(part))
        return merged

    def pick_type(self, schema: dict) -> str:
        kind = schema.get("type")
        if isinstance(kind, list):
            kinds = [k for k in kind if k != "null"] or ["null"]
            return kinds[self.attempt % len(kinds)]
        if kind:
            return kind
        if "properties" in schema or "required" in schema or "additionalProperties" in schema:
            return "object"
        if "items" in schema or "minItems" in schema or "prefixItems" in schema:
            return "array"
        if any(k in schema for k in ("minimum", "maximum", "exclusiveMinimum", "multipleOf")):
            return "number"
        return "string"

    # -- types ------------------------------------------------------------------

    def gen_null(self, schema: dict, depth: int) -> None:
        return None

    def gen_boolean(self, schema: dict, depth: int) -> bool:
        return self.rng.random() < 0.5 if self.vary else True

    def gen_integer(self, schema: dict, depth: int) -> int:
        return int(self.number(schema, integer=True))

    def gen_number(self, schema: dict, depth: int) -> float:
        value = float(self.number(schema, integer=False))
        if self.vary and "multipleOf" not in schema:
            # A fraction tells a `number` from an `integer` (as in `oneOf` of both).
            fraction = value + 0.5
            high, top = schema.get("maximum"), schema.get("exclusiveMaximum")
            if (high is None or fraction <= high) and (top is None or fraction < top):
                value = fraction
        return value

    def number(self, schema: dict, *, integer: bool) -> float:
        low, high = schema.get("minimum"), schema.get("maximum")
        if "exclusiveMinimum" in schema:
            bound = schema["exclusiveMinimum"]
            step = 1 if integer else 0.5
            low = bound + step if low is None else max(low, bound + step)
        if "exclusiveMaximum" in schema:
            bound = schema["exclusiveMaximum"]
            step = 1 if integer else 0.5
            high = bound - step if high is None else min(high, bound - step)
        if integer:
            low = None if low is None else _ceil(low)
            high = None if high is None else _floor(high)
        if low is not None and high is not None and low > high:
            raise _Unsatisfiable("empty numeric range")
        preferred = self.rng.randint(0, 100) if self.vary else 1
        value = preferred
        if low is not None and value < low:
            value = low
        if high is not None and value > high:
            value = high
        multiple = schema.get("multipleOf")
        if multiple:
            value = _ceil(value / multiple) * multiple
            if high is not None and value > high:
                value -= multiple
            if low is not None and value < low:
                raise _Unsatisfiable("no multiple in range")
        return value

    def gen_string(self, schema: dict, depth: int) -> str:
        min_len = schema.get("minLength", 0)
        max_len = schema.get("maxLength")
        fmt = schema.get("format")
        pattern = schema.get("pattern")
        for candidate in _FORMAT_VALUES.get(fmt, []):
            if _length_ok(candidate, min_len, max_len) and (
                pattern is None or re.search(pattern, candidate)
            ):
                return candidate
        if pattern is not None:
            return regex_example(pattern, self.rng, min_len=min_len, max_len=max_len)
        text = "".join(
            self.rng.choice(string.ascii_lowercase) for _ in range(self.rng.randint(3, 10))
        ) if self.vary else "hfhub"
        if len(text) < min_len:
            text = (text * (min_len // len(text) + 1))[:min_len]
        if max_len is not None:
            text = text[:max_len]
        return text

    def gen_array(self, schema: dict, depth: int) -> list:
        prefix = schema.get("prefixItems", [])
        items = schema.get("items", True)
        low = schema.get("minItems", 0)
        high = schema.get("maxItems")
        count = max(low, len(prefix), 1)
        if high is not None:
            count = min(count, high)
        result: list = []
        for index in range(count):
            sub = prefix[index] if index < len(prefix) else items
            if sub is False:
                break
            value = self.value(sub, depth + 1)
            if schema.get("uniqueItems") and value in result:
                value = self.unique_item(sub, result, depth)
            result.append(value)
        if len(result) < low:
            raise _Unsatisfiable("not enough distinct items")
        return result

    def unique_item(self, sub: Any, taken: list, depth: int) -> Any:
        if isinstance(sub, dict) and "enum" in self.resolve(sub):
            free = [v for v in self.resolve(sub)["enum"] if v not in taken]
            if free:
                return free[0]
        saved = self.attempt, self.vary
        try:
            for extra in range(1, 20):
                self.attempt, self.vary = saved[0] + extra, True
                value = self.value(sub, depth + 1)
                if value not in taken:
                    return value
        finally:
            self.attempt, self.vary = saved
        raise _Unsatisfiable("cannot make distinct items")

    def gen_object(self, schema: dict, depth: int) -> dict:
        properties = schema.get("properties", {})
        required = list(schema.get("required", []))
        names = list(properties) if self.full else [n for n in properties if n in required]
        names += [n for n in required if n not in names]
        result: dict = {}
        for name in names:
            sub = properties.get(name)
            if sub is None:
                sub = _additional_schema(schema, name)
            result[name] = self.value(sub, depth + 1)
        low = schema.get("minProperties", 0)
        extra_schema = schema.get("additionalProperties", True)
        index = 0
        while len(result) < low:
            if extra_schema is False:
                raise _Unsatisfiable("minProperties with additionalProperties false")
            key = self.property_name(schema, index)
            index += 1
            if key not in result:
                result[key] = self.value(extra_schema, depth + 1)
            if index > 50:
                raise _Unsatisfiable("cannot find property names")
        return result

    def property_name(self, schema: dict, index: int) -> str:
        names = schema.get("propertyNames")
        if isinstance(names, dict):
            saved = self.attempt, self.vary
            self.attempt, self.vary = saved[0] + index, saved[1] or index > 0
            try:
                return self.value({"type": "string", **self.resolve(names)}, 1)
            finally:
                self.attempt, self.vary = saved
        return f"key{index}"


def _additional_schema(schema: dict, name: str) -> Any:
    for pattern, sub in schema.get("patternProperties", {}).items():
        if re.search(pattern, name):
            return sub
    extra = schema.get("additionalProperties", True)
    return True if extra is False else extra


def _merge(base: dict, extra: dict) -> dict:
    merged = dict(base)
    for key, value in extra.items():
        if key == "properties" and "properties" in merged:
            merged[key] = {**merged[key], **value}
        elif key == "required" and "required" in merged:
            merged[key] = list(dict.fromkeys([*merged[key], *value]))
        elif key in ("minimum", "minLength", "minItems", "exclusiveMinimum") and key in merged:
            merged[key] = max(merged[key], value)
        elif key in ("maximum", "maxLength", "maxItems", "exclusiveMaximum") and key in merged:
            merged[key] = min(merged[key], value)
        elif key == "type" and "type" in merged:
            left = merged[key] if isinstance(merged[key], list) else [merged[key]]
            right = value if isinstance(value, list) else [value]
            both = [t for t in left if t in right or (t == "integer" and "number" in right)]
            both += [t for t in right if t == "integer" and "number" in left and t not in both]
            if not both:
                raise _Unsatisfiable("types do not intersect")
            merged[key] = both if len(both) > 1 else both[0]
        elif key == "allOf" and "allOf" in merged:
            merged[key] = [*merged[key], *value]
        else:
            merged[key] = value
    return merged


def _is_null_schema(schema: Any) -> bool:
    return isinstance(schema, dict) and (
        schema.get("type") == "null" or ("const" in schema and schema["const"] is None)
    )


def _has_assertions(schema: dict) -> bool:
    annotations = {"description", "title", "$schema", "deprecated", "readOnly", "writeOnly"}
    return any(key not in annotations for key in schema)


def _is_valid(schema: Any, value: Any, root: dict) -> bool:
    return validator_for(schema, root=root or None).is_valid(value)


def _length_ok(text: str, min_len: int, max_len: int | None) -> bool:
    return len(text) >= min_len and (max_len is None or len(text) <= max_len)


def _ceil(value: float) -> int:
    return int(-(-value // 1))


def _floor(value: float) -> int:
    return int(value // 1)


# -- regular expressions -------------------------------------------------------------


@lru_cache(maxsize=512)
def _parsed(pattern: str) -> Any:
    return sre_parse.parse(pattern)


def regex_example(
    pattern: str, rng: random.Random, *, min_len: int = 0, max_len: int | None = None
) -> str:
    """An ASCII string that `pattern` (unanchored, like JSON Schema's) finds and fits the lengths.

    Lookarounds are not generated, only checked: candidates are drawn until one passes.
    """
    compiled = re.compile(pattern)
    tree = _parsed(pattern)
    for attempt in range(200):
        # Unbounded repeats grow with the attempts so that a large minLength is reachable.
        spread = 3 + attempt // 10 + (min_len if attempt >= 100 else 0)
        text = _RegexWriter(rng, spread).write(tree)
        if compiled.search(text) and _length_ok(text, min_len, max_len):
            return text
    raise _Unsatisfiable(f"no string found for pattern {pattern!r}")


class _RegexWriter:
    def __init__(self, rng: random.Random, spread: int) -> None:
        self.rng = rng
        self.spread = spread
        self.groups: dict[int, str] = {}

    def write(self, tree: Any) -> str:
        return "".join(self.node(op, arg) for op, arg in tree)

    def node(self, op: Any, arg: Any) -> str:
        if op is sre_c.LITERAL:
            return chr(arg)
        if op is sre_c.NOT_LITERAL:
            return self.rng.choice([c for c in _SAFE if ord(c) != arg])
        if op is sre_c.ANY:
            return self.rng.choice(_SAFE)
        if op is sre_c.IN:
            return self.char_in(arg)
        if op is sre_c.BRANCH:
            return self.write(self.rng.choice(arg[1]))
        if op is sre_c.SUBPATTERN:
            group, _add, _del, sub = arg
            text = self.write(sub)
            if group is not None:
                self.groups[group] = text
            return text
        if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, getattr(sre_c, "POSSESSIVE_REPEAT", None)):
            low, high, sub = arg
            if high is sre_c.MAXREPEAT:
                high = low + self.spread
            return "".join(self.write(sub) for _ in range(self.rng.randint(low, high)))
        if op is sre_c.GROUPREF:
            return self.groups.get(arg, "")
        if op in (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT):
            return ""
        if op is sre_c.CATEGORY:
            return self.rng.choice(_CATEGORIES[arg])
        raise _Unsatisfiable(f"unsupported regex construct {op}")

    def char_in(self, items: list) -> str:
        negate = bool(items) and items[0][0] is sre_c.NEGATE
        allowed: list[str] = []
        for op, arg in items[1:] if negate else items:
            if op is sre_c.LITERAL:
                allowed.append(chr(arg))
            elif op is sre_c.RANGE:
                low, high = arg
                allowed.extend(chr(c) for c in range(low, min(high, 126) + 1))
            elif op is sre_c.CATEGORY:
                allowed.extend(_CATEGORIES[arg])
        if negate:
            excluded = set(allowed)
            pool = [c for c in _PRINTABLE if c not in excluded]
        else:
            pool = [c for c in dict.fromkeys(allowed) if c.isascii()]
        if not pool:
            raise _Unsatisfiable("empty character class")
        return self.rng.choice(pool)
