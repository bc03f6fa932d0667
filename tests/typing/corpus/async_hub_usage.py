"""Ordinary use of AsyncHubClient: awaited results and ``async for`` over listings and streams."""

from __future__ import annotations

from typing_extensions import assert_type  # typing.assert_type from Python 3.11

from hfhub import AsyncHubClient, RawResponse
from hfhub_api import AsyncEventStream, AsyncPaginator, ServerSentEvent
from hfhub_api.models import DatasetInfo, ModelInfo, RepoUrl


async def hub_calls(hub: AsyncHubClient) -> None:
    me = await hub.users.whoami()
    assert_type(me.name, str)

    info = await hub.models.info("openai-community/gpt2")
    assert_type(info, ModelInfo)
    assert_type(info.id, str)

    listing = hub.models.list(author="openai-community")
    assert_type(listing, AsyncPaginator[ModelInfo])
    async for model in listing:
        assert_type(model, ModelInfo)

    logs = await hub.spaces.stream_logs("gradio/hello", "run")
    assert_type(logs, AsyncEventStream)
    async for event in logs:
        assert_type(event, ServerSentEvent)


async def huggingface_hub_habits(hub: AsyncHubClient) -> None:
    assert_type(await hub.repos.create("user/x", exist_ok=True), RepoUrl)
    await hub.repos.delete("user/x", missing_ok=True)
    raw = await hub.with_raw_response.models.info("openai-community/gpt2")
    assert_type(raw, RawResponse[ModelInfo])
    page = await hub.with_raw_response.models.list()
    assert_type(page.parse(), list[ModelInfo])
    assert_type(await hub.datasets.parquet_files("rajpurkar/squad"), dict[str, dict[str, list[str]]])
    assert_type(await hub.datasets.parquet_files("rajpurkar/squad", "plain_text", "train"), list[str])
    shards = await hub.with_raw_response.datasets.parquet_files("rajpurkar/squad", "plain_text", "train")
    assert_type(shards.parse(), list[str])


async def client_as_context_manager() -> None:
    async with AsyncHubClient(token=False) as hub:
        assert_type(hub, AsyncHubClient)


async def file_methods_with_options(hub: AsyncHubClient) -> None:
    from pathlib import Path

    from hfhub.files import CommitResult, RepoFile, RepoFolder

    assert_type(await hub.models.download("org/x", "config.json", timeout=5, etag_timeout=2), Path)
    assert_type(await hub.models.upload_file("org/x", b"data", "a.bin", extra_headers={"X-A": "1"}, timeout=30), CommitResult)
    assert_type(await hub.datasets.info("org/d", files_metadata=True), DatasetInfo)
    tree = await hub.with_raw_response.models.list_tree("org/x")
    assert_type(tree.parse(), list[RepoFile | RepoFolder])
    assert_type(await hub.with_raw_response.models.file_exists("org/x", "a.bin"), RawResponse[bool])
