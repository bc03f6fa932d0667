"""Tasks that read images or video: classification, detection, segmentation, questions, captions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from ..._json import json_array
from .. import _inputs as _in
from .. import _outputs
from .._call import TaskCall, first, parameters, schema_payload, text_result, typed, typed_list
from .._inputs import ContentInput
from .._types import ImageToTextResult

if TYPE_CHECKING:
    from hfhub_api.inference import (
        DepthEstimationOutput,
        DocumentQuestionAnsweringOutputElement,
        ImageClassificationOutputElement,
        ImageSegmentationOutputElement,
        ObjectDetectionOutputElement,
        VideoClassificationOutputElement,
        VisualQuestionAnsweringOutputElement,
        ZeroShotImageClassificationOutputElement,
        ZeroShotObjectDetectionOutputElement,
    )

__all__ = [
    "image_classification",
    "image_segmentation",
    "object_detection",
    "zero_shot_image_classification",
    "zero_shot_object_detection",
    "image_to_text",
    "depth_estimation",
    "visual_question_answering",
    "document_question_answering",
    "video_classification",
]

ScoreFunction = Literal["sigmoid", "softmax", "none"]


def image_classification(
    image: ContentInput, model: str | None = None, *, function_to_apply: ScoreFunction | None = None, top_k: int | None = None
) -> TaskCall[list[ImageClassificationOutputElement]]:
    """Classify an image.

    Args:
        image: the image: bytes, a local path, a binary file object or a URL.
        model: a Hub model id or a URL; default: the client's model.
        function_to_apply: ``"sigmoid"``, ``"softmax"`` or ``"none"``, to turn the model's outputs into scores.
        top_k: return only the ``top_k`` most probable labels.

    Returns: the predicted labels and their scores.
    """
    params = parameters(function_to_apply=_in.opt_str(function_to_apply, "function_to_apply"), top_k=_in.opt_int(top_k, "top_k", 1))
    payload = schema_payload(_in.media(image, "image", "image"), params)
    return TaskCall("image-classification", payload, typed_list("ImageClassificationOutputElement"), model)


def image_segmentation(
    image: ContentInput,
    model: str | None = None,
    *,
    mask_threshold: float | None = None,
    overlap_mask_area_threshold: float | None = None,
    subtask: Literal["instance", "panoptic", "semantic"] | None = None,
    threshold: float | None = None,
) -> TaskCall[list[ImageSegmentationOutputElement]]:
    """Divide an image into labelled segments.

    Args:
        image: the image: bytes, a local path, a binary file object or a URL.
        model: a Hub model id or a URL; default: the client's model.
        mask_threshold: threshold to binarize the masks.
        overlap_mask_area_threshold: threshold to drop small, overlapping masks.
        subtask: segmentation to run, for models that do several.
        threshold: minimum score of a segment.

    Returns: the segments, each with its label, score and mask (a PIL image;
    ``outputs="typed"``: the base64-encoded image the server sent).
    """
    params = parameters(
        mask_threshold=_in.opt_float(mask_threshold, "mask_threshold", 0, 1),
        overlap_mask_area_threshold=_in.opt_float(overlap_mask_area_threshold, "overlap_mask_area_threshold", 0, 1),
        subtask=_in.opt_str(subtask, "subtask"),
        threshold=_in.opt_float(threshold, "threshold", 0, 1),
    )
    payload = schema_payload(_in.media(image, "image", "image"), params)
    return TaskCall("image-segmentation", payload, typed_list("ImageSegmentationOutputElement"), model, present=_outputs.segment_masks)


def object_detection(
    image: ContentInput, model: str | None = None, *, threshold: float | None = None
) -> TaskCall[list[ObjectDetectionOutputElement]]:
    """Find objects in an image.

    Args:
        image: the image: bytes, a local path, a binary file object or a URL.
        model: a Hub model id or a URL; default: the client's model.
        threshold: minimum score of a detection.

    Returns: the objects, each with its label, score and bounding box (pixels from the top left).

    Raises: ``ValueError`` (an ``InvalidResponseError``) when the answer is not a list.
    """
    params = parameters(threshold=_in.opt_float(threshold, "threshold", 0, 1))
    payload = schema_payload(_in.media(image, "image", "image"), params)
    return TaskCall("object-detection", payload, typed_list("ObjectDetectionOutputElement", _a_list), model)


def _a_list(data: Any) -> Any:
    if json_array(data) is None:
        raise ValueError(f"unexpected answer from the server: expected a list of objects, got {str(data)[:200]}")
    return data


def zero_shot_image_classification(
    image: ContentInput,
    candidate_labels: list[str] | None = None,
    model: str | None = None,
    *,
    hypothesis_template: str | None = None,
    labels: list[str] | None = None,
) -> TaskCall[list[ZeroShotImageClassificationOutputElement]]:
    """Classify an image into labels the model was not trained on.

    Args:
        image: the image: bytes, a local path, a binary file object or a URL.
        candidate_labels: the possible labels (``labels``: its older name).
        model: a Hub model id or a URL; default: the client's model.
        hypothesis_template: the sentence each label is tried in, with ``{}`` for the label.

    Returns: every label with its score.
    """
    params = parameters(candidate_labels=_in.labels(_in.either(candidate_labels, labels, "candidate_labels", "labels")), hypothesis_template=_in.opt_str(hypothesis_template, "hypothesis_template"))
    payload = schema_payload(_in.media(image, "image", "image"), params)
    return TaskCall("zero-shot-image-classification", payload, typed_list("ZeroShotImageClassificationOutputElement"), model)


def zero_shot_object_detection(
    image: ContentInput, candidate_labels: list[str], *, model: str | None = None
) -> TaskCall[list[ZeroShotObjectDetectionOutputElement]]:
    """Find objects of labels the model was not trained on.

    Args:
        image: the image: bytes, a local path, a binary file object or a URL.
        candidate_labels: the labels to look for.
        model: a Hub model id or a URL; default: the client's model.

    Returns: the objects found, each with its label, score and bounding box.
    """
    params = {"candidate_labels": _in.labels(candidate_labels)}
    payload = schema_payload(_in.media(image, "image", "image"), params)
    return TaskCall("zero-shot-object-detection", payload, typed_list("ZeroShotObjectDetectionOutputElement"), model)


def image_to_text(
    image: ContentInput,
    model: str | None = None,
    *,
    max_new_tokens: int | None = None,
    generation_parameters: dict[str, Any] | None = None,
) -> TaskCall[ImageToTextResult]:
    """Describe an image in words (captioning).

    Args:
        image: the image: bytes, a local path, a binary file object or a URL.
        model: a Hub model id or a URL; default: the client's model.
        max_new_tokens: the longest caption, in tokens.
        generation_parameters: generation parameters (``temperature``, ``num_beams``...).

    Returns: the text: a ``str`` that also has the task's output fields (``generated_text``).
    """
    params = parameters(
        max_new_tokens=_in.opt_int(max_new_tokens, "max_new_tokens", 1),
        generation_parameters=_in.opt_dict(generation_parameters, "generation_parameters"),
    )
    payload = schema_payload(_in.media(image, "image", "image"), params)
    return TaskCall("image-to-text", payload, text_result(ImageToTextResult, typed("ImageToTextOutput", first)), model)


def depth_estimation(image: ContentInput, model: str | None = None) -> TaskCall[DepthEstimationOutput]:
    """Estimate the depth of each pixel of an image.

    Args:
        image: the image: bytes, a local path, a binary file object or a URL.
        model: a Hub model id or a URL; default: the client's model.

    Returns: the depth map (``depth``, an image) and the predicted depths (``predicted_depth``).
    """
    return TaskCall("depth-estimation", {"inputs": _in.media(image, "image", "image")}, typed("DepthEstimationOutput", first), model)


def visual_question_answering(
    image: ContentInput, question: str, model: str | None = None, *, top_k: int | None = None
) -> TaskCall[list[VisualQuestionAnsweringOutputElement]]:
    """Answer a question about an image.

    Args:
        image: the image: bytes, a local path, a binary file object or a URL.
        question: the question.
        model: a Hub model id or a URL; default: the client's model.
        top_k: how many answers to return.

    Returns: the answers with their scores.
    """
    inputs = {"image": _in.media(image, "image", "image"), "question": _in.text(question, "question")}
    payload = schema_payload(inputs, parameters(top_k=_in.opt_int(top_k, "top_k", 1)))
    return TaskCall("visual-question-answering", payload, typed_list("VisualQuestionAnsweringOutputElement"), model)


def document_question_answering(
    image: ContentInput,
    question: str,
    model: str | None = None,
    *,
    doc_stride: int | None = None,
    handle_impossible_answer: bool | None = None,
    lang: str | None = None,
    max_answer_len: int | None = None,
    max_question_len: int | None = None,
    max_seq_len: int | None = None,
    top_k: int | None = None,
    word_boxes: list[Any] | None = None,
) -> TaskCall[list[DocumentQuestionAnsweringOutputElement]]:
    """Answer a question about a document image (an invoice, a form...).

    Args:
        image: the document: bytes, a local path, a binary file object or a URL.
        question: the question.
        model: a Hub model id or a URL; default: the client's model.
        doc_stride: overlap between chunks of a long document.
        handle_impossible_answer: allow "no answer".
        lang: language of the OCR, when the model runs one.
        max_answer_len, max_question_len, max_seq_len: limits in tokens.
        top_k: how many answers to return.
        word_boxes: words and boxes to use instead of the model's OCR.

    Returns: the answers, with their scores and positions.
    """
    if word_boxes is not None and not isinstance(word_boxes, list):
        raise TypeError("word_boxes must be a list")
    params = parameters(
        doc_stride=_in.opt_int(doc_stride, "doc_stride"),
        handle_impossible_answer=_in.opt_bool(handle_impossible_answer, "handle_impossible_answer"),
        lang=_in.opt_str(lang, "lang"),
        max_answer_len=_in.opt_int(max_answer_len, "max_answer_len", 1),
        max_question_len=_in.opt_int(max_question_len, "max_question_len", 1),
        max_seq_len=_in.opt_int(max_seq_len, "max_seq_len", 1),
        top_k=_in.opt_int(top_k, "top_k", 1),
        word_boxes=word_boxes,
    )
    inputs = {"image": _in.media(image, "image", "image"), "question": _in.text(question, "question")}
    return TaskCall("document-question-answering", schema_payload(inputs, params), typed_list("DocumentQuestionAnsweringOutputElement"), model)


def video_classification(
    video: ContentInput,
    model: str | None = None,
    *,
    function_to_apply: ScoreFunction | None = None,
    num_frames: int | None = None,
    frame_sampling_rate: int | None = None,
    top_k: int | None = None,
) -> TaskCall[list[VideoClassificationOutputElement]]:
    """Classify a video.

    Args:
        video: the video: bytes, a local path, a binary file object or a URL.
        model: a Hub model id or a URL; default: the client's model.
        function_to_apply: ``"sigmoid"``, ``"softmax"`` or ``"none"``.
        num_frames: how many frames to classify.
        frame_sampling_rate: take one frame every this many.
        top_k: return only the ``top_k`` most probable labels.

    Returns: the predicted labels and their scores.
    """
    params = parameters(
        function_to_apply=_in.opt_str(function_to_apply, "function_to_apply"),
        num_frames=_in.opt_int(num_frames, "num_frames", 1),
        frame_sampling_rate=_in.opt_int(frame_sampling_rate, "frame_sampling_rate", 1),
        top_k=_in.opt_int(top_k, "top_k", 1),
    )
    payload = schema_payload(_in.media(video, "video", "video"), params)
    return TaskCall("video-classification", payload, typed_list("VideoClassificationOutputElement"), model)
