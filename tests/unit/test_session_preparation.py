"""ClientSession prepares requests as requests does.

ClientSession builds most PreparedRequests itself (`_prepared`) instead of going through
requests.Request and Session.prepare_request. Here every shape a user may hand it (URLs, params,
headers, bodies, auth, hooks, session-level settings) goes through ClientSession and through a
plain requests.Session with trust_env off, configured the same, and what each prepares and what
each hands its adapter must be the same: method, URL, headers (names, values, order), body,
hooks, and the send options. Cookies (the client's jar keeps none) and the environment (read
once) are out of scope. The cases are drawn from seeded generators, so every run makes the same.

Each difference a first version had is a test of its own, named `test_as_requests_*`.
"""

from __future__ import annotations

import http.client
import io
import json
import random
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
import requests
import responses
import urllib3
from requests.adapters import HTTPAdapter
from requests.auth import HTTPBasicAuth, HTTPDigestAuth

from langgraph_sync import get_client
from langgraph_sync._connections import ClientSession

from .test_requests import THREAD, T

URL = "http://test"


@pytest.fixture(autouse=True)
def fixed_multipart_boundary(monkeypatch):
    # (multipart bodies are compared byte for byte: the random boundary made the same for both)
    monkeypatch.setattr(urllib3.filepost, "choose_boundary", lambda: "fixed-boundary-for-the-comparison")


@pytest.fixture(autouse=True)
def no_keys_from_this_machine(monkeypatch):
    for name in ("LANGGRAPH_API_KEY", "LANGSMITH_API_KEY", "LANGCHAIN_API_KEY"):
        monkeypatch.delenv(name, raising=False)


# --- what is compared ----------------------------------------------------------------------------


class RecordingAdapter(HTTPAdapter):
    """Records each PreparedRequest it is handed (and the send options) and answers with a canned
    reply, as a urllib3 response read by requests' own build_response: nothing goes on the network."""

    def __init__(self, replies: list[tuple[int, dict[str, str]]] | None = None) -> None:
        super().__init__()
        self.sent: list[tuple[requests.PreparedRequest, dict[str, Any]]] = []
        self.replies = list(replies or [])

    def send(self, request, **kwargs):  # type: ignore[override]
        self.sent.append((request, kwargs))
        status, headers = self.replies.pop(0) if self.replies else (200, {"Content-Length": "2"})
        head = "".join(f"{name}: {value}\r\n" for name, value in headers.items())
        reply = http.client.HTTPResponse(_Socket(f"HTTP/1.1 {status} X\r\n{head}\r\nok".encode()))
        reply.begin()
        raw = urllib3.HTTPResponse(
            body=reply, headers=headers, status=status, preload_content=False, original_response=reply
        )
        return self.build_response(request, raw)


class _Socket:
    """All http.client's response asks of a socket: a reader of the reply's bytes."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def makefile(self, mode: str) -> io.BytesIO:
        return io.BytesIO(self.data)


def snapshot(prepared: requests.PreparedRequest) -> tuple[Any, ...]:
    """What goes out: method, URL, headers in order with their names as given, body; and hooks."""
    return (
        prepared.method,
        prepared.url,
        list(prepared.headers.items()),
        prepared.body,
        {event: list(hooks) for event, hooks in prepared.hooks.items()},
    )


def outcome(call, *args):
    try:
        return ("ok", call(*args))
    except Exception as error:  # noqa: BLE001 - where requests fails, ours must fail the same way
        return ("raised", type(error), str(error))


def both_sessions(configure=None):
    ours = ClientSession(URL, 1)
    theirs = requests.Session()
    theirs.trust_env = False
    pairs = []
    for session in (ours, theirs):
        adapter = RecordingAdapter()
        session.mount("http://", adapter)
        session.mount("https://", adapter)
        session.proxies = {}  # (ours read them from the environment; the same for both)
        if configure is not None:
            configure(session)
        pairs.append((session, adapter))
    return pairs


def prepared_by_both(request_options: dict[str, Any], configure=None):
    results = []
    for session, _ in both_sessions(configure):
        results.append(outcome(lambda s: snapshot(s.prepare_request(requests.Request(**request_options))), session))
    return results


def sent_by_both(method, url, options: dict[str, Any], configure=None):
    """What each session hands its adapter for `session.request(method, url, **options)`, the
    send options, the order the response hooks ran in, and the response's URL and status."""
    results = []
    for session, adapter in both_sessions(configure):
        HOOK_LOG.clear()

        def call(session, adapter):
            response = session.request(method, url, **options)
            return (
                [(snapshot(p), kwargs) for p, kwargs in adapter.sent],
                list(HOOK_LOG),
                response.url,
                response.status_code,
            )

        results.append(outcome(call, session, adapter))
    return results


