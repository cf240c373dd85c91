"""The graphs the test server runs: plain Python nodes, no model calls, no network.

- agent: appends "echo" to the messages it is given.
- interrupting: stops at an interrupt() and, once resumed, appends the resume value.
- with_subgraph: runs a compiled subgraph as its one node.
- slow: sleeps in its node (for cancel and streaming tests); `seconds` in the input, default 2.
- failing: raises in its node (a run that fails).
"""

from __future__ import annotations

import operator
import time
from typing import Annotated

from langgraph.graph import END, START, StateGraph
from langgraph.types import interrupt
from typing_extensions import NotRequired, TypedDict


class Messages(TypedDict):
    messages: Annotated[list, operator.add]
    seconds: NotRequired[float]


def echo(state: Messages) -> dict:
    return {"messages": ["echo"]}


def ask(state: Messages) -> dict:
    answer = interrupt({"question": "approve?"})
    return {"messages": [answer]}


def inner(state: Messages) -> dict:
    return {"messages": ["inner"]}


def sleep_then_answer(state: Messages) -> dict:
    time.sleep(state.get("seconds", 2))
    return {"messages": ["slept"]}


def fail(state: Messages) -> dict:
    raise ValueError("this graph always fails")


def single_node(name: str, node) -> StateGraph:
    builder = StateGraph(Messages)
    builder.add_node(name, node)
    builder.add_edge(START, name)
    builder.add_edge(name, END)
    return builder


agent = single_node("echo", echo).compile()
interrupting = single_node("ask", ask).compile()
failing = single_node("fail", fail).compile()
with_subgraph = single_node("child", single_node("inner", inner).compile()).compile()
slow = (
    StateGraph(Messages)
    .add_node("first", echo)
    .add_node("sleep", sleep_then_answer)
    .add_edge(START, "first")
    .add_edge("first", "sleep")
    .add_edge("sleep", END)
    .compile()
)
