"""The allowlist: the LangGraph API routes that LangGraph's JS SDK (`@langchain/langgraph-sdk`
1.x, its `Client` and React's `useStream`) and langgraph-sdk (Python) call, each with the
resource and action its rule is named by (as LangGraph's custom auth names them:
`threads.create`, `store.put`, ...). A request that matches none of them is answered 404 and
never reaches the server.

Left out on purpose: stateless runs (`/runs`, `/runs/stream`, `/runs/wait`, `/runs/batch`),
bulk `/runs/cancel` and `/threads/prune` (each acts on threads no ownership check can name
beforehand), `/threads/{id}/storage`, `/threads/{id}/stream/events`, `/threads/{id}/commands`,
`/ui/...`, `/info`, `/ok`, and every custom route of the server.
"""

from __future__ import annotations

import re
from typing import Literal

import attrs

Body = Literal["none", "json"]
# How a reply is passed on: read whole ("json"), or passed through as it arrives ("stream", an
# event stream; "heartbeats", JSON the server keeps alive with blank lines until the run ends).
Reply = Literal["json", "stream", "heartbeats"]


@attrs.frozen
class Route:
    method: str
    template: str  # "/threads/{thread_id}/runs/{run_id}": how the upstream path is rebuilt
    resource: str  # "threads", "assistants", "crons", "store"
    action: str  # "create", "read", "update", "delete", "search", "create_run"; the store's own
    body: Body = "none"
    reply: Reply = "json"
    # The route creates a run whose reply names it (Content-Location): cancelled on disconnect.
    creates_run: bool = False
    pattern: re.Pattern[str] = attrs.field(init=False)

    @pattern.default
    def _compile(self) -> re.Pattern[str]:
        return re.compile("^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", self.template) + "$")


def _route(method: str, template: str, rule: str, **options: object) -> Route:
    resource, action = rule.split(".")
    return Route(method, template, resource, action, **options)  # type: ignore[arg-type]


THREAD = "/threads/{thread_id}"
RUN = THREAD + "/runs/{run_id}"

ROUTES: tuple[Route, ...] = (
    # Assistants: read-only by default (their write rules answer 403).
    _route("GET", "/assistants/{assistant_id}", "assistants.read"),
    _route("GET", "/assistants/{assistant_id}/graph", "assistants.read"),
    _route("GET", "/assistants/{assistant_id}/schemas", "assistants.read"),
    _route("GET", "/assistants/{assistant_id}/subgraphs", "assistants.read"),
    _route("GET", "/assistants/{assistant_id}/subgraphs/{namespace}", "assistants.read"),
    _route("POST", "/assistants/{assistant_id}/versions", "assistants.read", body="json"),
    _route("POST", "/assistants/search", "assistants.search", body="json"),
    _route("POST", "/assistants/count", "assistants.search", body="json"),
    _route("POST", "/assistants", "assistants.create", body="json"),
    _route("PATCH", "/assistants/{assistant_id}", "assistants.update", body="json"),
    _route("POST", "/assistants/{assistant_id}/latest", "assistants.update", body="json"),
    _route("DELETE", "/assistants/{assistant_id}", "assistants.delete"),
    # Threads, and everything under one: its state, history, streams and runs.
    _route("POST", "/threads", "threads.create", body="json"),
    _route("POST", "/threads/search", "threads.search", body="json"),
    _route("POST", "/threads/count", "threads.search", body="json"),
    _route("GET", THREAD, "threads.read"),
    _route("PATCH", THREAD, "threads.update", body="json"),
    _route("DELETE", THREAD, "threads.delete"),
    _route("POST", THREAD + "/copy", "threads.read"),
    _route("GET", THREAD + "/state", "threads.read"),
    _route("POST", THREAD + "/state", "threads.update", body="json"),
    _route("GET", THREAD + "/state/{checkpoint_id}", "threads.read"),
    _route("POST", THREAD + "/state/checkpoint", "threads.read", body="json"),
    _route("GET", THREAD + "/history", "threads.read"),
    _route("POST", THREAD + "/history", "threads.read", body="json"),
    _route("GET", THREAD + "/stream", "threads.read", reply="stream"),
    _route("GET", THREAD + "/runs", "threads.read"),
    _route("POST", THREAD + "/runs", "threads.create_run", body="json"),
    _route("POST", THREAD + "/runs/stream", "threads.create_run", body="json", reply="stream", creates_run=True),
    _route("POST", THREAD + "/runs/wait", "threads.create_run", body="json", reply="heartbeats"),
    _route("GET", RUN, "threads.read"),
    _route("DELETE", RUN, "threads.delete"),
    _route("POST", RUN + "/cancel", "threads.update"),
    _route("GET", RUN + "/join", "threads.read", reply="heartbeats"),
    _route("GET", RUN + "/stream", "threads.read", reply="stream"),
    # Crons: a thread's (its thread checked as for a run, then the cron stamped) and stateless.
    _route("POST", THREAD + "/runs/crons", "crons.create", body="json"),
    _route("POST", "/runs/crons", "crons.create", body="json"),
    _route("POST", "/runs/crons/search", "crons.search", body="json"),
    _route("POST", "/runs/crons/count", "crons.search", body="json"),
    _route("GET", "/runs/crons/{cron_id}", "crons.read"),
    _route("PATCH", "/runs/crons/{cron_id}", "crons.update", body="json"),
    _route("DELETE", "/runs/crons/{cron_id}", "crons.delete"),
    # The store.
    _route("PUT", "/store/items", "store.put", body="json"),
    _route("GET", "/store/items", "store.get"),
    _route("DELETE", "/store/items", "store.delete", body="json"),
    _route("POST", "/store/items/search", "store.search", body="json"),
    _route("POST", "/store/namespaces", "store.list_namespaces", body="json"),
)

RULE_NAMES = frozenset(f"{route.resource}.{route.action}" for route in ROUTES)


def match(method: str, path: str) -> tuple[Route, dict[str, str]] | None:
    """The route and its path parameters, or None. A parameter is never "." or ".." (as a path
    segment it would mean another route)."""
    for route in ROUTES:
        if route.method != method:
            continue
        found = route.pattern.match(path)
        if found is None:
            continue
        params = found.groupdict()
        if any(value.strip(".") == "" for value in params.values()):
            return None
        return route, params
    return None
