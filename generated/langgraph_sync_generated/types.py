"""Types shared by the generated models and endpoint descriptors."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any, Generic, Literal, Protocol, TypeVar

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


# --- Dict access: every model reads like the JSON object it came from (langgraph-sdk's dicts). ---


class JsonObject(Mapping[str, Any]):
    """Read-only dict access to a model, by the JSON names of its fields.

    `thread["thread_id"]`, `thread.get("ttl")`, `"values" in state`, `len()`, iteration over the
    keys, `keys()`, `items()` and `values()`, as on the dict langgraph-sdk returns: a field the
    server did not send (UNSET) is absent (KeyError), fields the model does not know
    (`additional_properties`) are present, and a model with no field set is falsy. A nested
    model is given as the model (it reads the same way); a datetime as the string the server
    sent. A field named like a method of a dict (`Thread.values`) wins over the method.
    """

    __slots__ = ()

    def __getitem__(self, key: str) -> Any:
        name = _fields_by_json_name(type(self)).get(key)
        if name is None:
            unknown: dict[str, Any] | None = getattr(self, "additional_properties", None)
            if unknown is None:
                raise KeyError(key)
            return unknown[key]
        value = getattr(self, name)
        if value is UNSET:
            raise KeyError(key)
        return _json_datetime(value) if isinstance(value, datetime) else value

    def __iter__(self) -> Iterator[str]:
        for key, name in _fields_by_json_name(type(self)).items():
            if getattr(self, name) is not UNSET:
                yield key
        yield from getattr(self, "additional_properties", ())

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __contains__(self, key: object) -> bool:
        name = _fields_by_json_name(type(self)).get(key) if isinstance(key, str) else None
        if name is not None:
            return getattr(self, name) is not UNSET
        return key in getattr(self, "additional_properties", ())


_FIELDS_BY_JSON_NAME: dict[type, dict[str, str]] = {}


def _fields_by_json_name(cls: type) -> dict[str, str]:
    """The model's fields as {JSON name: attribute name}, in the order of its attrs fields (the
    order `to_dict()` writes them in); `additional_properties` is not one of them."""
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


# --- End of dict access. ---


class Converter(Protocol):
    """JSON in and out of the models, both ways (langgraph_sync's converter)."""

    def structure(self, data: Any, tp: Any) -> Any: ...

    def unstructure(self, value: Any) -> Any: ...


class _NoConverter:
    def structure(self, data: Any, tp: Any) -> Any:
        raise RuntimeError("no JSON converter for the models: import langgraph_sync first")

    def unstructure(self, value: Any) -> Any:
        return self.structure(value, None)


_converter: Converter = _NoConverter()


def use_converter(converter: Converter) -> None:
    """Make `converter` the one that `Model.from_dict` and `Model.to_dict` call. The package that
    uses these models supplies it (langgraph_sync does when imported): this generated code
    imports nothing hand-written."""
    global _converter
    _converter = converter


class Model(JsonObject):
    """Base of every generated model.

    JSON goes in and out through the converter given to `use_converter` (langgraph_sync's), so
    that `to_dict()` gives back exactly what the server sent: nulls stay null, absent fields stay
    absent, unknown fields are kept in `additional_properties`.
    """

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        return _converter.unstructure(self)  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.to_dict()!r})"

    @classmethod
    def from_dict(cls: type[ModelT], data: Mapping[str, Any]) -> ModelT:
        model: ModelT = _converter.structure(data, cls)
        return model


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
