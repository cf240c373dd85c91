"""The test server itself, with plain HTTP: it is up, has the test graphs, and runs them."""

from __future__ import annotations

from typing import Any

import pytest
import requests

GRAPHS = ["agent", "interrupting", "with_subgraph"]


def post(url: str, json: dict[str, Any]) -> Any:
    response = requests.post(url, json=json, timeout=60)
    assert response.status_code == 200, response.text
    return response.json()


def new_thread(server_url: str) -> str:
    thread_id = post(f"{server_url}/threads", {})["thread_id"]
    assert isinstance(thread_id, str) and thread_id
    return str(thread_id)


def test_create_thread(server_url: str) -> None:
    new_thread(server_url)


@pytest.mark.parametrize("graph_id", GRAPHS)
def test_each_graph_has_its_default_assistant(server_url: str, graph_id: str) -> None:
    found = post(
        f"{server_url}/assistants/search", {"graph_id": graph_id, "metadata": {"created_by": "system"}, "limit": 10}
    )
    assert [a["graph_id"] for a in found] == [graph_id]


def test_agent_run_completes(server_url: str) -> None:
    thread_id = new_thread(server_url)
    output = post(
        f"{server_url}/threads/{thread_id}/runs/wait", {"assistant_id": "agent", "input": {"messages": ["hi"]}}
    )
    assert output == {"messages": ["hi", "echo"]}
    assert requests.get(f"{server_url}/threads/{thread_id}", timeout=10).json()["status"] == "idle"


def test_subgraph_run_completes(server_url: str) -> None:
    thread_id = new_thread(server_url)
    output = post(
        f"{server_url}/threads/{thread_id}/runs/wait", {"assistant_id": "with_subgraph", "input": {"messages": ["hi"]}}
    )
    # The subgraph returns its whole state, ["hi", "inner"], which the parent's reducer appends to ["hi"].
    assert output == {"messages": ["hi", "hi", "inner"]}


def test_interrupt_then_resume(server_url: str) -> None:
    thread_id = new_thread(server_url)
    runs = f"{server_url}/threads/{thread_id}/runs/wait"
    post(runs, {"assistant_id": "interrupting", "input": {"messages": ["hi"]}})
    thread = requests.get(f"{server_url}/threads/{thread_id}", timeout=10).json()
    assert thread["status"] == "interrupted"
    assert [i["value"] for i in thread["interrupts"][next(iter(thread["interrupts"]))]] == [{"question": "approve?"}]

    output = post(runs, {"assistant_id": "interrupting", "command": {"resume": "yes"}})
    assert output == {"messages": ["hi", "yes"]}
    assert requests.get(f"{server_url}/threads/{thread_id}", timeout=10).json()["status"] == "idle"
