"""What the relay refuses never reaches the server, and credentials never cross it: the relay as a
plain WSGI app (on the standard library's wsgiref server: these tests need no web framework) in
front of a recording server whose list of requests is its access log."""

from __future__ import annotations

import http.client
import json
import socketserver
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import pytest
import requests

from langgraph_sync import get_client
from langgraph_sync.relay import Relay, RelayApp

from ..integration.relay_support import serving
from .scripted_server import Reply, ScriptedServer


class _ThreadingWSGIServer(socketserver.ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, *args: Any) -> None:
        pass


@contextmanager
def served_by_wsgiref(app: Any) -> Iterator[str]:
    with serving(
        make_server("127.0.0.1", 0, app, server_class=_ThreadingWSGIServer, handler_class=_QuietHandler)
    ) as url:
        yield url


THREAD = {"thread_id": "t1", "metadata": {"owner": "alice"}, "values": {}, "status": "idle"}


@pytest.fixture
def upstream() -> Iterator[ScriptedServer]:
    with ScriptedServer().running() as server:
        yield server


@pytest.fixture
def relay_url(upstream: ScriptedServer) -> Iterator[str]:
    client = get_client(upstream.url, api_key="server-key")
    app = RelayApp(Relay(client, max_body_bytes=1000), user=lambda environ: environ.get("HTTP_X_TEST_USER"))
    with served_by_wsgiref(app) as url:
        yield url
    client.close()


def send(relay_url: str, method: str, path: str, user: str | None = "alice", **kwargs: Any) -> requests.Response:
    headers = {**kwargs.pop("headers", {}), **({"X-Test-User": user} if user else {})}
    return requests.request(method, relay_url + path, headers=headers, timeout=10, **kwargs)


REFUSED = [
    # Not on the allowlist: 404.
    ("GET", "/info", {}, 404),
    ("GET", "/ok", {}, 404),
    ("GET", "/docs", {}, 404),
    ("GET", "/openapi.json", {}, 404),
    ("POST", "/runs/stream", {"json": {"assistant_id": "agent"}}, 404),
    ("POST", "/runs/wait", {"json": {"assistant_id": "agent"}}, 404),
    ("POST", "/runs", {"json": {"assistant_id": "agent"}}, 404),
    ("POST", "/runs/batch", {"json": [{"assistant_id": "agent"}]}, 404),
    ("POST", "/runs/cancel", {"json": {"status": "all"}}, 404),
    ("POST", "/threads/prune", {"json": {"thread_ids": ["t1"]}}, 404),
    ("GET", "/threads/t1/storage", {}, 404),
    ("POST", "/threads/t1/commands", {"json": {}}, 404),
    ("GET", "/threads", {}, 404),
    ("PUT", "/threads/t1", {"json": {}}, 404),
    ("GET", "/my-custom-route", {}, 404),
    ("GET", "/", {}, 404),
    # Bodies: too large, not JSON, not an object, or where none is taken.
    ("POST", "/threads", {"json": {"metadata": {"x": "y" * 1000}}}, 413),
    ("POST", "/threads/search", {"data": b"x" * 5000, "headers": {"Content-Type": "application/json"}}, 413),
    (
        "POST",
        "/threads",
        {"data": "thread_id=x", "headers": {"Content-Type": "application/x-www-form-urlencoded"}},
        415,
    ),
    ("POST", "/threads", {"data": "{}", "headers": {"Content-Type": "text/plain"}}, 415),
    ("POST", "/threads", {"data": "{not json", "headers": {"Content-Type": "application/json"}}, 400),
    ("POST", "/threads", {"data": "[1, 2]", "headers": {"Content-Type": "application/json"}}, 422),
    ("POST", "/threads", {"data": '{"metadata": {"x": NaN}}', "headers": {"Content-Type": "application/json"}}, 400),
    ("GET", "/threads/t1/stream", {"headers": {"Last-Event-ID": "1 2"}}, 400),
    ("POST", "/threads", {"json": {"metadata": "mine"}}, 422),
    ("POST", "/threads/search", {"json": {"metadata": ["owner"]}}, 422),
    ("GET", "/threads/t1", {"data": "{}", "headers": {"Content-Type": "application/json"}}, 400),
    ("POST", "/threads/t1/runs/r1/cancel", {"data": "{}", "headers": {"Content-Type": "application/json"}}, 400),
    # Assistants are read-only by default.
    ("POST", "/assistants", {"json": {"graph_id": "agent"}}, 403),
    ("DELETE", "/assistants/a1", {}, 403),
]


