"""langgraph's RemoteGraph on our client: `RemoteGraph(graph_id, sync_client=get_client(url))`.

RemoteGraph calls the sync client it is given as langgraph-sdk's (runs.stream with its keywords,
threads.get_state, get_history, update_state) and reads the results as dicts and stream parts as
named tuples. Each scenario runs once with RemoteGraph on langgraph-sdk's `get_sync_client` and
once on ours, against the same real server: what the program sees (values, stream chunks, state
snapshots, interrupts, a parent graph's messages) must be the same, ids and times set aside.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from langchain_core.messages import AIMessage, HumanMessage
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.graph import START, MessagesState, StateGraph
from langgraph.pregel.remote import RemoteGraph
from langgraph.types import Command
from langgraph_sdk import get_sync_client

from langgraph_sync import get_client

from .outcomes import outcome

Remote = Callable[[str], RemoteGraph]


def on_both(server_url: str, program: Callable[[Remote], Any]) -> tuple[Any, Any]:
    """What `program` sees with RemoteGraphs on our client, and on langgraph-sdk's."""
    with get_client(server_url, api_key=None) as ours:
        with_ours = program(lambda graph_id: RemoteGraph(graph_id, sync_client=ours))
    with get_sync_client(url=server_url, api_key=None) as sdk:
        with_sdk = program(lambda graph_id: RemoteGraph(graph_id, sync_client=sdk))
    return outcome(with_ours), outcome(with_sdk)


def a_thread() -> dict[str, Any]:
    return {"configurable": {"thread_id": str(uuid.uuid4())}}


def invoke_and_stream(remote: Remote) -> Any:
    agent = remote("agent")
    config = a_thread()
    return [
        agent.invoke({"messages": ["stateless"]}),
        agent.invoke({"messages": ["hi"]}, config),
        list(agent.stream({"messages": ["values"]}, config, stream_mode="values")),
        list(agent.stream({"messages": ["updates"]}, config, stream_mode="updates")),
        list(agent.stream({"messages": ["both"]}, config, stream_mode=["values", "updates"])),
        list(agent.stream({"messages": ["v2"]}, config, stream_mode="values", version="v2")),
        list(remote("with_subgraph").stream({"messages": ["sub"]}, stream_mode="updates", subgraphs=True)),
        agent.invoke({"messages": ["a", HumanMessage("a message", id="m-1")]}, config),
    ]


def test_invoke_and_stream(server_url: str) -> None:
    ours, theirs = on_both(server_url, invoke_and_stream)
    assert theirs[0] == {"messages": ["stateless", "echo"]} and len(theirs[4]) == 3
    assert ours == theirs


def interrupt_and_resume(remote: Remote) -> Any:
    graph = remote("interrupting")
    invoked, streamed = a_thread(), a_thread()
    seen: list[Any] = [graph.invoke({"messages": ["start"]}, invoked)]
    seen.append(graph.get_state(invoked))
    seen.append(graph.invoke(Command(resume="approved"), invoked))
    seen.append(list(graph.stream({"messages": ["go"]}, streamed, stream_mode="updates")))
    seen.append(list(graph.stream(Command(resume={"ok": True}), streamed, stream_mode=["values", "updates"])))
    seen.append(graph.get_state(streamed))
    return seen


def test_interrupt_and_resume(server_url: str) -> None:
    ours, theirs = on_both(server_url, interrupt_and_resume)
    assert theirs[2] == {"messages": ["start", "approved"]}
    assert ours == theirs


def state_and_history(remote: Remote) -> Any:
    agent = remote("agent")
    config = a_thread()
    agent.invoke({"messages": ["one"]}, config)
    agent.invoke({"messages": ["two"]}, config)
    seen: list[Any] = [agent.get_state(config)]
    history = list(agent.get_state_history(config))
    seen.append(history)
    seen.append(list(agent.get_state_history(config, limit=2, filter={"source": "loop"})))
    earlier = history[2].config
    seen.append(agent.get_state(earlier))
    updated = agent.update_state(config, {"messages": ["edited"]}, as_node="echo")
    seen.append(updated)
    seen.append(agent.get_state(updated))
    forked = agent.update_state(earlier, {"messages": ["forked"]})
    seen.append(agent.get_state(forked).values)
    seen.append(agent.invoke(None, forked))
    seen.append(agent.get_graph().to_json())
    return seen


def test_state_and_history(server_url: str) -> None:
    ours, theirs = on_both(server_url, state_and_history)
    assert len(theirs[1]) >= 6 and theirs[5][0] == "StateSnapshot"
    assert ours == theirs


# --- RemoteGraph as a node of a local graph whose state holds langchain messages ---------------


def parent_of(remote_graph: RemoteGraph) -> Any:
    def greet(state: MessagesState) -> dict[str, Any]:
        return {"messages": [AIMessage(f"{len(state['messages'])} messages so far", id="local-reply")]}

    return (
        StateGraph(MessagesState)
        .add_node("remote", remote_graph)
        .add_node("greet", greet)
        .add_edge(START, "remote")
        .add_edge("remote", "greet")
        .compile(checkpointer=InMemorySaver())
    )


def as_a_node(remote: Remote) -> Any:
    parent = parent_of(remote("typed_chat"))
    config = a_thread()
    seen: list[Any] = [parent.invoke({"messages": [HumanMessage("hi", id="h-1")]}, config)]
    seen.append(list(parent.stream({"messages": [HumanMessage("more", id="h-2")]}, config, stream_mode="updates")))
    seen.append(
        list(
            parent.stream({"messages": [HumanMessage("deep", id="h-3")]}, config, stream_mode="updates", subgraphs=True)
        )
    )
    seen.append(parent.get_state(config).values)
    seen.append([snapshot.next for snapshot in parent.get_state_history(config)])
    messages = seen[3]["messages"]
    assert all(hasattr(message, "content") for message in messages)  # langchain messages in the state
    return seen


def test_as_a_node_of_a_local_graph_of_messages(server_url: str) -> None:
    ours, theirs = on_both(server_url, as_a_node)
    assert [kind for kind, _ in theirs[3]["messages"]][:3] == ["HumanMessage", "AIMessage", "AIMessage"]
    assert ours == theirs


def interrupting_node(remote: Remote) -> Any:
    """The remote graph's interrupt stops the parent; resuming the parent runs the node again,
    and RemoteGraph sends the parent's state as a new input, which asks again (either client)."""
    parent = parent_of(remote("interrupting"))
    config = a_thread()
    seen: list[Any] = [parent.invoke({"messages": [HumanMessage("approve this", id="h-1")]}, config)]
    seen.append(parent.get_state(config).next)
    seen.append(parent.get_state(config).interrupts)
    try:
        seen.append(parent.invoke(Command(resume="approved"), config))
    except Exception as error:  # noqa: BLE001 - what the program sees, with either client
        seen.append(error)
    return seen


def test_an_interrupting_node(server_url: str) -> None:
    ours, theirs = on_both(server_url, interrupting_node)
    assert theirs[1] == ("remote",) and theirs[2][0][1]["value"] == {"question": "approve?"}
    assert ours == theirs
