from typing import Literal

ThreadPruneRequestStrategy = Literal["delete", "keep_latest"]

THREAD_PRUNE_REQUEST_STRATEGY_VALUES: set[ThreadPruneRequestStrategy] = {
    "delete",
    "keep_latest",
}


def check_thread_prune_request_strategy(value: str) -> ThreadPruneRequestStrategy:
    if value in THREAD_PRUNE_REQUEST_STRATEGY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {THREAD_PRUNE_REQUEST_STRATEGY_VALUES!r}")
