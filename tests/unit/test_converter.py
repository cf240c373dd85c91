"""`langgraph_sync.converter` is a cattrs.Converter whose hooks keep the JSON exactly as sent.

cattrs' defaults are lossy for a client that must give back what the server sent: each case here
is one of them (coercing `5` to "5", `"false"` to True, a string to a list of letters, rejecting a
new enum value, filling an absent key with the class default, dropping an unknown key), shown to
happen with a plain cattrs.Converter and not with this one. And the converter is usable as cattrs
users use one: structure your own payloads, register hooks for your own types.
"""

from __future__ import annotations

import gc
import inspect
import re
import sys
import weakref
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

import attrs
import cattrs
import pytest

import langgraph_sync
import langgraph_sync._convert as convert
from langgraph_sync import JsonMismatchError, converter
from langgraph_sync._convert import structure
from langgraph_sync.models import (
    UNSET,
    ProtocolError,
    ProtocolSuccess,
    Run,
    RunCreateStateful,
    Thread,
    ThreadSearchRequest,
    ThreadState,
)

from .test_first_use_from_threads import all_at_once
from .test_requests import RUN, STATE, THREAD

ROOT = Path(__file__).resolve().parents[2]


@attrs.define
class Plain:
    name: str
    flag: bool
    tags: list[str]
    status: Literal["idle", "busy"]
    limit: int = 10


def test_the_converter_is_a_cattrs_converter_and_public():
    assert isinstance(converter, cattrs.Converter)
    assert langgraph_sync.converter is converter
    assert converter.structure(THREAD, Thread).to_dict() == THREAD


def test_no_code_generation_of_our_own():
    source = Path(convert.__file__).read_text()
    assert not re.search(r"(?<![.\w])(exec|eval|compile)\(", source)
    assert "cattrs.gen" in source


@pytest.mark.parametrize(
    ("field", "value", "cattrs_gives"),
    [
        ("name", 5, "5"),
        ("flag", "false", True),
        ("tags", "ab", ["a", "b"]),
    ],
)
def test_cattrs_defaults_coerce_and_ours_refuse(field, value, cattrs_gives):
    data = {"name": "n", "flag": False, "tags": [], "status": "idle", field: value}
    assert getattr(cattrs.Converter().structure(data, Plain), field) == cattrs_gives
    with pytest.raises(JsonMismatchError, match=rf"^expected {type(cattrs_gives).__name__}, got"):
        structure(data, Plain)  # (a class of yours, not a model: cattrs' own structure function)


def test_a_new_enum_value_is_kept_where_cattrs_refuses_it():
    data = {"name": "n", "flag": False, "tags": [], "status": "sleeping"}
    with pytest.raises(Exception):  # noqa: B017 - cattrs' own error, whatever its class
        cattrs.Converter().structure(data, Plain)
    assert structure(data, Plain).status == "sleeping"
    assert converter.structure({**THREAD, "status": "hibernating"}, Thread).status == "hibernating"
    with pytest.raises(JsonMismatchError, match=r"expected str, got 1 @ \$\.status"):
        structure({**THREAD, "status": 1}, Thread)


def test_absent_keys_stay_unset_and_unknown_keys_are_kept():
    # cattrs fills an absent key with the class default and drops unknown keys.
    body = {"metadata": {"a": 1}, "brand_new": [1]}
    assert cattrs.Converter().structure(body, ThreadSearchRequest).limit == 10
    request = converter.structure(body, ThreadSearchRequest)
    assert request.limit is UNSET and request.additional_properties == {"brand_new": [1]}
    assert request.to_dict() == body
    # A default value the caller did send is written back, in the model's order.
    sent = {"limit": 10, "offset": 0, "metadata": {}}
    assert converter.structure(sent, ThreadSearchRequest).to_dict() == sent


def test_nulls_and_big_numbers_and_ints_for_floats_are_kept():
    state = structure({**STATE, "parent_checkpoint": None}, ThreadState)
    assert state.parent_checkpoint is None and state.to_dict()["parent_checkpoint"] is None
    run = structure({**RUN, "kwargs": {"n": 10**40, "f": 1.0}}, Run)
    assert run.to_dict()["kwargs"] == {"n": 10**40, "f": 1.0} and type(run.kwargs["f"]) is float


def test_a_union_takes_members_in_the_specs_order_by_their_constant_fields():
    success = {"type": "success", "id": 1, "result": {"ok": True}}
    error = {"type": "error", "id": 1, "error": "boom", "message": "no"}
    # ProtocolError is listed first: a success reply is not taken for an error, nor the reverse.
    assert type(structure(success, ProtocolError | ProtocolSuccess)) is ProtocolSuccess
    parsed = structure(error, ProtocolError | ProtocolSuccess)
    assert type(parsed) is ProtocolError and parsed.to_dict() == error


