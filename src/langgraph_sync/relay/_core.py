"""The relay's core, framework-free: a request in (method, path under the prefix, query, headers,
a body reader, the app's user), a reply out (status, headers, body bytes or an iterator of them).

What happens to a request, in order: its route must be on the allowlist (_routes); a body must
be JSON, within `max_body_bytes`; its rule (the app's, or the default below) decides, and may
change the body; a thread, cron or store namespace named by the request must be the user's
(else 404, as if it did not exist); then it goes to the server through the client's HttpClient,
with none of the browser's headers except `Last-Event-ID`, and the reply comes back with none
of the server's headers except those the SDKs read.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Literal, Protocol
from urllib.parse import parse_qsl, quote

import attrs
import requests

from .._encode import plain_json
from .._http import NO_BODY, HttpClient
from ..client import Client, get_client
from ..errors import APIConnectionError, APIStatusError, APITimeoutError, PoolTimeoutError
from . import _routes
from ._routes import Route

logger = logging.getLogger("langgraph_sync.relay")

DEFAULT_MAX_BODY_BYTES = 1024 * 1024
OWNER_KEY = "owner"
# Browser headers that cross over. Nothing else does: no Cookie, no Authorization, no x-api-key.
FORWARDED_REQUEST_HEADERS = ("last-event-id",)
# Server headers that come back (what the SDKs read). No Set-Cookie, no hop-by-hop header.
FORWARDED_REPLY_HEADERS = ("content-type", "location", "content-location", "x-pagination-total", "x-pagination-next")
_CREATED_RUN = re.compile(r"/threads/([^/]+)/runs/([^/?]+)$")
_HEADER_VALUE = re.compile(r"[\x21-\x7e]{1,256}")  # an event id: printable, no spaces

# What a rule returns: None or True (allowed as it is), False (403), or a filter: for threads and
# crons, metadata the resource must carry (and searches are narrowed to); for the store,
# {"namespace": [labels]}, the prefix every namespace the user touches must start with.
RuleResult = bool | None | dict[str, Any]


@attrs.frozen
class RuleContext:
    """What a rule is told: who asks, for what (`resource`.`action`, as LangGraph custom auth
    names them: `threads.create`, `store.put`, ...), and the route's path parameters."""

    user: str
    resource: str
    action: str
    path_params: Mapping[str, str]


Rule = Callable[[RuleContext, dict[str, Any]], RuleResult]


class HeaderLookup(Protocol):
    """A request's headers, looked up by name whatever its case (a dict of lower-case names,
    werkzeug's Headers, Django's request.headers)."""

    def get(self, key: str, /) -> Any: ...


@attrs.frozen
class RelayRequest:
    """A browser's request, as an adapter hands it over. `path` is decoded and relative to the
    relay's prefix ("/threads/abc/state"); `query` is the raw query string; `headers` any
    case-insensitive lookup, `get(name)` (only `Last-Event-ID`, `Content-Type` and `Content-Length` are read);
    `read_body(n)` reads at most n bytes of the body; `user` is None for a visitor not logged in."""

    method: str
    path: str
    query: str
    headers: HeaderLookup
    read_body: Callable[[int], bytes]
    user: str | None


@attrs.frozen
class RelayResponse:
    """What goes back: `body` is bytes, or (`streaming`) an iterator of bytes whose each item
    should be written and flushed as it comes, and closed when the browser goes away."""

    status: int
    headers: list[tuple[str, str]]
    body: bytes | Iterator[bytes]
    streaming: bool = False


class _Refused(Exception):
    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


def _not_found() -> _Refused:
    return _Refused(404, "Not Found")


# The default rules, modeled on LangGraph custom auth's "resources belong to their creator".


def owner_filter(ctx: RuleContext, value: dict[str, Any]) -> RuleResult:
    """Only the user's own: the resource's metadata must name the user (a search is narrowed to that)."""
    return {OWNER_KEY: ctx.user}


def stamp_owner(ctx: RuleContext, value: dict[str, Any]) -> RuleResult:
    """A create or update: the metadata names the user as owner, whatever the browser sent."""
    metadata = value.get("metadata")
    if metadata is None:
        metadata = value["metadata"] = {}
    if not isinstance(metadata, dict):
        raise _Refused(422, "metadata must be an object")
    metadata[OWNER_KEY] = ctx.user
    return {OWNER_KEY: ctx.user}


def allow(ctx: RuleContext, value: dict[str, Any]) -> RuleResult:
    return None


def deny(ctx: RuleContext, value: dict[str, Any]) -> RuleResult:
    return False


