"""The tools that hook requests see the client's calls as they see plain requests' (issue #19).

Each test runs a tool on plain `requests` first (the control: what the tool gives a user of
requests), then on the client as most users make it, `get_client(url)` with its own session, and
expects the same. Tracing: a span per HTTP request, one per attempt of a retried call, one for a
stream. Mocking: the mock answers and the server is never called. Recording: a cassette records
the call (or a streamed run) and replays it with the server gone and sockets refused. Proxies
from the environment; the CA bundle and a session's client certificate reach requests' adapter.

The tools are set up in every order a user may choose: before the client is made, after it was
made and used (its connection pools exist), and, in a fresh interpreter, before langgraph_sync is
even imported. ddtrace and Sentry run in a child interpreter: both change the process for good
(ddtrace hooks imports, sentry_sdk.init patches http.client and has no undo).
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
import requests_mock
import responses
import vcr
from opentelemetry.instrumentation.requests import RequestsInstrumentor
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind

import langgraph_sync._http as transport
from langgraph_sync import Client, get_client

from .scripted_server import Reply, ScriptedServer

THREAD_ID = "5cb1e8a1-34b3-4a61-a34e-71a9799bd00d"
THREAD = {
    "thread_id": THREAD_ID,
    "created_at": "2024-08-30T20:35:52.062934+00:00",
    "updated_at": "2024-08-30T20:35:52.062934+00:00",
    "metadata": {"from": "server"},
    "status": "idle",
    "config": {},
    "values": None,
}
SSE = {"Content-Type": "text/event-stream"}
EVENTS = b'event: metadata\ndata: {"run_id": "r1"}\n\nevent: values\ndata: {"n": 1}\n\n'

# When the tool is set up: before the client is made, or after it was made and used once.
ORDERS = ["tool-first", "client-first"]


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer().running() as server:
        server.default = Reply(200, THREAD)
        yield server


@pytest.fixture(autouse=True)
def no_proxy_from_the_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    # The tests talk to 127.0.0.1; a proxy set on the machine running them must not get in between.
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.fixture(autouse=True)
def no_waiting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(transport, "_sleep", lambda seconds: None)


def thread_url(server: ScriptedServer) -> str:
    return f"{server.url}/threads/{THREAD_ID}"


def used_client(url: str) -> Client:
    """A default client whose pools exist: it has made one call already."""
    client = get_client(url, api_key=None)
    client.threads.get(THREAD_ID)
    return client


def client_in_order(order: str, url: str, set_up: Callable[[], Any]) -> tuple[Client, Any]:
    if order == "tool-first":
        tool = set_up()
        return get_client(url, api_key=None), tool
    client = used_client(url)
    return client, set_up()


# OpenTelemetry (opentelemetry-instrumentation-requests), in this process, undone after each test.


class Otel:
    def __init__(self) -> None:
        self.exporter = InMemorySpanExporter()
        provider = TracerProvider()
        provider.add_span_processor(SimpleSpanProcessor(self.exporter))
        self.instrumentor = RequestsInstrumentor()
        self.instrumentor.instrument(tracer_provider=provider)

    def spans(self) -> list[tuple[str, str, int]]:
        """(method, URL, status) of each client span since the last look."""
        found = [
            (
                span.name,
                span.attributes.get("http.url") or span.attributes.get("url.full"),
                span.attributes.get("http.status_code") or span.attributes.get("http.response.status_code"),
            )
            for span in self.exporter.get_finished_spans()
            if span.kind is SpanKind.CLIENT
        ]
        self.exporter.clear()
        return found

    def close(self) -> None:
        self.instrumentor.uninstrument()


@pytest.fixture
def otel_later() -> Iterator[list[Otel]]:
    """Where a test's Otel goes, to be uninstrumented whatever happens."""
    made: list[Otel] = []
    yield made
    for otel in made:
        otel.close()


def start_otel(made: list[Otel]) -> Otel:
    otel = Otel()
    made.append(otel)
    return otel


