from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DefaultT, Model, Unset


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
# eq=False: a model equals what its dict equals (`thread == {...}`), as the dict it is.
@_attrs_define(repr=False, eq=False)
class StorePutRequest(Model):
    """StorePutRequest

    Request to store or update an item."""

    namespace: list[str]
    """ A list of strings representing the namespace path. """

    key: str
    """ The unique identifier for the item within the namespace. """

    value: Any
    """ A dictionary containing the item's data. """

    index: bool | list[str] | None | Unset = UNSET
    """ Controls search indexing - null (use defaults), false (disable), or list of field paths to index. """

    ttl: float | None | Unset = UNSET
    """ Optional time-to-live in minutes for the item, or null for no expiration. """

    # An argument of __init__ (keyword only), so that attrs.evolve keeps these fields. Read, it is
    # a new dict of the model's keys that are not fields (types.Model); set, it replaces them.
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""

    # Dict access by JSON name, typed per key as a TypedDict would be.
    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["namespace"]) -> list[str]: ...

        @overload
        def __getitem__(self, key: Literal["key"]) -> str: ...

        @overload
        def __getitem__(self, key: Literal["index"]) -> bool | list[str] | None: ...

        @overload
        def __getitem__(self, key: Literal["ttl"]) -> float | None: ...

        @overload
        def __getitem__(self, key: str) -> Any: ...

        def __getitem__(self, key: str) -> Any:
            return super().__getitem__(key)

        # The ignore: mypy cannot see that the `key: str` overloads at the end still take all that Mapping.get does.
        @overload  # type: ignore[override]
        def get(self, key: Literal["namespace"], /) -> list[str] | None: ...

        @overload
        def get(self, key: Literal["namespace"], /, default: list[str] | DefaultT) -> list[str] | DefaultT: ...

        @overload
        def get(self, key: Literal["key"], /) -> str | None: ...

        @overload
        def get(self, key: Literal["key"], /, default: str | DefaultT) -> str | DefaultT: ...

        @overload
        def get(self, key: Literal["index"], /) -> bool | list[str] | None | None: ...

        @overload
        def get(
            self, key: Literal["index"], /, default: bool | list[str] | None | DefaultT
        ) -> bool | list[str] | None | DefaultT: ...

        @overload
        def get(self, key: Literal["ttl"], /) -> float | None | None: ...

        @overload
        def get(self, key: Literal["ttl"], /, default: float | None | DefaultT) -> float | None | DefaultT: ...

        @overload
        def get(self, key: str, /) -> Any: ...

        @overload
        def get(self, key: str, /, default: Any) -> Any: ...

        def get(self, key: str, /, default: Any = None) -> Any:
            return super().get(key, default)
