from typing import Literal

RunCreateStatefulMultitaskStrategy = Literal["enqueue", "interrupt", "reject", "rollback"]

RUN_CREATE_STATEFUL_MULTITASK_STRATEGY_VALUES: set[RunCreateStatefulMultitaskStrategy] = {
    "enqueue",
    "interrupt",
    "reject",
    "rollback",
}


def check_run_create_stateful_multitask_strategy(value: str) -> RunCreateStatefulMultitaskStrategy:
    if value in RUN_CREATE_STATEFUL_MULTITASK_STRATEGY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RUN_CREATE_STATEFUL_MULTITASK_STRATEGY_VALUES!r}")
