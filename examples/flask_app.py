"""A Flask app with one client shared by every request and worker thread.

LANGGRAPH_URL=http://localhost:8123 flask --app examples/flask_app run
"""

from __future__ import annotations

import os

from flask import Flask, abort, jsonify, request

from langgraph_sync import NotFoundError, get_client

# One client for the whole process: it is safe to share across threads, and its connection
# pool is reused by every request.
client = get_client(os.environ.get("LANGGRAPH_URL", "http://localhost:8123"))

app = Flask(__name__)


@app.post("/users/<user>/chats")
def start_chat(user: str):
    """Create a thread for the user and run the agent on their message."""
    thread = client.threads.create(metadata={"user": user})
    state = client.runs.wait(thread.thread_id, "agent", input={"messages": [request.json["message"]]})
    return jsonify(thread_id=thread.thread_id, messages=state["messages"]), 201


@app.get("/users/<user>/chats")
def list_chats(user: str):
    """The user's threads, newest first, every page of them."""
    threads = client.threads.iter_search(metadata={"user": user}, sort_by="created_at", sort_order="desc")
    return jsonify(
        [{"thread_id": t.thread_id, "status": t.status, "created_at": t.created_at.isoformat()} for t in threads]
    )


@app.get("/chats/<thread_id>")
def show_chat(thread_id: str):
    """The thread as the server sent it: a model is the dict the server sent, and Flask turns
    the dict (or list) a view returns into JSON."""
    try:
        return client.threads.get(thread_id)
    except NotFoundError:
        abort(404)


@app.get("/users/<user>/threads")
def user_threads(user: str):
    """Every thread of the user, each as the server sent it."""
    return client.threads.search(metadata={"user": user}, limit=100)
