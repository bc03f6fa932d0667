"""The SSE decoder against the examples of the HTML standard's event-stream section, and its edge cases."""

from __future__ import annotations

from typing import Any

import pytest

from hfhub_api._sse import END, LineSplitter, ServerSentEvent, SSEDecoder, iter_events


def events(text: str) -> list[ServerSentEvent]:
    """The events of ``text``, which must be the same however its UTF-8 bytes are cut into reads."""
    body = text.encode()
    whole = list(iter_events([body]))
    for size in (1, 2, 3, 7):
        assert list(iter_events(body[i : i + size] for i in range(0, len(body), size))) == whole, size
    return whole


def test_data_lines_of_one_event_are_joined_with_newlines() -> None:
    # The standard's stock-ticker example.
    assert [e.data for e in events("data: YHOO\ndata: +2\ndata: 10\n\n")] == ["YHOO\n+2\n10"]


def test_field_without_colon_and_empty_data() -> None:
    # "data" alone is a data field with an empty value; the last event, not ended by a blank line, is dropped.
    assert [e.data for e in events("data\n\ndata\ndata\n\ndata:")] == ["", "\n"]


def test_one_leading_space_is_removed_no_more() -> None:
    assert [e.data for e in events("data:test\n\ndata: test\n\ndata:  two\n\n")] == ["test", "test", " two"]


def test_comments_ids_retry_and_event_types() -> None:
    got = events(": keep-alive\nevent: add\nid: 7\nretry: 300\ndata: 1\n\ndata: 2\n\n")
    assert got == [ServerSentEvent("1", "add", "7", 300), ServerSentEvent("2", "message", "7", 300)]


def test_an_event_type_without_data_is_forgotten_at_the_blank_line() -> None:
    assert events("event: ping\n\ndata: x\n\n") == [ServerSentEvent("x")]


@pytest.mark.parametrize("bad", ["retry: 1.5", "retry: soon", "id: a\0b"])
def test_invalid_retry_and_ids_with_nul_are_ignored(bad: str) -> None:
    event = events(f"{bad}\ndata: x\n\n")[0]
    assert (event.id, event.retry) == (None, None)


def test_a_byte_order_mark_is_skipped_only_at_the_start_of_the_stream() -> None:
    assert events("\ufeffdata: a\n\n") == [ServerSentEvent("a")]
    assert events("\ufeffevent: e\ndata: a\n\n") == [ServerSentEvent("a", "e")]
    # Anywhere else it is part of a field name no field has: the line is ignored.
    assert events("data: a\n\ufeffevent: e\n\n") == [ServerSentEvent("a")]
    assert events("data: a\n\n\ufeffdata: b\n\ndata: c\n\n") == [ServerSentEvent("a"), ServerSentEvent("c")]


def test_unknown_fields_are_ignored() -> None:
    assert events("foo: bar\ndata: x\nDATA: y\n\n") == [ServerSentEvent("x")]


@pytest.mark.parametrize("newline", ["\n", "\r", "\r\n"])
def test_lines_end_with_lf_cr_or_crlf(newline: str) -> None:
    text = "data: a\n\ndata: b\ndata: c\n\n".replace("\n", newline)
    assert [e.data for e in events(text)] == ["a", "b\nc"]


def test_other_unicode_line_breaks_are_data() -> None:
    # JSON may carry these unescaped inside a string; str.splitlines (and httpx2's iter_lines) would cut there.
    text = "data: {\"t\": \"a\u2028b\u2029c\x85d\"}\n\ndata: e\x0bf\x0cg\x1ch\x1di\x1ej\n\n"
    got = events(text)
    assert got[0].json() == {"t": "a\u2028b\u2029c\x85d"}
    assert got[1].data == "e\x0bf\x0cg\x1ch\x1di\x1ej"


def test_an_unfinished_last_line_or_event_is_dropped() -> None:
    assert events("data: a\n\ndata: b\n") == [ServerSentEvent("a")]
    assert events("data: a\n\ndata: b") == [ServerSentEvent("a")]


def test_events_before_a_failing_one_are_delivered_first() -> None:
    class Failing(SSEDecoder):
        def _dispatch(self, event: str, data: str) -> Any:
            if data == "bad":
                raise ValueError("bad event")
            return data

    decoder = Failing()
    assert decoder.decode(b"data: a\n\ndata: bad\n\ndata: c\n\n") == ["a"]
    with pytest.raises(ValueError, match="bad event"):
        decoder.decode(b"data: d\n\n")
    with pytest.raises(ValueError, match="bad event"):
        Failing().decode(b"data: bad\n\n")


def test_nothing_is_decoded_after_the_end() -> None:
    class Ending(SSEDecoder):
        def _dispatch(self, event: str, data: str) -> Any:
            return END if data == "[DONE]" else data

    assert Ending().decode(b"data: a\n\ndata: [DONE]\n\ndata: {not json\n\n") == ["a", END]


def test_line_splitter_keeps_the_unended_rest() -> None:
    lines = LineSplitter()
    assert lines.split(b"a\r") == [b"a"]
    assert lines.split(b"\nb\xff\r\nc\xe2\x9c") == [b"b\xff"]  # bytes as they came
    assert lines.rest() == b"c\xe2\x9c"


def test_bytes_that_are_not_utf8_read_as_replacement_characters() -> None:
    assert list(iter_events([b"data: a\xffb\n\n"])) == [ServerSentEvent("a\ufffdb")]
