"""Failure injection against small local servers: what is retried, what never is, and what the
caller sees. Waits are recorded (time.sleep is replaced), not timed."""

from __future__ import annotations

import email.utils
import logging
import socket
import threading
import time
import uuid
from collections.abc import Iterator

import pytest

import langgraph_sync._http as transport
from langgraph_sync import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    InternalServerError,
    RateLimitError,
    get_client,
)

from .scripted_server import Reply, ScriptedServer

KEY = "lsv2-secret-key-0123456789"
THREAD = {
    "thread_id": "5cb1e8a1-34b3-4a61-a34e-71a9799bd00d",
    "created_at": "2024-08-30T20:35:52.062934+00:00",
    "updated_at": "2024-08-30T20:35:52.062934+00:00",
    "metadata": {},
    "status": "idle",
    "config": {},
    "values": None,
}


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer().running() as server:
        yield server


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    waited: list[float] = []
    monkeypatch.setattr(transport, "_sleep", waited.append)
    return waited


def client_for(server: ScriptedServer, **options):
    return get_client(server.url, api_key=KEY, **options)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# Connection failures before anything was sent: retried for any method.


@pytest.mark.parametrize("call", [lambda c: c.threads.get(THREAD["thread_id"]), lambda c: c.threads.create()])
def test_refused_connection_is_retried_for_any_method(sleeps, call):
    client = get_client(f"http://127.0.0.1:{free_port()}", max_retries=2)
    with pytest.raises(APIConnectionError) as error:
        call(client)
    assert error.value.attempts == 3
    assert len(sleeps) == 2
    assert "(after 3 attempts)" in str(error.value)
    assert "Connection refused" in str(error.value)


def test_max_retries_zero_tries_once(sleeps):
    client = get_client(f"http://127.0.0.1:{free_port()}", max_retries=0)
    with pytest.raises(APIConnectionError) as error:
        client.threads.create()
    assert error.value.attempts == 1 and sleeps == []


# 429 and 503: the server did not process the request, so any method is sent again.


def test_429_retry_after_seconds_then_success_for_a_post(server, sleeps):
    server.script(Reply(429, {"detail": "slow down"}, {"Retry-After": "3"}), Reply(200, THREAD))
    thread = client_for(server).threads.create()
    assert thread.thread_id == THREAD["thread_id"]
    assert [s.method for s in server.seen] == ["POST", "POST"]
    assert sleeps == [3.0]


def test_retry_after_http_date_is_honoured_and_capped(server, sleeps):
    soon = email.utils.formatdate(time.time() + 20, usegmt=True)
    server.script(
        Reply(503, "busy", {"Retry-After": soon}),
        Reply(503, "busy", {"Retry-After": "3600"}),
        Reply(200, THREAD),
    )
    client_for(server).threads.get(THREAD["thread_id"])
    assert 15 <= sleeps[0] <= 21
    assert sleeps[1] == 60.0  # capped


def test_503_then_200(server, sleeps):
    server.script(Reply(503, {"detail": "restarting"}), Reply(200, THREAD))
    assert client_for(server).threads.get(THREAD["thread_id"]).status == "idle"
    assert len(server.seen) == 2 and len(sleeps) == 1


def test_429_until_the_last_try_raises_rate_limit_with_attempts(server, sleeps):
    server.script(*[Reply(429, {"detail": "slow down"}) for _ in range(3)])
    with pytest.raises(RateLimitError) as error:
        client_for(server).threads.count()
    assert error.value.status_code == 429 and error.value.attempts == 3
    assert str(error.value) == "slow down"


# What may have reached the server is repeated only for idempotent methods.


def test_500_on_a_post_is_never_repeated(server, sleeps):
    server.script(Reply(500, {"detail": "boom"}), Reply(200, THREAD))
    with pytest.raises(InternalServerError) as error:
        client_for(server).threads.create()
    assert len(server.seen) == 1 and sleeps == []
    assert error.value.message == "boom"


