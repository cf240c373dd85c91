"""client.http against scripted local servers: the same transport as every other call (retries
where safe, typed errors, the key only to the client's origin), and request_reconnect."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import langgraph_sync._http as transport
from langgraph_sync import APIConnectionError, InternalServerError, get_client

from .scripted_server import Reply, ScriptedServer

KEY = "lsv2-secret-key-0123456789"
CUT_OFF = b'{"messages": ["do'


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer().running() as server:
        yield server


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    waited: list[float] = []
    monkeypatch.setattr(transport, "_sleep", waited.append)
    return waited


def test_a_get_is_retried_on_502_a_post_never(server, sleeps):
    server.script(Reply(502, "bad gateway"), Reply(200, {"a": 1}), Reply(502, "bad gateway"))
    client = get_client(server.url, api_key=KEY)
    assert client.http.get("/my/route") == {"a": 1}
    with pytest.raises(InternalServerError) as error:
        client.http.post("/my/route", json={"make": 1})
    assert error.value.attempts == 1
    assert [(s.method, s.path) for s in server.seen] == [("GET", "/my/route")] * 2 + [("POST", "/my/route")]
    assert all(s.headers["x-api-key"] == KEY for s in server.seen)


def test_a_cut_off_reply_is_a_connection_error(server, sleeps):
    server.script(Reply(200, CUT_OFF, content_length=len(CUT_OFF) + 20))
    with pytest.raises(APIConnectionError):
        get_client(server.url, api_key=KEY, max_retries=0).http.post("/my/route", json={})


def test_request_reconnect_reads_a_cut_off_reply_again_from_its_location(server, sleeps):
    server.script(
        Reply(200, CUT_OFF, content_length=len(CUT_OFF) + 20, headers={"Location": "/threads/t/runs/r/join"}),
        Reply(200, {"messages": ["done"]}),
    )
    result = get_client(server.url, api_key=KEY).http.request_reconnect(
        "/threads/t/runs/wait", "POST", json={"assistant_id": "agent"}
    )
    assert result == {"messages": ["done"]}
    assert [(s.method, s.path) for s in server.seen] == [
        ("POST", "/threads/t/runs/wait"),
        ("GET", "/threads/t/runs/r/join"),
    ]
    assert server.seen[1].headers["x-api-key"] == KEY


def test_request_reconnect_never_follows_a_location_of_another_origin(server, sleeps):
    with ScriptedServer().running() as elsewhere:
        server.script(
            Reply(200, CUT_OFF, content_length=len(CUT_OFF) + 20, headers={"Location": f"{elsewhere.url}/join"}),
        )
        with pytest.raises(APIConnectionError):
            get_client(server.url, api_key=KEY).http.request_reconnect("/run", "POST", json={})
        assert elsewhere.seen == []
    assert len(server.seen) == 1


def test_request_reconnect_without_a_location_raises(server, sleeps):
    server.script(Reply(200, CUT_OFF, content_length=len(CUT_OFF) + 20))
    with pytest.raises(APIConnectionError):
        get_client(server.url, api_key=KEY).http.request_reconnect("/run", "POST", json={})
    assert len(server.seen) == 1


def test_request_reconnect_stops_at_its_limit(server, sleeps):
    cut_off = Reply(200, CUT_OFF, content_length=len(CUT_OFF) + 20, headers={"Location": "/join"})
    server.script(cut_off, cut_off, cut_off)
    with pytest.raises(APIConnectionError):
        get_client(server.url, api_key=KEY).http.request_reconnect("/run", "POST", json={}, reconnect_limit=1)
    assert [(s.method, s.path) for s in server.seen] == [("POST", "/run"), ("GET", "/join")]
