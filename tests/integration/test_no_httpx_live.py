"""`import langgraph_sync` and a full round of calls never import httpx or asyncio."""

from __future__ import annotations

import os
import subprocess
import sys

ROUND = """
import sys
from langgraph_sync import get_client

with get_client(sys.argv[1], api_key=None) as client:
    thread = client.threads.create(metadata={"round": 1})
    client.threads.get(thread.thread_id)
    client.threads.search(limit=2)
    client.threads.count()
    client.threads.update(thread.thread_id, metadata={"round": 2})
    client.runs.wait(thread.thread_id, "agent", input={"messages": ["hi"]})
    list(client.runs.stream(thread.thread_id, "agent", input={"messages": ["again"]}))
    client.threads.get_state(thread.thread_id)
    client.threads.get_history(thread.thread_id)
    assistant = client.assistants.search(graph_id="agent")[0]
    client.assistants.get_schemas(assistant.assistant_id)
    client.assistants.get_graph(assistant.assistant_id)
    client.threads.delete(thread.thread_id)
loaded = sorted(name for name in sys.modules if name.split(".")[0] in ("httpx", "asyncio", "httpcore", "anyio"))
print("loaded:", loaded)
"""


def test_a_full_round_of_calls_imports_neither_httpx_nor_asyncio(server_url):
    result = subprocess.run(
        [sys.executable, "-c", ROUND, server_url], capture_output=True, text=True, timeout=120, env=dict(os.environ)
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "loaded: []"
