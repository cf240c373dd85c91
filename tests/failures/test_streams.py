"""Server-sent events: decoding however the bytes are split, and resuming a dropped stream."""

from __future__ import annotations

import gc
import json

import pytest

import langgraph_sync._http as transport
from langgraph_sync import APIConnectionError, APIResponseValidationError, get_client
from langgraph_sync._sse import BadEventError, EventStreamDecoder, StreamPart

from .scripted_server import Reply, ScriptedServer

EVENTS = [
    StreamPart("metadata", {"run_id": "r1", "attempt": 1}, "1-0"),
    StreamPart("values", {"messages": ["héllo", "line\nbreak"]}, "2-0"),
    StreamPart("updates|child:abc", {"inner": {"messages": ["x"]}}, "3-0"),
    StreamPart("end", None, "4-0"),
]


def encode(parts: list[StreamPart], newline: bytes = b"\n") -> bytes:
    out = b""
    for part in parts:
        out += b"id: " + part.id.encode() + newline if part.id else b""
        out += b"event: " + part.event.encode() + newline
        if part.data is not None:
            out += b"data: " + json.dumps(part.data, ensure_ascii=False).encode() + newline
        out += newline
    return out


def decode_in_pieces(body: bytes, size: int) -> list[StreamPart]:
    decoder = EventStreamDecoder()
    parts = []
    for start in range(0, len(body), size):
        parts += decoder.feed(body[start : start + size])
    return parts + decoder.finish()


@pytest.mark.parametrize("newline", [b"\n", b"\r\n", b"\r"], ids=["LF", "CRLF", "CR"])
@pytest.mark.parametrize("size", [1, 2, 3, 5, 7, 64, 100_000])
def test_any_split_gives_the_same_events(newline, size):
    # Size 1 splits every CRLF and every multi-byte UTF-8 character in two.
    assert decode_in_pieces(encode(EVENTS, newline), size) == EVENTS


def test_multi_line_data_comments_bom_and_unknown_fields():
    body = b'\xef\xbb\xbf: keep-alive\nevent: custom\nretry: 10\nfoo: bar\ndata: {"a":\ndata: 1}\n\n'
    assert decode_in_pieces(body, 4) == [StreamPart("custom", {"a": 1})]


@pytest.mark.parametrize("tail", [b"event: values\ndata: [1, 2]", b"event: values\ndata: [1, 2]\n", b"data: [1"])
def test_an_event_cut_off_by_the_end_of_the_stream_is_an_error_not_a_part(tail):
    # Its data may be cut anywhere: `[1` of `[1, 2, 3]` would otherwise pass for the whole.
    with pytest.raises(BadEventError):
        decode_in_pieces(encode(EVENTS[:1]) + tail, 3)


def test_a_comment_at_the_very_end_is_no_unfinished_event():
    assert decode_in_pieces(encode(EVENTS[:1]) + b": keep-alive", 3) == EVENTS[:1]


def test_data_that_is_not_json_is_kept_as_text():
    assert decode_in_pieces(b"event: note\ndata: not json\n\n", 5) == [StreamPart("note", "not json")]


def test_data_that_is_json_too_deep_to_decode_is_an_error_not_text():
    # langgraph-sdk raises too: passed on as text, it would look like data of another kind.
    deep = b"[" * 100_000 + b"]" * 100_000
    with pytest.raises(BadEventError, match="'values'.* nested too deeply"):
        decode_in_pieces(b"event: values\ndata: " + deep + b"\n\n", 4096)


def test_parts_know_their_mode_and_namespace():
    part = StreamPart("updates|parent:1|child:2", {})
    assert (part.mode, part.namespace) == ("updates", ("parent:1", "child:2"))
    assert StreamPart("values", {}).namespace == ()


SSE = {"Content-Type": "text/event-stream"}


@pytest.fixture
def server():
    with ScriptedServer().running() as server:
        yield server


@pytest.fixture(autouse=True)
def no_waiting(monkeypatch):
    monkeypatch.setattr(transport, "_sleep", lambda seconds: None)


