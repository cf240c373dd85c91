"""The real LangGraph server, started once for the whole session by the tests that ask for it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.live_server import running_server


@pytest.fixture(scope="session")
def server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    # A server that does not start fails the tests that need it: it never skips them.
    log = tmp_path_factory.mktemp("langgraph-dev") / "server.log"
    with running_server(log_path=log) as url:
        yield url
