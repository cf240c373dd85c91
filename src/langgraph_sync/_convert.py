"""The converter between JSON and the models, both ways: a `cattrs.Converter` with this client's hooks.

`langgraph_sync.converter` is that converter. What it guarantees, so that
`Model.from_dict(data).to_dict() == data` for every response:
- fields the server did not send stay UNSET and are left out again; nulls stay null;
- fields a model does not know stay in its dict (`additional_properties` lists them) and come back out;
- enum (Literal) fields accept values a newer server adds: their JSON kind is checked;
- JSON values are kept as sent and their kind is checked, never coerced: no `5` becomes `"5"`,
  no `"false"` becomes True, no string is taken for a list;
- datetimes are parsed, and written back exactly as the server wrote them;
- a union takes the first member that fits, in the spec's order, except that a model whose
  constant field says otherwise (`"type": "human"` for an AIMessage) is tried last.

cattrs' own defaults are lossy for this (they coerce `str(5)`, take any iterable as a list, fill
absent keys with class defaults and drop unknown keys), so each of these is a hook or a hook
factory of the converter: scalars by exact kind, Literals by kind, strict lists and dicts, unions,
datetimes, and the models. A model is a dict (the JSON as sent) with attrs slots (the typed
view; generated/types.py's `Model` keeps the two one on every write). Its structure function is
cattrs' own (`cattrs.gen`, without detailed validation: a function per model, a hook per field,
so that an error names its path), on cattrs' `init=False` path: the model is made blank, each
field sent is stored straight into its slot (a field not sent is never set: UNSET, never the
class's default), then the dict is copied from the JSON in one go, nested models put in place of
the objects they were made of. A model that refers to itself (a ThreadState holds ThreadStates)
gets its own hook late, on first call; hooks are made under one lock, so that many threads'
first uses each get them whole.

A model to JSON (`unstructure`): its dict, copied as plain dicts and lists.
The generated models do not import this module: langgraph_sync installs the converter as theirs
(`use_converter`, at the end), so that the arrow goes from the facade to the generated code.
"""

from __future__ import annotations

import builtins
import functools
import json
import re
import sys
import threading
import types
import typing
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta, timezone
from typing import Any, Literal, SupportsIndex, TypeVar, Union

import attrs
import cattrs
import msgspec
from cattrs.gen import make_dict_structure_fn_from_attrs, override
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


def _any_datetime(value: Any) -> datetime:
    """A date-time string in any shape: a plain datetime when isoformat() writes it back unchanged,
    else a ServerDatetime that keeps it."""
    if value.__class__ is str and _written_as_isoformat(value):
        return datetime.fromisoformat(value)
    return _server_datetime(value)


def _server_datetime(value: Any) -> ServerDatetime:
    """Any other date-time string, as a datetime that keeps it (isoformat() would write it differently)."""
    if value.__class__ is not str:
        raise TypeError(f"expected an ISO 8601 date-time string, got {value!r}")
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


# --- Errors that say where ---


class JsonMismatchError(TypeError, ValueError):
    """JSON that is not what its type says: what was expected, and where, as a JSON path from the
    value given (`$.config.tags[0]`, as cattrs' `transform_error` writes paths). A TypeError and a
    ValueError, as the errors it replaces (a wrong kind, an impossible date) were."""

    def __init__(self, message: str, path: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.message} @ ${self.path}"


def _mismatch(error: BaseException, where: str) -> JsonMismatchError:
    """`error`, raised at `where`, as a JsonMismatchError that says where."""
    if isinstance(error, JsonMismatchError):
        error.path = where + error.path
        return error
    if isinstance(error, KeyError):  # a model's required key, looked up by cattrs' generated code
        return JsonMismatchError("required field missing", f"{where}.{error.args[0]}")
    return JsonMismatchError(str(error), where)


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _expected(kinds: tuple[type, ...], value: Any) -> str:
    return f"expected {' or '.join(kind.__name__ for kind in kinds)}, got {_shown(value)}"


# --- JSON to models: the hooks ---

StructureHook = Callable[[Any, Any], Any]

# Every hook factory runs under this lock: cattrs caches what a factory returns, and models refer
# to each other, so that the first use of one makes the hooks of many; a web app's first requests
# come in many threads at once, and each must get them whole. (Reentrant: a factory asks the
# converter for the hooks of the types it holds.)
_LOCK = threading.RLock()
# (converter id, model) whose structure function is being made: a field that refers back to one
# of them (ThreadTask.state is a ThreadState) gets its hook late, on first call.
_BUILDING: set[tuple[int, Any]] = set()

