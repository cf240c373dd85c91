"""Base URLs as users write them: behind a reverse proxy with a path prefix, with credentials in
them, or with a query or fragment that would put every path in the wrong place."""

from __future__ import annotations

import base64
import logging
from collections.abc import Iterator

import pytest

import langgraph_sync._http as transport
from langgraph_sync import APIStatusError, NotFoundError, get_client

from .scripted_server import Reply, ScriptedServer
from .test_streams import EVENTS, SSE, encode

THREAD_ID = "5cb1e8a1-34b3-4a61-a34e-71a9799bd00d"
THREAD = {
    "thread_id": THREAD_ID,
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


@pytest.fixture(autouse=True)
def no_waiting(monkeypatch):
    monkeypatch.setattr(transport, "_sleep", lambda seconds: None)


# A path prefix: https://host/langgraph, a deployment behind a reverse proxy.


@pytest.mark.parametrize("suffix", ["/langgraph", "/langgraph/"])
def test_every_call_goes_under_the_base_urls_path(server, suffix):
    server.script(Reply(200, THREAD), Reply(200, [THREAD]), Reply(200, chunks=[encode(EVENTS)]))
    client = get_client(server.url + suffix, api_key=None)
    client.threads.get(THREAD_ID)
    client.threads.search(limit=1)
    list(client.runs.stream("t1", "agent"))
    assert [s.path for s in server.seen] == [
        f"/langgraph/threads/{THREAD_ID}",
        "/langgraph/threads/search",
        "/langgraph/threads/t1/runs/stream",
    ]


@pytest.mark.parametrize(
    "location",
    [
        "/threads/t1/runs/r1/stream",  # the server's own path, as it sends it behind the proxy
        "/langgraph/threads/t1/runs/r1/stream",  # a path the proxy rewrote
        "{url}/langgraph/threads/t1/runs/r1/stream",  # a full URL
        "r1/stream",  # relative to the request's URL
    ],
)
def test_a_stream_resumes_under_the_base_urls_path(server, location):
    first, rest = encode(EVENTS[:2]), encode(EVENTS[2:])
    location = location.format(url=server.url)
    server.script(
        Reply(200, first, {**SSE, "Location": location}, content_length=len(first) + 500),
        Reply(200, rest, SSE),
    )
    client = get_client(server.url + "/langgraph", api_key=None)
    assert list(client.runs.stream("t1", "agent", stream_resumable=True)) == EVENTS
    expected = "/langgraph/threads/t1/runs/r1/stream"
    assert (server.seen[1].method, server.seen[1].path) == ("GET", expected)


@pytest.mark.parametrize(
    ("location", "followed_to"),
    [
        ("/threads/moved", "/langgraph/threads/moved"),
        ("/langgraph/threads/moved", "/langgraph/threads/moved"),
        ("{url}/langgraph/threads/moved", "/langgraph/threads/moved"),
        ("moved", "/langgraph/moved"),  # relative to /langgraph/threads, as RFC 3986 reads it
    ],
)
def test_a_same_origin_redirect_stays_under_the_base_urls_path(server, location, followed_to):
    server.script(Reply(308, b"", {"Location": location.format(url=server.url)}), Reply(200, THREAD))
    get_client(server.url + "/langgraph", api_key="key").threads.create()
    assert [s.path for s in server.seen] == ["/langgraph/threads", followed_to]
    assert server.seen[1].headers["x-api-key"] == "key"


def test_a_full_url_outside_the_base_urls_path_is_not_followed(server):
    server.script(Reply(307, b"", {"Location": f"{server.url}/other-app/threads"}))
    with pytest.raises(APIStatusError, match="not followed"):
        get_client(server.url + "/langgraph", api_key="key").threads.create()
    assert len(server.seen) == 1


# Credentials in the URL: sent as requests sends them, shown nowhere.

USER, PASSWORD = "alice", "s3cr#t:pa@ss"
QUOTED_PASSWORD = "s3cr%23t%3Apa%40ss"


def test_credentials_in_the_url_are_sent_as_basic_auth(server):
    server.script(Reply(200, THREAD))
    url = server.url.replace("http://", f"http://{USER}:{QUOTED_PASSWORD}@") + "/langgraph"
    get_client(url, api_key=None).threads.get(THREAD_ID)
    expected = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
    assert server.seen[0].headers["Authorization"] == f"Basic {expected}"
    assert server.seen[0].path == f"/langgraph/threads/{THREAD_ID}"


def test_an_authorization_header_of_the_callers_wins_over_the_urls(server):
    server.script(Reply(200, THREAD))
    url = server.url.replace("http://", f"http://{USER}:{QUOTED_PASSWORD}@")
    get_client(url, api_key=None, headers={"Authorization": "Bearer t"}).threads.get(THREAD_ID)
    assert server.seen[0].headers["Authorization"] == "Bearer t"


def test_credentials_in_the_url_are_in_no_repr_error_or_log_line(server, caplog):
    caplog.set_level(logging.DEBUG)
    server.script(Reply(404, {"detail": "no"}), Reply(503, "x"), Reply(503, "x"), Reply(503, "x"))
    client = get_client(server.url.replace("http://", f"http://{USER}:{QUOTED_PASSWORD}@"), api_key=None)
    errors = []
    for call in (lambda: client.threads.get(THREAD_ID), lambda: client.threads.count()):
        with pytest.raises(APIStatusError) as error:
            call()
        errors.append(error.value)
    assert isinstance(errors[0], NotFoundError)
    with pytest.raises(ValueError) as bad_url:
        get_client(f"http://{USER}:{QUOTED_PASSWORD}@127.0.0.1:99999", api_key=None)
    shown = [repr(client), client.url, *(str(e) for e in errors), *(repr(e) for e in errors), caplog.text]
    shown += [repr(vars(e)) for e in errors] + [e.url for e in errors] + [str(bad_url.value)]
    assert caplog.records
    for text in shown:
        assert QUOTED_PASSWORD not in text and PASSWORD not in text and USER not in text


# A query or fragment: refused, before anything is sent.


@pytest.mark.parametrize("suffix", ["/?tenant=a", "/langgraph?x=1", "#top", "/langgraph#top"])
def test_a_base_url_with_a_query_or_fragment_is_a_clear_value_error(server, suffix):
    with pytest.raises(ValueError, match="without a query or fragment"):
        get_client(server.url + suffix, api_key=None)
    assert server.seen == []
