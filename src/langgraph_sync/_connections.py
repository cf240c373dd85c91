"""The client's own connection pool: requests' adapter over urllib3, with these things added.

- A bounded wait for a free connection: the pool blocks at `max_connections`, and a thread waits
  for a free connection no longer than the call's connect timeout (urllib3 would wait forever).
  A call that finds every connection out for 50 ms runs the garbage collector once, so that
  streams dropped inside reference cycles give theirs back.
- A reply's time budget: everything read for one reply (its status line, headers and body) must
  arrive within the read timeout (to a millisecond), counted from the moment the client starts
  waiting for it. A server that sends a byte at a time can no longer keep a call alive past its
  timeout. An event stream lifts the budget once its headers are in (`stream_reading`): its
  events may take as long as the run, each within the read timeout.
- Informational replies (103 Early Hints, any 1xx but 101) are skipped, with their headers, before
  the final reply; http.client skips only 100 Continue and would leave the final reply on the
  connection, to be read as the answer to the next request.
- The reply's headers are read without the email package when every line is a plain
  `Name: value` (http.client hands them to its parser: 30 µs, a tenth of a call's CPU); the same
  message, the same framing of the body (`_FinalResponse.begin`, tests/unit/test_reply_head.py).
All of it sits where requests and urllib3 take extensions (an adapter, pool classes, http.client's
`response_class`), so that every request still goes through `Session.send`, `get_adapter`,
`HTTPAdapter.send` and a connection of the class urllib3 names when it connects: the tools that
hook those (OpenTelemetry, ddtrace, requests-mock, vcrpy, Sentry) see the client's calls.
"""

from __future__ import annotations

import gc
import http.client
import io
import os
import re
import time
from collections.abc import Generator
from typing import Any
from urllib.parse import urlencode

import requests
import urllib3
from requests.adapters import HTTPAdapter
from requests.structures import CaseInsensitiveDict
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

# The longest line http.client accepts in a reply's head.
_MAX_LINE = 65536


# How far past its time budget a reply may end: a read may wait this much longer than is left.
_SLACK = 0.001


class _ReplyClock(io.RawIOBase):
    """The socket's reader, giving each read only what is left of the reply's time budget."""

    def __init__(self, raw: Any, sock: Any, seconds: float) -> None:
        super().__init__()
        self._raw = raw
        self._sock = sock
        self._per_read = seconds
        self._sock_timeout = seconds  # (urllib3 has just set the socket's to the read timeout)
        self.deadline: float | None = time.monotonic() + seconds

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int | None:
        if self.deadline is not None:
            left = self.deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("the whole reply did not arrive within the read timeout")
            if left < self._sock_timeout - _SLACK:
                # (Setting a socket's timeout is a system call: skipped while the one set is
                # within a millisecond of what is left, as it is for the first read of most replies.)
                self._sock_timeout = left
                self._sock.settimeout(left)
        return self._raw.readinto(buffer)  # type: ignore[no-any-return]

    def stop(self) -> None:
        """From now on each read has the read timeout, and there is no budget for the whole."""
        if self.deadline is not None:
            self.deadline = None
            self._sock_timeout = self._per_read
            self._sock.settimeout(self._per_read)

    def fileno(self) -> int:
        return self._raw.fileno()  # type: ignore[no-any-return]

    def close(self) -> None:
        self._raw.close()
        super().close()


class _ReaderOf:
    """What http.client's response is made with in place of the socket: all it asks of the
    socket is a reader (`makefile("rb")`), and this gives it the clocked one."""

    def __init__(self, reader: io.BufferedReader) -> None:
        self._reader = reader

    def makefile(self, mode: str) -> io.BufferedReader:
        return self._reader


