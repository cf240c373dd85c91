"""The reply's head as the client reads it (`_FinalResponse.begin`) against http.client's own
`HTTPResponse.begin`, on the same bytes: the status, the framing of the body (chunked, length,
will_close), the header message (its items, payload and defects) and the errors must be the same,
for plain heads (read without the email parser) and for every other kind (handed to it)."""

from __future__ import annotations

import http.client
import io
import random

import pytest

from langgraph_sync._connections import _FinalResponse


class FakeSocket:
    """What http.client's response reads from: `makefile`, and the timeout urllib3 set."""

    def __init__(self, data: bytes, timeout: float | None) -> None:
        self.data = data
        self.timeout = timeout

    def makefile(self, mode: str, buffering: int = -1) -> io.BufferedReader:
        return io.BufferedReader(io.BytesIO(self.data))

    def gettimeout(self) -> float | None:
        return self.timeout

    def settimeout(self, seconds: float | None) -> None:
        self.timeout = seconds


def read(response_class: type[http.client.HTTPResponse], data: bytes, method: str, timeout: float | None) -> tuple:
    response = response_class(FakeSocket(data, timeout), method=method)  # type: ignore[arg-type]
    try:
        response.begin()
    except Exception as error:  # noqa: BLE001  (the error is what is compared)
        return ("raised", type(error), str(error))
    message = response.msg
    head = (
        response.status,
        response.reason,
        response.version,
        response.chunked,
        response.chunk_left,
        response.length,
        response.will_close,
        type(message),
        message.items(),
        described(message.get_payload()),
        [type(defect) for defect in message.defects],
        message.is_multipart(),
        message.get_content_type(),
    )
    try:
        body = response.read()
    except Exception as error:  # noqa: BLE001
        body = ("raised", type(error), str(error))
    return head, body


def described(payload: object) -> object:
    """A payload as comparable data: a message/* or multipart head's payload is messages."""
    if isinstance(payload, list):
        return [(type(part), part.items(), described(part.get_payload())) for part in payload]
    return payload


def assert_read_alike(data: bytes, method: str = "GET") -> None:
    for timeout in (None, 5.0):
        assert read(_FinalResponse, data, method, timeout) == read(http.client.HTTPResponse, data, method, None), data


BODY = b'{"thread_id": "t"}'

HEADS = [
    # plain heads, the usual case
    b"Content-Type: application/json\r\nContent-Length: 18\r\n",
    b"date: Sat, 05 Dec 2026 23:57:00 GMT\r\nserver: uvicorn\r\ncontent-length: 18\r\ncontent-type: application/json\r\n",
    b"Content-Length: 18\r\nX-Empty:\r\nX-Spaces:   padded   \r\nX-Tab:\tvalue\t\r\n",
    b"Set-Cookie: a=1\r\nSet-Cookie: b=2\r\nContent-Length: 18\r\n",
    b"content-length: 18\n",  # bare LF line ends
    b"Content-Length: 18\r\nConnection: close\r\n",
    b"Content-Length: 18\r\nConnection: keep-alive\r\n",
    b"Content-Length: 18\r\nKeep-Alive: timeout=5\r\n",
    b"Content-Length: 18\r\nProxy-Connection: keep-alive\r\n",
    b"Transfer-Encoding: chunked\r\n",
    b"Transfer-Encoding: CHUNKED\r\nContent-Length: 3\r\n",
    b"Transfer-Encoding: gzip, chunked\r\n",
    b"Content-Length: -5\r\n",
    b"Content-Length: ten\r\n",
    b"Content-Length: 18\r\nContent-Length: 18\r\n",
    b"Content-Length: 0\r\n",
    b"",
    b"X-Weird-Name!#$%&'*+.^_`|~: v\r\nContent-Length: 18\r\n",
    b"Content-Type: text/plain; charset=utf-8\r\nContent-Length: 18\r\n",
    # heads the email parser treats its own way: handed to it
    b"X-Folded: first\r\n second\r\nContent-Length: 18\r\n",
    b"X-Folded: first\r\n\tsecond\r\nContent-Length: 18\r\n",
    b" leading: space\r\nContent-Length: 18\r\n",
    b"No colon here\r\nContent-Length: 18\r\n",
    b": no name\r\nContent-Length: 18\r\n",
    b"Name : spaced\r\nContent-Length: 18\r\n",
    b"From someone\r\nContent-Length: 18\r\n",
    b"X-Latin: caf\xe9\r\nContent-Length: 18\r\n",
    b"X-Utf8: caf\xc3\xa9\r\nContent-Length: 18\r\n",
    b"X-Cr: a\rb\r\nContent-Length: 18\r\n",
    b"X-Cr: a\r\r\nContent-Length: 18\r\n",
    b"X-Nul: a\x00b\r\nContent-Length: 18\r\n",
    b"Content-Type: multipart/mixed; boundary=x\r\nContent-Length: 18\r\n",
    b"Content-Type: multipart/mixed\r\nContent-Length: 18\r\n",
    b"Content-Type: message/rfc822\r\nContent-Length: 18\r\n",
    b"Content-Type: Message/Delivery-Status\r\nContent-Length: 18\r\n",
    b"Content-Type: MULTIPART/form-data\r\nContent-Length: 18\r\n",
]

