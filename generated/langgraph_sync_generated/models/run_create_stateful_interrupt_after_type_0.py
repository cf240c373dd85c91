from typing import Literal

RunCreateStatefulInterruptAfterType0 = Literal["*"]

RUN_CREATE_STATEFUL_INTERRUPT_AFTER_TYPE_0_VALUES: set[RunCreateStatefulInterruptAfterType0] = {
    "*",
}


def check_run_create_stateful_interrupt_after_type_0(value: str) -> RunCreateStatefulInterruptAfterType0:
    if value in RUN_CREATE_STATEFUL_INTERRUPT_AFTER_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_CREATE_STATEFUL_INTERRUPT_AFTER_TYPE_0_VALUES!r}"
    )