def user_namespace(ctx: RuleContext, value: dict[str, Any]) -> RuleResult:
    """Store items live under a namespace whose first label is the user's identity."""
    return {"namespace": [ctx.user]}


DEFAULT_RULES: dict[str, Rule] = {
    "assistants.read": allow,
    "assistants.search": allow,
    "assistants.create": deny,
    "assistants.update": deny,
    "assistants.delete": deny,
    "threads.create": stamp_owner,
    "threads.read": owner_filter,
    "threads.update": owner_filter,
    "threads.delete": owner_filter,
    "threads.search": owner_filter,
    "threads.create_run": owner_filter,
    "crons.create": stamp_owner,
    "crons.read": owner_filter,
    "crons.update": owner_filter,
    "crons.delete": owner_filter,
    "crons.search": owner_filter,
    "store.put": user_namespace,
    "store.get": user_namespace,
    "store.delete": user_namespace,
    "store.search": user_namespace,
    "store.list_namespaces": user_namespace,
}
assert set(DEFAULT_RULES) == _routes.RULE_NAMES


class Relay:
    """Takes the LangGraph API requests of your users' browsers and sends those it allows to the
    server through `client` (its API key, timeouts, retries of idempotent calls, fork safety).

    client: a `Client` (from `get_client`), or the server's URL (a client is made for it with
        the API key from the environment). Its `max_connections` bounds how many requests the
        relay sends at once in one process: give it at least your worker's thread count.
    rules: rules that replace the defaults, by name (`"threads.create"`, `"store.put"`, ...:
        `langgraph_sync.relay.RULE_NAMES`). A rule is called as `rule(ctx, value)` with a
        RuleContext and the request's body (a dict it may change: what it leaves is sent); it
        returns None/True (allowed), False (403), or a filter (see `RuleResult`).
    allow_assistant_writes: let users create, update and delete assistants (default: read-only).
    max_body_bytes: larger bodies are answered 413 without reaching the server.
    on_disconnect: "continue" (the default: a run whose stream the browser leaves goes on, and
        can be joined again) or "cancel" (the relay cancels it, as the server does for a client
        that leaves a stream created with `on_disconnect="cancel"`).
    """

    def __init__(
        self,
        client: Client | str,
        *,
        rules: Mapping[str, Rule] | None = None,
        allow_assistant_writes: bool = False,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
        on_disconnect: Literal["continue", "cancel"] = "continue",
    ) -> None:
        if isinstance(client, str):
            client = get_client(client)
        if not isinstance(client, Client):
            raise TypeError(f"client must be a langgraph_sync Client or a URL, not {type(client).__name__}")
        unknown = set(rules or {}) - _routes.RULE_NAMES
        if unknown:
            raise ValueError(f"unknown rules {sorted(unknown)}: the rules are {sorted(_routes.RULE_NAMES)}")
        if on_disconnect not in ("continue", "cancel"):
            raise ValueError(f'on_disconnect must be "continue" or "cancel", not {on_disconnect!r}')
        if not isinstance(max_body_bytes, int) or isinstance(max_body_bytes, bool) or max_body_bytes < 1:
            raise ValueError(f"max_body_bytes must be a whole number >= 1, not {max_body_bytes!r}")
        self.client = client
        self._http: HttpClient = client._http
        self.rules: dict[str, Rule] = dict(DEFAULT_RULES)
        if allow_assistant_writes:
            self.rules.update({"assistants.create": allow, "assistants.update": allow, "assistants.delete": allow})
        self.rules.update(rules or {})
        self.max_body_bytes = max_body_bytes
        self.on_disconnect = on_disconnect

    def handle(self, request: RelayRequest) -> RelayResponse:
        """The reply to one browser request. Never raises for anything the browser sends."""
        try:
            return self._handle(request)
        except _Refused as refused:
            return _json_reply(refused.status, {"detail": refused.detail})
        except APIStatusError as error:
            # The server's own answer (a 404, 409, 422...), as it sent it.
            return _reply(error.response, error.response.content)
        except PoolTimeoutError as error:
            logger.warning("relay: %s", error)
            return _json_reply(503, {"detail": "the LangGraph server is busy"})
        except APITimeoutError as error:
            logger.warning("relay: %s", error)
            return _json_reply(504, {"detail": "the LangGraph server did not answer in time"})
        except APIConnectionError as error:
            logger.warning("relay: %s", error)
            return _json_reply(502, {"detail": "the LangGraph server could not be reached"})

    def _handle(self, request: RelayRequest) -> RelayResponse:
        found = _routes.match(request.method.upper(), request.path)
        if found is None:
            raise _not_found()
        route, params = found
        if request.user is None:
            raise _Refused(401, "Not authenticated")
        value = self._read_json(request) if route.body == "json" else self._refuse_body(request)
        headers = {}
        for name in FORWARDED_REQUEST_HEADERS:
            given = request.headers.get(name)
            if given:
                if not _HEADER_VALUE.fullmatch(str(given)):
                    raise _Refused(400, f"invalid {name} header")
                headers[name] = str(given)
        query = parse_qsl(request.query, keep_blank_values=True)
        if route.resource == "store" and route.method == "GET":
            value = {key: val for key, val in query}
            value["namespace"] = value["namespace"].split(".") if value.get("namespace") else []
        ctx = RuleContext(request.user, route.resource, route.action, params)
        if "thread_id" in params and route.resource != "threads":
            # A thread's cron: the thread is checked as for a run on it.
            self._check_thread(RuleContext(request.user, "threads", "create_run", params), params["thread_id"])
        verdict = self.rules[f"{route.resource}.{route.action}"](ctx, value)
        if verdict is False:
            raise _Refused(403, "Forbidden")
        where = verdict if isinstance(verdict, dict) else None
        if where is not None:
            early = self._apply_filter(route, params, value, where)
            if early is not None:
                return early
        if route.resource == "store" and route.method == "GET":
            query = [(key, ".".join(val) if key == "namespace" else val) for key, val in value.items()]
        path = route.template.format(**{name: quote(val, safe="") for name, val in params.items()})
        # (as plain JSON: a rule of the app's may have put a datetime, a set or a model in it)
        body = plain_json(value) if route.body == "json" else NO_BODY
        upstream_query = _as_params(query)
        if route.reply == "json":
            response = self._http.send(route.method, path, json=body, params=upstream_query, headers=headers)
            created = route.resource == "threads" and route.action == "create"
            # `if_exists="do_nothing"` with another user's thread id answers that thread.
            if created and where is not None and not _matches(_json(response), where):
                raise _Refused(409, "Thread already exists")
            return _reply(response, response.content)
        if route.reply == "stream":
            headers["Accept"] = "text/event-stream"
        response = self._http.send(
            route.method,
            path,
            json=body,
            params=upstream_query,
            headers=headers,
            stream=True,
            heartbeats=route.reply == "heartbeats",
        )
        cancel = route.creates_run and self.on_disconnect == "cancel"
        return _reply(response, self._pass_through(response, cancel), streaming=True)

    def _read_json(self, request: RelayRequest) -> dict[str, Any]:
        length = _content_length(request)
        if length == 0:
            return {}
        content_type = request.headers.get("content-type") or ""
        if content_type.split(";")[0].strip().lower() != "application/json":
            raise _Refused(415, "the body must be JSON (Content-Type: application/json)")
        if length > self.max_body_bytes:
            raise _Refused(413, f"the body is larger than {self.max_body_bytes} bytes")
        data = request.read_body(length)
        if len(data) != length:
            raise _Refused(400, "the body is shorter than its Content-Length")
        try:
            value = json.loads(data, parse_constant=_no_constant)
        except (ValueError, RecursionError):
            raise _Refused(400, "the body is not valid JSON") from None
        if not isinstance(value, dict):
            raise _Refused(422, "the body must be a JSON object")
        return value

    def _refuse_body(self, request: RelayRequest) -> dict[str, Any]:
        if _content_length(request):
            raise _Refused(400, "this route takes no body")
        return {}

    def _apply_filter(
        self, route: Route, params: Mapping[str, str], value: dict[str, Any], where: dict[str, Any]
    ) -> RelayResponse | None:
        """Enforce a rule's filter before anything is sent; a reply if the answer is known already."""
        if route.resource == "store":
            return _narrow_namespace(route, value, where)
        if route.action == "search":
            metadata = value.get("metadata")
            if metadata is not None and not isinstance(metadata, dict):
                raise _Refused(422, "metadata must be an object")
            value["metadata"] = {**(metadata or {}), **where}
            return None
        if route.action == "create":
            return None  # checked on the reply
        if route.resource == "threads":
            self._check(f"/threads/{quote(params['thread_id'], safe='')}", where)
        elif route.resource == "crons":
            self._check(f"/runs/crons/{quote(params['cron_id'], safe='')}", where)
        if (
            route.action == "update"
            and route.body == "json"
            and route.template in (_routes.THREAD, "/runs/crons/{cron_id}")
        ):
            # An update merges metadata: the filter's keys keep their values (no taking ownership).
            metadata = value.get("metadata")
            if metadata is not None:
                if not isinstance(metadata, dict):
                    raise _Refused(422, "metadata must be an object")
                value["metadata"] = {**metadata, **where}
        return None

    def _check_thread(self, ctx: RuleContext, thread_id: str) -> None:
        verdict = self.rules["threads.create_run"](ctx, {})
        if verdict is False:
            raise _Refused(403, "Forbidden")
        if isinstance(verdict, dict):
            self._check(f"/threads/{quote(thread_id, safe='')}", verdict)

    def _check(self, path: str, where: dict[str, Any]) -> None:
        """404 unless the resource at `path` exists and its metadata matches `where`."""
        try:
            response = self._http.send("GET", path)
        except APIStatusError as error:
            if error.status_code in (404, 422):
                raise _not_found() from None
            raise
        if not _matches(_json(response), where):
            raise _not_found()

    def _pass_through(self, response: requests.Response, cancel: bool) -> Iterator[bytes]:
        """The reply's bytes as they arrive. If the browser goes away (the server closes this
        iterator), the upstream stream is closed, and with `cancel` its run cancelled."""
        browser_left = False
        try:
            for chunk in response.iter_content(chunk_size=None):
                if chunk:
                    yield chunk
        except GeneratorExit:
            browser_left = True
            raise
        except (requests.RequestException, OSError) as error:
            # The browser's SDK reconnects with Last-Event-ID where the server allows it.
            logger.warning("relay: the upstream stream broke: %s", error)
        finally:
            response.close()
            if browser_left:
                logger.info("relay: the browser left %s; its upstream stream is closed", response.url)
                if cancel:
                    self._cancel(response)

    def _cancel(self, response: requests.Response) -> None:
        created = _CREATED_RUN.search(response.headers.get("content-location", ""))
        if created is None:
            return
        thread_id, run_id = created.groups()
        try:
            self._http.send("POST", f"/threads/{thread_id}/runs/{run_id}/cancel", params={"action": "interrupt"})
            logger.info("relay: run %s cancelled: the browser left its stream", run_id)
        except (APIStatusError, APIConnectionError) as error:
            logger.warning("relay: could not cancel run %s after the browser left: %s", run_id, error)