# JSON's kinds of value for each scalar type, by exact class: True is no int, and a float field
# takes 5 as well as 5.0.
_SCALAR_KINDS: dict[Any, tuple[type, ...]] = {str: (str,), int: (int,), float: (int, float), bool: (bool,)}


FactoryT = TypeVar("FactoryT", bound=Callable[..., Any])


def _made_under_the_lock(factory: FactoryT) -> FactoryT:
    """A hook factory that makes its hook (and those it asks the converter for) under the lock."""

    @functools.wraps(factory)
    def made_under_the_lock(*arguments: Any) -> Any:
        with _LOCK:
            return factory(*arguments)

    return made_under_the_lock  # type: ignore[return-value]


def _identity(value: Any, _: Any = None) -> Any:
    return value


def _kinds(tp: Any) -> tuple[type, ...] | None:
    """The JSON kinds a scalar or a Literal takes. A Literal's value is not checked: an enum value
    this client does not list yet (a newer server's status) is kept, as its kind is right."""
    if tp in _SCALAR_KINDS:
        return _SCALAR_KINDS[tp]
    if typing.get_origin(tp) is _LITERAL:
        return tuple(dict.fromkeys(type(value) for value in typing.get_args(tp)))
    return None


def _kind_hook(kinds: tuple[type, ...], where: str = "") -> StructureHook:
    def structure_kind(value: Any, _: Any = None) -> Any:
        if value.__class__ in kinds:
            return value
        raise JsonMismatchError(_expected(kinds, value), where)

    return structure_kind


def _structure_datetime(value: Any, _: Any = None) -> datetime:
    # Nearly every datetime of a reply has one shape, a Python server's UTC time with microseconds
    # (2024-08-30T20:35:52.062934+00:00). Three slices tell it, at a third of the cost of the
    # general rule's regex: the length, the offset, every separator, and a fraction that is not all
    # zeros. fromisoformat reads only ASCII digits in between, so isoformat() writes exactly such a
    # string back (fuzzed, test_datetimes.py). (35 % of structuring a Thread is its datetimes.)
    if value.__class__ is str and value[26:] == "+00:00" and value[4:20:3] == "--T::." and value[20:26] != "000000":
        return _fromisoformat(value)
    return _any_datetime(value)


_fromisoformat = datetime.fromisoformat


def _datetime_field_hook(where: str) -> StructureHook:
    def structure_datetime(value: Any, _: Any = None) -> datetime:
        if value.__class__ is str and value[26:] == "+00:00" and value[4:20:3] == "--T::." and value[20:26] != "000000":
            return _fromisoformat(value)
        try:
            return _any_datetime(value)
        except (TypeError, ValueError) as error:
            raise _mismatch(error, where) from None

    return structure_datetime


def _nullable(inner: StructureHook) -> StructureHook:
    def structure_nullable(value: Any, tp: Any = None) -> Any:
        return None if value is None else inner(value, tp)

    return structure_nullable


def _late(converter: cattrs.BaseConverter, tp: Any) -> StructureHook:
    """tp's hook, looked up on first call: tp is a model whose hook is being made (a cycle)."""
    hook: StructureHook | None = None

    def structure_late(value: Any, _: Any = None) -> Any:
        nonlocal hook
        if hook is None:
            with _LOCK:
                hook = converter.get_structure_hook(tp)
        return hook(value, tp)

    return structure_late


def _hook(converter: cattrs.BaseConverter, tp: Any) -> StructureHook:
    """The converter's hook for tp, or a late one if tp is a model being made."""
    if tp is Any:
        return _identity
    if _is_model(tp) and (id(converter), tp) in _BUILDING:
        return _late(converter, tp)
    return converter.get_structure_hook(tp)


def _field_hook(converter: cattrs.BaseConverter, tp: Any, key: str) -> StructureHook:
    """The hook of one field of a model (tp without UNSET: absent keys never reach it): scalars,
    Literals and datetimes checked inline, everything else by the converter's hook for its type;
    an error names the field (`$.ttl.strategy`)."""
    where = f".{key}"
    tp = _without(tp, Unset)
    if tp is Any:
        return _identity
    if type(None) in _union_members(tp):
        return _nullable(_field_hook(converter, _without(tp, type(None)), key))
    kinds = _kinds(tp)
    if kinds is not None:
        return _kind_hook(kinds, where)
    if tp is datetime:
        return _datetime_field_hook(where)
    inner = _hook(converter, tp)

    def structure_field(value: Any, _: Any = None) -> Any:
        try:
            return inner(value, tp)
        except (TypeError, ValueError, KeyError) as error:
            raise _mismatch(error, where) from None

    return structure_field


