"""Text understanding tasks, and the tabular ones (a table is text too)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from ..._json import json_array, json_object
from .._call import TaskCall, as_list, first, parameters, schema_payload, text_result, typed, typed_list
from .._call import parameters as _params
from .. import _inputs as _in
from .. import _outputs
from .._types import SummarizationResult, TranslationResult

if TYPE_CHECKING:
    from hfhub_api.inference import (
        FillMaskOutputElement,
        QuestionAnsweringOutputElement,
        TableQuestionAnsweringOutputElement,
        TextClassificationOutputElement,
        TokenClassificationOutputElement,
        ZeroShotClassificationOutputElement,
    )

__all__ = [
    "text_classification",
    "token_classification",
    "fill_mask",
    "question_answering",
    "summarization",
    "translation",
    "zero_shot_classification",
    "sentence_similarity",
    "feature_extraction",
    "table_question_answering",
    "tabular_classification",
    "tabular_regression",
]

ScoreFunction = Literal["sigmoid", "softmax", "none"]


def text_classification(
    text: str, model: str | None = None, *, top_k: int | None = None, function_to_apply: ScoreFunction | None = None
) -> TaskCall[list[TextClassificationOutputElement]]:
    """Classify a text (sentiment, topic...).

    Args:
        text: the text to classify.
        model: a Hub model id or a URL; default: the client's model.
        top_k: return only the ``top_k`` most probable labels.
        function_to_apply: ``"sigmoid"``, ``"softmax"`` or ``"none"``, to turn the model's outputs into scores.

    Returns: the predicted labels and their scores.
    """
    params = parameters(top_k=_in.opt_int(top_k, "top_k", 1), function_to_apply=_in.opt_str(function_to_apply, "function_to_apply"))
    return TaskCall("text-classification", schema_payload(_in.text(text, "text"), params), typed_list("TextClassificationOutputElement"), model)


def token_classification(
    text: str,
    model: str | None = None,
    *,
    aggregation_strategy: Literal["none", "simple", "first", "average", "max"] | None = None,
    ignore_labels: list[str] | None = None,
    stride: int | None = None,
) -> TaskCall[list[TokenClassificationOutputElement]]:
    """Label the tokens of a text (named entities, parts of speech...).

    Args:
        text: the text to label.
        model: a Hub model id or a URL; default: the client's model.
        aggregation_strategy: how tokens are grouped into entities.
        ignore_labels: labels to leave out of the result.
        stride: overlap in tokens between chunks when the text is split.

    Returns: the entities found, with their offsets in the text and their scores.
    """
    params = parameters(
        aggregation_strategy=_in.opt_str(aggregation_strategy, "aggregation_strategy"),
        ignore_labels=_in.opt_strs(ignore_labels, "ignore_labels"),
        stride=_in.opt_int(stride, "stride"),
    )
    return TaskCall("token-classification", schema_payload(_in.text(text, "text"), params), typed_list("TokenClassificationOutputElement"), model)


def fill_mask(
    text: str, model: str | None = None, *, targets: list[str] | None = None, top_k: int | None = None
) -> TaskCall[list[FillMaskOutputElement]]:
    """Fill the mask token of a text (``[MASK]`` or ``<mask>``: see the model card).

    Args:
        text: a text with one mask token.
        model: a Hub model id or a URL; default: the client's model.
        targets: score only these words.
        top_k: how many completions to return.

    Returns: the completions, with their scores, tokens and completed texts.
    """
    params = parameters(targets=_in.opt_strs(targets, "targets"), top_k=_in.opt_int(top_k, "top_k", 1))
    return TaskCall("fill-mask", schema_payload(_in.text(text, "text"), params), typed_list("FillMaskOutputElement"), model)


def question_answering(
    question: str,
    context: str,
    model: str | None = None,
    *,
    align_to_words: bool | None = None,
    doc_stride: int | None = None,
    handle_impossible_answer: bool | None = None,
    max_answer_len: int | None = None,
    max_question_len: int | None = None,
    max_seq_len: int | None = None,
    top_k: int | None = None,
) -> TaskCall[QuestionAnsweringOutputElement | list[QuestionAnsweringOutputElement]]:
    """Find the answer to a question in a context.

    Args:
        question: the question.
        context: the text holding the answer.
        model: a Hub model id or a URL; default: the client's model.
        align_to_words: align the answer to words (not for languages without spaces).
        doc_stride: overlap between chunks of a long context.
        handle_impossible_answer: allow "no answer".
        max_answer_len, max_question_len, max_seq_len: limits in tokens.
        top_k: how many answers to return.

    Returns: the answer, with its offsets in the context and score; a list of them when the
    server gives several (``top_k``).
    """
    params = parameters(
        align_to_words=_in.opt_bool(align_to_words, "align_to_words"),
        doc_stride=_in.opt_int(doc_stride, "doc_stride"),
        handle_impossible_answer=_in.opt_bool(handle_impossible_answer, "handle_impossible_answer"),
        max_answer_len=_in.opt_int(max_answer_len, "max_answer_len", 1),
        max_question_len=_in.opt_int(max_question_len, "max_question_len", 1),
        max_seq_len=_in.opt_int(max_seq_len, "max_seq_len", 1),
        top_k=_in.opt_int(top_k, "top_k", 1),
    )
    inputs = {"question": _in.text(question, "question"), "context": _in.text(context, "context")}
    return TaskCall("question-answering", schema_payload(inputs, params), _one_or_many("QuestionAnsweringOutputElement"), model)


def _one_or_many(name: str) -> Any:
    """One answer read as one element, several as a list (huggingface_hub's rule for ``top_k``)."""
    one, many = typed(name), typed_list(name)

    def parse(data: Any) -> Any:
        items = json_array(data)
        return many(items) if items is not None and len(items) != 1 else one(first(data))

    return parse


def summarization(
    text: str,
    parameters: dict[str, Any] | None = None,
    model: str | None = None,
    *,
    clean_up_tokenization_spaces: bool | None = None,
    generate_parameters: dict[str, Any] | None = None,
    truncation: Literal["do_not_truncate", "longest_first", "only_first", "only_second"] | None = None,
) -> TaskCall[SummarizationResult]:
    """Summarize a text.

    Args:
        text: the text to summarize.
        parameters: the task's parameters as one dict (the older form of the keywords below).
        model: a Hub model id or a URL; default: the client's model.
        clean_up_tokenization_spaces: remove the spaces tokenization adds.
        generate_parameters: generation parameters of the model (``max_length``...).
        truncation: how the input is truncated.

    Returns: the summary: a ``str`` that also has the task's output fields (``summary_text``).
    """
    params = _merged(
        parameters,
        _params(
            clean_up_tokenization_spaces=_in.opt_bool(clean_up_tokenization_spaces, "clean_up_tokenization_spaces"),
            generate_parameters=_in.opt_dict(generate_parameters, "generate_parameters"),
            truncation=_in.opt_str(truncation, "truncation"),
        ),
    )
    return TaskCall("summarization", schema_payload(_in.text(text, "text"), params), text_result(SummarizationResult, typed("SummarizationOutput", first)), model)


def translation(
    text: str,
    model: str | None = None,
    *,
    src_lang: str | None = None,
    tgt_lang: str | None = None,
    clean_up_tokenization_spaces: bool | None = None,
    generate_parameters: dict[str, Any] | None = None,
    truncation: Literal["do_not_truncate", "longest_first", "only_first", "only_second"] | None = None,
) -> TaskCall[TranslationResult]:
    """Translate a text.

    Args:
        text: the text to translate.
        model: a Hub model id or a URL; default: the client's model.
        src_lang, tgt_lang: source and target language codes, for models that translate
            between many languages (both or neither).
        clean_up_tokenization_spaces: remove the spaces tokenization adds.
        generate_parameters: generation parameters of the model.
        truncation: how the input is truncated.

    Returns: the translation: a ``str`` that also has the task's output fields (``translation_text``).
    """
    if (src_lang is None) != (tgt_lang is None):
        raise ValueError("pass both src_lang and tgt_lang, or neither")
    params = parameters(
        src_lang=_in.opt_str(src_lang, "src_lang"),
        tgt_lang=_in.opt_str(tgt_lang, "tgt_lang"),
        clean_up_tokenization_spaces=_in.opt_bool(clean_up_tokenization_spaces, "clean_up_tokenization_spaces"),
        generate_parameters=_in.opt_dict(generate_parameters, "generate_parameters"),
        truncation=_in.opt_str(truncation, "truncation"),
    )
    return TaskCall("translation", schema_payload(_in.text(text, "text"), params), text_result(TranslationResult, typed("TranslationOutput", first)), model)


def zero_shot_classification(
    text: str,
    candidate_labels: list[str] | None = None,
    multi_label: bool = False,
    *,
    hypothesis_template: str | None = None,
    model: str | None = None,
    labels: list[str] | None = None,
) -> TaskCall[list[ZeroShotClassificationOutputElement]]:
    """Classify a text into labels the model was not trained on.

    Args:
        text: the text to classify.
        candidate_labels: the possible labels (``labels``: its older name).
        multi_label: score each label on its own (several may be true), instead of
            scores that sum to 1.
        hypothesis_template: the sentence each label is tried in, with ``{}`` for the label.
        model: a Hub model id or a URL; default: the client's model.

    Returns: every label with its score, best first.
    """
    if hypothesis_template is not None and "{}" not in _in.text(hypothesis_template, "hypothesis_template"):
        raise ValueError("hypothesis_template must contain {} where the label goes")
    params = parameters(
        candidate_labels=_in.labels(_in.either(candidate_labels, labels, "candidate_labels", "labels")),
        multi_label=_in.opt_bool(multi_label, "multi_label"),
        hypothesis_template=hypothesis_template,
    )
    return TaskCall(
        "zero-shot-classification",
        schema_payload(_in.text(text, "text"), params),
        typed_list("ZeroShotClassificationOutputElement", _labels_and_scores),
        model,
    )


def _merged(given: Any, named: dict[str, Any]) -> dict[str, Any]:
    """``parameters=`` (a dict) and the keyword parameters together; the same name twice is refused."""
    extra = _in.opt_dict(given, "parameters") or {}
    twice = sorted(set(extra) & set(named))
    if twice:
        raise ValueError(f"{', '.join(twice)} given both in parameters= and as keywords")
    return {**{k: v for k, v in extra.items() if v is not None}, **named}


def _labels_and_scores(data: Any) -> Any:
    """``{"labels": [...], "scores": [...]}`` (the older answer) as a list of ``{"label", "score"}``."""
    answer = json_object(data) or {}
    labels, scores = json_array(answer.get("labels")), json_array(answer.get("scores"))
    if labels is not None and scores is not None:
        return [{"label": label, "score": score} for label, score in zip(labels, scores)]
    return data


def sentence_similarity(sentence: str, other_sentences: list[str], model: str | None = None) -> TaskCall[list[float]]:
    """How similar a sentence is to each of other sentences (cosine of their embeddings).

    Args:
        sentence: the sentence to compare.
        other_sentences: the sentences to compare it with.
        model: a Hub model id or a URL; default: the client's model.

    Returns: one similarity per other sentence, in their order.
    """
    inputs = {"source_sentence": _in.text(sentence, "sentence"), "sentences": _in.texts(other_sentences, "other_sentences")}
    return TaskCall("sentence-similarity", {"inputs": inputs}, _floats, model)


def _floats(data: Any) -> list[float]:
    values = json_array(data)
    numbers = [x for x in values or [] if isinstance(x, (int, float))]
    if values is None or len(numbers) != len(values):
        raise ValueError(f"unexpected answer from the server: expected a list of numbers, got {str(data)[:200]}")
    return [float(x) for x in numbers]


def feature_extraction(
    text: str | list[str],
    model: str | None = None,
    *,
    normalize: bool | None = None,
    prompt_name: str | None = None,
    truncate: bool | None = None,
    truncation_direction: Literal["left", "right"] | None = None,
    dimensions: int | None = None,
    encoding_format: Literal["float", "base64"] | None = None,
) -> TaskCall[Any]:
    """Embed a text, or several.

    Args:
        text: the text, or a list of texts.
        model: a Hub model id or a URL; default: the client's model.
        normalize: normalize the embeddings (TEI).
        prompt_name: a prompt of the model's sentence-transformers config to prepend.
        truncate: truncate inputs longer than the model's maximum.
        truncation_direction: ``"left"`` or ``"right"``.
        dimensions: the size of the vectors, for models that can shorten them (OpenAI-style APIs).
        encoding_format: ``"float"`` or ``"base64"``, for OpenAI-style APIs.

    Returns: a float32 ``numpy.ndarray``, one vector per text (models that embed each token:
    one vector per token; a server answering one flat vector: that vector); ``outputs="typed"``:
    the same as lists of floats.
    """
    inputs = _in.texts(text, "text") if isinstance(text, list) else _in.text(text, "text")
    payload = {"inputs": inputs} | parameters(
        normalize=_in.opt_bool(normalize, "normalize"),
        prompt_name=_in.opt_str(prompt_name, "prompt_name"),
        truncate=_in.opt_bool(truncate, "truncate"),
        truncation_direction=_in.opt_str(truncation_direction, "truncation_direction"),
        dimensions=_in.opt_int(dimensions, "dimensions", 1),
        encoding_format=_in.opt_str(encoding_format, "encoding_format"),
    )
    return TaskCall("feature-extraction", payload, _vectors, model, present=_outputs.embeddings)


def _vectors(data: Any) -> Any:
    """The vectors as the server sent them: one vector per text (or per token), or one flat vector."""
    vectors = json_array(data)
    flat = bool(vectors) and all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in vectors or [])
    if not vectors or (json_array(vectors[0]) is None and not flat):
        raise ValueError(f"unexpected answer from the server: expected a list of vectors, got {str(data)[:200]}")
    return vectors


