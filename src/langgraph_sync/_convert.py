"""The one converter between JSON and the generated models, both ways.

What it guarantees, so that `Model.from_dict(data).to_dict() == data` for every response:
- fields the server did not send stay UNSET and are left out again; nulls stay null;
- fields a model does not know go to `additional_properties` and come back out;
- enum (Literal) fields accept values a newer server adds;
- JSON values are kept as sent: no `5` becomes `5.0`, no number quietly becomes a string;
- datetimes are parsed, and written back exactly as the server wrote them.

JSON to a model (`structure`): for each model, a function is written out as Python from its
attrs fields and compiled once, on first use (a listing structures thousands of models, and a
function per model with its checks inline is about twice as fast as a hook called per field).
A model to JSON (`unstructure`): by the value's own class, which says all there is to say.
The generated models do not import this module: langgraph_sync installs it as their converter
(`use_converter`, at the end), so that the arrow goes from the facade to the generated code.
"""

from __future__ import annotations

import builtins
import json
import re
import sys
import threading
import types
import typing
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta, timezone
from typing import Any, Literal, SupportsIndex, Union

import attrs
import msgspec
from langgraph_sync_generated.types import UNSET, Model, Unset, use_converter

_decode = msgspec.json.Decoder().decode


def decode_json(text: bytes) -> Any:
    """JSON text to Python values, as json.loads reads them, about twice as fast: msgspec reads
    UTF-8 JSON to the same values (integers of any size exact, floats correctly rounded), and
    what it refuses (NaN and Infinity, numbers beyond a float, a lone surrogate, UTF-16, bad
    UTF-8, nesting past its limit) goes to json.loads, which reads it or raises as it always did."""
    try:
        return _decode(text)
    except (msgspec.DecodeError, ValueError, RecursionError):  # (DecodeError is a ValueError from 0.20 on)
        return json.loads(text)


_LITERAL: Any = Literal  # a special form; typed Any so that `get_origin(tp) is _LITERAL` type-checks


def _any_datetime(value: Any, key: str = "value") -> datetime:
    """A date-time string in any shape: a plain datetime when isoformat() writes it back unchanged,
    else a ServerDatetime that keeps it."""
    if value.__class__ is str and _written_as_isoformat(value):
        return datetime.fromisoformat(value)
    return _server_datetime(value, key)


def _server_datetime(value: Any, key: str = "value") -> ServerDatetime:
    """Any other date-time string, as a datetime that keeps it (isoformat() would write it differently)."""
    if value.__class__ is not str:
        raise TypeError(f"{key}: expected an ISO 8601 date-time string, got {value!r}")
    try:
        parsed = ServerDatetime.fromisoformat(value)  # from Python 3.11, most of ISO 8601
    except ValueError:
        parsed = _parse_iso_8601(value)  # Python 3.10, and `z` in lower case
    parsed.raw = value
    return parsed


# Exactly the strings that `datetime.isoformat()` writes, as Python servers send them: for those
# the datetime alone gives the text back, and a plain datetime costs a third of a ServerDatetime
# (a reply can hold thousands). isoformat() would write any other string differently: a fraction
# of all zeros is left out, a fraction has 6 digits, offset minutes are below 60 (`+05:90` is
# `+06:30`), a zero offset is `+00:00` (never `-00:00`), `Z` is `+00:00`, the separator is `T`.
_ISOFORMAT = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.(?!000000)[0-9]{6})?"
    r"(?:\+[0-9]{2}:[0-5][0-9]|-(?!00:00)[0-9]{2}:[0-5][0-9])?"
)
_written_as_isoformat = _ISOFORMAT.fullmatch

# RFC 3339 and the ISO 8601 forms near it, read the same way on every supported Python: 3.10's
# `fromisoformat` reads only what isoformat() writes, not `Z`, `+0530` or fractions of 1 to 5 digits.
_ISO_8601 = re.compile(
    r"(?P<year>[0-9]{4})-(?P<month>[0-9]{2})-(?P<day>[0-9]{2})"
    r"(?:[Tt ](?P<hour>[0-9]{2})(?::(?P<minute>[0-9]{2})(?::(?P<second>[0-9]{2})(?:[.,](?P<fraction>[0-9]+))?)?)?"
    r"(?:(?P<utc>[Zz])|(?P<sign>[+-])(?P<offset_hours>[0-9]{2})(?::?(?P<offset_minutes>[0-9]{2}))?)?)?"
)


