"""A real LangGraph server for your tests: a pytest plugin, and the launcher behind it.

Install with `pip install 'langgraph-sync[testing]'` (the in-memory server needs Python 3.11+).
pytest loads this plugin by itself (a `pytest11` entry point); it adds two fixtures:

- `langgraph_url` (session): the base URL of a `langgraph dev` server, in memory, on a free
  local port, serving the graphs of your `langgraph.json`. It starts once for the whole session,
  with no threads, runs or store items, and stops at the end.
- `langgraph_client` (per test): a `Client` for that server, closed after the test.

Which `langgraph.json`: the `--langgraph-config` option, else the `langgraph_config` ini setting
(relative to the rootdir), else `langgraph.json` in the rootdir:

    # pyproject.toml
    [tool.pytest.ini_options]
    langgraph_config = "agent/langgraph.json"

The server never uses the network: no analytics, no version check, no tracing, no license beacon
(`QUIET_ENVIRONMENT`). Outside pytest, `running_server()` starts one for a `with` block.
"""

from __future__ import annotations

import contextlib
import importlib.util
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

import pytest

from .client import Client, get_client

__all__ = ["QUIET_ENVIRONMENT", "ServerPackagesMissing", "langgraph_client", "langgraph_url", "running_server"]

STARTUP_SECONDS = 90
# The machines that run tests often have no network: nothing may wait on it or try it.
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
# What `langgraph dev` needs to serve in memory: the `langgraph-cli[inmem]` distribution.
SERVER_MODULES = ("langgraph_cli", "langgraph_api", "langgraph_runtime_inmem")


class ServerPackagesMissing(RuntimeError):
    """The packages of the in-memory server are not installed beside this interpreter."""


def _check_server_packages() -> None:
    missing = [name for name in SERVER_MODULES if importlib.util.find_spec(name) is None]
    if not missing:
        return
    advice = "pip install 'langgraph-sync[testing]'"
    if sys.version_info < (3, 11):
        advice = "the in-memory LangGraph server needs Python 3.11 or newer; there, " + advice
    raise ServerPackagesMissing(
        f"langgraph_sync.testing starts a real LangGraph server, and {', '.join(missing)} "
        f"{'is' if len(missing) == 1 else 'are'} not installed in {sys.executable}: {advice}"
    )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _config_for(config_path: Path, workdir: Path) -> Path:
    """A copy of the config whose paths are absolute, so the server can run in `workdir`.

    The in-memory server keeps its state in ./.langgraph_api of its working directory and reloads
    it on the next start, even with "disable_persistence". Each server gets a fresh, empty working
    directory, so no state carries over between runs and concurrent servers do not share files.
    """
    config = json.loads(config_path.read_text())
    base = config_path.resolve().parent
    config["dependencies"] = [str(base / dep) if dep.startswith(".") else dep for dep in config.get("dependencies", [])]
    config["graphs"] = {
        graph_id: str(base / path) if path.startswith(".") else path for graph_id, path in config["graphs"].items()
    }
    if isinstance(config.get("env"), str):  # a .env file beside the config
        config["env"] = str(base / config["env"])
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
    config_path: str | os.PathLike[str] = "langgraph.json", port: int | None = None, log_path: Path | None = None
) -> Iterator[str]:
    """Start `langgraph dev` (in memory) for `config_path`, yield its base URL once it is up, then stop it.

    Up means that GET /ok answers 200. Without `port`, a free one is picked (and if another process
    takes it first, the port the server moved to is used); with `port`, the server must get that
    port. The log goes to `log_path`, or to a temporary file removed afterwards. Every server starts
    with no threads, runs or store items, and with the network-quiet settings of `QUIET_ENVIRONMENT`.

    Raises:
        ServerPackagesMissing: `langgraph-cli[inmem]` is not installed (the `[testing]` extra).
        FileNotFoundError: there is no file at `config_path`.
        RuntimeError: the server exited, did not answer within 90 s, or could not have `port`;
            the message quotes the end of its log.
    """
    config_path = Path(config_path)
    if not config_path.is_file():
        raise FileNotFoundError(f"no LangGraph config at {config_path.resolve()}")
    _check_server_packages()
    asked = port or _free_port()
    workdir = Path(tempfile.mkdtemp(prefix="langgraph-dev-"))
    kept_log = log_path is not None
    log_path = log_path or workdir / "server.log"  # removed with workdir; a failure quotes its tail
    command = [
        sys.executable,
        "-m",
        "langgraph_cli",
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
                yield f"http://127.0.0.1:{_wait_until_up(server, log_path, port, kept_log)}"
            finally:
                _stop(server)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _wait_until_up(server: subprocess.Popen[bytes], log_path: Path, port: int | None, kept_log: bool) -> int:
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
    return served


def _stop(server: subprocess.Popen[bytes]) -> None:
    # Signal the group only while the leader is not yet reaped: until then its id cannot be reused.
    for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 5)):
        if server.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.pid, sig)
        with contextlib.suppress(subprocess.TimeoutExpired):
            server.wait(wait)


# The pytest plugin.


def pytest_addoption(parser: pytest.Parser) -> None:
    help_text = "the langgraph.json whose graphs the langgraph_url fixture's server serves"
    parser.addoption("--langgraph-config", default=None, help=help_text + " (default: the langgraph_config ini)")
    parser.addini("langgraph_config", help_text + ", relative to the rootdir", default="langgraph.json")


def _config_path(config: pytest.Config) -> Path:
    given = config.getoption("--langgraph-config")
    if given is not None:
        return Path(given).resolve()
    return config.rootpath / str(config.getini("langgraph_config"))


@pytest.fixture(scope="session")
def langgraph_url(pytestconfig: pytest.Config, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base URL of a real in-memory LangGraph server, started once per session for your langgraph.json."""
    # A server that does not start fails the tests that need it: it never skips them.
    log = tmp_path_factory.mktemp("langgraph-dev") / "server.log"
    with running_server(_config_path(pytestconfig), log_path=log) as url:
        yield url


@pytest.fixture
def langgraph_client(langgraph_url: str) -> Iterator[Client]:
    """A `Client` for the session's LangGraph server (no API key), closed after the test."""
    with get_client(langgraph_url, api_key=None) as client:
        yield client
