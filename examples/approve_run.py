"""Run a graph that asks for approval, answer it, and print what it made: the thread streaming
protocol (client.threads.stream) from a plain script, no asyncio.

LANGGRAPH_URL=http://localhost:8123 python examples/approve_run.py "deploy v2" yes
"""

from __future__ import annotations

import os
import sys

from langgraph_sync import get_client


def main(request: str, answer: str) -> None:
    with get_client(os.environ.get("LANGGRAPH_URL", "http://localhost:8123")) as client:
        with client.threads.stream(assistant_id="interrupting") as thread:
            thread.run.start(input={"messages": [request]})
            for values in thread.values:  # the state as fetched, then as the run makes it, until it stops
                print("values:", values, flush=True)
            for interrupt in thread.interrupts:  # the server sends the interrupt's value as "payload"
                print("asked:", interrupt["payload"], "->", answer, flush=True)
                thread.run.respond(answer, interrupt_id=interrupt["interrupt_id"])
            print("output:", thread.output)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "deploy", sys.argv[2] if len(sys.argv) > 2 else "yes")
