"""The transport: where every request is built, sent and parsed, on a requests.Session.

One place each, for the resources' sake: `build_path`, `_encode_query`, `request_json` (with
`_encode.plain_json`) and `_encode_json` build a request; `send` sends it, always through
`Session.request` and so `Session.send` (a user's session, or the client's own, a
requests.Session set up by `_connections.ClientSession`), following redirects within the origin
and retrying where `_retry` says that is safe; `stream_events` reads a reply as server-sent
events; `parse` turns a reply into the endpoint's type, and `errors.status_error` an error
status into its error.
"""

from __future__ import annotations

import base64
import logging
import os
import re
import time
import types
import typing
import uuid
import weakref
from collections.abc import Callable, Iterator, Mapping
from typing import Any, TypeVar, cast
from urllib.parse import quote, unquote, urljoin, urlsplit

import msgspec
import requests
import urllib3
from langgraph_sync_generated.api.runs import join, wait, wait_stateless
from langgraph_sync_generated.types import Endpoint
from requests.adapters import HTTPAdapter

from . import _retry
from ._connections import ClientSession, fresh_pools, stream_reading
from ._convert import decode_json, structure
from ._encode import plain_json
from ._sse import BadEventError, EventStreamDecoder, StreamPart
from .errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    PoolTimeoutError,
    status_error,
)

ResponseT = TypeVar("ResponseT")
ItemT = TypeVar("ItemT")

logger = logging.getLogger("langgraph_sync")

# Operations whose reply the server keeps alive with a blank line every 5 s until the run ends
# (JSON allows leading whitespace): the read timeout bounds each wait between two of them, as
# for a stream, and not the whole reply, which takes as long as the run.
# (By path: an Endpoint's own hash is computed from all its fields on every call.)
HEARTBEAT_PATHS = frozenset(endpoint.path for endpoint in (wait.ENDPOINT, wait_stateless.ENDPOINT, join.ENDPOINT))
MAX_REDIRECTS = 5
MAX_STREAM_RESUMES = 5
_READ_SIZE = 64 * 1024
_sleep = time.sleep  # the retry waits; a name of its own so that tests can record them
# (connect, read) seconds, as langgraph-sdk's defaults: runs can take minutes to answer.
DEFAULT_TIMEOUT = (5.0, 300.0)
Timeout = float | tuple[float, float]
QueryParams = Mapping[str, Any]


class _NoBody:
    """The body of a request that sends none (not even `null`)."""


NO_BODY: Any = _NoBody()


