"""The one converter between JSON and the generated models, both ways.

What it guarantees, so that `Model.from_dict(data).to_dict() == data` for every response:
- fields the server did not send stay UNSET and are left out again; nulls stay null;
- fields a model does not know go to `additional_properties` and come back out;
- enum (Literal) fields accept values a newer server adds;
- datetimes are parsed, and written back exactly as the server wrote them.
"""

from __future__ import annotations

import builtins
import re
import sys
import types
import typing
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta, timezone
from typing import Any, Literal, SupportsIndex, Union

import attrs
from cattrs import Converter
from cattrs.gen import make_dict_unstructure_fn, override
from langgraph_sync_generated.types import UNSET, Model, Unset

_LITERAL: Any = Literal  # a special form; typed Any so that `get_origin(tp) is _LITERAL` type-checks


def _structure_datetime(value: Any, _: Any) -> datetime:
    if value.__class__ is str and _written_as_isoformat(value):
        return datetime.fromisoformat(value)  # isoformat() gives `value` back: nothing to keep
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


def _json_name(field: attrs.Attribute) -> str:  # type: ignore[type-arg]
    return field.metadata.get("json", field.name)  # type: ignore[no-any-return]


def _json_fields(cls: Any) -> list[Any]:  # attrs.Attribute, of a class known at run time
    """The fields that are keys of the JSON object (all but `additional_properties`)."""
    return [field for field in attrs.fields(cls) if field.name != "additional_properties"]


def _union_members(tp: Any) -> tuple[Any, ...]:
    if typing.get_origin(tp) in (Union, types.UnionType):
        return typing.get_args(tp)
    return ()


def _is_list(tp: Any) -> bool:
    return typing.get_origin(tp) is list


def _is_model(tp: Any) -> bool:
    # On Python 3.10 `list[str]` passes isinstance(tp, type), and issubclass() then raises.
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
    for field in _json_fields(tp):
        members = [m for m in _union_members(field.type) or (field.type,) if m is not Unset]
        if len(members) == 1 and typing.get_origin(members[0]) is _LITERAL and len(typing.get_args(members[0])) == 1:
            constants[_json_name(field)] = typing.get_args(members[0])[0]
    return constants


def _contradicts(constants: Mapping[str, Any], value: Any) -> bool:
    return isinstance(value, dict) and any(key in value and value[key] != const for key, const in constants.items())


def _unstructure_datetime(value: Any) -> Any:
    if isinstance(value, datetime):
        # The server's text; ISO 8601 for a datetime the user set, or made from the server's by
        # replace() or arithmetic (which give a ServerDatetime without the text).
        return getattr(value, "raw", None) or value.isoformat()
    return value  # UNSET (an unselected field) passes through, to be dropped


# JSON values are kept as sent: no `5` becomes `5.0`, no number quietly becomes a string. The
# exact class is checked, as JSON knows it: True is no int. A float field takes 5 as well as 5.0.
_SCALAR_KINDS: dict[Any, tuple[type, ...]] = {str: (str,), int: (int,), float: (int, float), bool: (bool,)}


def _literal_kinds(tp: Any) -> tuple[type, ...]:
    # An enum value this client does not list yet (a newer server's status) is still a string:
    # its kind is checked, not its value.
    return tuple({type(value) for value in typing.get_args(tp)})


def _of_kinds(kinds: tuple[type, ...]) -> Callable[[Any, Any], Any]:
    return lambda value, _: value if value.__class__ in kinds else _wrong(value, "value", kinds)


def _wrong(value: Any, key: str, kinds: tuple[type, ...]) -> Any:
    raise TypeError(f"{key}: expected {' or '.join(k.__name__ for k in kinds)}, got {value!r}")


