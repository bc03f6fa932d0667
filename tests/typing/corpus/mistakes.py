"""Mistakes a checker must report: each line marked ``# E: <mypy code> <pyright rule>``."""

from __future__ import annotations

from typing import Any

from hfhub import AsyncHubClient, AsyncInferenceClient, HubClient, InferenceClient
from hfhub_api.models import ModelInfo

MESSAGES: list[dict[str, Any]] = [{"role": "user", "content": "Hello"}]


def hub_mistakes(hub: HubClient) -> None:
    hub.models.list(authr="openai-community")  # E: call-arg reportCallIssue
    hub.users.whoamii()  # E: attr-defined reportAttributeAccessIssue
    hub.models.info(42)  # E: arg-type reportArgumentType
    hub.models.list(limit="10")  # E: arg-type reportArgumentType
    info = hub.models.info("openai-community/gpt2")
    downloads: str = info.downloads  # E: assignment reportAssignmentType
    info.downloads = "many"  # E: assignment reportAttributeAccessIssue
    info.downlods  # E: attr-defined reportAttributeAccessIssue
    for model in hub.models.list():
        model.id + 1  # E: operator reportOperatorIssue
    ModelInfo(id="org/name", downlods=3)  # E: call-arg reportCallIssue
    ModelInfo(id=3)  # E: arg-type reportArgumentType
    HubClient(tokn="hf_x")  # E: call-arg reportCallIssue
    hub.repos.create("user/x", exist_okk=True)  # E: call-arg reportCallIssue
    hub.repos.create("user/x", exist_ok=True).urll  # E: attr-defined reportAttributeAccessIssue
    hub.with_raw_response.models.infoo("org/x")  # E: attr-defined reportAttributeAccessIssue
    hub.with_raw_response.modelz  # E: attr-defined reportAttributeAccessIssue
    hub.with_raw_response.models.info("org/x").parse().downlods  # E: attr-defined reportAttributeAccessIssue
    hub.collections.get(42)  # E: arg-type reportArgumentType
    hub.with_raw_response.models.download("org/x", "a.bin")  # E: attr-defined reportAttributeAccessIssue
    hub.with_raw_response.datasets.upload_file("org/d", b"x", "a.bin")  # E: attr-defined reportAttributeAccessIssue
    hub.models.download("org/x", "a.bin", timeout="5")  # E: arg-type reportArgumentType
    hub.models.info("org/x", files_metadata="yes")  # E: arg-type reportArgumentType
    hub.datasets.parquet_files("rajpurkar/squad", split="train")  # E: call-overload reportArgumentType
    hub.datasets.parquet_files("rajpurkar/squad", "plain_text").upper()  # E: attr-defined reportAttributeAccessIssue


async def async_mistakes(hub: AsyncHubClient) -> None:
    info = hub.models.info("openai-community/gpt2")
    info.id  # E: attr-defined reportAttributeAccessIssue
    for model in hub.models.list():  # E: attr-defined reportGeneralTypeIssues
        pass
    AsyncHubClient(max_concurency=4)  # E: call-arg reportCallIssue
    await hub.with_raw_response.models.snapshot("org/x")  # E: attr-defined reportAttributeAccessIssue


def inference_mistakes(client: InferenceClient) -> None:
    client.chat_completion(MESSAGES, max_tokenz=5)  # E: call-overload reportCallIssue
    client.text_generation("Hi", stream=True).upper()  # E: attr-defined reportAttributeAccessIssue
    for chunk in client.chat_completion(MESSAGES, stream=True):
        chunk.choices[0].delta.contentt  # E: attr-defined reportAttributeAccessIssue
    client.text_classification(["a", "b"])  # E: arg-type reportArgumentType
    client.text_to_image("a cat", negativ_prompt="blurry")  # E: call-arg reportCallIssue
    client.summarization("long text").summary_txt  # E: attr-defined reportAttributeAccessIssue
    client.text_generation("Hi", details=True).upper()  # E: attr-defined reportAttributeAccessIssue
    client.text_to_image("a cat").sizee  # E: attr-defined reportAttributeAccessIssue
    pixels: int = client.text_to_image("a cat")  # E: assignment reportAssignmentType
    client.text_to_speech("Hello").save("hello.wav")  # E: attr-defined reportAttributeAccessIssue


async def async_inference_mistakes(client: AsyncInferenceClient) -> None:
    await client.text_to_image("a cat", widht=512)  # E: call-arg reportCallIssue
    (await client.text_to_image("a cat")).sizee  # E: attr-defined reportAttributeAccessIssue