def quote_path_param(name: str, value: str | uuid.UUID) -> str:
    """A path segment that can only ever be that: `../x` or `a/b` never reach another endpoint."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str or uuid.UUID, not {type(value).__name__}")
    if value.strip(".") == "":
        # "", "." and ".." are no ids; as path segments they mean "this folder" or "the parent".
        # Percent-encoding cannot save them: urllib3 turns %2E back into "." before sending.
        raise ValueError(f"{name} must be an id, not {value!r}")
    return value if _UNRESERVED.fullmatch(value) else quote(value, safe="")


# What quote() leaves as it is (RFC 3986's unreserved characters): most ids are only that.
_UNRESERVED = re.compile(r"[A-Za-z0-9_.~-]+")


def build_path(endpoint: Endpoint[Any], path_params: Mapping[str, str | uuid.UUID]) -> str:
    if len(path_params) != len(endpoint.path_parameters) or not all(p in path_params for p in endpoint.path_parameters):
        raise AssertionError(f"{endpoint.path} takes {endpoint.path_parameters}, got {tuple(path_params)}")
    return endpoint.path.format(**{name: quote_path_param(name, value) for name, value in path_params.items()})


def request_json(endpoint: Endpoint[Any], payload: Any) -> Any:
    """The body, checked against the operation's request model (`endpoint.body`, from the spec)
    before anything is sent: a field of the wrong type is a TypeError that names it. What goes
    out is the body as given, as langgraph-sdk sends it (its keys, in its order): the model's
    `to_dict()` would give the same JSON, as the converter is lossless, so it is not rebuilt.
    What the caller left out stays out (the server applies its defaults, as it does for
    langgraph-sdk's requests); keys the spec does not know are sent."""
    if payload is NO_BODY:
        return payload
    body = plain_json(payload)  # (pydantic models, dataclasses, sets, ... as langgraph-sdk sends them)
    if endpoint.body is None or endpoint.body is Any:
        return body
    try:
        structure(body, endpoint.body)
    except (TypeError, ValueError, KeyError) as error:
        raise TypeError(f"the request does not match the API's {_type_name(endpoint.body)}: {error}") from None
    return body


def _query_value(value: Any) -> Any:
    # The server reads booleans as JSON does; requests would send "True".
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return [_query_value(item) for item in value]
    return value


def _encode_query(*parts: QueryParams | None) -> dict[str, Any] | None:
    query: dict[str, Any] = {}
    for part in parts:
        if part:
            query.update((key, _query_value(value)) for key, value in part.items() if value is not None)
    return query or None


def _encode_json(body: Any) -> bytes:
    """The body's JSON text, as UTF-8. The body is plain JSON already: the resources' bodies come
    through `request_json`, `client.http`'s through `plain_json`, which refuse what cannot be
    sent. msgspec writes it as json.dumps would (compact, keys in order, non-ASCII as UTF-8),
    15 times as fast; a float with an exponent is written without its `+` (`1e16`, as JSON allows)."""
    return msgspec.json.encode(body)


def _as_timeout(timeout: Timeout | None) -> tuple[float, float]:
    if timeout is None:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, tuple) and len(timeout) == 2 and all(_is_seconds(t) for t in timeout):
        return (float(timeout[0]), float(timeout[1]))
    if _is_seconds(timeout):
        return (float(timeout), float(timeout))  # type: ignore[arg-type]
    raise TypeError(f"timeout must be seconds (a positive number) or a (connect, read) tuple, not {timeout!r}")