class _FinalResponse(http.client.HTTPResponse):
    """http.client's response, read under a time budget, skipping informational replies."""

    def __init__(self, sock: Any, *args: Any, **kwargs: Any) -> None:
        self.clock: _ReplyClock | None = None
        seconds = sock.gettimeout()  # urllib3 has just set it to the read timeout
        if seconds is not None:
            # The socket's unbuffered reader (as makefile counts it: the socket stays open while
            # the reply is read), under the clock, buffered once.
            self.clock = _ReplyClock(sock.makefile("rb", buffering=0), sock, seconds)
            sock = _ReaderOf(io.BufferedReader(self.clock))
        super().__init__(sock, *args, **kwargs)

    def _read_status(self) -> tuple[str, int, str]:
        while True:
            version, status, reason = super()._read_status()  # type: ignore[misc]
            if not 100 <= status < 200 or status == 101:
                return version, status, reason
            while self.fp.readline(_MAX_LINE + 1) not in (b"\r\n", b"\n", b""):
                pass  # the informational reply's headers

    def begin(self) -> None:
        """Read the status line and the headers, as http.client's begin() does, with one change:
        header lines of the plain form `Name: value` (printable ASCII, the usual case) are stored
        as they are read, where http.client hands the head to the email package's parser, which
        cost 30 µs a call here (a tenth of a call's CPU). The message is the same HTTPMessage
        with the same items (the email parser's `set_raw` of each line). Any other head (folded
        lines, other bytes, a multipart or message content type, which that parser treats
        specially) is parsed by http.client's own parse_headers.
        How the body is framed follows http.client's rules, written out below as begin() has
        them (Python 3.10 to 3.13 alike): tests/unit/test_reply_head.py compares both."""
        if self.headers is not None or self.debuglevel > 0:
            return super().begin()
        version, status, reason = self._read_status()
        self.code = self.status = status
        self.reason = reason.strip()
        if version in ("HTTP/1.0", "HTTP/0.9"):
            self.version = 10
        elif version.startswith("HTTP/1."):
            self.version = 11
        else:
            raise http.client.UnknownProtocol(version)
        self.headers = self.msg = _read_head(self.fp)
        transfer_encoding = self.headers.get("transfer-encoding")
        self.chunked = bool(transfer_encoding and transfer_encoding.lower() == "chunked")
        if self.chunked:
            self.chunk_left = None
        self.will_close = self._check_close()
        self.length = None
        length = self.headers.get("content-length")
        if length and not self.chunked:
            try:
                self.length = int(length)
            except ValueError:
                pass
            if self.length is not None and self.length < 0:
                self.length = None
        if (
            status in (http.client.NO_CONTENT, http.client.NOT_MODIFIED)
            or 100 <= status < 200
            or self._method == "HEAD"
        ):
            self.length = 0
        if not self.will_close and not self.chunked and self.length is None:
            self.will_close = True  # no length: the body ends when the connection closes


# A header line in the plain form: a name of the characters the email parser takes for one, a
# colon, the value in printable ASCII (or tabs), the line's end.
_PLAIN_HEADER = re.compile(rb"([!-9;-~]+):[ \t]*([\t -~]*)\r?\n")
# The most lines http.client reads for a head, the blank line included.
_MAX_HEAD_LINES = 100


def _read_head(fp: Any) -> http.client.HTTPMessage:
    """The reply's headers, read from `fp` up to the blank line, as http.client's parse_headers
    gives them (its limits, its errors); plain lines without the email parser."""
    lines = []
    while True:
        line = fp.readline(_MAX_LINE + 1)
        if len(line) > _MAX_LINE:
            raise http.client.LineTooLong("header line")
        lines.append(line)
        if len(lines) > _MAX_HEAD_LINES:
            raise http.client.HTTPException(f"got more than {_MAX_HEAD_LINES} headers")
        if line in (b"\r\n", b"\n", b""):
            break
    message = http.client.HTTPMessage()
    for line in lines[:-1]:
        match = _PLAIN_HEADER.fullmatch(line)
        if match is None:
            break
        message.set_raw(match[1].decode("ascii"), match[2].decode("ascii"))
    else:
        if message.get_content_maintype() not in ("multipart", "message"):
            message.set_payload("")  # (as the email parser leaves it: the head's empty body)
            return message
    return http.client.parse_headers(io.BytesIO(b"".join(lines)))


