"""langgraph-sdk-style code, unchanged but for the client constructor, run with both clients.

`sdk_style_program` is written as the LangGraph documentation's Python examples write it, for
langgraph-sdk's sync client: results read as dicts (`thread["thread_id"]`,
`state["checkpoint"]["checkpoint_id"]`, `if not assistant["config"]`), stream parts as named
tuples (`event, data, _ = part`), results handed back as arguments (`checkpoint=...`), errors
caught and read as langgraph-sdk's are. It runs once with `get_sync_client(url=...)` and once
with `get_client(url)` against the same real server; everything it prints must be the same,
once ids and times (which differ from run to run) are set aside.

The few documented idioms that cannot run unchanged with this client are in
`test_what_does_not_run_unchanged`, each with the one-line change it needs (listed in the
README's migration guide).
"""

from __future__ import annotations

import json
import re
import sys
import uuid
from collections import Counter
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

import httpx
import langgraph_sdk.errors
import pytest
import requests
import yaml
from langgraph_sdk import get_sync_client

from langgraph_sync import get_client

# The program's only free names: `client` and `print` (what it prints is what is compared).


def sdk_style_program(client: Any, print: Callable[..., None]) -> None:
    # --- Assistants -------------------------------------------------------------------------
    assistants = client.assistants.search(graph_id="agent", metadata={"created_by": "system"})
    default_assistant = assistants[0]
    print(default_assistant["graph_id"], default_assistant["name"], default_assistant["version"])
    marker = str(uuid.uuid4())
    openai_assistant = client.assistants.create(
        graph_id="agent",
        config={"configurable": {"model_name": "openai"}},
        metadata={"marker": marker},
        name="Open AI Assistant",
    )
    print(openai_assistant)
    print(openai_assistant["config"]["configurable"]["model_name"])
    for assistant in client.assistants.search(metadata={"marker": marker}):
        if not assistant["config"]:
            print("no config:", assistant["assistant_id"])
        else:
            print("configured:", assistant["name"], sorted(assistant["config"].keys()))
    updated = client.assistants.update(
        openai_assistant["assistant_id"], config={"configurable": {"model_name": "anthropic"}}
    )
    print(updated["version"], updated["config"]["configurable"])
    versions = client.assistants.get_versions(openai_assistant["assistant_id"])
    print([v["version"] for v in versions], [v["config"]["configurable"]["model_name"] for v in versions])
    client.assistants.set_latest(openai_assistant["assistant_id"], 1)
    print(client.assistants.get(openai_assistant["assistant_id"])["config"])
    print(client.assistants.count(metadata={"marker": marker}))
    page = client.assistants.search(metadata={"marker": marker}, response_format="object")
    print([a["name"] for a in page["assistants"]], page["next"])
    graph = client.assistants.get_graph(openai_assistant["assistant_id"])
    print(graph, [node["id"] for node in graph["nodes"]])
    schemas = client.assistants.get_schemas(openai_assistant["assistant_id"])
    print(schemas["state_schema"]["properties"].keys(), "input_schema" in schemas)
    subgraph_assistant = client.assistants.create(graph_id="with_subgraph", metadata={"marker": marker})
    subgraphs = client.assistants.get_subgraphs(subgraph_assistant["assistant_id"])
    print(list(subgraphs), {name: dict(schema) for name, schema in subgraphs.items()})
    client.assistants.delete(subgraph_assistant["assistant_id"])

    # --- Threads ----------------------------------------------------------------------------
    thread = client.threads.create(metadata={"user": marker})
    print(thread)
    print(thread["status"], thread["metadata"], thread.get("values"), "thread_id" in thread, len(thread) > 0)
    thread_id = thread["thread_id"]
    client.threads.update(thread_id, metadata={"step": 1})
    print(client.threads.get(thread_id)["metadata"])
    found = client.threads.search(metadata={"user": marker}, status="idle", limit=10)
    print(len(found), [t["thread_id"] == thread_id for t in found], {**found[0]} == dict(found[0]))
    print(client.threads.count(metadata={"user": marker}))

    # --- Runs -------------------------------------------------------------------------------
    final_state = client.runs.wait(thread_id, "agent", input={"messages": ["hi"]})
    print(final_state, final_state["messages"][-1])
    run = client.runs.create(
        thread_id,
        openai_assistant["assistant_id"],
        input={"messages": ["again"]},
        on_run_created=lambda metadata: print("created:", metadata["thread_id"] == thread_id, sorted(metadata)),
    )
    print(run["status"], run["thread_id"] == thread_id, run["multitask_strategy"])
    print(client.runs.join(thread_id, run["run_id"]))
    print(client.runs.get(thread_id, run["run_id"])["status"])
    print([r["status"] for r in client.runs.list(thread_id)])
    print(client.runs.wait(None, "agent", input={"messages": ["stateless"]}))
    print(client.threads.get(thread_id)["values"]["messages"])

    # --- State and history (time travel) ----------------------------------------------------
    state = client.threads.get_state(thread_id)
    print(state["values"], state["next"], state["metadata"]["step"], state["created_at"] is not None)
    print(state["checkpoint"]["thread_id"] == thread_id, state["checkpoint"]["checkpoint_ns"])
    history = client.threads.get_history(thread_id)
    print(len(history), [h["next"] for h in history], [len(h["values"].get("messages", [])) for h in history])
    to_replay = history[2]
    print(to_replay["next"], to_replay["values"], to_replay["tasks"][0]["name"] if to_replay["tasks"] else None)
    at_checkpoint = client.threads.get_state(thread_id, checkpoint=to_replay["checkpoint"])
    print(at_checkpoint["values"] == to_replay["values"])
    by_id = client.threads.get_state(thread_id, checkpoint_id=to_replay["checkpoint"]["checkpoint_id"])
    print(by_id["checkpoint"] == at_checkpoint["checkpoint"], dict(by_id["checkpoint"]))
    forked = client.threads.update_state(
        thread_id, {"messages": ["edited"]}, checkpoint_id=to_replay["checkpoint"]["checkpoint_id"]
    )
    print(forked["checkpoint"]["thread_id"] == thread_id, sorted(forked["checkpoint"]))
    print(client.runs.wait(thread_id, "agent", input=None, checkpoint_id=forked["checkpoint"]["checkpoint_id"]))
    print(client.threads.get_history(thread_id, limit=2)[0]["values"])
    copy = client.threads.copy(thread_id)
    print(copy is None or copy["thread_id"] != thread_id)

    # --- Streaming --------------------------------------------------------------------------
    streamed = client.threads.create()
    for chunk in client.runs.stream(streamed["thread_id"], "agent", input={"messages": ["s"]}, stream_mode="values"):
        print(f"Receiving new event of type: {chunk.event}...")
        print(chunk.data)
    for chunk in client.runs.stream(
        streamed["thread_id"], "agent", input={"messages": ["t"]}, stream_mode=["values", "updates", "debug"]
    ):
        if chunk.event == "debug":
            print(chunk.event, chunk.data["type"], chunk.data["step"])
        else:
            print(chunk.event, chunk.data)
    for event, data, _ in client.runs.stream(None, "agent", input={"messages": ["u"]}, stream_mode="updates"):
        print(event, data)
    for part in client.runs.stream(
        None, "with_subgraph", input={"messages": ["v"]}, stream_mode="updates", stream_subgraphs=True
    ):
        print(part[0].split("|")[0], part[0].count("|"), part[1])
    for chunk in client.runs.stream(None, "agent", input={"messages": ["w"]}, stream_mode=["tasks", "checkpoints"]):
        if chunk.event == "tasks":
            print(chunk.event, chunk.data["name"], sorted(chunk.data))
        else:
            print(chunk.event, sorted(chunk.data))
    slow_run = client.runs.create(
        streamed["thread_id"], "slow", input={"messages": [], "seconds": 1}, stream_mode="updates"
    )
    for chunk in client.runs.join_stream(streamed["thread_id"], slow_run["run_id"]):
        if chunk.event == "updates" and "sleep" in chunk.data:
            print("joined:", chunk.data)

    # --- Human in the loop: interrupt and resume --------------------------------------------
    hitl = client.threads.create()
    result = client.runs.wait(hitl["thread_id"], "interrupting", input={"messages": ["start"]})
    print(result["__interrupt__"][0]["value"])
    print(client.threads.get(hitl["thread_id"])["status"])
    paused = client.threads.get_state(hitl["thread_id"])
    print(paused["next"], paused["tasks"][0]["interrupts"][0]["value"], paused["interrupts"][0]["value"])
    print(client.runs.wait(hitl["thread_id"], "interrupting", command={"resume": "approved"}))
    print(client.threads.get(hitl["thread_id"])["status"])
    second = client.threads.create()
    for chunk in client.runs.stream(
        second["thread_id"], "interrupting", input={"messages": ["go"]}, stream_mode="updates"
    ):
        print(chunk.event, chunk.data)
    for chunk in client.runs.stream(
        second["thread_id"], "interrupting", command={"resume": "streamed"}, stream_mode="updates"
    ):
        print(chunk.event, chunk.data)
    breakpoint_thread = client.threads.create()
    client.runs.wait(breakpoint_thread["thread_id"], "agent", input={"messages": ["b"]}, interrupt_before=["echo"])
    print(client.threads.get_state(breakpoint_thread["thread_id"])["next"])
    print(client.runs.wait(breakpoint_thread["thread_id"], "agent", input=None))

    # --- Double-texting ---------------------------------------------------------------------
    for strategy in ["reject", "interrupt", "rollback", "enqueue"]:
        dt = client.threads.create()
        first = client.runs.create(dt["thread_id"], "slow", input={"messages": ["first"], "seconds": 1})
        try:
            second_run = client.runs.create(
                dt["thread_id"], "agent", input={"messages": ["second"]}, multitask_strategy=strategy
            )
        except Exception as e:  # noqa: BLE001 - the docs print it
            print(strategy, "Failed to start concurrent run", type(e).__name__, e.response.status_code)
            client.runs.join(dt["thread_id"], first["run_id"])
        else:
            client.runs.join(dt["thread_id"], second_run["run_id"])
            try:
                print(strategy, "first run:", client.runs.get(dt["thread_id"], first["run_id"])["status"])
            except Exception as e:  # noqa: BLE001
                print(strategy, "Original run was correctly deleted", type(e).__name__, e.response.status_code)
        print(strategy, client.threads.get_state(dt["thread_id"])["values"]["messages"])
        client.threads.delete(dt["thread_id"])

    # --- Store: long-term memory, as the docs' store how-to uses it --------------------------
    namespace = ["users", marker, "memories"]
    client.store.put_item(namespace, key="food", value={"likes": "pizza"})
    client.store.put_item(namespace, key="drink", value={"likes": "tea"}, ttl=60)
    item = client.store.get_item(namespace, key="food")
    print(item["value"], item["namespace"], item["key"], "created_at" in item)
    memories = client.store.search_items(["users", marker], filter={"likes": "tea"}, limit=10)
    print([(m["key"], m["value"]["likes"]) for m in memories["items"]])
    print(client.store.list_namespaces(prefix=["users", marker])["namespaces"])
    client.store.delete_item(namespace, key="food")
    print(client.store.get_item(namespace, key="food"))

    # --- Crons: as the docs' cron how-to schedules them ------------------------------------
    cron_thread = client.threads.create()
    cron_job = client.crons.create_for_thread(
        cron_thread["thread_id"], "agent", schedule="27 15 * * *", input={"messages": ["cron"]}
    )
    print(cron_job["schedule"], cron_job["thread_id"] == cron_thread["thread_id"], "cron_id" in cron_job)
    cron_job_stateless = client.crons.create("agent", schedule="27 15 * * *", input={"messages": ["cron"]})
    print(
        [
            c["schedule"]
            for c in client.crons.search(assistant_id=cron_job["assistant_id"], thread_id=cron_thread["thread_id"])
        ]
    )
    print(client.crons.count(assistant_id=cron_job["assistant_id"]) >= 2)
    client.crons.delete(cron_job["cron_id"])
    client.crons.delete(cron_job_stateless["cron_id"])
    client.threads.delete(cron_thread["thread_id"])

    client.assistants.delete(openai_assistant["assistant_id"])
    client.threads.delete(thread_id)


