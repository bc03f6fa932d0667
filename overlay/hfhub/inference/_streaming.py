"""Streamed answers: text-generation (TGI), chat completion (OpenAI chunks), raw lines.

Decoders are sans-I/O: fed the body's bytes as they arrive, they use the one SSE decoder of
``hfhub_api._sse`` and return the items each piece completes, the last maybe :data:`STOP`. An error
event raises :class:`~hfhub.errors.InferenceStreamError`; a stream that ends before its final
event raises ``APIConnectionError`` from :meth:`finish`. The two stream classes only read
bytes from the response, synchronously or not, and take every credential the request
carried out of the errors they raise (a server may echo them).
"""

from __future__ import annotations

import importlib
import json
from abc import abstractmethod
from typing import Any, AsyncIterator, Callable, Generic, Iterator, TypeVar

import httpx2
from hfhub_api._sse import END, LineSplitter, SSEDecoder

from .._json import json_array, json_object
from ..errors import HubError, InferenceStreamError, InferenceTimeoutError, _redact_request, _scrub, error_for_transport, public_url
from ._call import CHAT, COMPLETIONS, LINES, TGI

__all__ = ["STOP", "decoder_for", "InferenceStream", "AsyncInferenceStream"]

T = TypeVar("T")
STOP: Any = END
_new = object.__new__
_DONE = "[DONE]"
# After ``[DONE]``, how long and how many pieces to read towards the end of the body.
_DRAIN_SECONDS = 0.05
_DRAIN_READS = 16


def _types() -> Any:
    return importlib.import_module("hfhub_api.inference")


# The C scanner behind json.loads, which adds ~0.4 µs of Python per call: per chunk, here.
# Called only on text that starts with "{", so what it returns is an object.
_scan_object: Callable[[str, int], tuple[dict[str, Any], int]] = vars(json.JSONDecoder())["scan_once"]


class _EventDecoder(SSEDecoder):
    """Server-sent events to items; subclasses say what an event's JSON object means."""

    __slots__ = ("complete",)

    def __init__(self) -> None:
        super().__init__()
        self.complete = False

    def _dispatch(self, event: str, data: str) -> Any:
        if not event and data.startswith("{"):  # nearly every event: one JSON object
            try:
                fields, end = _scan_object(data, 0)
            except (StopIteration, ValueError):
                pass  # not JSON: said below
            else:
                if end == len(data) or not data[end:].strip(" \t"):  # JSON's whitespace (an SSE line has no CR or LF)
                    if fields.get("error") is not None:
                        raise _stream_error(fields)
                    return self.item(fields)
        return self._other(event, data)

    def _other(self, event: str, data: str) -> Any:
        """An event other than one JSON object of a message: the final ``[DONE]``, an error, or invalid."""
        if data.strip() == _DONE:
            self.complete = True
            return STOP
        try:
            decoded: object = json.loads(data)
        except ValueError:
            if event != "error":
                raise ValueError(f"the server sent an event that is not JSON: {data[:200]!r}") from None
            decoded = {"error": data}
        fields = json_object(decoded)
        if event == "error" or (fields is not None and fields.get("error") is not None):
            raise _stream_error(decoded)
        if fields is None:
            raise ValueError(f"the server sent an event that is not a JSON object: {data[:200]!r}")
        return self.item(fields)

    @abstractmethod
    def item(self, data: dict[str, Any]) -> Any:
        """The item of one event's JSON object, or ``None`` for none."""

    def finish(self) -> list[Any]:
        """Called when the stream ends: it must have delivered its final event."""
        self.check()
        if not self.complete:
            raise ValueError("the stream ended before its final event")
        return []


class TGIDecoder(_EventDecoder):
    """``/generate_stream`` events: token text, or ``TextGenerationStreamOutput`` with ``details``."""

    __slots__ = ("details", "_cls")

    def __init__(self, details: bool) -> None:
        super().__init__()
        self.details = details
        self._cls = _types().TextGenerationStreamOutput

    def item(self, data: dict[str, Any]) -> Any:
        token = json_object(data.get("token"))
        if token is None:
            raise ValueError(f"unexpected text-generation event: {str(data)[:200]}")
        if data.get("generated_text") is not None or data.get("details") is not None:
            self.complete = True
        if self.details:
            return self._cls.from_dict(data)
        return token.get("text", "")


class ChatDecoder(_EventDecoder):
    """OpenAI ``chat.completion.chunk`` events as ``ChatCompletionStreamOutput``.

    Without ``[DONE]``, a stream is complete if the last chunk with choices finished one
    (each choice's last chunk carries its ``finish_reason``; a usage chunk has no choices).
    """

    __slots__ = ("_cls", "_last")

    def __init__(self) -> None:
        super().__init__()
        self._cls = _types().ChatCompletionStreamOutput
        self._last: dict[str, Any] | None = None

    def item(self, data: dict[str, Any]) -> Any:
        if data.get("choices"):
            self._last = data
        chunk = _new(self._cls)
        chunk._data = data  # what from_dict does, without its check: data is a dict
        return chunk

    def finish(self) -> list[Any]:
        if not self.complete and self._last is not None:
            choices = json_array(self._last.get("choices")) or []
            self.complete = any((json_object(choice) or {}).get("finish_reason") for choice in choices)
        return super().finish()


class CompletionsDecoder(_EventDecoder):
    """OpenAI ``text_completion`` events (``/v1/completions``) as token text."""

    __slots__ = ()

    def item(self, data: dict[str, Any]) -> Any:
        choices = json_array(data.get("choices"))
        if choices is None:
            raise ValueError(f"unexpected completion chunk: {str(data)[:200]}")
        if not choices:
            return None
        choice = json_object(choices[0]) or {}
        if choice.get("finish_reason"):
            self.complete = True
        return choice.get("text") or None