# How long a call waits for a free connection before it collects garbage (see _get_conn).
_FIRST_WAIT = 0.05


def _with_pool_timeout(kwargs: dict[str, Any]) -> dict[str, Any]:
    # requests passes no pool_timeout (an endless wait); the call's connect timeout bounds it.
    timeout = kwargs.get("timeout")
    if kwargs.get("pool_timeout") is None and isinstance(timeout, urllib3.Timeout):
        connect = timeout.connect_timeout
        if isinstance(connect, int | float):
            kwargs["pool_timeout"] = connect
    return kwargs


class _BoundedPoolMixin:
    """What the client's pools add to urllib3's. Neither names a connection class: each
    connection is of the class urllib3 names when it is made (`ConnectionCls`), so that a tool
    that swaps it (vcrpy, while a cassette is open) is seen whenever it was installed; the
    reply's reader is set on the connection made (`response_class`, http.client's own hook)."""

    def _get_conn(self, timeout: float | None = None) -> Any:
        try:
            return super()._get_conn(timeout=_FIRST_WAIT if timeout is None else min(timeout, _FIRST_WAIT))  # type: ignore[misc]
        except urllib3.exceptions.EmptyPoolError:
            if timeout is not None and timeout <= _FIRST_WAIT:
                raise
        # Every connection is out. A stream dropped inside a reference cycle (an exception kept
        # in a local of the frame that held it) gives its connection back only when the cyclic
        # garbage collector runs, which may be long from now, or never: collect before waiting on.
        gc.collect()
        return super()._get_conn(timeout=None if timeout is None else timeout - _FIRST_WAIT)  # type: ignore[misc]

    def _new_conn(self) -> Any:
        connection = super()._new_conn()  # type: ignore[misc]
        connection.response_class = _FinalResponse
        return connection

    def urlopen(self, method: str, url: str, *args: Any, **kwargs: Any) -> Any:
        return super().urlopen(method, url, *args, **_with_pool_timeout(kwargs))  # type: ignore[misc]


class _Pool(_BoundedPoolMixin, HTTPConnectionPool):
    pass


class _HTTPSPool(_BoundedPoolMixin, HTTPSConnectionPool):
    pass


def stream_reading(response: requests.Response) -> None:
    """The reply is an event stream: lift its time budget, keep the read timeout for each read."""
    reply = getattr(response.raw, "_fp", None)
    clock = getattr(reply, "clock", None)
    if isinstance(clock, _ReplyClock):
        clock.stop()


class ClientAdapter(HTTPAdapter):
    """requests' HTTPAdapter with the client's pools (a bounded wait for a free connection, a
    reply's time budget, informational replies skipped), through HTTPAdapter's documented points
    of extension only: `init_poolmanager` chooses the pool classes, `get_connection_with_tls_context`
    keeps the pool it found per origin and TLS setting (requests parses and keys the URL again on
    every request), and `build_response` leaves out the response's cookie jar (the client keeps no
    cookies). `send` is requests' own, so everything that hooks it or what it calls sees each request.
    """

    def __init__(self, max_connections: int) -> None:
        self._pools: dict[tuple[Any, ...], Any] = {}
        # A bounded pool: past `max_connections` busy connections, threads wait for a free one
        # instead of opening more. Retries are the client's (see _retry), so the adapter makes none.
        super().__init__(pool_connections=1, pool_maxsize=max_connections, pool_block=True, max_retries=0)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {"http": _Pool, "https": _HTTPSPool}
        self._pools = {}  # (also after a fork: see fresh_pools)

    def get_connection_with_tls_context(
        self, request: requests.PreparedRequest, verify: Any, proxies: Any = None, cert: Any = None
    ) -> Any:
        scheme, _, netloc = (request.url or "").split("/", 3)[:3]
        key = (scheme, netloc, verify, cert, tuple(sorted((proxies or {}).items())))
        pool = self._pools.get(key)
        if pool is None:
            pool = self._pools[key] = super().get_connection_with_tls_context(request, verify, proxies, cert)
        return pool

    def request_url(self, request: requests.PreparedRequest, proxies: Any) -> str:
        return request.path_url if not proxies else super().request_url(request, proxies)

    def build_response(self, req: requests.PreparedRequest, resp: Any) -> requests.Response:
        response = requests.Response()
        response.status_code = resp.status
        headers = resp.headers
        # (urllib3's own iteration of the merged values; requests reads them one lookup each)
        response.headers = CaseInsensitiveDict(headers.itermerged() if hasattr(headers, "itermerged") else headers)
        response.encoding = requests.utils.get_encoding_from_headers(response.headers)
        response.raw = resp
        response.reason = resp.reason
        response.url = req.url or ""
        response.request = req
        response.connection = self
        return response

    def close(self) -> None:
        self._pools.clear()
        super().close()


