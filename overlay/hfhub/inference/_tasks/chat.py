"""Text generation (TGI's protocol), chat completion (OpenAI's), the retired ``conversational``, and raw posts.

The keyword options of the first two are also described as ``TypedDict``s, so that the
clients' overloads (one per ``stream``/``details`` combination) need not repeat them.
"""

from __future__ import annotations

import dataclasses
import re
import warnings
from typing import Any, TypedDict

from ..._json import json_object
from .. import _inputs as _in
from .._call import CHAT, LINES, TGI, TaskCall, first, parameters, typed
from .._types import ConversationalOutput

__all__ = [
    "TextGenerationOptions",
    "ChatCompletionOptions",
    "text_generation",
    "chat_completion",
    "conversational",
    "post",
    "unused_parameters",
    "without_parameters",
    "ChatNamespace",
]


class TextGenerationOptions(TypedDict, total=False):
    """Keyword options of ``text_generation`` besides ``details``, ``stream`` and ``model``."""

    adapter_id: str | None
    best_of: int | None
    decoder_input_details: bool | None
    do_sample: bool | None
    frequency_penalty: float | None
    grammar: dict[str, Any] | None
    max_new_tokens: int | None
    repetition_penalty: float | None
    return_full_text: bool | None
    seed: int | None
    stop: list[str] | None
    stop_sequences: list[str] | None
    temperature: float | None
    top_k: int | None
    top_n_tokens: int | None
    top_p: float | None
    truncate: int | None
    typical_p: float | None
    watermark: bool | None
    extra_body: dict[str, Any] | None


class ChatCompletionOptions(TypedDict, total=False):
    """Keyword options of ``chat_completion`` besides ``stream`` and ``model``."""

    frequency_penalty: float | None
    logit_bias: list[float] | None
    logprobs: bool | None
    max_tokens: int | None
    n: int | None
    presence_penalty: float | None
    reasoning_effort: str | None
    response_format: dict[str, Any] | None
    seed: int | None
    stop: list[str] | None
    stream_options: dict[str, Any] | None
    temperature: float | None
    tool_choice: str | dict[str, Any] | None
    tool_prompt: str | None
    tools: list[dict[str, Any]] | None
    top_logprobs: int | None
    top_p: float | None
    extra_body: dict[str, Any] | None


def text_generation(
    prompt: str,
    *,
    details: bool | None = None,
    stream: bool | None = None,
    model: str | None = None,
    adapter_id: str | None = None,
    best_of: int | None = None,
    decoder_input_details: bool | None = None,
    do_sample: bool | None = None,
    frequency_penalty: float | None = None,
    grammar: dict[str, Any] | None = None,
    max_new_tokens: int | None = None,
    repetition_penalty: float | None = None,
    return_full_text: bool | None = None,
    seed: int | None = None,
    stop: list[str] | None = None,
    stop_sequences: list[str] | None = None,
    temperature: float | None = None,
    top_k: int | None = None,
    top_n_tokens: int | None = None,
    top_p: float | None = None,
    truncate: int | None = None,
    typical_p: float | None = None,
    watermark: bool | None = None,
    extra_body: dict[str, Any] | None = None,
) -> TaskCall[Any]:
    """Continue a prompt, over the text-generation-inference (TGI) protocol.

    Args:
        prompt: the text to continue.
        details: return a ``TextGenerationOutput`` (tokens, log-probabilities, finish reason,
            seed) rather than the text. Sent as given (``parameters.details``), as is ``stream``.
        stream: yield the answer token by token as it is generated.
        model: a Hub model id or a URL; default: the client's model.
        adapter_id: the LoRA adapter to use (TGI with adapters).
        best_of: generate that many sequences and return the most likely (not with ``stream``).
        decoder_input_details: also return the prompt's tokens (needs ``details``).
        do_sample: sample instead of decoding greedily.
        frequency_penalty: penalize tokens by how often they appeared, from -2 to 2.
        grammar: constrain the output: ``{"type": "json", "value": <JSON schema>}`` or ``{"type": "regex", "value": ...}``.
        max_new_tokens: the most tokens to generate.
        repetition_penalty: penalize repetitions (1.0: none).
        return_full_text: prepend the prompt to the answer.
        seed: the random seed.
        stop: stop when one of these is generated (``stop_sequences``: its older name); ``[]``: none.
        temperature: the sampling temperature (> 0).
        top_k: sample among the ``top_k`` most likely tokens.
        top_n_tokens: also return the ``top_n_tokens`` most likely tokens at each step.
        top_p: sample among the most likely tokens whose probabilities add up to ``top_p``.
        truncate: keep only the last ``truncate`` tokens of the prompt.
        typical_p: typical decoding mass.
        watermark: watermark the text.
        extra_body: fields added to the request body.

    Returns: the text (``str``), a ``TextGenerationOutput`` with ``details``, or with ``stream``
    an iterator of token texts, or of ``TextGenerationStreamOutput`` with ``details``.
    """
    if stop is not None and stop_sequences is not None:
        raise ValueError("pass stop or its older name stop_sequences, not both")
    if decoder_input_details and not details:
        raise ValueError("decoder_input_details needs details=True")
    if best_of is not None and best_of > 1 and stream:
        raise ValueError("best_of cannot be used with stream=True")
    if grammar is not None and (not isinstance(grammar, dict) or grammar.get("type") not in ("json", "regex", "json_schema")):
        raise ValueError("grammar must be {'type': 'json' or 'regex', 'value': ...}")
    params = parameters(
        adapter_id=_in.opt_str(adapter_id, "adapter_id"),
        best_of=_in.opt_int(best_of, "best_of", 1),
        decoder_input_details=_in.opt_bool(decoder_input_details, "decoder_input_details"),
        details=_in.opt_bool(details, "details"),
        do_sample=_in.opt_bool(do_sample, "do_sample"),
        frequency_penalty=_in.opt_float(frequency_penalty, "frequency_penalty", -2, 2),
        grammar=grammar,
        max_new_tokens=_in.opt_int(max_new_tokens, "max_new_tokens", 1),
        repetition_penalty=_in.opt_float(repetition_penalty, "repetition_penalty", 0),
        return_full_text=_in.opt_bool(return_full_text, "return_full_text"),
        seed=_in.opt_int(seed, "seed"),
        stop=_in.stops(stop if stop is not None else stop_sequences, "stop"),
        temperature=_positive(temperature, "temperature"),
        top_k=_in.opt_int(top_k, "top_k", 1),
        top_n_tokens=_in.opt_int(top_n_tokens, "top_n_tokens", 1),
        top_p=_open_unit(top_p, "top_p"),
        truncate=_in.opt_int(truncate, "truncate", 1),
        typical_p=_open_unit(typical_p, "typical_p"),
        watermark=_in.opt_bool(watermark, "watermark"),
    )
    payload: dict[str, Any] = {"inputs": _in.text(prompt, "prompt"), "parameters": params}
    if _in.opt_bool(stream, "stream") is not None:
        payload["stream"] = stream  # as given, False included: huggingface_hub sends it so
    parse = typed("TextGenerationOutput", first) if details else _generated_text
    return TaskCall("text-generation", payload, parse, model, stream=TGI if stream else None, extra_body=_in.opt_dict(extra_body, "extra_body"))


