"""What the relay's tests share: the examples loaded against a server, served over real HTTP by
the frameworks' own dev servers, and the SDK clients of alice and bob."""

from __future__ import annotations

import base64
import importlib.util
import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

from langgraph_sdk import get_sync_client
from langgraph_sdk._sync.client import SyncLangGraphClient

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
PASSWORDS = {"alice": "alice-pw", "bob": "bob-pw"}


def basic_auth(user: str) -> dict[str, str]:
    token = base64.b64encode(f"{user}:{PASSWORDS[user]}".encode()).decode()
    return {"Authorization": f"Basic {token}"}


def load_flask_example(server_url: str) -> ModuleType:
    """examples/relay_flask.py, a module of its own, its LANGGRAPH_URL the given server."""
    previous = os.environ.get("LANGGRAPH_URL")
    os.environ["LANGGRAPH_URL"] = server_url
    try:
        spec = importlib.util.spec_from_file_location(f"relay_flask_{id(server_url)}", EXAMPLES / "relay_flask.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        if previous is None:
            del os.environ["LANGGRAPH_URL"]
        else:
            os.environ["LANGGRAPH_URL"] = previous
    return module


@contextmanager
def serving(server: Any) -> Iterator[str]:
    """A socketserver-style server, serving from a thread of its own until the block ends; its URL."""
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def served_by_werkzeug(app: Any) -> Iterator[str]:
    """The WSGI app on Flask's dev server (werkzeug, threaded), on a free local port."""
    from werkzeug.serving import make_server

    with serving(make_server("127.0.0.1", 0, app, threaded=True)) as url:
        yield url


@contextmanager
def served_by_django_runserver(app: Any) -> Iterator[str]:
    """The WSGI app on Django's dev server (what `manage.py runserver` runs), on a free local port."""
    from django.core.servers.basehttp import WSGIRequestHandler, WSGIServer

    class QuietHandler(WSGIRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

    server = WSGIServer(("127.0.0.1", 0), QuietHandler)
    server.set_app(app)
    server.daemon_threads = True
    with serving(server) as url:
        yield url


def sdk_for(relay_url: str, user: str) -> SyncLangGraphClient:
    """langgraph-sdk's sync client, pointed at the relay, logged in as `user`, with no API key."""
    return get_sync_client(url=relay_url, api_key=None, headers=basic_auth(user))


def python_executable() -> str:
    return sys.executable
