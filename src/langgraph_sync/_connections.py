"""The client's own connection pool: requests' adapter over urllib3, with four things added.

- A bounded wait for a free connection: the pool blocks at `max_connections`, and a thread waits
  for a free connection no longer than the call's connect timeout (urllib3 would wait forever).
- A reply's time budget: everything read for one reply (its status line, headers and body) must
  arrive within the read timeout, counted from the moment the client starts waiting for it. A
  server that sends a byte at a time can no longer keep a call alive past its timeout. An event
  stream lifts the budget once its headers are in (`stream_reading`): its events may take as long
  as the run, each within the read timeout.
- Informational replies (103 Early Hints, any 1xx but 101) are skipped, with their headers, before
  the final reply; http.client skips only 100 Continue and would leave the final reply on the
  connection, to be read as the answer to the next request.
- Less work per request for a client that talks to one origin (OneOriginSession, with its
  _OneOriginAdapter): the one fast path of the transport, on requests' points of extension.
"""

from __future__ import annotations

import http.client
import io
import os
import time
from typing import Any
from urllib.parse import urlencode

import requests
import urllib3
from requests.adapters import HTTPAdapter
from requests.structures import CaseInsensitiveDict
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

# The longest line http.client accepts in a reply's head.
_MAX_LINE = 65536


class _ReplyClock(io.RawIOBase):
    """The socket's reader, giving each read only what is left of the reply's time budget."""

    def __init__(self, raw: Any, sock: Any, seconds: float) -> None:
        super().__init__()
        self._raw = raw
        self._sock = sock
        self._per_read = seconds
        self.deadline: float | None = time.monotonic() + seconds

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int | None:
        if self.deadline is not None:
            left = self.deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("the whole reply did not arrive within the read timeout")
            self._sock.settimeout(min(left, self._per_read))
        return self._raw.readinto(buffer)  # type: ignore[no-any-return]

    def stop(self) -> None:
        """From now on each read has the read timeout, and there is no budget for the whole."""
        if self.deadline is not None:
            self.deadline = None
            self._sock.settimeout(self._per_read)

    def fileno(self) -> int:
        return self._raw.fileno()  # type: ignore[no-any-return]

    def close(self) -> None:
        self._raw.close()
        super().close()