def _is_seconds(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value > 0


def _origin(url: str) -> tuple[str, str, int | None]:
    """(scheme, host, port); ValueError for a URL with no valid port or host."""
    parts = urlsplit(url)
    port = parts.port or {"http": 80, "https": 443}.get(parts.scheme)
    return (parts.scheme, (parts.hostname or "").lower(), port)


def _without_credentials(url: str) -> str:
    """The URL as it may be shown: `user:password@` left out."""
    scheme, _, rest = url.partition("://")
    netloc, slash, path = rest.partition("/")
    return f"{scheme}://{netloc.rpartition('@')[2]}{slash}{path}" if rest else url


def _basic_auth(user: str | None, password: str | None) -> str:
    # As requests sends the credentials of a URL: percent-decoded, as HTTP Basic authentication.
    credentials = f"{unquote(user or '')}:{unquote(password or '')}"
    return "Basic " + base64.b64encode(credentials.encode()).decode()


# Every live client, so that a forked child can drop the connections it inherited at once.
_clients: weakref.WeakSet[HttpClient] = weakref.WeakSet()


def _forget_inherited_connections() -> None:
    for client in list(_clients):
        client.after_fork()


def _describe(error: Exception) -> str:
    # requests nests urllib3's errors: MaxRetryError(reason=NewConnectionError(...)). The
    # innermost reason says it best ("Connection refused"), without the pool's internals.
    reason: Any = error.args[0] if error.args else error
    reason = getattr(reason, "reason", reason)
    text = str(reason.args[-1] if isinstance(reason, Exception) and reason.args else reason)
    return text.split(": ", 1)[-1] if "Failed to establish" in text else text


class HttpClient:
    """Sends requests to one LangGraph server and parses its replies. Safe to share across threads."""

    def __init__(
        self,
        base_url: str,
        *,
        headers: Mapping[str, str],
        timeout: Timeout | None = None,
        max_retries: int = 2,
        max_connections: int = 10,
        verify: bool | str | None = None,
        session: requests.Session | None = None,
    ) -> None:
        shown_url = _without_credentials(base_url)
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"url must be an http(s) URL such as http://localhost:8123, not {shown_url!r}")
        if parts.query or parts.fragment:
            # Paths are appended to the base URL: after a query or fragment they would not be paths.
            raise ValueError(f"url must be the server's base URL, without a query or fragment, not {shown_url!r}")
        credentials = None
        if "@" in parts.netloc:
            # Sent as requests would send them (HTTP Basic), and kept out of the URL that repr,
            # errors and logs show.
            credentials = _basic_auth(parts.username, parts.password)
            base_url = _without_credentials(base_url)
        if not isinstance(max_retries, int) or isinstance(max_retries, bool) or max_retries < 0:
            raise ValueError(f"max_retries must be a whole number >= 0, not {max_retries!r}")
        if not isinstance(max_connections, int) or isinstance(max_connections, bool) or max_connections < 1:
            raise ValueError(f"max_connections must be a whole number >= 1, not {max_connections!r}")
        # Once, as requests would on every call: the URL normalized (IDNA host, quoting), the
        # headers checked. Paths and queries added to it later are encoded by this module.
        normalized = requests.PreparedRequest()
        try:
            normalized.prepare_url(base_url.rstrip("/"), None)
        except requests.RequestException as error:
            raise ValueError(f"url {shown_url!r} is not a valid URL: {error}") from None
        self.base_url = (normalized.url or "").rstrip("/")
        try:
            self.origin = _origin(self.base_url)
        except ValueError as error:
            raise ValueError(f"url {shown_url!r} is not a valid URL: {error}") from None
        # A deployment behind a reverse proxy (https://host/langgraph): the API lives under it.
        self.base_path = urlsplit(self.base_url).path
        self.headers = _checked_headers(headers)
        if credentials and not any(name.lower() == "authorization" for name in self.headers):
            self.headers["Authorization"] = credentials
        self.timeout = _as_timeout(timeout)
        self.max_retries = max_retries
        # Passed per request, so that a user's session keeps its own `verify` unless told otherwise.
        self.request_options: dict[str, Any] = {} if verify is None else {"verify": verify}
        self.max_connections = max_connections
        self.session = session if session is not None else ClientSession(self.base_url, max_connections)
        self._pid = os.getpid()
        _clients.add(self)

    def after_fork(self) -> None:
        """In a forked child: never use the connections inherited from the parent, whose sockets
        the parent still reads and writes; the next request opens the child's own.

        Runs in the child right after os.fork() (os.register_at_fork), and on first use in a child
        forked without telling Python (uWSGI without --py-call-osafterfork), which `send` detects
        by the process id. The inherited pools are dropped, not closed: closing takes their locks,
        which a thread of the parent may have held at the fork, and would then never be released
        in the child. The child's copies of the sockets close when collected; the parent's stay
        open.
        """
        for adapter in self.session.adapters.values():
            if isinstance(adapter, HTTPAdapter):
                fresh_pools(adapter)
        self._pid = os.getpid()

    def close(self) -> None:
        self.session.close()

    def call(
        self,
        endpoint: Endpoint[ResponseT],
        path_params: Mapping[str, str | uuid.UUID] | None = None,
        *,
        json: Any = NO_BODY,
        params: QueryParams | None = None,
        extra_params: QueryParams | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
        partial: bool = False,
        on_response: Callable[[requests.Response], None] | None = None,
    ) -> ResponseT:
        """Send one operation and return its response as the endpoint's type.

        `params` are the method's own query parameters; `extra_params` are the caller's `params=`,
        which win, as in langgraph-sdk. `partial` accepts models that lack required fields (the
        reply to a `select=`). `on_response` sees the response first, for its headers.
        """
        response = self.send(
            endpoint.method,
            build_path(endpoint, path_params or {}),
            json=request_json(endpoint, json),
            params=_encode_query(params, extra_params),
            headers=headers,
            timeout=timeout,
            heartbeats=endpoint.path in HEARTBEAT_PATHS,
        )
        if on_response is not None:
            on_response(response)
        # `Prefer: return=minimal` asks the server to send nothing back (threads.update does).
        minimal = headers is not None and any(
            k.lower() == "prefer" and "return=minimal" in v for k, v in headers.items()
        )
        return self.parse(  # type: ignore[no-any-return]
            response, endpoint.response, partial=partial, allow_empty=minimal
        )

    def send(
        self,
        method: str,
        path: str,
        *,
        json: Any = NO_BODY,
        params: QueryParams | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
        stream: bool = False,
        heartbeats: bool = False,
    ) -> requests.Response:
        """Send a request, retrying where that is safe (see _retry); return the 2xx response or
        raise the typed error. With `stream=True` the body is left unread (close the response).
        The whole reply must arrive within the read timeout, unless it is a stream or the server
        keeps it alive (`heartbeats`): then each read has the read timeout."""
        request_headers = dict(self.headers)
        data = None
        if json is not NO_BODY:
            data = _encode_json(json)
            request_headers["Content-Type"] = "application/json"
        if headers:
            request_headers.update(_checked_headers(headers))
        request_timeout = self.timeout if timeout is None else _as_timeout(timeout)
        url = path if path.startswith(self.base_url + "/") else self.base_url + path
        if self._pid != os.getpid():
            self.after_fork()
        attempt = 0
        while True:
            attempt += 1
            started = time.perf_counter()
            try:
                response = self._send_once(
                    method, url, params, data, request_headers, request_timeout, stream, heartbeats
                )
            except urllib3.exceptions.EmptyPoolError:
                # Not retried: the wait was the call's to make, and it has been made.
                raise PoolTimeoutError(
                    f"waited {request_timeout[0]:g} s (the connect timeout) for a free connection: all"
                    f" {self.max_connections} pooled connections (max_connections) were busy",
                    method=method,
                    url=url,
                    attempts=attempt,
                ) from None
            except requests.exceptions.ContentDecodingError as error:
                raise APIResponseValidationError(
                    f"the reply's body could not be decompressed ({_describe(error)})",
                    response=cast("requests.Response", error.response),
                    body=None,
                ) from None
            except requests.RequestException as error:
                if attempt <= self.max_retries and _retry.may_retry_error(method, error):
                    self._wait(_retry.backoff(attempt - 1), method, path, attempt, _describe(error))
                    continue
                raise _connection_error(error, method, url, attempt) from None
            if logger.isEnabledFor(logging.DEBUG):
                elapsed = (time.perf_counter() - started) * 1000
                logger.debug("%s %s -> %d (attempt %d, %.1f ms)", method, path, response.status_code, attempt, elapsed)
            if 200 <= response.status_code < 300:
                return response
            if response.status_code < 200:
                # Only a session of the user's lets one through (the client's own pool skips
                # them). Its connection may hold the final reply: it is closed, never reused.
                response.raw.close()
                response.close()
                raise APIResponseValidationError(
                    f"an informational reply ({response.status_code}) came instead of the final one",
                    response=response,
                    body=None,
                )
            if attempt <= self.max_retries and _retry.may_retry_status(method, response.status_code):
                wait = _retry.retry_after(response)
                response.close()
                self._wait(
                    _retry.backoff(attempt - 1) if wait is None else wait,
                    method,
                    path,
                    attempt,
                    str(response.status_code),
                )
                continue
            failure = status_error(response, attempts=attempt)
            response.close()
            raise failure

    def _send_once(
        self,
        method: str,
        url: str,
        params: QueryParams | None,
        data: bytes | None,
        headers: dict[str, str],
        timeout: tuple[float, float],
        stream: bool,
        heartbeats: bool,
    ) -> requests.Response:
        # Redirects are followed here, not by requests, and only within the client's origin:
        # requests would carry `x-api-key` (and the body) to whatever host a redirect names.
        for _ in range(MAX_REDIRECTS + 1):
            response = self.session.request(
                method,
                url,
                params=params,
                data=data,
                headers=headers,
                timeout=timeout,
                allow_redirects=False,
                stream=True,
                **self.request_options,
            )
            if response.status_code < 200:
                return response  # unread: send() closes its connection
            if heartbeats and response.status_code < 300:
                stream_reading(response)
            if not stream or response.status_code >= 300:
                # An error's body is read now, within the reply's time budget, and its
                # connection goes back to the pool whatever the caller does next.
                _read_body(response)
            if not (300 <= response.status_code < 400 and response.is_redirect):
                return response  # (the status first: a lookup of the absent Location header raises inside)
            target = self.resolve_location(response.headers["location"], response.url)
            if target is None:
                return response  # not followed: send() raises it as an APIStatusError that names both
            response.close()
            if response.status_code == 303 or (response.status_code in (301, 302) and method == "POST"):
                # What browsers and requests do: the redirected request is a GET, without the body.
                method, data = "GET", None
                headers = {k: v for k, v in headers.items() if k.lower() != "content-type"}
            url, params = requests.utils.requote_uri(target), None
        return response

    def stream(
        self,
        endpoint: Endpoint[Any],
        path_params: Mapping[str, str | uuid.UUID] | None = None,
        *,
        json: Any = NO_BODY,
        **options: Any,
    ) -> Iterator[StreamPart]:
        """`call` for an operation whose reply is an event stream: the request is built as `call`
        builds it (the body through its request model; a bad argument raises now), and its
        events come as `stream_events` yields them (with its `options`), once iterated."""
        return self.stream_events(
            endpoint.method, build_path(endpoint, path_params or {}), json=request_json(endpoint, json), **options
        )

    def stream_events(
        self,
        method: str,
        path: str,
        *,
        json: Any = NO_BODY,
        params: QueryParams | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
        on_response: Callable[[requests.Response], None] | None = None,
        event_timeout: float | None = None,
    ) -> Iterator[StreamPart]:
        """The server-sent events of a response, each yielded as soon as it has arrived.

        The connection is released when the caller stops iterating. If the stream drops, and the
        server named where to resume it (a `Location` header: a run's stream) and the events carry
        ids (`stream_resumable=True`), it is resumed there with `Last-Event-ID`, so the run goes
        on instead of starting again. Anything else that breaks the stream raises.

        The read timeout bounds each wait for bytes, so a server's heartbeats (comments, which
        are not events) keep a stream open as long as the run takes. With `event_timeout`, a
        stream on which no event has come for that many seconds, heartbeats or not, raises
        APITimeoutError when the next bytes arrive (or the read times out).
        """
        request_headers = {"Accept": "text/event-stream", "Cache-Control": "no-store", **(headers or {})}
        response = self.send(
            method, path, json=json, params=_encode_query(params), headers=request_headers, timeout=timeout, stream=True
        )
        # From here on, whatever happens (the callback raises, the reply is not a stream, the
        # caller stops iterating or drops the iterator), `finally` gives the connection back.
        try:
            if on_response is not None:
                on_response(response)
            location = response.headers.get("location")
            resume_url = self.resolve_location(location, response.url) if location else None
            decoder = EventStreamDecoder(last_event_id=request_headers.get("Last-Event-ID"))
            ended = False
            resumes = 0
            while True:
                try:
                    _expect_event_stream(response)
                    stream_reading(response)
                    last_event = time.monotonic()
                    for chunk in _arriving_chunks(response):
                        for part in decoder.feed(chunk):
                            ended = ended or part.event in ("end", "error")
                            yield part
                            last_event = time.monotonic()  # (the caller's time between events is not the server's)
                        if event_timeout is not None and time.monotonic() - last_event > event_timeout:
                            raise APITimeoutError(
                                f"no event for {event_timeout:g} s (only heartbeats)",
                                method=method,
                                url=response.url,
                                attempts=resumes + 1,
                            )
                    yield from decoder.finish()
                    return
                except BadEventError as error:
                    raise APIResponseValidationError(str(error), response=response, body=None) from None
                except (requests.exceptions.ContentDecodingError, urllib3.exceptions.DecodeError) as error:
                    raise APIResponseValidationError(
                        f"the stream could not be decompressed ({_describe(error)})", response=response, body=None
                    ) from None
                except (requests.RequestException, *_BROKEN_READ) as error:
                    if resume_url is None or decoder.last_event_id is None or ended or resumes >= MAX_STREAM_RESUMES:
                        raise _connection_error(error, method, response.url, resumes + 1) from None
                    resumes += 1
                    response.close()
                    self._wait(_retry.backoff(resumes - 1), "GET", resume_url, resumes, _describe(error))
                    resume_headers = {**request_headers, "Last-Event-ID": decoder.last_event_id}
                    response = self.send("GET", resume_url, headers=resume_headers, timeout=timeout, stream=True)
                    decoder = EventStreamDecoder(last_event_id=decoder.last_event_id)
        finally:
            response.close()

    def resolve_location(self, location: str, base: str) -> str | None:
        """Where a `Location` header (of a redirect, or a stream's resume URL) points, if the
        client may go there with its key; None if not (another origin, or garbage).

        A path is read under the base URL's path, as langgraph-sdk reads a resume URL: a server
        behind a reverse proxy at https://host/langgraph names its own paths, "/threads/...".
        A full URL must be within the base URL.
        """
        try:
            url = urljoin(base, location)
            if _origin(url) != self.origin:
                return None
        except ValueError:
            return None
        path = urlsplit(url).path
        if not self.base_path or path == self.base_path or path.startswith(self.base_path + "/"):
            return url
        if location.startswith("/") and not location.startswith("//"):
            return self.base_url + location
        return None

    def _wait(self, seconds: float, method: str, path: str, attempt: int, reason: str) -> None:
        logger.warning(
            "%s %s failed (%s) on attempt %d of %d; retrying in %.2f s",
            method,
            path,
            reason,
            attempt,
            self.max_retries + 1,
            seconds,
        )
        _sleep(seconds)

    def parse(
        self, response: requests.Response, response_type: Any, *, partial: bool = False, allow_empty: bool = False
    ) -> Any:
        """The response's JSON as `response_type`; None for an empty body where the operation
        promises nothing in particular (`Any`), or was asked for nothing (`allow_empty`).
        APIResponseValidationError if the body is not that."""
        if not response.content:
            if allow_empty or response_type is Any or response_type is None:
                return None
            raise APIResponseValidationError(
                f"the reply is empty, not a {_type_name(response_type)}", response=response, body=None
            )
        try:
            data = decode_json(response.content)
        except (ValueError, RecursionError) as error:
            raise APIResponseValidationError(
                f"response is not valid JSON ({error})", response=response, body=response.text
            ) from None
        try:
            return structure(data, response_type, partial=partial)
        except Exception as error:  # noqa: BLE001 - TypeError, KeyError, ValueError (a date): the reply's fault
            raise APIResponseValidationError(
                f"response does not match {_type_name(response_type)}: {type(error).__name__}: {error}",
                response=response,
                body=data,
            ) from None


