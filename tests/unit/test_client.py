"""get_client's options, the typed errors, argument checks, and models that keep what they do not know."""

from __future__ import annotations

import http.client
import json
import pickle
import re
import uuid

import pytest
import responses

import langgraph_sync
from langgraph_sync import (
    APIResponseValidationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    UnprocessableEntityError,
    get_client,
)
from langgraph_sync.models import UNSET, Thread

from .test_requests import RUN, THREAD, R, T

URL = "http://test"


@pytest.fixture
def mock():
    with responses.RequestsMock() as mock:
        yield mock


@pytest.fixture(autouse=True)
def no_keys_from_this_machine(monkeypatch):
    for name in ("LANGGRAPH_API_KEY", "LANGSMITH_API_KEY", "LANGCHAIN_API_KEY"):
        monkeypatch.delenv(name, raising=False)


def sent_headers(mock, call):
    mock.add(responses.GET, f"{URL}/threads/{T}", json=THREAD)
    call().threads.get(T)
    return mock.calls[-1].request.headers


def test_url_defaults_to_localhost_8123():
    assert get_client().url == "http://localhost:8123"
    assert get_client(url="http://h:1/").url == "http://h:1"


@pytest.mark.parametrize("url", ["localhost:8123", "ftp://h", "", "http://"])
def test_a_bad_url_is_refused(url):
    with pytest.raises(ValueError, match="url must be an http"):
        get_client(url or "nope")


@pytest.mark.parametrize("url", ["http://exa mple.com", "http://h:99999", "http://[::1"])
def test_a_malformed_url_is_a_value_error(url):
    with pytest.raises(ValueError):
        get_client(url)


def test_api_key_from_the_environment_in_order(mock, monkeypatch):
    monkeypatch.setenv("LANGCHAIN_API_KEY", "third")
    monkeypatch.setenv("LANGSMITH_API_KEY", "'second'")
    assert sent_headers(mock, lambda: get_client(URL))["x-api-key"] == "second"
    monkeypatch.setenv("LANGGRAPH_API_KEY", "first")
    assert sent_headers(mock, lambda: get_client(URL))["x-api-key"] == "first"
    assert "x-api-key" not in sent_headers(mock, lambda: get_client(URL, api_key=None))
    assert sent_headers(mock, lambda: get_client(URL, api_key="given"))["x-api-key"] == "given"


def test_headers_are_sent_but_may_not_set_the_key(mock):
    headers = sent_headers(mock, lambda: get_client(URL, headers={"X-Tenant": "t1"}))
    assert headers["X-Tenant"] == "t1" and headers["User-Agent"].startswith("langgraph-sync-py/")
    for name in ("x-api-key", "X-API-Key"):
        with pytest.raises(ValueError, match="api_key="):
            get_client(URL, headers={name: "k"})


def test_the_key_is_not_in_the_clients_repr():
    assert "secret" not in repr(get_client(URL, api_key="secret")) and URL in repr(get_client(URL))


@pytest.mark.parametrize(
    "option", [{"timeout": "5"}, {"timeout": -1}, {"timeout": (1, "x")}, {"max_retries": -1}, {"max_connections": 0}]
)
def test_bad_options_are_refused(option):
    with pytest.raises((TypeError, ValueError)):
        get_client(URL, **option)


@pytest.mark.parametrize(
    ("status", "body", "error", "message"),
    [
        (400, {"detail": "bad"}, BadRequestError, "bad"),
        (403, {"message": "no"}, PermissionDeniedError, "no"),
        (404, {"detail": f"Thread with ID {T} not found"}, NotFoundError, f"Thread with ID {T} not found"),
        (409, {"detail": "exists"}, ConflictError, "exists"),
        (
            422,
            {"detail": [{"loc": ["limit"], "msg": "bad"}]},
            UnprocessableEntityError,
            f'422 {http.client.responses[422]}: [{{"loc": ["limit"], "msg": "bad"}}]',  # (Python 3.13: "Content")
        ),
        (409, {"error": {"message": "nested"}}, ConflictError, "nested"),
        (500, "", InternalServerError, f"500 {http.client.responses[500]}"),
    ],
)
def test_error_statuses_are_typed_with_the_servers_message(mock, status, body, error, message):
    mock.add(responses.GET, f"{URL}/threads/{T}", json=body if body else None, status=status)
    with pytest.raises(error) as raised:
        get_client(URL, max_retries=0).threads.get(T)
    assert raised.value.status_code == status and raised.value.message == message
    # str(e) is the message, as langgraph-sdk's; the request is in the attributes.
    assert str(raised.value) == message and (raised.value.method, raised.value.url) == ("GET", f"{URL}/threads/{T}")
    assert raised.value.body == (body or None)
    copy = pickle.loads(pickle.dumps(raised.value))
    # (its class is `error`, also derived from httpx.HTTPStatusError, as httpx is imported here)
    assert type(copy) is type(raised.value) and type(copy)._without_httpx is error and str(copy) == str(raised.value)