# How a server running transformers rather than TGI refuses TGI's parameters (a 400).
_UNUSED_KWARGS = re.compile(r"The following `model_kwargs` are not used by the model: \[(.*?)\]")


def unused_parameters(error: Exception) -> list[str]:
    """The parameters a server said it does not use, from its 400; ``[]`` for another refusal."""
    found = _UNUSED_KWARGS.search(str(error))
    if found is None:
        return []
    return [name.strip("'\" ") for name in found.group(1).split(",") if name.strip("'\" ")]


def without_parameters(call: TaskCall[Any], names: list[str]) -> TaskCall[Any]:
    """``call`` for a text-generation server that is not TGI: ``names`` left out, with a warning.

    Such a server answers with the text only, so ``details=True`` gives a ``TextGenerationOutput``
    without details; it cannot stream.
    """
    params = call.parameters
    ignored = [name for name in names if params.get(name)]
    if ignored:
        warnings.warn(f"the text-generation server is not TGI: {', '.join(ignored)} left out", UserWarning, stacklevel=2)
    if call.stream is not None:
        raise ValueError("the text-generation server is not TGI and cannot stream its answer: pass stream=False")
    parse = call.parse
    if params.get("details"):
        warnings.warn("the text-generation server is not TGI: details=True gives the generated text only", UserWarning, stacklevel=2)
        parse = _text_only
    kept = {name: value for name, value in params.items() if name not in names}
    return dataclasses.replace(call, payload={**call.payload, "parameters": kept}, parse=parse)


def _text_only(data: Any) -> Any:
    return typed("TextGenerationOutput")({"generated_text": _generated_text(data)})


def _generated_text(data: Any) -> str:
    answer = first(data)
    text = (json_object(answer) or {}).get("generated_text")
    if not isinstance(text, str):
        raise ValueError(f"unexpected answer from the server: expected generated_text, got {str(answer)[:200]}")
    return text


def _positive(value: Any, name: str) -> float | None:
    found = _in.opt_float(value, name, 0)
    if found == 0:
        raise ValueError(f"{name} must be greater than 0")
    return found


def _open_unit(value: Any, name: str) -> float | None:
    found = _in.opt_float(value, name, 0, 1)
    if found is not None and not 0 < found < 1:
        raise ValueError(f"{name} must be strictly between 0 and 1, not {found}")
    return found