def fresh_pools(adapter: HTTPAdapter) -> None:
    """New, empty pools for a requests adapter, made as HTTPAdapter makes them when unpickled;
    the old ones are dropped without being touched."""
    adapter.init_poolmanager(adapter._pool_connections, adapter._pool_maxsize, block=adapter._pool_block)  # type: ignore[attr-defined]
    adapter.proxy_manager = {}


# A path (after the origin) that requests' preparation gives back unchanged: no dot segments, only
# characters requote_uri leaves alone, no %-escape it would undo, no query or fragment. The
# transport's are such; anything else takes requests' own way.
_PREPARED_PATH = re.compile(r"(?!\.|.*/\.)[A-Za-z0-9\-._~!$&'()*+,;=:@/]*\Z")
# What the transport passes to Session.request (HttpClient._send_once).
_TRANSPORT_OPTIONS = frozenset(
    {"params", "data", "headers", "timeout", "allow_redirects", "stream", "verify", "cert", "proxies"}
)


def _plain_query(params: Any) -> bool:
    """Whether requests would encode `params` as urlencode does: none, or a dict whose keys and
    values are str, bytes or numbers (values also lists and tuples of them); None values are
    left out by both."""
    if params is None:
        return True
    if type(params) is not dict:
        return False
    for key, value in params.items():
        if not isinstance(key, str | bytes | int | float):
            return False
        for item in value if isinstance(value, list | tuple) else (value,):
            if not (item is None or isinstance(item, str | bytes | int | float)):
                return False
    return True


# Header (name, value) pairs that requests' check_header_validity has passed (lower-case names:
# the check does not depend on case). The transport sends the same few again and again.
_VALID_HEADERS: set[tuple[str, str]] = set()


def _header_check(pairs: Any) -> tuple[bool, bool]:
    """(Whether every header is a str name with a value requests accepts, whether any is None:
    removed). Not valid for any other, so that requests' own way prepares it, or raises its
    InvalidHeader."""
    removed = False
    for name, value in pairs:
        if value is None:
            removed = True
        elif value.__class__ is not str or (name, value) not in _VALID_HEADERS:
            if not isinstance(name, str) or not isinstance(value, str | bytes):
                return False, removed
            try:
                requests.utils.check_header_validity((name, value))  # type: ignore[type-var]  # (either kind)
            except requests.exceptions.InvalidHeader:
                return False, removed
            if isinstance(value, str):
                if len(_VALID_HEADERS) >= 1024:
                    _VALID_HEADERS.clear()  # (bounded: ever-new values, such as a request id, come and go)
                _VALID_HEADERS.add((name, value))
    return True, removed


class NoCookies(requests.cookies.RequestsCookieJar):
    """A cookie jar that never keeps a cookie: the LangGraph API authenticates with headers, and a
    client shared by every user of a web app must not carry one user's cookie to the next call.
    Session.send offers each reply's cookies to the jar (`extract_cookies`); this one declines
    without parsing them, which is also what that step costs on every call (4 % of a `threads.get`)."""

    def extract_cookies(self, response: Any, request: Any) -> None:
        pass

    def set_cookie(self, cookie: Any, *args: Any, **kwargs: Any) -> None:
        pass