@pytest.mark.parametrize("status", [502, 504])
def test_gateway_errors_retry_a_get_but_not_a_post_or_patch(server, sleeps, status):
    server.script(Reply(status, "bad gateway"), Reply(200, THREAD))
    assert client_for(server).threads.get(THREAD["thread_id"]).thread_id == THREAD["thread_id"]
    assert len(server.seen) == 2
    server.script(Reply(status, "bad gateway"), Reply(200, THREAD))
    with pytest.raises(InternalServerError):
        client_for(server).threads.update(THREAD["thread_id"], metadata={"a": 1})
    assert [s.method for s in server.seen[2:]] == ["PATCH"]


def test_dropped_connection_retries_a_get(server, sleeps):
    server.script(Reply(drop=True), Reply(200, THREAD))
    assert client_for(server).threads.get(THREAD["thread_id"]).status == "idle"
    assert len(server.seen) == 2


def test_dropped_connection_never_repeats_a_create(server, sleeps):
    server.script(Reply(drop=True), Reply(200, THREAD))
    with pytest.raises(APIConnectionError) as error:
        client_for(server).threads.create(metadata={"once": True})
    assert [s.method for s in server.seen] == ["POST"]
    assert error.value.attempts == 1


def test_slow_reply_times_out_and_is_retried_only_when_idempotent(server, sleeps):
    server.script(*[Reply(200, THREAD, delay=0.5) for _ in range(3)])
    with pytest.raises(APITimeoutError) as error:
        client_for(server, timeout=0.1).threads.get(THREAD["thread_id"])
    assert error.value.attempts == 3
    server.replies.clear()
    server.script(Reply(200, THREAD, delay=0.5), Reply(200, THREAD))
    before = len(server.seen)
    with pytest.raises(APITimeoutError) as error:
        client_for(server).threads.create(timeout=0.1)  # the per-call timeout
    assert len(server.seen) - before == 1 and error.value.attempts == 1
    assert isinstance(error.value, APIConnectionError)


def test_per_call_timeout_overrides_the_clients(server, sleeps):
    server.script(Reply(200, THREAD, delay=0.3))
    client = client_for(server, timeout=0.05, max_retries=0)
    assert client.threads.get(THREAD["thread_id"], timeout=5).status == "idle"


# What the caller sees of a bad reply.


def test_html_502_page_is_a_typed_error_with_a_short_excerpt(server, sleeps):
    page = "<html><head><title>502 Bad Gateway</title></head><body>" + "<p>nginx</p>" * 500 + "</body></html>"
    server.script(*[Reply(502, page, {"Content-Type": "text/html"}) for _ in range(3)])
    with pytest.raises(InternalServerError) as error:
        client_for(server).threads.get(THREAD["thread_id"])
    assert error.value.status_code == 502
    assert "502 Bad Gateway" in error.value.message
    assert len(error.value.message) <= len("502 Bad Gateway: ") + 201
    assert error.value.body == page


def test_invalid_json_in_a_200_is_a_validation_error(server):
    server.script(Reply(200, b'{"thread_id": "5cb1e8a1-34b3-4a61'))
    with pytest.raises(APIResponseValidationError) as error:
        client_for(server).threads.get(THREAD["thread_id"])
    assert "not valid JSON" in error.value.message and error.value.status_code == 200


def test_truncated_reply_is_a_connection_error_not_a_bare_exception(server, sleeps):
    body = b'{"thread_id": "5cb1e8a1-34b3-4a61-a34e-71a9799bd00d"}'
    server.script(Reply(200, body, content_length=len(body) + 50))
    with pytest.raises(APIConnectionError):
        client_for(server, max_retries=0).threads.create()


def test_a_reply_missing_a_required_field_is_a_validation_error(server):
    server.script(Reply(200, {k: v for k, v in THREAD.items() if k != "created_at"}))
    with pytest.raises(APIResponseValidationError, match="created_at"):
        client_for(server).threads.get(THREAD["thread_id"])


# Redirects: the key goes to the configured origin only.


