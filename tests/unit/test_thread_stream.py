"""threads.stream: the commands it sends are langgraph-sdk's, byte for byte as JSON; how it reads
the event stream (history skipped, interrupts, the end of a run, reconnecting with `since`)."""

from __future__ import annotations

import json
import pickle
import socket
import sys
import threading
import time
from typing import Any

import httpx
import pytest
import responses
from langgraph_sdk import get_sync_client

from langgraph_sync import APIConnectionError, NotFoundError, RunError, get_client
from langgraph_sync.thread_stream import ThreadStreamError, matches

from .test_requests import RUN, T

R = RUN["run_id"]
OLD = "01a20f3a-0000-732c-be26-85a1762be6d6"


def event(seq: int, method: str, data: Any, *, run: str = R, namespace: list[str] | None = None, **extra: Any):
    synthetic = method in ("lifecycle", "input.requested")
    return {
        "type": "event",
        "event_id": f"synth:{run}:{method}:{seq}" if synthetic else f"{seq}-0",
        "seq": seq,
        "method": method,
        "params": {"namespace": namespace or [], "timestamp": 1, "data": data},
        **extra,
    }


def sse(*events: dict[str, Any]) -> bytes:
    return b"".join(f"event: {e['method']}\ndata: {json.dumps(e)}\nid: {e['seq']}\n\n".encode() for e in events)


INTERRUPTED_RUN = [
    event(1, "lifecycle", {"event": "running"}),
    event(2, "values", {"messages": ["hi"]}),
    event(3, "input.requested", {"interrupt_id": "i1", "payload": {"question": "approve?"}}),
    event(4, "lifecycle", {"event": "interrupted"}),
]
# The run resumed by the answer to INTERRUPTED_RUN's interrupt, as the stream goes on.
RESUMED = "01a20f3a-0000-732c-be26-85a1762be6d7"
RESUMED_RUN = [
    event(5, "lifecycle", {"event": "running"}, run=RESUMED),
    event(6, "values", {"messages": ["hi", "yes"]}),
    event(7, "lifecycle", {"event": "completed"}, run=RESUMED),
]
COMMANDS = f"/threads/{T}/commands"
STATE = {"messages": ["hi", "echo"]}  # the thread's state, as GET /threads/{id}/state answers


def command_reply(body: dict[str, Any]) -> dict[str, Any]:
    result = {"run_id": R} if body["method"] == "run.start" else {}
    return {"type": "success", "id": body["id"], "result": result, "meta": {"applied_through_seq": 0}}


def sent_commands_of_ours() -> list[tuple[str, str, Any]]:
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        mock.add_callback(
            responses.POST,
            f"http://test{COMMANDS}",
            callback=lambda request: (200, {}, json.dumps(command_reply(json.loads(request.body)))),
        )
        mock.add(
            responses.POST,
            f"http://test/threads/{T}/stream/events",
            body=sse(*INTERRUPTED_RUN),
            content_type="text/event-stream",
        )
        # After the answer, the server lists the resumed run as the thread's newest.
        mock.add(responses.GET, f"http://test/threads/{T}/runs", json=[{**RUN, "run_id": OLD}])
        with get_client("http://test", api_key=None).threads.stream(T, assistant_id="interrupting") as thread:
            thread.run.start(input={"messages": ["hi"]}, config={"tags": ["t"]}, metadata={"m": 1})
            thread.run.respond("yes")
        return [
            (call.request.method, call.request.path_url, json.loads(call.request.body))
            for call in mock.calls
            if call.request.path_url == COMMANDS
        ]


