from typing import Literal

AssistantCreateIfExists = Literal["do_nothing", "raise"]

ASSISTANT_CREATE_IF_EXISTS_VALUES: set[AssistantCreateIfExists] = {
    "do_nothing",
    "raise",
}


def check_assistant_create_if_exists(value: str) -> AssistantCreateIfExists:
    if value in ASSISTANT_CREATE_IF_EXISTS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ASSISTANT_CREATE_IF_EXISTS_VALUES!r}")