def test_errors_are_one_hierarchy():
    assert issubclass(langgraph_sync.NotFoundError, langgraph_sync.APIStatusError)
    assert issubclass(langgraph_sync.APIStatusError, langgraph_sync.APIError)
    assert issubclass(langgraph_sync.APITimeoutError, langgraph_sync.APIConnectionError)
    assert issubclass(langgraph_sync.APIError, langgraph_sync.LangGraphError)
    assert langgraph_sync.errors.NotFoundError is NotFoundError


def test_unknown_fields_and_enum_values_are_kept(mock):
    newer = {**THREAD, "status": "paused", "brand_new": {"x": [1, None]}}
    mock.add(responses.GET, f"{URL}/threads/{T}", json=newer)
    thread = get_client(URL).threads.get(T)
    assert thread.status == "paused"
    assert thread.additional_properties == {"brand_new": {"x": [1, None]}}
    assert thread.to_dict() == newer


def test_nulls_stay_null_and_absent_stays_absent():
    data = {k: v for k, v in THREAD.items() if k not in ("interrupts", "state_updated_at")}
    thread = Thread.from_dict(data)
    assert thread.values is None and thread.interrupts is UNSET
    assert thread.to_dict() == data
    assert "interrupts" not in thread.to_dict() and thread.to_dict()["values"] is None


def test_a_number_keeps_its_json_form():
    data = {**THREAD, "ttl": {"strategy": "delete", "ttl_minutes": 5, "expires_at": "2024-08-30T21:35:52Z"}}
    assert Thread.from_dict(data).to_dict() == data
    assert Thread.from_dict(data).ttl.expires_at.hour == 21


@pytest.mark.parametrize(
    ("bad", "wrong"),
    [
        ({"status": 5}, "status"),
        ({"created_at": "yesterday"}, "created_at"),
        ({"thread_id": None}, "thread_id"),
        ({"metadata": {}, "created_at": 1}, "created_at"),
    ],
)
def test_a_2xx_that_does_not_match_the_model_is_a_validation_error(mock, bad, wrong):
    mock.add(responses.GET, f"{URL}/threads/{T}", json={**THREAD, **bad})
    with pytest.raises(APIResponseValidationError) as raised:
        get_client(URL).threads.get(T)
    assert "Thread" in raised.value.message and raised.value.body == {**THREAD, **bad}


@pytest.mark.parametrize(
    ("call", "says"),
    [
        (lambda c: c.threads.search(limit="ten"), "threads.search(): limit must be int, not str 'ten'"),
        (lambda c: c.threads.search(ids="abc"), "ids must be a list of str or uuid.UUID or None"),
        (lambda c: c.threads.create(metadata=object()), "threads.create(): metadata must be a dict or None"),
        (lambda c: c.threads.create(metadata={"x": object()}), "cannot send $.metadata.x: Object of type object"),
        (lambda c: c.threads.get(5), "threads.get(): thread_id must be str or uuid.UUID, not int 5"),
        (lambda c: c.assistants.get_graph("a", xray="yes"), "xray must be int or bool"),
        (lambda c: c.runs.wait(T, 42), "runs.wait(): assistant_id must be str"),
        (lambda c: c.runs.stream(T, "agent", on_run_created="no"), "on_run_created must be a callable or None"),
        (lambda c: c.threads.get(T, timeout="5"), "timeout must be"),
        (lambda c: c.threads.prune(T), "thread_ids must be a list"),
    ],
)
def test_wrong_arguments_fail_before_anything_is_sent(mock, call, says):
    with pytest.raises(TypeError) as raised:
        call(get_client(URL))
    assert says in str(raised.value)
    assert len(mock.calls) == 0


