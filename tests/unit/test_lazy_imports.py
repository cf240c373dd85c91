"""`import langgraph_sync; get_client()` imports only what a first call needs; every public name
is still there (`from langgraph_sync import X`), and each resource is made once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import langgraph_sync
from langgraph_sync import get_client
from langgraph_sync.threads import ThreadsClient

ROOT = Path(__file__).resolve().parents[2]
LATER = ["assistants", "crons", "runs", "store", "routes", "threads", "thread_stream", "typed"]


def test_get_client_imports_no_resource_module():
    code = (
        "import sys, langgraph_sync\n"
        "langgraph_sync.get_client('http://127.0.0.1:1')\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('langgraph_sync.'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    imported = done.stdout.split()
    assert imported and not [name for name in LATER if f"langgraph_sync.{name}" in imported]


def test_every_public_name_imports():
    code = "import langgraph_sync\nprint(len([getattr(langgraph_sync, n) for n in langgraph_sync.__all__]))"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert int(done.stdout) == len(langgraph_sync.__all__)
    assert set(langgraph_sync.__all__) <= set(dir(langgraph_sync))


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="ThreadStreem"):
        langgraph_sync.ThreadStreem  # noqa: B018


def test_each_resource_is_made_once_on_first_use():
    client = get_client("http://127.0.0.1:1")
    assert isinstance(client.threads, ThreadsClient) and client.threads is client.threads
    assert client.runs._http is client.threads._http is client.store._http
