"""Streams under hostile framing: split reads, CRLF, keep-alives, multi-line data, [DONE], errors, cuts."""

from __future__ import annotations

import asyncio
import json
from typing import Any, Callable

import httpx2
import pytest
from local_server import sse_then_cut, sse_then_stall

from hfhub import AsyncInferenceClient, InferenceClient
from hfhub.errors import APIConnectionError, HubError
from hfhub.inference import InferenceStreamError, InferenceTimeoutError
from hfhub_api.inference import ChatCompletionStreamOutput, TextGenerationStreamOutput

MODES = ["sync", "async"]


class Chunks(httpx2.SyncByteStream, httpx2.AsyncByteStream):
    """A body that arrives in the given pieces, as if read off the network one at a time."""

    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks

    def __iter__(self):
        yield from self.chunks

    async def __aiter__(self):
        for chunk in self.chunks:
            yield chunk


def split_every(data: bytes, size: int) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


def tgi_event(text: str, index: int, final: bool = False) -> dict[str, Any]:
    token = {"id": index, "text": text, "logprob": -0.5, "special": False}
    details = {"finish_reason": "length", "generated_tokens": index + 1, "input_length": 3, "seed": None} if final else None
    return {"index": index, "token": token, "generated_text": "Hello world!" if final else None, "details": details, "top_tokens": None}


TGI_EVENTS = [tgi_event("Hello", 0), tgi_event(" world", 1), tgi_event("!", 2, final=True)]


def sse(events: list[Any], sep: str = "\n") -> bytes:
    return "".join(f"data: {json.dumps(e)}{sep}{sep}" for e in events).encode()


def chat_chunk(content: str, finish: str | None = None) -> dict[str, Any]:
    return {
        "id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m", "system_fingerprint": "x",
        "choices": [{"index": 0, "delta": {"role": "assistant", "content": content}, "finish_reason": finish, "logprobs": None}],
    }


def collect(mode: str, chunks_or_handler: Any, call: Callable[[Any], Any], **options: Any) -> list[Any]:
    """Run ``call(client)`` (a streaming method) against a mock server and gather its items."""
    if isinstance(chunks_or_handler, list):
        chunks = chunks_or_handler

        def handler(request: httpx2.Request) -> httpx2.Response:
            return httpx2.Response(200, headers={"content-type": "text/event-stream"}, stream=Chunks(chunks))
    else:
        handler = chunks_or_handler
    options.setdefault("base_url", "http://tgi.test")
    if mode == "sync":
        with InferenceClient(token=False, http_client=httpx2.Client(transport=httpx2.MockTransport(handler)), **options) as client:
            return list(call(client))

    async def run() -> list[Any]:
        async with httpx2.AsyncClient(transport=httpx2.MockTransport(handler)) as http:
            async with AsyncInferenceClient(token=False, http_client=http, **options) as client:
                return [item async for item in await call(client)]

    return asyncio.run(run())


def generate(client: Any, details: bool = False) -> Any:
    return client.text_generation("Hi", stream=True, details=details, max_new_tokens=3)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("size", [1, 7, 64, 10_000])
def test_tgi_events_split_across_reads(mode: str, size: int) -> None:
    body = sse(TGI_EVENTS)
    assert collect(mode, split_every(body, size), generate) == ["Hello", " world", "!"]


@pytest.mark.parametrize("mode", MODES)
def test_tgi_details_give_typed_events_with_the_final_details(mode: str) -> None:
    items = collect(mode, split_every(sse(TGI_EVENTS, "\r\n"), 5), lambda c: generate(c, details=True))
    assert all(isinstance(i, TextGenerationStreamOutput) for i in items)
    assert [i.token.text for i in items] == ["Hello", " world", "!"]
    assert items[-1].generated_text == "Hello world!"
    assert items[-1].details.finish_reason == "length" and items[-1].details.generated_tokens == 3


@pytest.mark.parametrize("mode", MODES)
def test_crlf_keepalives_and_multiline_data(mode: str) -> None:
    first = json.dumps(TGI_EVENTS[0], indent=1).split("\n")  # one JSON value over several data lines
    body = (
        ": keep-alive\r\n\r\n"
        + "".join(f"data: {line}\r\n" for line in first) + "\r\n"
        + ":\r\n"
        + f"data: {json.dumps(TGI_EVENTS[1])}\r\n\r\n"
        + ": ping\r\n"
        + f"data: {json.dumps(TGI_EVENTS[2])}\r\n\r\n"
    ).encode()
    assert collect(mode, split_every(body, 3), generate) == ["Hello", " world", "!"]


