from typing import Literal

RunMultitaskStrategy = Literal["enqueue", "interrupt", "reject", "rollback"]

RUN_MULTITASK_STRATEGY_VALUES: set[RunMultitaskStrategy] = {
    "enqueue",
    "interrupt",
    "reject",
    "rollback",
}


def check_run_multitask_strategy(value: str) -> RunMultitaskStrategy:
    if value in RUN_MULTITASK_STRATEGY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RUN_MULTITASK_STRATEGY_VALUES!r}")
