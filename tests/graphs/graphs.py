"""The graphs the test server runs: plain Python nodes, no model calls, no network.

- agent: appends "echo" to the messages it is given.
- interrupting: stops at an interrupt() and, once resumed, appends the resume value.
- with_subgraph: runs a compiled subgraph as its one node.
- slow: sleeps in its node (for cancel and streaming tests); `seconds` in the input, default 2.
- failing: raises in its node (a run that fails).
- calling_tools: its node calls two langchain-core tools as a model's tool calls would be run
  (the server streams their `tools` events: ToolCallTransformer); the second raises. Its node
  also reports progress on the "progress" extension (a named custom channel, `custom:progress`).
- spelling: a model's tool call (an AIMessage, made up) run by ToolNode: the tool streams its
  output a letter at a time (`tool-output-delta` events).
- chatting: a fake chat model (langchain-core's GenericFakeChatModel, no network) streams two
  answers (`messages` events); its node keeps their text.
"""

from __future__ import annotations

import operator
import time
from typing import Annotated

from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage
from langchain_core.runnables import RunnableConfig
from langchain_core.tools import tool
from langgraph.config import get_stream_writer
from langgraph.graph import END, START, StateGraph
from langgraph.prebuilt import ToolCallTransformer, ToolNode, ToolRuntime
from langgraph.stream._types import StreamTransformer
from langgraph.stream.stream_channel import StreamChannel
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


@tool
def lookup(query: str) -> str:
    """Look a word up."""
    return f"found {query}"


@tool
def broken(query: str) -> str:
    """Always fails."""
    raise ValueError(f"no {query}")


class Progress(StreamTransformer):
    """Forwards the graph's custom writes ({"progress": ...}) to the "progress" extension."""

    required_stream_modes = ("custom",)

    def __init__(self, scope: tuple[str, ...] = ()) -> None:
        super().__init__(scope)
        self.channel: StreamChannel[object] = StreamChannel("progress")

    def init(self) -> dict:
        return {"progress": self.channel}

    def process(self, event) -> bool:
        data = event["params"]["data"]
        if event["method"] == "custom" and isinstance(data, dict) and "progress" in data:
            self.channel.push(data["progress"])
        return True


def call_tools(state: Messages, config: RunnableConfig) -> dict:
    get_stream_writer()({"progress": "looking up"})
    found = lookup.invoke({"type": "tool_call", "name": "lookup", "args": {"query": "cats"}, "id": "call-1"}, config)
    try:
        broken.invoke({"type": "tool_call", "name": "broken", "args": {"query": "dogs"}, "id": "call-2"}, config)
    except ValueError as error:
        return {"messages": [found.content, str(error)]}
    return {"messages": [found.content]}


@tool
def spell(word: str, runtime: ToolRuntime) -> str:
    """Spell a word out."""
    for letter in word:
        runtime.emit_output_delta(letter)
    return "-".join(word)


def ask_to_spell(state: Messages) -> dict:
    call = {"name": "spell", "args": {"word": "cat"}, "id": "call-3", "type": "tool_call"}
    return {"messages": [AIMessage(content="", tool_calls=[call])]}


def chat(state: Messages, config: RunnableConfig) -> dict:
    model = GenericFakeChatModel(messages=iter([AIMessage("hello there"), AIMessage("bye now")]))
    return {"messages": [model.invoke("hi", config).content, model.invoke("again", config).content]}


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
calling_tools = single_node("call_tools", call_tools).compile(transformers=[ToolCallTransformer, Progress])
chatting = single_node("chat", chat).compile()
spelling = (
    StateGraph(Messages)
    .add_node("model", ask_to_spell)
    .add_node("tools", ToolNode([spell]))
    .add_edge(START, "model")
    .add_edge("model", "tools")
    .add_edge("tools", END)
    .compile(transformers=[ToolCallTransformer])
)
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
