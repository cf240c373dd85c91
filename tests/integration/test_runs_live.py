"""client.runs (and threads.join_stream) against the real server."""

from __future__ import annotations

import threading
import time
import uuid

import pytest

from langgraph_sync import NotFoundError, get_client
from langgraph_sync._sse import StreamPart
from langgraph_sync.models import UNSET, Run
from langgraph_sync.runs import RunCreateMetadata

from .conftest import as_json


@pytest.fixture
def thread_id(client):
    return client.threads.create().thread_id


def test_create_then_join_get_and_list(client, thread_id):
    told: list[RunCreateMetadata] = []
    run = client.runs.create(
        thread_id, "agent", input={"messages": ["hi"]}, metadata={"m": 1}, on_run_created=told.append
    )
    assert isinstance(run, Run)
    assert told == [RunCreateMetadata(run_id=run.run_id, thread_id=thread_id)]
    assert client.runs.join(thread_id, run.run_id) == {"messages": ["hi", "echo"]}
    finished = client.runs.get(thread_id, uuid.UUID(run.run_id))
    assert finished.status == "success" and finished.metadata["m"] == 1
    second = client.runs.create(thread_id, "agent", input={"messages": ["again"]})
    client.runs.join(thread_id, second.run_id)
    assert [r.run_id for r in client.runs.list(thread_id)] == [second.run_id, run.run_id]
    assert [r.run_id for r in client.runs.list(thread_id, limit=1, offset=1)] == [run.run_id]
    assert client.runs.list(thread_id, status="error") == []
    selected = client.runs.list(thread_id, select=["run_id", "status"])
    assert {r.status for r in selected} == {"success"} and all(r.created_at is UNSET for r in selected)


def test_wait_stateful_and_stateless(client, thread_id):
    assert client.runs.wait(thread_id, "agent", input={"messages": ["one"]}) == {"messages": ["one", "echo"]}
    assert client.runs.wait(thread_id, "agent", input={"messages": ["two"]}) == {
        "messages": ["one", "echo", "two", "echo"]
    }
    assert client.runs.wait(None, "agent", input={"messages": ["solo"]}) == {"messages": ["solo", "echo"]}


def test_interrupt_and_resume(client, thread_id):
    paused = client.runs.wait(thread_id, "interrupting", input={"messages": ["start"]})
    assert paused["__interrupt__"][0]["value"] == {"question": "approve?"}
    assert client.threads.get(thread_id).status == "interrupted"
    resumed = client.runs.wait(thread_id, "interrupting", command={"resume": "yes"})
    assert resumed == {"messages": ["start", "yes"]}
    assert client.threads.get(thread_id).status == "idle"


def test_interrupt_before_a_node(client, thread_id):
    client.runs.wait(thread_id, "agent", input={"messages": ["hi"]}, interrupt_before=["echo"])
    assert client.threads.get_state(thread_id).next_ == ["echo"]
    assert client.runs.wait(thread_id, "agent", input=None) == {"messages": ["hi", "echo"]}


def test_stateless_create_and_batch(client):
    run = client.runs.create(None, "agent", input={"messages": ["x"]})
    assert isinstance(run, Run) and run.thread_id
    batch = client.runs.create_batch([{"assistant_id": "agent", "input": {"messages": [str(n)]}} for n in range(3)])
    assert len(batch) == 3 and all(isinstance(r, Run) for r in batch)


def test_stream_modes_as_they_arrive(client, thread_id):
    parts = list(client.runs.stream(thread_id, "agent", input={"messages": ["hi"]}, stream_mode=["values", "updates"]))
    assert all(isinstance(part, StreamPart) for part in parts)
    assert [part.event for part in parts] == ["metadata", "values", "updates", "values"]
    assert parts[-1].data == {"messages": ["hi", "echo"]}
    assert parts[2].data == {"echo": {"messages": ["echo"]}}


def test_stream_subgraphs_carry_their_namespace(client, thread_id):
    parts = list(
        client.runs.stream(
            thread_id, "with_subgraph", input={"messages": []}, stream_mode="updates", stream_subgraphs=True
        )
    )
    inner = [part for part in parts if part.namespace]
    assert inner and inner[0].mode == "updates" and inner[0].namespace[0].startswith("child:")
    assert inner[0].data == {"inner": {"messages": ["inner"]}}


def test_stream_stateless(client):
    parts = list(client.runs.stream(None, "agent", input={"messages": ["s"]}))
    assert parts[-1].event == "values" and parts[-1].data == {"messages": ["s", "echo"]}


def test_first_part_arrives_before_the_run_ends(client, thread_id):
    stream = client.runs.stream(
        thread_id, "slow", input={"messages": [], "seconds": 3}, stream_mode="updates", stream_resumable=True
    )
    started = time.monotonic()
    first = next(stream)
    assert first.event == "metadata"
    assert time.monotonic() - started < 2.5
    run_id = first.data["run_id"]
    assert client.runs.get(thread_id, run_id).status in ("pending", "running")
    stream.close()
    assert client.runs.join(thread_id, run_id)["messages"] == ["echo", "slept"]