def table_question_answering(
    table: dict[str, list[str]],
    query: str,
    model: str | None = None,
    *,
    padding: Literal["do_not_pad", "longest", "max_length"] | None = None,
    sequential: bool | None = None,
    truncation: bool | None = None,
) -> TaskCall[TableQuestionAnsweringOutputElement]:
    """Answer a question about a table.

    Args:
        table: the table, ``{column: [cells]}``, columns of equal length.
        query: the question.
        model: a Hub model id or a URL; default: the client's model.
        padding: how inputs are padded.
        sequential: answer sequential questions (needs a model that can).
        truncation: truncate a table too large for the model.

    Returns: the answer, with the cells it comes from and the aggregation used.
    """
    params = parameters(padding=_in.opt_str(padding, "padding"), sequential=_in.opt_bool(sequential, "sequential"), truncation=_in.opt_bool(truncation, "truncation"))
    # The served pipelines read the question as "query" (the task schema says "question").
    inputs = {"query": _in.text(query, "query"), "table": _in.table(table)}
    return TaskCall("table-question-answering", schema_payload(inputs, params), typed("TableQuestionAnsweringOutputElement", first), model)


def tabular_classification(table: dict[str, list[str]], model: str | None = None) -> TaskCall[list[str]]:
    """Classify the rows of a table (a scikit-learn-like model of the Hub).

    Args:
        table: the rows, ``{column: [cells]}``, columns of equal length.
        model: a Hub model id or a URL; default: the client's model.

    Returns: one label per row.
    """
    return TaskCall("tabular-classification", {"inputs": {"data": _in.table(table)}}, _labels_per_row, model)


def _labels_per_row(data: Any) -> list[str]:
    return [str(label) for label in as_list(data)]


def tabular_regression(table: dict[str, list[str]], model: str | None = None) -> TaskCall[list[float]]:
    """Predict a number for each row of a table.

    Args:
        table: the rows, ``{column: [cells]}``, columns of equal length.
        model: a Hub model id or a URL; default: the client's model.

    Returns: one value per row.
    """
    return TaskCall("tabular-regression", {"inputs": {"data": _in.table(table)}}, _floats, model)