def _narrow_namespace(route: Route, value: dict[str, Any], where: dict[str, Any]) -> RelayResponse | None:
    prefix = list(where.get("namespace") or [])
    key = {"search": "namespace_prefix", "list_namespaces": "prefix"}.get(route.action, "namespace")
    given = value.get(key) or []
    if not isinstance(given, list) or not all(isinstance(label, str) for label in given):
        raise _Refused(422, f"{key} must be a list of strings")
    if given[: len(prefix)] == prefix:
        return None
    if route.action in ("search", "list_namespaces"):
        if prefix[: len(given)] == given:
            value[key] = prefix  # narrowed to the user's own
            return None
        return _json_reply(200, {"items": []} if route.action == "search" else {"namespaces": []})
    raise _not_found()


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")  # json.loads would take NaN and Infinity


def _matches(resource: Any, where: Mapping[str, Any]) -> bool:
    metadata = resource.get("metadata") if isinstance(resource, dict) else None
    if not isinstance(metadata, dict):
        return False
    return all(key in metadata and metadata[key] == expected for key, expected in where.items())


def _json(response: requests.Response) -> Any:
    try:
        return json.loads(response.content)
    except ValueError:
        return None


def _content_length(request: RelayRequest) -> int:
    given = request.headers.get("content-length")
    if given is None or given == "":
        if request.headers.get("transfer-encoding"):
            raise _Refused(411, "the body must have a Content-Length")
        return 0
    if not given.isdigit():
        raise _Refused(400, "invalid Content-Length")
    return int(given)


def _as_params(query: list[tuple[str, Any]]) -> dict[str, Any] | None:
    params: dict[str, Any] = {}
    for key, val in query:
        if key in params:
            previous = params[key]
            params[key] = [*previous, val] if isinstance(previous, list) else [previous, val]
        else:
            params[key] = val
    return params or None


def _reply(response: requests.Response, body: bytes | Iterator[bytes], *, streaming: bool = False) -> RelayResponse:
    headers = [(name, response.headers[name]) for name in FORWARDED_REPLY_HEADERS if name in response.headers]
    if streaming:
        # Nothing between here and the browser may hold the events back (nginx reads this one).
        headers += [("Cache-Control", "no-store"), ("X-Accel-Buffering", "no")]
    return RelayResponse(response.status_code, headers, body, streaming)


def _json_reply(status: int, payload: Any) -> RelayResponse:
    return RelayResponse(status, [("content-type", "application/json")], json.dumps(payload).encode())