@pytest.mark.parametrize("order", ORDERS)
def test_opentelemetry_a_span_per_call(server, otel_later, order):
    client, otel = client_in_order(order, server.url, lambda: start_otel(otel_later))
    otel.spans()  # (the client-first call was made before instrumenting: no span)

    assert requests.get(thread_url(server)).status_code == 200
    assert otel.spans() == [("GET", thread_url(server), 200)]

    assert client.threads.get(THREAD_ID).thread_id == THREAD_ID
    assert otel.spans() == [("GET", thread_url(server), 200)]


def test_opentelemetry_a_span_per_attempt_of_a_retried_call(server, otel_later):
    otel = start_otel(otel_later)
    client = get_client(server.url, api_key=None)
    busy = Reply(503, {"detail": "restarting"}, {"Retry-After": "0"})

    server.script(busy, Reply(200, THREAD))  # plain requests: the user's own retry, two requests
    assert [requests.get(thread_url(server)).status_code for _ in range(2)] == [503, 200]
    assert otel.spans() == [("GET", thread_url(server), 503), ("GET", thread_url(server), 200)]

    server.script(busy, Reply(200, THREAD))  # the client: one call, retried once
    assert client.threads.get(THREAD_ID).thread_id == THREAD_ID
    assert otel.spans() == [("GET", thread_url(server), 503), ("GET", thread_url(server), 200)]


def test_opentelemetry_a_span_for_a_stream(server, otel_later):
    otel = start_otel(otel_later)
    client = get_client(server.url, api_key=None)
    stream_url = f"{server.url}/threads/t1/runs/stream"

    server.script(Reply(200, EVENTS, SSE))
    with requests.post(stream_url, json={"assistant_id": "agent"}, stream=True) as response:
        assert b"".join(response.iter_content(None)) == EVENTS
    assert otel.spans() == [("POST", stream_url, 200)]

    server.script(Reply(200, EVENTS, SSE))
    parts = list(client.runs.stream("t1", "agent", input={}))
    assert [part.event for part in parts] == ["metadata", "values"]
    assert otel.spans() == [("POST", stream_url, 200)]


# A fresh interpreter: the tool is set up before langgraph_sync is imported.


def run_python(code: str, *args: str) -> Any:
    """Runs `code` in a fresh interpreter; its last line of output, as JSON."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args], check=False, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_opentelemetry_set_up_before_langgraph_sync_is_imported(server):
    spans = run_python(
        """
        import json, sys
        from opentelemetry.instrumentation.requests import RequestsInstrumentor
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import SimpleSpanProcessor
        from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

        exporter = InMemorySpanExporter()
        provider = TracerProvider()
        provider.add_span_processor(SimpleSpanProcessor(exporter))
        RequestsInstrumentor().instrument(tracer_provider=provider)

        import requests
        from langgraph_sync import get_client

        url, thread_id = sys.argv[1:]
        def spans(call):
            exporter.clear()
            call()
            return [span.name for span in exporter.get_finished_spans()]

        print(json.dumps({
            "requests": spans(lambda: requests.get(f"{url}/threads/{thread_id}")),
            "client": spans(lambda: get_client(url, api_key=None).threads.get(thread_id)),
        }))
        """,
        server.url,
        THREAD_ID,
    )
    assert spans["requests"] == ["GET"]
    assert spans["client"] == ["GET"]


# Datadog: ddtrace's requests integration, spans kept by a trace filter (no agent needed).

DDTRACE = """
    import json, os, sys
    # No agent, no telemetry, no remote configuration: nothing leaves the process.
    os.environ.update(
        DD_INSTRUMENTATION_TELEMETRY_ENABLED="false",
        DD_REMOTE_CONFIGURATION_ENABLED="false",
        DD_TRACE_STARTUP_LOGS="false",
        DD_CRASHTRACKING_ENABLED="false",
        DD_TRACE_AGENT_URL="http://127.0.0.1:9",
    )
    url, thread_id, order = sys.argv[1:]

    if order == "client-first":  # requests and langgraph_sync imported, the client made and used
        import requests
        from langgraph_sync import get_client
        client = get_client(url, api_key=None)
        client.threads.get(thread_id)

    from ddtrace import patch
    from ddtrace.trace import TraceFilter, tracer

    class Keep(TraceFilter):
        # Keeps each finished trace's spans; returning None drops the trace, so none is sent.
        def __init__(self):
            self.spans = []

        def process_trace(self, trace):
            self.spans.extend(trace)
            return None

    keep = Keep()
    tracer.configure(trace_processors=[keep])
    patch(requests=True)  # tool-first: before requests is even imported

    import requests
    from langgraph_sync import get_client
    if order == "tool-first":
        client = get_client(url, api_key=None)

    def spans(call):
        keep.spans.clear()
        call()
        return [(s.name, s.get_tag("http.url"), s.get_tag("http.status_code")) for s in keep.spans]

    print(json.dumps({
        "requests": spans(lambda: requests.get(f"{url}/threads/{thread_id}")),
        "client": spans(lambda: client.threads.get(thread_id)),
    }))
