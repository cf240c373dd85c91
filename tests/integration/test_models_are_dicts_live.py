"""Against the real server: what the client returns is the dict the server sent, where programs
that use langgraph-sdk take dicts (json.dumps, Flask's jsonify, pydantic), nested models included."""

from __future__ import annotations

import json
from typing import Any

import pydantic
from flask import Flask, jsonify

from langgraph_sync import Client
from langgraph_sync.models import Thread, ThreadState


class Saved(pydantic.BaseModel):
    thread: dict[str, Any]
    state: dict[str, Any]


def test_a_thread_and_its_state_are_the_dicts_the_server_sent(client: Client) -> None:
    thread = client.threads.create(metadata={"user": "dicts"})
    client.runs.wait(thread["thread_id"], "agent", input={"messages": ["hi"]})
    thread = client.threads.get(thread["thread_id"])
    state = client.threads.get_state(thread["thread_id"])
    sent_thread = client.http.get(f"/threads/{thread['thread_id']}")
    assert isinstance(thread, dict) and isinstance(thread, Thread) and thread == sent_thread
    assert isinstance(state, dict) and isinstance(state, ThreadState) and state["values"] == thread["values"]
    assert json.loads(json.dumps(thread)) == sent_thread and json.loads(json.dumps(state)) == state.to_dict()
    assert {**thread} == sent_thread
    with Flask(__name__).app_context():
        assert json.loads(jsonify(thread).get_data()) == sent_thread
    saved = Saved(thread=thread, state=state)
    assert saved.thread == sent_thread and saved.state == state.to_dict()
    # Changed as a dict, read as a model, and the other way round.
    thread["metadata"]["seen"] = True
    assert thread.metadata["seen"] is True
    thread.status = "busy"
    assert thread["status"] == "busy"
