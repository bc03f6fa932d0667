"""The SSE decoder against the examples of the HTML standard's event-stream section, and its edge cases."""

from __future__ import annotations

import pytest

from hfhub_api._sse import ServerSentEvent, iter_events


def events(text: str) -> list[ServerSentEvent]:
    return list(iter_events(text.splitlines()))


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