def chat_completion(
    messages: list[dict[str, Any]],
    *,
    model: str | None = None,
    stream: bool = False,
    frequency_penalty: float | None = None,
    logit_bias: list[float] | None = None,
    logprobs: bool | None = None,
    max_tokens: int | None = None,
    n: int | None = None,
    presence_penalty: float | None = None,
    reasoning_effort: str | None = None,
    response_format: dict[str, Any] | None = None,
    seed: int | None = None,
    stop: list[str] | None = None,
    stream_options: dict[str, Any] | None = None,
    temperature: float | None = None,
    tool_choice: str | dict[str, Any] | None = None,
    tool_prompt: str | None = None,
    tools: list[dict[str, Any]] | None = None,
    top_logprobs: int | None = None,
    top_p: float | None = None,
    extra_body: dict[str, Any] | None = None,
) -> TaskCall[Any]:
    """Answer a conversation, over the OpenAI chat completion protocol.

    Args:
        messages: the conversation, ``[{"role": "user", "content": "..."}]``; content may be
            a list of parts (``{"type": "image_url", "image_url": {"url": ...}}``).
        model: a Hub model id (``"<id>:<provider>"`` picks the provider) or a URL.
        stream: yield ``ChatCompletionStreamOutput`` chunks as they are generated.
        frequency_penalty, presence_penalty: from -2 to 2.
        logit_bias: biases of token ids.
        logprobs: return the log-probabilities of the tokens; ``top_logprobs`` (0-5) more per position.
        max_tokens: the most tokens to generate.
        n: how many answers.
        reasoning_effort: ``"low"``, ``"medium"``, ``"high"``... for reasoning models.
        response_format: ``{"type": "json_schema", "json_schema": {...}}`` or ``{"type": "json_object"}``.
        seed: the random seed.
        stop: up to 4 sequences that stop the generation; ``[]``: none.
        stream_options: ``{"include_usage": True}`` (with ``stream``).
        temperature: from 0 to 2.
        tool_choice: ``"auto"``, ``"none"``, ``"required"`` or ``{"function": {"name": ...}}``.
        tool_prompt: text placed before the tools.
        tools: the functions the model may call.
        top_p: nucleus sampling mass.
        extra_body: fields added to the request body (provider-specific options).

    Returns: a ``ChatCompletionOutput``, or with ``stream`` an iterator of ``ChatCompletionStreamOutput``.
    """
    if stream_options is not None and not stream:
        raise ValueError("stream_options needs stream=True")
    if top_logprobs is not None and not logprobs:
        raise ValueError("top_logprobs needs logprobs=True")
    if tool_choice is not None and not isinstance(tool_choice, (str, dict)):
        raise TypeError("tool_choice must be 'auto', 'none', 'required' or {'function': {'name': ...}}")
    if tools is not None and (not isinstance(tools, list) or not all(isinstance(_in.opt_dict(t, "tools[]"), dict) for t in tools)):
        raise TypeError("tools must be a list of dicts like {'type': 'function', 'function': {...}}")
    stops = _in.stops(stop, "stop")
    if stops is not None and len(stops) > 4:
        raise ValueError("stop takes at most 4 sequences")
    params = parameters(
        frequency_penalty=_in.opt_float(frequency_penalty, "frequency_penalty", -2, 2),
        logit_bias=logit_bias,
        logprobs=_in.opt_bool(logprobs, "logprobs"),
        max_tokens=_in.opt_int(max_tokens, "max_tokens", 1),
        n=_in.opt_int(n, "n", 1),
        presence_penalty=_in.opt_float(presence_penalty, "presence_penalty", -2, 2),
        reasoning_effort=_in.opt_str(reasoning_effort, "reasoning_effort"),
        response_format=_in.opt_dict(response_format, "response_format"),
        seed=_in.opt_int(seed, "seed"),
        stop=stops,
        stream_options=_in.opt_dict(stream_options, "stream_options"),
        temperature=_in.opt_float(temperature, "temperature", 0, 2),
        tool_choice=_in.opt_dict(tool_choice, "tool_choice") if isinstance(tool_choice, dict) else tool_choice,
        tool_prompt=_in.opt_str(tool_prompt, "tool_prompt"),
        tools=[_in.opt_dict(t, "tools[]") for t in tools] if tools is not None else None,
        top_logprobs=_in.opt_int(top_logprobs, "top_logprobs"),
        top_p=_in.opt_float(top_p, "top_p", 0, 1),
    )
    payload = {"messages": _in.messages(messages), **params, "stream": bool(_in.opt_bool(stream, "stream"))}
    return TaskCall(
        "conversational",
        payload,
        typed("ChatCompletionOutput"),
        model,
        stream=CHAT if stream else None,
        extra_body=_in.opt_dict(extra_body, "extra_body"),
    )


