"""Typical user code, checked by `mypy --strict` (make typecheck), never run.

Each `type: ignore[...]` marks a mistake mypy must catch: with warn_unused_ignores (part of
--strict), mypy fails if it stops catching one.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from langgraph_sync import Client, NotFoundError, get_client
from langgraph_sync.models import (
    Assistant,
    AssistantConfig,
    AssistantVersion,
    CheckpointConfig,
    Cron,
    HealthResponse,
    Item,
    Run,
    SearchItem,
    ServerInfo,
    Thread,
    ThreadState,
    ThreadStatus,
    ThreadTTLInfo,
)
from langgraph_sync.assistants import AssistantsSearchResponse
from langgraph_sync.runs import StreamPart, StreamPartV2


def typical(client: Client) -> None:
    thread: Thread = client.threads.create(metadata={"user": "u1"})
    thread_id: str = thread.thread_id
    found: list[Thread] = client.threads.search(metadata={"user": "u1"}, limit=20)
    count: int = client.threads.count(status="idle")
    state: ThreadState = client.threads.get_state(thread_id)
    history: list[ThreadState] = client.threads.get_history(thread_id, limit=5)
    minimal: None = client.threads.update(thread_id, metadata={}, return_minimal=True)
    full: Thread = client.threads.update(thread_id, metadata={})
    assistants: list[Assistant] = client.assistants.search(graph_id="agent")
    versions: list[AssistantVersion] = client.assistants.get_versions(assistants[0].assistant_id)
    run: Run = client.runs.create(thread_id, "agent", input={"messages": []})
    parts: Iterator[StreamPart] = client.runs.stream(thread_id, "agent", stream_mode=["values", "updates"])
    for part in parts:
        event: str = part.event
    every: Iterator[Thread] = client.threads.iter_search(metadata={"user": "u1"}, page_size=50)
    try:
        client.threads.get(thread_id)
    except NotFoundError as error:
        status: int = error.status_code
    del found, count, state, history, minimal, full, versions, run, every, event, status


def dict_style(client: Client) -> None:
    """langgraph-sdk-style code, reading models as dicts: each key typed as its field is."""
    thread = client.threads.create()
    thread_id: str = thread["thread_id"]
    status: ThreadStatus = thread["status"]
    created: str = thread["created_at"]  # the JSON string, as langgraph-sdk gives it
    ttl: ThreadTTLInfo | None = thread.get("ttl")
    ttl_or_empty: ThreadTTLInfo | dict[str, Any] = thread.get("ttl", {})
    unknown: Any = thread["field_of_a_newer_server"]
    as_mapping: Mapping[str, Any] = thread
    as_dict: dict[str, Any] = thread  # a model is the dict the server sent
    thread["metadata"]["seen"] = True
    thread["status"] = "busy"
    merged: dict[str, Any] = {**thread, "extra": 1}
    values_method: list[Any] = list(dict.values(thread))  # (thread.values is the field)
    keys: list[str] = list(thread.keys())
    state = client.threads.get_state(thread_id)
    checkpoint: CheckpointConfig | None = state["checkpoint"]
    next_nodes: list[str] = state["next"]
    if checkpoint is not None:
        checkpoint_id: str | None = checkpoint["checkpoint_id"]
        client.threads.get_state(thread_id, checkpoint=checkpoint)  # a model where a dict is taken
    messages: Any = state["values"]["messages"]
    config: AssistantConfig = client.assistants.search()[0]["config"]
    tags: list[str] = config.get("tags", [])
    for event, data, _ in client.runs.stream(thread_id, "agent", stream_mode="updates"):
        mode: str = event
    part = next(client.runs.stream(thread_id, "agent"))
    first: str = part[0]
    namespace: tuple[str, ...] = part.namespace
    del status, created, ttl, ttl_or_empty, unknown, as_mapping, as_dict, merged, values_method, keys, next_nodes
    del checkpoint_id, messages, tags
    del mode, first, data, namespace


def mistakes(client: Client) -> None:
    client.threads.create(metdata={"user": "u1"})  # type: ignore[call-arg]
    client.threads.search(limit="ten")  # type: ignore[arg-type]
    client.threads.get(42)  # type: ignore[arg-type]
    client.threads.search(sort_order="upward")  # type: ignore[arg-type]
    not_a_list: list[Thread] = client.threads.get("t")  # type: ignore[assignment]
    client.runs.wait("t", "agent", timeout="5")  # type: ignore[arg-type]
    thread = client.threads.get("t")
    wrong_status: int = thread["status"]  # type: ignore[assignment]
    maybe_ttl: ThreadTTLInfo = thread.get("ttl")  # type: ignore[assignment]
    client.threads.get_state("t")["checkpoint"]["checkpoint_id"]  # type: ignore[index]  # may be None
    not_a_datetime: int = thread["created_at"].year  # type: ignore[attr-defined]
    thread.stauts = "busy"  # type: ignore[attr-defined]  # a misspelt field is caught
    del not_a_list, wrong_status, maybe_ttl, not_a_datetime


def store_crons_http_and_thread_streams(client: Client) -> None:
    client.store.put_item(("users", "u1"), "k", {"a": 1}, ttl=60)
    item: Item | None = client.store.get_item(("users", "u1"), "k")
    items: list[SearchItem] = client.store.search_items(("users",), filter={"a": 1}).items_
    namespaces: list[list[str]] = client.store.list_namespaces(prefix=["users"]).namespaces
    cron: Cron = client.crons.create("agent", schedule="0 0 * * *")
    crons: list[Cron] = client.crons.search(enabled=True)
    reply = client.http.get("/my/route")
    health: HealthResponse = client.ok()
    info: ServerInfo = client.info()
    v2: Iterator[StreamPartV2] = client.runs.stream(None, "agent", version="v2")
    for part_v2 in v2:
        kind: str = part_v2["type"]
    with client.threads.stream(assistant_id="agent") as thread:
        thread.run.start(input={"messages": []})
        for values in thread.values:
            print(values)
        if thread.interrupted:
            thread.run.respond("yes", interrupt_id=thread.interrupts[0]["interrupt_id"])
        print(thread.output)
    client.store.put_item(("users",), "k", value="not a dict")  # type: ignore[arg-type]
    client.crons.create("agent", schedul="0 0 * * *")  # type: ignore[call-arg]
    wrong: Iterator[StreamPart] = client.runs.stream(None, "agent", version="v2")  # type: ignore[assignment]
    del item, items, namespaces, cron, crons, reply, health, info, kind, wrong


def keywords_taken_once(client: Client) -> None:
    """The stream overloads and the iter_* methods take their keywords as a TypedDict (PEP 692):
    mypy still sees every name and type."""
    updates: Iterator[StreamPartV2] = client.runs.stream("t", "agent", version="v2", stream_mode="updates")
    client.runs.stream("t", "agent", stream_mode="valuez")  # type: ignore[arg-type]
    client.runs.stream("t", "agent", inputs={})  # type: ignore[call-overload]
    client.runs.stream("t", "agent", version="v3")  # type: ignore[call-overload]
    client.threads.iter_search(sort_by="age")  # type: ignore[arg-type]
    client.assistants.iter_search(grahp_id="agent")  # type: ignore[call-arg]
    client.crons.iter_search(enabled="yes")  # type: ignore[arg-type]
    runs: Iterator[Run] = client.runs.iter_list("t", status="success", page_size=10, timeout=5)
    client.runs.iter_list("t", status="done")  # type: ignore[arg-type]
    client.crons.create("agent", schedule="0 0 * * *", multitask_strategy="later")  # type: ignore[arg-type]
    nothing: None = client.threads.update("t", metadata={}, return_minimal=True, headers={"x": "y"}, timeout=5)
    page: AssistantsSearchResponse = client.assistants.search(response_format="object", graph_id="agent", limit=5)
    client.threads.update("t", metadata={}, timeout="5")  # type: ignore[call-overload]
    client.assistants.search(response_format="object", grap_id="agent")  # type: ignore[call-overload]
    items: Iterator[SearchItem] = client.store.iter_search_items(("users",), filter={"a": 1}, page_size=10)
    client.store.iter_search_items(("users",), {"a": 1})  # type: ignore[misc, arg-type]
    del updates, runs, nothing, page, items


with get_client("http://localhost:8123") as client:
    typical(client)
