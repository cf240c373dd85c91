"""The fast path keeps every guarantee: replies read by msgspec (json.loads for what it refuses)
and structured by the converter's hooks give back exactly the JSON the server sent.

Bodies are written here as bytes, as a server would send them, so that nothing in between
(responses' own json.dumps) decides what the client reads.
"""

from __future__ import annotations

import json
import math
import random
import re
import struct
import subprocess
import sys
from pathlib import Path

import pytest
import responses

import langgraph_sync._convert as convert
from langgraph_sync import APIResponseValidationError, get_client
from langgraph_sync._convert import decode_json, structure
from langgraph_sync._sse import EventStreamDecoder
from langgraph_sync.models import UNSET, Thread
from tests.unit.test_requests import THREAD, T

URL = "http://test"
ROOT = Path(__file__).resolve().parents[2]
BIG = 123456789012345678901234567890123456789


@pytest.fixture
def mock():
    with responses.RequestsMock() as mocked:
        yield mocked


def reply(
    mock: responses.RequestsMock, body: bytes, method: str = responses.POST, path: str = "/threads/search"
) -> None:
    mock.add(method, URL + path, body=body, content_type="application/json")


# Threads as servers send them: every guarantee at once, one per thread of a listing.
ODD_THREADS = [
    {**THREAD, "values": {"n": BIG, "m": -BIG, "f": 1.0, "e": 1e-7, "list": [BIG, None, True]}},
    {k: v for k, v in THREAD.items() if k not in ("config", "values", "interrupts", "state_updated_at")},
    {**THREAD, "values": None, "config": None, "metadata": None, "interrupts": None},
    {**THREAD, "status": "paused", "brand_new": {"x": [1, None]}, "another": BIG},
    {**THREAD, "created_at": "2024-08-30T20:35:52Z", "updated_at": "2024-08-30T20:35:52.06+05:90"},
    {**THREAD, "created_at": "2024-08-30T20:35:52.000000-00:00", "updated_at": "2024-08-30t20:35:52.0629341z"},
    {**THREAD, "created_at": "2024-08-30 20:35:52", "updated_at": "2024-08-30T20:35:52+0530"},
]


def test_a_listing_gives_back_every_thread_exactly(mock):
    body = json.dumps(ODD_THREADS).encode()
    reply(mock, body)
    threads = get_client(URL).threads.search(limit=7)
    assert [thread.to_dict() for thread in threads] == ODD_THREADS
    # The text too: 1.0 stays 1.0 and the big integers stay whole (keys in the model's order).
    assert json.dumps([thread.to_dict() for thread in threads], sort_keys=True) == json.dumps(
        ODD_THREADS, sort_keys=True
    )
    assert threads[0].values["n"] == BIG and type(threads[0].values["f"]) is float
    assert threads[1].values is UNSET and "values" not in threads[1]
    assert threads[2].values is None and threads[2]["metadata"] is None
    assert threads[3].status == "paused" and threads[3].additional_properties["another"] == BIG
    assert threads[4].updated_at.utcoffset().total_seconds() == 6.5 * 3600
    assert threads[4]["updated_at"] == "2024-08-30T20:35:52.06+05:90"


def test_a_threads_error_is_a_field_not_an_unknown_one(mock):
    # The server sends "error" on every thread that has run: a field of its own, null or not,
    # rather than a copy of every listed thread's keys into additional_properties.
    failed = {"type": "ValueError", "message": "boom"}
    listed = [{**THREAD, "error": None}, {**THREAD, "status": "error", "error": failed}, THREAD]
    reply(mock, json.dumps(listed).encode())
    threads = get_client(URL).threads.search(limit=3)
    assert [thread.error for thread in threads] == [None, failed, UNSET]
    assert all(thread.additional_properties == {} for thread in threads)
    assert [thread.to_dict() for thread in threads] == listed


def test_json_that_msgspec_refuses_is_read_by_json_loads(mock):
    # NaN, Infinity, a number beyond a float, a lone surrogate: json.loads reads them all.
    body = b'[{"thread_id": "t", "created_at": "%s", "updated_at": "%s", "metadata": {}, "status": "idle",' % (
        THREAD["created_at"].encode(),
        THREAD["updated_at"].encode(),
    )
    body += b' "values": {"nan": NaN, "inf": Infinity, "big": 1e400, "lone": "\\ud800"}}]'
    reply(mock, body)
    (thread,) = get_client(URL).threads.search()
    assert math.isnan(thread.values["nan"]) and thread.values["inf"] == thread.values["big"] == math.inf
    assert thread.values["lone"] == "\ud800"


def test_a_utf16_reply_is_read_as_json_loads_reads_it(mock):
    reply(mock, json.dumps(THREAD).encode("utf-16"), responses.GET, f"/threads/{T}")
    assert get_client(URL).threads.get(T).to_dict() == THREAD


def test_msgspec_reads_what_it_can_and_json_loads_is_not_called(monkeypatch):
    def refused(text):
        raise AssertionError("json.loads called")

    monkeypatch.setattr(convert.json, "loads", refused)
    assert decode_json(json.dumps(ODD_THREADS).encode()) == ODD_THREADS
    with pytest.raises(AssertionError, match="json.loads called"):
        decode_json(b"NaN")


@pytest.mark.parametrize("body", [b"", b"{", b"[1,]", b'{"a": 01}', b"\xff", b"[" * 100_000 + b"]" * 100_000])
def test_what_neither_reads_raises_as_json_loads_did(body):
    with pytest.raises((ValueError, RecursionError)):
        decode_json(body)


