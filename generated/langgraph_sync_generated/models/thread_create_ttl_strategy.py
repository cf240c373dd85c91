from typing import Literal

ThreadCreateTTLStrategy = Literal["delete", "keep_latest"]

THREAD_CREATE_TTL_STRATEGY_VALUES: set[ThreadCreateTTLStrategy] = {
    "delete",
    "keep_latest",
}


def check_thread_create_ttl_strategy(value: str) -> ThreadCreateTTLStrategy:
    if value in THREAD_CREATE_TTL_STRATEGY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {THREAD_CREATE_TTL_STRATEGY_VALUES!r}")