class ServerDatetime(datetime):
    """A datetime that keeps the string the server sent, so that `to_dict()` returns it unchanged."""

    __slots__ = ("raw",)
    raw: str

    def __reduce_ex__(self, protocol: SupportsIndex) -> tuple[Any, ...]:
        # datetime pickles (and copies) its value only, not a subclass's slots: add the text.
        rebuild, arguments = typing.cast(tuple[Any, Any], super().__reduce_ex__(protocol))
        slots = {"raw": self.raw} if hasattr(self, "raw") else {}
        return rebuild, arguments, (None, slots)


def _parse_iso_8601(value: str) -> ServerDatetime:
    match = _ISO_8601.fullmatch(value)
    if match is None:
        raise ValueError(f"not an ISO 8601 date-time: {value!r}")
    part = match.group
    fraction = part("fraction") or ""
    tzinfo = None
    if part("utc"):
        tzinfo = timezone.utc
    elif part("sign"):
        offset = timedelta(hours=int(part("offset_hours")), minutes=int(part("offset_minutes") or 0))
        tzinfo = timezone(-offset if part("sign") == "-" else offset)
    return ServerDatetime(
        int(part("year")),
        int(part("month")),
        int(part("day")),
        int(part("hour") or 0),
        int(part("minute") or 0),
        int(part("second") or 0),
        int(fraction[:6].ljust(6, "0")),  # digits past microseconds are cut off, as fromisoformat does
        tzinfo,
    )


# --- JSON to models ---


def structure(data: Any, tp: Any, *, partial: bool = False) -> Any:
    """JSON (as parsed) into the type a response promises: a model, a list of them, a datetime,
    int, str, Any (as it is). TypeError, ValueError or KeyError if the JSON is not that.

    `partial=True` is for replies to `select=`: a model (or each of a list) may then lack
    required fields, which are left UNSET (and left out again by `to_dict()`).
    """
    return _structurer(tp, partial)(data)


_STRUCTURERS: dict[tuple[Any, bool], Callable[[Any], Any]] = {}
_COMPILING = threading.RLock()  # first uses from many threads compile each function once, whole


def _structurer(tp: Any, partial: bool = False) -> Callable[[Any], Any]:
    key = (tp, partial)
    function = _STRUCTURERS.get(key)
    if function is None:
        with _COMPILING:
            function = _STRUCTURERS.get(key)
            if function is None:
                function = _STRUCTURERS[key] = _compile(tp, partial)
    return function


class _Structurers(dict[Any, Callable[[Any], Any]]):
    """The compiled code's way to a model's function: looked up when first called, since models
    refer to each other in cycles (a ThreadState holds ThreadStates)."""

    def __missing__(self, cls: Any) -> Callable[[Any], Any]:
        function = self[cls] = _structurer(cls)
        return function


_MODEL_STRUCTURERS = _Structurers()


def _compile(tp: Any, partial: bool) -> Callable[[Any], Any]:
    if _is_model(tp):
        return _compile_model(tp, partial)
    names: dict[str, Any] = {}
    expression = _expression(tp, "v", "value", names, partial)
    return _define("structure", ["def structure(v):", f"    return {expression}"], names, str(tp))


def _compile_model(cls: Any, partial: bool) -> Callable[[Any], Any]:
    """def structure(d): check that d is a JSON object, check and convert each of its fields the
    model knows, make the instance (`__new__` and a store per field: the generated models have no
    validators or converters to run), and keep the fields it does not know."""
    _resolve(cls)
    if hasattr(cls, "__attrs_post_init__") or any(f.validator or f.converter for f in attrs.fields(cls)):
        raise TypeError(f"{cls.__name__} has validators or converters, which __new__ would skip")
    names: dict[str, Any] = {"cls": cls, "new": object.__new__, "UNSET": UNSET}
    lines = [
        "def structure(d):",
        "    if d.__class__ is not dict:",
        f"        raise TypeError(f'expected a JSON object for {cls.__name__}, got {{type(d).__name__}}')",
        "    instance = new(cls)",
    ]
    known = []
    for field in attrs.fields(cls):
        if field.name == "additional_properties":
            continue
        key = field.metadata.get("json", field.name)
        known.append(key)
        members = _union_members(field.type) or (field.type,)
        may_be_absent = partial or Unset in members
        value = _expression(_without(field.type, Unset), "v", key, names, partial=False)
        if may_be_absent:
            lines.append(f"    v = d.get({key!r}, UNSET)")
            value = f"UNSET if v is UNSET else {value}" if value != "v" else "v"
        else:
            lines.append(f"    v = d[{key!r}]")
        lines.append(f"    instance.{field.name} = {value}")
    if "additional_properties" in attrs.fields_dict(cls):
        names["known"] = frozenset(known)
        lines += [
            "    instance.additional_properties = (",
            "        {} if known.issuperset(d) else {k: x for k, x in d.items() if k not in known}",
            "    )",
        ]
    lines.append("    return instance")
    return _define("structure", lines, names, cls.__qualname__ + (" (partial)" if partial else ""))


