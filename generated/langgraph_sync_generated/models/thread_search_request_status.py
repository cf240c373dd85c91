from typing import Literal

ThreadSearchRequestStatus = Literal["busy", "error", "idle", "interrupted"]

THREAD_SEARCH_REQUEST_STATUS_VALUES: set[ThreadSearchRequestStatus] = {
    "busy",
    "error",
    "idle",
    "interrupted",
}


def check_thread_search_request_status(value: str) -> ThreadSearchRequestStatus:
    if value in THREAD_SEARCH_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {THREAD_SEARCH_REQUEST_STATUS_VALUES!r}")
