"""A local HTTP server that answers each request with the next scripted reply, and records them.

For failure injection: connection drops, slow replies, 429/503 with Retry-After, HTML error
pages, truncated JSON, redirects. It listens on 127.0.0.1 only, on a free port.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    status: int = 200
    body: bytes | str | Any = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering
    drop: bool = False  # close the connection instead of answering
    content_length: int | None = None  # a length other than the body's: a truncated reply
    chunks: list[bytes] | None = None  # sent with chunked encoding, `delay` apart, instead of body
    chunks_then_drop: bool = False  # close the connection after the chunks, without the last one

    def encoded(self) -> bytes:
        if isinstance(self.body, bytes):
            return self.body
        if isinstance(self.body, str):
            return self.body.encode()
        return json.dumps(self.body).encode()


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class ScriptedServer:
    def __init__(self) -> None:
        self.replies: list[Reply] = []
        self.seen: list[Seen] = []
        self.active = 0
        self.most_active = 0
        self._lock = threading.Lock()
        self.default = Reply(200, {"ok": True})

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def script(self, *replies: Reply) -> None:
        self.replies.extend(replies)

    def _next(self, seen: Seen) -> Reply:
        with self._lock:
            self.seen.append(seen)
            self.active += 1
            self.most_active = max(self.most_active, self.active)
            return self.replies.pop(0) if self.replies else self.default

    def _done(self) -> None:
        with self._lock:
            self.active -= 1

    @contextmanager
    def running(self) -> Iterator[ScriptedServer]:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                reply = owner._next(Seen(self.command, self.path, dict(self.headers), body))
                try:
                    if reply.chunks is None:
                        time.sleep(reply.delay)
                    if reply.drop:
                        self.close_connection = True
                        return
                    if reply.chunks is not None:
                        self._send_chunks(reply)
                        return
                    payload = reply.encoded()
                    self.send_response(reply.status)
                    headers = {"Content-Type": "application/json", **reply.headers}
                    for name, value in headers.items():
                        self.send_header(name, value)
                    length = reply.content_length if reply.content_length is not None else len(payload)
                    self.send_header("Content-Length", str(length))
                    self.end_headers()
                    self.wfile.write(payload)
                    if reply.content_length is not None:
                        self.close_connection = True
                finally:
                    owner._done()

            def _send_chunks(self, reply: Reply) -> None:
                self.send_response(reply.status)
                for name, value in {"Content-Type": "text/event-stream", **reply.headers}.items():
                    self.send_header(name, value)
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                for chunk in reply.chunks or []:
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                    self.wfile.flush()
                    time.sleep(reply.delay)
                self.close_connection = True
                if not reply.chunks_then_drop:
                    self.wfile.write(b"0\r\n\r\n")

            do_GET = do_POST = do_PATCH = do_DELETE = do_PUT = _handle

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request: Any, client_address: Any) -> None:
                pass  # a dropped connection is what these tests ask for: no traceback on stderr

        self._server = Server(("127.0.0.1", 0), Handler)
        thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self._server.shutdown()
            self._server.server_close()
