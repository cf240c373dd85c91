"""Every reply gets a typed answer: a fault hunt with a server that sends raw bytes (garbage
status lines, bad chunk sizes, truncated bodies, broken compression, malformed headers), 1xx
replies before the real one, and compressed bodies in every framing."""

from __future__ import annotations

import gzip
import json
import math
import zlib
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import requests

import langgraph_sync._http as transport
from langgraph_sync import APIResponseValidationError, LangGraphError, StreamPart, get_client

from .raw_server import Raw, RawServer, chunked, http_reply

THREAD_ID = "5cb1e8a1-34b3-4a61-a34e-71a9799bd00d"


def thread(token: str = "t") -> bytes:
    return json.dumps(
        {
            "thread_id": THREAD_ID,
            "created_at": "2024-08-30T20:35:52.062934+00:00",
            "updated_at": "2024-08-30T20:35:52.062934+00:00",
            "metadata": {"token": token},
            "status": "idle",
            "config": {},
            "values": None,
        }
    ).encode()


EVENTS = b'event: metadata\ndata: {"run_id": "r1"}\n\nevent: values\ndata: {"n": 1}\n\n'
PARTS = [StreamPart("metadata", {"run_id": "r1"}), StreamPart("values", {"n": 1})]
SSE = {"Content-Type": "text/event-stream"}


@pytest.fixture
def server() -> Iterator[RawServer]:
    with RawServer().running() as server:
        yield server


@pytest.fixture(autouse=True)
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    waited: list[float] = []
    monkeypatch.setattr(transport, "_sleep", waited.append)
    return waited


def head(status: str, *headers: str) -> bytes:
    return f"HTTP/1.1 {status}\r\n".encode() + b"".join(h.encode() + b"\r\n" for h in headers) + b"\r\n"


CHUNKED = "Transfer-Encoding: chunked"
JSON = "Content-Type: application/json"
EVENT_STREAM = "Content-Type: text/event-stream"

# What a broken server, proxy or network may send instead of a reply.
FAULTS: dict[str, bytes] = {
    "nothing": b"",
    "garbage status line": b"HELLO WORLD\r\n\r\n",
    "status not a number": b"HTTP/1.1 abc OK\r\n\r\n",
    "status 999": head("999 Odd", "Content-Length: 2") + b"{}",
    "status 099": head("099 Low", "Content-Length: 2") + b"{}",
    "HTTP/0.9 (body only)": thread(),
    "HTTP/2 preface": b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
    "head never ends": b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n",
    "header without colon": head("200 OK", JSON, "Bogus", "Content-Length: 2") + b"{}",
    "header line of 70 KB": head("200 OK", JSON, "X-Big: " + "a" * 70_000, "Content-Length: 2") + b"{}",
    "200 headers": head("200 OK", JSON, *[f"X-{i}: {i}" for i in range(200)], "Content-Length: 2") + b"{}",
    "NUL in a header": head("200 OK", JSON, "X-Nul: a\x00b", "Content-Length: 2") + b"{}",
    "body shorter than Content-Length": head("200 OK", JSON, "Content-Length: 500") + thread(),
    "negative Content-Length": head("200 OK", JSON, "Content-Length: -5") + thread(),
    "Content-Length not a number": head("200 OK", JSON, "Content-Length: lots") + thread(),
    "two Content-Lengths": head("200 OK", JSON, "Content-Length: 2", "Content-Length: 9") + b"{}",
    "chunk size not hex": head("200 OK", JSON, CHUNKED) + b"zz\r\n{}\r\n0\r\n\r\n",
    "chunk cut short": head("200 OK", JSON, CHUNKED) + b"ff\r\n" + thread(),
    "no last chunk": head("200 OK", JSON, CHUNKED) + b"%x\r\n%s\r\n" % (len(thread()), thread()),
    "chunk size 2**70": head("200 OK", JSON, CHUNKED) + b"400000000000000000\r\n{}",
    "gzip that is not gzip": head("200 OK", JSON, "Content-Encoding: gzip", "Content-Length: 9") + b"not gzip!",
    "deflate that is not deflate": head("200 OK", JSON, "Content-Encoding: deflate", "Content-Length: 4") + b"nope",
    "gzip cut short": head("200 OK", JSON, "Content-Encoding: gzip", "Content-Length: 10")
    + gzip.compress(thread())[:10],
    "unknown encoding": head("200 OK", JSON, "Content-Encoding: zz", "Content-Length: 2") + b"{}",
    "not UTF-8": head("200 OK", JSON, "Content-Length: 4") + b"\xff\xfe\xfa\x00",
    "not JSON": head("200 OK", JSON, "Content-Length: 5") + b"<html",
    "empty 200": head("200 OK", JSON, "Content-Length: 0"),
    "JSON of the wrong shape": head("200 OK", JSON, "Content-Length: 9") + b"[1, 2, 3]",
    "JSON nested too deep": head("200 OK", JSON, "Content-Length: 200000") + b"[" * 100_000 + b"]" * 100_000,
    "error nested too deep": head("500 Oops", JSON, "Content-Length: 200000") + b"[" * 100_000 + b"]" * 100_000,
    "redirect to garbage": head("302 Found", "Location: http://[::1", "Content-Length: 0"),
    "redirect to a bad port": head("307 Moved", "Location: http://127.0.0.1:99999/x", "Content-Length: 0"),
    "redirect to nowhere": head("307 Moved", "Location: ", "Content-Length: 0"),
    "redirect with control characters": head("307 Moved", "Location: /a b\x7f\x01c", "Content-Length: 0"),
    "redirect to a non-ASCII path": head("307 Moved", "Location: /thr\xe9ads", "Content-Length: 0"),
    "endless 1xx": b"HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n" * 50,
    "101 Switching Protocols": head("101 Switching Protocols", "Upgrade: websocket"),
    "event stream of bad bytes": head("200 OK", EVENT_STREAM, "Content-Length: 12") + b"data: \xff\xfe\n\n\x00\x01",
    "event stream, bad chunk": head("200 OK", EVENT_STREAM, CHUNKED) + b"5\r\nevent\r\nxyz\r\n",
    "event stream, unfinished event": head("200 OK", EVENT_STREAM, "Content-Length: 14") + b"data: [1, 2, 3",
    "event stream nested too deep": head("200 OK", EVENT_STREAM, "Content-Length: 20008")
    + b"data: "
    + b"[" * 10_000
    + b"]" * 10_000
    + b"\n\n",
    "event stream, gzip not gzip": head("200 OK", EVENT_STREAM, "Content-Encoding: gzip", CHUNKED)
    + chunked(b"garbage"),
    "event stream, HTML 500": head("500 Oops", "Content-Type: text/html", "Content-Length: 6") + b"<html>",
    "event stream, 500 cut short": head("500 Oops", JSON, CHUNKED) + b"40\r\n{",
}

