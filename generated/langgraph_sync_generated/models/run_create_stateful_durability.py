from typing import Literal

RunCreateStatefulDurability = Literal["async", "exit", "sync"]

RUN_CREATE_STATEFUL_DURABILITY_VALUES: set[RunCreateStatefulDurability] = {
    "async",
    "exit",
    "sync",
}


def check_run_create_stateful_durability(value: str) -> RunCreateStatefulDurability:
    if value in RUN_CREATE_STATEFUL_DURABILITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RUN_CREATE_STATEFUL_DURABILITY_VALUES!r}")
