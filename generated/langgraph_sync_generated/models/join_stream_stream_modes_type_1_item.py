from typing import Literal

JoinStreamStreamModesType1Item = Literal["lifecycle", "run_modes", "state_update"]

JOIN_STREAM_STREAM_MODES_TYPE_1_ITEM_VALUES: set[JoinStreamStreamModesType1Item] = {
    "lifecycle",
    "run_modes",
    "state_update",
}


def check_join_stream_stream_modes_type_1_item(value: str) -> JoinStreamStreamModesType1Item:
    if value in JOIN_STREAM_STREAM_MODES_TYPE_1_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {JOIN_STREAM_STREAM_MODES_TYPE_1_ITEM_VALUES!r}")
