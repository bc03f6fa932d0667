"""Ordinary use of InferenceClient and AsyncInferenceClient: results and stream chunks are typed."""

from __future__ import annotations

from typing import Any, cast

from PIL.Image import Image
from typing_extensions import assert_type  # typing.assert_type from Python 3.11

from hfhub import AsyncInferenceClient, InferenceApi, InferenceClient
from hfhub.inference import (
    AutomaticSpeechRecognitionOutputChunk,
    ChatCompletionOutput,
    ChatCompletionStreamOutput,
    FinishReason,
    InferenceStream,
    ModelStatus,
    SummarizationResult,
    TextClassificationOutputElement,
    TextGenerationOutput,
    TextGenerationResponse,
    TextToImageOutput,
    Token,
    TranslationResult,
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

    # details and stream given as False, as huggingface_hub's callers may.
    assert_type(client.text_generation("Once upon a time", details=False, stream=False), str)
    response: TextGenerationResponse = client.text_generation("Once upon a time", details=True)
    if response.details is not None and response.details.finish_reason == FinishReason.Length:
        first: Token = response.details.tokens[0]
        assert_type(first.text, str)

    # The older reference's text results: str, with the fields of huggingface_hub's objects.
    summary = client.summarization("The Eiffel tower...", parameters={"max_length": 30})
    assert_type(summary, SummarizationResult)
    assert_type(summary.summary_text, str)
    assert_type(summary.upper(), str)
    translated: str = client.translation("Hello", model="Helsinki-NLP/opus-mt-en-fr")
    assert_type(client.translation("Hello"), TranslationResult)
    speech = client.automatic_speech_recognition(b"RIFF....", return_timestamps=True)
    assert_type(speech.text, str)
    assert_type(speech.chunks, list[AutomaticSpeechRecognitionOutputChunk] | None)
    caption: str | None = client.image_to_text(b"...").generated_text
    print(translated, caption)

    image = client.text_to_image("a cat", negative_prompt="blurry", width=512, height=512, extra_body={"scheduler": "euler"})
    assert_type(image, Image)  # a PIL image, as huggingface_hub returns it
    assert_type(image.size, tuple[int, int])
    image.save("cat.png")
    assert_type(client.image_to_image(b"...", prompt="a tiger"), Image)
    assert_type(client.text_to_video("a cat running"), bytes)
    assert_type(client.text_to_speech("Hello"), bytes)
    # outputs="typed" answers the task's class: checkers see the default form, so say which.
    typed = cast(TextToImageOutput, InferenceClient(outputs="typed").text_to_image("a cat"))
    print(typed.image)
    client.image_to_image(b"...", prompt="a tiger", strength=0.8)  # **kwargs, as in huggingface_hub
    status = client.get_model_status("bigcode/starcoder")
    assert_type(status, ModelStatus)
    assert_type(status.state, str)
    deployed = client.list_deployed_models("text-generation-inference")
    assert_type(deployed, dict[str, list[str]])
    reply = client.conversational("Hi, who are you?", parameters={"max_length": 50})
    assert_type(reply.generated_text, str)


def legacy_inference_api() -> None:
    api = InferenceApi("bert-base-uncased", task="fill-mask")
    api(inputs="The goal of life is [MASK].", params={"top_k": 2})
    api(data=b"...", raw_response=True)


async def async_inference_calls(client: AsyncInferenceClient) -> None:
    answer = await client.chat_completion(MESSAGES, max_tokens=20)
    assert_type(answer, ChatCompletionOutput)
    labels = await client.text_classification("I like you")
    assert_type(labels, list[TextClassificationOutputElement])
    summary = await client.summarization("The Eiffel tower...")
    assert_type(summary.summary_text, str)
    assert_type(await client.text_to_image("a cat"), Image)
    assert_type(await client.image_text_to_image(b"...", prompt="a tiger"), Image)
    assert_type(await client.image_to_video(b"...", prompt="a tiger running"), bytes)