@_made_under_the_lock
def _list_hook(tp: Any, converter: cattrs.BaseConverter) -> StructureHook:
    """A JSON array, and nothing else (cattrs would take any iterable: "values" as a list of
    letters). A list of values that are kept as they are (strings, Any) is the list sent, checked:
    a model's dict and its attribute hold the one list."""
    arguments = typing.get_args(tp)
    item_type = arguments[0] if arguments else Any
    item = _hook(converter, item_type)
    kept_as_sent = _kept_as_sent(item_type)

    def structure_list(value: Any, _: Any = None) -> Any:
        if value.__class__ is not list:
            raise JsonMismatchError(_expected((list,), value))
        try:
            if kept_as_sent:
                for each in value:
                    item(each, item_type)
                return value
            return [item(each, item_type) for each in value]
        except (TypeError, ValueError, KeyError):
            pass  # (not kept: its traceback would hold the calling frames)
        for index, each in enumerate(value):  # the first that fails, again, to say where
            try:
                item(each, item_type)
            except (TypeError, ValueError, KeyError) as error:
                raise _mismatch(error, f"[{index}]") from None
        raise AssertionError("unreachable: an item failed once and then passed")

    if item_type is Any:
        return _kind_hook((list,))
    return structure_list


@_made_under_the_lock
def _dict_hook(tp: Any, converter: cattrs.BaseConverter) -> StructureHook:
    """A JSON object of values of one type (`dict[str, X]`), and nothing else."""
    arguments = typing.get_args(tp)
    value_type = arguments[1] if len(arguments) == 2 else Any
    each = _hook(converter, value_type)

    def structure_dict(value: Any, _: Any = None) -> Any:
        if value.__class__ is not dict:
            raise JsonMismatchError(_expected((dict,), value))
        result = {}
        for key, item in value.items():
            try:
                result[key] = each(item, value_type)
            except (TypeError, ValueError, KeyError) as error:
                raise _mismatch(error, f".{key}") from None
        return value if kept_as_sent else result

    if value_type is Any:
        return _kind_hook((dict,))
    kept_as_sent = _kept_as_sent(value_type)
    return structure_dict


@_made_under_the_lock
def _union_hook(tp: Any, converter: cattrs.BaseConverter) -> StructureHook:
    """The first member that the value fits, in the order the spec lists them, except that a
    model whose constant field says otherwise (`"type": "human"` for an AIMessage) is tried last:
    it would take the object too, as a Literal's value is not checked. UNSET is left out (absent
    keys never reach a hook) and null is None."""
    members = _union_members(tp)
    if Unset in members:
        return _hook(converter, _without(tp, Unset))
    if type(None) in members:
        return _nullable(_hook(converter, _without(tp, type(None))))
    hooks = [_hook(converter, member) for member in members]
    constants: list[dict[str, Any]] = []  # found on first use, as the members may not be resolvable yet
    names = " | ".join(_name(member) for member in members)

    def structure_union(value: Any, _: Any = None) -> Any:
        if not constants:
            constants.extend(_constants(member) for member in members)
        errors = []
        for i in sorted(range(len(members)), key=lambda i: _contradicts(constants[i], value)):
            try:
                return hooks[i](value, members[i])
            except (TypeError, ValueError, KeyError) as error:
                # Its text, not the exception: an exception kept here would keep, through its
                # traceback, every calling frame alive until a garbage collection, and with them
                # whatever those frames hold (an open stream's connection, say).
                errors.append(f"{_name(members[i])}: {_mismatch(error, '')}")
        raise JsonMismatchError(f"{_shown(value)} fits none of {names} ({'; '.join(errors)})")

    return structure_union


def _name(tp: Any) -> str:
    return getattr(tp, "__name__", None) or repr(tp)


@_made_under_the_lock
def _model_hook(cls: Any, converter: cattrs.BaseConverter) -> StructureHook:
    """A model's structure function. cattrs generates the typed view (no detailed validation: a
    plain function of one hook per field): it builds the model through cattrs' `init=False`
    path, each field set straight into its slot, so that a key the server did not send is
    never set (UNSET, not the class's default). The dict is then the JSON as sent, with the
    nested models in place of the objects they were made of."""
    return _structure_model_fn(cls, converter, partial=False)


@_made_under_the_lock
def _partial_model_hook(cls: Any, partial: cattrs.BaseConverter) -> StructureHook:
    """For replies to `select=`: the model with only the selected keys, any of its fields absent
    (UNSET). Its fields are structured by the full converter's hooks: nested models are whole."""
    return _structure_model_fn(cls, converter, partial=True)