@pytest.mark.parametrize(
    ("call", "says"),
    [
        (
            lambda c: c.runs.stream(T, "agent", stream_mode="valuez"),
            "runs.stream(): stream_mode must be one of 'checkpoints', 'custom', 'debug', 'events', 'messages', "
            "'messages-tuple', 'tasks', 'updates', 'values' or a list of them, not str 'valuez'",
        ),
        (lambda c: c.runs.create(T, "agent", stream_mode=["values", "x"]), "stream_mode must be one of"),
        (lambda c: c.runs.wait(T, "agent", multitask_strategy="queue"), "multitask_strategy must be one of"),
        (lambda c: c.crons.create("agent", schedule="* * * * *", multitask_strategy="queue"), "multitask_strategy"),
        (lambda c: c.threads.search(sort_order="up"), "threads.search(): sort_order must be one of 'asc', 'desc'"),
        (lambda c: c.assistants.iter_search(sort_by="age").__next__(), "sort_by must be one of"),
        (lambda c: c.runs.create(T, "agent", interrupt_before="node"), "interrupt_before must be '*' or a list"),
        (lambda c: c.runs.cancel(T, R, action="stop"), "runs.cancel(): action must be one of"),
        (lambda c: c.threads.prune([T], strategy="all"), "strategy must be one of 'delete', 'keep_latest'"),
    ],
)
def test_a_value_outside_a_literal_is_a_value_error_before_anything_is_sent(mock, call, says):
    with pytest.raises(ValueError) as raised:
        call(get_client(URL))
    assert says in str(raised.value)
    assert len(mock.calls) == 0


@pytest.mark.parametrize(
    ("call", "says"),
    [
        (
            lambda c: c.runs.create(T, "agent", config={"tags": "one"}),
            "RunCreateStateful: expected list, got 'one' @ $.config.tags",
        ),
        (
            lambda c: c.runs.create(T, "agent", checkpoint={"thread_id": 1}),
            "expected str, got 1 @ $.checkpoint.thread_id",
        ),
        (
            lambda c: c.runs.wait(None, "agent", config={"recursion_limit": "9"}),
            "expected int, got '9' @ $.config.recursion_limit",
        ),
        (
            lambda c: c.crons.create("agent", schedule="* * * * *", config={"tags": 1}),
            "CronCreate: expected list, got 1 @ $.config.tags",
        ),
        (
            lambda c: c.runs.create_batch([{"assistant_id": 1}]),
            "RunCreateStateless]: expected str, got 1 @ $[0].assistant_id",
        ),
    ],
)
def test_a_body_that_does_not_match_the_api_fails_before_anything_is_sent(mock, call, says):
    # Every body goes out through the operation's request model (Endpoint.body, from the spec).
    with pytest.raises(TypeError, match="the request does not match the API's") as raised:
        call(get_client(URL))
    assert says in str(raised.value)
    assert len(mock.calls) == 0


def test_every_operation_that_takes_a_json_body_has_its_request_model():
    import importlib
    from pathlib import Path
    from typing import Any

    import yaml

    spec = yaml.safe_load((Path(__file__).parents[2] / "openapi.yaml").read_text())
    checked = 0
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            resource, name = operation["tags"][0], operation["operationId"]
            module = f"{resource}.{name}_" if name == "list" else f"{resource}.{name}"  # (not the builtin)
            endpoint = importlib.import_module(f"langgraph_sync_generated.api.{module}").ENDPOINT
            assert (endpoint.method, endpoint.path) == (method.upper(), path)
            if "requestBody" not in operation:
                assert endpoint.body is None, name
            elif name == "cancel_many":  # RunsCancel: a oneOf of `required` lists, read as Any
                assert endpoint.body is Any
            else:
                assert endpoint.body not in (None, Any), name
                checked += 1
    assert checked >= 30


def test_a_body_through_its_model_keeps_what_the_spec_does_not_know(mock):
    # Only what the caller gave is sent: no spec default ("if_exists": "raise") is added, and a
    # key the spec does not know (a newer server's) goes out as given.
    mock.add(responses.POST, f"{URL}/runs/batch", json=[RUN])
    get_client(URL).runs.create_batch([{"assistant_id": "agent", "new_option": {"a": [1, None]}}])
    assert json.loads(mock.calls[0].request.body) == [{"assistant_id": "agent", "new_option": {"a": [1, None]}}]


@pytest.mark.parametrize("value", ["", ".", ".."])
def test_ids_that_are_path_segments_of_their_own_are_refused(mock, value):
    with pytest.raises(ValueError, match="must be an id"):
        get_client(URL).threads.get(value)


def test_uuid_ids(mock):
    mock.add(responses.GET, f"{URL}/threads/{T}", json=THREAD)
    assert get_client(URL).threads.get(uuid.UUID(T)).thread_id == T


def test_models_are_importable_under_their_spec_names():
    from langgraph_sync import models

    assert {"Thread", "ThreadState", "Assistant", "AssistantVersion", "Run", "GraphSchema"} <= set(models.__all__)