def sent_commands_of_langgraph_sdk() -> list[tuple[str, str, Any]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == COMMANDS:
            return httpx.Response(200, json=command_reply(json.loads(request.content)))
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=sse(*INTERRUPTED_RUN))

    sdk = get_sync_client(url="http://test", api_key=None)
    sdk.http.client = httpx.Client(base_url="http://test", transport=httpx.MockTransport(handler))
    with sdk.threads.stream(T, assistant_id="interrupting") as thread:
        thread.run.start(input={"messages": ["hi"]}, config={"tags": ["t"]}, metadata={"m": 1})
        deadline = time.monotonic() + 5
        while not thread.interrupts and time.monotonic() < deadline:  # its reader is a thread of its own
            time.sleep(0.01)
        thread.run.respond("yes")
    return [(r.method, r.url.raw_path.decode(), json.loads(r.content)) for r in seen if r.url.path == COMMANDS]


def test_the_commands_are_langgraph_sdks():
    expected = [
        (
            "POST",
            COMMANDS,
            {
                "id": 1,
                "method": "run.start",
                "params": {
                    "assistant_id": "interrupting",
                    "input": {"messages": ["hi"]},
                    "config": {"tags": ["t"]},
                    "metadata": {"m": 1},
                },
            },
        ),
        (
            "POST",
            COMMANDS,
            {"id": 2, "method": "input.respond", "params": {"interrupt_id": "i1", "namespace": [], "response": "yes"}},
        ),
    ]
    assert sent_commands_of_ours() == expected
    assert sent_commands_of_langgraph_sdk() == expected


class Status(Exception):
    """A scripted reply of this status instead of a stream."""

    def __init__(self, status: int) -> None:
        self.status = status


class ScriptedStreams:
    """Replies to the event stream requests in turn, recording each request's body."""

    def __init__(self, mock: responses.RequestsMock, *bodies: bytes | Exception) -> None:
        self.bodies = list(bodies)
        self.requests: list[dict[str, Any]] = []
        mock.add_callback(responses.POST, f"http://test/threads/{T}/stream/events", callback=self.reply)

    def reply(self, request: Any) -> tuple[int, dict[str, str], bytes]:
        self.requests.append(json.loads(request.body))
        body = self.bodies.pop(0)
        if isinstance(body, Status):
            return body.status, {"Content-Type": "text/plain"}, b"restarting"
        if isinstance(body, Exception):
            raise body
        return 200, {"Content-Type": "text/event-stream"}, body


@pytest.fixture
def mock():
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        mock.add_callback(
            responses.POST,
            f"http://test{COMMANDS}",
            callback=lambda request: (200, {}, json.dumps(command_reply(json.loads(request.body)))),
        )
        mock.add(
            responses.GET,
            f"http://test/threads/{T}/state",
            json={
                "values": STATE,
                "next": [],
                "tasks": [],
                "metadata": {},
                "created_at": None,
                "checkpoint": None,
                "parent_checkpoint": None,
                "interrupts": [],
            },
        )
        yield mock


def test_history_before_the_run_is_skipped_and_the_run_ends_the_values(mock):
    history = [
        event(1, "lifecycle", {"event": "running"}, run=OLD),
        event(2, "values", {"messages": ["old"]}),
        event(3, "lifecycle", {"event": "completed"}, run=OLD),
    ]
    run = [
        event(4, "lifecycle", {"event": "running"}),
        event(5, "values", {"messages": ["hi"]}),
        event(6, "values", {"messages": ["sub"]}, namespace=["child:1"]),
        event(7, "values", {"messages": ["hi", "echo"]}),
        event(8, "lifecycle", {"event": "completed"}),
        event(9, "values", {"messages": ["after"]}),
    ]
    streams = ScriptedStreams(mock, sse(*history, *run))
    with get_client("http://test", api_key=None).threads.stream(T, assistant_id="agent") as thread:
        thread.run.start(input={"messages": ["hi"]})
        # The state as fetched, then the run's values events of the graph itself.
        assert list(thread.values) == [STATE, {"messages": ["hi"]}, {"messages": ["hi", "echo"]}]
        assert list(thread.values) == [STATE]  # the run is over
        assert thread.output == {"messages": ["hi", "echo"]}
    assert streams.requests == [
        {"channels": ["values", "updates", "messages", "tools", "lifecycle", "input", "checkpoints", "tasks", "custom"]}
    ]


