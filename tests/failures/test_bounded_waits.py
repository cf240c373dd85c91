"""No call outlives its time budget: the wait for a pooled connection, a trickling server, and
streams that must give their connection back on every path (else later calls wait for it).

Each timed call records how far past its timeout it ended, in OVERRUNS; the last test checks
the longest of them (and prints it, for the README's numbers)."""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Iterator

import pytest

import langgraph_sync._http as transport
from langgraph_sync import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    InternalServerError,
    PoolTimeoutError,
    StreamPart,
    get_client,
)

from .raw_server import Raw, RawServer, http_reply
from .scripted_server import Reply, ScriptedServer
from .test_faults import THREAD_ID, thread

OVERRUNS: dict[str, float] = {}


def timed(name: str, budget: float, call) -> None:
    """Run `call`, which must raise APITimeoutError, and record how far past `budget` it ended."""
    started = time.monotonic()
    with pytest.raises(APITimeoutError) as error:
        call()
    OVERRUNS[name] = time.monotonic() - started - budget
    return error.value


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer().running() as server:
        yield server


@pytest.fixture
def raw() -> Iterator[RawServer]:
    with RawServer().running() as server:
        yield server


@pytest.fixture(autouse=True)
def no_waiting(monkeypatch):
    monkeypatch.setattr(transport, "_sleep", lambda seconds: None)


# The wait for a free pooled connection.


def test_waiting_for_a_free_connection_ends_at_the_connect_timeout_with_a_typed_error(server):
    server.script(Reply(200, 5, delay=3))
    client = get_client(server.url, api_key=None, max_connections=1, timeout=(0.5, 10))
    holder = threading.Thread(target=client.threads.count)
    holder.start()
    time.sleep(0.2)  # the holder has the only connection
    error = timed("pool wait", 0.5, lambda: client.threads.count())
    assert isinstance(error, PoolTimeoutError)
    assert "free connection" in str(error) and "max_connections" in str(error)
    assert OVERRUNS["pool wait"] < 0.5
    assert len(server.seen) == 1  # nothing was sent for the call that waited
    holder.join()


def test_a_per_call_timeout_bounds_the_pool_wait_too(server):
    server.script(Reply(200, 5, delay=2))
    client = get_client(server.url, api_key=None, max_connections=1)
    holder = threading.Thread(target=client.threads.count)
    holder.start()
    time.sleep(0.2)
    timed("pool wait (per call)", 0.3, lambda: client.threads.count(timeout=(0.3, 60)))
    holder.join()


# A server that trickles its reply a byte at a time: each byte comes well within the read
# timeout, so only a budget for the whole reply ends the call.


def test_a_body_sent_a_byte_at_a_time_ends_at_the_read_timeout(raw):
    reply = http_reply(thread())
    head, body = reply[: reply.index(b"\r\n\r\n") + 4], reply[reply.index(b"\r\n\r\n") + 4 :]
    raw.script(Raw([head, *(body[i : i + 1] for i in range(len(body)))], pause=0.05))
    client = get_client(raw.url, api_key=None, max_retries=0)
    timed("trickled body", 1.0, lambda: client.threads.get(THREAD_ID, timeout=(1, 1.0)))
    assert OVERRUNS["trickled body"] < 0.5


def test_a_head_sent_a_byte_at_a_time_ends_at_the_read_timeout(raw):
    reply = http_reply(thread(), headers={f"X-Pad-{i}": "x" * 40 for i in range(20)})
    raw.script(Raw([reply[i : i + 1] for i in range(len(reply))], pause=0.02))
    client = get_client(raw.url, api_key=None, max_retries=0)
    timed("trickled head", 1.0, lambda: client.threads.create(timeout=(1, 1.0)))
    assert OVERRUNS["trickled head"] < 0.5


def test_endless_informational_replies_end_at_the_read_timeout(raw):
    raw.script(Raw([b"HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n"] * 100, pause=0.05))
    client = get_client(raw.url, api_key=None, max_retries=0)
    timed("endless 103s", 1.0, lambda: client.threads.create(timeout=(1, 1.0)))


def test_a_slow_reply_that_sends_nothing_ends_at_the_read_timeout(server):
    server.script(Reply(200, thread(), delay=3))
    client = get_client(server.url, api_key=None, max_retries=0)
    timed("silent server", 0.5, lambda: client.threads.create(timeout=(1, 0.5)))


def test_a_wait_kept_alive_by_blank_lines_may_last_longer_than_the_read_timeout(server):
    # What the server sends while a run goes on: a blank line every 5 s, then the result.
    heartbeats = [b"\n"] * 6 + [b'{"messages": ["done"]}']
    server.script(Reply(headers={"Content-Type": "application/json"}, chunks=heartbeats, delay=0.2))
    started = time.monotonic()
    assert get_client(server.url, api_key=None).runs.wait("t1", "agent", timeout=(1, 0.5)) == {"messages": ["done"]}
    assert time.monotonic() - started > 1.0  # twice the read timeout, and no timeout


