from typing import Literal

ThreadCreateIfExists = Literal["do_nothing", "raise"]

THREAD_CREATE_IF_EXISTS_VALUES: set[ThreadCreateIfExists] = {
    "do_nothing",
    "raise",
}


def check_thread_create_if_exists(value: str) -> ThreadCreateIfExists:
    if value in THREAD_CREATE_IF_EXISTS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {THREAD_CREATE_IF_EXISTS_VALUES!r}")
