"""What a program saw, as plain data that two runs of it can be compared by: langgraph-sdk's run and ours.

Mappings become dicts (read through the mapping interface: a model compares as the dict it is),
named tuples and dataclasses (langgraph's StateSnapshot, PregelTask, Interrupt) and langchain
messages keep their class name beside their fields, tuples stay tuples, and ids and times, which
differ from run to run, are set aside.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from typing import Any

# UUIDs, and interrupt ids (32 hex digits).
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\b[0-9a-f]{32}\b")
# Times the server writes as numbers (a run's kwargs).
_TIMES = {"__request_start_time_ms__"}
_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?")


def outcome(value: Any) -> Any:
    if isinstance(value, str):
        return _TIME.sub("<time>", _UUID.sub("<id>", value))
    if isinstance(value, Mapping):
        # By key (a model's `items` or `values` may be its field: see test_dict_methods_live.py).
        return {outcome(key): "<time>" if key in _TIMES else outcome(value[key]) for key in value}
    if isinstance(value, tuple) and hasattr(value, "_asdict"):
        return (type(value).__name__, outcome(value._asdict()))
    if isinstance(value, tuple):
        return tuple(outcome(item) for item in value)
    if isinstance(value, list):
        return [outcome(item) for item in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (type(value).__name__, {f.name: outcome(getattr(value, f.name)) for f in dataclasses.fields(value)})
    if hasattr(value, "model_dump"):  # a langchain message, a pydantic model
        return (type(value).__name__, outcome(value.model_dump()))
    if isinstance(value, BaseException):
        return (type(value).__name__, outcome(str(value)))
    return value
