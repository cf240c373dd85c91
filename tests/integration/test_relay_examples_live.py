"""Both examples' relays, served over real HTTP by their frameworks' dev servers (Flask's werkzeug,
Django's runserver), driven by LangGraph's JS SDK (`@langchain/langgraph-sdk` from npm, run by
Node; installed here with `npm ci` if it is not yet): its Client, and React's useStream rendered in
jsdom; and by langgraph-sdk (Python)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from .relay_support import (
    EXAMPLES,
    basic_auth,
    load_flask_example,
    sdk_for,
    served_by_django_runserver,
    served_by_werkzeug,
)

JS = Path(__file__).resolve().parents[1] / "relay_js"


def django_app(server_url: str):  # type: ignore[no-untyped-def]
    """examples/django_app with the relay's URLs (django_app.relay) as its root URLconf."""
    if str(EXAMPLES) not in sys.path:
        sys.path.insert(0, str(EXAMPLES))
    from django.conf import settings

    if not settings.configured:  # as examples/django_app/conftest.py and test_examples_live do
        settings.configure(
            LANGGRAPH_URL=server_url,
            ROOT_URLCONF="django_app.views",
            ALLOWED_HOSTS=["testserver", "127.0.0.1"],
            INSTALLED_APPS=[],
            DATABASES={},
        )
        import django

        django.setup()
    from django.core.handlers.wsgi import WSGIHandler

    return WSGIHandler()


@pytest.fixture(scope="module", params=["flask", "django"])
def relay_url(request: pytest.FixtureRequest, server_url: str) -> Iterator[str]:
    if request.param == "flask":
        example = load_flask_example(server_url)
        with served_by_werkzeug(example.app) as url:
            yield url + "/langgraph"
        example.client.close()
        return
    from django.test import override_settings

    app = django_app(server_url)
    with (
        override_settings(ROOT_URLCONF="django_app.relay", ALLOWED_HOSTS=["127.0.0.1", "testserver"]),
        served_by_django_runserver(app) as url,
    ):
        yield url + "/langgraph"


def installed_js_sdk() -> Path:
    """tests/relay_js/node_modules, installed from package-lock.json unless every package is there."""
    npm = shutil.which("npm")
    assert npm is not None and shutil.which("node") is not None, "Node.js and npm must be installed"
    wanted = json.loads((JS / "package.json").read_text())["dependencies"]
    if not all((JS / "node_modules" / name / "package.json").is_file() for name in wanted):
        subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=JS, check=True, timeout=300)
    return JS


def test_the_js_sdk_through_the_relay(relay_url: str) -> None:
    folder = installed_js_sdk()
    node = shutil.which("node")
    assert node is not None
    done = subprocess.run(
        [node, "flow.mjs", relay_url], cwd=folder, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert seen["owner"] == "alice"  # the metadata's "owner: bob" was overwritten
    assert seen["events"] == ["metadata", "updates", "updates"]
    first_update, run_end = seen["arrivals"][1], seen["arrivals"][-1]
    assert run_end - first_update > 1.2, f"first update at {first_update:.2f} s, the end at {run_end:.2f} s"
    assert seen["interrupt"] == {"question": "approve?"}
    assert seen["answered"] == ["start", "yes"] == seen["state"]
    assert seen["history"] >= 2
    assert seen["beforeDrop"] == ["metadata", "updates"]
    assert seen["resumed"] == [{"sleep": {"messages": ["slept"]}}]
    assert seen["bobGet"] == seen["bobState"] == seen["bobRun"] == 404
    assert seen["threadId"] not in seen["bobSearch"]
    assert seen["threadId"] in seen["aliceSearch"]


def test_the_python_sdk_streams_through_the_relay(relay_url: str) -> None:
    alice = sdk_for(relay_url, "alice")
    thread = alice.threads.create()
    started = time.monotonic()
    arrivals = [
        time.monotonic() - started
        for _ in alice.runs.stream(
            thread["thread_id"], "slow", input={"messages": ["hi"], "seconds": 1.5}, stream_mode="updates"
        )
    ]
    assert len(arrivals) == 3 and arrivals[-1] - arrivals[1] > 1.2, arrivals
    asking = alice.threads.create()
    assert alice.runs.wait(asking["thread_id"], "interrupting", input={"messages": ["go"]})["__interrupt__"]
    assert alice.runs.wait(asking["thread_id"], "interrupting", command={"resume": "ok"})["messages"] == ["go", "ok"]
    assert alice.threads.get_state(asking["thread_id"])["values"]["messages"] == ["go", "ok"]
    assert len(alice.threads.get_history(asking["thread_id"])) >= 2
    # A dropped stream, resumed with Last-Event-ID.
    stream = alice.runs.stream(
        thread["thread_id"],
        "slow",
        input={"messages": ["again"], "seconds": 1},
        stream_mode="updates",
        stream_resumable=True,
    )
    first, second = next(stream), next(stream)
    stream.close()
    rest = alice.runs.join_stream(
        thread["thread_id"], first.data["run_id"], last_event_id=second.id, stream_mode="updates"
    )
    assert [part.data for part in rest if part.event == "updates"] == [{"sleep": {"messages": ["slept"]}}]
    bob = requests.get(f"{relay_url}/threads/{thread['thread_id']}", headers=basic_auth("bob"), timeout=10)
    assert bob.status_code == 404


def test_reacts_use_stream_through_the_relay(relay_url: str, server_url: str) -> None:
    """useStream (@langchain/langgraph-sdk/react), rendered by React in jsdom under Node."""
    folder = installed_js_sdk()
    node = shutil.which("node")
    assert node is not None
    done = subprocess.run(
        [node, "usestream.mjs", relay_url], cwd=folder, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert seen["error"] is None
    assert seen["values"]["messages"] == ["hi", "echo", "slept"] and seen["text"] == "hi echo slept"
    # The page showed the first node's update while the run was still going, 1.5 s before its end.
    shown = {len(render["messages"]): render for render in seen["seen"]}
    assert shown[2]["loading"] and seen["ended"] - shown[2]["at"] > 1.2, seen["seen"]
    # The thread useStream made is alice's, and bob's browser cannot see it.
    thread = requests.get(f"{server_url}/threads/{seen['threadId']}", timeout=10).json()
    assert thread["metadata"]["owner"] == "alice"
    bob = requests.get(f"{relay_url}/threads/{seen['threadId']}/state", headers=basic_auth("bob"), timeout=10)
    assert bob.status_code == 404