@pytest.mark.parametrize(("method", "path", "options", "status"), REFUSED)
def test_refused_without_reaching_the_server(
    relay_url: str, upstream: ScriptedServer, method: str, path: str, options: dict[str, Any], status: int
) -> None:
    reply = send(relay_url, method, path, **options)
    assert reply.status_code == status, reply.text
    assert upstream.seen == []


@pytest.mark.parametrize(
    "path", ["/threads/./state", "/threads/../state", "/threads/%2E%2E/state", "/threads/t1/state/.."]
)
def test_dot_segments_are_no_ids(relay_url: str, upstream: ScriptedServer, path: str) -> None:
    # Sent as written (requests would remove the dot segments before sending).
    host, port = relay_url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    connection.request("GET", path, headers={"X-Test-User": "alice"})
    assert connection.getresponse().status == 404
    connection.close()
    assert upstream.seen == []


def test_a_visitor_not_logged_in_reaches_nothing(relay_url: str, upstream: ScriptedServer) -> None:
    for method, path in (("GET", "/threads/t1"), ("POST", "/threads"), ("POST", "/threads/search")):
        assert send(relay_url, method, path, user=None, json={}).status_code == 401
    assert upstream.seen == []


def test_a_body_without_a_length_is_refused(relay_url: str, upstream: ScriptedServer) -> None:
    chunked = iter([b'{"metadata":', b"{}}"])  # requests sends a generator with chunked encoding
    reply = send(relay_url, "POST", "/threads", data=chunked, headers={"Content-Type": "application/json"})
    assert reply.status_code == 411
    assert upstream.seen == []


def test_credentials_never_cross_the_relay(relay_url: str, upstream: ScriptedServer) -> None:
    upstream.script(
        Reply(
            200, THREAD, headers={"Set-Cookie": "server_session=1", "X-Internal": "secret", "X-Pagination-Total": "1"}
        )
    )
    reply = send(
        relay_url,
        "POST",
        "/threads",
        json={"metadata": {"owner": "bob"}},
        headers={
            "Cookie": "app_session=browser-secret",
            "Authorization": "Bearer browser-token",
            "x-api-key": "browser-key",
            "X-Forwarded-For": "10.0.0.1",
            "Last-Event-ID": "7",
        },
    )
    assert reply.status_code == 200 and reply.json() == THREAD
    # The browser got neither the server's cookie nor its other headers.
    assert "Set-Cookie" not in reply.headers and "X-Internal" not in reply.headers
    assert reply.headers["X-Pagination-Total"] == "1"
    [seen] = upstream.seen
    headers = {name.lower(): value for name, value in seen.headers.items()}
    # The server got the relay's key, and of the browser's headers only Last-Event-ID.
    assert headers["x-api-key"] == "server-key"
    assert "cookie" not in headers and "authorization" not in headers and "x-forwarded-for" not in headers
    assert headers["last-event-id"] == "7"
    assert json.loads(seen.body) == {"metadata": {"owner": "alice"}}


def test_a_server_that_cannot_be_reached_is_a_502(upstream: ScriptedServer) -> None:
    client = get_client("http://127.0.0.1:9", api_key=None, max_retries=0)  # the discard port: refused
    app = RelayApp(Relay(client), user=lambda environ: "alice")
    with served_by_wsgiref(app) as url:
        reply = requests.post(url + "/threads/search", json={}, timeout=10)
    assert reply.status_code == 502
    assert reply.json() == {"detail": "the LangGraph server could not be reached"}


def test_rules_are_checked_when_the_relay_is_made() -> None:
    client = get_client("http://127.0.0.1:9", api_key=None)
    with pytest.raises(ValueError, match="unknown rules"):
        Relay(client, rules={"threads.craete": lambda ctx, value: None})
    with pytest.raises(ValueError, match="on_disconnect"):
        Relay(client, on_disconnect="abort")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Client"):
        Relay(object())  # type: ignore[arg-type]


def test_what_an_apps_rule_puts_in_a_body_is_sent_as_json(upstream: ScriptedServer) -> None:
    # A rule may add Python values (a datetime, a set): they are sent as the client sends them.
    import datetime

    def stamp(ctx: Any, value: dict[str, Any]) -> None:
        value["metadata"] = {"owner": ctx.user, "at": datetime.datetime(2026, 1, 2, 3, 4, 5), "tags": {"a"}}

    upstream.script(Reply(200, THREAD))
    client = get_client(upstream.url, api_key=None)
    app = RelayApp(Relay(client, rules={"threads.create": stamp}), user=lambda environ: "alice")
    with served_by_wsgiref(app) as url:
        assert send(url, "POST", "/threads", json={}).status_code == 200
    assert json.loads(upstream.seen[0].body) == {
        "metadata": {"owner": "alice", "at": "2026-01-02T03:04:05", "tags": ["a"]}
    }
    client.close()
