"""Request building (sans-I/O): path safety, parameters, bodies — nothing is sent."""

from __future__ import annotations

import pytest

import hfhub_api
from hfhub_api import UNSET


class Capture(hfhub_api.Client):
    """A client whose sending step hands back the request it was given."""

    def _send(self, request):
        return request

    _paginate = _stream = _send


@pytest.fixture
def hub():
    return Capture(base_url="http://127.0.0.1:9")


def test_repo_id_becomes_two_segments_and_revision_defaults_to_main(hub):
    req = hub.models.list_refs("org/name", include_prs=True)
    assert (req.method, req.path, req.params) == ("GET", "/api/models/org/name/refs", {"include_prs": "true"})
    assert hub.models.list_commits("org/name").path == "/api/models/org/name/commits/main"
    assert hub.models.list_commits("org/name", revision="refs/pr/1").path == "/api/models/org/name/commits/refs%2Fpr%2F1"


@pytest.mark.parametrize("legacy", ["gpt2", "bert-base-uncased", "t5-small"])
def test_one_part_legacy_ids_are_accepted_for_models_and_datasets_only(hub, legacy):
    assert hub.models.list_refs(legacy).path == f"/api/models/{legacy}/refs"
    assert hub.datasets.list_refs("squad").path == "/api/datasets/squad/refs"
    assert hub.discussions.list(legacy, repo_type="dataset").path == f"/api/datasets/{legacy}/discussions"
    assert hub.models.resolve(legacy, "config.json").path == f"/{legacy}/resolve/main/config.json"
    with pytest.raises(ValueError, match="invalid repo_id"):
        hub.spaces.list_refs(legacy)
    with pytest.raises(ValueError, match="invalid repo_id"):
        hub.discussions.list(legacy, repo_type="space")


@pytest.mark.parametrize("bad", ["a/b/c", "../x", "-x", "x.", "a--b", "org/..", "org/a--b", "org/a..b", "/name", "org/", "org/-x",
                                 "org/x.git", "org/" + "x" * 97, "org/na me", "org/na?me", "org/na#me"])
def test_invalid_repo_ids_are_refused(hub, bad):
    with pytest.raises(ValueError, match="invalid repo_id"):
        hub.models.list_refs(bad)


def test_repo_id_must_be_a_string(hub):
    with pytest.raises(TypeError):
        hub.models.list_refs(None)


@pytest.mark.parametrize("value, encoded", [("../../etc", "..%2F..%2Fetc"), ("a?b=c", "a%3Fb%3Dc"), ("a#b", "a%23b"), ("é/x", "%C3%A9%2Fx")])
def test_path_parameters_cannot_change_the_path(hub, value, encoded):
    assert hub.users.get_overview(value).path == f"/api/users/{encoded}/overview"


@pytest.mark.parametrize("bad", ["", ".", ".."])
def test_empty_and_dot_segments_are_refused(hub, bad):
    with pytest.raises(ValueError):
        hub.users.get_overview(bad)


def test_file_paths_keep_their_slashes_but_refuse_traversal(hub):
    req = hub.models.list_tree("org/name", "dir/sub dir/file?.txt")
    assert req.path == "/api/models/org/name/tree/main/dir/sub%20dir/file%3F.txt"
    for bad in ["a/../b", "a//b", "a/./b"]:
        with pytest.raises(ValueError):
            hub.models.list_tree("org/name", bad)


def test_the_tree_of_the_repository_root_is_listable(hub):
    assert hub.models.list_tree("org/name").path == "/api/models/org/name/tree/main"
    assert hub.datasets.list_tree("org/name", "", revision="v1").path == "/api/datasets/org/name/tree/v1"
    assert hub.spaces.list_tree("org/name", "/").path == "/api/spaces/org/name/tree/main"
    assert hub.models.list_tree("org/name", "/sub/").path == "/api/models/org/name/tree/main/sub"
    assert hub.buckets.list_tree("org/name").path == "/api/buckets/org/name/tree"


def test_repo_type_accepts_plural_and_singular_and_refuses_others(hub):
    assert hub.discussions.list("org/name").path == "/api/models/org/name/discussions"
    assert hub.discussions.list("org/name", repo_type="dataset").path == "/api/datasets/org/name/discussions"
    assert hub.discussions.list("org/name", repo_type="spaces").path == "/api/spaces/org/name/discussions"
    with pytest.raises(ValueError, match="invalid repo_type"):
        hub.discussions.list("org/name", repo_type="notebooks")
    assert hub.repos.duplicate("org/space", repository="me/copy").path == "/api/spaces/org/space/duplicate"


def test_json_body_fields_use_wire_names_and_keep_explicit_none(hub):
    req = hub.repos.create(name="my-model", type="model", private=None)
    assert req.method == "POST" and req.path == "/api/repos/create"
    body = req.send_kwargs()["json"]
    assert body["name"] == "my-model" and body["private"] is None
    assert "organization" not in body


def test_unset_query_parameters_are_not_sent(hub):
    req = hub.models.list(search="bert", limit=10, full=False)
    assert req.params == {"search": "bert", "limit": 10, "full": "false"}
    assert req.paginated
    assert hub.models.list().params is None


def test_operations_without_a_declared_body_still_accept_one(hub):
    req = hub.models.commit("org/name", body={"summary": "x"})
    assert req.send_kwargs()["json"] == {"summary": "x"}
    assert "json" not in hub.models.commit("org/name").send_kwargs()


def test_binary_and_event_stream_operations_are_marked(hub):
    assert hub.models.resolve("org/name", "config.json").kind == "binary"
    assert hub.spaces.stream_logs("org/space", "build").kind == "sse"
    assert hub.jobs.stream_logs("me", "job-1").kind == "sse"


def test_unset_is_a_falsy_singleton():
    assert not UNSET and repr(UNSET) == "UNSET"
    assert type(UNSET)() is UNSET


def test_a_collection_is_named_by_its_slug_as_in_its_url(hub):
    slug = "my-models-6579ade1234567890abcdef0"
    assert hub.collections.get("acme", slug).path == f"/api/collections/acme/{slug}"
    assert hub.collections.delete_item("acme", slug, "item-1").path == f"/api/collections/acme/{slug}/items/item-1"
    assert hub.collections.update_item("acme", slug, "item-1", note="n").path == f"/api/collections/acme/{slug}/items/item-1"
    assert hub.collections.list().paginated


def test_body_fields_keep_their_names_and_path_parameters_make_way(hub):
    req = hub.resource_groups.create("acme", name="rg")
    assert req.path == "/api/organizations/acme/resource-groups" and req.send_kwargs()["json"] == {"name": "rg"}
    tag = hub.models.create_tag("org/name", revision="abc", tag="v1")
    assert tag.path == "/api/models/org/name/tag/abc" and tag.send_kwargs()["json"] == {"tag": "v1"}
    search = hub.search.quicksearch_post(q="body", query_q="query")
    assert search.params == {"q": "query"} and search.send_kwargs()["json"] == {"q": "body"}


def test_info_takes_the_flags_huggingface_hub_sends(hub):
    req = hub.datasets.info("squad", full=True, blobs=True)
    assert (req.path, req.params) == ("/api/datasets/squad", {"blobs": "true", "full": "true"})
    assert hub.models.info("gpt2", security_status=True).params == {"securityStatus": "true"}


def test_operations_answering_no_content_read_as_none(hub):
    assert hub.scim.delete_group("acme", "g1").kind == "empty"  # 204 in the spec
    assert hub.models.create_branch("org/name", "dev").kind == "empty"  # no answer declared
