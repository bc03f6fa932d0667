"""Providers that share formats, described as data: for each task, its route, request shape and answer shape.

The shapes are named in ``_shapes``. A route is a path under the provider's root: on the
router (``https://router.huggingface.co/<provider>``) with a Hugging Face token, its own
API root with its own key; ``{model}`` in it is the provider's model id from the Hub's mapping. Providers with their own protocol (fal-ai's
queue, Replicate's predictions, hf-inference's task payloads) are classes instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["Route", "Spec", "SPECS", "chat_route", "generic"]


@dataclass(frozen=True)
class Route:
    """How one task is served: ``path`` (``{model}`` replaced), the request and answer shapes, their options."""

    path: str
    request: str
    answer: str
    options: dict[str, Any] = field(default_factory=dict[str, Any])
    binary: bool = False
    """Whether the request is a form that needs the media's bytes (not a URL)."""
    stream: str | None = None
    """The format of a streamed answer, when it differs from the task's."""


@dataclass(frozen=True)
class Spec:
    name: str
    root: str = ""
    """The provider's own API root, called directly when the client's key is the provider's (not ``hf_...``)."""
    routes: dict[str, Route] = field(default_factory=dict[str, Route])
    headers: dict[str, str] = field(default_factory=dict[str, str])
    direct_only: bool = False
    """Whether the router does not serve it: only the provider's own key, at its root."""
    mapped: bool = True
    """Whether model ids come from the Hub's provider mapping (otherwise: the provider's own ids, as given)."""


def chat_route(path: str = "/v1/chat/completions", **options: Any) -> Route:
    return Route(path, "chat", "json", options)


def completions_route(path: str = "/v1/completions", *, null_max_tokens: bool = False) -> Route:
    """``null_max_tokens``: ``max_tokens`` sent even when not given, as null (the API's default), as huggingface_hub sends it."""
    return Route(path, "completions", "completion", {"null_max_tokens": null_max_tokens}, stream="completions")


def embeddings_route(path: str = "/v1/embeddings") -> Route:
    return Route(path, "embeddings", "vectors")


_JSON_OBJECT = {"json_schema_as": "json_object"}
_CHAT = {"conversational": chat_route()}

SPECS: dict[str, Spec] = {
    spec.name: spec
    for spec in (
        Spec("baseten", root="https://inference.baseten.co", routes=_CHAT),
        Spec("cerebras", root="https://api.cerebras.ai", routes=_CHAT),
        Spec("cohere", root="https://api.cohere.com", routes={"conversational": chat_route("/compatibility/v1/chat/completions", **_JSON_OBJECT)}),
        Spec(
            "deepinfra",
            root="https://api.deepinfra.com",
            routes={
                "conversational": chat_route("/v1/openai/chat/completions"),
                "text-generation": completions_route("/v1/openai/completions", null_max_tokens=True),
                "feature-extraction": embeddings_route("/v1/openai/embeddings"),
                "text-to-speech": Route("/v1/openai/audio/speech", "speech", "bytes"),
                "automatic-speech-recognition": Route("/v1/openai/audio/transcriptions", "transcription", "transcript", binary=True),
            },
        ),
        Spec("featherless-ai", root="https://api.featherless.ai", routes={**_CHAT, "text-generation": completions_route(null_max_tokens=True)}),
        Spec("fireworks-ai", root="https://api.fireworks.ai", routes={"conversational": chat_route("/inference/v1/chat/completions", **_JSON_OBJECT)}),
        Spec("groq", root="https://api.groq.com", routes={"conversational": chat_route("/openai/v1/chat/completions")}),
        Spec(
            "novita",
            root="https://api.novita.ai",
            routes={
                "conversational": chat_route("/v3/openai/chat/completions"),
                "text-generation": completions_route("/v3/openai/completions"),
                "text-to-video": Route("/v3/hf/{model}", "job", "video_url"),
            },
        ),
        Spec(
            "nscale",
            root="https://inference.api.nscale.com",
            routes={
                **_CHAT,
                "text-to-image": Route(
                    "/v1/images/generations", "images", "b64_image",
                    {"response_format": "b64_json", "size": True, "drops": ("num_inference_steps",)},
                ),
            },
        ),
        Spec("openai", root="https://api.openai.com", routes=_CHAT, direct_only=True, mapped=False),
        Spec("ovhcloud", root="https://oai.endpoints.kepler.ai.cloud.ovh.net", routes=_CHAT),
        Spec("publicai", root="https://api.publicai.co", routes=_CHAT),
        Spec("sambanova", root="https://api.sambanova.ai", routes={**_CHAT, "feature-extraction": embeddings_route()}),
        Spec("scaleway", root="https://api.scaleway.ai", routes={**_CHAT, "feature-extraction": embeddings_route()}),
        Spec(
            "together",
            root="https://api.together.xyz",
            routes={
                "conversational": chat_route(json_schema_as="json_schema"),
                "text-generation": completions_route(),
                "feature-extraction": embeddings_route(),
                "text-to-image": Route(
                    "/v1/images/generations", "images", "b64_image",
                    {"response_format": "base64", "renames": {"num_inference_steps": "steps"}},
                ),
                "image-to-image": Route(
                    "/v1/images/generations", "images", "b64_image",
                    {"response_format": "base64", "renames": {"num_inference_steps": "steps"}},
                ),
                "text-to-speech": Route("/v1/audio/speech", "speech", "bytes"),
                "text-to-video": Route(
                    "/v2/videos", "job", "video_job",
                    {"model_in_body": True, "size": "fields", "renames": {"num_inference_steps": "steps"}},
                ),
                "image-to-video": Route(
                    "/v2/videos", "job", "video_job",
                    {"model_in_body": True, "size": "fields", "image_field": "frame_images", "renames": {"num_inference_steps": "steps"}},
                ),
            },
        ),
        Spec(
            "wavespeed",
            root="https://api.wavespeed.ai",
            routes={
                task: Route("/api/v3/{model}", "job", "result_url", {"route_prefix": "/api/v3/"})
                for task in ("text-to-image", "text-to-video", "image-to-image", "image-to-video")
            },
        ),
        Spec(
            "zai-org",
            root="https://api.z.ai",
            routes={
                "conversational": chat_route("/api/paas/v4/chat/completions"),
                "text-to-image": Route(
                    "/api/paas/v4/async/images/generations", "job", "image_task",
                    {"model_in_body": True, "size": "WxH", "submit_path": "/api/paas/v4/async/images/generations",
                     "poll_path": "/api/paas/v4/async-result"},
                ),
            },
            headers={"Accept-Language": "en-US,en", "x-source-channel": "hugging_face"},
        ),
    )
}


def generic(name: str) -> Spec:
    """A provider named by the Hub's mapping that this version does not describe: chat and text
    generation in OpenAI's format under its root on the router, where every provider speaks it."""
    return Spec(name, routes={"conversational": chat_route(), "text-generation": completions_route()})
