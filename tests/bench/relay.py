"""`make bench` (after run.py): the relay's own CPU per streamed event and per JSON request.

A benchmark, not a test. A canned server, in a process of its own, answers like a LangGraph server
(a thread of alice's; a run's event stream of EVENTS events, each in its own chunk). The relay (RelayApp, the plain WSGI app) is called in this process, as a WSGI server
would call it, and its body iterated to the end: this process's CPU time (time.process_time) is
the relay's, the canned server's is not counted. Against it, the floor: the same stream read with
this client's transport alone (HttpClient.send + iter_content), which any relay on this client
pays; and for a JSON request, the client's own call. Medians of alternating blocks. Writes
tests/bench/relay_results.md.
"""

from __future__ import annotations

import gc
import io
import json
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from langgraph_sync import __version__, get_client
from langgraph_sync.relay import Relay, RelayApp

RESULTS = Path(__file__).with_name("relay_results.md")
EVENTS = 500  # events per stream
BLOCKS = 7
STREAMS_PER_BLOCK = 10
REQUESTS_PER_BLOCK = 200
THREAD_ID = "5cb1e8a1-34b3-4a61-a34e-71a9799bd00d"
THREAD = {
    "thread_id": THREAD_ID,
    "created_at": "2024-08-30T20:35:52.062934+00:00",
    "updated_at": "2024-08-30T20:35:52.062934+00:00",
    "metadata": {"owner": "alice"},
    "status": "idle",
    "config": {},
    "values": {"messages": ["hello"] * 20},
}
# An event as a chat model's token stream sends them: about 200 bytes.
EVENT = (
    b'event: messages\r\ndata: [{"content":"token","type":"AIMessageChunk","id":"run-1","tool_calls":[]},'
    b'{"langgraph_node":"agent","langgraph_step":1,"run_id":"01a2"}]\r\n\r\n'
)


class Canned(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: Any) -> None:
        pass

    def _json(self, payload: Any) -> None:
        body = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        self._json(THREAD)

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Content-Location", f"/threads/{THREAD_ID}/runs/01a2")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for _ in range(EVENTS):
            self.wfile.write(b"%x\r\n%s\r\n" % (len(EVENT), EVENT))
        self.wfile.write(b"0\r\n\r\n")


@contextmanager
def canned_server() -> Iterator[str]:
    process = subprocess.Popen([sys.executable, __file__, "serve"], stdout=subprocess.PIPE, text=True)
    try:
        port = int(process.stdout.readline())  # type: ignore[union-attr]
        yield f"http://127.0.0.1:{port}"
    finally:
        process.kill()
        process.wait()


def environ(method: str, path: str, body: bytes = b"") -> dict[str, Any]:
    return {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "CONTENT_TYPE": "application/json" if body else "",
        "CONTENT_LENGTH": str(len(body)) if body else "",
        "wsgi.input": io.BytesIO(body),
        "REMOTE_USER": "alice",
    }


def through_relay(app: RelayApp, method: str, path: str, body: bytes = b"") -> int:
    """What a WSGI server does: call the app, write (here: count) each chunk, close the body."""
    written = 0
    result = app(environ(method, path, body), lambda status, headers: None)
    try:
        for chunk in result:
            written += len(chunk)
    finally:
        getattr(result, "close", lambda: None)()
    return written


def block(work: Callable[[], object], times: int) -> float:
    gc.collect()
    started = time.process_time()
    for _ in range(times):
        work()
    return (time.process_time() - started) / times


def main() -> None:
    run_body = json.dumps({"assistant_id": "agent", "input": {"messages": ["hi"]}, "stream_mode": "messages"}).encode()
    with canned_server() as url:
        client = get_client(url, api_key="server-key")
        app = RelayApp(Relay(client), user=lambda env: env["REMOTE_USER"])
        http = client._http
        stream_path = f"/threads/{THREAD_ID}/runs/stream"

        def relay_stream() -> None:
            assert through_relay(app, "POST", stream_path, run_body) == EVENTS * len(EVENT)

        def floor_stream() -> None:
            # What any relay on this client pays: the ownership GET, and the stream read through.
            http.send("GET", f"/threads/{THREAD_ID}").close()
            response = http.send("POST", stream_path, json=json.loads(run_body), stream=True)
            total = sum(len(chunk) for chunk in response.iter_content(chunk_size=None))
            response.close()
            assert total == EVENTS * len(EVENT)

        def relay_state() -> None:
            through_relay(app, "GET", f"/threads/{THREAD_ID}")

        def client_state() -> None:
            client.threads.get(THREAD_ID)

        for warm in (relay_stream, floor_stream, relay_state, client_state):
            warm()
        gc.freeze()
        streams: dict[str, list[float]] = {"relay": [], "floor": []}
        calls: dict[str, list[float]] = {"relay": [], "client": []}
        for _ in range(BLOCKS):
            streams["relay"].append(block(relay_stream, STREAMS_PER_BLOCK) / EVENTS)
            streams["floor"].append(block(floor_stream, STREAMS_PER_BLOCK) / EVENTS)
            calls["relay"].append(block(relay_state, REQUESTS_PER_BLOCK))
            calls["client"].append(block(client_state, REQUESTS_PER_BLOCK))
        client.close()

    def us(values: list[float]) -> str:
        return f"{statistics.median(values) * 1e6:.1f}"

    relay_event = statistics.median(streams["relay"])
    floor_event = statistics.median(streams["floor"])
    setup = (
        f"langgraph-sync {__version__}, Python {platform.python_version()}, {platform.machine()}."
        " The machine is shared with other work: expect about ±10 % run to run."
    )
    event_row = (
        f"| CPU per streamed event (µs) | {us(streams['relay'])} | {us(streams['floor'])} |"
        " the ownership GET and the stream read with this client's transport, nothing passed on |"
    )
    request_row = (
        f"| CPU per JSON request, GET /threads/{{id}} (µs) | {us(calls['relay'])} | {us(calls['client'])} |"
        " client.threads.get (one request, a typed model; the relay sends two: the ownership check, then the request) |"
    )
    notes = (
        f"A stream is {EVENTS} events of {len(EVENT)} bytes, each in its own chunk, from a canned server in"
        " another process; the relay's cost per event includes its share of the stream's set-up (the"
        f" rule, the ownership GET). Medians of {BLOCKS} alternating blocks of {STREAMS_PER_BLOCK} streams"
        f" and {REQUESTS_PER_BLOCK} requests. The relay's own share per event: "
        f"{(relay_event - floor_event) * 1e6:.1f} µs above the floor."
    )
    title = "# The relay's CPU (make bench: tests/bench/relay.py)"
    lines = [title, "", setup, "", "| measure | relay | floor | floor is |", "|---|---|---|---|", event_row]
    lines += [request_row, "", notes, ""]
    RESULTS.write_text("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    if sys.argv[1:] == ["serve"]:
        server = ThreadingHTTPServer(("127.0.0.1", 0), Canned)
        server.daemon_threads = True
        print(server.server_address[1], flush=True)
        server.serve_forever()
    else:
        main()
