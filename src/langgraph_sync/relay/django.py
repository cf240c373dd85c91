"""The relay as Django URL patterns: `path("langgraph/", include(relay_urls(relay)))`."""

from __future__ import annotations

import threading
from collections.abc import Callable

# (Django ships no type information: django-stubs is a separate project.)
from django.http import HttpRequest, HttpResponse, HttpResponseBase, StreamingHttpResponse  # type: ignore[import-untyped]
from django.urls import URLPattern, re_path  # type: ignore[import-untyped]
from django.views.decorators.csrf import csrf_exempt  # type: ignore[import-untyped]

from ._core import Relay, RelayRequest


def request_user(request: HttpRequest) -> str | None:
    """The default identity: the primary key of Django's logged-in `request.user`, as a string."""
    account = getattr(request, "user", None)
    if account is None or not account.is_authenticated:
        return None
    return str(account.pk)


def relay_urls(
    relay: Relay | Callable[[], Relay], *, user: Callable[[HttpRequest], str | None] = request_user
) -> list[URLPattern]:
    """URL patterns that relay every LangGraph API request under the path they are included at.

    relay: a Relay, or a function that makes one, called once on the first request (after the
        settings are loaded: urls.py is imported before a client can read them).
    user: the identity of the request's user, or None (answered 401); by default the primary key
        of `request.user` (Django's authentication middleware must run).

    The view is CSRF-exempt: LangGraph's SDKs send no CSRF token. Every request with a body must
    be `Content-Type: application/json`, which a cross-site form cannot send without the CORS
    preflight your app does not answer.
    """

    made: list[Relay] = [relay] if isinstance(relay, Relay) else []
    lock = threading.Lock()

    def the_relay() -> Relay:
        if not made:
            with lock:
                if not made:
                    made.append(relay())  # type: ignore[operator]
        return made[0]

    def relay_view(request: HttpRequest, path: str) -> HttpResponseBase:
        reply = the_relay().handle(
            RelayRequest(
                method=request.method or "GET",
                path="/" + path,
                query=request.META.get("QUERY_STRING", ""),
                headers=request.headers,
                read_body=request.read,
                user=user(request),
            )
        )
        if isinstance(reply.body, bytes):
            response: HttpResponseBase = HttpResponse(reply.body, status=reply.status)
        else:
            response = StreamingHttpResponse(reply.body, status=reply.status)
        for name, value in reply.headers:
            response[name] = value
        return response

    return [re_path(r"^(?P<path>.+)$", csrf_exempt(relay_view))]
