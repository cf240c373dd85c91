"""The LangGraph relay in a Django app: the browser's LangGraph SDK talks to /langgraph/, and each
user sees only their own threads, runs, crons and store items.

urls.py: include `urlpatterns` below (or `path("langgraph/", include(relay_urlpatterns))`).

A real project keeps the default `user=` (the primary key of `request.user`, from Django's
authentication middleware). This example has no user database: two users, alice (password
alice-pw) and bob (bob-pw), log in with HTTP basic authentication.
"""

from __future__ import annotations

import base64
import binascii
import hmac

from django.http import HttpRequest
from django.urls import include, path

from langgraph_sync.relay import Relay
from langgraph_sync.relay.django import relay_urls

from .views import langgraph

PASSWORDS = {"alice": "alice-pw", "bob": "bob-pw"}


def basic_auth_user(request: HttpRequest) -> str | None:
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        name, _, password = base64.b64decode(token, validate=True).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError):
        return None
    if name not in PASSWORDS or not hmac.compare_digest(PASSWORDS[name], password):
        return None
    return name


def make_relay() -> Relay:
    # Made on the first request, once settings are loaded; one for the process, as the client.
    return Relay(langgraph())


relay_urlpatterns = relay_urls(make_relay, user=basic_auth_user)
urlpatterns = [path("langgraph/", include(relay_urlpatterns))]
