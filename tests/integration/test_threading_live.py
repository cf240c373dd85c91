"""One client shared by many threads, as a module-level client in a Django app is."""

from __future__ import annotations

import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

THREADS = 16
CALLS_PER_THREAD = 50


def test_sixteen_threads_share_one_client(client):
    tag = str(uuid.uuid4())
    errors: list[BaseException] = []
    created: list[str] = []
    lock = threading.Lock()

    def work(worker: int) -> None:
        # Each worker writes and reads back: 25 creates, each followed by a get of what it made.
        for n in range(CALLS_PER_THREAD // 2):
            try:
                thread = client.threads.create(metadata={"tag": tag, "worker": worker, "n": n})
                assert client.threads.get(thread.thread_id).metadata == {"tag": tag, "worker": worker, "n": n}
                with lock:
                    created.append(thread.thread_id)
            except BaseException as error:  # noqa: BLE001 - every failure is counted, none hidden
                errors.append(error)

    started = time.perf_counter()
    with ThreadPoolExecutor(THREADS) as pool:
        list(pool.map(work, range(THREADS)))
    elapsed = time.perf_counter() - started

    calls = THREADS * CALLS_PER_THREAD
    print(f"\n{THREADS} threads x {CALLS_PER_THREAD} calls: {calls} calls in {elapsed:.2f} s, {len(errors)} errors")
    assert errors == []
    assert len(created) == len(set(created)) == calls // 2
    assert client.threads.count(metadata={"tag": tag}) == calls // 2
    found = client.threads.search(metadata={"tag": tag}, limit=calls)
    assert {t.thread_id for t in found} == set(created)