_CONVERSATIONAL_PARAMETERS = frozenset({"max_tokens", "temperature", "top_p", "seed", "stop", "frequency_penalty", "presence_penalty"})
# The retired task's own parameters: the chat option each became, or None where chat has none.
_RETIRED_PARAMETERS = {
    "max_length": "max_tokens", "max_new_tokens": "max_tokens",
    "min_length": None, "top_k": None, "repetition_penalty": None, "max_time": None,
}


def conversational(
    text: str,
    generated_responses: list[str] | None = None,
    past_user_inputs: list[str] | None = None,
    *,
    parameters: dict[str, Any] | None = None,
    model: str | None = None,
) -> TaskCall[ConversationalOutput]:
    """Continue a conversation (the retired ``conversational`` task, now served by chat completion).

    Args:
        text: the user's new input.
        generated_responses: the model's earlier answers.
        past_user_inputs: the user's earlier inputs, as many as ``generated_responses``.
        parameters: chat options: ``max_tokens``, ``temperature``, ``top_p``, ``seed``, ``stop``,
            ``frequency_penalty``, ``presence_penalty``; the retired task's ``max_length`` (or
            ``max_new_tokens``) is sent as ``max_tokens``; its ``min_length``, ``top_k``,
            ``repetition_penalty`` and ``max_time``, which chat has not, are left out with a warning.
        model: a chat model's Hub id or a URL; default: the client's model.

    Returns: the answer (``generated_text``) and the conversation including it.
    """
    answers = list(_in.texts(generated_responses, "generated_responses")) if generated_responses else []
    inputs = list(_in.texts(past_user_inputs, "past_user_inputs")) if past_user_inputs else []
    if len(answers) != len(inputs):
        raise ValueError("generated_responses and past_user_inputs must have the same length")
    options = _chat_options(_in.opt_dict(parameters, "parameters") or {})
    messages: list[dict[str, Any]] = []
    for said, answered in zip(inputs, answers):
        messages += [{"role": "user", "content": said}, {"role": "assistant", "content": answered}]
    messages.append({"role": "user", "content": _in.text(text, "text")})
    call = chat_completion(messages, model=model, **options)

    def parse(data: Any) -> ConversationalOutput:
        reply = typed("ChatCompletionOutput")(data).choices[0].message.content or ""
        conversation = {"generated_responses": [*answers, reply], "past_user_inputs": [*inputs, text]}
        return ConversationalOutput.from_dict({"generated_text": reply, "conversation": conversation, "warnings": []})

    call.parse = parse
    return call


def _chat_options(parameters: dict[str, Any]) -> dict[str, Any]:
    """The chat options of ``conversational``'s ``parameters``, the retired task's names translated."""
    options: dict[str, Any] = {}
    dropped: list[str] = []
    for name, value in parameters.items():
        if name in _RETIRED_PARAMETERS:
            renamed = _RETIRED_PARAMETERS[name]
            if renamed is None:
                dropped.append(name)
                continue
            if renamed in options or renamed in parameters:
                raise ValueError(f"pass {renamed} or {name}, not both")
            name = renamed
        elif name not in _CONVERSATIONAL_PARAMETERS:
            raise ValueError(f"unsupported conversational parameter {name!r}")
        options[name] = value
    if dropped:
        warnings.warn(f"chat completion has no {', '.join(dropped)}: left out of the conversation's parameters", UserWarning, stacklevel=3)
    return options


def post(
    *,
    json: Any = None,
    data: Any = None,
    model: str | None = None,
    task: str | None = None,
    stream: bool = False,
) -> TaskCall[Any]:
    """Send a body of your own to a task's route and return the raw answer.

    Args:
        json: a JSON body.
        data: a binary body: bytes, a local path, a binary file object or a URL (wins over ``json``).
        model: a Hub model id or a URL; default: the client's model.
        task: the task, which decides the route (and the recommended model when none is given).
        stream: return the answer's lines as they arrive.

    Returns: the answer's bytes, or with ``stream`` an iterator of its lines (bytes).
    """
    if json is None and data is None:
        raise ValueError("pass json= or data=")
    if task is not None and not isinstance(task, str):
        raise TypeError("task must be a str like 'text-classification'")
    payload = _in.media(data, "data", "binary") if data is not None else json
    return TaskCall(task, payload, _raw, model, stream=LINES if stream else None, raw=True)


def _raw(data: Any) -> Any:
    return data


class ChatNamespace:
    """``client.chat.completions.create(...)``: OpenAI's spelling of ``client.chat_completion(...)``."""

    __slots__ = ("completions",)

    def __init__(self, client: Any) -> None:
        self.completions = _Completions(client)


class _Completions:
    __slots__ = ("create",)

    def __init__(self, client: Any) -> None:
        self.create = client.chat_completion
