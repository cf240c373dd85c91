from typing import Literal

AssistantSearchRequestSortOrder = Literal["asc", "desc"]

ASSISTANT_SEARCH_REQUEST_SORT_ORDER_VALUES: set[AssistantSearchRequestSortOrder] = {
    "asc",
    "desc",
}


def check_assistant_search_request_sort_order(value: str) -> AssistantSearchRequestSortOrder:
    if value in ASSISTANT_SEARCH_REQUEST_SORT_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ASSISTANT_SEARCH_REQUEST_SORT_ORDER_VALUES!r}")
