"""get_client() and Client: the public entry point, over one HttpClient shared by the resources."""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Final

import requests
from langgraph_sync_generated.api.system import info, ok
from langgraph_sync_generated.models import HealthResponse, ServerInfo

from . import __version__
from ._http import HttpClient, Timeout

if TYPE_CHECKING:
    from .assistants import AssistantsClient
    from .crons import CronsClient
    from .routes import HttpRoutesClient
    from .runs import RunsClient
    from .store import StoreClient
    from .threads import ThreadsClient

DEFAULT_URL: Final = "http://localhost:8123"
API_KEY_ENV_VARS: Final = ("LANGGRAPH_API_KEY", "LANGSMITH_API_KEY", "LANGCHAIN_API_KEY")
RESERVED_HEADERS: Final = frozenset({"x-api-key"})


class _FromEnvironment:
    def __repr__(self) -> str:
        return "<from environment>"


FROM_ENVIRONMENT: Final[Any] = _FromEnvironment()


def api_key_from_environment() -> str | None:
    for name in API_KEY_ENV_VARS:
        value = os.environ.get(name, "").strip().strip("\"'")
        if value:
            return value
    return None


class Client:
    """A synchronous client for one LangGraph server. Safe to close twice; use it as a context manager."""

    def __init__(self, http: HttpClient) -> None:
        self._http = http

    # Each resource (and its module, with the generated endpoints it uses) is made on first use,
    # as openai-python does: a script that only lists threads never imports runs, crons or the
    # store, and `import langgraph_sync; get_client()` costs about a third less. (Two threads
    # first using one at once may each make one: both wrap the same HttpClient, one is kept.)

    @cached_property
    def threads(self) -> ThreadsClient:
        from .threads import ThreadsClient

        return ThreadsClient(self._http)

    @cached_property
    def assistants(self) -> AssistantsClient:
        from .assistants import AssistantsClient

        return AssistantsClient(self._http)

    @cached_property
    def runs(self) -> RunsClient:
        from .runs import RunsClient

        return RunsClient(self._http)

    @cached_property
    def crons(self) -> CronsClient:
        from .crons import CronsClient

        return CronsClient(self._http)

    @cached_property
    def store(self) -> StoreClient:
        from .store import StoreClient

        return StoreClient(self._http)

    @cached_property
    def http(self) -> HttpRoutesClient:
        from .routes import HttpRoutesClient

        return HttpRoutesClient(self._http)

    @property
    def url(self) -> str:
        return self._http.base_url

    @property
    def session(self) -> requests.Session:
        """The requests.Session every call goes through: yours if you passed `session=`, else the
        client's own, which you may configure as any session (mount an adapter, add hooks, set
        `headers`, `auth`, `verify`, `cert` or `proxies`; README, "Works with your tools")."""
        return self._http.session

    def ok(
        self, *, check_db: bool = False, headers: Mapping[str, str] | None = None, timeout: Timeout | None = None
    ) -> HealthResponse:
        """The server's health check (GET /ok), for readiness probes: returns `HealthResponse(ok=True)`
        when the server is up, raises `APIConnectionError` or `APIStatusError` when it is not.
        `check_db=True` asks the server to check its database too. Retried as any GET is: pass
        `get_client(..., max_retries=0)` and a short `timeout` for a quick probe."""
        return self._http.call(ok.ENDPOINT, params={"check_db": int(check_db)}, headers=headers, timeout=timeout)

    def info(self, *, headers: Mapping[str, str] | None = None, timeout: Timeout | None = None) -> ServerInfo:
        """The server's version and feature flags (GET /info): `info().version`, `info().flags`."""
        return self._http.call(info.ENDPOINT, headers=headers, timeout=timeout)

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        # Never the API key.
        return f"<langgraph_sync.Client url={self.url!r}>"


def get_client(
    url: str | None = None,
    *,
    api_key: str | None = FROM_ENVIRONMENT,
    headers: Mapping[str, str] | None = None,
    timeout: Timeout | None = None,
    max_retries: int = 2,
    max_connections: int = 10,
    verify: bool | str | None = None,
    session: requests.Session | None = None,
) -> Client:
    """A client for the LangGraph server at `url` (default http://localhost:8123).

    url: the server's base URL. A path is kept (https://host/langgraph, behind a reverse proxy):
        every call goes under it. Credentials in it (https://user:password@host) are sent as HTTP
        Basic authentication and shown nowhere. A query or fragment is a ValueError.
    api_key: sent as `x-api-key`. By default it is read from LANGGRAPH_API_KEY, LANGSMITH_API_KEY
        or LANGCHAIN_API_KEY, the first that is set; `None` sends no key.
    headers: sent with every request; they may not set `x-api-key` (pass `api_key`).
    timeout: seconds, for connecting and for reading each reply; or a (connect, read) tuple.
        Default (5, 300), as langgraph-sdk. Every method also takes `timeout=` for one call.
        `connect` also bounds the wait for a free pooled connection (PoolTimeoutError); `read`
        bounds a whole reply, except for streams, runs.wait and runs.join, where it bounds each
        wait for the next bytes (README, "Retries and timeouts").
    max_retries: how many times a failed request is tried again, where that is safe (README,
        "Retries"). 0 turns retries off.
    max_connections: the size of the connection pool: at most this many requests at once;
        more threads wait for a free connection, each no longer than its connect timeout.
    verify: TLS verification: True (the default), False, or the path of a CA bundle.
    session: a requests.Session of your own (proxies, client certificates, adapters). It is
        used as it is: `max_connections` applies only to the client's own session.
    """
    custom_headers = dict(headers or {})
    for name in custom_headers:
        if name.lower() in RESERVED_HEADERS:
            raise ValueError(f"headers may not set {name!r}: pass api_key= instead")
    if api_key is FROM_ENVIRONMENT:
        api_key = api_key_from_environment()
    elif api_key is not None and not isinstance(api_key, str):
        raise TypeError(f"api_key must be a str or None, not {type(api_key).__name__}")
    request_headers = {"User-Agent": f"langgraph-sync-py/{__version__}", **custom_headers}
    if api_key:
        request_headers["x-api-key"] = api_key
    http = HttpClient(
        url or DEFAULT_URL,
        headers=request_headers,
        timeout=timeout,
        max_retries=max_retries,
        max_connections=max_connections,
        verify=verify,
        session=session,
    )
    return Client(http)
