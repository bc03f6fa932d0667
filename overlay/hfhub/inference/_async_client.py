"""``AsyncInferenceClient``: every inference task as a coroutine method.

The methods come from the same task builders as ``InferenceClient``'s, through
:class:`~._methods.AsyncTask`; this module adds only the sending:
:meth:`AsyncInferenceClient._drive` runs a plan of ``_core`` with ``httpx.AsyncClient``.
The overloads below repeat the sync ones for type checkers only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generator, Literal, Self, Sequence, TypeVar, Unpack, cast, overload

import httpx

from ._core import HubCall, OpenedStream, Send, Sleep, _InferenceCore
from ._hub import deployed_models, model_status, recommended_model
from ._methods import AsyncTask
from ._streaming import AsyncInferenceStream
from ._tasks import audio, chat, media, text, vision
from ._tasks.chat import ChatCompletionOptions, TextGenerationOptions
from ._types import ModelStatus

if TYPE_CHECKING:
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

    Takes the arguments of ``InferenceClient``, with an ``httpx.AsyncClient`` as ``http_client``.
    """

    _http_client_type = httpx.AsyncClient
    _http_client: httpx.AsyncClient | None

    audio_classification = AsyncTask(audio.audio_classification)
    audio_to_audio = AsyncTask(audio.audio_to_audio)
    automatic_speech_recognition = AsyncTask(audio.automatic_speech_recognition)
    text_to_speech = AsyncTask(audio.text_to_speech)
    text_to_audio = AsyncTask(audio.text_to_audio)
    text_classification = AsyncTask(text.text_classification)
    token_classification = AsyncTask(text.token_classification)
    fill_mask = AsyncTask(text.fill_mask)
    question_answering = AsyncTask(text.question_answering)
    summarization = AsyncTask(text.summarization)
    translation = AsyncTask(text.translation)
    zero_shot_classification = AsyncTask(text.zero_shot_classification)
    sentence_similarity = AsyncTask(text.sentence_similarity)
    feature_extraction = AsyncTask(text.feature_extraction)
    table_question_answering = AsyncTask(text.table_question_answering)
    tabular_classification = AsyncTask(text.tabular_classification)
    tabular_regression = AsyncTask(text.tabular_regression)
    image_classification = AsyncTask(vision.image_classification)
    image_segmentation = AsyncTask(vision.image_segmentation)
    object_detection = AsyncTask(vision.object_detection)
    zero_shot_image_classification = AsyncTask(vision.zero_shot_image_classification)
    zero_shot_object_detection = AsyncTask(vision.zero_shot_object_detection)
    image_to_text = AsyncTask(vision.image_to_text)
    depth_estimation = AsyncTask(vision.depth_estimation)
    visual_question_answering = AsyncTask(vision.visual_question_answering)
    document_question_answering = AsyncTask(vision.document_question_answering)
    video_classification = AsyncTask(vision.video_classification)
    text_to_image = AsyncTask(media.text_to_image)
    image_to_image = AsyncTask(media.image_to_image)
    text_to_video = AsyncTask(media.text_to_video)
    image_to_video = AsyncTask(media.image_to_video)
    image_text_to_image = AsyncTask(media.image_text_to_image)
    image_text_to_video = AsyncTask(media.image_text_to_video)
    conversational = AsyncTask(chat.conversational)

    @overload
    async def text_generation(
        self, prompt: str, *, details: Literal[False] = False, stream: Literal[False] = False, model: str | None = None,
        **options: Unpack[TextGenerationOptions],
    ) -> str: ...
    @overload
    async def text_generation(
        self, prompt: str, *, details: Literal[True], stream: Literal[False] = False, model: str | None = None,
        **options: Unpack[TextGenerationOptions],
    ) -> TextGenerationOutput: ...
    @overload
    async def text_generation(
        self, prompt: str, *, details: Literal[False] = False, stream: Literal[True], model: str | None = None,
        **options: Unpack[TextGenerationOptions],
    ) -> AsyncInferenceStream[str]: ...
    @overload
    async def text_generation(
        self, prompt: str, *, details: Literal[True], stream: Literal[True], model: str | None = None,
        **options: Unpack[TextGenerationOptions],
    ) -> AsyncInferenceStream[TextGenerationStreamOutput]: ...
    async def text_generation(
        self, prompt: str, *, details: bool = False, stream: bool = False, model: str | None = None,
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
        """Whether a Hub model is served now, and by which providers (from the Hub API).

        Args:
            model: a Hub model id; default: the client's model.
        """
        return await self._drive(model_status(self, self._hub_model(model)))

    async def get_recommended_model(self, task: str) -> str:
        """The model the Hub recommends for ``task`` (e.g. ``"text-classification"``)."""
        return await self._drive(recommended_model(self, task))

    async def list_deployed_models(
        self, frameworks: str | Sequence[str] | None = None, *, provider: str | None = None
    ) -> dict[str, list[str]]:
        """The models a provider serves, by task: ``{task: [model ids]}``.

        Args:
            frameworks: keep models of these libraries only (``"all"`` or ``None``: every one).
            provider: the provider (``"all"``: any); default: the client's, or any when ``"auto"``.
        """
        return await self._drive(deployed_models(self, frameworks, self._listing_provider(provider)))

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
        result = await self._drive(self._plan(call))
        if isinstance(result, OpenedStream):
            return AsyncInferenceStream[Any](result.response, result.decoder)
        return result

    async def _drive(self, plan: Generator[Any, Any, T]) -> T:
        outcome: Any = None
        try:
            while True:
                try:
                    step = plan.send(outcome)
                except StopIteration as done:
                    return cast(T, done.value)
                if isinstance(step, Send):
                    outcome = await self._send(step)
                elif isinstance(step, Sleep):
                    await self._retry.async_sleep(step.seconds)
                    outcome = None
                else:
                    outcome = await self._hub_call(step)
        finally:
            plan.close()

    async def _send(self, step: Send) -> httpx.Response | Exception:
        try:
            response: httpx.Response = await self._http.send(step.request, stream=step.stream, follow_redirects=True)
        except httpx.TransportError as exc:
            return exc
        if step.stream and response.status_code >= 400:
            try:
                await response.aread()
            except httpx.TransportError:
                pass  # the status alone still makes the error
            finally:
                await response.aclose()
        return response

    async def _hub_call(self, step: HubCall) -> Any:
        hub = self._hub()
        if step.paginate:
            return [item async for item in hub._paginate(step.request)]
        return await hub._send(step.request)