def test_big_integers_and_every_datetime_shape_survive(mock):
    shapes = [
        "2024-08-30T20:35:52Z",
        "2024-08-30T20:35:52.062Z",
        "2024-08-30T20:35:52.000000+00:00",
        "2024-08-30T20:35:52-05:30",
    ]
    for shape in shapes:
        data = {**THREAD, "created_at": shape, "values": {"n": 123456789012345678901234567890, "f": 1.0}}
        mock.add(responses.GET, f"{URL}/threads/{T}", json=data)
        thread = get_client(URL).threads.get(T)
        assert thread.to_dict() == data and thread.created_at.year == 2024
        assert json_text(thread.to_dict()) == json_text(data)  # 1.0 stays 1.0, the integer stays whole


def json_text(value):
    import json

    return json.dumps(value, sort_keys=True)


def test_iter_search_fetches_pages_lazily(mock):
    pages = [[THREAD] * 2, [THREAD] * 2, [THREAD]]
    for page in pages:
        mock.add(responses.POST, f"{URL}/threads/search", json=page)
    found = get_client(URL).threads.iter_search(status="idle", page_size=2)
    assert len(mock.calls) == 0  # nothing until iterated
    assert next(found).thread_id == T and len(mock.calls) == 1
    assert len(list(found)) == 4 and len(mock.calls) == 3
    import json

    assert [json.loads(c.request.body)["offset"] for c in mock.calls] == [0, 2, 4]
    assert {json.loads(c.request.body)["limit"] for c in mock.calls} == {2}


def test_one_debug_line_per_request_and_nothing_above_debug(mock, caplog):
    import logging

    mock.add(responses.POST, f"{URL}/threads", json=THREAD)
    caplog.set_level(logging.DEBUG, logger="langgraph_sync")
    get_client(URL, api_key="secret-key").threads.create(metadata={"private": "body"})
    (record,) = caplog.records
    assert record.levelno == logging.DEBUG and record.name == "langgraph_sync"
    assert re.fullmatch(r"POST /threads -> 200 \(attempt 1, \d+\.\d ms\)", record.getMessage())
    assert "private" not in caplog.text and "secret-key" not in caplog.text


def test_a_users_session_is_used_with_its_settings(mock):
    import requests

    session = requests.Session()
    session.headers["X-From-Session"] = "yes"
    mock.add(responses.GET, f"{URL}/threads/{T}", json=THREAD)
    get_client(URL, session=session).threads.get(T)
    assert mock.calls[0].request.headers["X-From-Session"] == "yes"


@pytest.mark.parametrize(
    ("method", "params", "data"),
    [
        ("GET", None, None),
        ("GET", {"limit": 10, "tags": ["a b", "é"], "q": "x&y=z"}, None),
        ("POST", None, b'{"metadata":{"a":1}}'),
        ("POST", None, None),
        ("DELETE", {"wait": "true"}, None),
        ("HEAD", None, None),
    ],
)
def test_the_own_sessions_quick_preparation_is_what_requests_prepares(method, params, data):
    # ClientSession.prepare_request skips requests' URL re-parsing and its generic merges; for the URLs,
    # queries and headers the transport builds, the request that goes out must be the same, with the
    # session's own headers, params and auth applied as requests applies them.
    import requests

    from langgraph_sync._connections import ClientSession

    headers = {"x-api-key": "k", "Content-Type": "application/json", "User-Agent": "ua"}
    request = requests.Request(method, f"{URL}/threads/{T}", params=params, data=data, headers=headers)
    own, plain = ClientSession(URL, 1), requests.Session()
    plain.trust_env = False  # (as the client's: no ~/.netrc)
    for session in (own, plain):
        session.headers["X-Session"] = "s"
        session.headers["Accept"] = None  # a None removes a default, in requests' merge
        session.params = {"from": "session"}
        session.auth = ("user", "pw")
    ours, theirs = own.prepare_request(request), plain.prepare_request(request)
    assert (ours.method, ours.url, dict(ours.headers), ours.body) == (
        theirs.method,
        theirs.url,
        dict(theirs.headers),
        theirs.body,
    )


def test_every_request_goes_through_the_sessions_request_method(mock):
    # One request path, for the client's own session as for a user's: Session.request, so that
    # its hooks (and anything else a Session does) apply.
    client = get_client(URL)
    seen = []
    client._http.session.hooks["response"].append(lambda response, **_: seen.append(response.request.method))
    mock.add(responses.GET, f"{URL}/threads/{T}", json=THREAD)
    mock.add(responses.POST, f"{URL}/threads", json=THREAD)
    client.threads.get(T)
    client.threads.create()
    assert seen == ["GET", "POST"]


