from typing import Literal

ListSelectItem = Literal[
    "assistant_id",
    "created_at",
    "kwargs",
    "langsmith_session_name",
    "metadata",
    "multitask_strategy",
    "run_id",
    "status",
    "thread_id",
    "updated_at",
]

LIST_SELECT_ITEM_VALUES: set[ListSelectItem] = {
    "assistant_id",
    "created_at",
    "kwargs",
    "langsmith_session_name",
    "metadata",
    "multitask_strategy",
    "run_id",
    "status",
    "thread_id",
    "updated_at",
}


def check_list_select_item(value: str) -> ListSelectItem:
    if value in LIST_SELECT_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_SELECT_ITEM_VALUES!r}")
