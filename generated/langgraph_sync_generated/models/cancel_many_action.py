from typing import Literal

CancelManyAction = Literal["interrupt", "rollback"]

CANCEL_MANY_ACTION_VALUES: set[CancelManyAction] = {
    "interrupt",
    "rollback",
}


def check_cancel_many_action(value: str) -> CancelManyAction:
    if value in CANCEL_MANY_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CANCEL_MANY_ACTION_VALUES!r}")
