from typing import Literal

RunCreateStatefulStreamModeType1 = Literal[
    "checkpoints", "custom", "debug", "events", "messages", "messages-tuple", "tasks", "updates", "values"
]

RUN_CREATE_STATEFUL_STREAM_MODE_TYPE_1_VALUES: set[RunCreateStatefulStreamModeType1] = {
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


def check_run_create_stateful_stream_mode_type_1(value: str) -> RunCreateStatefulStreamModeType1:
    if value in RUN_CREATE_STATEFUL_STREAM_MODE_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RUN_CREATE_STATEFUL_STREAM_MODE_TYPE_1_VALUES!r}")