class ClientSession(requests.Session):
    """The client's own session: a requests.Session, set up once for one origin, that users may
    configure as any other (hooks, `headers`, `auth`, `cert`, `verify`, `proxies`, mounted
    adapters). What it sets, and why:

    - its adapter for http:// and https:// is ClientAdapter (bounded pool, time budget);
    - `trust_env` is off, and the environment is read here, once, for the client's origin, as
      requests would read it on every request: the proxy variables (with NO_PROXY) into
      `proxies`, REQUESTS_CA_BUNDLE or CURL_CA_BUNDLE into `verify`. Read per request, with a
      stat of ~/.netrc, it costs more CPU than all the rest of a call (2.5x a `threads.get`);
    - its cookie jar keeps no cookies (NoCookies);
    - `resolve_redirects` follows none: the client follows redirects itself, within its origin
      (HttpClient._send_once), so requests need not work out where one would lead (Session.send
      does, even with allow_redirects=False, and raises ValueError on a garbage `Location`).
    """

    def __init__(self, base_url: str, max_connections: int) -> None:
        super().__init__()
        adapter = ClientAdapter(max_connections)
        self.mount("http://", adapter)
        self.mount("https://", adapter)
        self.cookies = NoCookies()
        # The origin as requests prepares it (lower-case scheme and host, IDNA, default port
        # kept as given): URLs under it with a plain path are prepared here (see _prepared).
        origin = requests.PreparedRequest()
        origin.prepare_url(base_url, None)
        self._origin: str | None = "/".join((origin.url or "").split("/", 3)[:3]) + "/"
        if "@" in self._origin:
            self._origin = None  # (requests takes auth from the URL's user and password: its way)
        self.proxies = requests.utils.get_environ_proxies(base_url)
        bundle = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE")
        if bundle and base_url.startswith("https:"):
            self.verify = bundle  # (plain http has no certificate to verify)
        self.trust_env = False

    def request(self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any) -> requests.Response:
        """Session.request, for the requests the transport makes (a prepared URL, bytes or no
        body, the options it passes): prepared as `prepare_request` prepares them, without first
        building a requests.Request, then sent by Session.send. Anything else takes requests' way."""
        prepared = None
        if not args and kwargs.keys() <= _TRANSPORT_OPTIONS:
            prepared = self._prepared(
                method, url, kwargs.get("params"), kwargs.get("data"), kwargs.get("headers"), None, None
            )
        if prepared is None:
            return super().request(method, url, *args, **kwargs)
        options = self.merge_environment_settings(
            prepared.url, kwargs.get("proxies"), kwargs.get("stream"), kwargs.get("verify"), kwargs.get("cert")
        )
        return self.send(
            prepared, timeout=kwargs.get("timeout"), allow_redirects=kwargs.get("allow_redirects", True), **options
        )

    def prepare_request(self, request: requests.Request) -> requests.PreparedRequest:
        """Session.prepare_request, without requests' re-parsing of a URL that is already as it
        would make it (the transport's are: normalized once from the base URL, the path encoded)
        and without its generic merges. The session's `headers`, `params`, `auth` and `hooks`
        apply as requests applies them. Other URLs, bodies other than bytes, cookies, files,
        JSON, and a jar of cookies put in place of NoCookies take requests' own way."""
        prepared = None
        if not (request.cookies or request.files or request.json is not None):
            prepared = self._prepared(
                request.method, request.url, request.params, request.data, request.headers, request.auth, request.hooks
            )
        return super().prepare_request(request) if prepared is None else prepared

    def _prepares(self, url: Any) -> bool:
        """Whether `url` is one requests' preparation gives back unchanged, a plain path under
        the session's origin (the transport's are): prepared here, not parsed again."""
        origin = self._origin
        return (
            isinstance(url, str)
            and origin is not None
            and url.startswith(origin)
            and _PREPARED_PATH.match(url, len(origin)) is not None
        )

    def _prepared(
        self, method: Any, url: Any, params: Any, data: Any, headers: Any, auth: Any, hooks: Any
    ) -> requests.PreparedRequest | None:
        """The request prepared as requests prepares it, or None where that needs requests' own
        way: a URL other than a path under the session's origin as requests prepares it, params
        other than a dict of strings and numbers (or lists of them), headers other than a dict,
        a body other than bytes, cookies, `trust_env` on (requests would read ~/.netrc)."""
        if not (
            self._prepares(url)
            and isinstance(method, str)
            and isinstance(self.cookies, NoCookies)
            and not self.trust_env
            and isinstance(self.headers, CaseInsensitiveDict)
            and (headers is None or type(headers) is dict)
            and (not data or isinstance(data, bytes))
            and _plain_query(params)
            and _plain_query(self.params)
        ):
            return None
        merged = self.headers.copy()
        if headers:
            merged.update(headers)
        valid, removed = _header_check(merged.lower_items())
        if not valid:
            return None  # (a name that is not a str, a value requests refuses: its way, its error)
        if removed:
            # A None removes a header, as in requests' merge.
            merged = CaseInsensitiveDict({k: v for k, v in merged.items() if v is not None})
        prepared = requests.PreparedRequest()
        prepared.method = method.upper()
        session_params: dict[Any, Any] = self.params  # type: ignore[assignment]  # (a dict: _plain_query)
        query = {**session_params, **params} if session_params and params is not None else params or session_params
        if query:
            # (a None is left out, alone or in a list, as requests leaves it out)
            pairs = [
                (k, [x for x in v if x is not None] if isinstance(v, list | tuple) else v) for k, v in query.items()
            ]
            encoded = urlencode([(k, v) for k, v in pairs if v is not None], doseq=True)
            prepared.url = f"{url}?{encoded}" if encoded else url
        else:
            prepared.url = url
        prepared.headers = merged
        # What prepare_cookies would store: the session's jar (it holds nothing to send). An auth
        # handler that retries (HTTPDigestAuth, on a 401) offers the reply's cookies to it.
        prepared._cookies = self.cookies  # type: ignore[attr-defined]
        prepared.body = data or None
        if prepared.body is not None:
            merged["Content-Length"] = str(len(prepared.body))
        elif prepared.method not in ("GET", "HEAD") and merged.get("Content-Length") is None:
            merged["Content-Length"] = "0"
        auth = self.auth if auth is None else auth
        if auth:
            prepared.prepare_auth(auth)
        if hooks or any(self.hooks.values()):  # (else the prepared request's own empty ones stand)
            merge_hooks: Any = requests.sessions.merge_hooks  # (requests' own merge; untyped in its stubs)
            prepared.prepare_hooks(merge_hooks(hooks or requests.hooks.default_hooks(), self.hooks))
        return prepared

    def merge_environment_settings(
        self, url: str | bytes | None, proxies: Any, stream: Any, verify: Any, cert: Any
    ) -> Any:  # (requests' stubs type it with a private TypedDict)
        """Session.merge_environment_settings with `trust_env` off, without requests' generic
        merging: a call's settings, else the session's. With `trust_env` on, requests' own."""
        if self.trust_env:
            return super().merge_environment_settings(url, proxies, stream, verify, cert)
        merged = {**self.proxies, **proxies} if self.proxies and proxies else proxies or self.proxies or {}
        return {
            "proxies": {k: v for k, v in merged.items() if v is not None} if merged else {},
            "stream": self.stream if stream is None else stream,
            "verify": self.verify if verify is None else verify,
            "cert": self.cert if cert is None else cert,
        }

    def resolve_redirects(self, *args: Any, **kwargs: Any) -> Generator[requests.Response, None, None]:
        """None to follow: the client follows redirects itself, within its origin."""
        yield from ()
