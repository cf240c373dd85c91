"""client.store, client.crons, client.http, ok/info and runs.stream(version="v2"): the exact
request of every method, the same as langgraph-sdk's, and what it returns.

Each case is made through both clients with the harness of test_requests.py: ours against
`responses`, langgraph-sdk's sync client against an httpx mock transport.
"""

from __future__ import annotations

import json
import warnings
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest
import responses

from langgraph_sync import get_client
from langgraph_sync._sse import StreamPart
from langgraph_sync.models import Cron, HealthResponse, Item, ListNamespaceResponse, SearchItemsResponse, ServerInfo

from .test_requests import NO_BODY, SSE, TIME, Case, T, langgraph_sdks, ours

C = "01a21284-97c5-748b-af8e-714b5f823a7e"
ITEM = {"namespace": ["users", "u1"], "key": "k", "value": {"a": 1}, "created_at": TIME, "updated_at": TIME}
SEARCH_ITEM = {**ITEM, "score": None}
CRON = {
    "cron_id": C,
    "assistant_id": "fe096781-5601-53d2-b2f6-0d3403f7e9ca",
    "thread_id": None,
    "user_id": "",
    "end_time": None,
    "schedule": "0 0 * * *",
    "timezone": None,
    "payload": {"schedule": "0 0 * * *"},
    "next_run_date": TIME,
    "metadata": {},
    "on_run_completed": "delete",
    "enabled": True,
    "created_at": TIME,
    "updated_at": TIME,
}
END = datetime(2030, 1, 1, tzinfo=timezone.utc)

