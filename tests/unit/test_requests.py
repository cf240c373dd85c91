"""Every method: the exact request it sends, the same as langgraph-sdk's, and what it returns.

Each case is one call, written once and made through both clients: ours against `responses`,
langgraph-sdk's sync client against an httpx mock transport. Both requests must equal the
expected method, path (as sent, percent-encoded), query and JSON body written in the case.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Callable
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
import responses
from langgraph_sdk import get_sync_client

from langgraph_sync import get_client
from langgraph_sync._sse import StreamPart
from langgraph_sync.assistants import AssistantsSearchResponse
from langgraph_sync.models import (
    Assistant,
    AssistantVersion,
    GraphSchema,
    GraphSchemaNoId,
    Run,
    Thread,
    ThreadPruneResponse,
    ThreadState,
    ThreadStateUpdateResponse,
)

NO_BODY = object()
T = "5cb1e8a1-34b3-4a61-a34e-71a9799bd00d"
A = "fe096781-5601-53d2-b2f6-0d3403f7e9ca"
R = "01a20f3a-6d58-732c-be26-85a1762be6d6"
TIME = "2024-08-30T20:35:52.062934+00:00"
THREAD = {
    "thread_id": T,
    "created_at": TIME,
    "updated_at": TIME,
    "state_updated_at": TIME,
    "metadata": {"user": "u1"},
    "status": "idle",
    "config": {},
    "values": None,
    "interrupts": {},
}
CHECKPOINT = {"thread_id": T, "checkpoint_ns": "", "checkpoint_id": "1f1e8403-1339-6673-8001-c5897beb56ad"}
STATE = {
    "values": {"messages": ["hi", "echo"]},
    "next": [],
    "tasks": [
        {
            "id": "t1",
            "name": "echo",
            "path": ["__pregel_pull", "echo"],
            "error": None,
            "interrupts": [],
            "checkpoint": None,
            "state": None,
            "result": {"messages": ["echo"]},
        }
    ],
    "metadata": {"step": 1},
    "created_at": TIME,
    "checkpoint": CHECKPOINT,
    "parent_checkpoint": None,
    "interrupts": [],
    "checkpoint_id": CHECKPOINT["checkpoint_id"],
    "parent_checkpoint_id": None,
}
ASSISTANT = {
    "assistant_id": A,
    "graph_id": "agent",
    "config": {"tags": ["x"]},
    "context": {},
    "created_at": TIME,
    "updated_at": TIME,
    "metadata": {"created_by": "system"},
    "version": 1,
    "name": "agent",
    "description": None,
}
VERSION = {k: v for k, v in ASSISTANT.items() if k != "updated_at"}
SCHEMA = {
    "graph_id": "agent",
    "input_schema": None,
    "output_schema": None,
    "state_schema": {"type": "object"},
    "config_schema": {},
    "context_schema": None,
}
RUN = {
    "run_id": R,
    "thread_id": T,
    "assistant_id": A,
    "created_at": TIME,
    "updated_at": TIME,
    "status": "pending",
    "metadata": {},
    "kwargs": {},
    "multitask_strategy": "enqueue",
}
SSE = b'event: metadata\ndata: {"run_id": "r"}\n\nevent: values\ndata: {"messages": ["hi"]}\n\n'


@dataclass
class Case:
    id: str
    call: Callable[[Any], Any]
    method: str
    path: str
    query: dict[str, list[str]] = field(default_factory=dict)
    body: Any = NO_BODY
    reply: Any = None
    returns: Any = type(None)
    headers: dict[str, str] = field(default_factory=dict)
    reply_headers: dict[str, str] = field(default_factory=dict)
    sdk_differs: str = ""  # why langgraph-sdk's request is not compared, if it is not

    @property
    def streams(self) -> bool:
        return self.reply is SSE


CASES = [
    # threads
    Case("threads.create", lambda c: c.threads.create(), "POST", "/threads", body={}, reply=THREAD, returns=Thread),
    Case(
        "threads.create-all",
        lambda c: c.threads.create(
            metadata={"user": "u1"},
            thread_id=T,
            if_exists="do_nothing",
            graph_id="agent",
            ttl=5,
            supersteps=[{"updates": [{"values": {"a": 1}, "as_node": "echo"}]}],
        ),
        "POST",
        "/threads",
        body={
            "thread_id": T,
            "metadata": {"user": "u1", "graph_id": "agent"},
            "if_exists": "do_nothing",
            "supersteps": [{"updates": [{"values": {"a": 1}, "command": None, "as_node": "echo"}]}],
            "ttl": {"ttl": 5, "strategy": "delete"},
        },
        reply=THREAD,
        returns=Thread,
    ),
    Case("threads.get", lambda c: c.threads.get(T), "GET", f"/threads/{T}", reply=THREAD, returns=Thread),
    Case(
        "threads.get-include",
        lambda c: c.threads.get(T, include=["ttl", "x"], params={"extra": "1"}, headers={"X-Trace": "t"}),
        "GET",
        f"/threads/{T}",
        query={"include": ["ttl,x"], "extra": ["1"]},
        reply=THREAD,
        returns=Thread,
        headers={"X-Trace": "t"},
    ),
    Case(
        "threads.get-traversal",
        lambda c: c.threads.get("../assistants/search"),
        "GET",
        "/threads/..%2Fassistants%2Fsearch",
        reply=THREAD,
        returns=Thread,
    ),
    Case(
        "threads.update",
        lambda c: c.threads.update(T, metadata={"a": 1}, ttl={"ttl": 9, "strategy": "keep_latest"}),
        "PATCH",
        f"/threads/{T}",
        body={"metadata": {"a": 1}, "ttl": {"ttl": 9, "strategy": "keep_latest"}},
        reply=THREAD,
        returns=Thread,
    ),
    Case(
        "threads.update-minimal",
        lambda c: c.threads.update(T, metadata={}, return_minimal=True),
        "PATCH",
        f"/threads/{T}",
        body={"metadata": {}},
        headers={"Prefer": "return=minimal"},
    ),
    Case("threads.delete", lambda c: c.threads.delete(T), "DELETE", f"/threads/{T}"),
    Case(
        "threads.search",
        lambda c: c.threads.search(),
        "POST",
        "/threads/search",
        body={"limit": 10, "offset": 0},
        reply=[THREAD],
        returns=list,
    ),
    Case(
        "threads.search-all",
        lambda c: c.threads.search(
            metadata={"u": 1},
            values={"v": 2},
            ids=[T],
            status="idle",
            limit=5,
            offset=2,
            sort_by="created_at",
            sort_order="asc",
            extract={"x": "values.x"},
        ),
        "POST",
        "/threads/search",
        body={
            "limit": 5,
            "offset": 2,
            "metadata": {"u": 1},
            "values": {"v": 2},
            "ids": [T],
            "status": "idle",
            "sort_by": "created_at",
            "sort_order": "asc",
            "extract": {"x": "values.x"},
        },
        reply=[THREAD],
        returns=list,
    ),
    Case(
        "threads.search-select",
        lambda c: c.threads.search(select=["thread_id", "status"]),
        "POST",
        "/threads/search",
        body={"limit": 10, "offset": 0, "select": ["thread_id", "status"]},
        reply=[{"thread_id": T, "status": "idle"}],
        returns=list,
    ),
    Case(
        "threads.count",
        lambda c: c.threads.count(status="busy", metadata={"a": 1}),
        "POST",
        "/threads/count",
        body={"metadata": {"a": 1}, "status": "busy"},
        reply=3,
        returns=int,
    ),
    Case(
        "threads.copy",
        lambda c: c.threads.copy(T),
        "POST",
        f"/threads/{T}/copy",
        reply=THREAD,
        returns=Thread,
        sdk_differs="",
    ),
    Case(
        "threads.prune",
        lambda c: c.threads.prune([T]),
        "POST",
        "/threads/prune",
        body={"thread_ids": [T]},
        reply={"pruned_count": 1},
        returns=ThreadPruneResponse,
    ),
    Case(
        "threads.prune-keep-latest",
        lambda c: c.threads.prune([T], strategy="keep_latest"),
        "POST",
        "/threads/prune",
        body={"thread_ids": [T], "strategy": "keep_latest"},
        reply={"pruned_count": 1},
        returns=ThreadPruneResponse,
    ),
    Case(
        "threads.get_state",
        lambda c: c.threads.get_state(T),
        "GET",
        f"/threads/{T}/state",
        query={"subgraphs": ["false"]},
        reply=STATE,
        returns=ThreadState,
    ),
    Case(
        "threads.get_state-checkpoint_id",
        lambda c: c.threads.get_state(T, checkpoint_id="c1", subgraphs=True, select=["values", "next"]),
        "GET",
        f"/threads/{T}/state/c1",
        query={"subgraphs": ["true"], "select": ["values", "next"]},
        reply=STATE,
        returns=ThreadState,
    ),
    Case(
        "threads.get_state-checkpoint",
        lambda c: c.threads.get_state(T, checkpoint=CHECKPOINT),
        "POST",
        f"/threads/{T}/state/checkpoint",
        body={"checkpoint": CHECKPOINT, "subgraphs": False},
        reply=STATE,
        returns=ThreadState,
    ),
    Case(
        "threads.update_state",
        lambda c: c.threads.update_state(T, {"messages": ["x"]}, as_node="echo", checkpoint_id="c1"),
        "POST",
        f"/threads/{T}/state",
        body={"values": {"messages": ["x"]}, "checkpoint_id": "c1", "as_node": "echo"},
        reply={"checkpoint": CHECKPOINT},
        returns=ThreadStateUpdateResponse,
    ),
    Case(
        "threads.get_history",
        lambda c: c.threads.get_history(T, limit=3, before={"configurable": CHECKPOINT}, metadata={"step": 1}),
        "POST",
        f"/threads/{T}/history",
        body={"limit": 3, "before": {"configurable": CHECKPOINT}, "metadata": {"step": 1}},
        reply=[STATE],
        returns=list,
    ),
    Case(
        "threads.join_stream",
        lambda c: list(c.threads.join_stream(T, last_event_id="5-0")),
        "GET",
        f"/threads/{T}/stream",
        query={"stream_mode": ["run_modes"]},
        reply=SSE,
        returns=list,
        headers={"Last-Event-ID": "5-0", "Accept": "text/event-stream"},
    ),
    # assistants
    Case(
        "assistants.get", lambda c: c.assistants.get(A), "GET", f"/assistants/{A}", reply=ASSISTANT, returns=Assistant
    ),
    Case(
        "assistants.create",
        lambda c: c.assistants.create(
            "agent",
            {"tags": ["x"]},
            context={"k": 1},
            metadata={"m": 1},
            assistant_id=A,
            if_exists="raise",
            name="n",
            description="d",
        ),
        "POST",
        "/assistants",
        body={
            "graph_id": "agent",
            "config": {"tags": ["x"]},
            "context": {"k": 1},
            "metadata": {"m": 1},
            "assistant_id": A,
            "if_exists": "raise",
            "name": "n",
            "description": "d",
        },
        reply=ASSISTANT,
        returns=Assistant,
    ),
    Case(
        "assistants.update",
        lambda c: c.assistants.update(A, graph_id="agent", config={}, name="n"),
        "PATCH",
        f"/assistants/{A}",
        body={"graph_id": "agent", "config": {}, "name": "n"},
        reply=ASSISTANT,
        returns=Assistant,
    ),
    Case("assistants.delete", lambda c: c.assistants.delete(A), "DELETE", f"/assistants/{A}"),
    Case(
        "assistants.delete-threads",
        lambda c: c.assistants.delete(A, delete_threads=True),
        "DELETE",
        f"/assistants/{A}",
        query={"delete_threads": ["true"]},
    ),
    Case(
        "assistants.search",
        lambda c: c.assistants.search(
            graph_id="agent", name="n", metadata={"m": 1}, sort_by="name", sort_order="desc", limit=2
        ),
        "POST",
        "/assistants/search",
        body={
            "limit": 2,
            "offset": 0,
            "metadata": {"m": 1},
            "graph_id": "agent",
            "name": "n",
            "sort_by": "name",
            "sort_order": "desc",
        },
        reply=[ASSISTANT],
        returns=list,
    ),
    Case(
        "assistants.search-object",
        lambda c: c.assistants.search(response_format="object"),
        "POST",
        "/assistants/search",
        body={"limit": 10, "offset": 0},
        reply=[ASSISTANT],
        returns=AssistantsSearchResponse,
        reply_headers={"X-Pagination-Next": "10"},
    ),
    Case(
        "assistants.count",
        lambda c: c.assistants.count(graph_id="agent"),
        "POST",
        "/assistants/count",
        body={"graph_id": "agent"},
        reply=7,
        returns=int,
    ),
    Case(
        "assistants.get_graph",
        lambda c: c.assistants.get_graph(A, xray=2),
        "GET",
        f"/assistants/{A}/graph",
        query={"xray": ["2"]},
        reply={"nodes": [], "edges": []},
        returns=dict,
    ),
    Case(
        "assistants.get_schemas",
        lambda c: c.assistants.get_schemas(A),
        "GET",
        f"/assistants/{A}/schemas",
        reply=SCHEMA,
        returns=GraphSchema,
    ),
    Case(
        "assistants.get_subgraphs",
        lambda c: c.assistants.get_subgraphs(A, recurse=True),
        "GET",
        f"/assistants/{A}/subgraphs",
        query={"recurse": ["true"]},
        reply={"child": {k: v for k, v in SCHEMA.items() if k != "graph_id"}},
        returns=dict,
    ),
    Case(
        "assistants.get_subgraphs-namespace",
        lambda c: c.assistants.get_subgraphs(A, "child"),
        "GET",
        f"/assistants/{A}/subgraphs/child",
        query={"recurse": ["false"]},
        reply={"child": {k: v for k, v in SCHEMA.items() if k != "graph_id"}},
        returns=dict,
    ),
    Case(
        "assistants.get_versions",
        lambda c: c.assistants.get_versions(A, {"m": 1}, 5, 1),
        "POST",
        f"/assistants/{A}/versions",
        body={"limit": 5, "offset": 1, "metadata": {"m": 1}},
        reply=[VERSION],
        returns=list,
    ),
    Case(
        "assistants.set_latest",
        lambda c: c.assistants.set_latest(A, 2),
        "POST",
        f"/assistants/{A}/latest",
        body={"version": 2},
        reply=ASSISTANT,
        returns=Assistant,
    ),
    # runs
    Case(
        "runs.create",
        lambda c: c.runs.create(
            T, "agent", input={"messages": ["hi"]}, metadata={"m": 1}, multitask_strategy="enqueue"
        ),
        "POST",
        f"/threads/{T}/runs",
        body={
            "input": {"messages": ["hi"]},
            "stream_mode": "values",
            "stream_subgraphs": False,
            "stream_resumable": False,
            "metadata": {"m": 1},
            "assistant_id": "agent",
            "multitask_strategy": "enqueue",
        },
        reply=RUN,
        returns=Run,
    ),
    Case(
        "runs.create-stateless",
        lambda c: c.runs.create(None, "agent", command={"resume": "yes", "goto": None}, interrupt_before="*"),
        "POST",
        "/runs",
        body={
            "command": {"resume": "yes"},
            "stream_mode": "values",
            "stream_subgraphs": False,
            "stream_resumable": False,
            "assistant_id": "agent",
            "interrupt_before": "*",
        },
        reply=RUN,
        returns=Run,
    ),
    Case(
        "runs.create_batch",
        lambda c: c.runs.create_batch([{"assistant_id": "agent", "input": None}]),
        "POST",
        "/runs/batch",
        body=[{"assistant_id": "agent"}],
        reply=[RUN],
        returns=list,
    ),
    Case(
        "runs.wait",
        lambda c: c.runs.wait(
            T, "agent", input={"x": 1}, config={"tags": ["t"]}, on_disconnect="cancel", durability="sync"
        ),
        "POST",
        f"/threads/{T}/runs/wait",
        body={
            "input": {"x": 1},
            "config": {"tags": ["t"]},
            "assistant_id": "agent",
            "on_disconnect": "cancel",
            "durability": "sync",
        },
        reply={"messages": ["x"]},
        returns=dict,
    ),
    Case(
        "runs.wait-stateless",
        lambda c: c.runs.wait(None, "agent"),
        "POST",
        "/runs/wait",
        body={"assistant_id": "agent"},
        reply={"a": 1},
        returns=dict,
    ),
    Case(
        "runs.stream",
        lambda c: list(
            c.runs.stream(
                T, "agent", input={}, stream_mode=["values", "updates"], stream_subgraphs=True, stream_resumable=True
            )
        ),
        "POST",
        f"/threads/{T}/runs/stream",
        body={
            "input": {},
            "stream_mode": ["values", "updates"],
            "stream_subgraphs": True,
            "stream_resumable": True,
            "assistant_id": "agent",
        },
        reply=SSE,
        returns=list,
        headers={"Accept": "text/event-stream"},
    ),
    Case(
        "runs.stream-stateless",
        lambda c: list(c.runs.stream(None, "agent")),
        "POST",
        "/runs/stream",
        body={"stream_mode": "values", "stream_subgraphs": False, "stream_resumable": False, "assistant_id": "agent"},
        reply=SSE,
        returns=list,
    ),
    Case(
        "runs.join",
        lambda c: c.runs.join(T, R),
        "GET",
        f"/threads/{T}/runs/{R}/join",
        reply={"messages": []},
        returns=dict,
    ),
    Case(
        "runs.join_stream",
        lambda c: list(c.runs.join_stream(T, R, stream_mode="updates", last_event_id="3")),
        "GET",
        f"/threads/{T}/runs/{R}/stream",
        query={"stream_mode": ["updates"], "cancel_on_disconnect": ["false"]},
        reply=SSE,
        returns=list,
        headers={"Last-Event-ID": "3"},
    ),
    Case("runs.get", lambda c: c.runs.get(T, R), "GET", f"/threads/{T}/runs/{R}", reply=RUN, returns=Run),
    Case(
        "runs.list",
        lambda c: c.runs.list(T, limit=2, offset=1, status="success"),
        "GET",
        f"/threads/{T}/runs",
        query={"limit": ["2"], "offset": ["1"], "status": ["success"]},
        reply=[RUN],
        returns=list,
    ),
    Case(
        "runs.cancel",
        lambda c: c.runs.cancel(T, R, action="rollback"),
        "POST",
        f"/threads/{T}/runs/{R}/cancel",
        query={"wait": ["0"], "action": ["rollback"]},
    ),
    Case(
        "runs.cancel_many",
        lambda c: c.runs.cancel_many(thread_id=T, run_ids=[R], status="pending"),
        "POST",
        "/runs/cancel",
        query={"action": ["interrupt"]},
        body={"thread_id": T, "run_ids": [R], "status": "pending"},
    ),
    Case("runs.delete", lambda c: c.runs.delete(T, R), "DELETE", f"/threads/{T}/runs/{R}"),
]


@dataclass
class Sent:
    method: str
    path: str
    query: dict[str, list[str]]
    body: Any
    headers: dict[str, str]


def reply_bytes(case: Case) -> bytes:
    if case.streams:
        return SSE
    return b"" if case.reply is None else json.dumps(case.reply).encode()


def reply_headers(case: Case) -> dict[str, str]:
    content_type = "text/event-stream" if case.streams else "application/json"
    return {"Content-Type": content_type, **case.reply_headers}


def sent(method: str, url: str, body: bytes | None, headers: Any) -> Sent:
    parts = urlsplit(url)
    return Sent(
        method,
        parts.path,
        parse_qs(parts.query, keep_blank_values=True),
        json.loads(body) if body else NO_BODY,
        {k.lower(): v for k, v in headers.items()},
    )


def ours(case: Case) -> tuple[Sent, Any]:
    with responses.RequestsMock() as mock:
        mock.add_callback(
            case.method,
            re.compile(r"http://test/.*"),
            callback=lambda request: (200, reply_headers(case), reply_bytes(case)),
        )
        result = case.call(get_client("http://test", api_key=None))
        (call,) = mock.calls
    request = call.request
    return sent(request.method, request.url, request.body, request.headers), result


def langgraph_sdks(case: Case) -> Sent:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, headers=reply_headers(case), content=reply_bytes(case))

    sdk = get_sync_client(url="http://test", api_key=None)
    sdk.http.client = httpx.Client(
        base_url="http://test", transport=httpx.MockTransport(handler), headers=sdk.http.client.headers
    )
    case.call(sdk)
    (request,) = seen
    return sent(request.method, str(request.url), request.content, request.headers)


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_the_request_is_exact_and_the_same_as_langgraph_sdks(case):
    request, _ = ours(case)
    expected = (case.method, case.path, case.query, case.body)
    assert (request.method, request.path, request.query, request.body) == expected
    for name, value in case.headers.items():
        assert request.headers[name.lower()] == value
    if case.body is not NO_BODY:
        assert request.headers["content-type"] == "application/json"
    theirs = langgraph_sdks(case)
    assert (theirs.method, theirs.path, theirs.query, theirs.body) == expected


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_the_reply_is_typed_and_lossless(case):
    _, result = ours(case)
    assert isinstance(result, case.returns)
    if case.streams:
        assert all(isinstance(part, StreamPart) for part in result)
        assert [(p.event, p.data) for p in result] == [("metadata", {"run_id": "r"}), ("values", {"messages": ["hi"]})]
    elif isinstance(result, list):
        assert [item.to_dict() if hasattr(item, "to_dict") else item for item in result] == case.reply
    elif hasattr(result, "to_dict"):
        assert result.to_dict() == (
            {"assistants": case.reply, "next": "10"} if isinstance(result, AssistantsSearchResponse) else case.reply
        )
    elif case.returns in (int, dict) and case.id != "assistants.get_subgraphs" and "namespace" not in case.id:
        assert result == case.reply


def test_typed_fields():
    _, thread = ours(CASES[0])
    assert thread.created_at.year == 2024 and thread.values is None
    _, subgraphs = ours(next(c for c in CASES if c.id == "assistants.get_subgraphs"))
    assert isinstance(subgraphs["child"], GraphSchemaNoId)
    _, versions = ours(next(c for c in CASES if c.id == "assistants.get_versions"))
    assert isinstance(versions[0], AssistantVersion)
    _, selected = ours(next(c for c in CASES if c.id == "threads.search-select"))
    assert selected[0].to_dict() == {"thread_id": T, "status": "idle"}
