"""A browser that leaves a stream: the relay closes its upstream stream, and with
`on_disconnect="cancel"` cancels the run, as the server does for a client of its own that leaves.
The relay notices when a write to the browser fails: at the next event, or the server's heartbeat
(every 5 s); the first write after the browser left may still succeed (the socket learns of the
close from the browser's reply to it), so it takes up to three heartbeats."""

from __future__ import annotations

import json
import logging
import socket
import time
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from langgraph_sync import get_client
from langgraph_sync.relay import Relay, RelayApp

from .relay_support import served_by_werkzeug


@pytest.fixture(params=["continue", "cancel"])
def relay(request: pytest.FixtureRequest, server_url: str) -> Iterator[tuple[str, str]]:
    client = get_client(server_url, api_key=None)
    app = RelayApp(Relay(client, on_disconnect=request.param), user=lambda environ: "alice")
    with served_by_werkzeug(app) as url:
        yield url, request.param
    client.close()


def leave_after_the_first_event(relay_url: str, thread_id: str, seconds: float) -> str:
    """Start a slow run's stream, read up to its metadata event, and go away (the tab is closed:
    the connection goes, the rest unread). The run's id."""
    host, port = relay_url.removeprefix("http://").split(":")
    body = json.dumps(
        {"assistant_id": "slow", "input": {"messages": ["hi"], "seconds": seconds}, "stream_mode": "updates"}
    ).encode()
    head = (
        f"POST /threads/{thread_id}/runs/stream HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nAccept: text/event-stream\r\n\r\n"
    ).encode()
    with socket.create_connection((host, int(port)), timeout=30) as browser:
        browser.sendall(head + body)
        received = b""
        while b'"run_id"' not in received or not received.endswith(b"\r\n"):
            chunk = browser.recv(65536)
            assert chunk, received
            received += chunk
    assert received.startswith(b"HTTP/1.1 200"), received
    return received.split(b'"run_id":')[1].split(b'"')[1].decode()


def test_a_browser_that_leaves_a_stream(relay: tuple[str, str], server_url: str, caplog: Any) -> None:
    relay_url, on_disconnect = relay
    caplog.set_level(logging.INFO, logger="langgraph_sync.relay")
    thread_id = requests.post(f"{relay_url}/threads", json={}, timeout=10).json()["thread_id"]
    left = time.monotonic()
    run_id = leave_after_the_first_event(relay_url, thread_id, seconds=30)
    run_url = f"{server_url}/threads/{thread_id}/runs/{run_id}"
    # The relay closes its upstream stream once a write to the browser fails (a heartbeat's).
    deadline = time.monotonic() + 20
    while "its upstream stream is closed" not in caplog.text and time.monotonic() < deadline:
        time.sleep(0.1)
    assert "its upstream stream is closed" in caplog.text
    noticed = time.monotonic() - left
    assert noticed < 17, f"the relay noticed the browser had left after {noticed:.1f} s"
    if on_disconnect == "cancel":
        assert requests.get(run_url, timeout=10).json()["status"] == "interrupted"
    else:
        # The run goes on, and can be joined again.
        assert requests.get(run_url, timeout=10).json()["status"] in ("pending", "running")
        requests.post(f"{run_url}/cancel", timeout=10)  # (not to leave it running for the next tests)