def test_a_dropped_stream_is_reopened_since_the_last_event(mock, monkeypatch):
    monkeypatch.setattr("langgraph_sync.thread_stream._RECONNECT_BACKOFF", 0)
    first = sse(event(1, "lifecycle", {"event": "running"}), event(2, "values", {"messages": ["hi"]}))
    # The server replays from `since`; an event it sends twice is taken once.
    second = sse(event(2, "values", {"messages": ["hi"]}), event(3, "lifecycle", {"event": "completed"}))
    streams = ScriptedStreams(mock, first, second)
    with get_client("http://test", api_key=None).threads.stream(T, assistant_id="agent") as thread:
        thread.run.start()
        assert [e["seq"] for e in thread.events] == [1, 2, 3]
    assert [body.get("since") for body in streams.requests] == [None, 2]


def test_a_5xx_when_the_stream_opens_is_tried_again_a_404_is_not(mock, monkeypatch):
    monkeypatch.setattr("langgraph_sync.thread_stream._RECONNECT_BACKOFF", 0)
    done = sse(event(1, "lifecycle", {"event": "running"}), event(2, "lifecycle", {"event": "completed"}))
    streams = ScriptedStreams(mock, Status(502), done, Status(404))
    client = get_client("http://test", api_key=None, max_retries=0)
    with client.threads.stream(T, assistant_id="agent") as thread:
        thread.run.start()
        assert [e["seq"] for e in thread.events] == [1, 2]
    assert len(streams.requests) == 2
    with client.threads.stream(T, assistant_id="agent") as thread:
        thread.run.start()
        with pytest.raises(NotFoundError):
            list(thread.events)


def test_a_stream_that_keeps_failing_raises_a_connection_error(mock, monkeypatch):
    monkeypatch.setattr("langgraph_sync.thread_stream._RECONNECT_BACKOFF", 0)
    streams = ScriptedStreams(mock, *[b""] * 7)
    with get_client("http://test", api_key=None).threads.stream(T, assistant_id="agent") as thread:
        thread.run.start()
        with pytest.raises(APIConnectionError):
            list(thread.events)
    assert len(streams.requests) == 6  # the first try and 5 more


def test_a_failed_run_raises_run_error_and_a_refused_command_its_code(mock):
    ScriptedStreams(
        mock,
        sse(event(1, "lifecycle", {"event": "running"}), event(2, "lifecycle", {"event": "failed", "error": "boom"})),
    )
    with get_client("http://test", api_key=None).threads.stream(T, assistant_id="agent") as thread:
        thread.run.start()
        with pytest.raises(RunError, match="boom") as caught:
            thread.values.get()
        assert isinstance(caught.value, RuntimeError) and str(caught.value) == "Run errored: boom"
        assert pickle.loads(pickle.dumps(caught.value)).message == "boom"
        with pytest.raises(ThreadStreamError, match="0 interrupts"):
            thread.run.respond("yes")


def test_a_command_the_server_refuses():
    refusal = {"type": "error", "id": 1, "error": "invalid_argument", "message": "run.start requires an assistant_id."}
    with responses.RequestsMock() as mock:
        mock.add(responses.POST, f"http://test{COMMANDS}", json=refusal)
        with (
            get_client("http://test", api_key=None).threads.stream(T, assistant_id="agent") as thread,
            pytest.raises(ThreadStreamError) as error,
        ):
            thread.run.start()
    assert error.value.code == "invalid_argument" and "assistant_id" in error.value.message
    assert isinstance(error.value, RuntimeError)
    assert str(error.value) == "Protocol error [invalid_argument]: run.start requires an assistant_id."


