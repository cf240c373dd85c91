"""Our results, as `to_dict()`, equal what langgraph-sdk's sync client returns on the same server.

Reads of the same resource must be equal to the letter; creates are compared with the ids and
times that necessarily differ set aside.
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from .conftest import as_json, run_to_end

DIFFERENT_EACH_TIME = {"thread_id", "assistant_id", "created_at", "updated_at", "state_updated_at"}


def without_ids_and_times(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: without_ids_and_times(v) for k, v in value.items() if k not in DIFFERENT_EACH_TIME}
    if isinstance(value, list):
        return [without_ids_and_times(item) for item in value]
    return value


@pytest.fixture
def ran_thread(client, server_url):
    thread = client.threads.create(metadata={"parity": str(uuid.uuid4())})
    run_to_end(server_url, thread.thread_id, "agent", {"input": {"messages": ["hi"]}})
    return thread.thread_id


def test_create_thread(client, sdk):
    metadata = {"parity": "create"}
    assert without_ids_and_times(client.threads.create(metadata=metadata, ttl=5).to_dict()) == without_ids_and_times(
        sdk.threads.create(metadata=metadata, ttl=5)
    )


def test_create_assistant(client, sdk):
    arguments = {"config": {"configurable": {"x": 1}}, "metadata": {"parity": "yes"}, "name": "p"}
    assert without_ids_and_times(client.assistants.create("agent", **arguments).to_dict()) == without_ids_and_times(
        sdk.assistants.create("agent", **arguments)
    )


@pytest.mark.parametrize(
    "call",
    [
        lambda api, thread_id: api.threads.get(thread_id),
        lambda api, thread_id: api.threads.get(thread_id, include=["ttl"]),
        lambda api, thread_id: api.threads.get_state(thread_id),
        lambda api, thread_id: api.threads.get_history(thread_id, limit=3),
        lambda api, thread_id: api.threads.search(ids=[thread_id]),
        lambda api, thread_id: api.threads.search(ids=[thread_id], select=["thread_id", "values"]),
        lambda api, thread_id: api.threads.count(status="idle"),
    ],
    ids=["get", "get-include", "get_state", "get_history", "search", "search-select", "count"],
)
def test_thread_reads(client, sdk, ran_thread, call):
    assert as_json(call(client, ran_thread)) == call(sdk, ran_thread)


@pytest.mark.parametrize(
    "call",
    [
        lambda api, assistant_id: api.assistants.get(assistant_id),
        lambda api, assistant_id: api.assistants.get_schemas(assistant_id),
        lambda api, assistant_id: api.assistants.get_graph(assistant_id, xray=True),
        lambda api, assistant_id: api.assistants.get_versions(assistant_id),
        lambda api, assistant_id: api.assistants.search(graph_id="with_subgraph"),
        lambda api, assistant_id: api.assistants.count(graph_id="with_subgraph"),
        lambda api, assistant_id: {
            k: v.to_dict() if hasattr(v, "to_dict") else v
            for k, v in api.assistants.get_subgraphs(assistant_id).items()
        },
    ],
    ids=["get", "get_schemas", "get_graph", "get_versions", "search", "count", "get_subgraphs"],
)
def test_assistant_reads(client, sdk, call):
    assistant_id = sdk.assistants.search(graph_id="with_subgraph")[0]["assistant_id"]
    assert as_json(call(client, assistant_id)) == call(sdk, assistant_id)