def _make_converter() -> Converter:
    converter = Converter(detailed_validation=False)

    def structure_union(tp: Any) -> Callable[[Any, Any], Any]:
        # A key that is present is never UNSET, so UNSET is dropped from the choice. Anything
        # that admits `Any` keeps the JSON value as it is.
        members = tuple(m for m in _union_members(tp) if m is not Unset)
        if Any in members:
            return lambda value, _: value
        if len(members) == 1:
            only, hook = members[0], converter.get_structure_hook(members[0])
            return lambda value, _: hook(value, only)
        rest = tuple(m for m in members if m is not type(None))
        if len(rest) == 1:
            inner = converter.get_structure_hook(rest[0])
            return lambda value, _: None if value is None else inner(value, rest[0])
        hooks = [(m, converter.get_structure_hook(m), _constants(m)) for m in rest]

        def first_that_fits(value: Any, _: Any) -> Any:
            if value is None and len(rest) < len(members):
                return None
            errors = []
            # A model whose constant field says otherwise (`"type": "human"` for an AIMessage) is
            # tried last: it would take the object too, as a Literal's value is not checked.
            for member, hook, _constant in sorted(hooks, key=lambda h: _contradicts(h[2], value)):
                try:
                    return hook(value, member)
                except Exception as error:  # noqa: BLE001 - try the next member
                    errors.append(error)
            raise TypeError(f"{value!r} fits none of {tp}: {errors}")

        return first_that_fits

    converter.register_structure_hook_factory(lambda tp: bool(_union_members(tp)), structure_union)

    def structure_list(tp: Any) -> Callable[[Any, Any], list[Any]]:
        # Only a JSON array: cattrs would take any iterable, so that in `list[str] | str` a
        # string became a list of its characters.
        (item,) = typing.get_args(tp) or (Any,)
        item_hook: list[Callable[[Any, Any], Any]] = []  # found on first use: models may contain themselves

        def structure(value: Any, _: Any) -> list[Any]:
            if value.__class__ is not list:
                raise TypeError(f"expected a JSON array, got {value!r}")
            if not item_hook:
                item_hook.append(converter.get_structure_hook(item))
            hook = item_hook[0]
            return [hook(element, item) for element in value]

        return structure

    converter.register_structure_hook_factory(_is_list, structure_list)

    converter.register_structure_hook_factory(
        lambda tp: typing.get_origin(tp) is _LITERAL, lambda tp: _of_kinds(_literal_kinds(tp))
    )
    for kind, kinds in _SCALAR_KINDS.items():
        converter.register_structure_hook(kind, _of_kinds(kinds))

    converter.register_structure_hook(datetime, _structure_datetime)
    converter.register_unstructure_hook(datetime, _unstructure_datetime)

    def structure_model(cls: Any) -> Callable[[Any, Any], Model]:
        _resolve(cls)
        return _compile_structure(cls, converter)

    def unstructure_model(cls: Any) -> Callable[[Model], dict[str, Any]]:
        _resolve(cls)
        overrides = {
            # Leave out only what was never sent (UNSET); a value equal to a spec default was sent.
            f.name: override(
                rename=_json_name(f), omit_if_default=f.default is not attrs.NOTHING and isinstance(f.default, Unset)
            )
            for f in _json_fields(cls)
        }
        keeps_unknown = "additional_properties" in attrs.fields_dict(cls)
        if keeps_unknown:
            overrides["additional_properties"] = override(omit=True)
        unstructure_known = make_dict_unstructure_fn(cls, converter, **overrides)  # type: ignore[arg-type]

        def unstructure(instance: Model) -> dict[str, Any]:
            if isinstance(instance, Unset):  # an unselected field of a partial model; dropped below
                return instance  # type: ignore[return-value]
            data: dict[str, Any] = unstructure_known(instance)
            if UNSET in data.values():
                # A partial model (see `structure(partial=True)`): its unselected fields were never sent.
                data = {key: value for key, value in data.items() if value is not UNSET}
            if keeps_unknown and instance.additional_properties:  # type: ignore[attr-defined]
                data.update(converter.unstructure(instance.additional_properties))  # type: ignore[attr-defined]
            return data

        return unstructure

    converter.register_structure_hook_factory(_is_model, structure_model)
    converter.register_unstructure_hook_factory(_is_model, unstructure_model)
    return converter