CASES = [
    # store
    Case(
        "store.put_item",
        lambda c: c.store.put_item(("users", "u1"), "k", {"a": 1}),
        "PUT",
        "/store/items",
        body={"namespace": ["users", "u1"], "key": "k", "value": {"a": 1}},
    ),
    Case(
        "store.put_item-all",
        lambda c: c.store.put_item(["users", "u1"], key="k", value={"a": 1}, index=["a"], ttl=5, params={"x": "1"}),
        "PUT",
        "/store/items",
        query={"x": ["1"]},
        body={"namespace": ["users", "u1"], "key": "k", "value": {"a": 1}, "index": ["a"], "ttl": 5},
    ),
    Case(
        "store.put_item-not-indexed",
        lambda c: c.store.put_item(("users",), "k", {}, index=False),
        "PUT",
        "/store/items",
        body={"namespace": ["users"], "key": "k", "value": {}, "index": False},
    ),
    Case(
        "store.get_item",
        lambda c: c.store.get_item(("users", "u1"), "k"),
        "GET",
        "/store/items",
        query={"key": ["k"], "namespace": ["users.u1"]},
        reply=ITEM,
        returns=Item,
    ),
    Case(
        "store.get_item-refresh_ttl",
        lambda c: c.store.get_item(("users", "u1"), key="k", refresh_ttl=False, headers={"X-Trace": "t"}),
        "GET",
        "/store/items",
        query={"key": ["k"], "namespace": ["users.u1"], "refresh_ttl": ["false"]},
        reply=ITEM,
        returns=Item,
        headers={"X-Trace": "t"},
    ),
    Case(
        "store.delete_item",
        lambda c: c.store.delete_item(("users", "u1"), "k"),
        "DELETE",
        "/store/items",
        body={"key": "k", "namespace": ["users", "u1"]},
    ),
    Case(
        "store.search_items",
        lambda c: c.store.search_items(("users",)),
        "POST",
        "/store/items/search",
        body={"namespace_prefix": ["users"], "limit": 10, "offset": 0},
        reply={"items": [SEARCH_ITEM]},
        returns=SearchItemsResponse,
    ),
    Case(
        "store.search_items-all",
        lambda c: c.store.search_items(("users",), filter={"a": 1}, limit=5, offset=2, query="likes", refresh_ttl=True),
        "POST",
        "/store/items/search",
        body={
            "namespace_prefix": ["users"],
            "filter": {"a": 1},
            "limit": 5,
            "offset": 2,
            "query": "likes",
            "refresh_ttl": True,
        },
        reply={"items": [SEARCH_ITEM]},
        returns=SearchItemsResponse,
    ),
    Case(
        "store.list_namespaces",
        lambda c: c.store.list_namespaces(),
        "POST",
        "/store/namespaces",
        body={"limit": 100, "offset": 0},
        reply={"namespaces": [["users", "u1"]]},
        returns=ListNamespaceResponse,
    ),
    Case(
        "store.list_namespaces-all",
        lambda c: c.store.list_namespaces(prefix=["users"], suffix=["memories"], max_depth=3, limit=5, offset=1),
        "POST",
        "/store/namespaces",
        body={"prefix": ["users"], "suffix": ["memories"], "max_depth": 3, "limit": 5, "offset": 1},
        reply={"namespaces": [["users", "u1", "memories"]]},
        returns=ListNamespaceResponse,
    ),
    # crons
    Case(
        "crons.create",
        lambda c: c.crons.create("agent", schedule="0 0 * * *"),
        "POST",
        "/runs/crons",
        body={"schedule": "0 0 * * *", "assistant_id": "agent"},
        reply=CRON,
        returns=Cron,
    ),
    Case(
        "crons.create-all",
        lambda c: c.crons.create(
            "agent",
            schedule="0 9 * * 1",
            input={"messages": ["hi"]},
            metadata={"team": "a"},
            config={"tags": ["t"]},
            context={"k": 1},
            interrupt_before=["echo"],
            interrupt_after="*",
            webhook="https://example.com/hook",
            on_run_completed="keep",
            multitask_strategy="enqueue",
            end_time=END,
            enabled=False,
            timezone=ZoneInfo("Europe/Paris"),
            stream_mode=["values", "updates"],
            stream_subgraphs=True,
            stream_resumable=False,
            durability="async",
        ),
        "POST",
        "/runs/crons",
        body={
            "schedule": "0 9 * * 1",
            "input": {"messages": ["hi"]},
            "metadata": {"team": "a"},
            "config": {"tags": ["t"]},
            "context": {"k": 1},
            "assistant_id": "agent",
            "interrupt_before": ["echo"],
            "interrupt_after": "*",
            "webhook": "https://example.com/hook",
            "on_run_completed": "keep",
            "multitask_strategy": "enqueue",
            "end_time": "2030-01-01T00:00:00+00:00",
            "enabled": False,
            "timezone": "Europe/Paris",
            "stream_mode": ["values", "updates"],
            "stream_subgraphs": True,
            "stream_resumable": False,
            "durability": "async",
        },
        reply=CRON,
        returns=Cron,
    ),
    Case(
        "crons.create_for_thread",
        lambda c: c.crons.create_for_thread(T, "agent", schedule="*/5 * * * *", timezone="UTC"),
        "POST",
        f"/threads/{T}/runs/crons",
        body={"schedule": "*/5 * * * *", "assistant_id": "agent", "timezone": "UTC"},
        reply={**CRON, "thread_id": T, "on_run_completed": None},
        returns=Cron,
    ),
    Case(
        "crons.update",
        lambda c: c.crons.update(C, schedule="0 1 * * *", enabled=True, timezone=timezone.utc),
        "PATCH",
        f"/runs/crons/{C}",
        body={"schedule": "0 1 * * *", "enabled": True, "timezone": "UTC"},
        reply=CRON,
        returns=Cron,
    ),
    Case(
        "crons.update-end_time",
        lambda c: c.crons.update(C, end_time=END),
        "PATCH",
        f"/runs/crons/{C}",
        body={"end_time": "2030-01-01T00:00:00+00:00"},
        reply=CRON,
        returns=Cron,
    ),
    Case(
        "crons.update-clear-end_time",
        lambda c: c.crons.update(C, end_time=None),
        "PATCH",
        f"/runs/crons/{C}",
        body={"end_time": None},
        reply=CRON,
        returns=Cron,
    ),
    Case("crons.delete", lambda c: c.crons.delete(C), "DELETE", f"/runs/crons/{C}"),
    Case(
        "crons.search",
        lambda c: c.crons.search(),
        "POST",
        "/runs/crons/search",
        body={"limit": 10, "offset": 0},
        reply=[CRON],
        returns=list,
    ),
    Case(
        "crons.search-all",
        lambda c: c.crons.search(
            assistant_id="agent",
            thread_id=T,
            enabled=False,
            metadata={"team": "a"},
            limit=3,
            offset=1,
            sort_by="next_run_date",
            sort_order="asc",
            select=["cron_id", "schedule"],
        ),
        "POST",
        "/runs/crons/search",
        body={
            "assistant_id": "agent",
            "thread_id": T,
            "enabled": False,
            "limit": 3,
            "offset": 1,
            "metadata": {"team": "a"},
            "sort_by": "next_run_date",
            "sort_order": "asc",
            "select": ["cron_id", "schedule"],
        },
        reply=[{"cron_id": C, "schedule": "0 0 * * *"}],
        returns=list,
    ),
    Case("crons.count", lambda c: c.crons.count(), "POST", "/runs/crons/count", body={}, reply=2, returns=int),
    Case(
        "crons.count-all",
        lambda c: c.crons.count(assistant_id="agent", thread_id=T, metadata={"team": "a"}),
        "POST",
        "/runs/crons/count",
        body={"assistant_id": "agent", "thread_id": T, "metadata": {"team": "a"}},
        reply=1,
        returns=int,
    ),
    # http
    Case(
        "http.get",
        lambda c: c.http.get("/my/route", params={"q": "x", "flag": True}, headers={"X-Trace": "t"}),
        "GET",
        "/my/route",
        query={"q": ["x"], "flag": ["true"]},
        reply={"ok": 1},
        returns=dict,
        headers={"X-Trace": "t"},
    ),
    Case(
        "http.post",
        lambda c: c.http.post("/my/route", json={"a": [1, "é"]}),
        "POST",
        "/my/route",
        body={"a": [1, "é"]},
        reply={"made": True},
        returns=dict,
    ),
    Case(
        "http.post-no-body", lambda c: c.http.post("/my/route", json=None), "POST", "/my/route", reply=[1], returns=list
    ),
    Case(
        "http.put",
        lambda c: c.http.put("/my/route", json={"a": 1}),
        "PUT",
        "/my/route",
        body={"a": 1},
        reply=1,
        returns=int,
    ),
    Case(
        "http.patch",
        lambda c: c.http.patch("/my/route", json={"a": 2}, params={"v": "2"}),
        "PATCH",
        "/my/route",
        query={"v": ["2"]},
        body={"a": 2},
        reply={"a": 2},
        returns=dict,
    ),
    Case("http.delete", lambda c: c.http.delete("/my/route"), "DELETE", "/my/route"),
    Case(
        "http.delete-body",
        lambda c: c.http.delete("/my/route", json={"ids": [1]}),
        "DELETE",
        "/my/route",
        body={"ids": [1]},
    ),
    Case(
        "http.stream",
        lambda c: list(c.http.stream("/my/stream", "POST", json={"a": 1})),
        "POST",
        "/my/stream",
        body={"a": 1},
        reply=SSE,
        returns=list,
    ),
    Case(
        "http.stream-get",
        lambda c: list(c.http.stream("/my/stream", "GET", params={"since": "3"})),
        "GET",
        "/my/stream",
        query={"since": ["3"]},
        reply=SSE,
        returns=list,
    ),
    Case(
        "http.request_reconnect",
        lambda c: c.http.request_reconnect("/my/route", "POST", json={"a": 1}),
        "POST",
        "/my/route",
        body={"a": 1},
        reply={"done": True},
        returns=dict,
    ),
    # runs.stream(version="v2")
    Case(
        "runs.stream-v2",
        lambda c: list(c.runs.stream(T, "agent", version="v2")),
        "POST",
        f"/threads/{T}/runs/stream",
        body={"stream_mode": "values", "stream_subgraphs": False, "stream_resumable": False, "assistant_id": "agent"},
        reply=SSE,
        returns=list,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_the_request_is_exact_and_the_same_as_langgraph_sdks(case):
    request, _ = ours(case)
    expected = (case.method, case.path, case.query, case.body)
    assert (request.method, request.path, request.query, request.body) == expected
    for name, value in case.headers.items():
        assert request.headers[name.lower()] == value
    if case.body is not NO_BODY:
        assert request.headers["content-type"] == "application/json"
    theirs = langgraph_sdks(case)
    assert (theirs.method, theirs.path, theirs.query, theirs.body) == expected


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_the_reply_is_typed_and_lossless(case):
    _, result = ours(case)
    assert isinstance(result, case.returns)
    if case.id == "runs.stream-v2":
        return  # below
    if case.streams:
        assert [(p.event, p.data) for p in result] == [("metadata", {"run_id": "r"}), ("values", {"messages": ["hi"]})]
        assert all(isinstance(part, StreamPart) for part in result)
    elif isinstance(result, list):
        assert [item.to_dict() if hasattr(item, "to_dict") else item for item in result] == case.reply
    elif hasattr(result, "to_dict"):
        assert result.to_dict() == case.reply
    else:
        assert result == case.reply


def test_v2_parts_are_langgraph_sdks_dicts():
    case = next(c for c in CASES if c.id == "runs.stream-v2")
    _, parts = ours(case)
    assert parts == [
        {"type": "metadata", "ns": [], "data": {"run_id": "r"}, "interrupts": []},
        {"type": "values", "ns": [], "data": {"messages": ["hi"]}, "interrupts": []},
    ]


def stream_of(*events: tuple[str, object]) -> bytes:
    return b"".join(f"event: {event}\ndata: {json.dumps(data)}\n\n".encode() for event, data in events)


def test_v2_takes_interrupts_out_of_values_and_splits_namespaces_and_drops_end():
    body = stream_of(
        ("values", {"messages": ["hi"], "__interrupt__": [{"value": "approve?", "id": "i1"}]}),
        ("updates|child:1|inner:2", {"inner": {"messages": ["x"]}}),
        ("end", None),
    )
    with responses.RequestsMock() as mock:
        mock.add(responses.POST, f"http://test/threads/{T}/runs/stream", body=body, content_type="text/event-stream")
        parts = list(get_client("http://test", api_key=None).runs.stream(T, "agent", version="v2"))
    assert parts == [
        {"type": "values", "ns": [], "data": {"messages": ["hi"]}, "interrupts": [{"value": "approve?", "id": "i1"}]},
        {"type": "updates", "ns": ["child:1", "inner:2"], "data": {"inner": {"messages": ["x"]}}, "interrupts": []},
    ]


def test_a_missing_store_item_is_none():
    with responses.RequestsMock() as mock:
        mock.add(responses.GET, "http://test/store/items", body=b"null", content_type="application/json")
        assert get_client("http://test", api_key=None).store.get_item(("users",), "nope") is None


@pytest.mark.parametrize(
    ("namespace", "error", "says"),
    [
        (("users.eu", "u1"), ValueError, "cannot contain periods"),
        (("users", ""), ValueError, "cannot be empty"),
        ("users", TypeError, "must be a"),
        (("users", 1), TypeError, "must be"),
    ],
)
@pytest.mark.parametrize(
    "call",
    [
        lambda c, ns: c.store.put_item(ns, "k", {}),
        lambda c, ns: c.store.get_item(ns, "k"),
        lambda c, ns: c.store.delete_item(ns, "k"),
        lambda c, ns: c.store.search_items(ns),
        lambda c, ns: c.store.list_namespaces(prefix=ns),
        lambda c, ns: c.store.list_namespaces(suffix=ns),
    ],
    ids=["put_item", "get_item", "delete_item", "search_items", "list_namespaces-prefix", "list_namespaces-suffix"],
)
def test_a_bad_namespace_is_refused_before_anything_is_sent(call, namespace, error, says):
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        with pytest.raises(error, match=says):
            call(get_client("http://test", api_key=None), namespace)
        assert not mock.calls


def test_iter_search_items_pages_through_every_item():
    pages = [{"items": [SEARCH_ITEM] * 2}, {"items": [SEARCH_ITEM]}]
    with responses.RequestsMock() as mock:
        for page in pages:
            mock.add(responses.POST, "http://test/store/items/search", json=page)
        items = list(get_client("http://test", api_key=None).store.iter_search_items(("users",), page_size=2))
        sent = [json.loads(call.request.body) for call in mock.calls]
    assert len(items) == 3 and items[0].score is None
    assert [(body["limit"], body["offset"]) for body in sent] == [(2, 0), (2, 2)]


def test_iter_search_crons_pages_through_every_cron():
    with responses.RequestsMock() as mock:
        mock.add(responses.POST, "http://test/runs/crons/search", json=[CRON])
        crons = list(get_client("http://test", api_key=None).crons.iter_search(page_size=2, sort_by="created_at"))
        (call,) = mock.calls
    assert [c.cron_id for c in crons] == [C]
    assert json.loads(call.request.body) == {"limit": 2, "offset": 0, "sort_by": "created_at"}


def test_crons_get():
    with responses.RequestsMock() as mock:
        mock.add(responses.GET, f"http://test/runs/crons/{C}", json=CRON)
        cron = get_client("http://test", api_key=None).crons.get(C)
    assert cron.thread_id is None and cron.end_time is None and cron.to_dict() == CRON


def test_checkpoint_during_is_deprecated_as_in_langgraph_sdk():
    with responses.RequestsMock() as mock:
        mock.add(responses.POST, "http://test/runs/crons", json=CRON)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            get_client("http://test", api_key=None).crons.create("agent", schedule="* * * * *", checkpoint_during=True)
        assert json.loads(mock.calls[0].request.body)["checkpoint_during"] is True
    assert [(w.category, w.filename) for w in caught] == [(DeprecationWarning, __file__)]  # points at the caller


def test_ok_and_info():
    info = {"version": "0.16.7", "langgraph_py_version": "1.2.24", "flags": {"crons": True}, "host": {"kind": "x"}}
    with responses.RequestsMock() as mock:
        mock.add(responses.GET, "http://test/ok", json={"ok": True, "services": {}})
        mock.add(responses.GET, "http://test/info", json=info)
        client = get_client("http://test", api_key=None)
        health = client.ok(check_db=True)
        server = client.info()
        assert mock.calls[0].request.url == "http://test/ok?check_db=1"
    assert isinstance(health, HealthResponse) and health.ok is True
    assert isinstance(server, ServerInfo) and server.version == "0.16.7" and server.to_dict() == info


def test_http_refuses_a_url_of_another_origin():
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        client = get_client("http://test", api_key="secret")
        with pytest.raises(ValueError, match="not under the client's URL"):
            client.http.get("http://elsewhere/route")
        assert not mock.calls


def test_http_sends_the_key_and_takes_a_full_url_of_its_own_origin():
    with responses.RequestsMock() as mock:
        mock.add(responses.GET, "http://test/my/route", json={"a": 1})
        assert get_client("http://test", api_key="secret").http.get("http://test/my/route") == {"a": 1}
        assert mock.calls[0].request.headers["x-api-key"] == "secret"
