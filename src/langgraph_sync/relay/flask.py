"""The relay as a Flask blueprint: `app.register_blueprint(relay_blueprint(relay, user=...))`."""

from __future__ import annotations

from collections.abc import Callable

from flask import Blueprint, Response, request

from ._core import Relay, RelayRequest

METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"]


def relay_blueprint(
    relay: Relay,
    *,
    user: Callable[[], str | None],
    url_prefix: str = "/langgraph",
    name: str = "langgraph_relay",
) -> Blueprint:
    """A blueprint that relays the LangGraph API requests under `url_prefix`.

    user: called in the request's context; returns the logged-in user's identity (a string,
        e.g. `flask_login.current_user.get_id()`), or None (answered 401).
    """
    blueprint = Blueprint(name, __name__, url_prefix=url_prefix)

    @blueprint.route("/<path:path>", methods=METHODS)
    def relay_view(path: str) -> Response:
        reply = relay.handle(
            RelayRequest(
                method=request.method,
                path="/" + path,
                query=request.query_string.decode("latin-1"),
                headers=request.headers,
                read_body=request.stream.read,
                user=user(),
            )
        )
        # direct_passthrough: werkzeug writes (and flushes) each chunk as the iterator yields it.
        return Response(reply.body, status=reply.status, headers=reply.headers, direct_passthrough=reply.streaming)

    return blueprint
