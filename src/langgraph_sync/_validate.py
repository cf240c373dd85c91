"""Argument checks from the methods' own type hints, before anything is sent.

`threads.search(limit="ten")` must fail here, naming `limit`, not reach the server as a request
the user did not mean; `runs.stream(..., stream_mode="valuez")` too: an argument of a Literal type
(stream_mode, multitask_strategy, sort_order, ...) must be one of the spec's values (ValueError),
a wrong kind is a TypeError. Path ids (`quote_path_param`) and store namespaces
(`checked_namespace`) are checked where they are encoded, and JSON bodies against their operation's
request model (`_http.request_json`) and as JSON (`_encode.plain_json`), with messages of their own.

Why one decorator that reads the annotations, and not hand-written checks: the 47 checked methods
take 422 parameters (58 of a Literal type), and the annotations mypy already reads for typed
callers say what each accepts. Hand-written checks would write those types a second time, per
method (create, wait and stream take 25 keywords each), and drift from them; a library (typeguard,
pydantic's validate_call) would be a dependency for the same ~100 lines, with messages that do not
name the method. An argument typed `Any` (`input`, a graph's values) is the graph's business: only
its JSON encoding is checked.
"""

from __future__ import annotations

import collections.abc
import functools
import inspect
import threading
import types
import typing
import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal, TypeVar, Union

F = TypeVar("F", bound=Callable[..., Any])
Check = Callable[[Any], bool]


def checked(method: F) -> F:
    """Check the arguments of a resource method against its annotations on every call."""
    # The checks are made on the first call, not at import (type hints may name what is not
    # imported yet, and most methods of a client are never called). Many threads may make that
    # first call at once: one of them builds the tables under the lock, and they are published
    # whole, in one assignment.
    tables: _Tables | None = None
    lock = threading.Lock()

    def prepared() -> _Tables:
        nonlocal tables
        with lock:
            if tables is None:
                tables = _tables_for(method)
            return tables

    @functools.wraps(method)
    def with_checks(self: Any, *args: Any, **kwargs: Any) -> Any:
        positional, checks = tables or prepared()
        for name, value in zip(positional, args, strict=False):
            _check(method, name, value, checks)
        for name, value in kwargs.items():
            if name in checks:  # an unknown keyword is Python's TypeError, raised by the call
                _check(method, name, value, checks)
        return method(self, *args, **kwargs)

    return with_checks  # type: ignore[return-value]


# Per parameter: the check, the check of the kind only (Literals: any str), the description.
_Checks = tuple[Check, Check, str]
# The names of the positional parameters, in order; each parameter's checks.
_Tables = tuple[list[str], dict[str, _Checks]]


def _tables_for(method: Callable[..., Any]) -> _Tables:
    hints = typing.get_type_hints(method)
    positional: list[str] = []
    checks: dict[str, _Checks] = {}
    for name, parameter in inspect.signature(method).parameters.items():
        if name == "self":
            continue
        if parameter.kind is parameter.POSITIONAL_OR_KEYWORD:
            positional.append(name)
        checks[name] = (_check_for(hints[name]), _check_for(hints[name], values=False), _describe(hints[name]))
    return positional, checks


def _check(method: Callable[..., Any], name: str, value: Any, checks: dict[str, _Checks]) -> None:
    accepts, accepts_kind, expected = checks[name]
    if not accepts(value):
        shown = repr(value)
        shown = shown if len(shown) <= 60 else shown[:57] + "..."
        where = method.__qualname__.replace("sClient.", "s.").replace("Client.", ".").lower()
        # The right kind (a str) but not one of the Literal's values: a ValueError, as Python's own.
        error = ValueError if accepts_kind(value) else TypeError
        raise error(f"{where}(): {name} must be {expected}, not {type(value).__name__} {shown}")


def _check_for(tp: Any, values: bool = True) -> Check:
    """What `tp` accepts; with `values=False`, a Literal accepts any value of its values' kinds."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if tp is Any:
        return lambda value: True
    if tp is None or tp is type(None):
        return lambda value: value is None
    if origin in (Union, types.UnionType):
        # Members that are plain classes (str, uuid.UUID, None) are one isinstance, the rest each theirs.
        classes = tuple(type(None) if arg is None else arg for arg in args if _is_plain_class(arg))
        member_checks = [_check_for(arg, values) for arg in args if not _is_plain_class(arg)]
        if not member_checks:
            return lambda value: isinstance(value, classes)
        return lambda value: isinstance(value, classes) or any(check(value) for check in member_checks)
    if origin is Literal and values:
        allowed = {(type(arg), arg) for arg in args}  # by type too: 0 is not False, nor 1 True
        return lambda value: isinstance(value, str | int) and (type(value), value) in allowed
    if origin is Literal:
        kinds = tuple({type(arg) for arg in args})
        return lambda value: isinstance(value, kinds)
    if tp is int:
        return lambda value: isinstance(value, int) and not isinstance(value, bool)
    if tp is float:
        return lambda value: isinstance(value, int | float) and not isinstance(value, bool)
    if origin is collections.abc.Callable or tp is collections.abc.Callable:
        return callable
    if origin is tuple:
        item_checks = [_check_for(arg, values) for arg in args]
        return lambda value: (
            isinstance(value, tuple)
            and len(value) == len(item_checks)
            and all(check(item) for check, item in zip(item_checks, value, strict=True))
        )
    if origin in (Mapping, dict) or tp in (Mapping, dict):
        return lambda value: isinstance(value, Mapping)
    if origin in (Sequence, list) or tp in (Sequence, list):
        item_check = _check_for(args[0], values) if args else (lambda value: True)
        # A str is a Sequence too, and ids="abc" would be three ids: never what was meant.
        return lambda value: (
            isinstance(value, Sequence)
            and not isinstance(value, str | bytes)
            and all(item_check(item) for item in value)
        )
    if isinstance(tp, type):
        return lambda value: isinstance(value, tp)
    raise TypeError(f"no check for {tp!r}")  # a new annotation: teach _check_for about it


def _is_plain_class(tp: Any) -> bool:
    """A class that `_check_for` checks with isinstance alone (not int and float, told from bool,
    nor the containers, checked for what they hold)."""
    special = (int, float, dict, list, tuple, Mapping, Sequence, collections.abc.Callable)
    return tp is None or (isinstance(tp, type) and typing.get_origin(tp) is None and tp not in special)


def _describe(tp: Any) -> str:
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if tp is None or tp is type(None):
        return "None"
    if origin in (Union, types.UnionType):
        parts = [_describe(arg) for arg in args]
        # StreamMode | Sequence[StreamMode]: "one of 'values', 'updates', ... or a list of them"
        parts = [part.replace(f"a list of {parts[0]}", "a list of them") for part in parts]
        return " or ".join(dict.fromkeys(parts))
    if origin is Literal:
        return "one of " + ", ".join(repr(arg) for arg in args) if len(args) > 1 else repr(args[0])
    if origin in (Mapping, dict) or tp in (Mapping, dict):
        return "a dict"
    if origin in (Sequence, list) or tp in (Sequence, list):
        return f"a list of {_describe(args[0])}" if args else "a list"
    if origin is tuple:
        return "a tuple (" + ", ".join(_describe(arg) for arg in args) + ")"
    if tp is uuid.UUID:
        return "uuid.UUID"
    if origin is collections.abc.Callable:
        return "a callable"
    return getattr(tp, "__name__", str(tp))
