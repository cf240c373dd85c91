"""client.threads against the real server: every method, its main options, and its errors."""

from __future__ import annotations

import uuid
from datetime import datetime

import pytest

from langgraph_sync import ConflictError, NotFoundError, UnprocessableEntityError
from langgraph_sync.models import UNSET, Thread, ThreadState

from .conftest import run_to_end


def test_create_returns_the_new_thread(client):
    thread = client.threads.create(metadata={"user": "u1"})
    assert isinstance(thread, Thread)
    uuid.UUID(thread.thread_id)
    assert thread.metadata == {"user": "u1"}
    assert thread.status == "idle"
    assert thread.values is None  # the server sends null, though its spec says object
    assert isinstance(thread.created_at, datetime)


def test_create_with_id_graph_id_ttl_and_if_exists(client):
    thread_id = str(uuid.uuid4())
    thread = client.threads.create(thread_id=thread_id, graph_id="agent", ttl=60, metadata={"k": "v"})
    assert thread.thread_id == thread_id
    assert thread.metadata == {"k": "v", "graph_id": "agent"}
    with pytest.raises(ConflictError) as error:
        client.threads.create(thread_id=thread_id)
    assert error.value.status_code == 409
    assert thread_id in str(error.value)
    same = client.threads.create(thread_id=thread_id, if_exists="do_nothing")
    assert same.thread_id == thread_id
    assert same.metadata == thread.metadata


def test_create_with_supersteps_writes_the_state(client):
    thread = client.threads.create(
        supersteps=[{"updates": [{"values": {"messages": ["seeded"]}, "as_node": "echo"}]}],
        graph_id="agent",
    )
    state = client.threads.get_state(thread.thread_id)
    assert state.values["messages"] == ["seeded"]


def test_get_by_str_and_uuid_and_include(client):
    thread = client.threads.create(ttl=30)
    assert client.threads.get(thread.thread_id) == thread
    assert client.threads.get(uuid.UUID(thread.thread_id)) == thread
    # The in-memory runtime keeps no TTL info, so `include=["ttl"]` changes nothing here (the
    # unit tests check that it is asked for).
    assert client.threads.get(thread.thread_id, include=["ttl"]).thread_id == thread.thread_id


def test_get_unknown_and_malformed_ids(client):
    missing = str(uuid.uuid4())
    with pytest.raises(NotFoundError) as error:
        client.threads.get(missing)
    assert error.value.status_code == 404
    assert str(error.value) == f"Thread with ID {missing} not found" and error.value.method == "GET"
    with pytest.raises(UnprocessableEntityError) as error:
        client.threads.get("not-a-uuid")
    assert error.value.status_code == 422
    assert "UUID" in error.value.message


def test_path_traversal_stays_in_its_segment(client):
    # Percent-encoded, "../assistants/<id>" is one (bad) thread id: deleting that "thread" must
    # not delete the assistant, as DELETE /threads/../assistants/<id> would.
    assistant = client.assistants.create("agent")
    with pytest.raises(NotFoundError):
        client.threads.delete(f"../assistants/{assistant.assistant_id}")
    assert client.assistants.get(assistant.assistant_id) == assistant


def test_update_merges_metadata_and_return_minimal(client):
    thread = client.threads.create(metadata={"a": 1})
    updated = client.threads.update(thread.thread_id, metadata={"b": 2})
    assert updated.metadata == {"a": 1, "b": 2}
    assert client.threads.update(thread.thread_id, metadata={"c": 3}, return_minimal=True) is None
    assert client.threads.get(thread.thread_id).metadata == {"a": 1, "b": 2, "c": 3}
    with pytest.raises(NotFoundError):
        client.threads.update(str(uuid.uuid4()), metadata={})


def test_delete(client):
    thread = client.threads.create()
    assert client.threads.delete(thread.thread_id) is None
    with pytest.raises(NotFoundError):
        client.threads.get(thread.thread_id)
    with pytest.raises(NotFoundError):
        client.threads.delete(thread.thread_id)


def test_search_filters_sorts_and_selects(client):
    tag = str(uuid.uuid4())
    made = [client.threads.create(metadata={"tag": tag, "n": n}) for n in range(3)]
    found = client.threads.search(metadata={"tag": tag}, sort_by="created_at", sort_order="asc")
    assert [t.thread_id for t in found] == [t.thread_id for t in made]
    assert (
        client.threads.search(metadata={"tag": tag}, limit=1, offset=1, sort_by="created_at", sort_order="asc")[
            0
        ].thread_id
        == made[1].thread_id
    )
    assert [t.thread_id for t in client.threads.search(ids=[made[2].thread_id])] == [made[2].thread_id]
    assert client.threads.search(metadata={"tag": tag}, status="busy") == []
    selected = client.threads.search(metadata={"tag": tag}, select=["thread_id", "status"])
    assert {t.thread_id for t in selected} == {t.thread_id for t in made}
    assert all(t.created_at is UNSET and t.metadata is UNSET for t in selected)


