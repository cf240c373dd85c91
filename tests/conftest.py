"""The real LangGraph server comes from langgraph_sync.testing, the pytest plugin this package ships.

It is started once per session, for tests/graphs/langgraph.json (the `langgraph_config` setting in
pyproject.toml), by the first test that asks for it.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def server_url(langgraph_url: str) -> str:
    return langgraph_url
