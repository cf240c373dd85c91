"""client.store, client.crons, client.http, ok/info and runs.stream(version="v2") against the
real server, each compared with what langgraph-sdk's sync client gets from the same server."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from langgraph_sync import NotFoundError, UnprocessableEntityError
from langgraph_sync.models import UNSET, Cron, HealthResponse, Item, SearchItem, ServerInfo

from .conftest import as_json


@pytest.fixture
def user() -> str:
    # Each test its own namespace: the server is shared by the whole session.
    return f"u{uuid.uuid4().hex[:12]}"


# store


def test_put_get_search_list_delete(client, sdk, user):
    namespace = ("users", user, "memories")
    assert client.store.put_item(namespace, "food", {"likes": "pizza"}) is None
    client.store.put_item(list(namespace), key="drink", value={"likes": "tea"}, index=False, ttl=60)
    item = client.store.get_item(namespace, "food")
    assert isinstance(item, Item) and item.value == {"likes": "pizza"} and item.namespace == list(namespace)
    assert item.to_dict() == sdk.store.get_item(namespace, "food")
    assert client.store.get_item(namespace, "drink", refresh_ttl=True).value == {"likes": "tea"}

    found = client.store.search_items(("users", user))
    keys = [i.key for i in found.items_]
    assert sorted(keys) == ["drink", "food"]
    assert all(isinstance(i, SearchItem) and i.score is None for i in found.items_)
    assert found.to_dict() == sdk.store.search_items(("users", user))
    assert [i.key for i in client.store.search_items(("users", user), filter={"likes": "tea"}).items_] == ["drink"]
    assert [i.key for i in client.store.search_items(("users", user), limit=1, offset=1).items_] == keys[1:]
    assert [i.key for i in client.store.iter_search_items(("users", user), page_size=1)] == keys

    listed = client.store.list_namespaces(prefix=["users", user])
    assert listed.namespaces == [list(namespace)]
    assert listed.to_dict() == sdk.store.list_namespaces(prefix=["users", user])
    assert client.store.list_namespaces(prefix=["users", user], max_depth=2).namespaces == [["users", user]]
    assert client.store.list_namespaces(prefix=["users", user], suffix=["nothing"]).namespaces == []

    client.store.delete_item(namespace, "food")
    assert client.store.get_item(namespace, "food") is None
    assert sdk.store.get_item(namespace, "food") is None  # the server's `200 null`, as corrected


def test_a_bad_namespace_never_reaches_the_server(client):
    with pytest.raises(ValueError, match="periods"):
        client.store.put_item(("users.eu",), "k", {})
    # What the server would have said, for comparison: a 422 for the same namespace.
    with pytest.raises(UnprocessableEntityError):
        client.http.put("/store/items", json={"namespace": ["users.eu"], "key": "k", "value": {}})


# crons


def test_create_update_search_count_delete(client, sdk):
    assistant_id = client.assistants.search(graph_id="agent")[0].assistant_id
    thread_id = client.threads.create().thread_id
    mark = {"suite": str(uuid.uuid4())}
    end = datetime.now(timezone.utc).replace(microsecond=0) + timedelta(days=30)
    made = client.crons.create("agent", schedule="0 3 * * *", input={"messages": ["nightly"]}, metadata=mark)
    assert isinstance(made, Cron) and made.thread_id is None and made.end_time is None
    assert made.on_run_completed == "delete" and made.metadata == mark
    on_thread = client.crons.create_for_thread(
        thread_id, "agent", schedule="*/30 * * * *", metadata=mark, end_time=end, timezone=ZoneInfo("Europe/Paris")
    )
    assert on_thread.thread_id == thread_id and on_thread.end_time == end and on_thread.timezone == "Europe/Paris"
    assert client.crons.get(made.cron_id).to_dict() == made.to_dict()

    changed = client.crons.update(made.cron_id, schedule="0 4 * * *", enabled=False, end_time=end)
    assert (changed.schedule, changed.enabled, changed.end_time) == ("0 4 * * *", False, end)
    assert client.crons.update(made.cron_id, end_time=None).end_time is None  # None clears it
    assert client.crons.update(made.cron_id, enabled=True).schedule == "0 4 * * *"  # the rest stays

    mine = client.crons.search(metadata=mark, sort_by="created_at", sort_order="asc")
    assert [c.cron_id for c in mine] == [made.cron_id, on_thread.cron_id]
    assert as_json(mine) == sdk.crons.search(metadata=mark, sort_by="created_at", sort_order="asc")
    assert [c.cron_id for c in client.crons.search(thread_id=thread_id)] == [on_thread.cron_id]
    assert [c.cron_id for c in client.crons.search(assistant_id=assistant_id, metadata=mark, enabled=False)] == []
    selected = client.crons.search(metadata=mark, select=["cron_id", "schedule"])
    assert all(c.created_at is UNSET for c in selected) and {c.schedule for c in selected} == {
        "0 4 * * *",
        "*/30 * * * *",
    }
    assert [c.cron_id for c in client.crons.iter_search(metadata=mark, page_size=1, sort_by="created_at")] == [
        on_thread.cron_id,
        made.cron_id,
    ]
    assert client.crons.count(metadata=mark) == 2 == sdk.crons.count(metadata=mark)
    assert client.crons.count(thread_id=thread_id) == 1

    client.crons.delete(made.cron_id)
    sdk.crons.delete(on_thread.cron_id)
    assert client.crons.count(metadata=mark) == 0
    with pytest.raises(NotFoundError):
        client.crons.get(made.cron_id)


# http: real endpoints of the server, as custom routes would be called


def test_http_methods(client, sdk):
    assert client.http.get("/info") == client.info().to_dict() == sdk.http.get("/info")
    thread = client.http.post("/threads", json={"metadata": {"via": "http"}})
    path = f"/threads/{thread['thread_id']}"
    assert client.http.patch(path, json={"metadata": {"step": 2}})["metadata"] == {"via": "http", "step": 2}
    assert client.http.get(path, params={"include": "ttl"})["thread_id"] == thread["thread_id"]
    assert client.http.put("/store/items", json={"namespace": ["http"], "key": "k", "value": {"a": 1}}) is None
    assert client.http.delete("/store/items", json={"namespace": ["http"], "key": "k"}) is None
    assert client.http.delete(path) is None
    with pytest.raises(NotFoundError):
        client.http.get(path)


def test_http_stream_and_request_reconnect(client):
    thread_id = client.threads.create().thread_id
    parts = list(
        client.http.stream(
            f"/threads/{thread_id}/runs/stream",
            "POST",
            json={"assistant_id": "agent", "input": {"messages": ["hi"]}, "stream_mode": "values"},
        )
    )
    assert [p.event for p in parts] == ["metadata", "values", "values"]
    assert parts[-1].data == {"messages": ["hi", "echo"]}
    waited = client.http.request_reconnect(
        f"/threads/{thread_id}/runs/wait", "POST", json={"assistant_id": "agent", "input": {"messages": ["again"]}}
    )
    assert waited == {"messages": ["hi", "echo", "again", "echo"]}


# ok and info


def test_ok_and_info(client, sdk):
    health = client.ok()
    assert isinstance(health, HealthResponse) and health.ok is True
    assert client.ok(check_db=True).ok is True
    info = client.info()
    assert isinstance(info, ServerInfo) and info.version and info.flags["crons"] is True
    assert info.to_dict() == sdk.http.get("/info")


# runs.stream(version="v2")


def without_ids(value):
    """The parts less the run's and the interrupts' ids, which differ between two runs."""
    if isinstance(value, dict):
        return {k: without_ids(v) for k, v in value.items() if k not in ("id", "run_id")}
    if isinstance(value, list):
        return [without_ids(item) for item in value]
    return value


def test_runs_stream_v2_is_langgraph_sdks_shape(client, sdk):
    def run(api):
        thread_id = api.threads.create()
        thread_id = thread_id["thread_id"] if isinstance(thread_id, dict) else thread_id.thread_id
        return list(
            api.runs.stream(
                thread_id, "interrupting", input={"messages": ["hi"]}, stream_mode=["values", "updates"], version="v2"
            )
        )

    ours, theirs = run(client), run(sdk)
    assert without_ids(ours) == without_ids(theirs)
    assert ours[-1]["type"] == "values" and ours[-1]["interrupts"][0]["value"] == {"question": "approve?"}
    assert "__interrupt__" not in ours[-1]["data"]


def test_runs_stream_v2_namespaces_of_a_subgraph(client):
    parts = list(
        client.runs.stream(
            None, "with_subgraph", input={"messages": []}, stream_mode="updates", stream_subgraphs=True, version="v2"
        )
    )
    inner = [p for p in parts if p["ns"]]
    assert inner and inner[0]["ns"][0].startswith("child:") and inner[0]["data"] == {"inner": {"messages": ["inner"]}}
