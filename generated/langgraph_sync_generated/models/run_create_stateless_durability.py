from typing import Literal

RunCreateStatelessDurability = Literal["async", "exit", "sync"]

RUN_CREATE_STATELESS_DURABILITY_VALUES: set[RunCreateStatelessDurability] = {
    "async",
    "exit",
    "sync",
}


def check_run_create_stateless_durability(value: str) -> RunCreateStatelessDurability:
    if value in RUN_CREATE_STATELESS_DURABILITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RUN_CREATE_STATELESS_DURABILITY_VALUES!r}")