def _type_name(response_type: Any) -> str:
    """`list[Thread]`, `Item | None`: as written, without the modules."""
    arguments = typing.get_args(response_type)
    if not arguments:
        return getattr(response_type, "__name__", None) or str(response_type)
    names = [_type_name(argument) for argument in arguments]
    origin = typing.get_origin(response_type)
    if origin in (typing.Union, types.UnionType):
        return " | ".join(names)
    return f"{origin.__name__}[{', '.join(names)}]"


def _arriving_chunks(response: requests.Response) -> Iterator[bytes]:
    """The body as it arrives. A chunked body (what servers send for a stream) comes chunk by
    chunk; any other is read with read1, which returns what has arrived instead of waiting to
    fill its buffer (or, for a body of known length, for all of it)."""
    raw = response.raw
    if getattr(raw, "chunked", False) or not isinstance(raw, urllib3.response.HTTPResponse):
        # (not urllib3's: a reply a tool stands in, as vcrpy's when it replays a cassette)
        yield from response.iter_content(chunk_size=None)
        return
    # decode_content: requests asked urllib3 for the raw bytes; a gzip'ed stream is decoded here.
    while chunk := raw.read1(_READ_SIZE, decode_content=True):
        yield chunk


# What reading a body raises when the connection or the reply's framing breaks. (http.client
# reads a chunk size of 2**70 as a number it then cannot read: OverflowError.)
_BROKEN_READ = (urllib3.exceptions.HTTPError, OSError, OverflowError)


