"""Forward-compatible parsing and strict construction of generated models."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

from hfhub_api.models import ListRefsResponse, ModelInfo, WhoamiResponse


def test_unknown_fields_enum_values_and_missing_required_fields_parse():
    data = {
        "type": "a-kind-added-tomorrow",
        "name": "julien",
        "orgs": [{"name": "hf", "roleInOrg": "superuser", "brandNewField": [1, 2]}],
        "auth": {"type": "oauth", "accessToken": {"role": "fineGrained", "newKey": True}},
        "somethingNew": {"nested": 1},
    }
    user = WhoamiResponse.from_dict(data)
    assert user.type == "a-kind-added-tomorrow"
    assert user.orgs[0].role_in_org == "superuser"
    assert user.orgs[0].extra_fields == {"brandNewField": [1, 2]}
    assert user.extra_fields == {"somethingNew": {"nested": 1}}
    assert user.fullname is None  # "required" by the spec, absent here
    assert user.to_dict() == data  # nothing is dropped
    assert user.to_dict() is not data  # a copy: the caller cannot change the model through it


def test_nested_models_lists_maps_and_dates_convert_on_read():
    info = ModelInfo.from_dict({
        "id": "org/name",
        "_id": "abc",
        "createdAt": "2024-05-01T10:20:30.000Z",
        "siblings": [{"rfilename": "config.json", "lfs": {"size": 3}}],
        "inferenceProviderMapping": {"together": {"status": "live", "providerId": "x/y", "task": "conversational"}},
    })
    assert info.id == "org/name" and info.id_ == "abc"
    assert info.created_at == dt.datetime(2024, 5, 1, 10, 20, 30, tzinfo=dt.timezone.utc)
    assert info.siblings[0].rfilename == "config.json" and info.siblings[0].lfs.size == 3
    mapping = info.inference_provider_mapping["together"]
    assert (mapping.status, mapping.provider_id, mapping.task) == ("live", "x/y", "conversational")
    listed = ModelInfo.from_dict({"id": "a/b", "inferenceProviderMapping": [{"provider": "together", "status": "staging", "providerId": "p", "task": "t"}]})
    assert listed.inference_provider_mapping[0].provider == "together"


def test_values_of_an_unexpected_shape_are_returned_as_they_came():
    info = ModelInfo.from_dict({"id": "a/b", "createdAt": "not a date", "siblings": {"oops": 1}, "safetensors": [1]})
    assert info.created_at == "not a date"
    assert info.siblings == {"oops": 1}
    assert info.safetensors == [1]


def test_construction_is_strict_and_serialises_to_the_wire_names():
    refs = ListRefsResponse(tags=[], branches=[], converts=[])
    assert refs.to_dict() == {"tags": [], "branches": [], "converts": []}
    with pytest.raises(TypeError, match="missing required keyword arguments: converts"):
        ListRefsResponse(tags=[], branches=[])
    with pytest.raises(TypeError, match="unexpected keyword argument 'colour'"):
        ListRefsResponse(tags=[], branches=[], converts=[], colour="red")
    info = ModelInfo(id="a/b", created_at=dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc), pipeline_tag=None)
    assert info.to_dict() == {"id": "a/b", "createdAt": "2024-01-01T00:00:00+00:00", "pipeline_tag": None}


def test_setting_a_field_writes_the_json_key_and_equality_repr_pickle():
    info = ModelInfo.from_dict({"id": "a/b"})
    info.pipeline_tag = "text-generation"
    assert info.to_dict()["pipeline_tag"] == "text-generation"
    assert info == ModelInfo.from_dict({"id": "a/b", "pipeline_tag": "text-generation"})
    assert "pipeline_tag='text-generation'" in repr(info)
    assert pickle.loads(pickle.dumps(info)) == info
    with pytest.raises(TypeError):
        hash(info)


def test_from_dict_refuses_non_objects():
    with pytest.raises(TypeError, match="takes a dict"):
        ModelInfo.from_dict(["not", "a", "dict"])


def _refs() -> ListRefsResponse:
    tag = {"name": "main", "ref": "refs/heads/main", "targetCommit": "abc"}
    return ListRefsResponse.from_dict({"tags": [], "branches": [tag], "converts": []})


def test_a_list_field_is_converted_once_and_changes_to_it_are_kept():
    refs = _refs()
    assert refs.branches is refs.branches  # kept on the instance: read twice, converted once
    assert refs["branches"] is refs.branches
    refs.branches[0].name = "dev"  # a model in it writes through to the JSON at once
    refs.branches.append(refs.branches[0])
    refs.tags.append(refs.branches[0])
    assert refs.to_dict()["branches"] == [{"name": "dev", "ref": "refs/heads/main", "targetCommit": "abc"}] * 2
    assert len(refs.to_dict()["tags"]) == 1
    assert "tags" in refs and list(refs.keys()) == ["tags", "branches", "converts"]
    copy = pickle.loads(pickle.dumps(refs))
    assert copy == refs and copy.to_dict() == refs.to_dict()
    assert refs != _refs()


def test_writing_a_list_field_replaces_it_and_reaches_the_json():
    refs = _refs()
    refs.branches = []
    assert refs.branches == [] and refs.to_dict()["branches"] == []
    refs.pull_requests = None
    assert refs.to_dict()["pullRequests"] is None
    assert '"pullRequests": null' in refs.to_json()


def test_unchanged_kept_values_leave_the_json_as_it_came():
    info = ModelInfo.from_dict({"id": "a/b", "siblings": [{"rfilename": "x", "new": 1}], "tags": ["t"]})
    original = info._data["siblings"]
    assert info.siblings[0].rfilename == "x" and info.tags == ["t"]
    assert info.to_dict() == {"id": "a/b", "siblings": [{"rfilename": "x", "new": 1}], "tags": ["t"]}
    assert info._data["siblings"] is original


def test_a_name_that_is_no_field_is_refused_when_the_json_is_read():
    refs = _refs()
    with pytest.raises(AttributeError):
        refs.brnaches = []  # type: ignore[attr-defined]  # a typo: no field has this name
        refs.to_dict()