"""


@pytest.mark.parametrize("order", ORDERS)
def test_ddtrace_a_span_per_call(server, order):
    spans = run_python(DDTRACE, server.url, THREAD_ID, order)
    expected = [["requests.request", thread_url(server), "200"]]
    assert spans["requests"] == expected
    assert spans["client"] == expected


# Sentry: http.client spans inside a transaction, sent to a transport that keeps the envelopes.


def test_sentry_http_client_spans(server):
    spans = run_python(
        """
        import json, sys
        import sentry_sdk
        from sentry_sdk.transport import Transport

        envelopes = []

        class Keep(Transport):
            def capture_envelope(self, envelope):
                envelopes.append(envelope)

        sentry_sdk.init(dsn="http://key@127.0.0.1:9/1", transport=Keep, traces_sample_rate=1.0, release="tests")

        import requests
        from langgraph_sync import get_client

        url, thread_id = sys.argv[1:]

        def spans(call):
            envelopes.clear()
            with sentry_sdk.start_transaction(name="call"):
                call()
            sentry_sdk.flush()
            return [
                [span["op"], span["description"]]
                for envelope in envelopes
                for item in envelope.items
                if item.type == "transaction"
                for span in item.payload.json["spans"]
                if span["op"] == "http.client"
            ]

        print(json.dumps({
            "requests": spans(lambda: requests.get(f"{url}/threads/{thread_id}")),
            "client": spans(lambda: get_client(url, api_key=None).threads.get(thread_id)),
        }))
        """,
        server.url,
        THREAD_ID,
    )
    expected = [["http.client", f"GET {thread_url(server)}"]]
    assert spans["requests"] == expected
    assert spans["client"] == expected


# Mocking: requests-mock and responses answer instead of the server.

MOCKED = {**THREAD, "metadata": {"from": "mock"}}


@pytest.mark.parametrize("order", ORDERS)
def test_requests_mock_answers_and_the_server_is_not_called(server, order):
    if order == "client-first":
        client = used_client(server.url)
        server.seen.clear()
    with requests_mock.Mocker() as mock:
        if order == "tool-first":
            client = get_client(server.url, api_key=None)
        mock.get(thread_url(server), json=MOCKED)

        assert requests.get(thread_url(server)).json() == MOCKED
        assert client.threads.get(THREAD_ID).metadata == {"from": "mock"}

        assert mock.call_count == 2
    assert server.seen == []


def test_requests_mock_streams_a_run(server):
    stream_url = f"{server.url}/threads/t1/runs/stream"
    with requests_mock.Mocker() as mock:
        mock.post(stream_url, content=EVENTS, headers=SSE)
        with requests.post(stream_url, json={"assistant_id": "agent"}, stream=True) as response:
            assert b"".join(response.iter_content(None)) == EVENTS
        parts = list(get_client(server.url, api_key=None).runs.stream("t1", "agent", input={}))
        assert [(part.event, part.data) for part in parts] == [("metadata", {"run_id": "r1"}), ("values", {"n": 1})]
    assert server.seen == []


def test_responses_answers_and_the_server_is_not_called(server):
    client = used_client(server.url)
    server.seen.clear()
    with responses.RequestsMock() as mock:
        mock.get(thread_url(server), json=MOCKED)

        assert requests.get(thread_url(server)).json() == MOCKED
        assert client.threads.get(THREAD_ID).metadata == {"from": "mock"}

        assert len(mock.calls) == 2
    assert server.seen == []


# Recording: vcrpy records against the server, then replays with the server gone and sockets refused.


@pytest.fixture
def refuse_sockets(monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    def refuse() -> None:
        def connect(self: socket.socket, address: Any) -> None:
            raise OSError(f"a replayed call opened a socket to {address}")

        monkeypatch.setattr(socket.socket, "connect", connect)
        monkeypatch.setattr(socket.socket, "connect_ex", connect)

    return refuse


@pytest.mark.parametrize("order", ORDERS)
def test_vcrpy_records_then_replays_offline(tmp_path: Path, refuse_sockets, order):
    recorder = vcr.VCR(cassette_library_dir=str(tmp_path), record_mode="once")
    with ScriptedServer().running() as server:
        server.default = Reply(200, THREAD)
        url = thread_url(server)
        client = used_client(server.url) if order == "client-first" else None
        server.seen.clear()

        with recorder.use_cassette("requests.yaml") as cassette:
            assert requests.get(url).json() == THREAD
            assert len(cassette) == 1
        with recorder.use_cassette("client.yaml") as cassette:
            client = client or get_client(server.url, api_key=None)
            assert client.threads.get(THREAD_ID).thread_id == THREAD_ID
            assert len(cassette) == 1
        assert len(server.seen) == 2  # recording calls the server
        recorded = len(server.seen)

    refuse_sockets()
    replayer = vcr.VCR(cassette_library_dir=str(tmp_path), record_mode="none")
    with replayer.use_cassette("requests.yaml") as cassette:
        assert requests.get(url).json() == THREAD
        assert cassette.play_count == 1
    with replayer.use_cassette("client.yaml") as cassette:
        assert client.threads.get(THREAD_ID).metadata == {"from": "server"}
        assert cassette.play_count == 1
    assert len(server.seen) == recorded  # (a kept-alive connection to the stopped server is not used)


def test_vcrpy_cassette_opened_before_langgraph_sync_is_imported(server, tmp_path):
    counts = run_python(
        """
        import json, sys
        import vcr

        url, thread_id, folder = sys.argv[1:]
        recorder = vcr.VCR(cassette_library_dir=folder, record_mode="once")
        with recorder.use_cassette("requests.yaml") as requests_cassette:
            import requests
            requests.get(f"{url}/threads/{thread_id}")
        with recorder.use_cassette("client.yaml") as client_cassette:
            from langgraph_sync import get_client
            get_client(url, api_key=None).threads.get(thread_id)
        counts = {"requests": [len(requests_cassette)], "client": [len(client_cassette)]}

        import socket
        def refuse(self, address):
            raise OSError(f"a replayed call opened a socket to {address}")
        socket.socket.connect = socket.socket.connect_ex = refuse
        replayer = vcr.VCR(cassette_library_dir=folder, record_mode="none")
        with replayer.use_cassette("requests.yaml") as cassette:
            requests.get(f"{url}/threads/{thread_id}")
            counts["requests"].append(cassette.play_count)
        with replayer.use_cassette("client.yaml") as cassette:
            get_client(url, api_key=None).threads.get(thread_id)
            counts["client"].append(cassette.play_count)
        print(json.dumps(counts))
        """,
        server.url,
        THREAD_ID,
        str(tmp_path),
    )
    assert counts["requests"] == [1, 1]  # recorded, replayed
    assert counts["client"] == [1, 1]


# Proxies from the environment: HTTP_PROXY is used, NO_PROXY excludes. The proxy is a scripted
# server that answers itself and records the absolute-form URL each request names.


@pytest.fixture
def proxy() -> Iterator[ScriptedServer]:
    with ScriptedServer().running() as proxy:
        proxy.default = Reply(200, {**THREAD, "metadata": {"from": "proxy"}})
        yield proxy


def test_http_proxy_from_the_environment(server, proxy, monkeypatch):
    monkeypatch.setenv("HTTP_PROXY", proxy.url)

    assert requests.get(thread_url(server)).json()["metadata"] == {"from": "proxy"}
    assert [seen.path for seen in proxy.seen] == [thread_url(server)]

    proxy.seen.clear()
    assert get_client(server.url, api_key=None).threads.get(THREAD_ID).metadata == {"from": "proxy"}
    assert [seen.path for seen in proxy.seen] == [thread_url(server)]
    assert server.seen == []


def test_no_proxy_excludes_the_server(server, proxy, monkeypatch):
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")

    assert requests.get(thread_url(server)).json()["metadata"] == {"from": "server"}
    assert get_client(server.url, api_key=None).threads.get(THREAD_ID).metadata == {"from": "server"}
    assert proxy.seen == []
    assert len(server.seen) == 2


def test_vcrpy_replays_a_streamed_run(tmp_path: Path, refuse_sockets):
    recorder = vcr.VCR(cassette_library_dir=str(tmp_path), record_mode="once")
    with ScriptedServer().running() as server:
        stream_url = f"{server.url}/threads/t1/runs/stream"
        server.script(Reply(200, EVENTS, SSE), Reply(200, EVENTS, SSE))
        with recorder.use_cassette("requests.yaml") as cassette:
            with requests.post(stream_url, json={"assistant_id": "agent"}, stream=True) as response:
                assert b"".join(response.iter_content(None)) == EVENTS
            assert len(cassette) == 1
        client = get_client(server.url, api_key=None)
        with recorder.use_cassette("client.yaml") as cassette:
            assert [part.event for part in client.runs.stream("t1", "agent", input={})] == ["metadata", "values"]
            assert len(cassette) == 1

    refuse_sockets()
    replayer = vcr.VCR(cassette_library_dir=str(tmp_path), record_mode="none")
    with replayer.use_cassette("requests.yaml") as cassette:
        with requests.post(stream_url, json={"assistant_id": "agent"}, stream=True) as response:
            assert b"".join(response.iter_content(None)) == EVENTS
        assert cassette.play_count == 1
    with replayer.use_cassette("client.yaml") as cassette:
        parts = list(client.runs.stream("t1", "agent", input={}))
        assert [(part.event, part.data) for part in parts] == [("metadata", {"run_id": "r1"}), ("values", {"n": 1})]
        assert cassette.play_count == 1


# Certificates: what requests' adapter is handed (the CA bundle to verify with, the client
# certificate) is the same for plain requests and for the client.

HTTPS_THREAD_URL = f"https://langgraph.test/threads/{THREAD_ID}"


def adapter_was_given(call: Callable[[], Any]) -> tuple[Any, Any]:
    with responses.RequestsMock() as mock:
        mock.get(HTTPS_THREAD_URL, json=THREAD)
        call()
        sent = mock.calls[0].request.req_kwargs
    return sent["verify"], sent["cert"]


def test_requests_ca_bundle_from_the_environment(monkeypatch):
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", "/etc/ssl/from-env.pem")
    monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)
    given = ("/etc/ssl/from-env.pem", None)
    assert adapter_was_given(lambda: requests.get(HTTPS_THREAD_URL)) == given
    assert adapter_was_given(lambda: get_client("https://langgraph.test", api_key=None).threads.get(THREAD_ID)) == given


def test_verify_and_a_client_certificate_on_a_session(monkeypatch):
    monkeypatch.delenv("REQUESTS_CA_BUNDLE", raising=False)
    monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)
    session = requests.Session()
    session.cert = ("client.pem", "client.key")
    session.verify = "/etc/ssl/private-ca.pem"
    given = ("/etc/ssl/private-ca.pem", ("client.pem", "client.key"))
    assert adapter_was_given(lambda: session.get(HTTPS_THREAD_URL)) == given
    client = get_client("https://langgraph.test", api_key=None, session=session)
    assert adapter_was_given(lambda: client.threads.get(THREAD_ID)) == given