def _read_body(response: requests.Response) -> None:
    """Read the whole body in one read (requests reads it 10 KB at a time: three times the CPU
    for a large reply), failing as requests would, so that retries and errors are the same.
    A read that fails closes the connection: half a reply may still be on it."""
    try:
        response._content = response.raw.read(decode_content=True)
    except _BROKEN_READ as error:
        response.close()
        if isinstance(error, urllib3.exceptions.DecodeError):
            raise requests.exceptions.ContentDecodingError(error, response=response) from error
        if isinstance(error, urllib3.exceptions.ReadTimeoutError):
            raise requests.ReadTimeout(error, response=response) from error
        raise requests.ConnectionError(error, response=response) from error
    response._content_consumed = True  # type: ignore[attr-defined]


def _checked_headers(headers: Mapping[str, str]) -> dict[str, str]:
    for header in headers.items():
        try:
            requests.utils.check_header_validity(header)
        except requests.exceptions.InvalidHeader as error:
            raise ValueError(f"invalid header {header[0]!r}: {error}") from None
    return dict(headers)


def _expect_event_stream(response: requests.Response) -> None:
    content_type = response.headers.get("content-type", "")
    if not content_type.startswith("text/event-stream"):
        _read_body(response)
        body = response.text[:200]
        raise APIResponseValidationError(
            f"expected an event stream, got {content_type or 'no content type'}: {body}", response=response, body=body
        )


