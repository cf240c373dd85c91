"""Status errors are also httpx.HTTPStatusError when the program uses httpx, as langgraph-sdk's are:
code written for langgraph-sdk (`except httpx.HTTPStatusError as e: e.response.status_code`, the
documentation's double-texting pages) catches ours. Without httpx, nothing imports it."""

from __future__ import annotations

import pickle
import subprocess
import sys

import httpx
import pytest
import responses
from langgraph_sdk import get_sync_client

from langgraph_sync import ConflictError, NotFoundError, get_client

URL = "http://test"


def test_a_status_error_is_caught_as_httpx_status_error_with_its_response_and_request():
    with responses.RequestsMock() as mock:
        mock.add(responses.POST, f"{URL}/threads/t/runs", status=409, json={"detail": "busy"})
        try:
            get_client(URL, api_key=None).runs.create("t", "agent", multitask_strategy="reject")
        except httpx.HTTPStatusError as error:
            assert isinstance(error, ConflictError)
            assert error.response.status_code == 409 and error.status_code == 409
            assert error.request.method == "POST" and error.request.url == f"{URL}/threads/t/runs"
            assert str(error) == "busy"  # the server's message, as langgraph-sdk's str(e)
        else:
            pytest.fail("no httpx.HTTPStatusError")


def test_langgraph_sdks_errors_are_httpx_status_errors_too():
    # The reference this matches.
    sdk = get_sync_client(url=URL, api_key=None)
    sdk.http.client = httpx.Client(base_url=URL, transport=httpx.MockTransport(lambda r: httpx.Response(404, json={})))
    with pytest.raises(httpx.HTTPStatusError):
        sdk.threads.get("t")


def test_it_pickles_and_stays_both():
    with responses.RequestsMock() as mock:
        mock.add(responses.GET, f"{URL}/threads/t", status=404, json={"detail": "no such thread"})
        with pytest.raises(NotFoundError) as raised:
            get_client(URL, api_key=None).threads.get("t")
    copy = pickle.loads(pickle.dumps(raised.value))
    assert type(copy) is type(raised.value)
    assert isinstance(copy, NotFoundError) and isinstance(copy, httpx.HTTPStatusError)
    assert (str(copy), copy.status_code) == (str(raised.value), 404)


def test_without_httpx_nothing_imports_it():
    program = """
import sys, responses
from langgraph_sync import NotFoundError, get_client
with responses.RequestsMock() as mock:
    mock.add(responses.GET, "http://test/threads/t", status=404, json={})
    try:
        get_client("http://test", api_key=None).threads.get("t")
    except NotFoundError as error:
        assert type(error) is NotFoundError, type(error).__mro__
assert "httpx" not in sys.modules, "httpx was imported"
"""
    subprocess.run([sys.executable, "-c", program], check=True)