class LinesDecoder(LineSplitter):
    """Raw lines (bytes), for :meth:`post` with ``stream=True``."""

    __slots__ = ()

    def decode(self, chunk: bytes) -> list[bytes]:
        return self.split(chunk)

    def finish(self) -> list[bytes]:
        rest = self.rest()
        return [rest] if rest else []


def decoder_for(kind: str, details: bool = False) -> Any:
    if kind == TGI:
        return TGIDecoder(details)
    if kind == CHAT:
        return ChatDecoder()
    if kind == COMPLETIONS:
        return CompletionsDecoder()
    if kind == LINES:
        return LinesDecoder()
    raise ValueError(f"unknown stream format {kind!r}")


def _stream_error(data: object) -> InferenceStreamError:
    event = json_object(data)
    error: object = event.get("error") if event is not None else data
    error_type = event.get("error_type") if event is not None else None
    details = json_object(error)
    if details is not None:
        error_type = details.get("type") or details.get("code") or error_type
        error = details.get("message") or json.dumps(details)
    message = str(error)
    return InferenceStreamError(
        f"the server reported an error in the stream: {message}",
        server_message=message,
        error_type=str(error_type) if error_type is not None else None,
    )


def _failure(exc: Exception, request: httpx2.Request) -> HubError:
    if isinstance(exc, httpx2.TimeoutException):
        error = error_for_transport(exc, request)
        return InferenceTimeoutError(f"the stream stalled: {error}", url=error.url, request=error.request)
    if isinstance(exc, ValueError):
        cut = httpx2.RemoteProtocolError(str(exc), request=request)
        return error_for_transport(cut, request)
    return error_for_transport(exc, request)


def _reported(error: InferenceStreamError, request: httpx2.Request, secrets: list[str]) -> InferenceStreamError:
    """``error`` without the credentials of ``request`` (nor this client's), with the request redacted."""
    secrets = [*secrets, *_redact_request(request)]
    message = error.server_message
    return InferenceStreamError(
        _scrub(str(error), secrets),
        server_message=_scrub(message, secrets) if message is not None else None,
        error_type=_scrub(error.error_type, secrets) if error.error_type is not None else None,
        url=public_url(request.url),
        request=request,
    )


class _StreamBase(Generic[T]):
    def __init__(self, response: httpx2.Response, decoder: Any, secrets: list[str] | None = None) -> None:
        self.response = response
        self._decoder = decoder
        self._secrets = secrets or []

    def _failure(self, exc: Exception) -> HubError:
        """What a decoder's error means for the caller, without the request's credentials."""
        if isinstance(exc, InferenceStreamError):
            return _reported(exc, self.response.request, self._secrets)
        return _failure(exc, self.response.request)


class InferenceStream(_StreamBase[T]):
    """The items of a streamed answer, read as they arrive; closes the response when done.

    Iterate it once; ``with`` (or :meth:`close`) releases the connection early, and so does
    dropping the stream unread. Each chunk must arrive within the client's ``timeout``.
    """

    def __iter__(self) -> Iterator[T]:
        decoder = self._decoder
        decode = decoder.decode
        try:
            for chunk in self.response.iter_bytes():
                for item in decode(chunk):
                    if item is STOP:
                        return
                    yield item
            yield from decoder.finish()
            return
        except (InferenceStreamError, ValueError) as exc:
            failure = self._failure(exc)
        except httpx2.RequestError as exc:
            raise _failure(exc, self.response.request) from exc
        finally:
            self.response.close()
        # Raised outside the handler, so not chained: the decoder's error quotes the event unscrubbed.
        raise failure

    def close(self) -> None:
        self.response.close()

    def __del__(self) -> None:
        # An unread stream holds a connection of the pool: give it back.
        response = getattr(self, "response", None)
        if response is not None and not response.is_closed:
            try:
                response.close()
            except Exception:  # at interpreter exit the pool may be gone already; nothing is left to free
                pass

    def __enter__(self) -> InferenceStream[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


async def _drain(chunks: AsyncIterator[bytes]) -> None:
    """Read the end of the body if it follows the final event at once: the connection then serves another call."""
    import anyio  # a dependency of httpx2; works under asyncio and trio alike

    with anyio.move_on_after(_DRAIN_SECONDS):
        try:
            for _ in range(_DRAIN_READS):
                await chunks.__anext__()
        except (StopAsyncIteration, httpx2.RequestError):
            pass  # the answer is complete either way


class AsyncInferenceStream(_StreamBase[T]):
    """``async for`` over the items of a streamed answer; closes the response when done.

    A stream left unread holds a connection until :meth:`close` (or ``async with``):
    nothing can close it from a destructor. Each chunk must arrive within the client's ``timeout``.
    """

    async def __aiter__(self) -> AsyncIterator[T]:
        decoder = self._decoder
        decode = decoder.decode
        chunks = self.response.aiter_bytes()
        try:
            async for chunk in chunks:
                for item in decode(chunk):
                    if item is STOP:
                        await _drain(chunks)
                        return
                    yield item
            for item in decoder.finish():
                yield item
            return
        except (InferenceStreamError, ValueError) as exc:
            failure = self._failure(exc)
        except httpx2.RequestError as exc:
            raise _failure(exc, self.response.request) from exc
        finally:
            await self.response.aclose()
        raise failure

    async def close(self) -> None:
        await self.response.aclose()

    async def __aenter__(self) -> AsyncInferenceStream[T]:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
