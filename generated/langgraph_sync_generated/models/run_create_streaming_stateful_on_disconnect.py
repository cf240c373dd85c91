from typing import Literal

RunCreateStreamingStatefulOnDisconnect = Literal["cancel", "continue"]

RUN_CREATE_STREAMING_STATEFUL_ON_DISCONNECT_VALUES: set[RunCreateStreamingStatefulOnDisconnect] = {
    "cancel",
    "continue",
}


def check_run_create_streaming_stateful_on_disconnect(value: str) -> RunCreateStreamingStatefulOnDisconnect:
    if value in RUN_CREATE_STREAMING_STATEFUL_ON_DISCONNECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_CREATE_STREAMING_STATEFUL_ON_DISCONNECT_VALUES!r}"
    )