def test_a_stream_may_last_longer_than_the_read_timeout_as_long_as_events_keep_coming(server):
    events = [StreamPart("values", {"n": n}) for n in range(5)]
    server.script(Reply(chunks=[f'event: values\ndata: {{"n": {n}}}\n\n'.encode() for n in range(5)], delay=0.3))
    started = time.monotonic()
    assert list(get_client(server.url, api_key=None).runs.stream("t1", "agent", timeout=(1, 0.5))) == events
    assert time.monotonic() - started > 1.0  # twice the read timeout, and no timeout


def test_a_stream_that_stops_sending_ends_at_the_read_timeout(server):
    server.script(Reply(chunks=[b'event: values\ndata: {"n": 1}\n\n', b": late\n\n"], delay=2))
    stream = get_client(server.url, api_key=None).runs.stream("t1", "agent", timeout=(1, 0.5))
    assert next(stream) == StreamPart("values", {"n": 1})
    timed("silent stream", 0.5, lambda: next(stream))


# Every stream gives its connection back, on every path: with one connection in the pool, the
# next call gets it at once, or fails with PoolTimeoutError after the connect timeout.

EVENTS = [b'event: values\ndata: {"n": 1}\n\n', b'event: values\ndata: {"n": 2}\n\n']


class Boom(Exception):
    pass


def fail_setup_with_a_500(client):
    with pytest.raises(InternalServerError):
        list(client.runs.stream("t1", "agent"))


def fail_setup_with_a_500_cut_short(client):
    with pytest.raises(APIConnectionError):
        list(client.runs.stream("t1", "agent"))


def fail_setup_with_json(client):
    with pytest.raises(APIResponseValidationError):
        list(client.runs.stream("t1", "agent"))


def raise_in_the_callback(client):
    def on_run_created(_):
        raise Boom

    with pytest.raises(Boom):
        list(client.runs.stream("t1", "agent", on_run_created=on_run_created))


def raise_in_the_loop(client):
    with pytest.raises(Boom):
        for _ in client.runs.stream("t1", "agent"):
            raise Boom


def abandon_the_iterator(client):
    stream = client.runs.stream("t1", "agent")
    next(stream)
    del stream
    gc.collect()


def close_the_iterator(client):
    stream = client.runs.stream("t1", "agent")
    next(stream)
    stream.close()


def break_out_of_the_loop(client):
    for _ in client.runs.stream("t1", "agent"):
        break


PATHS = [
    fail_setup_with_a_500,
    fail_setup_with_a_500_cut_short,
    fail_setup_with_json,
    raise_in_the_callback,
    raise_in_the_loop,
    abandon_the_iterator,
    close_the_iterator,
    break_out_of_the_loop,
]
REPLIES = {
    fail_setup_with_a_500: Reply(500, {"detail": "no"}),
    fail_setup_with_a_500_cut_short: Reply(500, {"detail": "no"}, content_length=100),
    fail_setup_with_json: Reply(200, {"not": "a stream"}),
    raise_in_the_callback: Reply(200, headers={"Content-Location": "/threads/t1/runs/r1"}, chunks=EVENTS),
}


@pytest.mark.parametrize("path", PATHS, ids=[p.__name__ for p in PATHS])
def test_a_stream_gives_its_connection_back_whatever_happens(server, path):
    streams = 3  # more streams than connections
    server.script(*[REPLIES.get(path, Reply(200, chunks=EVENTS, delay=0.5)) for _ in range(streams)], Reply(200, 1))
    client = get_client(server.url, api_key=None, max_connections=1, timeout=(0.5, 10))
    for _ in range(streams):
        path(client)
    started = time.monotonic()
    client.threads.count()  # PoolTimeoutError if a stream kept the only connection
    assert time.monotonic() - started < 0.4


def abandon_in_a_reference_cycle(client):
    stream = client.runs.stream("t1", "agent")
    next(stream)
    try:
        raise Boom
    except Boom as error:
        # Kept in a local: its traceback holds this frame, which holds it and the stream. Only the
        # cyclic garbage collector frees them, and with them the stream's connection.
        failure = error  # noqa: F841


def test_streams_dropped_in_reference_cycles_do_not_hold_the_pool(server):
    # With the collector off (or simply not due), every pooled connection would stay with a
    # dropped stream, and each later call would end in PoolTimeoutError; plain requests, whose
    # pool does not block, never wedges. A call that finds every connection out collects first.
    streams = 3  # more than the pool holds
    server.script(*[Reply(200, chunks=EVENTS, delay=0.5) for _ in range(streams)], Reply(200, 1))
    client = get_client(server.url, api_key=None, max_connections=2, timeout=(1, 10))
    gc.disable()
    try:
        for _ in range(streams):
            abandon_in_a_reference_cycle(client)
        assert client.threads.count() == 1
    finally:
        gc.enable()


def test_the_longest_overrun_is_small():
    # Runs last in this module (pytest keeps the order of the file).
    print(f"\nlongest call beyond its timeout: {max(OVERRUNS.values()):.3f} s ({max(OVERRUNS, key=OVERRUNS.get)})")
    print({name: round(seconds, 3) for name, seconds in OVERRUNS.items()})
    assert len(OVERRUNS) >= 7
    assert max(OVERRUNS.values()) < 0.5
