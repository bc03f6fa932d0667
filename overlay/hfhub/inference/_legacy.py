"""``InferenceApi``: the legacy client of the older reference, kept so that its scripts run unchanged.

``InferenceApi(repo_id, task=None, token=None, gpu=False)`` reads the model's task from the
Hub (or takes ``task``); calling it posts ``{"inputs", "parameters", "options"}`` (or raw
``data``) to the model on ``hf-inference``, by the same routes as ``InferenceClient``, and
returns the decoded JSON, a PIL image, or with ``raw_response=True`` the ``httpx2.Response``.
"""

from __future__ import annotations

import logging
from typing import Any, Generator

from ._call import TaskCall
from ._client import InferenceClient
from ._plan import Deadline, Exchange, Host
from ._hub import _model_info_request, hub_lookup
from ._outputs import _open_image
from ._providers.hf_inference import HFInference

__all__ = ["InferenceApi"]

logger = logging.getLogger("hfhub.inference")

# The tasks the older reference lets ``task=`` force instead of the model's own.
LEGACY_TASKS = frozenset({
    "text-classification", "token-classification", "table-question-answering", "question-answering",
    "zero-shot-classification", "translation", "summarization", "conversational", "feature-extraction",
    "text-generation", "text2text-generation", "fill-mask", "sentence-similarity",
    "text-to-speech", "automatic-speech-recognition", "audio-to-audio", "audio-classification", "voice-activity-detection",
    "image-classification", "object-detection", "image-segmentation", "text-to-image", "image-to-image",
    "tabular-classification", "tabular-regression",
})


class InferenceApi:
    """The legacy way to call a model of the Hub on ``hf-inference``; prefer :class:`InferenceClient`.

    ::

        inference = InferenceApi("bert-base-uncased")
        inference(inputs="The goal of life is [MASK].")
        inference = InferenceApi("typeform/distilbert-base-uncased-mnli")
        inference("I would like to get reimbursed!", {"candidate_labels": ["refund", "legal", "faq"]})

    Args:
        repo_id: the model's id on the Hub.
        task: the task to run instead of the model's own (its ``pipeline_tag``).
        token: a Hugging Face token; default: ``HF_TOKEN`` or the token file.
        gpu: ask for a GPU (``options.use_gpu``).

    Raises: ``ValueError`` when the model has no task and none is given, or ``task`` is not one of
    the tasks the older reference knows.
    """

    def __init__(self, repo_id: str, task: str | None = None, token: str | None = None, gpu: bool = False) -> None:
        self._client = InferenceClient(repo_id, token=token, provider="hf-inference")
        self.options = {"wait_for_model": True, "use_gpu": bool(gpu)}
        model_task = self._client._drive(_pipeline_tag(self._client._host, repo_id, self._client._deadline()))
        if task is None or task == model_task:
            if not model_task:
                raise ValueError(f"{repo_id} names no task on the Hub (its pipeline_tag): pass task=")
            task = model_task
        else:
            if task not in LEGACY_TASKS:
                raise ValueError(f"invalid task {task!r}: expected one of {', '.join(sorted(LEGACY_TASKS))}")
            logger.warning("running %s as %r, not as its own task %r", repo_id, task, model_task)
        self.task: str = task
        self.api_url = HFInference().route(self._client._host, TaskCall(task, None, _as_given), repo_id)

    def __call__(
        self,
        inputs: str | dict[str, Any] | list[str] | list[list[str]] | None = None,
        params: dict[str, Any] | None = None,
        data: bytes | None = None,
        raw_response: bool = False,
    ) -> Any:
        """Call the model.

        Args:
            inputs: the inputs of the task.
            params: its parameters (sent as ``parameters``).
            data: a binary body instead (an image, an audio file); then leave ``inputs`` and ``params`` out.
            raw_response: return the ``httpx2.Response`` to read it yourself.

        Returns: the decoded JSON answer, or a ``PIL.Image.Image`` for an image answer.
        Raises: ``NotImplementedError`` for another type of answer (read it with ``raw_response=True``).
        """
        payload: dict[str, Any] = {"options": self.options}
        if inputs:
            payload["inputs"] = inputs
        if params:
            payload["parameters"] = params
        if data is not None:
            exchange = Exchange("POST", self.api_url, content=bytes(data), wait_for_model=True)
        else:
            exchange = Exchange("POST", self.api_url, json=payload, wait_for_model=True)
        client = self._client
        response = client._drive(client._exchange(exchange, client._deadline()))
        if raw_response:
            return response
        content_type = response.headers.get("content-type", "")
        if content_type.startswith("image"):
            return _open_image(response.content)
        if content_type.startswith("application/json"):
            return response.json()
        raise NotImplementedError(
            f"an answer of type {content_type or 'unknown'} is not read here: pass raw_response=True to read the response yourself"
        )

    def __repr__(self) -> str:
        return f"InferenceApi(api_url={self.api_url!r}, task={self.task!r}, options={self.options!r})"


def _pipeline_tag(client: Host, repo_id: str, deadline: Deadline) -> Generator[Any, Any, str | None]:
    """The model's task on the Hub, if it names one."""
    info = yield from hub_lookup(client, _model_info_request(client, repo_id, ["pipeline_tag"]), deadline)
    tag = info.pipeline_tag if info is not None else None
    return tag if isinstance(tag, str) else None


def _as_given(data: Any) -> Any:
    return data
