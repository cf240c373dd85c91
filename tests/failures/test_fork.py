"""A client used before os.fork() (gunicorn --preload, uWSGI, Celery prefork) never shares a
connection with the other process: each side only ever gets its own replies."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from collections.abc import Iterator

import pytest
import requests

from langgraph_sync import LangGraphError, get_client

from .echo_server import echo_server

CALLS_PER_SIDE = 200


@pytest.fixture(scope="module")
def echo_url() -> Iterator[str]:
    with echo_server() as url:
        yield url


def make_calls(client, side: str) -> dict[str, int]:
    """CALLS_PER_SIDE calls, each with its own token; a reply naming another token is crossed."""
    counts = {"calls": 0, "crossed": 0, "errors": 0}
    for number in range(CALLS_PER_SIDE):
        token = f"{side}-{number}"
        counts["calls"] += 1
        try:
            got = client.threads.get(token, timeout=(2, 2)).metadata["token"]
        except LangGraphError:
            counts["errors"] += 1
            continue
        counts["crossed"] += got != token
    return counts


def in_both_processes(client) -> tuple[dict[str, int], dict[str, int]]:
    """Fork, and make the calls on both sides at once; (parent's counts, child's counts)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: report through the pipe, and never return into pytest
        try:
            os.close(read_end)
            os.write(write_end, json.dumps(make_calls(client, "child")).encode())
        finally:
            os._exit(0)
    os.close(write_end)
    parent = make_calls(client, "parent")
    with os.fdopen(read_end, "rb") as pipe:
        child = json.loads(pipe.read() or b'{"calls": 0}')
    os.waitpid(pid, 0)
    return parent, child


SESSIONS = ["the client's own", "a requests.Session of the user's"]

# The suite's other servers leave threads behind; the child here touches none of their locks.
pytestmark = pytest.mark.filterwarnings("ignore:This process .* is multi-threaded:DeprecationWarning")


def client_with(url: str, session: str):
    own = session == SESSIONS[0]
    return get_client(url, api_key=None, max_retries=0, **({} if own else {"session": requests.Session()}))


@pytest.mark.parametrize("session", SESSIONS)
def test_after_a_fork_each_process_gets_only_its_own_replies(echo_url, session):
    client = client_with(echo_url, session)
    assert client.threads.get("before-the-fork").metadata["token"] == "before-the-fork"  # a pooled connection
    parent, child = in_both_processes(client)
    print(f"\n{session} session: parent {parent}, child {child}")
    assert parent == child == {"calls": CALLS_PER_SIDE, "crossed": 0, "errors": 0}
    # The parent keeps using its own pooled connection afterwards.
    assert client.threads.get("after").metadata["token"] == "after"


def test_a_child_forked_without_telling_python_is_detected_by_its_process_id(echo_url, monkeypatch):
    # uWSGI forks its workers in C, without os.register_at_fork's hooks unless
    # --py-call-osafterfork: the client must notice the new process id on its own.
    client = get_client(echo_url, api_key=None, max_retries=0)
    client.threads.get("before-the-fork")
    monkeypatch.setattr("langgraph_sync._http._forget_inherited_connections", lambda: None)
    pools_before = client._http.session.get_adapter(echo_url).poolmanager
    monkeypatch.setattr(os, "getpid", lambda: -1)  # as if in a child whose hooks did not run
    assert client.threads.get("in-the-child").metadata["token"] == "in-the-child"
    assert client._http.session.get_adapter(echo_url).poolmanager is not pools_before


@pytest.mark.parametrize("session", SESSIONS)
def test_a_pool_lock_held_by_another_thread_at_the_fork_does_not_hang_the_child(echo_url, session):
    # In the child, a lock that another thread of the parent held at the fork stays held for
    # ever: the child must make its own pools without touching the inherited ones.
    client = client_with(echo_url, session)
    client.threads.get("before-the-fork")
    adapter = client._http.session.get_adapter(echo_url)
    held, release = threading.Event(), threading.Event()

    def hold_the_pools_lock() -> None:
        with adapter.poolmanager.pools.lock:
            held.set()
            release.wait()

    holder = threading.Thread(target=hold_the_pools_lock)
    holder.start()
    held.wait()
    pid = os.fork()
    if pid == 0:
        answered = False
        try:
            answered = client.threads.get("child", timeout=(2, 2)).metadata["token"] == "child"
        finally:
            os._exit(0 if answered else 1)
    release.set()
    holder.join()
    deadline = time.monotonic() + 10
    while (finished := os.waitpid(pid, os.WNOHANG))[0] == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    if finished[0] == 0:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        pytest.fail("the child hung on a lock it inherited")
    assert os.waitstatus_to_exitcode(finished[1]) == 0
