"""Start a real in-memory LangGraph server (`langgraph dev`) on a free local port, and stop it.

Used by the test suite (tests/conftest.py), by `make demo` and by the benchmark:

    python tests/live_server.py -- COMMAND ARGS...

starts the server with the graphs in tests/graphs/, runs COMMAND with LANGGRAPH_URL set to the
server's URL, stops the server and exits with COMMAND's exit code.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.error import URLError
from urllib.request import urlopen

GRAPHS = Path(__file__).resolve().parent / "graphs"
STARTUP_SECONDS = 120
# No browser, no telemetry, no tracing: the machines that run this have no network.
QUIET_ENVIRONMENT = {
    "LANGGRAPH_CLI_NO_ANALYTICS": "1",
    "LANGSMITH_TRACING": "false",
    "LANGCHAIN_TRACING_V2": "false",
    "LANGSMITH_API_KEY": "",
    "LANGGRAPH_API_KEY": "",
    "LANGCHAIN_API_KEY": "",
    "DO_NOT_TRACK": "1",
}


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _langgraph_executable() -> str:
    # The one installed beside this interpreter (the project's .venv), not one on PATH.
    candidate = Path(sys.executable).parent / "langgraph"
    if not candidate.exists():
        raise RuntimeError(f"{candidate} not found: install the dev dependencies (make dev)")
    return str(candidate)


def _is_up(url: str) -> bool:
    try:
        with urlopen(f"{url}/ok", timeout=2) as response:
            return bool(response.status == 200)
    except (URLError, OSError):
        return False


@contextlib.contextmanager
def running_server(config: Path = GRAPHS / "langgraph.json", log_path: Path | None = None) -> Iterator[str]:
    """Yield the base URL of a `langgraph dev` server that is up (GET /ok answers 200)."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log_path = log_path or Path(tempfile.mkdtemp(prefix="langgraph-dev-")) / "server.log"
    command = [
        _langgraph_executable(),
        "dev",
        "--no-browser",
        "--no-reload",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--config",
        str(config),
    ]
    with log_path.open("wb") as log:
        server = subprocess.Popen(
            command,
            cwd=config.parent,
            env={**os.environ, **QUIET_ENVIRONMENT},
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, so that stopping it stops its children
        )
        try:
            deadline = time.monotonic() + STARTUP_SECONDS
            while not _is_up(url):
                if server.poll() is not None or time.monotonic() > deadline:
                    tail = log_path.read_text(errors="replace")[-3000:]
                    why = f"exited with {server.returncode}" if server.poll() is not None else "did not answer"
                    raise RuntimeError(f"langgraph dev {why} (log: {log_path}):\n{tail}")
                time.sleep(0.2)
            yield url
        finally:
            _stop(server)


def _stop(server: subprocess.Popen[bytes]) -> None:
    for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 5)):
        if server.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.pid, sig)
        with contextlib.suppress(subprocess.TimeoutExpired):
            server.wait(wait)


def main(argv: list[str]) -> int:
    if "--" not in argv or argv.index("--") == len(argv) - 1:
        print("usage: python tests/live_server.py -- COMMAND [ARGS...]", file=sys.stderr)
        return 2
    command = argv[argv.index("--") + 1 :]
    with running_server() as url:
        return subprocess.call(command, env={**os.environ, "LANGGRAPH_URL": url})


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
