from typing import Literal

ThreadSearchRequestSortOrder = Literal["asc", "desc"]

THREAD_SEARCH_REQUEST_SORT_ORDER_VALUES: set[ThreadSearchRequestSortOrder] = {
    "asc",
    "desc",
}


def check_thread_search_request_sort_order(value: str) -> ThreadSearchRequestSortOrder:
    if value in THREAD_SEARCH_REQUEST_SORT_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {THREAD_SEARCH_REQUEST_SORT_ORDER_VALUES!r}")
