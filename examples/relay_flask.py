"""A Flask app in front of the LangGraph server: the browser speaks the LangGraph API to /langgraph
(LangGraph's JS SDK: `new Client({ apiUrl: "/langgraph" })`, React's `useStream`), and each user
sees only their own threads, runs, crons and store items.

Two users, logged in with HTTP basic authentication: alice (password alice-pw), bob (bob-pw).

    LANGGRAPH_URL=http://localhost:8123 flask --app examples/relay_flask run
"""

from __future__ import annotations

import hmac
import os

from flask import Flask, request

from langgraph_sync import get_client
from langgraph_sync.relay import Relay
from langgraph_sync.relay.flask import relay_blueprint

# A real app has its own users and login; these two stand in for them.
PASSWORDS = {"alice": "alice-pw", "bob": "bob-pw"}


def current_user() -> str | None:
    """The logged-in user's name, or None (the relay answers 401)."""
    auth = request.authorization
    if auth is None or auth.type != "basic" or auth.username not in PASSWORDS:
        return None
    if not hmac.compare_digest(PASSWORDS[auth.username], auth.password or ""):
        return None
    return auth.username


# One client for the whole process (thread-safe, pooled); its API key never reaches a browser.
client = get_client(os.environ.get("LANGGRAPH_URL", "http://localhost:8123"))
relay = Relay(client)

app = Flask(__name__)
app.register_blueprint(relay_blueprint(relay, user=current_user, url_prefix="/langgraph"))


@app.after_request
def ask_for_a_login(response):
    # The browser's login prompt for HTTP basic authentication.
    if response.status_code == 401:
        response.headers["WWW-Authenticate"] = 'Basic realm="langgraph"'
    return response
