"""The seed page's example ("Setup"), synchronous: create a thread and print it.

LANGGRAPH_URL=http://localhost:8123 python examples/threads_setup.py
"""

import os

from langgraph_sync import get_client

client = get_client(url=os.environ.get("LANGGRAPH_URL", "http://localhost:8123"))
# Using the graph deployed with the name "agent"
assistant_id = "agent"
# create thread
thread = client.threads.create()
print(thread)
