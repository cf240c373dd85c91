"""Run a command beside a real in-memory LangGraph server serving the graphs in tests/graphs/.

Used by `make demo` and by the benchmark; the server is langgraph_sync.testing's (the same one the
test suite's `langgraph_url` fixture starts):

    python tests/live_server.py -- COMMAND ARGS...

starts the server, runs COMMAND with LANGGRAPH_URL set to the server's URL, stops the server and
exits with COMMAND's exit code.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from langgraph_sync import testing

CONFIG = Path(__file__).resolve().parent / "graphs" / "langgraph.json"


@contextlib.contextmanager
def running_server(port: int | None = None, log_path: Path | None = None) -> Iterator[str]:
    """langgraph_sync.testing.running_server for the graphs in tests/graphs/ (the benchmark uses it)."""
    with testing.running_server(CONFIG, port=port, log_path=log_path) as url:
        yield url


def _exit_on_sigterm(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)  # unwinds through running_server, which stops the server


def main(argv: list[str]) -> int:
    if "--" not in argv or argv.index("--") == len(argv) - 1:
        print("usage: python tests/live_server.py -- COMMAND [ARGS...]", file=sys.stderr)
        return 2
    command = argv[argv.index("--") + 1 :]
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    with running_server() as url:
        return subprocess.call(command, env={**os.environ, "LANGGRAPH_URL": url})


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