def test_fuzz_numbers_and_strings_decode_as_json_loads_does():
    rng = random.Random(12)
    texts = []
    for _ in range(20_000):
        bits = struct.unpack("d", rng.randbytes(8))[0]  # any float there is
        if math.isfinite(bits):
            texts.append(repr(bits))
        texts.append("%.17g" % (rng.random() * 10 ** rng.randint(-320, 300)))
        texts.append(str(rng.randint(-(10**60), 10**60)))
        texts.append(f"{rng.randint(0, 10**20)}.{rng.randint(0, 10**20)}e{rng.randint(-30, 30)}")
        characters = "".join(chr(rng.randint(1, 0x2FFFF)) for _ in range(5))
        texts.append(json.dumps(characters))  # lone surrogates (\udXXX) included: msgspec refuses them
        texts.append(json.dumps(re.sub("[\ud800-\udfff]", "", characters), ensure_ascii=False))  # as UTF-8
    for text in texts:
        ours, theirs = decode_json(text.encode()), json.loads(text)
        assert ours == theirs and type(ours) is type(theirs), text


def test_event_data_keeps_big_integers_and_falls_back():
    decoder = EventStreamDecoder()
    parts = decoder.feed(b'event: values\ndata: {"n": %d}\n\nevent: values\ndata: {"x": NaN}\n\n' % BIG)
    parts += decoder.feed(b"event: custom\ndata: not json\n\n")
    assert parts[0].data == {"n": BIG}
    assert math.isnan(parts[1].data["x"])
    assert parts[2].data == "not json"


@pytest.mark.parametrize(
    ("body", "says"),
    [
        (b"[1]", "expected a JSON object for Thread, got int"),
        (b'{"thread_id": "t"}', "expected list"),
        (
            json.dumps([{k: v for k, v in THREAD.items() if k != "status"}]).encode(),
            "required field missing @ $[0].status",
        ),
        (json.dumps([{**THREAD, "thread_id": 5}]).encode(), "expected str, got 5 @ $[0].thread_id"),
        (json.dumps([{**THREAD, "state_updated_at": True}]).encode(), "state_updated_at"),
        (json.dumps([{**THREAD, "ttl": []}]).encode(), "expected a JSON object for ThreadTTLInfo"),
    ],
)
def test_a_listing_that_is_not_threads_is_a_validation_error(mock, body, says):
    reply(mock, body)
    with pytest.raises(APIResponseValidationError) as raised:
        get_client(URL).threads.search()
    assert says in raised.value.message


def test_a_partial_listing_leaves_unselected_fields_out(mock):
    selected = [{"thread_id": T, "status": "busy", "unknown": BIG}, {"thread_id": T}]
    reply(mock, json.dumps(selected).encode())
    threads = get_client(URL).threads.search(select=["thread_id", "status"])
    assert [thread.to_dict() for thread in threads] == selected
    assert threads[1].status is UNSET and threads[0].additional_properties == {"unknown": BIG}


def test_hooks_are_made_once_per_type_and_mode():
    first = structure([THREAD], list[Thread])
    assert convert.converter.get_structure_hook(list[Thread]) is convert.converter.get_structure_hook(list[Thread])
    assert convert._partial.get_structure_hook(Thread) is not convert.converter.get_structure_hook(Thread)
    assert first[0].to_dict() == THREAD


def test_the_generated_code_imports_nothing_hand_written():
    generated = ROOT / "generated" / "langgraph_sync_generated"
    facade = re.compile(r"^\s*(from|import)\s+langgraph_sync(\.|\s|$)", re.MULTILINE)
    offenders = [str(path) for path in generated.rglob("*.py") if facade.search(path.read_text())]
    assert offenders == []


def test_the_generated_models_say_what_they_need_without_the_facade():
    code = (
        "from langgraph_sync_generated.models import Thread\n"
        "try:\n"
        "    Thread.from_dict({})\n"
        "except RuntimeError as error:\n"
        "    print(error)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert "import langgraph_sync first" in done.stdout


def test_the_facade_uses_the_generated_literal_types():
    from langgraph_sync_generated import models

    from langgraph_sync import assistants, crons, runs, threads

    assert threads.ThreadStatus is models.ThreadStatus
    assert runs.StreamMode is models.RunCreateStatefulStreamModeType0Item
    assert runs.CancelAction is models.CancelAction
    assert crons.CronSortBy is models.CronSearchSortBy
    assert assistants.AssistantSortBy is models.AssistantSearchRequestSortBy


def test_trying_a_unions_members_keeps_no_calling_frame_alive():
    # A member that does not fit raises; were that exception kept, its traceback would keep the
    # calling frames, and what they hold (an open stream, say), until a garbage collection.
    import gc
    import weakref

    from langgraph_sync._http import request_json
    from langgraph_sync_generated.api.runs import create

    class Held:
        pass

    alive: weakref.WeakSet[Held] = weakref.WeakSet()

    def caller() -> None:
        held = Held()
        alive.add(held)
        # "values" is tried as a list of modes first, which it is not.
        assert request_json(create.ENDPOINT, {"assistant_id": "a", "stream_mode": "values"})["stream_mode"] == "values"

    gc.disable()
    try:
        caller()
        assert len(alive) == 0
    finally:
        gc.enable()
