"""Graphs with typed state, for `langgraph-sync graph-types` (tests/integration/test_graph_types_live.py).

- typed_chat: TypedDict state with messages, a Literal, optional and nested fields (one nested
  type named `Config`, as one of the API's models is); its input,
  output and context schemas differ from its state. Appends an AI reply to the messages.
- approval: stops at an interrupt() asking to approve a request; resumed with "approve" or
  "reject", it records the decision. Its state is a TypedDict too; it has no context schema.
"""

from __future__ import annotations

import operator
from typing import Annotated, Literal, Optional

from langchain_core.messages import AIMessage, AnyMessage
from langgraph.graph import END, START, StateGraph
from langgraph.graph.message import add_messages
from langgraph.runtime import Runtime
from langgraph.types import interrupt
from typing_extensions import NotRequired, TypedDict


class Address(TypedDict):
    city: str
    postcode: Optional[str]


class Profile(TypedDict):
    name: str
    tags: list[str]
    address: NotRequired[Address]


class Config(TypedDict):
    """Named as one of the API's models: the generated package must use its own."""

    language: str


class ChatInput(TypedDict):
    messages: Annotated[list[AnyMessage], add_messages]
    mood: NotRequired[Literal["happy", "sad"]]
    profile: NotRequired[Profile]
    preferences: NotRequired[Config]


class ChatOutput(TypedDict):
    messages: Annotated[list[AnyMessage], add_messages]
    turns: int


class ChatState(ChatInput):
    turns: int
    note: Optional[str]
    scores: dict[str, float]


class ChatContext(TypedDict):
    user_id: str
    tone: NotRequired[Literal["formal", "casual"]]


def reply(state: ChatState, runtime: Runtime[ChatContext]) -> dict:
    name = state.get("profile", {}).get("name", "you")
    tone = (runtime.context or {}).get("tone", "casual")
    return {
        "messages": [AIMessage(content=f"hello {name} ({state.get('mood', 'happy')}, {tone})")],
        "turns": state.get("turns", 0) + 1,
        "note": None,
        "scores": {"politeness": 0.5, "length": 2},
    }


typed_chat = (
    StateGraph(ChatState, context_schema=ChatContext, input_schema=ChatInput, output_schema=ChatOutput)
    .add_node("reply", reply)
    .add_edge(START, "reply")
    .add_edge("reply", END)
    .compile()
)


class ApprovalState(TypedDict):
    request: str
    decision: NotRequired[Literal["approve", "reject"]]
    log: Annotated[list[str], operator.add]


def ask(state: ApprovalState) -> dict:
    decision = interrupt({"question": f"approve {state['request']}?"})
    return {"decision": decision, "log": [f"decided {decision}"]}


approval = (
    StateGraph(ApprovalState)
    .add_node("ask", ask)
    .add_edge(START, "ask")
    .add_edge("ask", END)
    .compile()
)
