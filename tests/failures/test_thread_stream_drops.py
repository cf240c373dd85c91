"""threads.stream against a scripted server whose event stream drops mid-event: the session
reopens it with `since` (the last seq it took) and the run's events go on, none lost or twice."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import pytest

import langgraph_sync.thread_stream as thread_stream
from langgraph_sync import APITimeoutError, get_client

from .scripted_server import Reply, ScriptedServer

T = "5cb1e8a1-34b3-4a61-a34e-71a9799bd00d"
R = "01a20f3a-6d58-732c-be26-85a1762be6d6"
FETCHED = {"messages": []}
STATE = Reply(
    200,
    {
        "values": FETCHED,
        "next": ["echo"],
        "tasks": [],
        "metadata": {},
        "created_at": None,
        "checkpoint": None,
        "parent_checkpoint": None,
        "interrupts": [],
    },
)


def frame(seq: int, method: str, data: dict, event_id: str | None = None) -> bytes:
    event = {
        "type": "event",
        "event_id": event_id or f"{seq}-0",
        "seq": seq,
        "method": method,
        "params": {"namespace": [], "timestamp": 1, "data": data},
    }
    return f"event: {method}\ndata: {json.dumps(event)}\nid: {seq}\n\n".encode()


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[ScriptedServer]:
    monkeypatch.setattr(thread_stream, "_RECONNECT_BACKOFF", 0)
    with ScriptedServer().running() as server:
        yield server


def test_a_dropped_event_stream_is_reopened_since_the_last_event(server):
    running = frame(1, "lifecycle", {"event": "running"}, event_id=f"synth:{R}:lc||running")
    first_values = frame(2, "values", {"messages": ["hi"]})
    second_values = frame(3, "values", {"messages": ["hi", "echo"]})
    completed = frame(4, "lifecycle", {"event": "completed"}, event_id=f"synth:{R}:lc||completed")
    server.script(
        Reply(200, {"type": "success", "id": 1, "result": {"run_id": R}}),
        STATE,  # thread.values first yields the state as fetched, then reads the stream
        Reply(200, chunks=[running + first_values, second_values[:25]], chunks_then_drop=True),
        Reply(200, chunks=[second_values + completed]),
    )
    with get_client(server.url, api_key=None).threads.stream(T, assistant_id="agent") as thread:
        thread.run.start(input={"messages": ["hi"]})
        assert list(thread.values) == [FETCHED, {"messages": ["hi"]}, {"messages": ["hi", "echo"]}]
    streams = [json.loads(seen.body) for seen in server.seen if seen.path.endswith("/stream/events")]
    assert [body.get("since") for body in streams] == [None, 2]


def test_a_quiet_event_stream_is_asked_again_since_the_last_event(server, monkeypatch):
    # The open stream never delivers the run's end (it goes quiet, and this server sends no
    # heartbeats); the session asks again with `since` and the replay has it.
    monkeypatch.setattr(thread_stream, "IDLE_POLL_SECONDS", 0.3)
    running = frame(1, "lifecycle", {"event": "running"}, event_id=f"synth:{R}:lc||running")
    values = frame(2, "values", {"messages": ["hi"]})
    completed = frame(3, "lifecycle", {"event": "completed"}, event_id=f"synth:{R}:lc||completed")
    server.script(
        Reply(200, {"type": "success", "id": 1, "result": {"run_id": R}}),
        STATE,  # thread.values first yields the state as fetched, then reads the stream
        Reply(200, chunks=[running + values, completed], delay=3),  # quiet for 3 s after the values
        Reply(200, chunks=[completed]),
    )
    with get_client(server.url, api_key=None).threads.stream(T, assistant_id="agent") as thread:
        thread.run.start(input={"messages": ["hi"]})
        started = time.monotonic()
        assert list(thread.values) == [FETCHED, {"messages": ["hi"]}]
        assert time.monotonic() - started < 2  # not the 3 s the first stream kept quiet
    streams = [json.loads(seen.body) for seen in server.seen if seen.path.endswith("/stream/events")]
    assert [body.get("since") for body in streams] == [None, 2]


def test_a_stream_with_only_heartbeats_is_asked_again_since_the_last_event(server, monkeypatch):
    # langgraph-api sends a comment every 5 s: the socket never goes quiet for the read timeout,
    # but no event comes. The session must still ask again, and the replay has the run's end.
    monkeypatch.setattr(thread_stream, "IDLE_POLL_SECONDS", 0.5)
    running = frame(1, "lifecycle", {"event": "running"}, event_id=f"synth:{R}:lc||running")
    values = frame(2, "values", {"messages": ["hi"]})
    completed = frame(3, "lifecycle", {"event": "completed"}, event_id=f"synth:{R}:lc||completed")
    heartbeats = [b": heartbeat\n\n"] * 30  # 0.1 s apart: 3 s of heartbeats, then the end
    server.script(
        Reply(200, {"type": "success", "id": 1, "result": {"run_id": R}}),
        STATE,  # thread.values first yields the state as fetched, then reads the stream
        Reply(200, chunks=[running + values, *heartbeats, completed], delay=0.1),
        Reply(200, chunks=[completed]),
    )
    with get_client(server.url, api_key=None).threads.stream(T, assistant_id="agent") as thread:
        thread.run.start(input={"messages": ["hi"]})
        started = time.monotonic()
        assert list(thread.values) == [FETCHED, {"messages": ["hi"]}]
        assert time.monotonic() - started < 2  # not the 3 s of heartbeats
    streams = [json.loads(seen.body) for seen in server.seen if seen.path.endswith("/stream/events")]
    assert [body.get("since") for body in streams] == [None, 2]


def test_a_stream_quiet_for_longer_than_the_read_timeout_is_a_timeout(server, monkeypatch):
    monkeypatch.setattr(thread_stream, "IDLE_POLL_SECONDS", 0.2)
    running = frame(1, "lifecycle", {"event": "running"}, event_id=f"synth:{R}:lc||running")
    quiet = Reply(200, chunks=[b": nothing yet\n\n"], delay=2)
    server.script(
        Reply(200, {"type": "success", "id": 1, "result": {"run_id": R}}),
        STATE,  # thread.values first yields the state as fetched, then reads the stream
        Reply(200, chunks=[running], delay=2),
        *[quiet] * 10,
    )
    with get_client(server.url, api_key=None, timeout=(1, 1)).threads.stream(T, assistant_id="agent") as thread:
        thread.run.start(input={"messages": ["hi"]})
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            list(thread.values)
        assert time.monotonic() - started < 3
