from typing import Literal

AssistantSearchRequestSortBy = Literal["assistant_id", "created_at", "graph_id", "name", "updated_at"]

ASSISTANT_SEARCH_REQUEST_SORT_BY_VALUES: set[AssistantSearchRequestSortBy] = {
    "assistant_id",
    "created_at",
    "graph_id",
    "name",
    "updated_at",
}


def check_assistant_search_request_sort_by(value: str) -> AssistantSearchRequestSortBy:
    if value in ASSISTANT_SEARCH_REQUEST_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ASSISTANT_SEARCH_REQUEST_SORT_BY_VALUES!r}")
