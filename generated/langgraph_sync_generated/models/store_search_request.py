from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DefaultT, Model, Unset


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
# eq=False: a model equals what its dict equals (`thread == {...}`), as the dict it is.
@_attrs_define(repr=False, eq=False)
class StoreSearchRequest(Model):
    """StoreSearchRequest

    Request to list or search for items within a namespace prefix. Without a query, lists items by last updated
    time. With a query, performs natural language search."""

    namespace_prefix: list[str] | None | Unset = UNSET
    """ List of strings representing the namespace prefix. """

    filter_: Any | Unset = _attrs_field(default=UNSET, metadata={"json": "filter"})
    """ Optional dictionary of key-value pairs to filter results. """

    limit: int | Unset = 10
    """ Maximum number of items to return (default is 10). """

    offset: int | Unset = 0
    """ Number of items to skip before returning results (default is 0). """

    query: None | str | Unset = UNSET
    """ Optional natural language search query. If not provided, items are returned ordered by last updated time
    (listing mode). If provided, performs a natural language search over item contents. """

    refresh_ttl: bool | None | Unset = UNSET
    """ Whether to refresh the TTL on items returned by this search. If null, uses the store's default behavior. """

    # An argument of __init__ (keyword only), so that attrs.evolve keeps these fields. Read, it is
    # a new dict of the model's keys that are not fields (types.Model); set, it replaces them.
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""

    # Dict access by JSON name, typed per key as a TypedDict would be.
    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["namespace_prefix"]) -> list[str] | None: ...

        @overload
        def __getitem__(self, key: Literal["limit"]) -> int: ...

        @overload
        def __getitem__(self, key: Literal["offset"]) -> int: ...

        @overload
        def __getitem__(self, key: Literal["query"]) -> None | str: ...

        @overload
        def __getitem__(self, key: Literal["refresh_ttl"]) -> bool | None: ...

        @overload
        def __getitem__(self, key: str) -> Any: ...

        def __getitem__(self, key: str) -> Any:
            return super().__getitem__(key)

        # The ignore: mypy cannot see that the `key: str` overloads at the end still take all that Mapping.get does.
        @overload  # type: ignore[override]
        def get(self, key: Literal["namespace_prefix"], /) -> list[str] | None | None: ...

        @overload
        def get(
            self, key: Literal["namespace_prefix"], /, default: list[str] | None | DefaultT
        ) -> list[str] | None | DefaultT: ...

        @overload
        def get(self, key: Literal["limit"], /) -> int | None: ...

        @overload
        def get(self, key: Literal["limit"], /, default: int | DefaultT) -> int | DefaultT: ...

        @overload
        def get(self, key: Literal["offset"], /) -> int | None: ...

        @overload
        def get(self, key: Literal["offset"], /, default: int | DefaultT) -> int | DefaultT: ...

        @overload
        def get(self, key: Literal["query"], /) -> None | str | None: ...

        @overload
        def get(self, key: Literal["query"], /, default: None | str | DefaultT) -> None | str | DefaultT: ...

        @overload
        def get(self, key: Literal["refresh_ttl"], /) -> bool | None | None: ...

        @overload
        def get(self, key: Literal["refresh_ttl"], /, default: bool | None | DefaultT) -> bool | None | DefaultT: ...

        @overload
        def get(self, key: str, /) -> Any: ...

        @overload
        def get(self, key: str, /, default: Any) -> Any: ...

        def get(self, key: str, /, default: Any = None) -> Any:
            return super().get(key, default)
