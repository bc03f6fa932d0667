"""``AsyncInferenceClient``: every inference task as a coroutine method.

The task methods are the same task builders as ``InferenceClient``'s, made coroutine
methods by :func:`~hfhub._methods.async_method`; this module adds only the sending:
:meth:`AsyncInferenceClient._drive` runs a plan of ``_core`` with ``httpx2.AsyncClient``.
The overloads below repeat the sync ones for type checkers only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Sequence, TypeVar, overload

import httpx2

from hfhub_api._steps import Steps, run_async

from ._plan import OpenedStream
from ._core import _InferenceCore
from .._methods import async_method
from ._tasks import audio, chat, media, text, vision
from ._tasks.chat import ChatCompletionOptions, ChatNamespace, TextGenerationOptions

if TYPE_CHECKING:
    from .._hub_client import AsyncHubClient
    from typing_extensions import Self, Unpack  # typing's from Python 3.11

    import anyio

    from ._streaming import AsyncInferenceStream
    from ._types import ModelStatus
    from hfhub_api.inference import ChatCompletionOutput, ChatCompletionStreamOutput, TextGenerationOutput, TextGenerationStreamOutput

    from ._call import TaskCall


__all__ = ["AsyncInferenceClient"]

T = TypeVar("T")


class AsyncInferenceClient(_InferenceCore):
    """:class:`~hfhub.InferenceClient` with ``async``/``await``: the same tasks, arguments and results.

    ::

        async with AsyncInferenceClient("meta-llama/Llama-3.1-8B-Instruct") as client:
            async for chunk in await client.chat_completion(messages, stream=True):
                ...

    Takes the arguments of ``InferenceClient``, with an ``httpx2.AsyncClient`` as ``http_client``.
    ``max_concurrency`` (default 100) bounds the requests in flight across all the tasks
    using this client, so thousands of calls gathered at once all complete: each waits its
    turn within its own ``timeout`` (default 120 s). Cancelling a call or closing a stream
    returns its connection.
    """

    _http_client_type = httpx2.AsyncClient
    _http_client: httpx2.AsyncClient | None

    audio_classification = async_method(audio.audio_classification)
    audio_to_audio = async_method(audio.audio_to_audio)
    automatic_speech_recognition = async_method(audio.automatic_speech_recognition)
    text_to_speech = async_method(audio.text_to_speech)
    text_to_audio = async_method(audio.text_to_audio)
    text_classification = async_method(text.text_classification)
    token_classification = async_method(text.token_classification)
    fill_mask = async_method(text.fill_mask)
    question_answering = async_method(text.question_answering)
    summarization = async_method(text.summarization)
    translation = async_method(text.translation)
    zero_shot_classification = async_method(text.zero_shot_classification)
    sentence_similarity = async_method(text.sentence_similarity)
    feature_extraction = async_method(text.feature_extraction)
    table_question_answering = async_method(text.table_question_answering)
    tabular_classification = async_method(text.tabular_classification)
    tabular_regression = async_method(text.tabular_regression)
    image_classification = async_method(vision.image_classification)
    image_segmentation = async_method(vision.image_segmentation)
    object_detection = async_method(vision.object_detection)
    zero_shot_image_classification = async_method(vision.zero_shot_image_classification)
    zero_shot_object_detection = async_method(vision.zero_shot_object_detection)
    image_to_text = async_method(vision.image_to_text)
    depth_estimation = async_method(vision.depth_estimation)
    visual_question_answering = async_method(vision.visual_question_answering)
    document_question_answering = async_method(vision.document_question_answering)
    video_classification = async_method(vision.video_classification)
    text_to_image = async_method(media.text_to_image)
    image_to_image = async_method(media.image_to_image)
    text_to_video = async_method(media.text_to_video)
    image_to_video = async_method(media.image_to_video)
    image_text_to_image = async_method(media.image_text_to_image)
    image_text_to_video = async_method(media.image_text_to_video)
    conversational = async_method(chat.conversational)

    @overload
    async def text_generation(
        self, prompt: str, *, details: Literal[False] | None = None, stream: Literal[False] | None = None, model: str | None = None,
        **options: Unpack[TextGenerationOptions],
    ) -> str: ...
    @overload
    async def text_generation(
        self, prompt: str, *, details: Literal[True], stream: Literal[False] | None = None, model: str | None = None,
        **options: Unpack[TextGenerationOptions],
    ) -> TextGenerationOutput: ...
    @overload
    async def text_generation(
        self, prompt: str, *, details: Literal[False] | None = None, stream: Literal[True], model: str | None = None,
        **options: Unpack[TextGenerationOptions],
    ) -> AsyncInferenceStream[str]: ...
    @overload
    async def text_generation(
        self, prompt: str, *, details: Literal[True], stream: Literal[True], model: str | None = None,
        **options: Unpack[TextGenerationOptions],
    ) -> AsyncInferenceStream[TextGenerationStreamOutput]: ...
    async def text_generation(
        self, prompt: str, *, details: bool | None = None, stream: bool | None = None, model: str | None = None,
        **options: Unpack[TextGenerationOptions],
    ) -> Any:
        return await self._run(chat.text_generation(prompt, details=details, stream=stream, model=model, **options))

    text_generation.__doc__ = chat.text_generation.__doc__

    @overload
    async def chat_completion(
        self, messages: list[dict[str, Any]], *, model: str | None = None, stream: Literal[False] = False,
        **options: Unpack[ChatCompletionOptions],
    ) -> ChatCompletionOutput: ...
    @overload
    async def chat_completion(
        self, messages: list[dict[str, Any]], *, model: str | None = None, stream: Literal[True],
        **options: Unpack[ChatCompletionOptions],
    ) -> AsyncInferenceStream[ChatCompletionStreamOutput]: ...
    async def chat_completion(
        self, messages: list[dict[str, Any]], *, model: str | None = None, stream: bool = False,
        **options: Unpack[ChatCompletionOptions],
    ) -> Any:
        return await self._run(chat.chat_completion(messages, model=model, stream=stream, **options))

    chat_completion.__doc__ = chat.chat_completion.__doc__

    @overload
    async def post(
        self, *, json: Any = None, data: Any = None, model: str | None = None, task: str | None = None,
        stream: Literal[False] = False,
    ) -> bytes: ...
    @overload
    async def post(
        self, *, json: Any = None, data: Any = None, model: str | None = None, task: str | None = None,
        stream: Literal[True],
    ) -> AsyncInferenceStream[bytes]: ...
    async def post(
        self, *, json: Any = None, data: Any = None, model: str | None = None, task: str | None = None, stream: bool = False
    ) -> Any:
        return await self._run(chat.post(json=json, data=data, model=model, task=task, stream=stream))

    post.__doc__ = chat.post.__doc__

    async def get_model_status(self, model: str | None = None) -> ModelStatus:
        """Whether a Hub model is served now, and by which providers (from the Hub API; from the legacy
        ``/status`` route of ``api_inference_url`` when one is set, which also gives ``compute_type``
        and the state ``TooBig``).

        Args:
            model: a Hub model id; default: the client's model.
        """
        from ._hub import model_status

        return await self._drive(model_status(self._host, self._hub_model(model), self._deadline()))

    async def get_endpoint_info(self, *, model: str | None = None) -> dict[str, Any]:
        """What a TGI or TEI server says about itself (its ``/info``): model, dtype, limits, version.

        Args:
            model: the server's URL, or a Hub model id served by ``hf-inference``; default: the client's.
        """
        from ._server import endpoint_info

        return await self._drive(endpoint_info(self._host, model))

    async def health_check(self, model: str | None = None) -> bool:
        """Whether a TGI or TEI server (an Inference Endpoint...) is ready: its ``/health`` answers 200.

        Args:
            model: the server's URL; default: the client's model or ``base_url``.
        """
        from ._server import health

        return await self._drive(health(self._host, model))

    @property
    def hub(self) -> AsyncHubClient:
        """The Hub client of this one's lookups, on its connections, token and endpoint (closed with this client)."""
        hub: AsyncHubClient = self._hub()
        return hub

    @property
    def chat(self) -> ChatNamespace:
        """``client.chat.completions.create(...)``, OpenAI's spelling of :meth:`chat_completion`."""
        return ChatNamespace(self)

    async def get_recommended_model(self, task: str) -> str:
        """The model the Hub recommends for ``task`` (e.g. ``"text-classification"``)."""
        from ._hub import recommended_model

        return await self._drive(recommended_model(self._host, task, self._deadline()))

    async def list_deployed_models(
        self, frameworks: str | Sequence[str] | None = None, *, provider: str | None = None
    ) -> dict[str, list[str]]:
        """The models a provider serves, by task: ``{task: [model ids]}``.

        Args:
            frameworks: keep models of these frameworks only: libraries (``"transformers"``...) or
                ``"text-generation-inference"`` (``"all"`` or ``None``: every one).
            provider: the provider (``"all"``: any); default: the client's, or any when ``"auto"``.
        """
        from ._hub import deployed_models

        return await self._drive(deployed_models(self._host, frameworks, self._listing_provider(provider), self._deadline()))

    async def close(self) -> None:
        """Close the connections, unless the HTTP client was given (then its owner closes it)."""
        if self._owns_http and self._http_client is not None:
            await self._http_client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # -- sending --------------------------------------------------------------------------
    async def _run(self, call: TaskCall[Any]) -> Any:
        result = await self._drive(self._plan(call, self._deadline()))
        if isinstance(result, OpenedStream):
            from ._streaming import AsyncInferenceStream

            return AsyncInferenceStream[Any](result.response, result.decoder, self._secrets)
        return result

    async def _drive(self, plan: Steps[T]) -> T:
        return await run_async(self, plan)

    @property
    def _slots(self) -> anyio.Semaphore:
        """The ``max_concurrency`` slots the runtime's driver holds each request to (made on first use)."""
        slots: anyio.Semaphore | None = self._limiter
        if slots is None:
            import anyio  # a dependency of httpx2, imported when first needed

            slots = self._limiter = anyio.Semaphore(self.max_concurrency)
        return slots