def test_count(client):
    tag = str(uuid.uuid4())
    for _ in range(2):
        client.threads.create(metadata={"tag": tag})
    assert client.threads.count(metadata={"tag": tag}) == 2
    assert client.threads.count(metadata={"tag": tag}, status="interrupted") == 0
    assert client.threads.count() >= 2


def test_copy_returns_a_new_thread_with_the_state(client, server_url):
    thread = client.threads.create()
    run_to_end(server_url, thread.thread_id, "agent", {"input": {"messages": ["hi"]}})
    copied = client.threads.copy(thread.thread_id)
    assert isinstance(copied, Thread)
    assert copied.thread_id != thread.thread_id
    assert client.threads.get_state(copied.thread_id).values == client.threads.get_state(thread.thread_id).values
    with pytest.raises(ConflictError):  # this server answers 409, not 404, for an unknown thread
        client.threads.copy(str(uuid.uuid4()))


def test_prune_deletes_or_keeps_latest(client, server_url):
    doomed = client.threads.create()
    assert client.threads.prune([doomed.thread_id]).pruned_count == 1
    with pytest.raises(NotFoundError):
        client.threads.get(doomed.thread_id)
    assert client.threads.prune([uuid.UUID(client.threads.create().thread_id)]).pruned_count == 1
    # The strategy reaches the server, which says the in-memory runtime cannot keep_latest.
    with pytest.raises(UnprocessableEntityError, match="keep_latest"):
        client.threads.prune([doomed.thread_id], strategy="keep_latest")


def test_get_state_latest_by_checkpoint_id_and_by_checkpoint(client, server_url):
    thread = client.threads.create()
    empty = client.threads.get_state(thread.thread_id)
    assert empty.checkpoint is None and empty.created_at is None  # corrected in corrections.yaml
    run_to_end(server_url, thread.thread_id, "agent", {"input": {"messages": ["hi"]}})
    latest = client.threads.get_state(thread.thread_id)
    assert isinstance(latest, ThreadState)
    assert latest.values == {"messages": ["hi", "echo"]}
    assert latest.next_ == []
    first = client.threads.get_history(thread.thread_id)[-1]
    by_id = client.threads.get_state(thread.thread_id, checkpoint_id=first.checkpoint.checkpoint_id)
    assert by_id.checkpoint.checkpoint_id == first.checkpoint.checkpoint_id
    assert by_id.next_ == ["__start__"]
    by_checkpoint = client.threads.get_state(thread.thread_id, checkpoint=first.checkpoint.to_dict())
    assert by_checkpoint.checkpoint.checkpoint_id == first.checkpoint.checkpoint_id


def test_get_state_of_a_subgraph_and_an_interrupt(client, server_url):
    thread = client.threads.create()
    run_to_end(server_url, thread.thread_id, "interrupting", {"input": {"messages": ["hi"]}})
    assert client.threads.get(thread.thread_id).status == "interrupted"
    state = client.threads.get_state(thread.thread_id)
    assert state.next_ and state.tasks and state.tasks[0].interrupts
    assert state.interrupts
    nested = client.threads.create()
    run_to_end(server_url, nested.thread_id, "with_subgraph", {"input": {"messages": ["hi"]}})
    assert client.threads.get_state(nested.thread_id, subgraphs=True).values["messages"]


def test_update_state_as_node(client, server_url):
    thread = client.threads.create()
    run_to_end(server_url, thread.thread_id, "agent", {"input": {"messages": ["hi"]}})
    response = client.threads.update_state(thread.thread_id, {"messages": ["added"]}, as_node="echo")
    assert response.checkpoint["thread_id"] == thread.thread_id
    assert client.threads.get_state(thread.thread_id).values["messages"][-1] == "added"


def test_get_history_newest_first_with_limit_and_before(client, server_url):
    thread = client.threads.create()
    run_to_end(server_url, thread.thread_id, "agent", {"input": {"messages": ["hi"]}})
    history = client.threads.get_history(thread.thread_id)
    assert len(history) >= 3
    assert history[0].values == {"messages": ["hi", "echo"]}
    assert len(client.threads.get_history(thread.thread_id, limit=1)) == 1
    older = client.threads.get_history(thread.thread_id, before={"configurable": history[0].checkpoint.to_dict()})
    assert older[0].checkpoint.checkpoint_id == history[1].checkpoint.checkpoint_id
    with pytest.raises(NotFoundError):
        client.threads.get_history(str(uuid.uuid4()))


def test_iter_search_walks_every_page_lazily(client):
    tag = str(uuid.uuid4())
    made = [client.threads.create(metadata={"tag": tag}).thread_id for _ in range(7)]
    pages = client.threads.iter_search(metadata={"tag": tag}, sort_by="created_at", sort_order="asc", page_size=3)
    assert [t.thread_id for t in pages] == made
    assert list(client.threads.iter_search(metadata={"tag": str(uuid.uuid4())})) == []
    with pytest.raises(ValueError, match="page_size"):
        next(client.threads.iter_search(page_size=0))
