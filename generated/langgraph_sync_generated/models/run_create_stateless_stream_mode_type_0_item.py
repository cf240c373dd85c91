from typing import Literal

RunCreateStatelessStreamModeType0Item = Literal[
    "checkpoints", "custom", "debug", "events", "messages", "messages-tuple", "tasks", "updates", "values"
]

RUN_CREATE_STATELESS_STREAM_MODE_TYPE_0_ITEM_VALUES: set[RunCreateStatelessStreamModeType0Item] = {
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


def check_run_create_stateless_stream_mode_type_0_item(value: str) -> RunCreateStatelessStreamModeType0Item:
    if value in RUN_CREATE_STATELESS_STREAM_MODE_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_CREATE_STATELESS_STREAM_MODE_TYPE_0_ITEM_VALUES!r}"
    )
