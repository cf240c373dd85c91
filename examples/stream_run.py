"""Stream a run to the terminal as it happens: a plain script, no asyncio.

LANGGRAPH_URL=http://localhost:8123 python examples/stream_run.py "hello"
"""

from __future__ import annotations

import os
import sys

from langgraph_sync import get_client


def main(message: str) -> None:
    with get_client(os.environ.get("LANGGRAPH_URL", "http://localhost:8123")) as client:
        thread = client.threads.create()
        for part in client.runs.stream(thread.thread_id, "agent", input={"messages": [message]}, stream_mode="updates"):
            if part.event == "updates":
                for node, update in part.data.items():
                    print(f"{node}: {update}", flush=True)
        print("final:", client.threads.get_state(thread.thread_id).values)


if __name__ == "__main__":
    main(" ".join(sys.argv[1:]) or "hello")
