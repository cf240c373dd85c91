"""The Flask example's relay under gunicorn (4 workers, as deployed): 50 streaming runs at once
through it, every event delivered, in order; and with the sync worker too, each event flushed as
it comes (the first reaches the browser long before the run ends)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from .relay_support import EXAMPLES, basic_auth

# At once: 50 through gthread workers (8 threads each); a sync worker serves one request at a
# time, so through 4 of them, 8 (the flushing is what is shown there).
STREAMS = {"gthread": 50, "sync": 8}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module", params=["gthread", "sync"])
def gunicorn_relay(
    request: pytest.FixtureRequest, server_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, str]]:
    port = free_port()
    log = tmp_path_factory.mktemp("gunicorn") / "gunicorn.log"
    worker = ["-k", "gthread", "--threads", "8"] if request.param == "gthread" else ["-k", "sync"]
    command = [
        sys.executable, "-m", "gunicorn", "--chdir", str(EXAMPLES), "--workers", "4", *worker,
        "--bind", f"127.0.0.1:{port}", "--timeout", "60", "relay_flask:app",
    ]  # fmt: skip
    with log.open("wb") as output:
        server = subprocess.Popen(
            command, env={**os.environ, "LANGGRAPH_URL": server_url}, stdout=output, stderr=subprocess.STDOUT
        )
    url = f"http://127.0.0.1:{port}/langgraph"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                requests.get(url + "/threads/none", timeout=2)
                break
            except requests.ConnectionError:
                assert server.poll() is None and time.monotonic() < deadline, log.read_text()
                time.sleep(0.2)
        yield url, request.param
    finally:
        server.terminate()
        server.wait(20)


def stream_a_run(relay_url: str, user: str) -> tuple[list[str], list[dict], float, float]:
    """A thread of the user's, and a run on it streamed: the events' names and data, when the
    first update arrived and when the stream ended (seconds after the request)."""
    headers = basic_auth(user)
    thread = requests.post(f"{relay_url}/threads", json={}, headers=headers, timeout=60).json()
    started = time.monotonic()
    reply = requests.post(
        f"{relay_url}/threads/{thread['thread_id']}/runs/stream",
        json={
            "assistant_id": "slow",
            "input": {"messages": [user], "seconds": 1},
            "stream_mode": ["values", "updates"],
            "stream_resumable": True,
        },
        headers=headers,
        stream=True,
        timeout=120,
    )
    assert reply.status_code == 200, reply.text
    names, data, ids, first_update = [], [], [], None
    for line in reply.iter_lines():
        if line.startswith(b"event: "):
            names.append(line[7:].decode())
            if names[-1] == "updates" and first_update is None:
                first_update = time.monotonic() - started
        elif line.startswith(b"data: "):
            data.append(json.loads(line[6:]))
        elif line.startswith(b"id: "):
            ids.append(line[4:].decode())
    ended = time.monotonic() - started
    # (Events of one step share their id: the server's ids only ever go up.)
    assert len(ids) == len(names) and ids == sorted(ids, key=lambda i: tuple(int(p) for p in i.split("-")))
    assert first_update is not None
    return names, data, first_update, ended


def test_streams_at_once_through_four_workers(gunicorn_relay: tuple[str, str]) -> None:
    relay_url, worker = gunicorn_relay
    users = ["alice", "bob"] * (STREAMS[worker] // 2)
    with ThreadPoolExecutor(len(users)) as pool:
        results = list(pool.map(lambda user: stream_a_run(relay_url, user), users))
    for user, (names, data, first_update, ended) in zip(users, results):
        assert names == ["metadata", "values", "updates", "values", "updates", "values"]
        values = [d for name, d in zip(names, data) if name == "values"]
        assert [v["messages"] for v in values] == [[user], [user, "echo"], [user, "echo", "slept"]]
        assert data[2] == {"first": {"messages": ["echo"]}} and data[4] == {"sleep": {"messages": ["slept"]}}
        # Flushed per event: the first update came a second (the node's sleep) before the end.
        assert ended - first_update > 0.8, (worker, first_update, ended)
    slowest = max(ended for *_, ended in results)
    print(
        f"\n{len(users)} streams through gunicorn ({worker}, 4 workers): all complete, the slowest in {slowest:.1f} s"
    )
