from typing import Literal

ListStatus = Literal["error", "interrupted", "pending", "running", "success", "timeout"]

LIST_STATUS_VALUES: set[ListStatus] = {
    "error",
    "interrupted",
    "pending",
    "running",
    "success",
    "timeout",
}


def check_list_status(value: str) -> ListStatus:
    if value in LIST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_STATUS_VALUES!r}")