def _compile_structure(cls: Any, converter: Converter) -> Callable[[Any, Any], Model]:
    """A structure function for one model, written out as Python and compiled once.

    cattrs' own generated functions call a hook for every field; most fields of these models are
    JSON values taken as they are (`Any`) or strings, so here those are checked inline and only
    datetimes, nested models and lists call out. Responses with thousands of threads are parsed
    about twice as fast.
    """
    names: dict[str, Any] = {"cls": cls, "UNSET": UNSET, "wrong": _wrong}
    lines, arguments = [], []
    for index, field in enumerate(_json_fields(cls)):
        key = _json_name(field)
        members = _union_members(field.type) or (field.type,)
        value = _inline_value(tuple(m for m in members if m is not Unset), f"f{index}", key, names, converter)
        if Unset in members:
            lines.append(f"    v = d.get({key!r}, UNSET)")
            value = f"UNSET if v is UNSET else {value}"
        else:
            lines.append(f"    v = d[{key!r}]")
        lines.append(f"    a{index} = {value}")
        arguments.append(f"{field.alias}=a{index}")
    keeps_unknown = "additional_properties" in attrs.fields_dict(cls)
    names["known"] = frozenset(_json_name(f) for f in _json_fields(cls))
    source = "\n".join(
        [
            "def structure(d, _):",
            "    if d.__class__ is not dict:",
            f"        raise TypeError(f'expected a JSON object for {cls.__name__}, got {{type(d).__name__}}')",
            *lines,
            f"    instance = cls({', '.join(arguments)})",
            *(
                [
                    "    if not known.issuperset(d):",
                    "        instance.additional_properties = {k: x for k, x in d.items() if k not in known}",
                ]
                if keeps_unknown
                else []
            ),
            "    return instance",
        ]
    )
    exec(compile(source, f"<langgraph_sync structure {cls.__qualname__}>", "exec"), names)  # noqa: S102
    return names["structure"]  # type: ignore[no-any-return]


def _inline_value(members: tuple[Any, ...], name: str, key: str, names: dict[str, Any], converter: Converter) -> str:
    """An expression of `v` (the JSON value) that gives the field's value, or raises."""
    if Any in members:
        return "v"
    nullable = type(None) in members
    members = tuple(m for m in members if m is not type(None))
    if len(members) == 1 and members[0] in _SCALAR_KINDS:
        names[name] = _SCALAR_KINDS[members[0]]
        check = f"(v if v.__class__ in {name} else wrong(v, {key!r}, {name}))"
    elif len(members) == 1 and members[0] is datetime:
        # _structure_datetime, written out: a call less for each of the thousands of datetimes.
        names.update(written_as_isoformat=_written_as_isoformat, fromisoformat=datetime.fromisoformat)
        names["server_datetime"] = _server_datetime
        check = "(fromisoformat(v) if v.__class__ is str and written_as_isoformat(v) else server_datetime(v))"
    elif len(members) == 1 and typing.get_origin(members[0]) is _LITERAL:
        names[name] = _literal_kinds(members[0])
        check = f"(v if v.__class__ in {name} else wrong(v, {key!r}, {name}))"
    else:
        target = members[0] if len(members) == 1 else Union[members]  # noqa: UP007 - built at run time
        names[name], names[name + "_type"] = converter.get_structure_hook(target), target
        check = f"{name}(v, {name}_type)"
    return f"(None if v is None else {check})" if nullable else check


converter = _make_converter()


def structure(data: Any, tp: Any, *, partial: bool = False) -> Any:
    """JSON (as parsed) into the type a response promises: a model, a list of them, int, Any.

    `partial=True` is for replies to `select=`: a model may then lack required fields, which
    are left UNSET (and left out again by `to_dict()`).
    """
    if tp is Any or tp is None:
        return data
    if partial:
        if typing.get_origin(tp) is list and isinstance(data, list):
            (item_type,) = typing.get_args(tp)
            return [_structure_partial(item, item_type) for item in data]
        return _structure_partial(data, tp)
    return converter.structure(data, tp)


def _structure_partial(data: Any, cls: Any) -> Any:
    # Field by field, so that a required field the reply lacks is UNSET instead of an error.
    if not _is_model(cls) or not isinstance(data, Mapping):
        return converter.structure(data, cls)
    _resolve(cls)
    arguments: dict[str, Any] = {}
    known = set()
    for field in _json_fields(cls):
        key = _json_name(field)
        known.add(key)
        arguments[field.alias] = converter.structure(data[key], field.type) if key in data else UNSET
    instance = cls(**arguments)
    if "additional_properties" in attrs.fields_dict(cls):
        instance.additional_properties = {k: v for k, v in data.items() if k not in known}
    return instance
