"""``InferenceClient``: every inference task as a method, sent synchronously.

The methods come from the task builders (``_tasks``) through :class:`~._methods.SyncTask`;
this module adds only the sending: :meth:`InferenceClient._drive` runs a plan of
``_core`` with ``httpx.Client``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generator, Literal, Self, Sequence, TypeVar, Unpack, cast, overload

import httpx

from ._core import HubCall, OpenedStream, Send, Sleep, _InferenceCore
from ._hub import deployed_models, model_status, recommended_model
from ._methods import SyncTask
from ._streaming import InferenceStream
from ._tasks import audio, chat, media, text, vision
from ._tasks.chat import ChatCompletionOptions, TextGenerationOptions
from ._types import ModelStatus

if TYPE_CHECKING:
    from hfhub_api.inference import ChatCompletionOutput, ChatCompletionStreamOutput, TextGenerationOutput, TextGenerationStreamOutput

    from ._call import TaskCall


__all__ = ["InferenceClient"]

T = TypeVar("T")


class InferenceClient(_InferenceCore):
    """Inference on Hugging Face's providers, Inference Endpoints or your own server.

    ::

        with InferenceClient("distilbert/distilbert-base-uncased-finetuned-sst-2-english") as client:
            client.text_classification("I like you")

    Args:
        model: the default model of every call: a Hub id, or a URL (an Inference Endpoint,
            a TGI or TEI server) to which calls are posted as they are.
        provider: who serves Hub models: ``"auto"`` (default: chosen from the Hub's provider
            mapping; chat goes through the router's OpenAI-compatible endpoint),
            ``"hf-inference"``, ``"fal-ai"``, ``"replicate"``, ``"sambanova"``, ``"together"``.
        token: a Hugging Face token; ``None`` reads ``HF_TOKEN`` or the token file;
            ``False`` sends none. It goes only to Hugging Face's hosts (the router, the Hub,
            Inference Endpoints), and to ``base_url`` or a URL model only when passed here.
        timeout: seconds a call may take in all, waits for a loading model and queued jobs
            included; ``None``: no limit.
        headers, cookies: sent with every inference request (cookies only where the token goes).
        base_url: the root of a server of your own: TGI, TEI, or an OpenAI-compatible
            server such as vLLM or llama.cpp (a root ending in ``/v1``). No Hub lookup.
        http_client: your own ``httpx.Client``, used as is and never closed by this one.
        endpoint: the Hub (default ``HF_ENDPOINT``, else https://huggingface.co).
        router_url: the inference router (default https://router.huggingface.co).
        api_inference_url: send ``hf-inference`` calls to this host with the legacy
            ``api-inference`` URL scheme (``/models/<id>``, ``/pipeline/<task>/<id>``);
            default ``HF_INFERENCE_ENDPOINT``, else the router.
        revision: the model revision the Hub lookups (provider mapping, status) read.
        max_retries: retries after 429, 5xx and connection failures (or a ``RetryPolicy``).
    """

    _http_client_type = httpx.Client
    _http_client: httpx.Client | None

    audio_classification = SyncTask(audio.audio_classification)
    audio_to_audio = SyncTask(audio.audio_to_audio)
    automatic_speech_recognition = SyncTask(audio.automatic_speech_recognition)
    text_to_speech = SyncTask(audio.text_to_speech)
    text_to_audio = SyncTask(audio.text_to_audio)
    text_classification = SyncTask(text.text_classification)
    token_classification = SyncTask(text.token_classification)
    fill_mask = SyncTask(text.fill_mask)
    question_answering = SyncTask(text.question_answering)
    summarization = SyncTask(text.summarization)
    translation = SyncTask(text.translation)
    zero_shot_classification = SyncTask(text.zero_shot_classification)
    sentence_similarity = SyncTask(text.sentence_similarity)
    feature_extraction = SyncTask(text.feature_extraction)
    table_question_answering = SyncTask(text.table_question_answering)
    tabular_classification = SyncTask(text.tabular_classification)
    tabular_regression = SyncTask(text.tabular_regression)
    image_classification = SyncTask(vision.image_classification)
    image_segmentation = SyncTask(vision.image_segmentation)
    object_detection = SyncTask(vision.object_detection)
    zero_shot_image_classification = SyncTask(vision.zero_shot_image_classification)
    zero_shot_object_detection = SyncTask(vision.zero_shot_object_detection)
    image_to_text = SyncTask(vision.image_to_text)
    depth_estimation = SyncTask(vision.depth_estimation)
    visual_question_answering = SyncTask(vision.visual_question_answering)
    document_question_answering = SyncTask(vision.document_question_answering)
    video_classification = SyncTask(vision.video_classification)
    text_to_image = SyncTask(media.text_to_image)
    image_to_image = SyncTask(media.image_to_image)
    text_to_video = SyncTask(media.text_to_video)
    image_to_video = SyncTask(media.image_to_video)
    image_text_to_image = SyncTask(media.image_text_to_image)
    image_text_to_video = SyncTask(media.image_text_to_video)
    conversational = SyncTask(chat.conversational)

    @overload
    def text_generation(
        self, prompt: str, *, details: Literal[False] = False, stream: Literal[False] = False, model: str | None = None,
        **options: Unpack[TextGenerationOptions],
    ) -> str: ...
    @overload
    def text_generation(
        self, prompt: str, *, details: Literal[True], stream: Literal[False] = False, model: str | None = None,
        **options: Unpack[TextGenerationOptions],
    ) -> TextGenerationOutput: ...
    @overload
    def text_generation(
        self, prompt: str, *, details: Literal[False] = False, stream: Literal[True], model: str | None = None,
        **options: Unpack[TextGenerationOptions],
    ) -> InferenceStream[str]: ...
    @overload
    def text_generation(
        self, prompt: str, *, details: Literal[True], stream: Literal[True], model: str | None = None,
        **options: Unpack[TextGenerationOptions],
    ) -> InferenceStream[TextGenerationStreamOutput]: ...
    def text_generation(
        self, prompt: str, *, details: bool = False, stream: bool = False, model: str | None = None,
        **options: Unpack[TextGenerationOptions],
    ) -> Any:
        return self._run(chat.text_generation(prompt, details=details, stream=stream, model=model, **options))

    text_generation.__doc__ = chat.text_generation.__doc__

    @overload
    def chat_completion(
        self, messages: list[dict[str, Any]], *, model: str | None = None, stream: Literal[False] = False,
        **options: Unpack[ChatCompletionOptions],
    ) -> ChatCompletionOutput: ...
    @overload
    def chat_completion(
        self, messages: list[dict[str, Any]], *, model: str | None = None, stream: Literal[True],
        **options: Unpack[ChatCompletionOptions],
    ) -> InferenceStream[ChatCompletionStreamOutput]: ...
    def chat_completion(
        self, messages: list[dict[str, Any]], *, model: str | None = None, stream: bool = False,
        **options: Unpack[ChatCompletionOptions],
    ) -> Any:
        return self._run(chat.chat_completion(messages, model=model, stream=stream, **options))

    chat_completion.__doc__ = chat.chat_completion.__doc__

    @overload
    def post(
        self, *, json: Any = None, data: Any = None, model: str | None = None, task: str | None = None,
        stream: Literal[False] = False,
    ) -> bytes: ...
    @overload
    def post(
        self, *, json: Any = None, data: Any = None, model: str | None = None, task: str | None = None,
        stream: Literal[True],
    ) -> InferenceStream[bytes]: ...
    def post(
        self, *, json: Any = None, data: Any = None, model: str | None = None, task: str | None = None, stream: bool = False
    ) -> Any:
        return self._run(chat.post(json=json, data=data, model=model, task=task, stream=stream))

    post.__doc__ = chat.post.__doc__

    def get_model_status(self, model: str | None = None) -> ModelStatus:
        """Whether a Hub model is served now, and by which providers (from the Hub API).

        Args:
            model: a Hub model id; default: the client's model.
        """
        return self._drive(model_status(self, self._hub_model(model)))

    def get_recommended_model(self, task: str) -> str:
        """The model the Hub recommends for ``task`` (e.g. ``"text-classification"``)."""
        return self._drive(recommended_model(self, task))

    def list_deployed_models(
        self, frameworks: str | Sequence[str] | None = None, *, provider: str | None = None
    ) -> dict[str, list[str]]:
        """The models a provider serves, by task: ``{task: [model ids]}``.

        Args:
            frameworks: keep models of these libraries only (``"all"`` or ``None``: every one).
            provider: the provider (``"all"``: any); default: the client's, or any when ``"auto"``.
        """
        return self._drive(deployed_models(self, frameworks, self._listing_provider(provider)))

    def close(self) -> None:
        """Close the connections, unless the HTTP client was given (then its owner closes it)."""
        if self._owns_http and self._http_client is not None:
            self._http_client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- sending --------------------------------------------------------------------------
    def _run(self, call: TaskCall[Any]) -> Any:
        result = self._drive(self._plan(call))
        if isinstance(result, OpenedStream):
            return InferenceStream[Any](result.response, result.decoder)
        return result

    def _drive(self, plan: Generator[Any, Any, T]) -> T:
        outcome: Any = None
        try:
            while True:
                try:
                    step = plan.send(outcome)
                except StopIteration as done:
                    return cast(T, done.value)
                if isinstance(step, Send):
                    outcome = self._send(step)
                elif isinstance(step, Sleep):
                    self._retry.sleep(step.seconds)
                    outcome = None
                else:
                    outcome = self._hub_call(step)
        finally:
            plan.close()

    def _send(self, step: Send) -> httpx.Response | Exception:
        try:
            response: httpx.Response = self._http.send(step.request, stream=step.stream, follow_redirects=True)
        except httpx.TransportError as exc:
            return exc
        if step.stream and response.status_code >= 400:
            try:
                response.read()
            except httpx.TransportError:
                pass  # the status alone still makes the error
            finally:
                response.close()
        return response

    def _hub_call(self, step: HubCall) -> Any:
        hub = self._hub()
        if step.paginate:
            return list(hub._paginate(step.request))
        return hub._send(step.request)
