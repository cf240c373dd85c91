"""A local TCP server that answers each request with scripted raw bytes: anything at all, valid
HTTP or not. For what http.server cannot send: garbage status lines, bad chunk sizes, 1xx replies
before the real one, bodies sent a byte at a time. Listens on 127.0.0.1 only, on a free port.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass
class Raw:
    """One reply: `parts` sent `pause` seconds apart; then the connection is closed, or kept
    for the next request (`keep=True`)."""

    parts: list[bytes]
    pause: float = 0.0
    keep: bool = False


def http_reply(body: bytes, status: str = "200 OK", headers: dict[str, str] | None = None) -> bytes:
    head = {"Content-Type": "application/json", "Content-Length": str(len(body)), **(headers or {})}
    lines = "".join(f"{name}: {value}\r\n" for name, value in head.items())
    return f"HTTP/1.1 {status}\r\n{lines}\r\n".encode() + body


def chunked(body: bytes, pieces: int = 3) -> bytes:
    size = max(1, -(-len(body) // pieces))
    out = b"".join(
        b"%x\r\n%s\r\n" % (len(part), part) for part in (body[i : i + size] for i in range(0, len(body), size))
    )
    return out + b"0\r\n\r\n"


class RawServer:
    def __init__(self) -> None:
        self.replies: list[Raw] = []
        self.requests: list[bytes] = []  # each request's head, as received
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._sock.getsockname()[1]}"

    def script(self, *replies: Raw) -> None:
        self.replies.extend(replies)

    def _serve(self, conn: socket.socket) -> None:
        try:
            self._answer(conn)
        except OSError:
            pass  # the client gave up (a timeout, a closed connection): what some tests ask for
        finally:
            conn.close()

    def _answer(self, conn: socket.socket) -> None:
        buffered = b""
        while True:
            while b"\r\n\r\n" not in buffered:
                data = conn.recv(65536)
                if not data:
                    return
                buffered += data
            head, _, buffered = buffered.partition(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            while len(buffered) < length:
                buffered += conn.recv(65536)
            buffered = buffered[length:]
            with self._lock:
                self.requests.append(head)
                reply = self.replies.pop(0) if self.replies else Raw([http_reply(b"{}")], keep=True)
            for index, part in enumerate(reply.parts):
                if index:
                    time.sleep(reply.pause)
                conn.sendall(part)
            if not reply.keep:
                conn.shutdown(socket.SHUT_RDWR)
                return

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    @contextmanager
    def running(self) -> Iterator[RawServer]:
        self._sock = socket.create_server(("127.0.0.1", 0))
        threading.Thread(target=self._accept, daemon=True).start()
        try:
            yield self
        finally:
            self._sock.close()
