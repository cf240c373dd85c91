"""Runs datadog_tracing.py as it is, with a trace filter that keeps its spans instead of sending
them to an agent (there is none here)."""

import json
import os
import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).with_name("datadog_tracing.py")

KEEP_SPANS = """
import atexit, json
from ddtrace.trace import TraceFilter, tracer

class Keep(TraceFilter):
    spans = []

    def process_trace(self, trace):
        self.spans.extend(span.name for span in trace)
        return None  # dropped: nothing is sent

tracer.configure(trace_processors=[Keep()])
atexit.register(lambda: print(json.dumps(Keep.spans)))
"""


def test_the_example_traces_each_request(langgraph_url):
    quiet = {
        "DD_INSTRUMENTATION_TELEMETRY_ENABLED": "false",
        "DD_REMOTE_CONFIGURATION_ENABLED": "false",
        "DD_CRASHTRACKING_ENABLED": "false",
        "DD_TRACE_AGENT_URL": "http://127.0.0.1:9",  # no agent: nothing is sent anyway
    }
    done = subprocess.run(
        [sys.executable, "-c", KEEP_SPANS + EXAMPLE.read_text()],
        env={**os.environ, **quiet, "LANGGRAPH_URL": langgraph_url},
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    status, spans = done.stdout.strip().splitlines()[-2:]
    assert status == "idle"
    assert json.loads(spans) == ["requests.request", "requests.request"]
