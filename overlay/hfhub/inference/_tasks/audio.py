"""Tasks that read or produce audio."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import _inputs as _in
from .. import _outputs
from .._call import BINARY, TaskCall, as_list, binary_output, parameters, schema_payload, text_result, typed, typed_list
from .._inputs import ContentInput
from .._types import AudioToAudioOutputElement, AutomaticSpeechRecognitionResult

if TYPE_CHECKING:
    from hfhub_api.inference import (
        AudioClassificationOutputElement,
    )

__all__ = ["audio_classification", "audio_to_audio", "automatic_speech_recognition", "text_to_speech", "text_to_audio"]


def audio_classification(
    audio: ContentInput, model: str | None = None, *, function_to_apply: str | None = None, top_k: int | None = None
) -> TaskCall[list[AudioClassificationOutputElement]]:
    """Classify an audio (emotion, speaker, sound...).

    Args:
        audio: the audio: bytes, a local path, a binary file object or a URL.
        model: a Hub model id or a URL; default: the client's model.
        function_to_apply: ``"sigmoid"``, ``"softmax"`` or ``"none"``, to turn the model's outputs into scores.
        top_k: return only the ``top_k`` most probable labels.

    Returns: the predicted labels and their scores.
    """
    params = parameters(function_to_apply=_in.opt_str(function_to_apply, "function_to_apply"), top_k=_in.opt_int(top_k, "top_k", 1))
    payload = schema_payload(_in.media(audio, "audio", "audio"), params)
    return TaskCall("audio-classification", payload, typed_list("AudioClassificationOutputElement"), model)


def audio_to_audio(audio: ContentInput, model: str | None = None) -> TaskCall[list[AudioToAudioOutputElement]]:
    """Transform an audio: separate voices, remove noise...

    Args:
        audio: the audio: bytes, a local path, a binary file object or a URL.
        model: a Hub model id or a URL; default: the client's model.

    Returns: the audios produced, each with its label, MIME type and content (``blob``: bytes;
    ``outputs="typed"``: base64 as the server sent it).
    """
    return TaskCall("audio-to-audio", {"inputs": _in.media(audio, "audio", "audio")}, _audios, model, present=_outputs.audio_blobs)


def _audios(data: Any) -> list[AudioToAudioOutputElement]:
    items = as_list(data)
    if not all(isinstance(item, dict) and "blob" in item for item in items):
        raise ValueError(f"unexpected answer from the server: expected audios with a blob, got {str(data)[:200]}")
    return [AudioToAudioOutputElement.from_dict(item) for item in items]


def automatic_speech_recognition(
    audio: ContentInput,
    model: str | None = None,
    *,
    return_timestamps: bool | None = None,
    generation_parameters: dict[str, Any] | None = None,
    extra_body: dict[str, Any] | None = None,
) -> TaskCall[AutomaticSpeechRecognitionResult]:
    """Transcribe speech.

    Args:
        audio: the audio: bytes, a local path, a binary file object or a URL.
        model: a Hub model id or a URL; default: the client's model.
        return_timestamps: also return the text in timed chunks.
        generation_parameters: generation parameters of the model.
        extra_body: provider-specific fields added to the request body.

    Returns: the text: a ``str`` that also has the task's output fields (``text``, and ``chunks``
    with timestamps when asked).
    """
    params = parameters(
        return_timestamps=_in.opt_bool(return_timestamps, "return_timestamps"),
        generation_parameters=_in.opt_dict(generation_parameters, "generation_parameters"),
    )
    payload = schema_payload(_in.media(audio, "audio", "audio"), params)
    return TaskCall(
        "automatic-speech-recognition",
        payload,
        text_result(AutomaticSpeechRecognitionResult, typed("AutomaticSpeechRecognitionOutput")),
        model,
        extra_body=_in.opt_dict(extra_body, "extra_body"),
    )


def text_to_speech(
    text: str,
    model: str | None = None,
    *,
    do_sample: bool | None = None,
    early_stopping: bool | str | None = None,
    epsilon_cutoff: float | None = None,
    eta_cutoff: float | None = None,
    max_length: int | None = None,
    max_new_tokens: int | None = None,
    min_length: int | None = None,
    min_new_tokens: int | None = None,
    num_beam_groups: int | None = None,
    num_beams: int | None = None,
    penalty_alpha: float | None = None,
    temperature: float | None = None,
    top_k: int | None = None,
    top_p: float | None = None,
    typical_p: float | None = None,
    use_cache: bool | None = None,
    generation_parameters: dict[str, Any] | None = None,
    extra_body: dict[str, Any] | None = None,
) -> TaskCall[bytes]:
    """Speak a text.

    Args:
        text: the text to speak.
        model: a Hub model id or a URL; default: the client's model.
        do_sample ... use_cache: the generation parameters of the task schema (sampling,
            beams, lengths, cut-offs), sent as its ``generation_parameters``.
        generation_parameters: the same parameters as one dict.
        extra_body: provider-specific fields added to the request body (a voice...).

    Returns: the audio file's bytes, FLAC or WAV as the model makes it (``outputs="typed"``: a ``TextToSpeechOutput``).
    """
    named = parameters(
        do_sample=_in.opt_bool(do_sample, "do_sample"),
        early_stopping=early_stopping if isinstance(early_stopping, str) else _in.opt_bool(early_stopping, "early_stopping"),
        epsilon_cutoff=_in.opt_float(epsilon_cutoff, "epsilon_cutoff", 0, 1),
        eta_cutoff=_in.opt_float(eta_cutoff, "eta_cutoff", 0, 1),
        max_length=_in.opt_int(max_length, "max_length", 1),
        max_new_tokens=_in.opt_int(max_new_tokens, "max_new_tokens", 1),
        min_length=_in.opt_int(min_length, "min_length"),
        min_new_tokens=_in.opt_int(min_new_tokens, "min_new_tokens"),
        num_beam_groups=_in.opt_int(num_beam_groups, "num_beam_groups", 1),
        num_beams=_in.opt_int(num_beams, "num_beams", 1),
        penalty_alpha=_in.opt_float(penalty_alpha, "penalty_alpha", 0),
        temperature=_in.opt_float(temperature, "temperature", 0),
        top_k=_in.opt_int(top_k, "top_k", 1),
        top_p=_in.opt_float(top_p, "top_p", 0, 1),
        typical_p=_in.opt_float(typical_p, "typical_p", 0, 1),
        use_cache=_in.opt_bool(use_cache, "use_cache"),
    )
    given = _in.opt_dict(generation_parameters, "generation_parameters") or {}
    twice = sorted(set(given) & set(named))
    if twice:
        raise ValueError(f"{', '.join(twice)} given both in generation_parameters and as keywords")
    params = parameters(generation_parameters={**given, **named} or None)
    return TaskCall(
        "text-to-speech",
        schema_payload(_in.text(text, "text"), params),
        binary_output("TextToSpeechOutput", "audio"),
        model,
        output=BINARY,
        extra_body=_in.opt_dict(extra_body, "extra_body"),        present=_outputs.file_bytes,
    )


def text_to_audio(
    text: str,
    model: str | None = None,
    *,
    generation_parameters: dict[str, Any] | None = None,
    extra_body: dict[str, Any] | None = None,
) -> TaskCall[bytes]:
    """Make audio (music, sounds) from a description.

    Args:
        text: the description.
        model: a Hub model id or a URL; default: the client's model.
        generation_parameters: generation parameters of the model.
        extra_body: provider-specific fields added to the request body.

    Returns: the audio file's bytes (``outputs="typed"``: a ``TextToAudioOutput``).
    """
    params = parameters(generation_parameters=_in.opt_dict(generation_parameters, "generation_parameters"))
    return TaskCall(
        "text-to-audio",
        schema_payload(_in.text(text, "text"), params),
        binary_output("TextToAudioOutput", "audio"),
        model,
        output=BINARY,
        extra_body=_in.opt_dict(extra_body, "extra_body"),        present=_outputs.file_bytes,
    )
