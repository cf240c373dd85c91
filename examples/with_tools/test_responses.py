"""Mocking with responses: it answers the client's requests, and checks what they send."""

import responses
from responses import matchers

from langgraph_sync import get_client

THREAD = {
    "thread_id": "5cb1e8a1-34b3-4a61-a34e-71a9799bd00d",
    "created_at": "2024-08-30T20:35:52.062934+00:00",
    "updated_at": "2024-08-30T20:35:52.062934+00:00",
    "metadata": {"user": "ada"},
    "status": "idle",
    "config": {},
    "values": None,
}


@responses.activate
def test_a_thread_is_created_with_its_metadata():
    responses.post(
        "http://langgraph.test/threads",
        json=THREAD,
        match=[matchers.json_params_matcher({"metadata": {"user": "ada"}}, strict_match=False)],
    )
    client = get_client("http://langgraph.test", api_key=None)
    assert client.threads.create(metadata={"user": "ada"}).metadata == {"user": "ada"}