def _define(name: str, lines: list[str], names: dict[str, Any], what: str) -> Callable[[Any], Any]:
    exec(compile("\n".join(lines), f"<langgraph_sync structure {what}>", "exec"), names)  # noqa: S102
    return names[name]  # type: ignore[no-any-return]


def _expression(tp: Any, v: str, key: str, names: dict[str, Any], partial: bool) -> str:
    """A Python expression of the JSON value named `v` that gives the value of type `tp`, or
    raises; `names` collects what the expression refers to."""
    if tp is Any or tp is None:
        return v
    names["wrong"] = _wrong
    if tp is type(None):
        return f"({v} if {v} is None else wrong({v}, {key!r}, (type(None),)))"
    members = _union_members(tp)
    if type(None) in members:
        rest = _without(tp, type(None))
        return f"(None if {v} is None else {_expression(rest, v, key, names, partial)})"
    if members:
        return _union_expression(members, v, key, names)
    name = f"n{len(names)}"
    if tp in _SCALAR_KINDS or typing.get_origin(tp) is _LITERAL:
        # An enum value this client does not list yet (a newer server's status) is still a
        # string: its kind is checked, not its value. The class is checked as JSON knows it:
        # True is no int. A float field takes 5 as well as 5.0.
        names[name] = _SCALAR_KINDS.get(tp) or tuple({type(value) for value in typing.get_args(tp)})
        return f"({v} if {v}.__class__ in {name} else wrong({v}, {key!r}, {name}))"
    if tp is datetime:
        names.update(fromisoformat=datetime.fromisoformat, any_datetime=_any_datetime)
        # Nearly every datetime of a reply has one shape, a Python server's UTC time with
        # microseconds (2024-08-30T20:35:52.062934+00:00). Three slices tell it, at a third of the
        # cost of the general rule's regex: the length, the offset, every separator, and a
        # fraction that is not all zeros. fromisoformat reads only ASCII digits in between, so
        # isoformat() writes exactly such a string back (fuzzed, test_datetimes.py).
        return (
            f"(fromisoformat({v}) if {v}.__class__ is str and {v}[26:] == '+00:00' and {v}[4:20:3] == '--T::.'"
            f" and {v}[20:26] != '000000' else any_datetime({v}, {key!r}))"
        )
    if _is_model(tp):
        names["structurers"], names[name] = _MODEL_STRUCTURERS, tp
        if partial:
            names[name + "p"] = _structurer(tp, partial=True)
            return f"{name}p({v})"
        return f"structurers[{name}]({v})"
    origin, arguments = typing.get_origin(tp), typing.get_args(tp)
    if origin is list:
        item = f"x{len(names)}"
        names[name] = list
        each = _expression(arguments[0], item, key, names, partial)
        return f"([{each} for {item} in {v}] if {v}.__class__ is list else wrong({v}, {key!r}, ({name},)))"
    if origin is dict and arguments[0] is str:
        item = f"x{len(names)}"
        names[name] = dict
        each = _expression(arguments[1], item, key, names, partial)
        return (
            f"({{k: {each} for k, {item} in {v}.items()}} if {v}.__class__ is dict else wrong({v}, {key!r}, ({name},)))"
        )
    raise TypeError(f"langgraph_sync cannot convert JSON to {tp!r}")


def _union_expression(members: tuple[Any, ...], v: str, key: str, names: dict[str, Any]) -> str:
    """The first member that the value fits, in the order the spec lists them, except that a
    model whose constant field says otherwise (`"type": "human"` for an AIMessage) is tried last:
    it would take the object too, as a Literal's value is not checked. (Each member's function is
    looked up when called: a member may be the model being compiled.)"""
    constants: list[dict[str, Any]] = []  # found on first use, as the members may not be resolvable yet

    def first_that_fits(value: Any) -> Any:
        if not constants:
            constants.extend(_constants(member) for member in members)
        errors = []
        order = sorted(range(len(members)), key=lambda i: _contradicts(constants[i], value))
        for member in (members[i] for i in order):
            try:
                return _structurer(member)(value)
            except (TypeError, ValueError, KeyError) as error:
                # Its text, not the exception: an exception kept here would keep, through its
                # traceback, every calling frame alive until a garbage collection, and with them
                # whatever those frames hold (an open stream's connection, say).
                errors.append(f"{type(error).__name__}: {error}")
        raise TypeError(f"{key}: {value!r} fits none of {members}: {'; '.join(errors)}")

    name = f"n{len(names)}"
    names[name] = first_that_fits
    return f"{name}({v})"