CALLS: dict[str, Callable[[Any], Any]] = {
    "get": lambda client: client.threads.get(THREAD_ID),
    "create": lambda client: client.threads.create(),
    "stream": lambda client: list(client.runs.stream("t1", "agent")),
}


@pytest.mark.parametrize("call", list(CALLS), ids=list(CALLS))
@pytest.mark.parametrize("fault", list(FAULTS), ids=list(FAULTS))
def test_whatever_the_server_sends_the_caller_gets_a_value_or_a_langgraph_error(server, fault, call):
    server.script(*[Raw([FAULTS[fault]]) for _ in range(3)])
    client = get_client(server.url, api_key=None, timeout=(1, 1))
    try:
        CALLS[call](client)
    except LangGraphError:
        pass  # (anything else fails the test, with its traceback)


def test_the_fault_hunt_covers_enough_cases():
    assert len(FAULTS) * len(CALLS) >= 100


def test_an_informational_reply_before_the_real_one_does_not_desync_the_connection(server):
    # The real reply comes a little after the 103: read as the answer, the 103 would leave it on
    # the connection, and the next call on that connection would get this call's reply.
    server.script(
        Raw([b"HTTP/1.1 103 Early Hints\r\nLink: </style.css>\r\n\r\n", http_reply(thread("first"))], 0.3, keep=True),
        Raw([http_reply(thread("second"))], keep=True),
    )
    client = get_client(server.url, api_key=None, max_connections=1)
    assert client.threads.get(THREAD_ID).metadata["token"] == "first"
    assert client.threads.get(THREAD_ID).metadata["token"] == "second"
    assert len(server.requests) == 2


def test_with_a_users_session_an_informational_reply_is_an_error_and_never_desyncs(server):
    # requests' own adapter returns the 103 as the reply: a typed error, and its connection,
    # which may hold the real reply, is closed rather than reused.
    server.script(
        Raw([b"HTTP/1.1 103 Early Hints\r\nLink: </style.css>\r\n\r\n", http_reply(thread("first"))], 0.3, keep=True),
        Raw([http_reply(thread("second"))], keep=True),
    )
    client = get_client(server.url, api_key=None, session=requests.Session())
    with pytest.raises(APIResponseValidationError, match="informational"):
        client.threads.get(THREAD_ID)
    # At once, before the real reply arrives: a reused connection would hand it to this call.
    assert client.threads.get(THREAD_ID).metadata["token"] == "second"