def test_leaving_a_stream_early_releases_the_connection(server_url, thread_id):
    # One connection in the pool: if breaking out of the loop kept it, the next call would wait forever.
    with get_client(server_url, api_key=None, max_connections=1) as client:
        for part in client.runs.stream(thread_id, "slow", input={"messages": [], "seconds": 1}, stream_mode="updates"):
            break
        done = threading.Event()
        thread = threading.Thread(target=lambda: (client.threads.get(thread_id), done.set()), daemon=True)
        thread.start()
        thread.join(10)
        assert done.is_set(), "the stream's connection was not given back to the pool"


def test_join_stream_of_a_running_run(client, thread_id):
    run = client.runs.create(thread_id, "slow", input={"messages": [], "seconds": 1}, stream_mode="updates")
    parts = list(client.runs.join_stream(thread_id, run.run_id, stream_mode="updates"))
    assert {"sleep": {"messages": ["slept"]}} in [part.data for part in parts]


def test_threads_join_stream_follows_the_threads_runs(client, thread_id):
    run = client.runs.create(thread_id, "slow", input={"messages": [], "seconds": 1}, stream_mode="updates")
    # The thread's stream does not end by itself (it follows every later run): take what we need.
    for part in client.threads.join_stream(thread_id, stream_mode="updates"):
        if part.data == {"sleep": {"messages": ["slept"]}}:
            break
    assert client.runs.join(thread_id, run.run_id)["messages"][-1] == "slept"


def test_cancel_and_cancel_many_and_delete(client, thread_id):
    run = client.runs.create(thread_id, "slow", input={"messages": [], "seconds": 5})
    time.sleep(0.5)
    assert client.runs.cancel(thread_id, run.run_id, wait=True) is None
    assert client.runs.get(thread_id, run.run_id).status in ("interrupted", "error")
    other = client.threads.create().thread_id
    queued = client.runs.create(other, "slow", input={"messages": [], "seconds": 5})
    client.runs.cancel_many(thread_id=other, run_ids=[queued.run_id])
    client.runs.join(other, queued.run_id)
    assert client.runs.get(other, queued.run_id).status in ("interrupted", "error")
    assert client.runs.delete(thread_id, run.run_id) is None
    with pytest.raises(NotFoundError):
        client.runs.get(thread_id, run.run_id)


def test_run_on_an_unknown_thread(client):
    with pytest.raises(NotFoundError):
        client.runs.wait(str(uuid.uuid4()), "agent", input={"messages": []})


# The same calls through langgraph-sdk on the same server give the same results.


def test_parity_wait_and_join(client, sdk):
    ours, theirs = client.threads.create().thread_id, sdk.threads.create()["thread_id"]
    assert client.runs.wait(ours, "agent", input={"messages": ["p"]}) == sdk.runs.wait(
        theirs, "agent", input={"messages": ["p"]}
    )
    our_run = client.runs.create(ours, "agent", input={"messages": ["q"]})
    their_run = sdk.runs.create(theirs, "agent", input={"messages": ["q"]})
    assert client.runs.join(ours, our_run.run_id) == sdk.runs.join(theirs, their_run["run_id"])
    assert as_json(client.runs.get(ours, our_run.run_id)) == sdk.runs.get(ours, our_run.run_id)


@pytest.mark.parametrize("modes", ["values", ["updates"], ["values", "updates"], ["messages-tuple", "custom"], "debug"])
def test_parity_stream(client, sdk, modes):
    ours, theirs = client.threads.create().thread_id, sdk.threads.create()["thread_id"]
    our_parts = list(client.runs.stream(ours, "agent", input={"messages": ["p"]}, stream_mode=modes))
    their_parts = list(sdk.runs.stream(theirs, "agent", input={"messages": ["p"]}, stream_mode=modes))

    def comparable(event: str, data: object) -> tuple[str, object]:
        return (event, "<run metadata>" if event == "metadata" else scrub(data, {ours: "T", theirs: "T"}))

    assert [comparable(p.event, p.data) for p in our_parts] == [comparable(p.event, p.data) for p in their_parts]


def scrub(value: object, same: dict[str, str]) -> object:
    """Ids, times and checkpoints differ between two runs; everything else must not."""
    if isinstance(value, dict):
        return {
            k: scrub(v, same)
            for k, v in value.items()
            if k
            not in {
                "run_id",
                "checkpoint_id",
                "id",
                "timestamp",
                "checkpoint",
                "parent_config",
                "config",
                "metadata",
                "checkpoint_ns",
                "langgraph_checkpoint_ns",
                "checkpoint_map",
            }
        }
    if isinstance(value, list):
        return [scrub(v, same) for v in value]
    return same.get(value, value) if isinstance(value, str) else value


def test_iter_list_walks_every_page(client, thread_id):
    runs = [client.runs.create(thread_id, "agent", input={"messages": [str(n)]}).run_id for n in range(3)]
    for run_id in runs:
        client.runs.join(thread_id, run_id)
    assert [r.run_id for r in client.runs.iter_list(thread_id, page_size=2)] == runs[::-1]
