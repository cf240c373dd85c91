from typing import Literal

AssistantSearchRequestSelectItem = Literal[
    "assistant_id",
    "config",
    "context",
    "created_at",
    "description",
    "graph_id",
    "metadata",
    "name",
    "updated_at",
    "version",
]

ASSISTANT_SEARCH_REQUEST_SELECT_ITEM_VALUES: set[AssistantSearchRequestSelectItem] = {
    "assistant_id",
    "config",
    "context",
    "created_at",
    "description",
    "graph_id",
    "metadata",
    "name",
    "updated_at",
    "version",
}


def check_assistant_search_request_select_item(value: str) -> AssistantSearchRequestSelectItem:
    if value in ASSISTANT_SEARCH_REQUEST_SELECT_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ASSISTANT_SEARCH_REQUEST_SELECT_ITEM_VALUES!r}")
