"""The relay as a plain WSGI application, for any WSGI server or a dispatcher that mounts it
under a prefix (werkzeug's DispatcherMiddleware sets SCRIPT_NAME; PATH_INFO is the rest)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ._core import Relay, RelayRequest, RelayResponse

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIEnvironment


class _EnvironHeaders:
    """The request's headers, looked up by name (any case) in the WSGI environ."""

    def __init__(self, environ: Mapping[str, Any]) -> None:
        self._environ = environ

    def get(self, name: str, /) -> Any:
        key = name.upper().replace("-", "_")
        return self._environ.get(key if key in ("CONTENT_TYPE", "CONTENT_LENGTH") else "HTTP_" + key)


def request_from_environ(environ: Mapping[str, Any], user: str | None) -> RelayRequest:
    """The RelayRequest of a WSGI request: its PATH_INFO (under the mount point) decoded as UTF-8."""
    path = environ.get("PATH_INFO", "").encode("latin-1").decode("utf-8", "replace")
    stream = environ["wsgi.input"]
    return RelayRequest(
        method=environ.get("REQUEST_METHOD", "GET"),
        path=path,
        query=environ.get("QUERY_STRING", ""),
        headers=_EnvironHeaders(environ),
        read_body=stream.read,
        user=user,
    )


def status_line(status: int) -> str:
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"{status} Unknown"


class RelayApp:
    """A WSGI application that relays the requests under its mount point.

    user: the identity of the request's user (a string), or None if not logged in (answered
        401), from the WSGI environ: e.g. `lambda environ: environ.get("REMOTE_USER")`.
    """

    def __init__(self, relay: Relay, *, user: Callable[[Mapping[str, Any]], str | None]) -> None:
        self.relay = relay
        self.user = user

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        reply: RelayResponse = self.relay.handle(request_from_environ(environ, self.user(environ)))
        start_response(status_line(reply.status), list(reply.headers))
        if isinstance(reply.body, bytes):
            return [reply.body]
        return reply.body
