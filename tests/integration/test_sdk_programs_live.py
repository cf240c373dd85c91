"""Programs written for langgraph-sdk's sync client, run with it and with ours on the same real server.

Each idiom of issue #20 is one function of `api` (the client): it runs once with
`get_sync_client(url=...)` and once with `get_client(url)`, and what it returns must be the same
(`outcome` sets aside ids and times, which differ from run to run). Where both read the same
thread, nothing is set aside: the thread one client got equals, as a dict, the one the other got.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import pickle
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

import httpx
import pydantic
import pytest
from flask import Flask, jsonify
from langchain_core.messages import HumanMessage
from langgraph.types import Command

from .conftest import run_to_end
from .outcomes import outcome
from .test_examples_live import configure_django, examples_on_path  # noqa: F401 (a fixture)


def both(client: Any, sdk: Any, program: Callable[[Any], Any]) -> tuple[Any, Any]:
    """What `program` gives with our client, and with langgraph-sdk's."""
    return program(client), program(sdk)


# --- isinstance(result, dict) ------------------------------------------------------------------


def every_kind_of_result(api: Any) -> dict[str, Any]:
    marker = str(uuid.uuid4())
    thread = api.threads.create(metadata={"marker": marker})
    run = api.runs.create(thread["thread_id"], "agent", input={"messages": ["hi"]})
    api.runs.join(thread["thread_id"], run["run_id"])
    assistant = api.assistants.create("agent", metadata={"marker": marker})
    cron = api.crons.create_for_thread(thread["thread_id"], "agent", schedule="27 15 * * *")
    api.store.put_item(["programs", marker], key="k", value={"v": 1})
    results = {
        "thread": thread,
        "run": api.runs.get(thread["thread_id"], run["run_id"]),
        "state": api.threads.get_state(thread["thread_id"]),
        "history entry": api.threads.get_history(thread["thread_id"])[0],
        "assistant": assistant,
        "cron": cron,
        "store item": api.store.get_item(["programs", marker], key="k"),
        "threads.search entry": api.threads.search(metadata={"marker": marker})[0],
        "assistants.search entry": api.assistants.search(metadata={"marker": marker})[0],
        "crons.search entry": api.crons.search(thread_id=thread["thread_id"])[0],
        "store.search_items": api.store.search_items(["programs", marker]),
        "store.search_items entry": api.store.search_items(["programs", marker])["items"][0],
        "runs.list entry": api.runs.list(thread["thread_id"])[0],
    }
    api.crons.delete(cron["cron_id"])
    return {name: (isinstance(result, dict), outcome(result)) for name, result in results.items()}


def test_every_kind_of_result_is_a_dict(client, sdk):
    ours, theirs = both(client, sdk, every_kind_of_result)
    assert all(is_dict for is_dict, _ in theirs.values())
    assert ours == theirs


# --- The same thread, got by both: equal as dicts, and through everything that takes a dict -----


class ThreadRecord(pydantic.BaseModel):
    thread_id: str
    created_at: datetime
    metadata: dict[str, Any]


@pytest.fixture
def same_thread(client, sdk, server_url):
    """The thread one run made, as each client gets it; and a run of it, as each gets it."""
    thread_id = str(uuid.uuid4())
    client.threads.create(thread_id=thread_id, metadata={"user": "same", "tags": ["a"]})
    run_to_end(server_url, thread_id, "agent", {"input": {"messages": ["hi"]}})
    run_id = client.runs.list(thread_id)[0]["run_id"]
    return (
        (client.threads.get(thread_id), client.runs.get(thread_id, run_id)),
        (sdk.threads.get(thread_id), sdk.runs.get(thread_id, run_id)),
    )


def test_the_same_thread_is_the_same_dict(same_thread):
    (ours, our_run), (theirs, their_run) = same_thread
    assert ours == theirs and theirs == ours and our_run == their_run
    assert not (ours != theirs)  # noqa: SIM202 - the != operator, as a program writes it
    assert ours == {**theirs} and {**ours} == theirs and dict(ours) == theirs
    assert json.dumps(ours) == json.dumps(theirs)
    assert json.dumps(our_run, indent=2, sort_keys=True) == json.dumps(their_run, indent=2, sort_keys=True)
    assert copy.deepcopy(ours) == theirs and copy.copy(ours) == theirs
    assert pickle.loads(pickle.dumps(ours)) == theirs and pickle.loads(pickle.dumps(our_run)) == their_run
    assert ThreadRecord.model_validate(ours) == ThreadRecord.model_validate(theirs)
    assert ThreadRecord.model_validate(ours).created_at.tzinfo is not None


def test_the_same_changes_make_the_same_dict(same_thread):
    (ours, our_run), (theirs, their_run) = same_thread
    for thread, run in ((ours, our_run), (theirs, their_run)):
        thread["metadata"]["seen"] = True
        thread["metadata"]["tags"].append("b")
        thread["values"]["messages"].append("local")
        run["status"] = "interrupted"
        run["metadata"] = {"note": "changed"}
        thread.setdefault("seen_by", ["me"])
        del thread["error"]
    assert ours == theirs and our_run == their_run
    assert json.dumps(ours) == json.dumps(theirs) and pickle.loads(pickle.dumps(our_run)) == their_run
    assert copy.deepcopy(ours) == theirs and {**our_run} == their_run


