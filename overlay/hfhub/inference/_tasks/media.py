"""Tasks that generate images and videos.

Images come back as PIL images and videos as bytes, as huggingface_hub returns them (with
``outputs="typed"``: the task's output class holding the file's bytes); providers that
answer with a URL are followed to the file, downloaded without credentials.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import _inputs as _in
from .. import _outputs
from .._call import BINARY, TaskCall, binary_output, parameters, schema_payload
from .._inputs import ContentInput

if TYPE_CHECKING:
    import PIL.Image  # for checkers only: Pillow comes with the inference extra, and outputs="typed" needs none

__all__ = ["text_to_image", "image_to_image", "text_to_video", "image_to_video", "image_text_to_image", "image_text_to_video"]


def _diffusion(
    guidance_scale: float | None, negative_prompt: Any, num_inference_steps: int | None, seed: int | None
) -> dict[str, Any]:
    return parameters(
        guidance_scale=_in.opt_float(guidance_scale, "guidance_scale", 0),
        negative_prompt=negative_prompt,
        num_inference_steps=_in.opt_int(num_inference_steps, "num_inference_steps", 1),
        seed=_in.opt_int(seed, "seed"),
    )


def _target_size(width: int | None, height: int | None, given: Any = None) -> dict[str, int] | None:
    if given is not None:
        if width is not None or height is not None:
            raise ValueError("pass target_size or width and height, not both")
        size = _in.opt_dict(given, "target_size") or {}
        if set(size) != {"width", "height"}:
            raise ValueError("target_size must be {'width': ..., 'height': ...}")
        width, height = size["width"], size["height"]
    if width is None and height is None:
        return None
    if width is None or height is None:
        raise ValueError("pass both width and height, or neither")
    return {"width": _in.opt_int(width, "width", 1) or 0, "height": _in.opt_int(height, "height", 1) or 0}


def _extra(kwargs: dict[str, Any]) -> dict[str, Any]:
    """Further model parameters given as keywords, sent with the others (``None`` left out)."""
    return {key: value for key, value in kwargs.items() if value is not None}


def _call(task: str, inputs: Any, params: dict[str, Any], output: str, field: str, model: str | None, extra_body: Any) -> TaskCall[Any]:
    return TaskCall(
        task,
        schema_payload(inputs, params),
        binary_output(output, field),
        model,
        output=BINARY,
        extra_body=_in.opt_dict(extra_body, "extra_body"),
        present=_outputs.image if field == "image" else _outputs.file_bytes,
    )


def text_to_image(
    prompt: str,
    *,
    model: str | None = None,
    negative_prompt: str | None = None,
    height: int | None = None,
    width: int | None = None,
    num_inference_steps: int | None = None,
    guidance_scale: float | None = None,
    scheduler: str | None = None,
    seed: int | None = None,
    extra_body: dict[str, Any] | None = None,
) -> TaskCall[PIL.Image.Image]:
    """Generate an image from a prompt.

    Args:
        prompt: what to draw.
        model: a Hub model id or a URL; default: the client's model.
        negative_prompt: what not to draw.
        height, width: the image's size in pixels.
        num_inference_steps: denoising steps: more is slower and often better.
        guidance_scale: how closely to follow the prompt.
        scheduler: a scheduler compatible with the model, to use instead of its own.
        seed: the random seed, for reproducible images.
        extra_body: provider-specific fields added to the request body (other parameters of the model).

    Returns: the image, a ``PIL.Image.Image`` (``outputs="typed"``: a ``TextToImageOutput``).
    """
    params = _diffusion(guidance_scale, _in.opt_str(negative_prompt, "negative_prompt"), num_inference_steps, seed)
    params |= parameters(
        height=_in.opt_int(height, "height", 1), width=_in.opt_int(width, "width", 1), scheduler=_in.opt_str(scheduler, "scheduler")
    )
    return _call("text-to-image", _in.text(prompt, "prompt"), params, "TextToImageOutput", "image", model, extra_body)


def image_to_image(
    image: ContentInput,
    prompt: str | None = None,
    *,
    model: str | None = None,
    negative_prompt: str | None = None,
    height: int | None = None,
    width: int | None = None,
    num_inference_steps: int | None = None,
    guidance_scale: float | None = None,
    target_size: dict[str, int] | None = None,
    extra_body: dict[str, Any] | None = None,
    **kwargs: Any,
) -> TaskCall[PIL.Image.Image]:
    """Transform an image, guided by a prompt.

    Args:
        image: the image: bytes, a local path, a binary file object or a URL.
        prompt: how to change it.
        model: a Hub model id or a URL; default: the client's model.
        negative_prompt: what not to draw.
        height, width: the output's size in pixels (both or neither).
        num_inference_steps: denoising steps.
        guidance_scale: how closely to follow the prompt.
        target_size: the output's size as ``{"width": ..., "height": ...}`` (instead of ``width``, ``height``).
        extra_body: provider-specific fields added to the request body.
        kwargs: further parameters of the model, sent with the others.

    Returns: the image, a ``PIL.Image.Image`` (``outputs="typed"``: the task's output class).
    """
    params = _diffusion(guidance_scale, _in.opt_str(negative_prompt, "negative_prompt"), num_inference_steps, None)
    params |= parameters(prompt=_in.opt_str(prompt, "prompt"), target_size=_target_size(width, height, target_size))
    params |= _extra(kwargs)
    return _call("image-to-image", _in.media(image, "image", "image"), params, "ImageToImageOutput", "image", model, extra_body)


def text_to_video(
    prompt: str,
    *,
    model: str | None = None,
    negative_prompt: list[str] | None = None,
    num_frames: int | None = None,
    num_inference_steps: int | None = None,
    guidance_scale: float | None = None,
    seed: int | None = None,
    extra_body: dict[str, Any] | None = None,
) -> TaskCall[bytes]:
    """Generate a video from a prompt.

    Args:
        prompt: what to film.
        model: a Hub model id or a URL; default: the client's model.
        negative_prompt: one or several prompts of what not to show.
        num_frames: how many frames to generate.
        num_inference_steps: denoising steps.
        guidance_scale: how closely to follow the prompt.
        seed: the random seed.
        extra_body: provider-specific fields added to the request body.

    Returns: the video's bytes, MP4 usually (``outputs="typed"``: a ``TextToVideoOutput``).
    """
    params = _diffusion(guidance_scale, _in.opt_strs(negative_prompt, "negative_prompt"), num_inference_steps, seed)
    params |= parameters(num_frames=_in.opt_int(num_frames, "num_frames", 1))
    return _call("text-to-video", _in.text(prompt, "prompt"), params, "TextToVideoOutput", "video", model, extra_body)


def image_to_video(
    image: ContentInput,
    *,
    model: str | None = None,
    prompt: str | None = None,
    negative_prompt: str | None = None,
    num_frames: int | None = None,
    num_inference_steps: int | None = None,
    guidance_scale: float | None = None,
    seed: int | None = None,
    height: int | None = None,
    width: int | None = None,
    target_size: dict[str, int] | None = None,
    extra_body: dict[str, Any] | None = None,
    **kwargs: Any,
) -> TaskCall[bytes]:
    """Animate an image into a video.

    Args:
        image: the first frame: bytes, a local path, a binary file object or a URL.
        model: a Hub model id or a URL; default: the client's model.
        prompt: what should happen.
        negative_prompt: what should not.
        num_frames: how many frames to generate.
        num_inference_steps: denoising steps.
        guidance_scale: how closely to follow the prompt.
        seed: the random seed.
        height, width: the video's size in pixels (both or neither).
        target_size: the video's size as ``{"width": ..., "height": ...}`` (instead of ``width``, ``height``).
        extra_body: provider-specific fields added to the request body.
        kwargs: further parameters of the model, sent with the others.

    Returns: the video's bytes (``outputs="typed"``: the task's output class).
    """
    params = _diffusion(guidance_scale, _in.opt_str(negative_prompt, "negative_prompt"), num_inference_steps, seed)
    params |= parameters(
        prompt=_in.opt_str(prompt, "prompt"),
        num_frames=_in.opt_int(num_frames, "num_frames", 1),
        target_size=_target_size(width, height, target_size),
    )
    params |= _extra(kwargs)
    return _call("image-to-video", _in.media(image, "image", "image"), params, "ImageToVideoOutput", "video", model, extra_body)


def image_text_to_image(
    image: ContentInput,
    prompt: str | None = None,
    *,
    model: str | None = None,
    negative_prompt: str | None = None,
    height: int | None = None,
    width: int | None = None,
    num_inference_steps: int | None = None,
    guidance_scale: float | None = None,
    seed: int | None = None,
    extra_body: dict[str, Any] | None = None,
) -> TaskCall[PIL.Image.Image]:
    """Generate an image from an image and a prompt (editing, variations).

    Args: as :meth:`image_to_image`, plus ``seed``.

    Returns: the image, a ``PIL.Image.Image`` (``outputs="typed"``: the task's output class).
    """
    params = _diffusion(guidance_scale, _in.opt_str(negative_prompt, "negative_prompt"), num_inference_steps, seed)
    params |= parameters(prompt=_in.opt_str(prompt, "prompt"), target_size=_target_size(width, height))
    return _call("image-text-to-image", _in.media(image, "image", "image"), params, "ImageTextToImageOutput", "image", model, extra_body)


def image_text_to_video(
    image: ContentInput,
    prompt: str | None = None,
    *,
    model: str | None = None,
    negative_prompt: str | None = None,
    num_frames: int | None = None,
    num_inference_steps: int | None = None,
    guidance_scale: float | None = None,
    seed: int | None = None,
    height: int | None = None,
    width: int | None = None,
    extra_body: dict[str, Any] | None = None,
) -> TaskCall[bytes]:
    """Generate a video from an image and a prompt.

    Args: as :meth:`image_to_video`.

    Returns: the video's bytes (``outputs="typed"``: the task's output class).
    """
    params = _diffusion(guidance_scale, _in.opt_str(negative_prompt, "negative_prompt"), num_inference_steps, seed)
    params |= parameters(
        prompt=_in.opt_str(prompt, "prompt"), num_frames=_in.opt_int(num_frames, "num_frames", 1), target_size=_target_size(width, height)
    )
    return _call("image-text-to-video", _in.media(image, "image", "image"), params, "ImageTextToVideoOutput", "video", model, extra_body)