def test_a_dropped_resumable_stream_resumes_with_last_event_id(server):
    first, rest = encode(EVENTS[:2]), encode(EVENTS[2:])
    location = "/threads/t1/runs/r1/stream"
    server.script(
        # Headers promise more than is sent, then the connection closes: a stream that drops.
        Reply(200, first, {**SSE, "Location": location}, content_length=len(first) + 500),
        Reply(200, rest, SSE),
    )
    client = get_client(server.url, api_key=None)
    parts = list(client.runs.stream("t1", "agent", input={}, stream_resumable=True))
    assert parts == EVENTS
    resumed = server.seen[1]
    assert (resumed.method, resumed.path) == ("GET", location)
    assert resumed.headers["Last-Event-ID"] == "2-0"
    assert [s.method for s in server.seen] == ["POST", "GET"]  # the run was not started again


def test_a_dropped_stream_without_event_ids_is_an_error_not_a_silent_gap(server):
    body = encode([StreamPart("values", {"n": 1})])
    server.script(Reply(200, body, {**SSE, "Location": "/threads/t1/runs/r1/stream"}, content_length=len(body) + 50))
    client = get_client(server.url, api_key=None)
    with pytest.raises(APIConnectionError):
        list(client.runs.stream("t1", "agent", input={}))
    assert [s.method for s in server.seen] == ["POST"]


def test_a_stream_that_is_not_an_event_stream(server):
    server.script(Reply(200, {"not": "sse"}))
    with pytest.raises(APIResponseValidationError, match="expected an event stream"):
        list(get_client(server.url, api_key=None).runs.stream("t1", "agent"))


def test_a_stream_event_too_deep_to_decode_is_a_validation_error(server):
    deep = b"[" * 100_000 + b"]" * 100_000
    server.script(Reply(200, encode(EVENTS[:1]) + b"event: values\ndata: " + deep + b"\n\n", SSE))
    stream = get_client(server.url, api_key=None).runs.stream("t1", "agent")
    assert next(stream) == EVENTS[0]
    # (No collection while the decoder is 1,000 levels deep: a finalizer run there, someone
    # else's, would fail for want of stack, and pytest reports that as this test's error.)
    gc.collect()
    gc.disable()
    try:
        with pytest.raises(APIResponseValidationError, match="nested too deeply"):
            next(stream)
    finally:
        gc.enable()


def test_a_resume_location_on_another_origin_is_not_followed(server):
    with ScriptedServer().running() as elsewhere:
        body = encode(EVENTS[:2])
        server.script(Reply(200, body, {**SSE, "Location": f"{elsewhere.url}/steal"}, content_length=len(body) + 50))
        with pytest.raises(APIConnectionError):
            list(get_client(server.url, api_key="key").runs.stream("t1", "agent", stream_resumable=True))
        assert elsewhere.seen == []


def test_chunked_stream_parts_arrive_one_by_one_and_a_drop_resumes(server):
    location = "/threads/t1/runs/r1/stream"
    server.script(
        Reply(
            200,
            headers={"Location": location},
            chunks=[encode([EVENTS[0]]), encode([EVENTS[1]])[:30]],
            chunks_then_drop=True,
        ),
        Reply(200, headers={"Location": location}, chunks=[encode(EVENTS[1:])]),
    )
    stream = get_client(server.url, api_key=None).runs.stream("t1", "agent", stream_resumable=True)
    assert next(stream) == EVENTS[0]  # before the rest was even sent
    assert list(stream) == EVENTS[1:]
    assert server.seen[1].headers["Last-Event-ID"] == "1-0"


def test_a_slow_chunked_stream_yields_each_part_as_it_comes(server):
    server.script(Reply(200, chunks=[encode([part]) for part in EVENTS], delay=0.3))
    stream = get_client(server.url, api_key=None).runs.stream("t1", "agent")
    import time

    started = time.monotonic()
    assert next(stream) == EVENTS[0]
    assert time.monotonic() - started < 0.25  # the first part did not wait for the others
    assert list(stream) == EVENTS[1:]
