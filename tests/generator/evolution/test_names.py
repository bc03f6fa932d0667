"""Python names stay put across snapshots, and a rename is a breaking change."""

from __future__ import annotations

import re

import pytest

from .small_specs import document, operation
from .snapshots import PAIRS, derived_pair_diff, diff_specs, operation_names, pinned_name_maps, snapshot
from hfhub.specdiff.markdown import render_markdown

INDICES = [i for i, _ in PAIRS]
IDS = [name for _, name in PAIRS]


@pytest.mark.parametrize("index", INDICES, ids=IDS)
def test_pinned_names_are_stable_and_unique(index):
    """With the map grown the way fetch_spec.py grows it, an operation keeps its name."""
    maps = pinned_name_maps()
    old = operation_names(snapshot(index), maps[index])
    new = operation_names(snapshot(index + 1), maps[index + 1])
    assert {k: old[k] for k in set(old) & set(new)} == {k: new[k] for k in set(old) & set(new)}
    for names in (old, new):
        assert len(set(names.values())) == len(names)
    # New operations get the name derivation gives them when nothing pinned takes it.
    derived = operation_names(snapshot(index + 1), {})
    fresh = set(new) - set(old)
    assert fresh and all(new[k] == derived[k] for k in fresh if derived[k] not in set(old.values()))


@pytest.mark.parametrize("index", INDICES, ids=IDS)
def test_committed_name_map_keeps_names_across_snapshots(index):
    old, new = operation_names(snapshot(index)), operation_names(snapshot(index + 1))
    common = set(old) & set(new)
    assert [k for k in sorted(common) if old[k] != new[k]] == []


@pytest.mark.parametrize("index", INDICES, ids=IDS)
def test_derived_names_change_only_through_suffix_collisions(index):
    """Without a map, a kept operation is renamed only when a new one takes its name first
    (``kernels.get`` becomes ``kernels.get_2`` from 06-25 to 08-01): names.json pins that."""
    old, new = operation_names(snapshot(index), {}), operation_names(snapshot(index + 1), {})
    owner = {name: key for key, name in new.items()}
    for key in sorted(set(old) & set(new)):
        if old[key] == new[key]:
            continue
        base = re.sub(r"_\d+$", "", old[key])
        assert re.fullmatch(re.escape(base) + r"(_\d+)?", new[key]), (key, old[key], new[key])
        assert owner[old[key]] not in old, f"{old[key]} went to {owner[old[key]]}, which is not new"


def test_the_history_renames_one_operation_when_unpinned():
    found = [(e["operation"], c["detail"], c["breaking"]) for e in derived_pair_diff(2)["changed"]
             for c in e["changes"] if c["kind"] == "python_name_changed"]
    assert found == [("GET /api/kernels/{namespace}/{repo}", "kernels.get → kernels.get_2", True)]


def test_a_changed_name_map_is_a_breaking_rename():
    spec = snapshot(3)
    names = operation_names(spec, {})
    key = "GET /api/whoami-v2"
    renamed = {**names, key: "users.whoami_v3"}
    diff = diff_specs(spec, spec, old_name_map=names, new_name_map=renamed)
    assert diff["added"] == [] and diff["removed"] == []
    assert diff["changed"] == [{
        "operation": key,
        "python_name": "users.whoami_v3",
        "breaking": True,
        "changes": [{"kind": "python_name_changed", "where": "python_name",
                     "detail": f"{names[key]} → users.whoami_v3", "breaking": True}],
    }]
    markdown = render_markdown(diff, "a", "b")
    breaking = markdown.split("### Breaking")[1].split("### Added")[0]
    assert f"`{key}` (`users.whoami_v3`)" in breaking and "python name changed" in breaking


def test_a_new_path_is_a_removal_and_an_addition_not_a_rename():
    old = document(operation(), path="/api/things/{id}")
    new = document(operation(), path="/api/thing/{id}")
    diff = diff_specs(old, new, old_name_map={}, new_name_map={})
    assert [e["operation"] for e in diff["removed"]] == ["POST /api/things/{id}"]
    assert [e["operation"] for e in diff["added"]] == ["POST /api/thing/{id}"]
    assert diff["changed"] == []