# --- the shapes ----------------------------------------------------------------------------------

HOOK_LOG: list[str] = []


def _hook(name):
    def hook(response, **kwargs):
        HOOK_LOG.append(name)

    hook.__name__ = hook.__qualname__ = name
    return hook


HOOK_A, HOOK_B, SESSION_HOOK = _hook("hook_a"), _hook("hook_b"), _hook("session_hook")


class HeaderAuth(requests.auth.AuthBase):
    """An auth callable that adds a header and, for a body, appends to it (Content-Length must follow)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, r):
        r.headers["X-Auth"] = self.name
        if isinstance(r.body, bytes):
            r.body += b"+signed"
        return r

    def __eq__(self, other):
        return isinstance(other, HeaderAuth) and other.name == self.name

    __hash__ = None  # type: ignore[assignment]


URLS = [
    "http://test/threads",
    "http://test/threads/abc/runs",
    "http://test/",
    "http://test",
    "https://test:8443/a/b",
    "http://test:80/x",
    "http://test:1/x",
    "http://test:65535/x",
    "http://127.0.0.1:2024/ok",
    "http://a-b.c.example/x-y_z~",
    "http://test/a!$&'()*+,;=:@b",
    "http://test//double",
    "http://test/a./b..",
    "http://test/CamelCase/Path",
    "HTTP://TEST/Upper",
    "Http://Test:8080/Mixed",
    "http://[::1]/v6",
    "http://[::1]:8080/v6",
    "http://[2001:DB8::1]/v6",
    "http://test/a/../b",
    "http://test/./x",
    "http://test/a/./b/../c",
    "http://test/a/..",
    "http://test/.hidden",
    "http://test/%7Euser",
    "http://test/a%2Fb",
    "http://test/a%2fb",
    "http://test/%41%42",
    "http://test/with space",
    "http://test/with%20space",
    "http://test/ünïcode/päth",
    "http://test/日本",
    "http://bücher.example/x",
    "http://BÜCHER.example/x",
    "http://xn--bcher-kva.example/x",
    "http://test/x?q=1",
    "http://test/x?q=a b&r=ü",
    "http://test/x?",
    "http://test/x#frag",
    "http://test/x?q=1#frag",
    "http://test/x?q=%zz",
    "http://test/x[1]",
    "http://test/x|y",
    'http://test/x"y',
    "http://test/x{y}",
    "http://test/x^y`",
    "http://user:pass@test/x",
    "http://user@test/x",
    "http://test/%",
]

# The URLs above that ClientSession prepares itself.
FAST_URLS = [url for url in URLS if ClientSession(URL, 1)._prepares(url)]

KEYS = ["a", "b", "ä", b"k", "k k", "a&b=c", 1]
VALUES = [
    "v",
    "ü",
    "a b&c=d/?#",
    "",
    b"bytes",
    b"\xff",
    1,
    0,
    -2,
    1.5,
    True,
    False,
    None,
    ["x", None, "y"],
    [None],
    [],
    ("t", 2, b"u"),
    [1, True, "ü"],
    range(2),
]
HEADER_NAMES = ["Accept", "accept", "ACCEPT", "User-Agent", "user-agent", "X-A", "x-a", "Content-Type", "Connection"]
HEADER_VALUES = ["v", "application/json", b"bytes", "ü", "", "a, b;q=0.5"]
METHODS = ["get", "GET", "Post", "post", "PUT", "patch", "DELETE", "head", "HEAD", "OPTIONS"]
DATA = [None, b"", b"bytes", b'{"a": 1}', "str", "ünï", {"a": "1", "b": ["2", "3"]}, [("a", "1"), ("a", "2")], {}, []]


def random_params(rng: random.Random, allow_list: bool = True):
    pairs = [(rng.choice(KEYS), rng.choice(VALUES)) for _ in range(rng.randint(0, 4))]
    if allow_list and rng.random() < 0.3:
        return pairs
    return dict(pairs)


def random_headers(rng: random.Random, allow_none: bool = True):
    values = HEADER_VALUES + ([None] if allow_none else [])
    return {rng.choice(HEADER_NAMES): rng.choice(values) for _ in range(rng.randint(0, 4))}


def random_session_settings(rng: random.Random, hooks_allowed: bool):
    """A function that configures a session, the same for both: headers (case variants, None,
    bytes, a plain dict in place), params, auth, hooks."""
    choices = {
        "headers": rng.choice(["default", "update", "replace"]),
        "header_values": random_headers(rng),
        "params": rng.choice([None, "dict", "list"]),
        "param_values": random_params(rng, allow_list=False),
        "auth": rng.choice([None, None, ("su", "sp"), HeaderAuth("session")]),
        "hooks": hooks_allowed and rng.random() < 0.4,
        "verify": rng.choice([True, False, "/tmp/ca.pem"]),
    }

    def configure(session):
        if choices["headers"] == "update":
            session.headers.update(choices["header_values"])
        elif choices["headers"] == "replace":
            session.headers = {k: v for k, v in choices["header_values"].items() if v is not None}
        if choices["params"] == "dict":
            session.params = dict(choices["param_values"])
        elif choices["params"] == "list":
            session.params = [(k, v) for k, v in choices["param_values"].items()]
        session.auth = choices["auth"]
        if choices["hooks"]:
            session.hooks["response"].append(SESSION_HOOK)
        session.verify = choices["verify"]

    return configure, choices


def random_request(rng: random.Random, session_choices):
    """Request(...) options; away from the shapes in which a difference is known (see below)."""
    method = rng.choice(METHODS)
    if rng.random() < 0.5:
        # The shapes ClientSession prepares itself: a URL as requests would make it, a dict of
        # params, bytes or no body, no JSON, files or cookies.
        options = {"method": method, "url": rng.choice(FAST_URLS), "params": random_params(rng, allow_list=False)}
        options["headers"] = random_headers(rng)
        options["data"] = rng.choice([None, b"", b"bytes", b'{"a": 1}', {}, ""])
        if rng.random() < 0.4:
            options["auth"] = rng.choice([("u", "p"), HeaderAuth("request"), HTTPBasicAuth("b", "c")])
        if not session_choices["hooks"] and rng.random() < 0.4:
            options["hooks"] = {"response": rng.choice([HOOK_A, [HOOK_A, HOOK_B], [], (HOOK_B,)])}
        return options
    options = {"method": method, "url": rng.choice(URLS)}
    if rng.random() < 0.7:
        options["params"] = random_params(rng)
    if rng.random() < 0.7:
        options["headers"] = random_headers(rng)
    body = rng.random()
    if body < 0.6:
        options["data"] = rng.choice(DATA)
    elif body < 0.75:
        options["json"] = rng.choice([{"a": [1, "ü"]}, [1, 2], "s", 0])
        if rng.random() < 0.3:
            options["data"] = rng.choice(DATA)
    elif body < 0.85:
        options["files"] = {"f": ("n.txt", b"file data", "text/plain")}
        if rng.random() < 0.5:
            options["data"] = {"field": "value"}
    if rng.random() < 0.4:
        options["auth"] = rng.choice([("u", "p"), ("ü", "p"), HeaderAuth("request"), HTTPBasicAuth("b", "c")])
    if not session_choices["hooks"] and rng.random() < 0.4:
        options["hooks"] = {"response": rng.choice([HOOK_A, [HOOK_A, HOOK_B], [], (HOOK_B,)])}
    if rng.random() < 0.1:
        options["cookies"] = {"c": "v"}
    return options


def fuzz_case(seed: int):
    rng = random.Random(seed)
    # (never hooks in both the session and the request: a known difference)
    configure, choices = random_session_settings(rng, hooks_allowed=rng.random() < 0.5)
    options = random_request(rng, choices)
    if isinstance(options.get("params"), str | bytes | list | tuple) and not options["params"]:
        options["params"] = {}  # (a falsy non-dict with session params: a known difference)
    return options, configure


# --- prepare_request -----------------------------------------------------------------------------

PREPARE_SEEDS = range(700)


@pytest.mark.parametrize("seed", PREPARE_SEEDS)
def test_prepare_request_is_requests_own(seed):
    options, configure = fuzz_case(seed)
    ours, theirs = prepared_by_both(options, configure)
    assert ours == theirs, options


def fast_path_taken(monkeypatch) -> list[bool]:
    """From now on, for each request a ClientSession prepares: whether its fast path took it."""
    taken: list[bool] = []
    original = ClientSession._prepared

    def watched(self, *args):
        prepared = original(self, *args)
        taken.append(prepared is not None)
        return prepared

    monkeypatch.setattr(ClientSession, "_prepared", watched)
    return taken


def test_the_generated_cases_are_prepared_and_half_take_the_fast_path(monkeypatch):
    """The comparison cannot pass by both sides failing alike, nor by never reaching `_prepared`."""
    fast = fast_path_taken(monkeypatch)
    prepared = 0
    for seed in PREPARE_SEEDS:
        options, configure = fuzz_case(seed)
        ours, theirs = prepared_by_both(options, configure)
        prepared += ours[0] == theirs[0] == "ok"
    assert prepared == len(PREPARE_SEEDS)
    assert sum(fast) > 0.2 * len(PREPARE_SEEDS)  # (the cases lean to what users rarely set)


@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize("method", ["get", "Post"])
def test_each_url_shape_with_and_without_params(url, method):
    for params in (None, {}, {"p": "1"}, [("p", "1"), ("p", None)], {"q": ["x", None]}):
        for data in (None, b"", b"x"):
            ours, theirs = prepared_by_both({"method": method, "url": url, "params": params, "data": data})
            assert ours == theirs, (params, data)


def test_session_params_and_request_params_overlap():
    def configure(session):
        session.params = {"a": "session", "b": "kept", "c": "dropped", "d": [None, "x"]}

    request = {"method": "GET", "url": "http://test/x", "params": {"a": "request", "c": None, "e": b"\xff"}}
    ours, theirs = prepared_by_both(request, configure)
    assert ours == theirs
    assert ours[1][1] == "http://test/x?a=request&b=kept&d=x&e=%FF"


def test_header_case_variants_override_session_ones_and_none_removes():
    def configure(session):
        session.headers.update({"x-tenant": "session", "X-Gone": "session", "x-bytes": b"s"})

    request = {
        "method": "GET",
        "url": "http://test/x",
        "headers": {"X-TENANT": "request", "x-gone": None, "Accept": None, "X-Bytes": b"r"},
    }
    ours, theirs = prepared_by_both(request, configure)
    assert ours == theirs
    assert ("X-TENANT", "request") in ours[1][2] and "Accept" not in dict(ours[1][2])


def generated_urls(count: int, seed: int = 7):
    """URLs drawn from the alphabet of paths the client session prepares itself (and some it
    does not), with hosts and ports of every kind."""
    rng = random.Random(seed)
    for _ in range(count):
        host = rng.choice(["test", "a-b", "x.y", "127.0.0.1", "h0.example.", ".test", "[::1]"]) + rng.choice(
            ["", "", "Z", "é"]
        )
        port = rng.choice(["", "", ":1", ":80", ":8123", ":65535", ":080", ":0", ":99999"])
        path = "/" + "".join(rng.choice("Az09-._~!$&'()*+,;=:@/%é ?#[]|") for _ in range(rng.randint(0, 10)))
        yield rng.choice(["http", "https", "HTTP"]) + "://" + host + port + path


def test_generated_urls_are_prepared_as_requests_prepares_them():
    # Each URL against a client session made for its own origin, so that the session's own
    # preparation meets every shape (an origin requests refuses: a session of the test's URL).
    (ours, _), (theirs, _) = both_sessions()
    fast = 0
    for url in generated_urls(3000):
        try:
            own = ClientSession("/".join(url.split("/", 3)[:3]), 1)
        except requests.RequestException:
            own = ours
        fast += own._prepares(url)
        for params in (None, {"p": ["1", None]}):
            request = requests.Request("GET", url, params=params)
            expected = outcome(lambda r: snapshot(theirs.prepare_request(r)), request)
            assert outcome(lambda r, own=own: snapshot(own.prepare_request(r)), request) == expected, url
    assert fast > 100


# --- session.request -----------------------------------------------------------------------------

TRANSPORT_OPTIONS = {
    "timeout": [None, 5, (1, 2), urllib3.Timeout(connect=1, read=2)],
    "allow_redirects": [True, False],
    "stream": [None, True, False],
    "verify": [None, True, False, "/tmp/other.pem"],
    "cert": [None, "/tmp/c.pem", ("/tmp/c.pem", "/tmp/k.pem")],
    "proxies": [None, {}, {"https": "http://proxy:3128"}, {"http": None}],
}

REQUEST_SEEDS = range(700)


@pytest.mark.parametrize("seed", REQUEST_SEEDS)
def test_session_request_sends_what_requests_sends(seed):
    options, configure = fuzz_case(seed)
    rng = random.Random(seed + 10_000)
    method, url = options.pop("method"), options.pop("url")
    if rng.random() < 0.6:
        # The transport's own shape: only the options it passes, bytes or no body.
        options = {k: v for k, v in options.items() if k in ("params", "headers")}
        options["data"] = rng.choice([None, b"", b"bytes"])
    for name, values in TRANSPORT_OPTIONS.items():
        if rng.random() < 0.5:
            options[name] = rng.choice(values)

    def configure_more(session):
        configure(session)
        session.proxies = rng_proxies
        session.stream = stream

    rng_proxies = rng.choice([{}, {"http": "http://sessionproxy:1"}])
    stream = rng.choice([False, True])
    ours, theirs = sent_by_both(method, url, options, configure_more)
    assert ours == theirs, (method, url, options)


def test_the_transports_requests_take_the_fast_way_and_match(monkeypatch):
    """The comparison above covers the fast path itself (not only requests' way through ours)."""
    taken = fast_path_taken(monkeypatch)
    options = {"params": {"a": ["1", None]}, "data": b"{}", "headers": {"Content-Type": "application/json"}}
    ours, theirs = sent_by_both("POST", "http://test/threads/search", {**options, "timeout": (1, 2)})
    assert taken == [True] and ours == theirs
    taken.clear()
    ours, theirs = prepared_by_both({"method": "post", "url": "http://test/x", **options})
    assert taken == [True] and ours == theirs


def test_response_hooks_run_in_the_same_order():
    def configure(session):
        session.hooks["response"] = [SESSION_HOOK, HOOK_A]

    ours, theirs = sent_by_both("GET", "http://test/x", {}, configure)
    assert ours == theirs and ours[1][1] == ["session_hook", "hook_a"]

    def configure_one(session):
        session.hooks["response"] = SESSION_HOOK  # (a single function, not a list)

    ours, theirs = sent_by_both("POST", "http://test/x", {"data": b"x"}, configure_one)
    assert ours == theirs and ours[1][1] == ["session_hook"]
    ours, theirs = sent_by_both("GET", "http://test/x", {"hooks": {"response": [HOOK_A, HOOK_B]}})
    assert ours == theirs and ours[1][1] == ["hook_a", "hook_b"]


# --- the public client ---------------------------------------------------------------------------


def wire(mock):
    request = mock.calls[-1].request
    return request.method, request.url, dict(request.headers), request.body


def test_the_client_sends_through_its_session_what_it_sends_through_a_plain_one():
    plain = requests.Session()
    plain.trust_env = False
    sent = []
    for client in (
        get_client(URL, api_key="k", headers={"X-Tenant": "t"}),
        get_client(URL, api_key="k", headers={"X-Tenant": "t"}, session=plain),
    ):
        with responses.RequestsMock() as mock:
            mock.add(responses.GET, f"{URL}/threads/{T}", json=THREAD)
            mock.add(responses.POST, f"{URL}/threads/search", json=[THREAD])
            mock.add(responses.PATCH, f"{URL}/threads/{T}", json=THREAD)
            client.threads.get(T)
            first = wire(mock)
            client.threads.get(T, include=["ttl"], params={"extra": "ü x"}, headers={"X-Call": "c"})
            second = wire(mock)
            client.threads.search(metadata={"a": "ü"}, limit=3)
            third = wire(mock)
            client.threads.update(T, metadata={"b": 1})
            fourth = wire(mock)
        sent.append([first, second, third, fourth])
    assert sent[0] == sent[1]
    method, url, headers, body = sent[0][0]
    assert (method, url, body) == ("GET", f"{URL}/threads/{T}", None)
    assert headers["x-api-key"] == "k" and headers["X-Tenant"] == "t"
    assert sent[0][1][1] == f"{URL}/threads/{T}?include=ttl&extra=%C3%BC+x"


def test_the_clients_session_configured_by_the_user_sends_what_a_plain_one_sends():
    def configure(session):
        session.headers["X-Session"] = "s"
        session.headers["Accept-Encoding"] = None
        session.params = {"sp": "1"}
        session.auth = ("u", "p")
        session.hooks["response"].append(SESSION_HOOK)

    plain = requests.Session()
    plain.trust_env = False
    sent = []
    for client in (get_client(URL, api_key=None), get_client(URL, api_key=None, session=plain)):
        configure(client.session)
        HOOK_LOG.clear()
        with responses.RequestsMock() as mock:
            mock.add(responses.GET, f"{URL}/threads/{T}", json=THREAD)
            client.threads.get(T, params={"cp": "2"})
            sent.append((wire(mock), list(HOOK_LOG)))
    assert sent[0] == sent[1]
    (_, url, headers, _), hooks = sent[0]
    assert url == f"{URL}/threads/{T}?sp=1&cp=2" and headers["Authorization"] == "Basic dTpw"
    assert "Accept-Encoding" not in headers and hooks == ["session_hook"]


# --- the differences a first version had, each now as requests: requests' is the expected behaviour ---


def test_as_requests_port_with_leading_zeros():
    """Once a difference, now as requests: a first pattern took any digits as a port; urllib3 drops leading zeros (080
    -> 80).
    """
    ours, theirs = prepared_by_both({"method": "GET", "url": "http://test:080/x"})
    assert ours == theirs  # ours: http://test:080/x, requests: http://test:80/x


def test_as_requests_port_zero():
    """Once a difference, now as requests: port 0 (or 00): requests leaves it out of the URL, ours keeps it."""
    ours, theirs = prepared_by_both({"method": "GET", "url": "http://test:0/x"})
    assert ours == theirs  # ours: http://test:0/x, requests: http://test/x


def test_as_requests_port_out_of_range():
    """Once a difference, now as requests: a port past 65535: requests raises InvalidURL, ours prepares it."""
    ours, theirs = prepared_by_both({"method": "GET", "url": "http://test:99999/x"})
    assert ours == theirs


def test_as_requests_host_starting_with_a_dot():
    """Once a difference, now as requests: a host starting with '.': requests raises InvalidURL('URL has an invalid
    label.'), ours prepares it.
    """
    ours, theirs = prepared_by_both({"method": "GET", "url": "http://.test/x"})
    assert ours == theirs


def test_as_requests_falsy_non_dict_params_with_session_params():
    """Once a difference, now as requests: Request(params=[] or '' or b'' or ()) with session params: requests sends
    none of the session's.
    """
    ours, theirs = prepared_by_both(
        {"method": "GET", "url": "http://test/x", "params": []}, lambda s: s.params.update(a="1")
    )
    assert ours == theirs  # ours: http://test/x?a=1, requests: http://test/x


def test_as_requests_iterator_param_value():
    """Once a difference, now as requests: a param value that is an iterator: requests sends its items, ours str() of
    the iterator.
    """
    ours, theirs = (
        outcome(
            lambda s: snapshot(s.prepare_request(requests.Request("GET", "http://test/x", params={"a": iter("12")}))),
            session,
        )
        for session, _ in both_sessions()
    )
    assert ours == theirs  # ours: ?a=%3Clist_iterator+object+at+0x...%3E, requests: ?a=1&a=2


def test_as_requests_none_inside_a_set_param_value():
    """Once a difference, now as requests: a None inside a set (any iterable but list/tuple): requests drops it, ours
    sends 'None'.
    """
    ours, theirs = prepared_by_both({"method": "GET", "url": "http://test/x", "params": {"a": {None}}})
    assert ours == theirs  # ours: ?a=None, requests: no query


def test_as_requests_content_length_given_without_body():
    """Once a difference, now as requests: POST without body and a Content-Length header: requests keeps the caller's,
    ours sets 0.
    """
    ours, theirs = prepared_by_both({"method": "POST", "url": "http://test/x", "headers": {"Content-Length": "5"}})
    assert ours == theirs


def test_as_requests_content_length_header_case():
    """Once a difference, now as requests: POST without body and a 'content-length' header: requests keeps its name's
    case, ours renames it.
    """
    ours, theirs = prepared_by_both({"method": "POST", "url": "http://test/x", "headers": {"content-length": "0"}})
    assert ours == theirs


def test_as_requests_bytes_header_name():
    """Once a difference, now as requests: a bytes header name: requests makes it str (overriding the session's), ours
    keeps a bytes key.
    """
    ours, theirs = prepared_by_both({"method": "GET", "url": "http://test/x", "headers": {b"Accept": "x"}})
    assert ours == theirs  # ours: Accept: */* and b'Accept': x; requests: Accept: x


@pytest.mark.parametrize("value", [5, " leading space", "folded\r\n line", "new\nline", 1.5])
def test_as_requests_invalid_header_value_is_not_refused(value):
    """Once a difference, now as requests: a header value requests refuses (not str/bytes, leading whitespace, CR/LF):
    ours prepares it.
    """
    ours, theirs = prepared_by_both({"method": "GET", "url": "http://test/x", "headers": {"X": value}})
    assert ours == theirs


@pytest.mark.parametrize("name", [" X", "X:Y", "X\r\nY"])
def test_as_requests_invalid_header_name_is_not_refused(name):
    """Once a difference, now as requests: a header name requests refuses (leading whitespace, colon, CR/LF): ours
    prepares it.
    """
    ours, theirs = prepared_by_both({"method": "GET", "url": "http://test/x", "headers": {name: "v"}})
    assert ours == theirs


def test_as_requests_none_header_without_session_headers():
    """Once a difference, now as requests: session.headers = None and a request header set to None: requests raises
    InvalidHeader.
    """
    ours, theirs = prepared_by_both(
        {"method": "GET", "url": "http://test/x", "headers": {"X": None}}, lambda s: setattr(s, "headers", None)
    )
    assert ours == theirs


def test_as_requests_falsy_request_auth_with_session_auth():
    """Once a difference, now as requests: request auth=() (falsy, not None) with session auth: requests sends no
    Authorization, ours the session's.
    """
    ours, theirs = prepared_by_both(
        {"method": "GET", "url": "http://test/x", "auth": ()}, lambda s: setattr(s, "auth", ("u", "p"))
    )
    assert ours == theirs


def test_as_requests_request_hooks_replace_session_hooks():
    """Once a difference, now as requests: request hooks and session hooks: requests keeps only the request's
    (merge_hooks), ours runs both.
    """

    def configure(session):
        session.hooks["response"].append(SESSION_HOOK)

    ours, theirs = prepared_by_both({"method": "GET", "url": "http://test/x", "hooks": {"response": HOOK_A}}, configure)
    assert ours == theirs  # ours: [session_hook, hook_a], requests: [hook_a]


def test_as_requests_unknown_session_hook_event():
    """Once a difference, now as requests: an unknown event in session.hooks: requests ignores it when the response
    list is empty, ours raises.
    """
    ours, theirs = prepared_by_both(
        {"method": "GET", "url": "http://test/x"}, lambda s: s.hooks.update({"request": [HOOK_A]})
    )
    assert ours == theirs


def test_as_requests_digest_auth_answers_a_401():
    """Once a difference, now as requests: the fast path leaves PreparedRequest._cookies None; HTTPDigestAuth's retry
    then raises AttributeError.
    """
    challenge = (
        401,
        {"WWW-Authenticate": 'Digest realm="r", nonce="n", qop="auth", algorithm=MD5', "Content-Length": "2"},
    )
    results = []
    for session, adapter in both_sessions():
        adapter.replies = [challenge]
        auth = HTTPDigestAuth("u", "p")
        outcome_ = outcome(lambda s, a: s.get("http://test/x", auth=a).status_code, session, auth)
        authorization = [p.headers.get("Authorization", "")[:18] for p, _ in adapter.sent]
        results.append((outcome_, authorization))
    assert results[1] == (("ok", 200), ["", 'Digest username="u'])  # requests: answers the challenge
    assert results[0] == results[1]


def test_as_requests_trust_env_on_reads_netrc(tmp_path, monkeypatch):
    """Once a difference, now as requests: session.trust_env set back on: requests reads ~/.netrc (NETRC) for auth, the
    fast path never does.
    """
    netrc = tmp_path / "netrc"
    netrc.write_text("machine test login u password p\n")
    monkeypatch.setenv("NETRC", str(netrc))
    ours, theirs = prepared_by_both({"method": "GET", "url": "http://test/x"}, lambda s: setattr(s, "trust_env", True))
    assert theirs[1][2][-1] == ("Authorization", "Basic dTpw")
    assert ours == theirs


def test_as_requests_session_proxies_none():
    """Once a difference, now as requests: session.proxies = None: requests' merge takes it, ours raises TypeError."""
    ours, theirs = sent_by_both("GET", "http://test/x", {}, lambda s: setattr(s, "proxies", None))
    assert ours == theirs


def test_as_requests_headers_as_a_list_of_pairs():
    """Once a difference, now as requests: headers given as a list of pairs: requests raises AttributeError, ours sends
    them.
    """
    ours, theirs = sent_by_both("GET", "http://test/x", {"headers": [("X", "v")]})
    assert ours == theirs


class DigestServer(BaseHTTPRequestHandler):
    """Asks for HTTP Digest credentials, then answers with a thread."""

    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        if not self.headers.get("Authorization", "").startswith("Digest "):
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Digest realm="r", nonce="n", qop="auth", algorithm=MD5')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = json.dumps(THREAD).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def digest_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), DigestServer)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join()


def test_digest_auth_on_a_plain_session_through_the_client(digest_server):
    """The reference for the next test: the same call through a plain requests.Session works."""
    plain = requests.Session()
    plain.trust_env = False
    plain.auth = HTTPDigestAuth("u", "p")
    with get_client(digest_server, api_key=None, session=plain) as client:
        assert client.threads.get(T).thread_id == T


def test_as_requests_digest_auth_on_the_clients_session(digest_server):
    """Once a difference, now as requests: client.session.auth = HTTPDigestAuth: a real server's 401 makes requests'
    digest retry raise AttributeError.
    """
    with get_client(digest_server, api_key=None) as client:
        client.session.auth = HTTPDigestAuth("u", "p")
        assert client.threads.get(T).thread_id == T