class _FinalResponse(http.client.HTTPResponse):
    """http.client's response, read under a time budget, skipping informational replies."""

    def __init__(self, sock: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__(sock, *args, **kwargs)
        self.clock: _ReplyClock | None = None
        seconds = sock.gettimeout()  # urllib3 has just set it to the read timeout
        if seconds is not None:
            self.clock = _ReplyClock(self.fp.detach(), sock, seconds)
            self.fp = io.BufferedReader(self.clock)

    def _read_status(self) -> tuple[str, int, str]:
        while True:
            version, status, reason = super()._read_status()  # type: ignore[misc]
            if not 100 < status < 200 or status == 101:
                return version, status, reason  # (begin() itself skips a 100 Continue)
            while self.fp.readline(_MAX_LINE + 1) not in (b"\r\n", b"\n", b""):
                pass  # the informational reply's headers


class _Connection(HTTPConnection):
    response_class = _FinalResponse


class _HTTPSConnection(HTTPSConnection):
    response_class = _FinalResponse


def _with_pool_timeout(kwargs: dict[str, Any]) -> dict[str, Any]:
    # requests passes no pool_timeout (an endless wait); the call's connect timeout bounds it.
    timeout = kwargs.get("timeout")
    if kwargs.get("pool_timeout") is None and isinstance(timeout, urllib3.Timeout):
        connect = timeout.connect_timeout
        if isinstance(connect, int | float):
            kwargs["pool_timeout"] = connect
    return kwargs


class _Pool(HTTPConnectionPool):
    ConnectionCls = _Connection

    def urlopen(self, method: str, url: str, *args: Any, **kwargs: Any) -> Any:
        return super().urlopen(method, url, *args, **_with_pool_timeout(kwargs))


class _HTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _HTTPSConnection

    def urlopen(self, method: str, url: str, *args: Any, **kwargs: Any) -> Any:
        return super().urlopen(method, url, *args, **_with_pool_timeout(kwargs))


def stream_reading(response: requests.Response) -> None:
    """The reply is an event stream: lift its time budget, keep the read timeout for each read."""
    reply = getattr(response.raw, "_fp", None)
    clock = getattr(reply, "clock", None)
    if isinstance(clock, _ReplyClock):
        clock.stop()


class _OneOriginAdapter(HTTPAdapter):
    """requests' adapter, less the work that comes out the same on every request of a client
    that talks to one origin and keeps no cookies (HTTPAdapter's documented points of
    extension): the connection pool is looked up once per origin and TLS setting, not parsed
    and keyed again for each request, and responses are built without the cookie jar."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._pools: dict[tuple[Any, ...], Any] = {}

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {"http": _Pool, "https": _HTTPSPool}

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
        response.headers = CaseInsensitiveDict(resp.headers)
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


class OneOriginSession(requests.Session):
    """The client's own session: requests' Session, less the work that comes out the same on
    every request of a client that talks to one origin, keeps no cookies and sends the headers
    it checked when they were given. It overrides three of Session's methods, as sessions such
    as requests-toolbelt's do, and keeps the rest (`request`, the hooks, the adapters):

    - `prepare_request` takes the URL, query and headers as the transport built them: no
      re-parsing of a URL this client made, no cookie, auth or session-header merge (the client
      keeps no cookies and merged the session's headers into its own once); hooks still apply;
    - `merge_environment_settings` reads the environment (proxy variables, CA bundle) once, for
      the client's origin: requests reads it, and stats ~/.netrc, on every request, which costs
      more CPU than all the rest of a call (2.5x the CPU of a `threads.get`, measured);
    - `send` is Session.send less what this client never uses, and keeps the adapter and the
      response hooks: no cookies (none are kept), no redirect resolution (the transport follows
      redirects itself, within the client's origin only: HttpClient._send_once), no `elapsed`
      or `history`. Session.send's extra work cost 4 % of a `threads.get`.

    Its adapter bounds the pool and looks it up once per origin (_OneOriginAdapter).
    """

    def __init__(self, base_url: str, max_connections: int) -> None:
        super().__init__()
        # A bounded pool: past `max_connections` busy connections, threads wait for a free one
        # instead of opening more. Retries are ours (see _retry), so the adapter makes none.
        adapter = _OneOriginAdapter(pool_connections=1, pool_maxsize=max_connections, pool_block=True, max_retries=0)
        self.mount("http://", adapter)
        self.mount("https://", adapter)
        self._proxies = requests.utils.get_environ_proxies(base_url)
        bundle = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE")
        # Plain http has no certificate to verify, but requests would stat the bundle's path on
        # every request; same-origin redirects stay on http.
        self._verify: bool | str = bundle if bundle and base_url.startswith("https:") else True

    def prepare_request(self, request: requests.Request) -> requests.PreparedRequest:
        prepared = requests.PreparedRequest()
        prepared.method = request.method
        prepared.url = f"{request.url}?{urlencode(request.params, doseq=True)}" if request.params else request.url
        prepared.headers = CaseInsensitiveDict(request.headers)
        prepared.body = request.data or None
        if prepared.body is not None:
            prepared.headers["Content-Length"] = str(len(prepared.body))
        elif request.method not in ("GET", "HEAD"):
            prepared.headers["Content-Length"] = "0"
        prepared.prepare_hooks(self.hooks)  # (the transport sets no hooks of its own per request)
        return prepared

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        kwargs.pop("allow_redirects", None)  # (always False: the transport follows redirects)
        response = self.get_adapter(request.url or "").send(request, **kwargs)
        hooked: requests.Response = requests.hooks.dispatch_hook(  # type: ignore[no-untyped-call]
            "response", request.hooks, response, **kwargs
        )
        return hooked

    def merge_environment_settings(
        self, url: str | bytes | None, proxies: Any, stream: Any, verify: Any, cert: Any
    ) -> Any:  # (requests' stubs type it with a private TypedDict)
        return {
            "proxies": {**self._proxies, **(proxies or {})},
            "stream": stream,
            "verify": self._verify if verify is None else verify,
            "cert": cert,
        }
