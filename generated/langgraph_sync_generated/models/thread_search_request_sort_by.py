from typing import Literal

ThreadSearchRequestSortBy = Literal["created_at", "state_updated_at", "status", "thread_id", "updated_at"]

THREAD_SEARCH_REQUEST_SORT_BY_VALUES: set[ThreadSearchRequestSortBy] = {
    "created_at",
    "state_updated_at",
    "status",
    "thread_id",
    "updated_at",
}


def check_thread_search_request_sort_by(value: str) -> ThreadSearchRequestSortBy:
    if value in THREAD_SEARCH_REQUEST_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {THREAD_SEARCH_REQUEST_SORT_BY_VALUES!r}")