def _connection_error(error: Exception, method: str, url: str, attempts: int) -> APIConnectionError:
    # (requests reports a stream's read timeout as a ConnectionError around urllib3's.)
    reason = error.args[0] if error.args else None
    if isinstance(error, requests.Timeout | urllib3.exceptions.TimeoutError) or isinstance(
        reason, urllib3.exceptions.TimeoutError
    ):
        return APITimeoutError(f"no answer in time ({_describe(error)})", method=method, url=url, attempts=attempts)
    return APIConnectionError(f"could not connect ({_describe(error)})", method=method, url=url, attempts=attempts)


def paginate(fetch_page: Callable[[int, int], list[ItemT]], page_size: int) -> Iterator[ItemT]:
    """Every item, page after page, each page fetched only when the one before is used up.
    `fetch_page(limit, offset)` is a search; a page shorter than `page_size` is the last."""
    if not isinstance(page_size, int) or isinstance(page_size, bool) or page_size < 1:
        raise ValueError(f"page_size must be a whole number >= 1, not {page_size!r}")
    offset = 0
    while True:
        page = fetch_page(page_size, offset)
        yield from page
        if len(page) < page_size:
            return
        offset += len(page)


def without_empty(payload: Mapping[str, Any]) -> dict[str, Any]:
    """The payload less the arguments left empty (None, {}, [], "", False).

    langgraph-sdk leaves those out of the body (`if metadata: ...`); so do we, so that the
    server applies its own defaults exactly as it does for langgraph-sdk.
    """
    return {key: value for key, value in payload.items() if value}


if hasattr(os, "register_at_fork"):  # (not on Windows, which cannot fork)
    os.register_at_fork(after_in_child=_forget_inherited_connections)
