"""Tracing with OpenTelemetry: each request the client sends is a span, as with plain requests."""

from opentelemetry.instrumentation.requests import RequestsInstrumentor
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from langgraph_sync import get_client


def test_each_request_is_a_span(langgraph_url):
    # In an application: BatchSpanProcessor(OTLPSpanExporter()), set up once at start.
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    RequestsInstrumentor().instrument(tracer_provider=provider)  # before or after get_client
    try:
        client = get_client(langgraph_url)
        thread = client.threads.create()
        client.threads.get(thread.thread_id)
        assert [span.name for span in exporter.get_finished_spans()] == ["POST", "GET"]
    finally:
        RequestsInstrumentor().uninstrument()
