"""The examples in examples/ run against the real server: Flask, Django views and plain scripts."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture
def examples_on_path(monkeypatch, server_url):
    monkeypatch.setenv("LANGGRAPH_URL", server_url)
    monkeypatch.syspath_prepend(str(EXAMPLES))


def test_flask_app(examples_on_path):
    flask_app = importlib.reload(importlib.import_module("flask_app"))
    web = flask_app.app.test_client()
    user = str(uuid.uuid4())
    made = web.post(f"/users/{user}/chats", json={"message": "hi"})
    assert made.status_code == 201 and made.json["messages"] == ["hi", "echo"]
    second = web.post(f"/users/{user}/chats", json={"message": "again"}).json
    listed = web.get(f"/users/{user}/chats").json
    assert [c["thread_id"] for c in listed] == [second["thread_id"], made.json["thread_id"]]
    shown = web.get(f"/chats/{made.json['thread_id']}").json
    assert shown["metadata"]["user"] == user and shown["values"] == {"messages": ["hi", "echo"]}
    assert web.get(f"/chats/{uuid.uuid4()}").status_code == 404
    # Models given to Flask as they are (dicts): exactly the JSON the server sent, one and a list.
    assert shown == flask_app.client.threads.get(made.json["thread_id"]).to_dict()
    assert isinstance(shown["created_at"], str)
    every = web.get(f"/users/{user}/threads").json
    assert sorted(every, key=lambda t: t["thread_id"]) == sorted(
        (t.to_dict() for t in flask_app.client.threads.search(metadata={"user": user})), key=lambda t: t["thread_id"]
    )


def configure_django(server_url):
    from django.conf import settings

    if not settings.configured:
        settings.configure(
            LANGGRAPH_URL=server_url,
            ROOT_URLCONF="django_app.views",
            ALLOWED_HOSTS=["testserver"],
            INSTALLED_APPS=[],
            DATABASES={},
        )
        import django

        django.setup()


def test_django_view(examples_on_path, server_url):
    configure_django(server_url)
    from django.test import Client as DjangoClient

    web = DjangoClient()
    user = str(uuid.uuid4())
    made = web.post(f"/users/{user}/chats", data={"message": "hello"}, content_type="application/json")
    assert made.status_code == 201 and made.json()["messages"] == ["hello", "echo"]
    listed = web.get(f"/users/{user}/chats").json()
    assert [c["thread_id"] for c in listed] == [made.json()["thread_id"]]
    # A model given to JsonResponse as it is (a dict): exactly the JSON the server sent.
    from django_app.views import langgraph

    shown = web.get(f"/chats/{made.json()['thread_id']}")
    assert shown.status_code == 200
    assert shown.json() == langgraph().threads.get(made.json()["thread_id"]).to_dict()
    assert web.get(f"/chats/{uuid.uuid4()}").status_code == 404


def test_django_memories_in_the_store(examples_on_path, server_url):
    configure_django(server_url)
    from django.test import Client as DjangoClient
    from django.test import override_settings

    with override_settings(ROOT_URLCONF="django_app.memories"):
        web = DjangoClient()
        user, other = str(uuid.uuid4()), str(uuid.uuid4())
        base = f"/users/{user}/memories"
        assert web.put(f"{base}/food", {"likes": "pizza"}, content_type="application/json").status_code == 204
        assert web.put(f"{base}/city", {"lives_in": "Lyon"}, content_type="application/json").status_code == 204
        assert web.get(f"{base}/food").json()["value"] == {"likes": "pizza"}
        assert web.get(base).json() == {"food": {"likes": "pizza"}, "city": {"lives_in": "Lyon"}}
        assert web.get(base, {"filter": '{"likes": "pizza"}'}).json() == {"food": {"likes": "pizza"}}
        assert web.get(f"/users/{other}/memories").json() == {}  # each user sees only their own
        assert web.delete(f"{base}/food").status_code == 204
        assert web.get(f"{base}/food").status_code == 404
        refused = web.get("/users/jane.doe/memories")  # "." cannot be in a namespace label
        assert refused.status_code == 400 and "periods" in refused.json()["error"]


def test_streaming_script(server_url):
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / "stream_run.py"), "hey"],
        env={**os.environ, "LANGGRAPH_URL": server_url},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "echo: {'messages': ['echo']}" in result.stdout
    assert "final: {'messages': ['hey', 'echo']}" in result.stdout


def test_approval_script(server_url):
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / "approve_run.py"), "deploy v2", "approved"],
        env={**os.environ, "LANGGRAPH_URL": server_url},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    fetched, *lines = result.stdout.splitlines()
    assert fetched in ("values: {}", "values: {'messages': ['deploy v2']}")  # the state right after run.start
    assert lines == [
        "values: {'messages': ['deploy v2']}",
        "asked: {'question': 'approve?'} -> approved",
        "output: {'messages': ['deploy v2', 'approved']}",
    ]


def test_seed_example(server_url):
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / "threads_setup.py")],
        env={**os.environ, "LANGGRAPH_URL": server_url},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Thread({'thread_id': ") and "'status': 'idle'" in result.stdout
