"""A keep-alive HTTP server, run in a process of its own, whose every reply names the request it
answers: GET /threads/<token> returns a thread whose `metadata.token` is <token>. For the fork
test: a reply read by the wrong process shows as a token that process never sent.

Run as a script, it prints its port and serves until killed.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class Echo(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: the pooled connection is what the test is about

    def setup(self) -> None:
        super().setup()
        # Head and body go out in two writes: without this, each reply waits for a delayed ACK.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        token = self.path.rsplit("/", 1)[-1]
        # A moment's work, as a real server's: long enough for both processes of the fork test
        # to be waiting on a shared connection at once, which is when one reads the other's reply.
        time.sleep(float(__import__("os").environ.get("ECHO_DELAY", "0.002")))
        body = json.dumps(
            {
                "thread_id": "5cb1e8a1-34b3-4a61-a34e-71a9799bd00d",
                "created_at": "2024-08-30T20:35:52.062934+00:00",
                "updated_at": "2024-08-30T20:35:52.062934+00:00",
                "metadata": {"token": token},
                "status": "idle",
                "config": {},
                "values": None,
            }
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def echo_server() -> Iterator[str]:
    """The URL of an echo server in a child process (so that the test process has no server
    threads when it forks)."""
    process = subprocess.Popen([sys.executable, __file__], stdout=subprocess.PIPE, text=True)
    try:
        port = int(process.stdout.readline())  # type: ignore[union-attr]
        yield f"http://127.0.0.1:{port}"
    finally:
        process.kill()
        process.wait()


if __name__ == "__main__":
    server = ThreadingHTTPServer(("127.0.0.1", 0), Echo)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    server.serve_forever()
