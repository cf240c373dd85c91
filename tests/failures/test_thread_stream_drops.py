"""threads.stream against a scripted server whose event stream drops mid-event: the session
reopens it with `since` (the last seq it took) and the run's events go on, none lost or twice."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

import langgraph_sync.thread_stream as thread_stream
from langgraph_sync import get_client

from .scripted_server import Reply, ScriptedServer

T = "5cb1e8a1-34b3-4a61-a34e-71a9799bd00d"
R = "01a20f3a-6d58-732c-be26-85a1762be6d6"


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
        Reply(200, chunks=[running + first_values, second_values[:25]], chunks_then_drop=True),
        Reply(200, chunks=[second_values + completed]),
    )
    with get_client(server.url, api_key=None).threads.stream(T, assistant_id="agent") as thread:
        thread.run.start(input={"messages": ["hi"]})
        assert list(thread.values) == [{"messages": ["hi"]}, {"messages": ["hi", "echo"]}]
    streams = [json.loads(seen.body) for seen in server.seen if seen.path.endswith("/stream/events")]
    assert [body.get("since") for body in streams] == [None, 2]