def test_an_interrupts_value_is_the_events_value_and_payload_the_servers(mock):
    ScriptedStreams(mock, sse(*INTERRUPTED_RUN))
    with get_client("http://test", api_key=None).threads.stream(T, assistant_id="interrupting") as thread:
        thread.run.start(input={"messages": ["hi"]})
        list(thread.events)
        (interrupt,) = thread.interrupts
    # langgraph-sdk reads "value", which langgraph-api does not send: None for both.
    assert interrupt == {"interrupt_id": "i1", "value": None, "namespace": [], "payload": {"question": "approve?"}}


def test_output_reads_on_past_an_interrupt_until_the_run_answered_elsewhere_finishes(mock):
    streams = ScriptedStreams(mock, sse(*INTERRUPTED_RUN, *RESUMED_RUN))
    with get_client("http://test", api_key=None).threads.stream(T, assistant_id="interrupting") as thread:
        thread.run.start(input={"messages": ["hi"]})
        assert thread.output == STATE
        assert not thread.interrupted and thread.interrupts == []
    assert len(streams.requests) == 1


def test_output_of_a_joined_thread_with_work_left_waits_for_its_run(mock):
    mock.replace(
        responses.GET,
        f"http://test/threads/{T}/state",
        json={
            "values": {"messages": ["hi"]},
            "next": ["ask"],
            "tasks": [],
            "metadata": {},
            "created_at": None,
            "checkpoint": None,
            "parent_checkpoint": None,
            "interrupts": [],
        },
    )
    mock.add(responses.GET, f"http://test/threads/{T}/runs", json=[RUN])
    ScriptedStreams(
        mock,
        sse(event(1, "lifecycle", {"event": "running"}), event(2, "lifecycle", {"event": "failed", "error": "late"})),
    )
    with (
        get_client("http://test", api_key=None).threads.stream(T, assistant_id="interrupting") as thread,
        pytest.raises(RunError, match="late"),
    ):
        thread.values.get()


@pytest.mark.parametrize(
    ("namespace", "channels", "namespaces", "depth", "expected"),
    [
        ([], ["values"], None, None, True),
        ([], ["updates"], None, None, False),
        (["child:1"], ["values"], [["child"]], None, True),
        (["child:1"], ["values"], [["child:2"]], None, False),
        (["child:1", "inner:2"], ["values"], [["child"]], 0, False),
        (["child:1", "inner:2"], ["values"], [["child"]], 1, True),
        (["other:1"], ["values"], [["child"]], None, False),
    ],
)
def test_matches_as_the_server_filters(namespace, channels, namespaces, depth, expected):
    assert matches(event(1, "values", {}, namespace=namespace), channels, namespaces, depth) is expected


def test_custom_channels():
    named = event(1, "custom", {"name": "progress", "payload": 1})
    assert matches(named, ["custom"]) and matches(named, ["custom:progress"]) and not matches(named, ["custom:other"])
    assert matches(event(2, "input.requested", {}), ["input"])


MESSAGE_EVENTS = [
    {"event": "message-start", "id": "m1", "metadata": {"langgraph_node": "model"}},
    {"event": "content-block-delta", "index": 0, "delta": {"type": "text-delta", "text": "Hel"}},
    {"event": "content-block-delta", "index": 0, "delta": {"type": "text-delta", "text": "lo"}},
    {"event": "message-finish"},
]


def message_run(mock):
    ScriptedStreams(
        mock,
        sse(
            event(1, "lifecycle", {"event": "running"}),
            event(2, "messages", MESSAGE_EVENTS[0]),
            event(3, "messages", {"event": "message-start", "id": "sub"}, namespace=["child:1"]),
            *[event(seq, "messages", data) for seq, data in enumerate(MESSAGE_EVENTS[1:], start=4)],
            event(7, "lifecycle", {"event": "completed"}),
        ),
    )


def test_messages_are_langchain_core_chat_model_streams_of_the_graph_itself(mock):
    message_run(mock)
    with get_client("http://test", api_key=None).threads.stream(T, assistant_id="agent") as thread:
        thread.run.start()
        (message,) = thread.messages
    assert type(message).__name__ == "ChatModelStream" and message.done
    assert (str(message.text), message.node, message.message_id, message.namespace) == ("Hello", "model", "m1", [])


