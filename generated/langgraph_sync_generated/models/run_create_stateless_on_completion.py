from typing import Literal

RunCreateStatelessOnCompletion = Literal["delete", "keep"]

RUN_CREATE_STATELESS_ON_COMPLETION_VALUES: set[RunCreateStatelessOnCompletion] = {
    "delete",
    "keep",
}


def check_run_create_stateless_on_completion(value: str) -> RunCreateStatelessOnCompletion:
    if value in RUN_CREATE_STATELESS_ON_COMPLETION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RUN_CREATE_STATELESS_ON_COMPLETION_VALUES!r}")
