from typing import Literal

ThreadSearchRequestSelectItem = Literal[
    "config", "created_at", "interrupts", "metadata", "state_updated_at", "status", "thread_id", "updated_at", "values"
]

THREAD_SEARCH_REQUEST_SELECT_ITEM_VALUES: set[ThreadSearchRequestSelectItem] = {
    "config",
    "created_at",
    "interrupts",
    "metadata",
    "state_updated_at",
    "status",
    "thread_id",
    "updated_at",
    "values",
}


def check_thread_search_request_select_item(value: str) -> ThreadSearchRequestSelectItem:
    if value in THREAD_SEARCH_REQUEST_SELECT_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {THREAD_SEARCH_REQUEST_SELECT_ITEM_VALUES!r}")
