"""The order of keys in the documents never changes the diff or its markdown."""

from __future__ import annotations

import json
import random

from .small_specs import STR, document, obj, ok, operation, query
from .snapshots import derived_pair_diff, diff_specs, pair_diff, pinned_name_maps, snapshot
from hfhub.specdiff.markdown import render_markdown


def shuffled(node, rng: random.Random):
    """The same document with the keys of every object in a random order (lists untouched)."""
    if isinstance(node, dict):
        keys = list(node)
        rng.shuffle(keys)
        return {k: shuffled(node[k], rng) for k in keys}
    if isinstance(node, list):
        return [shuffled(x, rng) for x in node]
    return node


def _dump(diff: dict) -> str:
    return json.dumps(diff, ensure_ascii=False)


def test_shuffle_really_reorders_keys():
    doc = snapshot(4)
    copy = shuffled(doc, random.Random(1))
    assert copy == doc and list(copy["paths"]) != list(doc["paths"])


def test_snapshot_pair_diff_ignores_key_order():
    rng = random.Random(3)
    maps = pinned_name_maps()
    expected = pair_diff(3)
    got = diff_specs(shuffled(snapshot(3), rng), shuffled(snapshot(4), rng), old_name_map=maps[3], new_name_map=maps[4])
    assert _dump(got) == _dump(expected)
    assert render_markdown(got, "a", "b") == render_markdown(expected, "a", "b")


def test_derived_names_ignore_key_order():
    # No name map: every name derives from the document, and still not from its key order.
    expected = derived_pair_diff(2)
    rng = random.Random(5)
    got = diff_specs(shuffled(snapshot(2), rng), shuffled(snapshot(3), rng), old_name_map={}, new_name_map={})
    assert _dump(got) == _dump(expected)


def test_small_spec_with_unions_ignores_key_order():
    union = {"anyOf": [obj(["type"], type={"const": "user"}, name=STR), obj(["type"], type={"const": "org"}, plan=STR)]}
    old = document(operation(params=[query("q", STR)], responses={"200": ok(union)}))
    new = document(operation(params=[query("q", STR, True), query("p", STR)], body=obj(["a"], a=STR),
                             responses={"200": ok({"anyOf": [union, {"type": "null"}]}), "404": {"description": "x"}}))
    expected = _dump(diff_specs(old, new, old_name_map={}, new_name_map={}))
    for seed in range(20):
        rng = random.Random(seed)
        assert _dump(diff_specs(shuffled(old, rng), shuffled(new, rng), old_name_map={}, new_name_map={})) == expected