@pytest.mark.parametrize("mode", MODES)
def test_chat_stream_stops_at_done_and_ignores_what_follows(mode: str) -> None:
    body = sse([chat_chunk("Deep"), chat_chunk(" learning", "stop")]) + b"data: [DONE]\n\ndata: not json at all\n\n"
    items = collect(mode, split_every(body, 11), lambda c: c.chat_completion([{"role": "user", "content": "Hi"}], stream=True))
    assert all(isinstance(i, ChatCompletionStreamOutput) for i in items)
    assert "".join(i.choices[0].delta.content for i in items) == "Deep learning"


@pytest.mark.parametrize("mode", MODES)
def test_chat_stream_posts_the_openai_route_with_stream_true(mode: str) -> None:
    sent: list[httpx2.Request] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        sent.append(request)
        body = sse([chat_chunk("ok", "stop")]) + b"data: [DONE]\n\n"
        return httpx2.Response(200, headers={"content-type": "text/event-stream"}, content=body)

    collect(mode, handler, lambda c: c.chat_completion([{"role": "user", "content": "Hi"}], stream=True, max_tokens=5))
    assert str(sent[0].url) == "http://tgi.test/v1/chat/completions"
    assert json.loads(sent[0].content) == {"messages": [{"role": "user", "content": "Hi"}], "max_tokens": 5, "stream": True}


