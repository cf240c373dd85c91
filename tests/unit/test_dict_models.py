"""A model is the dict the server sent, with typed attributes on top, as stripe-python's resources are.

Every idiom that works on langgraph-sdk's dicts works on a model, nested models included:
isinstance, json.dumps, ==, {**m}, item assignment (Django's JsonResponse, Flask's jsonify and
pydantic: tests/integration/test_models_are_dicts_live.py and the examples' tests, against the
real server). The two views stay one: every write, by attribute or by item, is seen by both,
and pickle, copy, deepcopy and attrs.evolve keep both.
"""

from __future__ import annotations

import copy
import json
import pickle
from datetime import datetime, timezone
from typing import Any

import attrs
import pytest

from langgraph_sync import JsonMismatchError
from langgraph_sync._convert import structure
from langgraph_sync.models import UNSET, Command, SearchItemsResponse, Thread, ThreadState, ThreadTTLInfo

from .test_requests import STATE, THREAD

ZULU = "2024-08-30T20:35:52Z"
SENT = {"status": "idle", **THREAD, "updated_at": ZULU, "ttl": {"strategy": "delete", "ttl": 5}, "brand_new": [1]}


def thread() -> Thread:
    return structure(SENT, Thread)  # type: ignore[no-any-return]


def state() -> ThreadState:
    return structure(STATE, ThreadState)  # type: ignore[no-any-return]


def assert_views_agree(model: Any) -> None:
    """The dict is the JSON of the typed fields, field by field, and nothing else but unknown keys."""
    for field in attrs.fields(type(model)):
        if field.name == "additional_properties":
            assert {k: v for k, v in model.items() if k in model.additional_properties} == model.additional_properties
            continue
        key = field.metadata.get("json", field.name)
        value = getattr(model, field.name)
        if value is UNSET:
            assert key not in model, key
        elif isinstance(value, datetime):
            assert dict.__getitem__(model, key) == (getattr(value, "raw", None) or value.isoformat()), key
        else:
            assert dict.__getitem__(model, key) is value, key


def test_a_model_is_the_dict_the_server_sent():
    t = thread()
    assert isinstance(t, dict) and type(t) is Thread
    assert t == SENT and SENT == t and dict(t) == SENT and {**t} == SENT
    assert list(t) == list(SENT)  # the server's order
    assert json.loads(json.dumps(t)) == SENT
    assert t["updated_at"] == ZULU and t.updated_at == datetime(2024, 8, 30, 20, 35, 52, tzinfo=timezone.utc)
    assert t.additional_properties == {"brand_new": [1]} and t["brand_new"] == [1]
    assert t.config == {} and t.error is UNSET and "error" not in t
    assert_views_agree(t)


def test_nested_models_are_dicts_and_one_object_in_both_views():
    s = state()
    assert s == STATE and json.loads(json.dumps(s)) == STATE
    task = s["tasks"][0]
    assert isinstance(task, dict) and task is s.tasks[0] and s["tasks"] is s.tasks
    assert s["checkpoint"] is s.checkpoint and isinstance(s.checkpoint, dict)
    assert thread()["ttl"] == {"strategy": "delete", "ttl": 5} and isinstance(thread().ttl, ThreadTTLInfo)
    assert_views_agree(s) and assert_views_agree(task)


def test_to_dict_is_plain_json_a_copy():
    t = thread()
    plain = t.to_dict()
    assert plain == SENT and type(plain) is dict and type(plain["ttl"]) is dict
    plain["metadata"]["user"] = "changed"
    assert t["metadata"] == SENT["metadata"]


