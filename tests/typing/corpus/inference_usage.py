"""Ordinary use of InferenceClient and AsyncInferenceClient: results and stream chunks are typed."""

from __future__ import annotations

from typing import Any

from typing_extensions import assert_type  # typing.assert_type from Python 3.11

from hfhub import AsyncInferenceClient, InferenceClient
from hfhub.inference import (
    ChatCompletionOutput,
    ChatCompletionStreamOutput,
    InferenceStream,
    TextClassificationOutputElement,
    TextGenerationOutput,
)

MESSAGES: list[dict[str, Any]] = [{"role": "user", "content": "Hello"}]


def inference_calls(client: InferenceClient) -> None:
    answer = client.chat_completion(MESSAGES, model="meta-llama/Llama-3.1-8B-Instruct", max_tokens=20)
    assert_type(answer, ChatCompletionOutput)

    stream = client.chat_completion(MESSAGES, stream=True)
    assert_type(stream, InferenceStream[ChatCompletionStreamOutput])
    for chunk in stream:
        assert_type(chunk, ChatCompletionStreamOutput)

    assert_type(client.text_generation("Once upon a time"), str)
    assert_type(client.text_generation("Once upon a time", details=True), TextGenerationOutput)
    for token in client.text_generation("Once upon a time", stream=True, max_new_tokens=5):
        assert_type(token, str)

    labels = client.text_classification("I like you")
    assert_type(labels, list[TextClassificationOutputElement])
    assert_type(labels[0].score, float)


async def async_inference_calls(client: AsyncInferenceClient) -> None:
    answer = await client.chat_completion(MESSAGES, max_tokens=20)
    assert_type(answer, ChatCompletionOutput)
    labels = await client.text_classification("I like you")
    assert_type(labels, list[TextClassificationOutputElement])
