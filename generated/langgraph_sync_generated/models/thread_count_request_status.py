from typing import Literal

ThreadCountRequestStatus = Literal["busy", "error", "idle", "interrupted"]

THREAD_COUNT_REQUEST_STATUS_VALUES: set[ThreadCountRequestStatus] = {
    "busy",
    "error",
    "idle",
    "interrupted",
}


def check_thread_count_request_status(value: str) -> ThreadCountRequestStatus:
    if value in THREAD_COUNT_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {THREAD_COUNT_REQUEST_STATUS_VALUES!r}")