def test_writing_an_attribute_writes_the_key():
    t = thread()
    t.status = "busy"
    assert t["status"] == "busy"
    t.created_at = datetime(2025, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    assert t["created_at"] == "2025-01-02T03:04:05+00:00"
    t.ttl = UNSET
    assert "ttl" not in t and t.ttl is UNSET
    t.error = {"message": "boom"}
    assert t["error"] == {"message": "boom"} and list(t)[-1] == "error"
    del t.error
    assert "error" not in t and t.error is UNSET
    t.additional_properties = {"other": 2}
    assert "brand_new" not in t and t["other"] == 2
    assert_views_agree(t)


def test_writing_an_item_checks_it_and_sets_the_attribute():
    t = thread()
    t["status"] = "interrupted"
    assert t.status == "interrupted"
    t["ttl"] = {"strategy": "keep", "ttl": 1}
    assert isinstance(t.ttl, ThreadTTLInfo) and t["ttl"] is t.ttl and t.ttl.strategy == "keep"
    t["updated_at"] = "2025-01-02T03:04:05Z"
    assert t.updated_at.year == 2025 and t["updated_at"] == "2025-01-02T03:04:05Z"
    t["metadata"]["seen"] = True
    assert t.metadata["seen"] is True
    t["unknown_key"] = 1
    assert t.additional_properties == {"brand_new": [1], "unknown_key": 1}
    assert_views_agree(t)


def test_an_item_that_is_not_json_of_its_fields_type_is_kept_as_given():
    # As a dict keeps any value (langgraph-sdk's do), and attrs any attribute: both views hold it.
    t = thread()
    shown = datetime.now(timezone.utc)
    t["created_at"] = shown  # a program converting the text for display, in place
    assert t["created_at"] is shown and t.created_at is shown
    t["status"] = 5
    t["ttl"] = {"strategy": 1}
    t["updated_at"] = None
    assert (t["status"], t.status) == (5, 5) and t.updated_at is None and t["updated_at"] is None
    assert t["ttl"] == {"strategy": 1} and t.ttl == {"strategy": 1} and not isinstance(t.ttl, ThreadTTLInfo)
    assert json.loads(json.dumps(t, default=str))["status"] == 5
    with pytest.raises(JsonMismatchError, match=r"@ \$\.created_at"):
        Thread.from_dict(t)  # the JSON it now holds is not a Thread's, and the converter says so


def test_every_dict_mutation_keeps_the_views_equal():
    t = thread()
    del t["ttl"]
    assert t.ttl is UNSET
    t.update({"status": "busy"}, values={"n": 1})
    assert t.status == "busy" and t.values == {"n": 1}
    assert t.setdefault("error", None) is None and t.error is None
    assert t.setdefault("status", "idle") == "busy"
    assert t.pop("error") is None and t.error is UNSET
    assert t.pop("error", "gone") == "gone"
    with pytest.raises(KeyError):
        t.pop("error")
    t |= {"interrupts": {"i": []}}
    assert t.interrupts == {"i": []}
    key, _ = t.popitem()
    assert key not in t
    assert_views_agree(t)
    t.clear()
    assert t == {} and t.thread_id is UNSET and t.status is UNSET and not t
    assert_views_agree(t)


@pytest.mark.parametrize(
    "make_copy",
    [
        *[lambda m, p=p: pickle.loads(pickle.dumps(m, protocol=p)) for p in range(pickle.HIGHEST_PROTOCOL + 1)],
        copy.copy,
        copy.deepcopy,
        lambda m: attrs.evolve(m),
    ],
)
def test_copies_keep_both_views(make_copy):
    for original in (thread(), state()):
        copied = make_copy(original)
        assert type(copied) is type(original) and copied == original
        assert copied.to_dict() == original.to_dict()
        assert_views_agree(copied)
    deep = copy.deepcopy(state())
    assert deep["tasks"][0] is deep.tasks[0]  # still one object in both views


def test_evolve_changes_both_views_and_keeps_unknown_fields():
    t = attrs.evolve(thread(), status="busy")
    assert t["status"] == "busy" and t["brand_new"] == [1] and t["updated_at"] == ZULU
    assert_views_agree(t)


def test_a_model_made_in_code_is_its_json():
    t = Thread(
        thread_id="t",
        created_at=datetime(2024, 1, 2, tzinfo=timezone.utc),
        updated_at=datetime(2024, 1, 2, tzinfo=timezone.utc),
        metadata={},
        status="idle",
        additional_properties={"x": 1},
    )
    assert t == {
        "thread_id": "t",
        "created_at": "2024-01-02T00:00:00+00:00",
        "updated_at": "2024-01-02T00:00:00+00:00",
        "metadata": {},
        "status": "idle",
        "x": 1,
    }
    assert_views_agree(t)


def test_fields_named_like_dict_methods_win_and_the_methods_are_dicts():
    t = thread()
    assert t.values == SENT["values"]  # the field
    assert list(dict.values(t)) == list(SENT.values())  # the method
    result = structure({"items": [], "extra": 1}, SearchItemsResponse)
    assert result.items_ == [] and result.items() == {"items": [], "extra": 1}.items()
    assert json.loads(json.dumps(result)) == {"items": [], "extra": 1}  # (json calls items() on a dict subclass)
    command = structure({"update": {"n": 1}}, Command)
    assert command.update == {"n": 1} and command == {"update": {"n": 1}}


def test_a_model_is_json_the_converter_takes():
    t = thread()
    again = Thread.from_dict(t)
    assert again == t and again is not t and type(again.ttl) is ThreadTTLInfo
    s = ThreadState.from_dict(state())
    assert s == STATE and s.tasks[0] is s["tasks"][0]


def test_partial_models_are_dicts_of_what_was_selected():
    (partial,) = structure([{"thread_id": "t", "status": "busy"}], list[Thread], partial=True)
    assert partial == {"thread_id": "t", "status": "busy"} and partial.created_at is UNSET
    assert_views_agree(partial)
