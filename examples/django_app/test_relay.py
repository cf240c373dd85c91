"""The example's LangGraph relay (relay.py), end to end: Django's test client, the relay's view, the
real LangGraph server. (tests/integration/test_relay_examples_live.py drives it over HTTP with
LangGraph's JS SDK and langgraph-sdk.)"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator

import pytest
from django.test import Client as DjangoClient
from django.test import override_settings

from langgraph_sync import Client


def browser(user: str) -> DjangoClient:
    token = base64.b64encode(f"{user}:{user}-pw".encode()).decode()
    return DjangoClient(HTTP_AUTHORIZATION=f"Basic {token}")


@pytest.fixture(autouse=True)
def relay_urls() -> Iterator[None]:
    with override_settings(ROOT_URLCONF="django_app.relay"):
        yield


def test_a_users_thread_is_theirs_alone(langgraph_client: Client) -> None:
    alice, bob = browser("alice"), browser("bob")
    made = alice.post("/langgraph/threads", {"metadata": {"owner": "bob"}}, content_type="application/json")
    assert made.status_code == 200
    thread_id = made.json()["thread_id"]
    assert langgraph_client.threads.get(thread_id).metadata["owner"] == "alice"

    streamed = alice.post(
        f"/langgraph/threads/{thread_id}/runs/stream",
        {"assistant_id": "agent", "input": {"messages": ["hi"]}, "stream_mode": "values"},
        content_type="application/json",
    )
    assert streamed.status_code == 200 and streamed.streaming
    assert streamed["Content-Type"].startswith("text/event-stream")
    events = b"".join(streamed.streaming_content).decode()
    assert "event: values" in events and '"echo"' in events

    assert alice.get(f"/langgraph/threads/{thread_id}/state").json()["values"]["messages"] == ["hi", "echo"]
    for method, path in (
        ("get", f"/langgraph/threads/{thread_id}"),
        ("get", f"/langgraph/threads/{thread_id}/state"),
        ("delete", f"/langgraph/threads/{thread_id}"),
        ("get", f"/langgraph/threads/{thread_id}/stream"),
    ):
        assert getattr(bob, method)(path).status_code == 404
    found = bob.post("/langgraph/threads/search", {"metadata": {"owner": "alice"}}, content_type="application/json")
    assert thread_id not in {t["thread_id"] for t in found.json()}


def test_no_login_no_relay() -> None:
    assert DjangoClient().post("/langgraph/threads", {}, content_type="application/json").status_code == 401
    assert browser("alice").get("/langgraph/info").status_code == 404
    wrong = DjangoClient(HTTP_AUTHORIZATION="Basic " + base64.b64encode(b"alice:bob-pw").decode())
    assert wrong.post("/langgraph/threads", {}, content_type="application/json").status_code == 401
    assert json.loads(wrong.post("/langgraph/threads/search", {}, content_type="application/json").content) == {
        "detail": "Not authenticated"
    }