def test_verify_is_passed_on(monkeypatch):
    import requests.adapters

    seen = {}

    def send(self, request, **options):
        seen.update(options)
        raise requests.ConnectionError("stop here")

    monkeypatch.setattr(requests.adapters.HTTPAdapter, "send", send)
    monkeypatch.delenv("REQUESTS_CA_BUNDLE", raising=False)
    monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)
    for verify in (False, "/etc/ssl/my-ca.pem"):
        with pytest.raises(langgraph_sync.APIConnectionError):
            get_client("https://example.invalid", verify=verify, max_retries=0).threads.get(T)
        assert seen["verify"] == verify
    with pytest.raises(langgraph_sync.APIConnectionError):
        get_client("https://example.invalid", max_retries=0).threads.get(T)
    assert seen["verify"] is True
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", "/etc/ssl/from-env.pem")  # honoured, as requests does
    with pytest.raises(langgraph_sync.APIConnectionError):
        get_client("https://example.invalid", max_retries=0).threads.get(T)
    assert seen["verify"] == "/etc/ssl/from-env.pem"


def test_a_failed_run_raises_run_error_from_wait(mock):
    failure = {"__error__": {"error": "ValueError", "message": "bad input"}}
    mock.add(responses.POST, f"{URL}/threads/{T}/runs/wait", json=failure)
    with pytest.raises(langgraph_sync.RunError) as raised:
        get_client(URL).runs.wait(T, "agent")
    assert (raised.value.error, raised.value.message, str(raised.value)) == (
        "ValueError",
        "bad input",
        "ValueError: bad input",
    )
    mock.add(responses.POST, f"{URL}/threads/{T}/runs/wait", json=failure)
    assert get_client(URL).runs.wait(T, "agent", raise_error=False) == failure


def test_invalid_headers_are_refused_before_sending(mock):
    with pytest.raises(ValueError, match="invalid header 'X-Bad'"):
        get_client(URL, headers={"X-Bad": "a\r\nInjected: yes"})
    with pytest.raises(ValueError, match="invalid header 'X-Bad'"):
        get_client(URL).threads.get(T, headers={"X-Bad": "a\nb"})
    assert len(mock.calls) == 0


def test_query_values_are_encoded_as_requests_would(mock):
    mock.add(responses.GET, re.compile(f"{URL}/threads/.*"), json=THREAD)
    get_client(URL).threads.get(T, params={"q": "a b&c=d/é", "many": ["1", "2"]})
    assert mock.calls[0].request.url == f"{URL}/threads/{T}?q=a+b%26c%3Dd%2F%C3%A9&many=1&many=2"


def test_the_own_session_is_a_requests_session_that_takes_what_users_configure(mock):
    # Set after the client was made, as a user would: each reaches the request as with a plain Session.
    import requests
    import requests.adapters

    client = get_client(URL, api_key=None)
    session = client.session
    assert isinstance(session, requests.Session) and session is client._http.session
    sent_through = []

    class RecordingAdapter(requests.adapters.HTTPAdapter):
        def send(self, request, **options):
            sent_through.append((request.url, options["verify"], options["cert"]))
            return super().send(request, **options)

    session.mount(URL, RecordingAdapter())
    session.headers["X-Tenant"] = "acme"
    session.auth = ("user", "pw")
    session.params = {"from": "session"}
    session.verify = "/etc/ssl/mine.pem"
    session.cert = ("/etc/ssl/client.pem", "/etc/ssl/client.key")
    seen = []
    session.hooks["response"].append(lambda response, **_: seen.append(response.status_code))
    mock.add(responses.GET, f"{URL}/threads/{T}", json=THREAD)
    client.threads.get(T)
    request = mock.calls[0].request
    assert request.headers["X-Tenant"] == "acme"
    assert request.headers["Authorization"] == requests.auth._basic_auth_str("user", "pw")
    assert request.url == f"{URL}/threads/{T}?from=session"
    assert sent_through == [(f"{URL}/threads/{T}?from=session", "/etc/ssl/mine.pem", session.cert)]
    assert seen == [200]


def test_the_own_session_keeps_no_cookies_unless_given_a_jar(mock):
    import requests

    client = get_client(URL, api_key=None)
    mock.add(responses.GET, f"{URL}/threads/{T}", json=THREAD, headers={"Set-Cookie": "sid=abc; Path=/"})
    client.threads.get(T)
    client.threads.get(T)
    assert "Cookie" not in mock.calls[1].request.headers
    client.session.cookies = requests.cookies.RequestsCookieJar()  # as the README says, to keep them
    client.threads.get(T)
    client.threads.get(T)
    assert mock.calls[3].request.headers["Cookie"] == "sid=abc"
