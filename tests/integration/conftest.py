"""Fixtures for the tests against the real server (started once per session by tests/conftest.py).

Every response these tests receive is checked to round-trip: what the client parsed, turned back
with `to_dict()`, must equal the JSON the server sent, and so must its pickled and deep-copied
copies. A disagreement between the server and its spec shows up here first; it is corrected in
codegen/corrections.yaml.
"""

from __future__ import annotations

import copy
import json
import pickle
from collections.abc import Iterator
from typing import Any

import pytest
import requests
from langgraph_sdk import get_sync_client
from langgraph_sdk._sync.client import SyncLangGraphClient

from langgraph_sync import Client, get_client
from langgraph_sync._http import HttpClient

ROUND_TRIPS = {"checked": 0}


def as_json(value: Any) -> Any:
    """What the client returned, as JSON again."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [as_json(item) for item in value]
    return value


@pytest.fixture(autouse=True)
def every_response_round_trips(monkeypatch: pytest.MonkeyPatch) -> None:
    parse = HttpClient.parse

    def parse_and_check(self: HttpClient, response: requests.Response, response_type: Any, **kwargs: Any) -> Any:
        result = parse(self, response, response_type, **kwargs)
        sent = json.loads(response.content) if response.content else None
        assert as_json(result) == sent, f"{response.request.method} {response.url} does not round-trip"
        # As Django's cache and Celery keep it, and as apps copy it: still the same JSON.
        for kept in (pickle.loads(pickle.dumps(result)), copy.deepcopy(result)):
            assert kept == result and as_json(kept) == sent, f"{response.request.method} {response.url} copied"
        ROUND_TRIPS["checked"] += 1
        return result

    monkeypatch.setattr(HttpClient, "parse", parse_and_check)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    terminalreporter.write_line(
        f"responses from the real server round-tripped through to_dict(): {ROUND_TRIPS['checked']}"
    )


@pytest.fixture
def client(server_url: str) -> Iterator[Client]:
    with get_client(server_url, api_key=None) as client:
        yield client


@pytest.fixture
def sdk(server_url: str) -> Iterator[SyncLangGraphClient]:
    with get_sync_client(url=server_url, api_key=None) as sdk:
        yield sdk


def run_to_end(server_url: str, thread_id: str, assistant_id: str, payload: dict[str, Any]) -> Any:
    """Run a graph on a thread and wait for it, with plain requests: the set-up of these tests
    does not depend on the client they test."""
    response = requests.post(
        f"{server_url}/threads/{thread_id}/runs/wait", json={"assistant_id": assistant_id, **payload}, timeout=60
    )
    response.raise_for_status()
    return response.json()
