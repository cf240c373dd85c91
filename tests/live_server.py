"""Start a real in-memory LangGraph server (`langgraph dev`) on a free local port, and stop it.

Used by the test suite (tests/conftest.py), by `make demo` and by the benchmark:

    python tests/live_server.py -- COMMAND ARGS...

starts the server with the graphs in tests/graphs/, runs COMMAND with LANGGRAPH_URL set to the
server's URL, stops the server and exits with COMMAND's exit code.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
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
STARTUP_SECONDS = 90
# The machines that run this have no network: nothing may wait on it or try it.
QUIET_ENVIRONMENT = {
    "LANGGRAPH_CLI_NO_ANALYTICS": "1",  # the CLI's usage report
    "LANGGRAPH_NO_VERSION_CHECK": "true",  # the server's PyPI lookup for a newer langgraph-api
    "LANGSMITH_TRACING": "false",
    "LANGCHAIN_TRACING_V2": "false",
    "LANGSMITH_API_KEY": "",
    "LANGCHAIN_API_KEY": "",
    "LANGGRAPH_CLOUD_LICENSE_KEY": "",  # with one, the server reports usage to a beacon
    "LANGSMITH_CONTROL_PLANE_API_KEY": "",
    "DO_NOT_TRACK": "1",
    "LOG_COLOR": "false",  # plain text in the log file
    "PYTHONUNBUFFERED": "1",  # the log is read while the server starts
}
# `langgraph dev` moves to another port, with only a warning, when the one asked for is taken.
SERVED_AT = re.compile(rb"API: \S*?http://127\.0\.0\.1:(\d+)")


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


def _config_for(config_path: Path, workdir: Path) -> Path:
    """A copy of the config whose paths are absolute, so the server can run in `workdir`.

    The in-memory server keeps its state in ./.langgraph_api of its working directory and reloads
    it on the next start, even with "disable_persistence". Each server gets a fresh, empty working
    directory, so no state carries over between runs and concurrent servers do not share files.
    """
    config = json.loads(config_path.read_text())
    base = config_path.resolve().parent
    config["dependencies"] = [str(base / dep) for dep in config.get("dependencies", [])]
    config["graphs"] = {
        graph_id: str(base / path) if path.startswith(".") else path for graph_id, path in config["graphs"].items()
    }
    derived = workdir / "langgraph.json"
    derived.write_text(json.dumps(config))
    return derived


def _is_up(url: str) -> bool:
    try:
        with urlopen(f"{url}/ok", timeout=2) as response:
            return bool(response.status == 200)
    except (URLError, OSError):
        return False


@contextlib.contextmanager
def running_server(
    config_path: Path = GRAPHS / "langgraph.json", port: int | None = None, log_path: Path | None = None
) -> Iterator[str]:
    """Yield the base URL of a `langgraph dev` server that is up (GET /ok answers 200).

    Without `port`, a free one is picked (and if another process takes it first, the port the server
    moved to is used); with `port`, the server must get that port. The log goes to `log_path`, or
    to a temporary file removed afterwards. Every server starts with no threads, runs or store items.
    """
    asked = port or free_port()
    workdir = Path(tempfile.mkdtemp(prefix="langgraph-dev-"))
    kept_log = log_path is not None
    log_path = log_path or workdir / "server.log"  # removed with workdir; a failure quotes its tail
    command = [
        _langgraph_executable(),
        "dev",
        "--no-browser",
        "--no-reload",
        "--host",
        "127.0.0.1",
        "--port",
        str(asked),
        "--config",
        str(_config_for(config_path, workdir)),
    ]
    try:
        with log_path.open("wb") as log:
            server = subprocess.Popen(
                command,
                cwd=workdir,
                env={**os.environ, **QUIET_ENVIRONMENT},
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group, so that stopping it stops its children
            )
            try:
                deadline = time.monotonic() + STARTUP_SECONDS
                served = None
                while served is None or not _is_up(f"http://127.0.0.1:{served}"):
                    if served is None and (match := SERVED_AT.search(log_path.read_bytes())):
                        served = int(match.group(1))
                    why = ""
                    if server.poll() is not None:
                        why = f"exited with {server.returncode}"
                    elif time.monotonic() > deadline:
                        why = f"did not answer in {STARTUP_SECONDS} s"
                    elif port is not None and served not in (None, port):
                        why = f"could not have port {port} and took {served}"
                    if why:
                        tail = log_path.read_text(errors="replace")[-3000:]
                        where = f" (log: {log_path})" if kept_log else ""
                        raise RuntimeError(f"langgraph dev {why}{where}:\n{tail}")
                    time.sleep(0.1)
                yield f"http://127.0.0.1:{served}"
            finally:
                _stop(server)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _stop(server: subprocess.Popen[bytes]) -> None:
    # Signal the group only while the leader is not yet reaped: until then its id cannot be reused.
    for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 5)):
        if server.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.pid, sig)
        with contextlib.suppress(subprocess.TimeoutExpired):
            server.wait(wait)


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
