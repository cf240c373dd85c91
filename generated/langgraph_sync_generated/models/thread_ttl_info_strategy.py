from typing import Literal

ThreadTTLInfoStrategy = Literal["delete", "keep_latest"]

THREAD_TTL_INFO_STRATEGY_VALUES: set[ThreadTTLInfoStrategy] = {
    "delete",
    "keep_latest",
}


def check_thread_ttl_info_strategy(value: str) -> ThreadTTLInfoStrategy:
    if value in THREAD_TTL_INFO_STRATEGY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {THREAD_TTL_INFO_STRATEGY_VALUES!r}")
