"""client.threads.stream (the thread streaming protocol) end to end on the real server."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid

import pytest

from langgraph_sync import RunError
from langgraph_sync.thread_stream import ThreadStreamError


def settled_status(client, thread_id, expected, seconds=10.0):
    """The thread's status once it is `expected`, or the last one seen after `seconds`: the
    stream's interrupt event can arrive before the server has marked the run's thread."""
    deadline = time.monotonic() + seconds
    while (status := client.threads.get(thread_id).status) != expected and time.monotonic() < deadline:
        time.sleep(0.05)
    return status


def test_start_read_values_answer_the_interrupt_read_the_output(client):
    with client.threads.stream(assistant_id="interrupting") as thread:
        started = thread.run.start(input={"messages": ["hi"]})
        assert set(started) == {"run_id"}
        # The state as fetched (empty, or the input already), then the run's values; then the
        # run waits for an answer.
        *fetched, values = list(thread.values)
        assert fetched in ([{}], [{"messages": ["hi"]}]) and values == {"messages": ["hi"]}
        assert thread.interrupted
        (interrupt,) = thread.interrupts
        assert interrupt["payload"] == {"question": "approve?"} and interrupt["namespace"] == []
        assert settled_status(client, thread.thread_id, "interrupted") == "interrupted"

        assert thread.run.respond("yes") == {}
        assert list(thread.values)[-1] == {"messages": ["hi", "yes"]}
        assert thread.output == {"messages": ["hi", "yes"]}
        assert not thread.interrupted and thread.interrupts == []
    assert settled_status(client, thread.thread_id, "idle") == "idle"


def test_output_without_reading_values_and_respond_by_id(client):
    with client.threads.stream(assistant_id="interrupting") as thread:
        thread.run.start(input={"messages": ["a"]})
        assert [e["method"] for e in thread.events][-1] == "input.requested"  # stopped at the interrupt
        interrupt_id = thread.interrupts[0]["interrupt_id"]
        with pytest.raises(ThreadStreamError, match="no outstanding interrupt"):
            thread.run.respond("no", interrupt_id="not-" + interrupt_id)
        thread.run.respond("b", interrupt_id=interrupt_id)
        assert thread.output == {"messages": ["a", "b"]}


def test_a_second_session_on_the_same_thread_skips_its_history(client):
    thread_id = str(uuid.uuid4())
    with client.threads.stream(thread_id, assistant_id="interrupting") as thread:
        thread.run.start(input={"messages": ["one"]})
        thread.run.respond("two")
        assert thread.output == {"messages": ["one", "two"]}
    with client.threads.stream(uuid.UUID(thread_id), assistant_id="interrupting") as thread:
        assert thread.output == {"messages": ["one", "two"]}  # joining: the newest run, finished
        thread.run.start(input={"messages": ["three"]})
        events = list(thread.events)
        assert [e["method"] for e in events] == ["lifecycle", "values", "input.requested"]
        assert events[1]["params"]["data"] == {"messages": ["one", "two", "three"]}
        assert all(isinstance(e["seq"], int) and e["params"]["namespace"] == [] for e in events)
        thread.run.respond("four")
        assert thread.output == {"messages": ["one", "two", "three", "four"]}


def test_a_new_session_answers_the_interrupt_of_an_earlier_one(client):
    with client.threads.stream(assistant_id="interrupting") as first:
        first.run.start(input={"messages": ["q"]})
        list(first.values)
        assert first.interrupted
    with client.threads.stream(first.thread_id, assistant_id="interrupting") as second:
        second.run.respond("answered")  # the interrupt, learned from the stream
        assert second.output == {"messages": ["q", "answered"]}


def test_subscribe_filters_channels_and_namespaces(client):
    with client.threads.stream(assistant_id="with_subgraph") as thread:
        thread.run.start(input={"messages": []})
        updates = list(thread.subscribe(["updates", "lifecycle"], namespaces=[["child"]]))
    assert updates and all(e["params"]["namespace"][0].startswith("child:") for e in updates)
    assert {e["method"] for e in updates} <= {"updates", "lifecycle"}


def test_a_failed_run_raises_run_error(client):
    with client.threads.stream(assistant_id="failing") as thread:
        thread.run.start(input={"messages": []})
        with pytest.raises(RunError, match="always fails") as caught:
            thread.output
    assert isinstance(caught.value, RuntimeError) and caught.value.message == "this graph always fails"


def test_agent_tree_and_misuse(client):
    stream = client.threads.stream(assistant_id="agent")
    with pytest.raises(ThreadStreamError, match="context manager"):
        stream.run.start()
    with stream as thread:
        assert {node["id"] for node in thread.agent.get_tree()["nodes"]} >= {"echo"}
        with pytest.raises(ThreadStreamError, match="no run yet"):
            list(thread.values)
    with pytest.raises(ThreadStreamError, match="closed"):
        thread.run.start()
    with pytest.raises(ValueError, match="transport must be one of 'sse', 'websocket'"):
        client.threads.stream(assistant_id="agent", transport="http2")


NEWER_ROUND = """
import sys
from langgraph_sync import get_client

with get_client(sys.argv[1], api_key=None) as client:
    client.ok(), client.info()
    client.store.put_item(("round",), "k", {"a": 1})
    client.store.get_item(("round",), "k")
    client.store.search_items(("round",))
    client.store.list_namespaces()
    cron = client.crons.create("agent", schedule="0 0 * * *")
    client.crons.search()
    client.crons.delete(cron.cron_id)
    client.http.get("/info")
    list(client.runs.stream(None, "agent", input={"messages": []}, version="v2"))
    with client.threads.stream(assistant_id="interrupting") as thread:
        thread.run.start(input={"messages": ["hi"]})
        list(thread.values)
        thread.run.respond("yes")
        thread.output
roots = ("httpx", "httpcore", "anyio", "asyncio", "langchain_core", "langchain_protocol", "langgraph_sdk", "orjson")
print("loaded:", sorted(name for name in sys.modules if name.split(".")[0] in roots))
"""


def test_store_crons_http_and_thread_streams_import_no_httpx_asyncio_or_langchain(server_url):
    result = subprocess.run(
        [sys.executable, "-c", NEWER_ROUND, server_url],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "loaded: []"