def test_without_langchain_core_messages_are_the_message_events_data(mock, monkeypatch):
    monkeypatch.setitem(sys.modules, "langchain_core.language_models.chat_model_stream", None)  # not importable
    message_run(mock)
    with get_client("http://test", api_key=None).threads.stream(T, assistant_id="agent") as thread:
        thread.run.start()
        assert list(thread.messages) == MESSAGE_EVENTS


def test_after_an_answer_the_stream_follows_the_resumed_run_once_the_server_lists_it(mock, monkeypatch):
    # The server may list the interrupted run as the newest for a moment after input.respond.
    # Following it would wait forever: all of its events have been read.
    streams = ScriptedStreams(mock, sse(*INTERRUPTED_RUN, *RESUMED_RUN))
    mock.add(responses.GET, f"http://test/threads/{T}/runs", json=[RUN])  # still the interrupted run
    mock.add(responses.GET, f"http://test/threads/{T}/runs", json=[{**RUN, "run_id": RESUMED}])
    with get_client("http://test", api_key=None).threads.stream(T, assistant_id="interrupting") as thread:
        thread.run.start(input={"messages": ["hi"]})
        thread.run.respond("yes")
        assert list(thread.values) == [STATE, {"messages": ["hi", "yes"]}]
        assert not thread.interrupted
    assert len(streams.requests) == 1


def test_an_answer_whose_run_never_appears_is_an_error_not_a_wait_without_end(mock, monkeypatch):
    monkeypatch.setattr("langgraph_sync.thread_stream.RESUMED_RUN_SECONDS", 0.2)
    ScriptedStreams(mock, sse(*INTERRUPTED_RUN))
    mock.add(responses.GET, f"http://test/threads/{T}/runs", json=[RUN])
    with get_client("http://test", api_key=None).threads.stream(T, assistant_id="interrupting") as thread:
        thread.run.start(input={"messages": ["hi"]})
        started = time.monotonic()
        with pytest.raises(ThreadStreamError) as caught:
            thread.run.respond("yes")
    assert caught.value.code == "run_not_resumed" and time.monotonic() - started < 2


def tool(seq: int, kind: str, call: str, **data: Any):
    return event(seq, "tools", {"event": kind, "tool_call_id": call, **data})


def test_a_tool_calls_output_read_inside_interleave_reads_on_and_the_loop_still_sees_every_item(mock):
    ScriptedStreams(
        mock,
        sse(
            event(1, "lifecycle", {"event": "running"}),
            tool(2, "tool-started", "c1", tool_name="spell", input={"word": "ab"}),
            tool(3, "tool-output-delta", "c1", delta="a"),
            event(4, "values", {"messages": ["between"]}),
            tool(5, "tool-output-delta", "c1", delta="b"),
            tool(6, "tool-finished", "c1", output="a-b"),
            tool(7, "tool-started", "c2", tool_name="slow"),
            event(8, "lifecycle", {"event": "completed"}),
        ),
    )
    seen = []
    with get_client("http://test", api_key=None).threads.stream(T, assistant_id="agent") as thread:
        thread.run.start()
        for channel, item in thread.interleave_projections(["tool_calls", "values"]):
            if item == {"messages": ["between"]}:
                seen.append(item)
            elif item.name == "spell":
                seen.append((item.output, list(item.deltas)))  # langgraph-sdk's would wait for ever here
            else:
                unfinished = item
    assert seen == [("a-b", ["a", "b"]), {"messages": ["between"]}]
    with pytest.raises(RuntimeError, match="closed before terminal tool event"):
        _ = unfinished.output


