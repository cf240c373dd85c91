from typing import Literal

RunCreateStatefulInterruptBeforeType0 = Literal["*"]

RUN_CREATE_STATEFUL_INTERRUPT_BEFORE_TYPE_0_VALUES: set[RunCreateStatefulInterruptBeforeType0] = {
    "*",
}


def check_run_create_stateful_interrupt_before_type_0(value: str) -> RunCreateStatefulInterruptBeforeType0:
    if value in RUN_CREATE_STATEFUL_INTERRUPT_BEFORE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_CREATE_STATEFUL_INTERRUPT_BEFORE_TYPE_0_VALUES!r}"
    )
