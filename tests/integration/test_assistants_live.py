"""client.assistants against the real server: every method, its main options, and its errors."""

from __future__ import annotations

import uuid

import pytest

from langgraph_sync import ConflictError, NotFoundError, UnprocessableEntityError
from langgraph_sync.assistants import AssistantsSearchResponse
from langgraph_sync.models import UNSET, Assistant, AssistantVersion, GraphSchema, GraphSchemaNoId


@pytest.fixture
def assistant(client):
    return client.assistants.create(
        "agent",
        config={"tags": ["fixture"], "recursion_limit": 7},
        context={"who": "tests"},
        metadata={"owner": str(uuid.uuid4())},
        name="fixture",
        description="made by a test",
    )


def test_create_returns_the_assistant(assistant):
    assert isinstance(assistant, Assistant)
    assert assistant.graph_id == "agent"
    assert (assistant.config.tags, assistant.config.recursion_limit) == (["fixture"], 7)
    assert assistant.context == {"who": "tests"}
    assert (assistant.name, assistant.description, assistant.version) == ("fixture", "made by a test", 1)


def test_create_with_id_and_if_exists(client):
    assistant_id = str(uuid.uuid4())
    made = client.assistants.create("agent", assistant_id=assistant_id)
    assert made.assistant_id == assistant_id
    with pytest.raises(ConflictError):
        client.assistants.create("agent", assistant_id=assistant_id)
    assert client.assistants.create("agent", assistant_id=assistant_id, if_exists="do_nothing").version == 1


def test_create_for_an_unknown_graph(client):
    with pytest.raises(NotFoundError):
        client.assistants.create("no-such-graph")


def test_get_and_errors(client, assistant):
    assert client.assistants.get(assistant.assistant_id) == assistant
    assert client.assistants.get(uuid.UUID(assistant.assistant_id)).assistant_id == assistant.assistant_id
    with pytest.raises(NotFoundError):
        client.assistants.get(str(uuid.uuid4()))
    with pytest.raises(UnprocessableEntityError):
        client.assistants.get("not-a-uuid")


def test_update_makes_a_new_version(client, assistant):
    updated = client.assistants.update(assistant.assistant_id, metadata={"stage": "two"}, name="renamed")
    assert updated.version == 2
    assert updated.name == "renamed"
    assert updated.metadata["stage"] == "two"
    # An empty config is sent (as by langgraph-sdk) and makes a version; this server keeps the tags.
    assert client.assistants.update(assistant.assistant_id, config={}).version == 3
    with pytest.raises(NotFoundError):
        client.assistants.update(str(uuid.uuid4()), name="x")


def test_delete_with_and_without_threads(client):
    plain = client.assistants.create("agent")
    assert client.assistants.delete(plain.assistant_id) is None
    with pytest.raises(NotFoundError):
        client.assistants.get(plain.assistant_id)
    with pytest.raises(NotFoundError):
        client.assistants.delete(plain.assistant_id)
    other = client.assistants.create("agent")
    client.assistants.delete(other.assistant_id, delete_threads=True)
    with pytest.raises(NotFoundError):
        client.assistants.get(other.assistant_id)


def test_search_filters_pages_and_selects(client, assistant):
    owner = assistant.metadata["owner"]
    second = client.assistants.create("agent", metadata={"owner": owner}, name="second")
    found = client.assistants.search(metadata={"owner": owner}, sort_by="created_at", sort_order="asc")
    assert [a.assistant_id for a in found] == [assistant.assistant_id, second.assistant_id]
    assert [a.assistant_id for a in client.assistants.search(metadata={"owner": owner}, name="second")] == [
        second.assistant_id
    ]
    defaults = client.assistants.search(graph_id="with_subgraph")
    assert [a.name for a in defaults] == ["with_subgraph"]
    page = client.assistants.search(
        metadata={"owner": owner}, limit=1, sort_by="created_at", sort_order="asc", response_format="object"
    )
    assert isinstance(page, AssistantsSearchResponse)
    assert [a.assistant_id for a in page.assistants] == [assistant.assistant_id]
    assert page.next is not None
    selected = client.assistants.search(metadata={"owner": owner}, select=["assistant_id", "name"])
    assert {a.name for a in selected} == {"fixture", "second"}
    assert all(a.graph_id is UNSET for a in selected)
    with pytest.raises(ValueError, match="response_format"):
        client.assistants.search(response_format="table")


def test_count(client, assistant):
    assert client.assistants.count(metadata={"owner": assistant.metadata["owner"]}) == 1
    assert client.assistants.count(graph_id="agent") >= 2
    assert client.assistants.count(name="fixture") >= 1


def test_get_graph_and_xray(client):
    default = client.assistants.search(graph_id="with_subgraph")[0]
    graph = client.assistants.get_graph(default.assistant_id)
    assert {"nodes", "edges"} <= set(graph)
    flat = {node["id"] for node in graph["nodes"]}
    deep = {node["id"] for node in client.assistants.get_graph(default.assistant_id, xray=True)["nodes"]}
    assert not any(":" in node for node in flat)
    assert any(":" in node for node in deep)  # xray shows the subgraph's nodes, as "child:inner"


def test_get_schemas(client, assistant):
    schemas = client.assistants.get_schemas(assistant.assistant_id)
    assert isinstance(schemas, GraphSchema)
    assert schemas.graph_id == "agent"
    assert "messages" in schemas.state_schema["properties"]


def test_get_subgraphs_all_and_by_namespace(client):
    default = client.assistants.search(graph_id="with_subgraph")[0]
    subgraphs = client.assistants.get_subgraphs(default.assistant_id)
    assert subgraphs and all(isinstance(schema, GraphSchemaNoId) for schema in subgraphs.values())
    namespace = next(iter(subgraphs))
    assert set(client.assistants.get_subgraphs(default.assistant_id, namespace)) == {namespace}
    assert set(client.assistants.get_subgraphs(default.assistant_id, recurse=True)) >= set(subgraphs)
    plain = client.assistants.search(graph_id="agent")[0]
    assert client.assistants.get_subgraphs(plain.assistant_id) == {}


def test_get_versions_and_set_latest(client, assistant):
    client.assistants.update(assistant.assistant_id, metadata={"v": 2})
    versions = client.assistants.get_versions(assistant.assistant_id)
    assert [v.version for v in versions] == [2, 1]
    assert all(isinstance(v, AssistantVersion) for v in versions)
    assert [v.version for v in client.assistants.get_versions(assistant.assistant_id, limit=1, offset=1)] == [1]
    latest = client.assistants.set_latest(assistant.assistant_id, 1)
    assert latest.version == 1
    assert client.assistants.get(assistant.assistant_id).version == 1
    with pytest.raises(NotFoundError):
        client.assistants.set_latest(assistant.assistant_id, 99)


def test_iter_search_walks_every_page(client):
    owner = str(uuid.uuid4())
    made = [client.assistants.create("agent", metadata={"owner": owner}).assistant_id for _ in range(5)]
    found = client.assistants.iter_search(
        metadata={"owner": owner}, sort_by="created_at", sort_order="asc", page_size=2
    )
    assert [a.assistant_id for a in found] == made