ERRORS = [
    ('data: {"error": "Input validation error: max_new_tokens too large", "error_type": "validation"}\n\n', "validation"),
    ('event: error\ndata: {"error": "Request failed during generation: out of memory", "error_type": "generation"}\n\n', "generation"),
    ('data: {"error": {"message": "upstream overloaded", "type": "server_error"}}\n\n', "server_error"),
    ("event: error\ndata: model crashed\n\n", None),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("error,error_type", ERRORS)
def test_error_event_mid_stream_raises_a_typed_error(mode: str, error: str, error_type: str | None) -> None:
    body = sse(TGI_EVENTS[:1]) + error.encode() + sse(TGI_EVENTS[1:])
    seen: list[str] = []

    def call(client: Any) -> Any:
        return client.text_generation("Hi", stream=True)

    with pytest.raises(InferenceStreamError) as caught:
        if mode == "sync":
            with InferenceClient(base_url="http://tgi.test", token=False, http_client=httpx2.Client(
                transport=httpx2.MockTransport(lambda r: httpx2.Response(200, stream=Chunks(split_every(body, 9)))))) as client:
                for item in call(client):
                    seen.append(item)
        else:
            async def run() -> None:
                async with httpx2.AsyncClient(transport=httpx2.MockTransport(
                        lambda r: httpx2.Response(200, stream=Chunks(split_every(body, 9))))) as http:
                    async with AsyncInferenceClient(base_url="http://tgi.test", token=False, http_client=http) as client:
                        async for item in await call(client):
                            seen.append(item)
            asyncio.run(run())
    assert seen == ["Hello"]  # what came before the error was delivered
    assert caught.value.error_type == error_type
    assert caught.value.server_message and caught.value.server_message in str(caught.value)
    assert isinstance(caught.value, HubError)


@pytest.mark.parametrize("mode", MODES)
def test_stream_ending_before_its_final_event_is_an_error(mode: str) -> None:
    body = sse(TGI_EVENTS[:2]) + b'data: {"index": 2, "tok'  # a complete response, cut inside an event
    with pytest.raises(APIConnectionError, match="ended before its final event"):
        collect(mode, [body], generate)


def chat(client: Any) -> Any:
    return client.chat_completion([{"role": "user", "content": "Hi"}], stream=True)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("size", [1, 5, 10_000])
def test_unicode_line_separators_inside_json_strings_stay_in_the_token(mode: str, size: int) -> None:
    # JSON leaves U+2028, U+2029 and U+0085 unescaped (serde_json, ensure_ascii=False); only CR and LF end SSE lines.
    texts = ["a\u2028b", "c\u2029d", "e\x85f"]
    chunks = [chat_chunk(t) for t in texts] + [chat_chunk("", "stop")]
    body = "".join(f"data: {json.dumps(c, ensure_ascii=False)}\r\n\r\n" for c in chunks).encode()
    items = collect(mode, split_every(body, size), chat)
    assert [i.choices[0].delta.content for i in items] == [*texts, ""]


@pytest.mark.parametrize("mode", MODES)
def test_event_json_is_read_whole_whitespace_around_it_allowed(mode: str) -> None:
    first, last = json.dumps(chat_chunk("Hi")), json.dumps(chat_chunk("!", "stop"))
    body = f"data: {first} \t\n\ndata:  {last}\n\ndata: [DONE]\n\n".encode()
    assert [i.choices[0].delta.content for i in collect(mode, [body], chat)] == ["Hi", "!"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("data", ['{"choices": []} trailing', '{"choices": []}{"choices": []}', '{"choices": [', "[1, 2]", '"text"'])
def test_an_event_that_is_not_one_json_object_is_an_error(mode: str, data: str) -> None:
    body = f"data: {json.dumps(chat_chunk('Hi'))}\n\ndata: {data}\n\n".encode()
    with pytest.raises(APIConnectionError, match="not JSON|not a JSON object"):
        collect(mode, [body], chat)


@pytest.mark.parametrize("mode", MODES)
def test_chat_stream_without_done_is_complete_after_a_finish_reason(mode: str) -> None:
    body = sse([chat_chunk("Hi"), chat_chunk("!", "length")])
    items = collect(mode, [body], lambda c: c.chat_completion([{"role": "user", "content": "Hi"}], stream=True))
    assert len(items) == 2


@pytest.mark.parametrize("mode", MODES)
def test_chat_stream_without_done_is_complete_only_if_its_last_choice_finished(mode: str) -> None:
    second = chat_chunk("B")
    second["choices"][0]["index"] = 1
    usage = {**chat_chunk(""), "choices": [], "usage": {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3}}
    finished = {**second, "choices": [{**second["choices"][0], "finish_reason": "stop"}]}
    # n=2: choice 0 finished, choice 1 was cut
    with pytest.raises(APIConnectionError, match="ended before its final event"):
        collect(mode, [sse([chat_chunk("A", "stop"), second])], chat)
    assert len(collect(mode, [sse([chat_chunk("A", "stop"), second, finished, usage])], chat)) == 4


@pytest.mark.parametrize("mode", MODES)
def test_connection_cut_mid_event_raises_connection_error(mode: str, serve) -> None:
    server = serve(lambda exchange: sse_then_cut(sse(TGI_EVENTS[:1])))
    with pytest.raises(APIConnectionError) as caught:
        collect_real(mode, server.url, generate)
    assert not isinstance(caught.value, InferenceStreamError)


@pytest.mark.parametrize("mode", MODES)
def test_stalled_stream_times_out(mode: str, serve) -> None:
    holder: dict[str, Any] = {}
    server = serve(lambda exchange: sse_then_stall(holder["server"], sse(TGI_EVENTS[:1])))
    holder["server"] = server
    with pytest.raises(InferenceTimeoutError):
        collect_real(mode, server.url, generate, timeout=0.5)


def collect_real(mode: str, url: str, call: Callable[[Any], Any], **options: Any) -> list[Any]:
    if mode == "sync":
        with InferenceClient(base_url=url, token=False, max_retries=0, **options) as client:
            return list(call(client))

    async def run() -> list[Any]:
        async with AsyncInferenceClient(base_url=url, token=False, max_retries=0, **options) as client:
            return [item async for item in await call(client)]

    return asyncio.run(run())


@pytest.mark.parametrize("mode", MODES)
def test_error_status_on_a_stream_is_read_and_raised(mode: str) -> None:
    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(422, json={"error": "Input validation error: `inputs` must not be empty", "error_type": "validation"})

    from hfhub.errors import UnprocessableEntityError

    with pytest.raises(UnprocessableEntityError) as caught:
        collect(mode, handler, generate)
    assert caught.value.server_message == "Input validation error: `inputs` must not be empty"


def test_breaking_out_early_closes_the_response() -> None:
    closed: list[bool] = []

    class Tracked(Chunks):
        def close(self) -> None:
            closed.append(True)

    body = sse(TGI_EVENTS)
    transport = httpx2.MockTransport(lambda r: httpx2.Response(200, stream=Tracked(split_every(body, 20))))
    with InferenceClient(base_url="http://tgi.test", token=False, http_client=httpx2.Client(transport=transport)) as client:
        with client.text_generation("Hi", stream=True) as stream:
            for token in stream:
                assert token == "Hello"
                break
    assert closed