# UUIDs, and interrupt ids (32 hex digits).
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\b[0-9a-f]{32}\b")
_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?")


def plain(value: Any) -> Any:
    """What was printed, as plain data (through the mapping interface: no to_dict()), with ids
    and times, which differ on every run, set aside."""
    if isinstance(value, Mapping):
        return {plain(key): plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, str):
        return _TIME.sub("<time>", _UUID.sub("<id>", value))
    if type(value).__name__ in ("dict_keys", "KeysView"):
        return sorted(value)
    return value


class Counted:
    """The client, with every method call of its resources counted (outside the program)."""

    def __init__(self, client: Any, calls: Counter[str]) -> None:
        self._client, self._calls = client, calls

    def __getattr__(self, resource: str) -> Any:
        return _CountedResource(getattr(self._client, resource), resource, self._calls)


class _CountedResource:
    def __init__(self, resource: Any, name: str, calls: Counter[str]) -> None:
        self._resource, self._name, self._calls = resource, name, calls

    def __getattr__(self, method: str) -> Any:
        call = getattr(self._resource, method)

        def counted(*args: Any, **kwargs: Any) -> Any:
            self._calls[f"{self._name}.{method}"] += 1
            return call(*args, **kwargs)

        return counted


def run_program(client: Any) -> tuple[list[Any], Counter[str]]:
    printed: list[Any] = []
    calls: Counter[str] = Counter()
    sdk_style_program(Counted(client, calls), lambda *values: printed.append(plain(values)))
    return printed, calls


