"""Models read like the JSON dicts langgraph-sdk returns; StreamPart is its named tuple.

Every mapping operation on a top-level model, on nested models and on lists of them, with
fields the server did not send (UNSET: absent), fields the model does not know (present),
and fields whose names collide with a dict's methods (the field wins).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any

import pytest
import responses

from langgraph_sync import StreamPart, get_client
from langgraph_sync._convert import structure
from langgraph_sync.assistants import AssistantsSearchResponse
from langgraph_sync.models import UNSET, Assistant, AssistantConfig, CheckpointConfig, Thread, ThreadState
from langgraph_sync.runs import RunCreateMetadata

T = "5cb1e8a1-34b3-4a61-a34e-71a9799bd00d"
ISO = "2024-08-30T20:35:52.062934+00:00"  # what isoformat() writes back: kept as a plain datetime
ZULU = "2024-08-30T20:35:52Z"  # what it does not: kept as the string the server sent
THREAD = {
    "thread_id": T,
    "created_at": ISO,
    "updated_at": ZULU,
    "metadata": {"user": "u1"},
    "status": "idle",
    "values": {"messages": ["hi"]},
    "ttl": {"strategy": "delete", "ttl": 5},
    "brand_new_field": [1, 2],  # a field a newer server sends: not in the model
}
CHECKPOINT = {"thread_id": T, "checkpoint_ns": "", "checkpoint_id": "c1", "checkpoint_map": {}}
STATE = {
    "values": {"messages": ["hi"]},
    "next": ["ask"],
    "checkpoint": CHECKPOINT,
    "metadata": {"step": 1},
    "created_at": ISO,
    "parent_checkpoint": None,
    "tasks": [
        {
            "id": "t1",
            "name": "ask",
            "path": ["__pregel_pull", "ask"],
            "error": None,
            "interrupts": [{"value": {"question": "approve?"}, "id": "i1"}],
            "checkpoint": None,
            "state": None,
        }
    ],
    "interrupts": [{"value": {"question": "approve?"}, "id": "i1"}],
}


def thread() -> Thread:
    return Thread.from_dict(THREAD)


def state() -> ThreadState:
    return ThreadState.from_dict(STATE)


def test_reads_by_json_name_as_the_dict_would() -> None:
    t = thread()
    assert t["thread_id"] == T
    assert t["status"] == "idle"
    assert t["metadata"] == {"user": "u1"}
    assert t.get("status") == "idle"
    assert t.get("config") is None  # not sent
    assert t.get("config", {}) == {}
    assert "values" in t and "thread_id" in t
    assert "config" not in t and "nope" not in t and 3 not in t  # type: ignore[comparison-overlap]


def test_keys_iteration_len_items_follow_what_was_sent() -> None:
    t = thread()
    expected = list(THREAD)
    assert sorted(t) == sorted(expected)
    assert sorted(t.keys()) == sorted(expected)
    assert len(t) == len(THREAD)
    assert dict(t.items()) == {k: t[k] for k in expected}
    assert dict(t) == dict(t.items())
    assert {**t}.keys() == set(expected)


def test_a_field_the_server_did_not_send_is_absent() -> None:
    t = thread()
    assert t.config is UNSET
    with pytest.raises(KeyError, match="config"):
        t["config"]
    assert "state_updated_at" not in t
    assert "interrupts" not in list(t)


def test_unknown_fields_are_present() -> None:
    t = thread()
    assert t["brand_new_field"] == [1, 2]
    assert t.get("brand_new_field") == [1, 2]
    assert "brand_new_field" in t
    assert ("brand_new_field", [1, 2]) in t.items()
    with pytest.raises(KeyError):
        t["never_sent"]


def test_json_names_not_python_names() -> None:
    s = state()
    assert s.next_ == ["ask"]
    assert s["next"] == ["ask"]
    assert "next" in s and "next_" not in s
    with pytest.raises(KeyError):
        s["next_"]


def test_datetimes_read_as_the_string_the_server_sent() -> None:
    t = thread()
    assert isinstance(t.created_at, datetime)
    assert t["created_at"] == ISO
    assert t["updated_at"] == ZULU  # not isoformat()'s "+00:00"
    assert json.dumps(dict(t.items()), default=str)  # the mapping view of a flat model is JSON
    made = Thread(
        thread_id=T,
        created_at=datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc),
        updated_at=datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc),
        metadata={},
        status="idle",
    )
    assert made["created_at"] == "2024-01-02T03:04:05+00:00"  # a datetime set in code: ISO 8601


def test_nested_models_and_lists_read_the_same_way_down() -> None:
    s = state()
    checkpoint = s["checkpoint"]
    assert isinstance(checkpoint, CheckpointConfig) and isinstance(checkpoint, Mapping)
    assert checkpoint["checkpoint_id"] == "c1"
    assert checkpoint["checkpoint_map"] == {}  # an unknown field of a nested model
    assert s["tasks"][0]["name"] == "ask"
    assert s["tasks"][0]["interrupts"][0]["value"] == {"question": "approve?"}
    assert s["tasks"][0]["interrupts"][0]["id"] == "i1"
    assert s["interrupts"][0]["value"]["question"] == "approve?"
    assert s["tasks"][0]["error"] is None  # sent as null: present, None
    assert "result" not in s["tasks"][0]  # not sent: absent
    assert thread()["ttl"]["strategy"] == "delete"
    assert dict(thread()["ttl"]) == {"strategy": "delete", "ttl": 5}


def test_a_field_named_like_a_dict_method_wins() -> None:
    t = thread()
    assert t.values == {"messages": ["hi"]}  # the field, not Mapping.values
    assert t["values"] == {"messages": ["hi"]}
    assert state().values == {"messages": ["hi"]}
    # A model with no such field has the method.
    assert list(state()["checkpoint"].values()) == list(CHECKPOINT.values())


def test_truthiness_follows_the_dict() -> None:
    assert not AssistantConfig()
    assert not AssistantConfig.from_dict({})
    assert AssistantConfig.from_dict({"tags": []})  # a key with an empty value: a non-empty dict
    assert AssistantConfig.from_dict({"new": 1})  # only an unknown field: still a non-empty dict
    assert thread()
    assistants = [
        Assistant.from_dict(_assistant("a1", {"tags": ["x"]})),
        Assistant.from_dict(_assistant("a2", {})),
    ]
    # langgraph-sdk-style code: the assistant without config
    assert [a["assistant_id"] for a in assistants if not a["config"]] == ["a2"]


def _assistant(assistant_id: str, config: dict[str, Any]) -> dict[str, Any]:
    return {
        "assistant_id": assistant_id,
        "graph_id": "agent",
        "config": config,
        "context": {},
        "created_at": ISO,
        "updated_at": ISO,
        "metadata": {},
        "version": 1,
        "name": "agent",
        "description": None,
    }


def test_partial_models_have_only_the_selected_keys() -> None:
    (partial,) = structure([{"thread_id": T, "status": "busy"}], list[Thread], partial=True)
    assert dict(partial) == {"thread_id": T, "status": "busy"}
    with pytest.raises(KeyError):
        partial["created_at"]


def test_dict_access_leaves_the_model_and_its_json_unchanged() -> None:
    t = thread()
    list(t.items())
    assert t.to_dict() == THREAD
    assert state().to_dict() == STATE


@responses.activate
def test_a_model_given_back_as_an_argument_is_sent_as_its_json() -> None:
    # langgraph-sdk-style: the checkpoint of one state, handed to the next call as it came.
    responses.post(f"http://test/threads/{T}/state/checkpoint", json=STATE)
    client = get_client("http://test", api_key=None, max_retries=0)
    client.threads.get_state(T, checkpoint=state()["checkpoint"])
    assert json.loads(responses.calls[0].request.body) == {"checkpoint": CHECKPOINT, "subgraphs": False}


def test_the_clients_own_results_read_as_dicts_too() -> None:
    told = RunCreateMetadata(run_id="r1", thread_id=None)
    assert told["run_id"] == "r1" and told["thread_id"] is None and dict(told) == {"run_id": "r1", "thread_id": None}
    page = AssistantsSearchResponse(assistants=[], next="5")
    assert page["assistants"] == [] and page["next"] == "5" and list(page) == ["assistants", "next"]
    assert isinstance(told, dict) and told == {"run_id": "r1", "thread_id": None} and json.dumps(page)
    assert page.to_dict() == {"assistants": [], "next": "5"}


def test_stream_part_is_langgraph_sdks_named_tuple() -> None:
    part = StreamPart("updates|child:1", {"child": {"messages": ["x"]}}, "3-0")
    event, data, event_id = part
    assert (event, data, event_id) == ("updates|child:1", {"child": {"messages": ["x"]}}, "3-0")
    assert part[0] == "updates|child:1" and part[1] == data and part[2] == "3-0" and part[-1] == "3-0"
    assert part == ("updates|child:1", {"child": {"messages": ["x"]}}, "3-0")
    assert isinstance(part, tuple) and len(part) == 3
    assert part._fields == ("event", "data", "id")
    assert part._asdict() == {"event": "updates|child:1", "data": data, "id": "3-0"}
    assert part.event == event and part.data == data and part.id == "3-0"
    assert part.mode == "updates" and part.namespace == ("child:1",)
    assert StreamPart(event="values", data=None) == ("values", None, None)
    assert StreamPart("values", {}).namespace == ()
    with pytest.raises(AttributeError):
        part.event = "x"  # type: ignore[misc]
