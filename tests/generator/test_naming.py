"""Operation names: stable, human, pinned by spec/names.json."""

from __future__ import annotations

import json

from hfgen.naming import NAMES_FILE, derive_method_name, load_name_map, operation_names, resource_of, snake
from hfgen.normalise import ALIASES, iter_operations, normalise
from hfgen.operations import published_names


def test_snake_makes_identifiers():
    assert snake("targetCommit") == "target_commit"
    assert snake("not") == "not_"
    assert snake("model-index") == "model_index"
    assert snake("3d") == "n_3d"


def test_resources_follow_the_path():
    assert resource_of("get", "/api/models/{namespace}/{repo}/refs", ["models"]) == "models"
    assert resource_of("get", "/{namespace}/{repo}/resolve/{rev}/{path}", ["models"]) == "models"
    assert resource_of("get", "/api/{repoType}/{namespace}/{repo}/discussions", ["discussions"]) == "discussions"
    assert resource_of("get", "/api/whoami-v2", ["auth"]) == "users"


def test_derived_method_names_read_like_verbs():
    assert derive_method_name("get", "/api/models/{namespace}/{repo}/refs", "models") == "list_refs"
    assert derive_method_name("delete", "/api/models/{namespace}/{repo}/branch/{rev}", "models") == "delete_branch"
    assert derive_method_name("post", "/api/jobs/{namespace}/{jobId}/cancel", "jobs") == "cancel"


def test_pinned_map_covers_the_pinned_spec_and_names_are_unique(pinned_spec):
    names = operation_names(pinned_spec)
    pinned = load_name_map()
    assert set(names) <= set(pinned), "run scripts/fetch_spec.py to pin new operations"
    # Keys sending the same request ({slug} and {slug}-{id} of collections) share their operation's name.
    normalised = normalise(pinned_spec)
    aliases = {f"{method.upper()} {alias}" for method, _, op in iter_operations(normalised) for alias in op.get(ALIASES, [])}
    assert len(aliases) == 8
    assert names == {key: name for key, name in published_names(normalised).items() if key in names}
    own = [name for key, name in names.items() if key not in aliases]
    assert len(set(own)) == len(own)
    assert names["GET /api/collections/{namespace}/{slug}-{id}"] == names["GET /api/collections/{namespace}/{slug}"]
    assert names["GET /api/models/{namespace}/{repo}/refs"] == "models.list_refs"
    assert names["POST /api/repos/create"] == "repos.create"
    assert names["GET /api/whoami-v2"] == "users.whoami"
    assert names["DELETE /api/collections/{namespace}/{slug}/items/{slug}"] == "collections.delete_item"


def test_the_name_map_names_every_operation_as_the_generated_client_does():
    from hfhub_api import OPERATIONS

    pinned = load_name_map()
    assert {key: pinned.get(key) for key in OPERATIONS} == OPERATIONS


def test_names_ignore_summaries_and_key_order(pinned_spec):
    reworded = json.loads(json.dumps(pinned_spec))
    for item in reworded["paths"].values():
        for op in item.values():
            if isinstance(op, dict):
                op["summary"] = "something else entirely"
    reordered = {"paths": dict(reversed(list(reworded["paths"].items())))}
    assert operation_names(reordered, {}) == operation_names(pinned_spec, {})


def test_unknown_operations_get_unique_derived_names():
    spec = {"paths": {"/api/things": {"get": {}, "post": {}}, "/api/things/{id}": {"get": {}}}}
    names = operation_names(spec, {"GET /api/things": "things.list"})
    assert names["GET /api/things"] == "things.list"
    assert len(set(names.values())) == 3


def test_names_file_is_sorted_json():
    text = NAMES_FILE.read_text()
    data = json.loads(text)
    assert list(data) == sorted(data)
