"""Tests of the example's views, end to end: Django's test client, the view, the real LangGraph server."""

from __future__ import annotations

import uuid

from django.test import Client as DjangoClient

from langgraph_sync import Client


def test_posting_a_message_starts_a_chat_on_the_server(langgraph_client: Client) -> None:
    user = str(uuid.uuid4())
    reply = DjangoClient().post(f"/users/{user}/chats", data={"message": "hello"}, content_type="application/json")

    assert reply.status_code == 201
    assert reply.json()["messages"] == ["hello", "echo"]  # the test graph's "agent" echoes
    thread = langgraph_client.threads.get(reply.json()["thread_id"])
    assert thread.metadata["user"] == user
    assert thread.status == "idle"


def test_a_users_chats_are_listed_newest_first(langgraph_client: Client) -> None:
    user = str(uuid.uuid4())
    web = DjangoClient()
    first = web.post(f"/users/{user}/chats", data={"message": "one"}, content_type="application/json").json()
    second = web.post(f"/users/{user}/chats", data={"message": "two"}, content_type="application/json").json()
    langgraph_client.threads.create(metadata={"user": "someone else"})

    listed = web.get(f"/users/{user}/chats").json()

    assert [chat["thread_id"] for chat in listed] == [second["thread_id"], first["thread_id"]]
    assert {chat["status"] for chat in listed} == {"idle"}
