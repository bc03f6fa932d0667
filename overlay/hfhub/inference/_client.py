"""``InferenceClient``: every inference task as a method, sent synchronously.

The task methods are the task builders (``_tasks``) made methods by
:func:`~hfhub._methods.sync_method`; this module adds only the sending:
:meth:`InferenceClient._drive` runs a plan of ``_core`` with ``httpx2.Client``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Sequence, TypeVar, overload

import httpx2

from hfhub_api._steps import Steps, run_sync

from ._plan import OpenedStream
from ._core import _InferenceCore
from .._methods import sync_method
from ._tasks import audio, chat, media, text, vision
from ._tasks.chat import ChatCompletionOptions, ChatNamespace, TextGenerationOptions

if TYPE_CHECKING:
    from .._hub_client import HubClient
    from typing_extensions import Self, Unpack  # typing's from Python 3.11

    from ._streaming import InferenceStream
    from ._types import ModelStatus
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
        token: a Hugging Face token; ``None`` reads ``HF_TOKEN`` or the token file (unless
            ``HF_HUB_DISABLE_IMPLICIT_TOKEN`` is set); ``False`` sends none. A token found so
            goes only to Hugging Face's hosts over HTTPS (the router, the Hub, Inference
            Endpoints), never to a Space or plain http; one passed here (or ``True``, or an
            ``Authorization`` header) also goes to ``base_url`` or a URL model.
        timeout: seconds a call may take in all (default 120): connecting, sending, reading
            the answer, retries and their waits, waits for a loading model and for queued
            jobs. A stream must start within it; then it may run longer, but never waits
            longer than the time that was left for its next chunk. An ``httpx2.Timeout`` sets each request's timeouts, the call's
            deadline being its largest value. ``None``: no limit at all.
        headers, cookies: sent with every inference request (cookies to Hugging Face's origins and the
            server named by a URL model or ``base_url``, with or without a token).
        provider: who serves Hub models: ``None`` or ``"auto"`` (chosen from the Hub's provider
            mapping; chat goes through the router's OpenAI-compatible endpoint), or a
            provider's name (``"hf-inference"``, ``"together"``, ``"fal-ai"``...).
        bill_to: the organization billed for the calls (sent as ``X-HF-Bill-To``).
        api_key: another name of ``token``, as in OpenAI's client. A provider's own key (not
            ``hf_...``) with ``provider=`` calls that provider at its own API root; Hub lookups
            then read ``HF_TOKEN`` or the token file, never that key.
        base_url: the root of a server of your own: TGI, TEI, or an OpenAI-compatible
            server such as vLLM or llama.cpp (a root ending in ``/v1``). No Hub lookup.
        http_client: your own ``httpx2.Client``, used as is and never closed by this one.
        endpoint: the Hub (default ``HF_ENDPOINT``, else https://huggingface.co).
        router_url: the inference router (default https://router.huggingface.co).
        api_inference_url: send ``hf-inference`` calls to this host with the legacy
            ``api-inference`` URL scheme (``/models/<id>``, ``/pipeline/<task>/<id>``);
            default ``HF_INFERENCE_ENDPOINT``, else the router.
        revision: the model revision the Hub lookups (provider mapping, status) read.
        max_retries: retries (or a ``RetryPolicy``) of a request that did not run: after a
            429, a 503 "loading" or with ``Retry-After``, or a connection that failed
            before sending. Lookups on the Hub and polls are also retried after 5xx and
            broken connections.
        resend_posts: also send an inference request again after a 500, 502, 503 or 504, or
            a connection broken after it was sent. Off by default: the model may already
            have run (and been billed). A job submitted to a queue is never sent twice.
        max_concurrency: requests in flight at once (default 100, the size of the
            connection pool); more wait their turn within their own ``timeout``.
        outputs: ``"huggingface_hub"`` (default): images as ``PIL.Image.Image``, audio and
            video as ``bytes``, embeddings as numpy arrays, as huggingface_hub returns them
            (Pillow and numpy: ``pip install 'hfhub[inference]'``); ``"typed"``: the task
            schemas' classes (``TextToImageOutput``...), no extra needed. Every other result
            is a typed class that also reads like a dict (``out["generated_text"]``).
    """

    _http_client_type = httpx2.Client
    _http_client: httpx2.Client | None

    audio_classification = sync_method(audio.audio_classification)
    audio_to_audio = sync_method(audio.audio_to_audio)
    automatic_speech_recognition = sync_method(audio.automatic_speech_recognition)
    text_to_speech = sync_method(audio.text_to_speech)
    text_to_audio = sync_method(audio.text_to_audio)
    text_classification = sync_method(text.text_classification)
    token_classification = sync_method(text.token_classification)
    fill_mask = sync_method(text.fill_mask)
    question_answering = sync_method(text.question_answering)
    summarization = sync_method(text.summarization)
    translation = sync_method(text.translation)
    zero_shot_classification = sync_method(text.zero_shot_classification)
    sentence_similarity = sync_method(text.sentence_similarity)
    feature_extraction = sync_method(text.feature_extraction)
    table_question_answering = sync_method(text.table_question_answering)
    tabular_classification = sync_method(text.tabular_classification)
    tabular_regression = sync_method(text.tabular_regression)
    image_classification = sync_method(vision.image_classification)
    image_segmentation = sync_method(vision.image_segmentation)
    object_detection = sync_method(vision.object_detection)
    zero_shot_image_classification = sync_method(vision.zero_shot_image_classification)
    zero_shot_object_detection = sync_method(vision.zero_shot_object_detection)
    image_to_text = sync_method(vision.image_to_text)
    depth_estimation = sync_method(vision.depth_estimation)
    visual_question_answering = sync_method(vision.visual_question_answering)
    document_question_answering = sync_method(vision.document_question_answering)
    video_classification = sync_method(vision.video_classification)
    text_to_image = sync_method(media.text_to_image)
    image_to_image = sync_method(media.image_to_image)
    text_to_video = sync_method(media.text_to_video)
    image_to_video = sync_method(media.image_to_video)
    image_text_to_image = sync_method(media.image_text_to_image)
    image_text_to_video = sync_method(media.image_text_to_video)
    conversational = sync_method(chat.conversational)

    @overload
    def text_generation(
        self, prompt: str, *, details: Literal[False] | None = None, stream: Literal[False] | None = None, model: str | None = None,
        **options: Unpack[TextGenerationOptions],
    ) -> str: ...
    @overload
    def text_generation(
        self, prompt: str, *, details: Literal[True], stream: Literal[False] | None = None, model: str | None = None,
        **options: Unpack[TextGenerationOptions],
    ) -> TextGenerationOutput: ...
    @overload
    def text_generation(
        self, prompt: str, *, details: Literal[False] | None = None, stream: Literal[True], model: str | None = None,
        **options: Unpack[TextGenerationOptions],
    ) -> InferenceStream[str]: ...
    @overload
    def text_generation(
        self, prompt: str, *, details: Literal[True], stream: Literal[True], model: str | None = None,
        **options: Unpack[TextGenerationOptions],
    ) -> InferenceStream[TextGenerationStreamOutput]: ...
    def text_generation(
        self, prompt: str, *, details: bool | None = None, stream: bool | None = None, model: str | None = None,
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
        """Whether a Hub model is served now, and by which providers (from the Hub API; from the legacy
        ``/status`` route of ``api_inference_url`` when one is set, which also gives ``compute_type``
        and the state ``TooBig``).

        Args:
            model: a Hub model id; default: the client's model.
        """
        from ._hub import model_status

        return self._drive(model_status(self._host, self._hub_model(model), self._deadline()))

    def get_endpoint_info(self, *, model: str | None = None) -> dict[str, Any]:
        """What a TGI or TEI server says about itself (its ``/info``): model, dtype, limits, version.

        Args:
            model: the server's URL, or a Hub model id served by ``hf-inference``; default: the client's.
        """
        from ._server import endpoint_info

        return self._drive(endpoint_info(self._host, model))

    def health_check(self, model: str | None = None) -> bool:
        """Whether a TGI or TEI server (an Inference Endpoint...) is ready: its ``/health`` answers 200.

        Args:
            model: the server's URL; default: the client's model or ``base_url``.
        """
        from ._server import health

        return self._drive(health(self._host, model))

    @property
    def hub(self) -> HubClient:
        """The Hub client of this one's lookups, on its connections, token and endpoint (closed with this client)."""
        hub: HubClient = self._hub()
        return hub

    @property
    def chat(self) -> ChatNamespace:
        """``client.chat.completions.create(...)``, OpenAI's spelling of :meth:`chat_completion`."""
        return ChatNamespace(self)

    def get_recommended_model(self, task: str) -> str:
        """The model the Hub recommends for ``task`` (e.g. ``"text-classification"``)."""
        from ._hub import recommended_model

        return self._drive(recommended_model(self._host, task, self._deadline()))

    def list_deployed_models(
        self, frameworks: str | Sequence[str] | None = None, *, provider: str | None = None
    ) -> dict[str, list[str]]:
        """The models a provider serves, by task: ``{task: [model ids]}``.

        Args:
            frameworks: keep models of these frameworks only: libraries (``"transformers"``...) or
                ``"text-generation-inference"`` (``"all"`` or ``None``: every one).
            provider: the provider (``"all"``: any); default: the client's, or any when ``"auto"``.
        """
        from ._hub import deployed_models

        return self._drive(deployed_models(self._host, frameworks, self._listing_provider(provider), self._deadline()))

    def close(self) -> None:
        """Close the connections, unless the HTTP client was given (then its owner closes it)."""
        with self._http_lock:
            if self._owns_http and self._http_client is not None:
                self._http_client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- sending --------------------------------------------------------------------------
    def _run(self, call: TaskCall[Any]) -> Any:
        result = self._drive(self._plan(call, self._deadline()))
        if isinstance(result, OpenedStream):
            from ._streaming import InferenceStream

            return InferenceStream[Any](result.response, result.decoder, self._secrets)
        return result

    def _drive(self, plan: Steps[T]) -> T:
        return run_sync(self, plan)
