from typing import Literal

ThreadPatchTTLStrategy = Literal["delete", "keep_latest"]

THREAD_PATCH_TTL_STRATEGY_VALUES: set[ThreadPatchTTLStrategy] = {
    "delete",
    "keep_latest",
}


def check_thread_patch_ttl_strategy(value: str) -> ThreadPatchTTLStrategy:
    if value in THREAD_PATCH_TTL_STRATEGY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {THREAD_PATCH_TTL_STRATEGY_VALUES!r}")