def test_a_100_continue_and_several_103s_are_all_skipped(server):
    hints = b"HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n"
    server.script(Raw([b"HTTP/1.1 100 Continue\r\n\r\n" + hints, hints, http_reply(thread("only"))], 0.1, keep=True))
    assert get_client(server.url, api_key=None).threads.get(THREAD_ID).metadata["token"] == "only"


# Compressed bodies, in each framing: Content-Length, chunked, and connection close.

ENCODINGS = {"gzip": gzip.compress, "deflate": zlib.compress}
FRAMINGS = {
    "content-length": lambda head_: lambda body: head_(f"Content-Length: {len(body)}") + body,
    "chunked": lambda head_: lambda body: head_(CHUNKED) + chunked(body),
    "connection-close": lambda head_: lambda body: head_("Connection: close") + body,
}


@pytest.mark.parametrize("framing", list(FRAMINGS))
@pytest.mark.parametrize("encoding", list(ENCODINGS))
@pytest.mark.parametrize("kind", ["reply", "event stream"])
def test_compressed_bodies_work_in_every_framing(server, kind, encoding, framing):
    content_type = EVENT_STREAM if kind == "event stream" else JSON
    body = ENCODINGS[encoding](EVENTS if kind == "event stream" else thread("zipped"))
    frame = FRAMINGS[framing](lambda *extra: head("200 OK", content_type, f"Content-Encoding: {encoding}", *extra))
    server.script(Raw([frame(body)]))
    client = get_client(server.url, api_key=None)
    if kind == "event stream":
        assert list(client.runs.stream("t1", "agent")) == PARTS
    else:
        assert client.threads.get(THREAD_ID).metadata["token"] == "zipped"


def test_a_compressed_body_that_is_not_is_a_validation_error(server):
    server.script(Raw([FAULTS["gzip that is not gzip"]]))
    with pytest.raises(APIResponseValidationError, match="decompress"):
        get_client(server.url, api_key=None).threads.get(THREAD_ID)


# Typed answers for a 2xx that is not what the operation promises.


@pytest.mark.parametrize(
    ("fault", "message"),
    [
        ("empty 200", "empty"),
        ("JSON of the wrong shape", "does not match Thread"),
        ("JSON nested too deep", "not valid JSON"),
        ("not UTF-8", "not valid JSON"),
    ],
)
def test_a_2xx_that_is_not_the_model_is_a_validation_error(server, fault, message):
    server.script(Raw([FAULTS[fault]]))
    with pytest.raises(APIResponseValidationError, match=message):
        get_client(server.url, api_key=None).threads.get(THREAD_ID)


def test_an_unfinished_last_event_is_a_validation_error(server):
    server.script(Raw([FAULTS["event stream, unfinished event"]]))
    with pytest.raises(APIResponseValidationError, match="middle of an event"):
        list(get_client(server.url, api_key=None).runs.stream("t1", "agent"))


# Malformed headers: a redirect's Location, Retry-After.


@pytest.mark.parametrize("fault", [f for f in FAULTS if f.startswith("redirect")])
def test_a_malformed_redirect_location_is_not_followed_and_says_so(server, fault):
    server.script(Raw([FAULTS[fault]]))
    client = get_client(server.url, api_key=None)
    try:
        client.threads.get(THREAD_ID)
    except LangGraphError as error:
        assert "not followed" in str(error) or "404" in str(error) or error.status_code == 200
    assert len(server.requests) <= 2


@pytest.mark.parametrize(
    "value", ["nan", "-nan", "soon", "", "1e999", "-5", "Fri, 31 Dec 9999 23:59:59 GMT", "Mon, 99"]
)
def test_a_retry_after_of_any_kind_gives_a_finite_wait(server, sleeps, value):
    busy = http_reply(b"busy", "503 Busy", {"Retry-After": value})
    server.script(Raw([busy], keep=True), Raw([http_reply(thread())], keep=True))
    get_client(server.url, api_key=None).threads.get(THREAD_ID)
    assert len(sleeps) == 1 and math.isfinite(sleeps[0]) and 0 <= sleeps[0] <= 60