STATUS_LINES = [
    b"HTTP/1.1 200 OK\r\n",
    b"HTTP/1.1 201 Created\r\n",
    b"HTTP/1.0 200 OK\r\n",
    b"HTTP/1.1 204 No Content\r\n",
    b"HTTP/1.1 304 Not Modified\r\n",
    b"HTTP/1.1 404   Not Found  \r\n",
    b"HTTP/1.1 500\r\n",
    b"HTTP/1.1 100 Continue\r\nX-A: b\r\n\r\nHTTP/1.1 200 OK\r\n",
]


@pytest.mark.parametrize("status_line", STATUS_LINES)
@pytest.mark.parametrize("head", HEADS)
def test_a_head_is_read_as_http_client_reads_it(status_line: bytes, head: bytes) -> None:
    chunked_body = b"12\r\n" + BODY + b"\r\n0\r\n\r\n"
    for body in (BODY, chunked_body):
        assert_read_alike(status_line + head + b"\r\n" + body)
    assert_read_alike(status_line + head + b"\r\n" + BODY, method="HEAD")


@pytest.mark.parametrize(
    "data",
    [
        b"",  # the connection closed before the reply
        b"HTTP/1.1 200 OK\r\n",  # closed after the status line
        b"HTTP/1.1 200 OK\r\nContent-Length: 18\r\n",  # closed before the blank line
        b"HTTP/1.1 200 OK\r\nContent-Length: 18",  # closed within a line
        b"HTTP/2 200 OK\r\n\r\n",
        b"HTTP/1.1 two hundred\r\n\r\n",
        b"garbage\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nX-Long: " + b"a" * 70000 + b"\r\n\r\n",
        b"HTTP/1.1 200 OK\r\n" + b"X-Many: 1\r\n" * 99 + b"\r\n",
        b"HTTP/1.1 200 OK\r\n" + b"X-Many: 1\r\n" * 100 + b"\r\n",
        b"HTTP/1.1 200 OK\r\n" + b"X-Many: 1\r\n" * 101 + b"\r\n",
    ],
)
def test_a_bad_or_cut_head_fails_or_reads_as_with_http_client(data: bytes) -> None:
    assert_read_alike(data)


def test_generated_heads_are_read_as_http_client_reads_them() -> None:
    generator = random.Random(20261205)
    names = [b"Content-Length", b"content-type", b"Transfer-Encoding", b"Connection", b"X-A", b"x_b", b"Set-Cookie"]
    values = [
        b"18",
        b"0",
        b"-1",
        b"chunked",
        b"close",
        b"keep-alive",
        b"application/json",
        b"multipart/x",
        b"",
        b"  x  ",
        b"\tx",
        b"a:b:c",
        b"caf\xe9",
        b"x\ry",
    ]
    separators = [b": ", b":", b":  ", b" : ", b":\t"]
    endings = [b"\r\n", b"\n", b"\r\n"]
    for _ in range(3000):
        lines = []
        for _ in range(generator.randrange(0, 6)):
            line = generator.choice(names) + generator.choice(separators) + generator.choice(values)
            if generator.random() < 0.05:
                line = b" " + line  # a folded line
            lines.append(line + generator.choice(endings))
        status = generator.choice([b"HTTP/1.1 200 OK\r\n", b"HTTP/1.0 200 OK\r\n", b"HTTP/1.1 204 No Content\r\n"])
        body = generator.choice([BODY, b"12\r\n" + BODY + b"\r\n0\r\n\r\n", b""])
        assert_read_alike(status + b"".join(lines) + generator.choice(endings) + body)