def test_sdk_style_code_runs_unchanged_with_both_clients(server_url: str) -> None:
    with get_sync_client(url=server_url, api_key=None) as client:
        expected, sdk_calls = run_program(client)
    with get_client(server_url, api_key=None) as client:  # the one line that changes
        printed, our_calls = run_program(client)
    for line, (ours, theirs) in enumerate(zip(printed, expected, strict=True)):
        assert ours == theirs, f"printed line {line} differs"
    assert our_calls == sdk_calls
    print(
        f"\nsdk-style program: {sum(our_calls.values())} client calls of {len(our_calls)} methods "
        f"and {len(printed)} printed results, the same with both clients"
    )
    # The program really covers what it says it does.
    assert len(our_calls) >= 35 and sum(our_calls.values()) >= 85


def test_what_does_not_run_unchanged(server_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's list of what does not run unchanged, each shown with langgraph-sdk and with ours."""
    sdk = get_sync_client(url=server_url, api_key=None)
    ours = get_client(server_url, api_key=None)
    sdk_thread, our_thread = sdk.threads.create(), ours.threads.create()
    # 1. A model is its own class: `type(...) is dict` is false, and tools that look the exact
    #    type up in a table (yaml.safe_dump) refuse it; to_dict() is the plain JSON.
    assert type(sdk_thread) is dict and type(our_thread) is not dict and isinstance(our_thread, dict)
    assert yaml.safe_load(yaml.safe_dump(sdk_thread)) == sdk_thread
    with pytest.raises(yaml.representer.RepresenterError):
        yaml.safe_dump(our_thread)
    assert yaml.safe_load(yaml.safe_dump(our_thread.to_dict())) == our_thread
    # 2. (Setting a known key to what is not JSON of its type: now runs unchanged, see
    #    test_setting_any_key_runs_as_on_a_dict.)
    # 3. Fields named like dict methods are the fields: `thread.values` is the state's values
    #    (langgraph-sdk: the dict's `values()` method). Not `items`: a store search's items()
    #    stays the method (json.dumps needs it), and its field is `.items_`.
    assert callable(sdk_thread.values) and not callable(our_thread.values)
    namespace = ["unchanged", str(uuid.uuid4())]
    sdk.store.put_item(namespace, key="k", value={"v": 1})
    sdk_found, our_found = sdk.store.search_items(namespace), ours.store.search_items(namespace)
    assert list(our_found.items()) == list(sdk_found.items()) and our_found.items_ == sdk_found["items"]
    assert json.dumps(our_found) == json.dumps(sdk_found)
    # 4. An error's response is requests' (str(e) is langgraph-sdk's: the server's message).
    missing = str(uuid.uuid4())
    caught = []
    for client in (sdk, ours):
        with pytest.raises(httpx.HTTPStatusError) as error:
            client.threads.get(missing)
        caught.append(error.value)
    sdk_error, our_error = caught
    assert our_error.response.status_code == sdk_error.response.status_code == 404
    assert our_error.response.json() == sdk_error.response.json() and our_error.request.method == "GET"
    assert str(our_error) == str(sdk_error) == f"Thread with ID {missing} not found"
    assert isinstance(sdk_error.response, httpx.Response) and isinstance(our_error.response, requests.Response)
    assert hasattr(sdk_error.response, "reason_phrase") and not hasattr(our_error.response, "reason_phrase")
    # 5. Bad input is refused before it is sent (langgraph-sdk sends it; the server answers 422).
    with pytest.raises(langgraph_sdk.errors.UnprocessableEntityError):
        sdk.store.put_item("users", key="k", value={})
    with pytest.raises(TypeError, match="namespace must be a list of str"):
        ours.store.put_item("users", key="k", value={})
    with pytest.raises(langgraph_sdk.errors.UnprocessableEntityError):
        sdk.store.put_item(["users", ""], key="k", value={})
    with pytest.raises(ValueError, match="labels cannot be empty"):
        ours.store.put_item(["users", ""], key="k", value={})
    with pytest.raises(httpx.ConnectError):
        sdk.http.get("http://127.0.0.1:1/info")
    with pytest.raises(ValueError, match="not under the client's URL"):
        ours.http.get("http://127.0.0.1:1/info")
    # 6. threads.stream's websocket transport needs the `websocket` extra (langgraph-sdk always
    #    has websockets); messages need langchain-core (test_thread_stream.py shows both).
    with sdk.threads.stream(sdk_thread["thread_id"], assistant_id="agent", transport="websocket"):
        pass
    monkeypatch.setitem(sys.modules, "websockets.sync.client", None)  # not installed
    with pytest.raises(ImportError, match=r"langgraph-sync\[websocket\]"):
        ours.threads.stream(our_thread["thread_id"], assistant_id="agent", transport="websocket")


def test_setting_any_key_runs_as_on_a_dict(server_url: str) -> None:
    """A program that writes into what it got (a datetime for display, a None, a number) runs as
    on langgraph-sdk's dicts: the key holds what was set, and so does the typed attribute."""
    sdk = get_sync_client(url=server_url, api_key=None)
    ours = get_client(server_url, api_key=None)
    results = []
    for client in (sdk, ours):
        thread = client.threads.create()
        run = client.runs.create(thread["thread_id"], "agent", input={"messages": ["x"]})
        shown = datetime.fromisoformat(run["created_at"])
        run["created_at"], run["status"], run["mine"] = shown, None, object
        thread["status"], thread["metadata"] = 5, None
        results.append((run["created_at"] == shown, run["status"], run["mine"], thread["status"], thread["metadata"]))
        client.runs.join(thread["thread_id"], run["run_id"])
    assert results[0] == results[1] == (True, None, object, 5, None)
    assert run.created_at == shown and run.status is None and thread.status == 5  # (ours: the attributes too)


def test_what_langgraph_sdk_returns_as_plain_data_stays_plain(server_url: str) -> None:
    client = get_client(server_url, api_key=None)
    thread = client.threads.create(metadata={"user": "plain"})
    final = client.runs.wait(thread["thread_id"], "agent", input={"messages": ["hi"]})
    assert type(final) is dict and type(final["messages"]) is list
    assert type(client.runs.join(thread["thread_id"], client.runs.list(thread["thread_id"])[0]["run_id"])) is dict
    graph = client.assistants.get_graph("agent")
    assert type(graph) is dict and all(type(node) is dict for node in graph["nodes"])
    state = client.threads.get_state(thread["thread_id"])
    assert type(state["values"]) is dict and type(state["metadata"]) is dict
    assert type(client.threads.get(thread["thread_id"])["metadata"]) is dict
    parts = list(client.runs.stream(None, "agent", input={"messages": ["x"]}, stream_mode="values"))
    assert all(type(part.data) is dict for part in parts if part.event != "end")