def test_flask_jsonify_sends_the_same_json(same_thread):
    (ours, our_run), (theirs, their_run) = same_thread
    with Flask(__name__).app_context():
        assert jsonify(ours).get_data() == jsonify(theirs).get_data()
        assert jsonify([ours, our_run]).get_data() == jsonify([theirs, their_run]).get_data()


@pytest.mark.usefixtures("examples_on_path")  # Django's settings as the examples' tests make them
def test_django_json_response_sends_the_same_json(same_thread, server_url):
    configure_django(server_url)
    from django.http import JsonResponse

    (ours, our_run), (theirs, their_run) = same_thread
    assert JsonResponse(ours).content == JsonResponse(theirs).content
    assert JsonResponse([ours, our_run], safe=False).content == JsonResponse([theirs, their_run], safe=False).content


# --- Inputs sent as langgraph-sdk sends them ---------------------------------------------------


def langchain_message_in(api: Any) -> Any:
    message = HumanMessage("hi", id="m-1", additional_kwargs={"source": "test"})
    thread = api.threads.create()
    final = api.runs.wait(thread["thread_id"], "agent", input={"messages": [message]})
    streamed = list(api.runs.stream(None, "agent", input={"messages": [message]}, stream_mode="values"))
    return final, api.threads.get_state(thread["thread_id"])["values"], [part.data for part in streamed]


def test_a_langchain_message_in_the_input(client, sdk):
    ours, theirs = both(client, sdk, langchain_message_in)
    assert theirs[0]["messages"][0]["content"] == "hi" and theirs[0]["messages"][0]["type"] == "human"
    assert outcome(ours) == outcome(theirs)


@dataclasses.dataclass
class Approval:
    approved: bool
    by: str


def dataclasses_in(api: Any) -> Any:
    """langgraph's `Command` as RemoteGraph sends it (`dataclasses.asdict`), a dataclass as the
    resume value, and one in the input."""
    thread = api.threads.create()
    paused = api.runs.wait(thread["thread_id"], "interrupting", input={"messages": [Approval(False, "start")]})
    command = dataclasses.asdict(Command(resume=Approval(True, "me")))
    resumed = api.runs.wait(thread["thread_id"], "interrupting", command=command)
    second = api.threads.create()
    api.runs.wait(second["thread_id"], "interrupting", input={"messages": ["again"]})
    streamed = [
        part.data
        for part in api.runs.stream(
            second["thread_id"], "interrupting", command={"resume": Approval(True, "stream")}, stream_mode="updates"
        )
    ]
    return paused, resumed, streamed, api.threads.get(thread["thread_id"])["status"]


def test_dataclasses_in_inputs_and_commands(client, sdk):
    ours, theirs = both(client, sdk, dataclasses_in)
    assert theirs[1] == {"messages": [{"approved": False, "by": "start"}, {"approved": True, "by": "me"}]}
    assert outcome(ours) == outcome(theirs)


def test_a_command_dataclass_as_command_is_refused_by_both(client, sdk):
    """langgraph-sdk reads `command` with `.items()`, which langgraph's Command has not: it cannot
    send one (RemoteGraph sends `asdict(command)`). Ours refuses it too, before sending."""
    thread = client.threads.create()
    client.runs.wait(thread["thread_id"], "interrupting", input={"messages": ["start"]})
    with pytest.raises(AttributeError, match="items"):
        sdk.runs.wait(thread["thread_id"], "interrupting", command=Command(resume="approved"))
    with pytest.raises(TypeError, match="command must be a dict or None, not Command"):
        client.runs.wait(thread["thread_id"], "interrupting", command=Command(resume="approved"))
    assert client.threads.get(thread["thread_id"])["status"] == "interrupted"


def a_set_in_metadata(api: Any) -> Any:
    tags = {"red", "green", "blue"}
    thread = api.threads.create(metadata={"tags": tags, "owner": "sets"})
    assistant = api.assistants.create("agent", metadata={"tags": frozenset(tags)})
    api.assistants.delete(assistant["assistant_id"])
    found = api.threads.search(metadata={"tags": list(thread["metadata"]["tags"])}, limit=1)
    return thread["metadata"], assistant["metadata"], [t["thread_id"] == thread["thread_id"] for t in found]


def test_a_set_in_metadata(client, sdk):
    ours, theirs = both(client, sdk, a_set_in_metadata)
    assert sorted(theirs[0]["tags"]) == ["blue", "green", "red"] and theirs[2] == [True]
    assert ours == theirs


# --- Errors caught as httpx's ------------------------------------------------------------------


def rejected_double_text(api: Any) -> Any:
    thread = api.threads.create()
    first = api.runs.create(thread["thread_id"], "slow", input={"messages": ["first"], "seconds": 2})
    try:
        api.runs.create(thread["thread_id"], "agent", input={"messages": ["second"]}, multitask_strategy="reject")
    except httpx.HTTPStatusError as e:
        caught = (e.response.status_code, e.response.json(), e.request.method)
    else:
        caught = None
    try:
        api.threads.get(str(uuid.uuid4()))
    except httpx.HTTPStatusError as e:
        missing = e.response.status_code
    api.runs.join(thread["thread_id"], first["run_id"])
    return caught, missing, api.threads.get_state(thread["thread_id"])["values"]


def test_a_rejected_double_text_is_an_httpx_status_error(client, sdk):
    ours, theirs = both(client, sdk, rejected_double_text)
    assert theirs[0][0] == 409 and theirs[1] == 404
    assert outcome(ours) == outcome(theirs)
