"""Types shared by the generated models and endpoint descriptors."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, Generic, Literal, Protocol, SupportsIndex, TypeVar

import attrs
from attrs import frozen


class Unset:
    """The type of UNSET: a field the server did not send, as distinct from one it sent as null."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        # Pickled by name, so that pickle, copy and deepcopy give back the one UNSET: fields
        # are told apart from sent ones by identity (`value is UNSET`).
        return "UNSET"


UNSET: Unset = Unset()

ModelT = TypeVar("ModelT", bound="Model")
DefaultT = TypeVar("DefaultT")  # the type of `default` in a model's typed `get(key, default)`
ResponseT = TypeVar("ResponseT")


# --- The models' fields by JSON name, and their datetimes as JSON. ---

_FIELDS_BY_JSON_NAME: dict[type, dict[str, str]] = {}


def _fields_by_json_name(cls: type) -> dict[str, str]:
    """The model's fields as {JSON name: attribute name}, in the order of its attrs fields;
    `additional_properties` is not one of them."""
    fields = _FIELDS_BY_JSON_NAME.get(cls)
    if fields is None:
        fields = _FIELDS_BY_JSON_NAME[cls] = {
            field.metadata.get("json", field.name): field.name
            for field in attrs.fields(cls)
            if field.name != "additional_properties"
        }
    return fields


def _json_datetime(value: datetime) -> str:
    # The string the server sent: langgraph_sync keeps it as `raw` on datetimes that isoformat()
    # would not write back the same; for the others isoformat() gives it back.
    raw: str | None = getattr(value, "raw", None)
    return raw if raw is not None else value.isoformat()


class Converter(Protocol):
    """JSON in and out of the models, both ways (langgraph_sync's converter)."""

    def structure(self, data: Any, tp: Any) -> Any: ...

    def unstructure(self, value: Any) -> Any: ...

    def structure_field(self, cls: type, key: str, value: Any) -> Any:
        """The value of the field `key` (a JSON name) of model `cls` for the JSON `value`, checked."""
        ...


class _NoConverter:
    def structure(self, data: Any, tp: Any) -> Any:
        raise RuntimeError("no JSON converter for the models: import langgraph_sync first")

    def unstructure(self, value: Any) -> Any:
        return self.structure(value, None)

    def structure_field(self, cls: type, key: str, value: Any) -> Any:
        return self.structure(value, None)


_converter: Converter = _NoConverter()


def use_converter(converter: Converter) -> None:
    """Make `converter` the one that `Model.from_dict` and `Model.to_dict` call. The package that
    uses these models supplies it (langgraph_sync does when imported): this generated code
    imports nothing hand-written."""
    global _converter
    _converter = converter


