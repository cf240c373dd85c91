from typing import Literal

JoinStreamStreamModesType0 = Literal["lifecycle", "run_modes", "state_update"]

JOIN_STREAM_STREAM_MODES_TYPE_0_VALUES: set[JoinStreamStreamModesType0] = {
    "lifecycle",
    "run_modes",
    "state_update",
}


def check_join_stream_stream_modes_type_0(value: str) -> JoinStreamStreamModesType0:
    if value in JOIN_STREAM_STREAM_MODES_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {JOIN_STREAM_STREAM_MODES_TYPE_0_VALUES!r}")
