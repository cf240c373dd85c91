"""Mocking with requests-mock: its `requests_mock` pytest fixture answers the client's requests."""

from langgraph_sync import get_client

THREAD_ID = "5cb1e8a1-34b3-4a61-a34e-71a9799bd00d"
BUSY_THREAD = {
    "thread_id": THREAD_ID,
    "created_at": "2024-08-30T20:35:52.062934+00:00",
    "updated_at": "2024-08-30T20:35:52.062934+00:00",
    "metadata": {},
    "status": "busy",
    "config": {},
    "values": None,
}


def test_a_busy_thread(requests_mock):
    requests_mock.get(f"http://langgraph.test/threads/{THREAD_ID}", json=BUSY_THREAD)
    client = get_client("http://langgraph.test", api_key=None)
    assert client.threads.get(THREAD_ID).status == "busy"
    assert requests_mock.call_count == 1