class Model(dict[str, Any]):
    """Base of every generated model: the JSON object the server sent, with typed attributes on top.

    A model is a `dict`, the one the server sent: its keys in the server's order, datetimes as the
    strings sent, nested objects as models (which are dicts too), fields this model does not know
    included. `json.dumps(model)`, `model == {...}`, `{**model}` and `isinstance(model, dict)`
    work as on langgraph-sdk's dicts. The attributes (attrs fields, in slots) are the same values
    typed: a datetime field is a `datetime`, a field the server did not send is `UNSET`,
    `additional_properties` holds the fields the model does not know.

    One source of truth, kept by every write: setting an attribute writes the key too (a datetime
    as its ISO 8601 text, or the text it was sent as; UNSET removes the key); setting an item
    sets the attribute too, typed as the converter types the field's JSON (`thread["ttl"] = {...}`
    makes a ThreadTTLInfo, `thread["created_at"] = "2025-..."` a datetime), or as given where the
    value is not JSON of the field's type (`run["created_at"] = datetime.now()`, as a dict takes
    it), as do `del`, `update`, `setdefault`, `pop`, `popitem`, `clear` and `|=`.
    A field named like a method of dict (`Thread.values`) wins over the method; the method is
    still `dict.values(thread)`.
    """

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """The JSON as plain dicts and lists, a copy (changing it changes no model)."""
        return _converter.unstructure(self)  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({dict.__repr__(self)})"

    @classmethod
    def from_dict(cls: type[ModelT], data: Mapping[str, Any]) -> ModelT:
        model: ModelT = _converter.structure(data, cls)
        return model

    def __reduce_ex__(self, protocol: SupportsIndex) -> tuple[Any, ...]:
        # Both views: the JSON and the typed fields set (pickle, copy and deepcopy; deepcopy's
        # memo keeps a nested model one object in both).
        typed = {name: getattr(self, name) for name in _json_names(type(self))}
        return _rebuild, (
            type(self),
            dict.copy(self),
            {name: value for name, value in typed.items() if value is not UNSET},
        )

    # (Seen by mypy, these would make it take any attribute of a model for a valid one.)
    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            # Only asked for what the slots do not hold: a field never set is UNSET, and the
            # unknown fields are those of the dict.
            if name in _json_names(type(self)):
                return UNSET
            if name == "additional_properties" and _keeps_unknown(type(self)):
                known = _fields_by_json_name(type(self))
                return {key: value for key, value in dict.items(self) if key not in known}
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

        def __setattr__(self, name: str, value: Any) -> None:
            key = _json_names(type(self)).get(name)
            if key is None:
                if name == "additional_properties" and _keeps_unknown(type(self)):
                    _replace_unknown(self, value)
                else:
                    object.__setattr__(self, name, value)
                return
            if value is UNSET:
                _clear(self, name)
                dict.pop(self, key, None)
                return
            object.__setattr__(self, name, value)
            dict.__setitem__(self, key, _json_datetime(value) if isinstance(value, datetime) else value)

        def __delattr__(self, name: str) -> None:
            self.__setattr__(name, UNSET)

    def __setitem__(self, key: str, value: Any) -> None:
        name = _fields_by_json_name(type(self)).get(key)
        if name is None:
            dict.__setitem__(self, key, value)
            return
        try:
            typed = _converter.structure_field(type(self), key, value)
        except (TypeError, ValueError):
            # Not JSON of the field's type (a datetime object, None for a str, a number): kept as
            # given, in both views, as a dict keeps any value and attrs any attribute.
            typed = value
        object.__setattr__(self, name, typed)
        dict.__setitem__(self, key, value if isinstance(typed, datetime) else typed)

    def __delitem__(self, key: str) -> None:
        dict.__delitem__(self, key)
        name = _fields_by_json_name(type(self)).get(key)
        if name is not None:
            _clear(self, name)

    def update(self, *others: Any, **items: Any) -> None:
        for key, value in dict(*others, **items).items():
            self[key] = value

    def setdefault(self, key: str, default: Any = None) -> Any:
        if key not in self:
            self[key] = default
        return dict.__getitem__(self, key)

    def pop(self, key: str, *default: Any) -> Any:
        if key not in self:
            if default:
                return default[0]
            raise KeyError(key)
        value = dict.__getitem__(self, key)
        del self[key]
        return value

    def popitem(self) -> tuple[str, Any]:
        key, value = dict.popitem(self)
        name = _fields_by_json_name(type(self)).get(key)
        if name is not None:
            _clear(self, name)
        return key, value

    def clear(self) -> None:
        dict.clear(self)
        for name in _json_names(type(self)):
            _clear(self, name)

    def __ior__(self, other: Any) -> Model:  # type: ignore[override,misc]
        self.update(other)
        return self


def _rebuild(cls: type[ModelT], data: dict[str, Any], typed: dict[str, Any]) -> ModelT:
    model = dict.__new__(cls)
    dict.update(model, data)
    for name, value in typed.items():
        object.__setattr__(model, name, value)
    return model


def _clear(model: Model, name: str) -> None:
    try:
        object.__delattr__(model, name)
    except AttributeError:  # (never set: UNSET already)
        pass


def _replace_unknown(model: Model, unknown: Mapping[str, Any]) -> None:
    known = _fields_by_json_name(type(model))
    for key in [key for key in dict.keys(model) if key not in known]:
        dict.__delitem__(model, key)
    for key, value in unknown.items():
        if key in known:
            raise ValueError(f"additional_properties: {key!r} is a field of {type(model).__name__}")
        dict.__setitem__(model, key, value)


_JSON_NAMES: dict[type, dict[str, str]] = {}


def _json_names(cls: type) -> dict[str, str]:
    """The model's fields as {attribute name: JSON name}; `additional_properties` is not one of them."""
    names = _JSON_NAMES.get(cls)
    if names is None:
        names = _JSON_NAMES[cls] = {name: json_name for json_name, name in _fields_by_json_name(cls).items()}
    return names


def _keeps_unknown(cls: type) -> bool:
    return "additional_properties" in attrs.fields_dict(cls)


@frozen
class Endpoint(Generic[ResponseT]):
    """One operation of the API: what langgraph_sync needs to build the request and parse the reply."""

    method: str
    path: str
    path_parameters: tuple[str, ...]
    # The type of the JSON body the operation takes, from the spec's request body: a model,
    # list[model], Any (free-form JSON), or None (no body). langgraph_sync sends every body
    # through it: checked against the spec, and written by the model's to_dict().
    body: Any
    # The type of a successful response's JSON: a model, list[model], int, Any or None.
    response: Any
