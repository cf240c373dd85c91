from typing import Literal

RunCreateStatelessStreamModeType1 = Literal[
    "checkpoints", "custom", "debug", "events", "messages", "messages-tuple", "tasks", "updates", "values"
]

RUN_CREATE_STATELESS_STREAM_MODE_TYPE_1_VALUES: set[RunCreateStatelessStreamModeType1] = {
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


def check_run_create_stateless_stream_mode_type_1(value: str) -> RunCreateStatelessStreamModeType1:
    if value in RUN_CREATE_STATELESS_STREAM_MODE_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RUN_CREATE_STATELESS_STREAM_MODE_TYPE_1_VALUES!r}")
