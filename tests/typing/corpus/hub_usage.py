"""Ordinary use of HubClient, as a user writes it: every result has the type the checker says."""

from __future__ import annotations

from datetime import datetime
from typing_extensions import assert_type  # typing.assert_type from Python 3.11

from hfhub import HubClient
from hfhub_api import EventStream, Paginator, ServerSentEvent
from hfhub_api._types import Field
from hfhub_api.models import DatasetInfo, ModelInfo, SpaceInfo


def hub_calls(hub: HubClient) -> None:
    me = hub.users.whoami()
    assert_type(me.name, str)
    assert_type(me.fullname, str)

    info = hub.models.info("openai-community/gpt2")
    assert_type(info, ModelInfo)
    assert_type(info.id, str)
    assert_type(info.downloads, int | None)
    assert_type(info.created_at, datetime | None)
    assert_type(ModelInfo.id, Field[str])

    assert_type(hub.datasets.info("rajpurkar/squad"), DatasetInfo)
    assert_type(hub.spaces.info("gradio/hello"), SpaceInfo)

    listing = hub.models.list(author="openai-community", limit=10)
    assert_type(listing, Paginator[ModelInfo])
    for model in listing:
        assert_type(model, ModelInfo)
        assert_type(model.likes, int | None)
    for page in listing.pages():
        assert_type(page, list[ModelInfo])

    refs = hub.models.list_refs("openai-community/gpt2")
    for branch in refs.branches:
        assert_type(branch.name, str)

    logs = hub.spaces.stream_logs("gradio/hello", "build")
    assert_type(logs, EventStream)
    for event in logs:
        assert_type(event, ServerSentEvent)
        assert_type(event.data, str)

    built = ModelInfo(id="org/name", downloads=3)
    assert_type(built.downloads, int | None)
    built.downloads = 4


def client_as_context_manager() -> None:
    with HubClient(token=False, max_retries=0) as hub:
        assert_type(hub, HubClient)
