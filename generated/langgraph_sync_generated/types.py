"""Types shared by the generated models and endpoint descriptors."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Generic, Literal, TypeVar

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
ResponseT = TypeVar("ResponseT")


class Model:
    """Base of every generated model.

    JSON goes in and out through langgraph_sync's one converter, so that `to_dict()` gives back
    exactly what the server sent: nulls stay null, absent fields stay absent, unknown fields are
    kept in `additional_properties`.
    """

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        from langgraph_sync._convert import converter

        return converter.unstructure(self)  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.to_dict()!r})"

    @classmethod
    def from_dict(cls: type[ModelT], data: Mapping[str, Any]) -> ModelT:
        from langgraph_sync._convert import structure

        model: ModelT = structure(data, cls)
        return model


@frozen
class Endpoint(Generic[ResponseT]):
    """One operation of the API: what langgraph_sync needs to build the request and parse the reply."""

    method: str
    path: str
    path_parameters: tuple[str, ...]
    query_parameters: tuple[str, ...]
    # The type of a successful response's JSON: a model, list[model], int, Any or None.
    response: Any
