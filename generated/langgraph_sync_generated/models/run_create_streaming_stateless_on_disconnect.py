from typing import Literal

RunCreateStreamingStatelessOnDisconnect = Literal["cancel", "continue"]

RUN_CREATE_STREAMING_STATELESS_ON_DISCONNECT_VALUES: set[RunCreateStreamingStatelessOnDisconnect] = {
    "cancel",
    "continue",
}


def check_run_create_streaming_stateless_on_disconnect(value: str) -> RunCreateStreamingStatelessOnDisconnect:
    if value in RUN_CREATE_STREAMING_STATELESS_ON_DISCONNECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_CREATE_STREAMING_STATELESS_ON_DISCONNECT_VALUES!r}"
    )
