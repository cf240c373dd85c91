"""The relay (langgraph_sync.relay) against the real server, through examples/relay_flask.py served
by Flask's dev server: langgraph-sdk (Python) as the browser's SDK would use it, then every
allowlisted route tried by bob on alice's threads, runs, crons and store items."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
import requests
from langgraph_sdk.errors import NotFoundError as SDKNotFoundError
from langgraph_sdk.schema import Command

from langgraph_sync.relay import ROUTES

from .relay_support import basic_auth, load_flask_example, sdk_for, served_by_werkzeug


@pytest.fixture(scope="module")
def relay_url(server_url: str) -> Iterator[str]:
    example = load_flask_example(server_url)
    with served_by_werkzeug(example.app) as url:
        yield url + "/langgraph"
    example.client.close()


def as_user(user: str, method: str, relay_url: str, path: str, **kwargs: Any) -> requests.Response:
    return requests.request(method, relay_url + path, headers=basic_auth(user), timeout=30, **kwargs)


def test_the_python_sdk_streams_answers_interrupts_reads_and_resumes_through_the_relay(relay_url: str) -> None:
    alice = sdk_for(relay_url, "alice")
    thread = alice.threads.create()
    assert thread["metadata"] == {"owner": "alice"}

    # A run whose second node sleeps 1.5 s: its first events must reach the client long before the end.
    started = time.monotonic()
    arrivals = []
    events = []
    for part in alice.runs.stream(
        thread["thread_id"], "slow", input={"messages": ["hi"], "seconds": 1.5}, stream_mode="updates"
    ):
        arrivals.append(time.monotonic() - started)
        events.append(part.event)
    assert events == ["metadata", "updates", "updates"]
    first_update, run_end = arrivals[1], arrivals[-1]
    assert run_end - first_update > 1.2, f"the first event came at {first_update:.2f} s, the end at {run_end:.2f} s"

    # An interrupt, answered.
    asking = alice.threads.create()
    waited = alice.runs.wait(asking["thread_id"], "interrupting", input={"messages": ["start"]})
    assert waited["__interrupt__"][0]["value"] == {"question": "approve?"}
    assert alice.threads.get(asking["thread_id"])["status"] == "interrupted"
    answered = alice.runs.wait(asking["thread_id"], "interrupting", command=Command(resume="yes"))
    assert answered["messages"] == ["start", "yes"]

    # State and history.
    assert alice.threads.get_state(asking["thread_id"])["values"]["messages"] == ["start", "yes"]
    history = alice.threads.get_history(asking["thread_id"])
    assert len(history) >= 2 and history[0]["values"]["messages"] == ["start", "yes"]

    # A dropped stream, resumed where it stopped with Last-Event-ID.
    stream = alice.runs.stream(
        thread["thread_id"],
        "slow",
        input={"messages": ["again"], "seconds": 1},
        stream_mode="updates",
        stream_resumable=True,
    )
    first = next(stream)
    second = next(stream)
    stream.close()  # the client goes away after the first update
    assert first.event == "metadata" and second.event == "updates" and second.id
    run_id = first.data["run_id"]
    rest = list(alice.runs.join_stream(thread["thread_id"], run_id, last_event_id=second.id, stream_mode="updates"))
    assert [part.data for part in rest if part.event == "updates"] == [{"sleep": {"messages": ["slept"]}}]


# alice's world, which bob tries to reach through every route.


@pytest.fixture(scope="module")
def alices(relay_url: str) -> dict[str, Any]:
    alice = sdk_for(relay_url, "alice")
    thread = alice.threads.create(metadata={"topic": "secret"})
    run = alice.runs.create(thread["thread_id"], "agent", input={"messages": ["hi"]})
    alice.runs.join(thread["thread_id"], run["run_id"])
    state = alice.threads.get_state(thread["thread_id"])
    cron = alice.crons.create("agent", schedule="0 3 * * *", input={"messages": ["nightly"]})
    thread_cron = alice.crons.create_for_thread(thread["thread_id"], "agent", schedule="0 4 * * *")
    alice.store.put_item(["alice", "notes"], "k", {"secret": True})
    return {
        "thread_id": thread["thread_id"],
        "run_id": run["run_id"],
        "checkpoint_id": state["checkpoint"]["checkpoint_id"],
        "cron_id": cron["cron_id"],
        "thread_cron_id": thread_cron["cron_id"],
    }


T = "/threads/{thread_id}"
R = T + "/runs/{run_id}"
# For each route: what bob sends, naming alice's resource. Each must answer 404.
BOB_404: dict[tuple[str, str], dict[str, Any]] = {
    ("GET", T): {},
    ("PATCH", T): {"json": {"metadata": {"owner": "bob"}}},
    ("DELETE", T): {},
    ("POST", T + "/copy"): {},
    ("GET", T + "/state"): {},
    ("POST", T + "/state"): {"json": {"values": {"messages": ["bob was here"]}}},
    ("GET", T + "/state/{checkpoint_id}"): {},
    ("POST", T + "/state/checkpoint"): {"json": {"checkpoint": {"checkpoint_id": "{checkpoint_id}"}}},
    ("GET", T + "/history"): {},
    ("POST", T + "/history"): {"json": {}},
    ("GET", T + "/stream"): {},
    ("GET", T + "/runs"): {},
    ("POST", T + "/runs"): {"json": {"assistant_id": "agent"}},
    ("POST", T + "/runs/stream"): {"json": {"assistant_id": "agent"}},
    ("POST", T + "/runs/wait"): {"json": {"assistant_id": "agent"}},
    ("GET", R): {},
    ("DELETE", R): {},
    ("POST", R + "/cancel"): {},
    ("GET", R + "/join"): {},
    ("GET", R + "/stream"): {},
    ("POST", T + "/runs/crons"): {"json": {"assistant_id": "agent", "schedule": "0 5 * * *"}},
    ("GET", "/runs/crons/{cron_id}"): {},
    ("PATCH", "/runs/crons/{cron_id}"): {"json": {"schedule": "0 6 * * *"}},
    ("DELETE", "/runs/crons/{cron_id}"): {},
    ("PUT", "/store/items"): {"json": {"namespace": ["alice", "notes"], "key": "k", "value": {"bob": 1}}},
    ("GET", "/store/items"): {"params": {"namespace": "alice.notes", "key": "k"}},
    ("DELETE", "/store/items"): {"json": {"namespace": ["alice", "notes"], "key": "k"}},
}
# Routes where bob's request is his own (searches, creates, assistants): tested below, each its way.
NOT_ALICES = {
    ("POST", "/threads"),
    ("POST", "/threads/search"),
    ("POST", "/threads/count"),
    ("POST", "/runs/crons"),
    ("POST", "/runs/crons/search"),
    ("POST", "/runs/crons/count"),
    ("POST", "/store/items/search"),
    ("POST", "/store/namespaces"),
}


def test_every_allowlisted_route_is_tried_by_bob() -> None:
    routes = {(route.method, route.template) for route in ROUTES if route.resource != "assistants"}
    assert routes == set(BOB_404) | NOT_ALICES


def fill(value: Any, ids: dict[str, Any]) -> Any:
    if isinstance(value, str):
        return value.format(**ids)
    if isinstance(value, dict):
        return {key: fill(item, ids) for key, item in value.items()}
    return value


@pytest.mark.parametrize(("method", "template"), sorted(BOB_404))
def test_bob_cannot_reach_alices_resource(
    relay_url: str, alices: dict[str, Any], method: str, template: str, server_url: str
) -> None:
    options = fill(BOB_404[(method, template)], alices)
    path = template.format(**alices)
    reply = as_user("bob", method, relay_url, path, **options)
    assert reply.status_code == 404, reply.text
    assert reply.json() == {"detail": "Not Found"}
    # ...and alice's resources are as they were: still there, unchanged, hers.
    thread = requests.get(f"{server_url}/threads/{alices['thread_id']}", timeout=10).json()
    assert thread["metadata"]["owner"] == "alice" and thread["metadata"]["topic"] == "secret"
    assert thread["values"]["messages"] == ["hi", "echo"]
    cron = requests.get(f"{server_url}/runs/crons/{alices['cron_id']}", timeout=10).json()
    assert cron["schedule"] == "0 3 * * *" and cron["metadata"]["owner"] == "alice"
    item = requests.get(f"{server_url}/store/items", params={"namespace": "alice.notes", "key": "k"}, timeout=10)
    assert item.json()["value"] == {"secret": True}
    # The same request from alice is allowed (on a read, so as to leave her world as it is).
    if method == "GET" and not template.endswith("stream") and not template.endswith("join"):
        assert as_user("alice", method, relay_url, path, **options).status_code == 200


def test_searches_and_counts_see_only_the_users_own(relay_url: str, alices: dict[str, Any], server_url: str) -> None:
    # The server is shared with the other tests, which make threads and crons of bob's too: what
    # bob sees is exactly what the server holds as his, and nothing of alice's.
    def owned_by_bob(kind: str) -> int:
        count = requests.post(f"{server_url}/{kind}/count", json={"metadata": {"owner": "bob"}}, timeout=10)
        return int(count.json())

    bob = sdk_for(relay_url, "bob")
    mine = bob.threads.create(metadata={"topic": "secret"})
    # Even asking for alice's by her metadata, or by id, bob sees his own only.
    for metadata in (None, {"owner": "alice"}, {"topic": "secret"}):
        found = bob.threads.search(metadata=metadata, limit=1000)
        assert mine["thread_id"] in {t["thread_id"] for t in found}
        assert {t["metadata"]["owner"] for t in found} == {"bob"}
    assert bob.threads.search(ids=[alices["thread_id"]]) == []
    assert bob.threads.count() == bob.threads.count(metadata={"owner": "alice"}) == owned_by_bob("threads") >= 1
    assert {c["metadata"]["owner"] for c in bob.crons.search()} <= {"bob"}
    assert bob.crons.count(metadata={"owner": "alice"}) == owned_by_bob("runs/crons")
    assert bob.crons.search(thread_id=alices["thread_id"]) == []
    assert bob.store.search_items(["alice"])["items"] == []
    assert all(item["namespace"][0] == "bob" for item in bob.store.search_items([])["items"])
    assert bob.store.list_namespaces(prefix=["alice"])["namespaces"] == []
    assert all(namespace[0] == "bob" for namespace in bob.store.list_namespaces()["namespaces"])
    alice = sdk_for(relay_url, "alice")
    assert "k" in [item["key"] for item in alice.store.search_items(["alice", "notes"])["items"]]
    assert ["alice", "notes"] in alice.store.list_namespaces()["namespaces"]
    assert alices["cron_id"] in {c["cron_id"] for c in alice.crons.search()}


def test_metadata_cannot_take_ownership(relay_url: str, alices: dict[str, Any], server_url: str) -> None:
    bob = sdk_for(relay_url, "bob")
    made = bob.threads.create(metadata={"owner": "alice"})
    assert made["metadata"] == {"owner": "bob"}
    changed = bob.threads.update(made["thread_id"], metadata={"owner": "alice", "tag": 1})
    assert changed["metadata"] == {"owner": "bob", "tag": 1}
    cron = bob.crons.create("agent", schedule="0 3 * * *", metadata={"owner": "alice"})
    assert requests.get(f"{server_url}/runs/crons/{cron['cron_id']}", timeout=10).json()["metadata"]["owner"] == "bob"
    bob.crons.update(cron["cron_id"], schedule="0 4 * * *", metadata={"owner": "alice"})
    assert requests.get(f"{server_url}/runs/crons/{cron['cron_id']}", timeout=10).json()["metadata"]["owner"] == "bob"
    # alice's thread id, with "if it exists, answer it": refused, and nothing of hers comes back.
    taken = as_user(
        "bob", "POST", relay_url, "/threads", json={"thread_id": alices["thread_id"], "if_exists": "do_nothing"}
    )
    assert taken.status_code == 409 and "secret" not in taken.text
    with pytest.raises(SDKNotFoundError):
        bob.threads.get(alices["thread_id"])
    # A store item under bob's own namespace, but not one that starts with alice's name.
    bob.store.put_item(["bob", "notes"], "k", {"mine": True})
    put = as_user("bob", "PUT", relay_url, "/store/items", json={"namespace": ["alice"], "key": "x", "value": {}})
    assert put.status_code == 404


def test_assistants_are_read_only(relay_url: str) -> None:
    bob = sdk_for(relay_url, "bob")
    agent = bob.assistants.search(graph_id="agent")[0]
    assert bob.assistants.get(agent["assistant_id"]) == agent
    assert bob.assistants.get_graph(agent["assistant_id"])["nodes"]
    assert bob.assistants.get_schemas(agent["assistant_id"])["graph_id"] == "agent"
    assert as_user("bob", "POST", relay_url, "/assistants", json={"graph_id": "agent"}).status_code == 403
    assert as_user("bob", "PATCH", relay_url, f"/assistants/{agent['assistant_id']}", json={}).status_code == 403
    assert as_user("bob", "DELETE", relay_url, f"/assistants/{agent['assistant_id']}").status_code == 403
    assert bob.assistants.get(agent["assistant_id"]) == agent


def test_a_visitor_not_logged_in_is_refused(relay_url: str) -> None:
    reply = requests.post(relay_url + "/threads/search", json={}, timeout=10)
    assert reply.status_code == 401
    assert reply.headers["WWW-Authenticate"] == 'Basic realm="langgraph"'
    wrong = requests.post(relay_url + "/threads", json={}, auth=("alice", "bob-pw"), timeout=10)
    assert wrong.status_code == 401


def test_a_thread_id_is_one_path_segment(relay_url: str, alices: dict[str, Any]) -> None:
    # Percent-encoded slashes and dots reach no other route and no other thread.
    for path in (f"/threads/..%2Fthreads%2F{alices['thread_id']}", "/threads/%2E%2E/state", f"/threads/{uuid.uuid4()}"):
        assert as_user("bob", "GET", relay_url, path).status_code == 404


def test_an_app_replaces_the_rules_with_its_own(server_url: str) -> None:
    """Threads shared by a team: the app's rules stamp and filter by team instead of owner."""
    from langgraph_sync import get_client
    from langgraph_sync.relay import Relay, RelayApp, RuleContext

    teams = {"alice": "red", "bob": "red", "carol": "blue"}

    def stamp_team(ctx: RuleContext, value: dict[str, Any]) -> dict[str, Any]:
        value.setdefault("metadata", {})["team"] = teams[ctx.user]
        return {"team": teams[ctx.user]}

    def same_team(ctx: RuleContext, value: dict[str, Any]) -> dict[str, Any]:
        return {"team": teams[ctx.user]}

    def no_deletes(ctx: RuleContext, value: dict[str, Any]) -> bool:
        return False

    rules = {"threads.create": stamp_team, "threads.delete": no_deletes}
    rules |= {f"threads.{action}": same_team for action in ("read", "update", "search", "create_run")}
    with get_client(server_url, api_key=None) as client:
        app = RelayApp(Relay(client, rules=rules), user=lambda environ: environ["HTTP_X_USER"])
        with served_by_werkzeug(app) as url:

            def call(user: str, method: str, path: str, **kwargs: Any) -> requests.Response:
                return requests.request(method, url + path, headers={"X-User": user}, timeout=10, **kwargs)

            made = call("alice", "POST", "/threads", json={"metadata": {"team": "blue"}}).json()
            assert made["metadata"] == {"team": "red"}
            assert call("bob", "GET", f"/threads/{made['thread_id']}").status_code == 200
            assert call("carol", "GET", f"/threads/{made['thread_id']}").status_code == 404
            found = call("bob", "POST", "/threads/search", json={"limit": 100}).json()
            assert made["thread_id"] in {t["thread_id"] for t in found}
            assert call("carol", "POST", "/threads/count", json={}).json() == 0
            assert call("alice", "DELETE", f"/threads/{made['thread_id']}").status_code == 403


def test_a_thread_stream_passes_through(relay_url: str) -> None:
    """GET /threads/{id}/stream (the thread's stream, open across runs): a run started on the
    thread shows on it while the stream stays open."""
    alice = sdk_for(relay_url, "alice")
    thread = alice.threads.create()
    with requests.get(
        f"{relay_url}/threads/{thread['thread_id']}/stream",
        params={"stream_mode": "values"},
        headers={**basic_auth("alice"), "Accept": "text/event-stream"},
        stream=True,
        timeout=30,
    ) as stream:
        assert stream.status_code == 200
        assert stream.headers["Content-Type"].startswith("text/event-stream")
        run = alice.runs.create(thread["thread_id"], "agent", input={"messages": ["through"]})
        received = b""
        for chunk in stream.iter_content(chunk_size=None):
            received += chunk
            if b'"echo"' in received:
                break
    assert b"event: values" in received and b'"through"' in received
    alice.runs.join(thread["thread_id"], run["run_id"])