def _structure_model_fn(cls: Any, converter: cattrs.BaseConverter, partial: bool) -> StructureHook:
    _resolve(cls)
    _BUILDING.add((id(converter), cls))
    try:
        fields = []
        overrides: dict[str, Any] = {}
        holders = []  # (JSON name, attribute) of the fields whose value is or holds models
        for field in attrs.fields(cls):
            if field.name == "additional_properties":
                continue
            key = field.metadata.get("json", field.name)
            optional = partial or field.default is not attrs.NOTHING
            fields.append(field.evolve(init=False, default=UNSET if optional else attrs.NOTHING))
            overrides[field.name] = override(rename=key, struct_hook=_field_hook(converter, field.type, key))
            if _holds_models(field.type):
                holders.append((key, field.name))
        generated: Callable[[Any, Any], Any] = make_dict_structure_fn_from_attrs(
            fields,
            _blank(cls),
            converter,
            _cattrs_forbid_extra_keys=False,
            _cattrs_detailed_validation=False,
            _cattrs_include_init_false=True,
            **overrides,
        )
    finally:
        _BUILDING.discard((id(converter), cls))
    name = cls.__name__
    set_item = dict.__setitem__
    copy_json = dict.update

    def structure_model(data: Any, _: Any = None) -> Any:
        if data.__class__ is not dict:
            raise JsonMismatchError(f"expected a JSON object for {name}, got {type(data).__name__}")
        model = generated(data, cls)
        copy_json(model, data)
        for key, attribute in holders:
            if key in data:
                set_item(model, key, getattr(model, attribute))
        model.__class__ = cls
        return model

    return structure_model


_BLANKS: dict[Any, type] = {}


def _blank(cls: Any) -> type:
    """What cattrs' generated code makes the model as, before it is one: the model's class, made
    without arguments and with its slots set plainly (the model's own __setattr__ also writes the
    dict, which is written whole afterwards). The layout is the model's, so that the finished
    object becomes a `cls` by `__class__` assignment."""
    blank = _BLANKS.get(cls)
    if blank is None:
        namespace = {
            "__slots__": (),
            "__init__": dict.__init__,
            "__setattr__": object.__setattr__,
            "__delattr__": object.__delattr__,  # (both: with either in Python, every store goes through Python)
        }
        blank = _BLANKS[cls] = type(cls.__name__, (cls,), namespace)
        blank.__qualname__ = cls.__qualname__
        blank.__module__ = cls.__module__
    return blank


def _holds_models(tp: Any) -> bool:
    """Whether structuring JSON as `tp` makes models (a model, or a list or dict of them), which
    then go in the model's dict too, in place of the JSON objects they were made of."""
    if _is_model(tp):
        return True
    return any(_holds_models(argument) for argument in typing.get_args(tp) if argument is not Unset)


def _kept_as_sent(tp: Any) -> bool:
    """Whether the hook of `tp` gives back the JSON value it checks (strings, numbers, Any)."""
    return tp is Any or _kinds(_without(tp, type(None))) is not None


# --- Models to JSON ---


_ATOMS = frozenset((str, int, float, bool, type(None)))


def _json_writer(converter: cattrs.BaseConverter) -> Callable[[Any], Any]:
    """The function that writes any value of a model's field as JSON, by the value's own class:
    JSON values as they are (containers copied: changing the JSON changes no model), anything
    else (a model, a datetime, a type a user registered a hook for) by the converter. (The
    scalars, most of any JSON, are told inline, without a call each.)"""
    atoms = _ATOMS

    def unstructure(value: Any) -> Any:
        cls = value.__class__
        if cls in atoms:
            return value
        if cls is dict:
            return {key: item if item.__class__ in atoms else unstructure(item) for key, item in value.items()}
        if cls is list:
            return [item if item.__class__ in atoms else unstructure(item) for item in value]
        if isinstance(value, Model) or not isinstance(value, (dict, list, tuple)):
            return converter.unstructure(value)
        if isinstance(value, dict):
            return {key: unstructure(item) for key, item in value.items()}
        return [unstructure(item) for item in value]

    return unstructure


def _datetime_json(value: datetime) -> str:
    # The server's text; ISO 8601 for a datetime the user set, or made from the server's by
    # replace() or arithmetic (which give a ServerDatetime without the text).
    return getattr(value, "raw", None) or value.isoformat()


