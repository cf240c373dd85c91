"""Tracing with Datadog: ddtrace's requests integration traces each request the client sends.

LANGGRAPH_URL=http://localhost:2024 python examples/with_tools/datadog_tracing.py
(or `ddtrace-run python app.py`, which patches requests for you)
"""

import os

from ddtrace import patch

patch(requests=True)  # before or after importing langgraph_sync: either works

from langgraph_sync import get_client

client = get_client(os.environ["LANGGRAPH_URL"])
thread = client.threads.create()  # a `requests.request` span, sent to the Datadog agent
print(client.threads.get(thread.thread_id).status)  # another