def test_redirect_to_another_port_is_not_followed_and_the_key_stays_home(server):
    with ScriptedServer().running() as elsewhere:
        elsewhere.script(Reply(200, THREAD))
        server.script(Reply(307, b"", {"Location": f"{elsewhere.url}/threads"}))
        with pytest.raises(APIStatusError) as error:
            client_for(server).threads.create()
        assert elsewhere.seen == []  # nothing, let alone the key, reached the other server
        assert error.value.status_code == 307
        assert elsewhere.url in str(error.value) and "not followed" in str(error.value)


def test_redirect_within_the_origin_is_followed_with_the_key(server):
    server.script(Reply(308, b"", {"Location": "/threads/moved"}), Reply(200, THREAD))
    client_for(server).threads.create(metadata={"a": 1})
    assert [(s.method, s.path) for s in server.seen] == [("POST", "/threads"), ("POST", "/threads/moved")]
    assert server.seen[1].headers["x-api-key"] == KEY
    assert server.seen[1].body == b'{"metadata":{"a":1}}'


def test_303_becomes_a_get_without_body(server):
    server.script(Reply(303, b"", {"Location": f"{server.url}/threads/{THREAD['thread_id']}"}), Reply(200, THREAD))
    client_for(server).threads.create(metadata={"a": 1})
    assert (server.seen[1].method, server.seen[1].body) == ("GET", b"")
    assert "Content-Type" not in server.seen[1].headers


# The key never shows.


def test_the_key_is_in_no_repr_error_or_log_line(server, sleeps, caplog):
    caplog.set_level(logging.DEBUG)
    client = client_for(server)
    server.script(Reply(401, {"detail": "bad key"}), Reply(503, "x"), Reply(503, "x"), Reply(503, "x"))
    errors = []
    for call in (lambda: client.threads.get(THREAD["thread_id"]), lambda: client.threads.count()):
        with pytest.raises(APIStatusError) as error:
            call()
        errors.append(error.value)
    assert server.seen[0].headers["x-api-key"] == KEY  # it was sent...
    shown = [repr(client), *(str(e) for e in errors), *(repr(e) for e in errors), caplog.text]
    shown += [repr(vars(e)) for e in errors]
    assert caplog.records  # ...and there were log lines to look in
    assert all(KEY not in text for text in shown)


# Many threads, one client: the pool is bounded.


def test_pool_is_bounded_by_max_connections(server):
    server.script(*[Reply(200, THREAD, delay=0.2) for _ in range(8)])
    client = client_for(server, max_connections=2)
    threads = [threading.Thread(target=client.threads.get, args=(THREAD["thread_id"],)) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(server.seen) == 8
    assert server.most_active == 2


def test_uuid_ids_and_traversal_attempts_are_one_segment(server):
    client = client_for(server)
    server.script(Reply(200, THREAD), Reply(200, THREAD))
    client.threads.get(uuid.UUID(THREAD["thread_id"]))
    client.threads.get("../assistants/search")
    for dots in ("", ".", ".."):
        with pytest.raises(ValueError, match="thread_id must be an id"):
            client.threads.delete(dots)
    assert [s.path for s in server.seen] == [f"/threads/{THREAD['thread_id']}", "/threads/..%2Fassistants%2Fsearch"]


def test_a_wait_whose_reply_is_lost_is_not_run_again(server, sleeps):
    server.script(Reply(drop=True), Reply(200, {"messages": ["twice"]}))
    with pytest.raises(APIConnectionError):
        client_for(server).runs.wait(THREAD["thread_id"], "agent", input={"messages": ["once"]})
    assert [(s.method, s.path) for s in server.seen] == [("POST", f"/threads/{THREAD['thread_id']}/runs/wait")]


def test_join_is_a_get_and_is_retried(server, sleeps):
    server.script(Reply(502, "bad gateway"), Reply(200, {"messages": ["done"]}))
    assert client_for(server).runs.join(THREAD["thread_id"], "r1") == {"messages": ["done"]}
    assert len(server.seen) == 2
