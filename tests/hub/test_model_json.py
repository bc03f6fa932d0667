"""Models as JSON: ``to_json()`` gives a string, ``to_dict()`` a copy the caller may change freely."""

from __future__ import annotations

import datetime as dt
import json

from local_server import Reply

from hfhub import HubClient
from hfhub_api.models import ModelInfo

INFO = {
    "id": "acme/x",
    "createdAt": "2024-05-01T10:20:30.000Z",
    "siblings": [{"rfilename": "config.json", "lfs": {"size": 3}}],
    "cardData": {"license": "apache-2.0", "tags": ["a"]},
    "brandNewField": {"nested": [1, {"deep": True}]},
    "title": "caf\u00e9",
}


def test_to_json_round_trips_what_the_server_sent_unknown_fields_included(serve):
    server = serve(lambda ex: Reply(200, INFO))
    with HubClient(endpoint=server.url, token=False) as hub:
        info = hub.models.info("acme/x")
    text = info.to_json()
    assert isinstance(text, str)
    assert json.loads(text) == INFO
    assert "caf\u00e9" in text
    assert json.loads(info.to_json(indent=2)) == INFO and "\n  " in info.to_json(indent=2)


def test_to_dict_is_a_deep_copy():
    info = ModelInfo.from_dict(json.loads(json.dumps(INFO)))
    copy = info.to_dict()
    assert copy == INFO
    copy["id"] = "changed"
    copy["siblings"][0]["rfilename"] = "changed"
    copy["brandNewField"]["nested"][1]["deep"] = False
    assert info.id == "acme/x"
    assert info.siblings[0].rfilename == "config.json"
    assert info.extra_fields["brandNewField"] == {"nested": [1, {"deep": True}]}
    assert info.to_dict() == INFO


def test_a_model_built_in_python_serialises_its_dates_as_iso_text():
    from hfhub_api.models import Commit

    when = dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)
    commit = Commit(id="c1", title="t", message="m", authors=[], date=when)
    assert json.loads(commit.to_json()) == {"id": "c1", "title": "t", "message": "m", "authors": [], "date": "2024-01-02T03:04:05+00:00"}
