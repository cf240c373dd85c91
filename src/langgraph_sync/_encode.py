"""What a request body may hold, and the plain JSON it is sent as: the values langgraph-sdk's
encoder takes, written as it writes them, and a clear error, before anything is sent, for the rest.

langgraph-sdk sends its bodies through orjson with a `default` that takes pydantic models
(`model_dump()`, else `.dict()`) and sets; orjson itself writes dataclasses as objects, UUIDs as
strings, datetimes, dates and times in ISO 8601, and enums as their values. So do we, so that a
langchain `HumanMessage` in an input, langgraph's `Command` (a dataclass) or a set of tags reach
the server as they do from langgraph-sdk. A model this client returned, handed back as an argument
(`checkpoint=state["checkpoint"]`), is the JSON it came from.

Refused, each with the path of the value (`$.metadata.owner`):
- a type JSON has no form for (TypeError, as `json.dumps` would say);
- a key that is not a str (TypeError): `{1: "a", "1": "b"}` would be sent with the key "1" twice,
  and the server would keep one of the two;
- a container inside itself, and nesting deeper than 254 (ValueError): the first would recurse
  for ever, the second is past what langgraph-sdk's encoder and the server's parser take;
- NaN and the infinities (ValueError): not JSON.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import math
import uuid
from typing import Any

from langgraph_sync_generated.types import Model

# orjson's limit: langgraph-sdk cannot send a deeper body, and the server cannot read one.
MAX_DEPTH = 254


class _Unsendable(Exception):
    """A value that cannot be sent; `path` collects the keys and indexes down to it on the way up."""

    def __init__(self, error: type[Exception], problem: str) -> None:
        super().__init__(problem)
        self.error = error
        self.problem = problem
        self.path: list[str] = []


def plain_json(value: Any) -> Any:
    """`value` as plain JSON values (dict, list, str, int, float, bool, None), in new containers;
    TypeError or ValueError, naming where, if it holds anything that cannot be sent."""
    try:
        return _plain(value, 0, set())
    except _Unsendable as unsendable:
        path = "$" + "".join(reversed(unsendable.path))
        raise unsendable.error(f"cannot send {path}: {unsendable.problem}") from None


def _plain(value: Any, depth: int, enclosing: set[int]) -> Any:
    cls = value.__class__
    if cls is str or cls is int or cls is bool or value is None:
        return value
    if cls is float:
        if math.isfinite(value):
            return value
        raise _Unsendable(ValueError, f"{value} is not a JSON number")
    if depth >= MAX_DEPTH:
        raise _Unsendable(ValueError, f"nested more than {MAX_DEPTH} deep")
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, dict):
        return _container(value, depth, enclosing, _object)
    if isinstance(value, (list, tuple)):
        return _container(value, depth, enclosing, _array)
    return _plain(_json_form(value), depth, enclosing)


def _container(value: Any, depth: int, enclosing: set[int], plain: Any) -> Any:
    if id(value) in enclosing:
        raise _Unsendable(ValueError, "refers to a container it is in (a cycle)")
    enclosing.add(id(value))
    try:
        return plain(value, depth + 1, enclosing)
    finally:
        enclosing.discard(id(value))


def _object(value: dict[Any, Any], depth: int, enclosing: set[int]) -> dict[str, Any]:
    plain = {}
    for key, item in value.items():
        if not isinstance(key, str):
            raise _Unsendable(TypeError, f"the key {key!r} is a {type(key).__name__}; JSON object keys are str")
        try:
            plain[key] = _plain(item, depth, enclosing)
        except _Unsendable as unsendable:
            unsendable.path.append(f".{key}" if key.isidentifier() else f"[{key!r}]")
            raise
    return plain


def _array(value: list[Any] | tuple[Any, ...], depth: int, enclosing: set[int]) -> list[Any]:
    plain = []
    for index, item in enumerate(value):
        try:
            plain.append(_plain(item, depth, enclosing))
        except _Unsendable as unsendable:
            unsendable.path.append(f"[{index}]")
            raise
    return plain


def _json_form(value: Any) -> Any:
    """What langgraph-sdk's encoder writes for a value that is not JSON already."""
    if isinstance(value, type):
        raise _Unsendable(TypeError, f"{value!r} is a class; pass an instance")
    model_dump = getattr(value, "model_dump", None) or getattr(value, "dict", None)
    if callable(model_dump):  # pydantic 2, else pydantic 1 (as langgraph-sdk tries them)
        return model_dump()
    if dataclasses.is_dataclass(value):
        return {field.name: getattr(value, field.name) for field in dataclasses.fields(value)}
    if isinstance(value, (set, frozenset)):
        return list(value)
    if isinstance(value, enum.Enum):
        return value.value
    for kind in (str, int, float):  # a subclass of one, as json.dumps and orjson write it
        if isinstance(value, kind):
            return kind(value)
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return getattr(value, "raw", None) or value.isoformat()  # (a server's datetime: its own text)
    if isinstance(value, uuid.UUID):
        return str(value)
    raise _Unsendable(TypeError, f"Object of type {type(value).__name__} is not JSON serializable")
