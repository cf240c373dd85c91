"""First calls from many threads at once: what is built on first use is built once, whole.

A Django or Flask app shares one client from its first request on, and a server under load
sends many first requests at once. The argument checks, the models' structure and unstructure
functions and the lazily imported model modules are all made on first use; every thread must
get them complete. The thread switch interval is made tiny so that the threads interleave
inside that first use, and every first use is repeated in fresh objects or fresh processes.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

import pytest

from langgraph_sync._validate import checked

THREADS = 16
ROOT = Path(__file__).resolve().parents[2]  # where `tests` is importable from


@pytest.fixture
def threads_interleave_often() -> Iterator[None]:
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(interval)


def all_at_once(call: Callable[[], Any], threads: int = THREADS) -> list[BaseException]:
    """Run `call` in `threads` threads released together; the exceptions they raised."""
    barrier = threading.Barrier(threads)
    errors: list[BaseException] = []

    def run() -> None:
        barrier.wait()
        try:
            call()
        except BaseException as error:  # noqa: BLE001 - collected for the assertion
            errors.append(error)

    workers = [threading.Thread(target=run) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return errors


def a_resource_method() -> Callable[..., Any]:
    """A method shaped like the resources' own, checked, and not called yet."""

    def search(
        self: Any,
        thread_id: str | uuid.UUID,
        limit: int = 10,
        offset: int = 0,
        metadata: Mapping[str, Any] | None = None,
        ids: Sequence[str | uuid.UUID] | None = None,
        status: Literal["idle", "busy", "interrupted", "error"] | None = None,
        values: Mapping[str, Any] | None = None,
        sort_by: Literal["thread_id", "created_at"] | None = None,
        select: Sequence[str] | None = None,
        timeout: float | tuple[float, float] | None = None,
    ) -> str:
        return "sent"

    return checked(search)


def test_argument_checks_are_complete_for_every_first_caller(threads_interleave_often):
    for _ in range(30):
        method = a_resource_method()

        def first_calls(method: Callable[..., Any] = method) -> None:
            assert method(None, "t", 5, 0, None, None, "idle") == "sent"
            with pytest.raises(TypeError, match="limit must be int"):
                method(None, "t", "ten")
            with pytest.raises(TypeError, match="status must be one of '"):
                method(None, "t", 5, 0, None, None, 1)
            with pytest.raises(ValueError, match="status must be one of '"):
                method(None, "t", 5, 0, None, None, "sleeping")

        assert all_at_once(first_calls) == []


# The models' hooks, the resolution of their annotations, the PEP 562 imports of their modules
# and the client's argument checks are made once per process: each case runs in a fresh
# interpreter, where threads start on different models so that their first uses cross.
FIRST_USE = """
import itertools, sys
sys.setswitchinterval(1e-6)
import responses
from tests.unit.test_requests import ASSISTANT, RUN, STATE, THREAD, A, R, T
from tests.unit.test_first_use_from_threads import all_at_once
import langgraph_sync_generated.models as models
from langgraph_sync import get_client
from langgraph_sync._convert import structure

client = get_client("http://test", api_key=None)
calls = [
    ("Thread", THREAD, lambda: client.threads.get(T)),
    ("Run", RUN, lambda: client.runs.get(T, R)),
    ("Assistant", ASSISTANT, lambda: client.assistants.get(A)),
    ("ThreadState", STATE, lambda: client.threads.get_state(T)),
]
starts = itertools.count()

def first_use():
    start = next(starts) % len(calls)
    for name, data, call in calls[start:] + calls[:start]:
        model = getattr(models, name)  # imported on first use (PEP 562)
        parsed = structure(data, model) if start % 2 else call()
        assert type(parsed) is model and parsed.to_dict() == data, name
    selected = structure([{"thread_id": "t"}], list[models.Thread], partial=True)
    assert selected[0].to_dict() == {"thread_id": "t"}

with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
    mock.get(f"http://test/threads/{T}", json=THREAD)
    mock.get(f"http://test/threads/{T}/runs/{R}", json=RUN)
    mock.get(f"http://test/assistants/{A}", json=ASSISTANT)
    mock.get(f"http://test/threads/{T}/state", json=STATE)
    errors = all_at_once(first_use)
assert not errors, [repr(error) for error in errors]
"""


@pytest.mark.parametrize("process", range(6))
def test_models_and_methods_are_complete_for_every_first_caller(process):
    done = subprocess.run(
        [sys.executable, "-c", FIRST_USE], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