@_made_under_the_lock
def _model_unstructure_hook(cls: Any, converter: cattrs.BaseConverter) -> Callable[[Any], dict[str, Any]]:
    """A model to JSON: its dict, which is the JSON, copied as plain dicts and lists (the
    datetimes in it are the strings sent; a nested model is its own dict). (`dict.items`: a field
    named `items` would hide the method.)"""
    unstructure = _json_writer(converter)
    items = dict.items

    atoms = _ATOMS

    def unstructure_model(model: Any) -> dict[str, Any]:
        return {key: value if value.__class__ in atoms else unstructure(value) for key, value in items(model)}

    return unstructure_model


def _structure_field(cls: Any, key: str, value: Any) -> Any:
    """The typed value of field `key` (a JSON name) of model `cls` for `value`, checked as the
    converter checks a reply (the models' __setitem__ calls this)."""
    hook = _FIELD_HOOKS.get((cls, key))
    if hook is None:
        with _LOCK:
            _resolve(cls)
            (field,) = [f for f in attrs.fields(cls) if f.metadata.get("json", f.name) == key]
            hook = _FIELD_HOOKS[cls, key] = _field_hook(converter, field.type, key)
    if value is UNSET:
        raise JsonMismatchError("expected a JSON value, got UNSET (delete the key instead)", f".{key}")
    try:
        return hook(value, None)
    except (TypeError, ValueError, KeyError) as error:
        raise _mismatch(error, "") from None


_FIELD_HOOKS: dict[tuple[Any, str], StructureHook] = {}


# --- Resolving the models' annotations ---


def _without(tp: Any, left_out: Any) -> Any:
    members = _union_members(tp)
    if not members:
        return tp
    rest = tuple(member for member in members if member is not left_out)
    return rest[0] if len(rest) == 1 else Union[rest]  # noqa: UP007 - built at run time


def _union_members(tp: Any) -> tuple[Any, ...]:
    if typing.get_origin(tp) in (Union, types.UnionType):
        return typing.get_args(tp)
    return ()


def _is_list(tp: Any) -> bool:
    return typing.get_origin(tp) is list


def _is_dict(tp: Any) -> bool:
    return typing.get_origin(tp) is dict


def _is_union(tp: Any) -> bool:
    return bool(_union_members(tp))


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


# --- The converter ---


def _configure(
    converter: cattrs.Converter, models: Callable[[Any, cattrs.BaseConverter], StructureHook]
) -> cattrs.Converter:
    # (Factories that take the converter get the one asking: a copy of this converter, with the
    # hooks a user registers for their own types, uses them inside lists, dicts and models too.)
    for scalar, kinds in _SCALAR_KINDS.items():
        converter.register_structure_hook(scalar, _kind_hook(kinds))
    converter.register_structure_hook(datetime, _structure_datetime)
    converter.register_structure_hook_factory(
        lambda tp: _kinds(tp) is not None, lambda tp: _kind_hook(_kinds(tp) or ())
    )
    converter.register_structure_hook_factory(_is_list, _list_hook)
    converter.register_structure_hook_factory(_is_dict, _dict_hook)
    converter.register_structure_hook_factory(_is_union, _union_hook)
    converter.register_structure_hook_factory(_is_model, models)
    converter.register_unstructure_hook(datetime, _datetime_json)
    converter.register_unstructure_hook_factory(_is_model, _model_unstructure_hook)
    return converter


converter = _configure(cattrs.Converter(detailed_validation=False), _model_hook)
"""JSON to the models and back, exactly: this client's `cattrs.Converter` (see the module's docstring)."""

# For replies to `select=`: a model (or each of a list) may lack any field.
_partial = _configure(cattrs.Converter(detailed_validation=False), _partial_model_hook)

unstructure = _json_writer(converter)
"""The JSON of a model, datetime, or JSON value holding them: a model gives the JSON object it
came from (fields never sent left out, unknown fields put back), a datetime the string the
server sent (ISO 8601 for one made here). Containers are copied."""


def structure(data: Any, tp: Any, *, partial: bool = False) -> Any:
    """JSON (as parsed) into the type a response promises: a model, a list of them, a datetime,
    int, str, Any (as it is). JsonMismatchError (a TypeError and a ValueError) that says where, if
    the JSON is not that.

    `partial=True` is for replies to `select=`: a model (or each of a list) may then lack
    required fields, which are left UNSET (and left out again by `to_dict()`).
    """
    if tp is Any or tp is None:
        return data
    try:
        return (_partial if partial else converter).structure(data, tp)
    except (TypeError, ValueError, KeyError) as error:
        raise _mismatch(error, "") from None


class _Installed:
    """What the generated models call: the converter, and the check of one field's new value."""

    structure = staticmethod(converter.structure)
    unstructure = staticmethod(converter.unstructure)
    structure_field = staticmethod(_structure_field)


use_converter(_Installed())