def _without(tp: Any, left_out: Any) -> Any:
    members = _union_members(tp)
    if not members:
        return tp
    rest = tuple(member for member in members if member is not left_out)
    return rest[0] if len(rest) == 1 else Union[rest]  # noqa: UP007 - built at run time


# JSON's kinds of value for each scalar type, by exact class.
_SCALAR_KINDS: dict[Any, tuple[type, ...]] = {str: (str,), int: (int,), float: (int, float), bool: (bool,)}


def _wrong(value: Any, key: str, kinds: tuple[type, ...]) -> Any:
    raise TypeError(f"{key}: expected {' or '.join(k.__name__ for k in kinds)}, got {value!r}")


def _union_members(tp: Any) -> tuple[Any, ...]:
    if typing.get_origin(tp) in (Union, types.UnionType):
        return typing.get_args(tp)
    return ()


def _is_model(tp: Any) -> bool:
    # (On Python 3.10 `list[Thread]` is an instance of type, and no class for issubclass.)
    return isinstance(tp, type) and typing.get_origin(tp) is None and issubclass(tp, Model)


class _AnyModel(dict[str, Any]):
    """Every model of one models package, by name, imported when first asked for. Generated modules
    import their related models only under TYPE_CHECKING (the models refer to each other in
    cycles), so annotations are resolved with this as their local names. (Only locals are read
    through __missing__.)"""

    def __init__(self, models: Any) -> None:
        super().__init__()
        self._models = models

    def __missing__(self, name: str) -> Any:
        if hasattr(builtins, name):
            return getattr(builtins, name)
        try:
            return getattr(self._models, name)
        except AttributeError:
            raise KeyError(name) from None


def _resolve(cls: Any) -> None:
    # A model's related models are in its own models package: this client's (the API's), or a
    # package of the user's graph types (`langgraph-sync graph-types`), where the same name (a
    # nested `Config`) may mean another class.
    models = sys.modules.get(cls.__module__.rpartition(".")[0])  # None: resolved by the module alone
    attrs.resolve_types(cls, globalns=vars(sys.modules[cls.__module__]), localns=_AnyModel(models))


def _constants(tp: Any) -> dict[str, Any]:
    """A model's fields that have one possible value (a message's `type: Literal["ai"]`), by JSON name."""
    if not _is_model(tp):
        return {}
    _resolve(tp)
    constants = {}
    for field in attrs.fields(tp):
        members = [m for m in _union_members(field.type) or (field.type,) if m is not Unset]
        if len(members) == 1 and typing.get_origin(members[0]) is _LITERAL and len(typing.get_args(members[0])) == 1:
            constants[field.metadata.get("json", field.name)] = typing.get_args(members[0])[0]
    return constants


def _contradicts(constants: Mapping[str, Any], value: Any) -> bool:
    return isinstance(value, dict) and any(key in value and value[key] != const for key, const in constants.items())


# --- Models to JSON ---


def unstructure(value: Any) -> Any:
    """The JSON of a model, datetime, or JSON value holding them: a model gives the JSON object it
    came from (fields never sent left out, unknown fields put back), a datetime the string the
    server sent (ISO 8601 for one made here). Containers are copied: changing the JSON changes no
    model."""
    cls = value.__class__
    if cls is str or cls is int or cls is float or cls is bool or value is None:
        return value
    if isinstance(value, Model):
        return _model_json(value)
    if isinstance(value, dict):
        return {key: unstructure(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [unstructure(item) for item in value]
    if isinstance(value, datetime):
        # The server's text; ISO 8601 for a datetime the user set, or made from the server's by
        # replace() or arithmetic (which give a ServerDatetime without the text).
        return getattr(value, "raw", None) or value.isoformat()
    return value


def _model_json(model: Any) -> dict[str, Any]:  # a Model, which attrs made
    data = {}
    for field in attrs.fields(type(model)):
        value = getattr(model, field.name)
        if value is UNSET:  # never sent (or not selected): left out
            continue
        if field.name == "additional_properties":
            data.update(unstructure(value))
        else:
            data[field.metadata.get("json", field.name)] = unstructure(value)
    return data


class _Converter:
    """What the generated models' `from_dict` and `to_dict` call."""

    structure = staticmethod(structure)
    unstructure = staticmethod(unstructure)


use_converter(_Converter())
