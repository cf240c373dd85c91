"""Models that leave the call: pickled (Django's cache, Celery), copied, deep-copied, evolved.

Each way of copying must give a model equal to the original whose `to_dict()` is still exactly
the JSON the server sent: UNSET stays the one UNSET, datetimes keep the text they were sent as,
unknown fields stay in `additional_properties`.
"""

from __future__ import annotations

import copy
import json
import pickle
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import attrs
import pytest
import responses

from langgraph_sync import get_client
from langgraph_sync.models import UNSET, Assistant, Run, Thread, ThreadState, Unset

from .test_requests import ASSISTANT, RUN, STATE, THREAD, T

URL = "http://test"
ODD_TIMES = {"updated_at": "2024-08-30T20:35:52Z", "state_updated_at": "2024-08-30T20:35:52.000000-00:00"}


def pickled(protocol: int) -> Callable[[Any], Any]:
    return lambda value: pickle.loads(pickle.dumps(value, protocol=protocol))


COPIES = {
    **{f"pickle protocol {protocol}": pickled(protocol) for protocol in range(pickle.HIGHEST_PROTOCOL + 1)},
    "copy.copy": copy.copy,
    "copy.deepcopy": copy.deepcopy,
    "attrs.evolve": attrs.evolve,
}

REPLIES = {
    # Server datetimes in isoformat()'s shape and in others, an unknown field, absent fields (UNSET).
    "thread": (Thread, {**{k: v for k, v in THREAD.items() if k != "interrupts"}, **ODD_TIMES, "brand_new": [1]}),
    "thread with ttl": (
        Thread,
        {**THREAD, "ttl": {"strategy": "delete", "ttl_minutes": 5, "expires_at": "2024-08-30T21:35:52.5+05:30"}},
    ),
    "run": (Run, {**RUN, "updated_at": "2024-08-30 20:35:52.0629+00:00", "newer": {"x": None}}),
    "assistant": (Assistant, {**ASSISTANT, "created_at": "2024-08-30T20:35:52.062934Z"}),
    "state with nested models": (ThreadState, {**STATE, "created_at": "2024-08-30T20:35:52Z", "extra": True}),
}


def json_text(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


@pytest.mark.parametrize("how", list(COPIES))
@pytest.mark.parametrize("reply", list(REPLIES))
def test_a_copied_model_is_equal_and_gives_back_the_same_json(reply, how):
    model_type, data = REPLIES[reply]
    model = model_type.from_dict(data)
    copied = COPIES[how](model)
    assert type(copied) is model_type
    assert copied == model
    assert json_text(copied.to_dict()) == json_text(data)
    assert copied.additional_properties == model.additional_properties


@pytest.mark.parametrize("how", list(COPIES))
def test_unset_stays_the_one_unset(how):
    thread = Thread.from_dict({k: v for k, v in THREAD.items() if k != "interrupts"})
    copied = COPIES[how](thread)
    assert copied.interrupts is UNSET and not copied.interrupts
    assert "interrupts" not in copied.to_dict()
    if how != "attrs.evolve":  # evolve does not copy fields, only the model
        assert COPIES[how](UNSET) is UNSET


@pytest.mark.parametrize("how", [name for name in COPIES if name != "attrs.evolve"])
def test_a_server_datetime_keeps_its_text(how):
    thread = Thread.from_dict({**THREAD, **ODD_TIMES})
    for name, sent in ODD_TIMES.items():
        copied = COPIES[how](getattr(thread, name))
        assert copied == getattr(thread, name) and copied.raw == sent


def test_a_partial_model_survives_every_copy():
    mock = responses.RequestsMock()
    selected = {"thread_id": T, "updated_at": "2024-08-30T20:35:52Z"}
    with mock:
        mock.add(responses.POST, f"{URL}/threads/search", json=[selected])
        (thread,) = get_client(URL).threads.search(select=["thread_id", "updated_at"])
    assert thread.status is UNSET
    for how, make_copy in COPIES.items():
        copied = make_copy(thread)
        assert copied == thread and copied.status is UNSET, how
        assert copied.to_dict() == selected, how


def test_evolve_changes_what_it_is_told_and_keeps_the_rest():
    data = {**THREAD, **ODD_TIMES, "brand_new": {"x": 1}}
    thread = Thread.from_dict(data)
    busy = attrs.evolve(thread, status="busy")
    assert busy.additional_properties == {"brand_new": {"x": 1}}
    assert busy.to_dict() == {**data, "status": "busy"}
    assert attrs.evolve(thread, additional_properties={}).to_dict() == {**THREAD, **ODD_TIMES}


def test_a_model_made_by_hand_takes_unknown_fields_by_keyword():
    thread = Thread(
        thread_id=T,
        created_at=datetime(2024, 8, 30),
        updated_at=datetime(2024, 8, 30),
        metadata={},
        status="idle",
        additional_properties={"later": 1},
    )
    assert thread.to_dict()["later"] == 1 and thread.to_dict()["created_at"] == "2024-08-30T00:00:00"
    assert pickle.loads(pickle.dumps(thread)) == thread


def test_a_datetime_made_from_a_server_datetime_is_written_as_iso_8601():
    # replace() and arithmetic on a ServerDatetime give a ServerDatetime without the server's
    # text: it is written as the datetime it is, and it still pickles.
    thread = Thread.from_dict({**THREAD, **ODD_TIMES})
    thread.updated_at = thread.updated_at.replace(year=2025) + timedelta(seconds=1)
    assert thread.to_dict()["updated_at"] == "2025-08-30T20:35:53+00:00"
    assert pickle.loads(pickle.dumps(thread)).to_dict() == thread.to_dict()


def test_unset_is_still_falsy_and_prints_as_unset():
    restored = pickle.loads(pickle.dumps(UNSET))
    assert restored is UNSET and isinstance(restored, Unset) and not restored and repr(restored) == "UNSET"


def test_a_model_pickled_here_is_the_same_json_in_another_process():
    # As a Celery worker or another Django process reads it: nothing built in this process helps.
    models = [model_type.from_dict(data) for model_type, data in REPLIES.values()]
    read_back = subprocess.run(
        [
            sys.executable,
            "-c",
            "import json, pickle, sys; print(json.dumps([m.to_dict() for m in pickle.load(sys.stdin.buffer)]))",
        ],
        input=pickle.dumps(models),
        capture_output=True,
        check=True,
    )
    assert json.loads(read_back.stdout) == [data for _, data in REPLIES.values()]