def test_a_union_of_a_list_and_a_literal_takes_a_string_as_the_literal():
    body = converter.structure({"assistant_id": "a", "stream_mode": "values"}, RunCreateStateful)
    assert body.stream_mode == "values"
    body = converter.structure({"assistant_id": "a", "stream_mode": ["values", "debug"]}, RunCreateStateful)
    assert body.stream_mode == ["values", "debug"]
    with pytest.raises(JsonMismatchError, match=r"fits none of .* @ \$\.stream_mode"):
        structure({"assistant_id": "a", "stream_mode": 5}, RunCreateStateful)


@pytest.mark.parametrize(
    ("data", "says"),
    [
        ({**STATE, "tasks": [{**STATE["tasks"][0], "interrupts": [{"value": 1, "id": 5}]}]}, "$.tasks[0].interrupts[0].id"),
        ({**STATE, "checkpoint": {"thread_id": 1}}, "$.checkpoint.thread_id"),
        ({**STATE, "tasks": "none"}, "expected list, got 'none' @ $.tasks"),
        ({k: v for k, v in STATE.items() if k != "next"}, "required field missing @ $.next"),
        ([], "expected a JSON object for ThreadState, got list @ $"),
    ],
)
def test_an_error_names_the_json_path(data, says):
    with pytest.raises(JsonMismatchError) as raised:
        structure(data, ThreadState)
    assert says in str(raised.value)
    assert isinstance(raised.value, TypeError) and isinstance(raised.value, ValueError)


def test_an_impossible_datetime_names_its_field():
    with pytest.raises(JsonMismatchError, match=r"not an ISO 8601 date-time: 'soon' @ \$\.created_at$"):
        structure({**THREAD, "created_at": "soon"}, Thread)


def test_a_run_webhook_body_structures_into_a_run():
    # What a run's webhook posts is a Run's JSON: a user's web app reads it with the converter.
    webhook = {**RUN, "status": "success", "kwargs": {"input": {"messages": []}}}
    run = converter.structure(webhook, Run)
    assert run.status == "success" and isinstance(run.created_at, datetime)
    assert converter.unstructure(run) == webhook == run.to_dict()


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x, self.y = x, y


@attrs.define
class Shape:
    corners: list[Point]


def test_users_register_hooks_for_their_own_types():
    mine = converter.copy()
    mine.register_structure_hook(Point, lambda value, _: Point(*value))
    mine.register_unstructure_hook(Point, lambda point: [point.x, point.y])
    shape = mine.structure({"corners": [[1, 2], [3, 4]]}, Shape)
    assert [(p.x, p.y) for p in shape.corners] == [(1, 2), (3, 4)]
    assert mine.unstructure(shape) == {"corners": [[1, 2], [3, 4]]}
    assert mine.structure(THREAD, Thread).to_dict() == THREAD  # the copy keeps our hooks


def test_a_cyclic_model_gets_its_hooks_whole_from_many_threads():
    # ThreadState holds ThreadTasks, which hold ThreadStates: the threads all start on one fresh
    # converter, so that they make its cyclic hooks at once.
    nested = {**STATE, "tasks": [{**STATE["tasks"][0], "state": STATE}]}
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # the threads interleave inside the first use
    try:
        _cyclic_first_uses(nested)
    finally:
        sys.setswitchinterval(interval)


def _cyclic_first_uses(nested: dict[str, Any]) -> None:
    for _ in range(20):
        fresh = convert._configure(cattrs.Converter(detailed_validation=False), convert._model_hook)

        def first_use(fresh: cattrs.Converter = fresh) -> None:
            assert fresh.structure(nested, ThreadState).to_dict() == nested
            assert fresh.structure([THREAD], list[Thread])[0].to_dict() == THREAD

        assert all_at_once(first_use, threads=8) == []


def test_a_failed_union_member_keeps_no_calling_frame_alive():
    class Held:
        pass

    alive: weakref.WeakSet[Held] = weakref.WeakSet()

    def caller() -> None:
        held = Held()
        alive.add(held)
        with pytest.raises(JsonMismatchError):
            structure({"assistant_id": "a", "stream_mode": 5}, RunCreateStateful)

    gc.disable()
    try:
        caller()
        assert len(alive) == 0
    finally:
        gc.enable()


def test_partial_models_lack_what_was_not_selected_but_check_what_was():
    (thread,) = structure([{"thread_id": "t", "created_at": THREAD["created_at"]}], list[Thread], partial=True)
    assert thread.status is UNSET and thread.to_dict() == {"thread_id": "t", "created_at": THREAD["created_at"]}
    with pytest.raises(JsonMismatchError, match=r"@ \$\[0\]\.thread_id"):
        structure([{"thread_id": 1}], list[Thread], partial=True)
    with pytest.raises(JsonMismatchError, match="required field missing"):
        structure([{"thread_id": "t"}], list[Thread])


def test_structure_hooks_take_cattrs_calling_convention():
    hook = converter.get_structure_hook(Thread)
    assert list(inspect.signature(hook).parameters)[:2] == ["data", "_"]
    assert hook(THREAD, Thread).to_dict() == THREAD
    assert converter.get_structure_hook(Any)(THREAD, Any) is THREAD
