from typing import Literal

CancelAction = Literal["interrupt", "rollback"]

CANCEL_ACTION_VALUES: set[CancelAction] = {
    "interrupt",
    "rollback",
}


def check_cancel_action(value: str) -> CancelAction:
    if value in CANCEL_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CANCEL_ACTION_VALUES!r}")