def test_a_subgraph_ends_with_its_task_result_and_interleave_refuses_control_channels(mock):
    child = ["child:t1"]
    ScriptedStreams(
        mock,
        sse(
            event(1, "lifecycle", {"event": "running"}),
            event(2, "tasks", {"id": "t1", "name": "child"}, namespace=child),
            event(3, "custom", {"name": "progress", "payload": 1}, namespace=[*child, "inner:t2"]),
            event(4, "tasks", {"id": "t1", "name": "child", "error": "boom", "result": None}),
            event(5, "lifecycle", {"event": "completed"}),
        ),
    )
    with get_client("http://test", api_key=None).threads.stream(T, assistant_id="agent") as thread:
        thread.run.start()
        (found,) = thread.subgraphs
        assert (found.path, found.graph_name, found.trigger_call_id) == (("child:t1",), "child", "t1")
        assert (found.status, found.error) == ("failed", "boom")
        assert list(found.extensions["progress"]) == [{"name": "progress", "payload": 1}]
        for channel in ("lifecycle", "tools", "input"):
            with pytest.raises(ValueError, match="not a valid interleave_projections channel"):
                next(thread.interleave_projections([channel]))


def test_the_websocket_transport_without_websockets_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "websockets.sync.client", None)  # not importable
    client = get_client("http://test", api_key=None)
    with pytest.raises(ImportError, match=r"pip install 'langgraph-sync\[websocket\]'"):
        client.threads.stream(assistant_id="agent", transport="websocket")
    with pytest.raises(ValueError, match="transport must be one of 'sse', 'websocket'"):
        client.threads.stream(assistant_id="agent", transport="grpc")


class ScriptedWebSocket:
    """A local websocket server: each connection gets the next script's frames (JSON); a script
    that ends with None is cut off without a closing handshake (a dropped connection)."""

    def __init__(self, *scripts: list[dict[str, Any] | None]) -> None:
        from websockets.sync.server import serve

        self.scripts = list(scripts)
        self.subscriptions: list[dict[str, Any]] = []
        self.paths_and_tenants: list[tuple[str, str | None]] = []
        self.server = serve(self.handle, "127.0.0.1", 0)
        self.url = f"http://127.0.0.1:{self.server.socket.getsockname()[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def handle(self, websocket: Any) -> None:
        self.paths_and_tenants.append((websocket.request.path, websocket.request.headers.get("x-tenant")))
        self.subscriptions.append(json.loads(websocket.recv()))
        for frame in self.scripts.pop(0):
            if frame is None:
                websocket.socket.shutdown(socket.SHUT_RDWR)  # dropped, no close frame
                return
            websocket.send(json.dumps(frame))
        websocket.recv()  # until the client closes


def test_a_dropped_websocket_is_reopened_since_the_last_event(monkeypatch):
    monkeypatch.setattr("langgraph_sync.thread_stream._RECONNECT_BACKOFF", 0)
    subscribed = {"type": "success", "id": 1, "result": {}}
    first = [subscribed, event(1, "lifecycle", {"event": "running"}), event(2, "values", {"messages": ["hi"]}), None]
    second = [subscribed, event(2, "values", {"messages": ["hi"]}), event(3, "lifecycle", {"event": "completed"})]
    server = ScriptedWebSocket(first, second)
    try:
        with responses.RequestsMock() as mock:
            mock.add_callback(
                responses.POST,
                f"{server.url}{COMMANDS}",
                callback=lambda request: (200, {}, json.dumps(command_reply(json.loads(request.body)))),
            )
            client = get_client(server.url, api_key=None, headers={"x-tenant": "t1"})
            with client.threads.stream(T, assistant_id="agent", transport="websocket") as thread:
                thread.run.start()
                assert [e["seq"] for e in thread.events] == [1, 2, 3]
    finally:
        server.server.shutdown()
    assert server.paths_and_tenants == [(f"/threads/{T}/stream/events", "t1")] * 2
    channels = ["values", "updates", "messages", "tools", "lifecycle", "input", "checkpoints", "tasks", "custom"]
    assert server.subscriptions == [
        {"id": 1, "method": "subscription.subscribe", "params": {"channels": channels}},
        {"id": 1, "method": "subscription.subscribe", "params": {"channels": channels, "since": 2}},
    ]
