from typing import Literal

RunCreateStatefulStreamModeType0Item = Literal[
    "checkpoints", "custom", "debug", "events", "messages", "messages-tuple", "tasks", "updates", "values"
]

RUN_CREATE_STATEFUL_STREAM_MODE_TYPE_0_ITEM_VALUES: set[RunCreateStatefulStreamModeType0Item] = {
    "checkpoints",
    "custom",
    "debug",
    "events",
    "messages",
    "messages-tuple",
    "tasks",
    "updates",
    "values",
}


def check_run_create_stateful_stream_mode_type_0_item(value: str) -> RunCreateStatefulStreamModeType0Item:
    if value in RUN_CREATE_STATEFUL_STREAM_MODE_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_CREATE_STATEFUL_STREAM_MODE_TYPE_0_ITEM_VALUES!r}"
    )
