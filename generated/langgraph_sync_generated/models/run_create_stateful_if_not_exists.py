from typing import Literal

RunCreateStatefulIfNotExists = Literal["create", "reject"]

RUN_CREATE_STATEFUL_IF_NOT_EXISTS_VALUES: set[RunCreateStatefulIfNotExists] = {
    "create",
    "reject",
}


def check_run_create_stateful_if_not_exists(value: str) -> RunCreateStatefulIfNotExists:
    if value in RUN_CREATE_STATEFUL_IF_NOT_EXISTS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RUN_CREATE_STATEFUL_IF_NOT_EXISTS_VALUES!r}")
