"""Ordinary use of HubClient, as a user writes it: every result has the type the checker says."""

from __future__ import annotations

from datetime import datetime
from typing_extensions import assert_type  # typing.assert_type from Python 3.11

from hfhub import HubClient, RawResponse
from hfhub.errors import LocalEntryNotFoundError
from hfhub_api import EventStream, Paginator, ServerSentEvent
from hfhub_api._types import Field
from hfhub_api.models import Collection, DatasetInfo, ModelInfo, Redirect, RepoUrl, SpaceInfo, WhoamiResponse


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


def huggingface_hub_habits(hub: HubClient) -> None:
    # create_repo / delete_repo / duplicate_repo as their callers write them.
    assert_type(hub.repos.create(name="x", exist_ok=True), RepoUrl)
    assert_type(hub.repos.create("user/x", private=True, exist_ok=True).url, str)
    assert_type(hub.repos.delete("user/x", missing_ok=True), None)
    assert_type(hub.repos.duplicate("org/model", "me/copy", repo_type="model"), Redirect)
    assert_type(hub.repos.move(from_repo="user/a", to_repo="user/b"), None)
    # get_collection(collection_slug), and the two-segment form.
    assert_type(hub.collections.get("ns/my-collection-64f0"), Collection)
    assert_type(hub.collections.get("ns", "my-collection-64f0"), Collection)
    assert_type(hub.collections.delete_item("ns/my-collection-64f0", "item0bj"), None)  # delete_collection_item(slug, item)
    assert_type(hub.collections.update_item("ns/my-collection-64f0", "item0bj", note="n", position=1), None)
    assert_type(hub.collections.update_item("ns", "my-collection-64f0", "item0bj", position=1), None)

    # The auto-converted parquet files, by subset and split, of one subset, of one split.
    assert_type(hub.datasets.parquet_files("rajpurkar/squad"), dict[str, dict[str, list[str]]])
    assert_type(hub.datasets.parquet_files("rajpurkar/squad", "plain_text"), dict[str, list[str]])
    assert_type(hub.datasets.parquet_files("rajpurkar/squad", subset="plain_text", split="train"), list[str])
    assert_type(hub.with_raw_response.datasets.parquet_files("rajpurkar/squad", "plain_text").parse(), dict[str, list[str]])

    raw = hub.with_raw_response.models.info("openai-community/gpt2")
    assert_type(raw, RawResponse[ModelInfo])
    assert_type(raw.parse().id, str)
    assert_type(hub.with_raw_response.models.list(author="openai-community").parse(), list[ModelInfo])
    assert_type(hub.with_raw_response.users.whoami(), RawResponse[WhoamiResponse])
    assert_type(hub.with_raw_response.repos.create("user/x", exist_ok=True), RawResponse[RepoUrl])
    try:
        pass
    except LocalEntryNotFoundError as missing:
        assert_type(missing.status_code, int | None)


def client_as_context_manager() -> None:
    with HubClient(token=False, max_retries=0) as hub:
        assert_type(hub, HubClient)


def file_methods_with_options(hub: HubClient) -> None:
    from pathlib import Path

    import httpx2

    from hfhub.files import CommitResult, RepoFile, RepoFolder

    assert_type(hub.models.download("org/x", "config.json", timeout=5, etag_timeout=2, extra_headers={"X-A": "1"}), Path)
    assert_type(hub.datasets.snapshot("org/d", timeout=httpx2.Timeout(10), etag_timeout=None), Path)
    assert_type(hub.models.upload_file("org/x", b"data", "a.bin", timeout=None), CommitResult)
    assert_type(hub.models.file_exists("org/x", "a.bin", timeout=3), bool)
    assert_type(hub.models.info("org/x", files_metadata=True), ModelInfo)
    assert_type(hub.spaces.info("org/s", files_metadata=True), SpaceInfo)
    tree = hub.with_raw_response.models.list_tree("org/x", recursive=True, timeout=5)
    assert_type(tree, RawResponse[list[RepoFile | RepoFolder]])
    assert_type(hub.with_raw_response.datasets.file_exists("org/d", "a.csv"), RawResponse[bool])
    assert_type(hub.with_raw_response.spaces.exists("org/s").parse(), bool)
