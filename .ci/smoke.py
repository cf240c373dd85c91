"""A real-server smoke test of an installed langgraph-sync (a built wheel, not the checkout).

LANGGRAPH_URL=... python .ci/smoke.py    (.ci/run starts the server with tests/live_server.py)
"""

from __future__ import annotations

import importlib.metadata
import os
import sys
import uuid

import langgraph_sync
from langgraph_sync import NotFoundError, get_client

assert "site-packages" in langgraph_sync.__file__, f"not the installed package: {langgraph_sync.__file__}"
tag = str(uuid.uuid4())
with get_client(os.environ["LANGGRAPH_URL"], api_key=None) as client:
    thread = client.threads.create(metadata={"smoke": tag})
    assert client.runs.wait(thread.thread_id, "agent", input={"messages": ["hi"]}) == {"messages": ["hi", "echo"]}
    parts = list(client.runs.stream(thread.thread_id, "agent", input={"messages": ["more"]}, stream_mode="updates"))
    assert [p.event for p in parts] == ["metadata", "updates"], [p.event for p in parts]
    assert client.threads.get_state(thread.thread_id).values == {"messages": ["hi", "echo", "more", "echo"]}
    assert [t.thread_id for t in client.threads.search(metadata={"smoke": tag})] == [thread.thread_id]
    assert client.assistants.search(graph_id="agent")[0].graph_id == "agent"
    try:
        client.threads.get(str(uuid.uuid4()))
        raise AssertionError("a missing thread was found")
    except NotFoundError:
        pass
versions = ", ".join(
    f"{n} {importlib.metadata.version(n)}" for n in ("langgraph-sync", "requests", "urllib3", "attrs", "msgspec")
)
print(f"smoke: passed on Python {sys.version.split()[0]} with {versions}")
