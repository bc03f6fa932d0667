"""Results as huggingface_hub returns them: images as PIL images, audio and video as bytes, embeddings as numpy.

Each function turns a typed result (the task schema's class) into that form; the client
applies it unless it was created with ``outputs="typed"``. Pillow and numpy come with the
``hfhub[inference]`` extra and are imported on first use.
"""

from __future__ import annotations

import base64
import io
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hfhub_api._types import Model

__all__ = ["image", "file_bytes", "embeddings", "segment_masks", "audio_blobs"]


def _need(module: str, package: str, what: str) -> Any:
    try:
        return __import__(module, fromlist=["_"])
    except ImportError:
        raise ImportError(
            f"{what} needs {package}: pip install 'hfhub[inference]', "
            "or create the client with outputs='typed' to get the task's typed result"
        ) from None


def _open_image(data: bytes) -> Any:
    pil = _need("PIL.Image", "Pillow", "an image result")
    return pil.open(io.BytesIO(data))


def image(result: Any) -> Any:
    """A ``PIL.Image.Image`` of an image result (``TextToImageOutput``...)."""
    return _open_image(result.image)


def file_bytes(result: Any) -> bytes:
    """The file of an audio or video result, as bytes."""
    (data,) = [value for value in result.to_dict().values() if isinstance(value, bytes)]
    return data


def embeddings(result: Any) -> Any:
    """A float32 numpy array of the vectors."""
    numpy = _need("numpy", "numpy", "feature_extraction")
    return numpy.array(result, dtype="float32")


def segment_masks(result: list[Model]) -> list[Any]:
    """Segments whose ``mask`` is a PIL image instead of a base64 string."""
    out: list[Any] = []
    for segment in result:
        data = dict(segment.to_dict())
        if isinstance(data.get("mask"), str):
            data["mask"] = _open_image(base64.b64decode(data["mask"]))
        out.append(type(segment).from_dict(data))
    return out


def audio_blobs(result: list[Model]) -> list[Any]:
    """Audios whose ``blob`` is bytes instead of a base64 string."""
    out: list[Any] = []
    for audio in result:
        data = dict(audio.to_dict())
        if isinstance(data.get("blob"), str):
            data["blob"] = base64.b64decode(data["blob"])
        out.append(type(audio).from_dict(data))
    return out
