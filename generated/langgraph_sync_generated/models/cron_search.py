from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cron_search_select_item import CronSearchSelectItem
from ..models.cron_search_sort_by import CronSearchSortBy
from ..models.cron_search_sort_order import CronSearchSortOrder
from ..types import UNSET, DefaultT, Model, Unset


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
# eq=False: a model equals what its dict equals (`thread == {...}`), as the dict it is.
@_attrs_define(repr=False, eq=False)
class CronSearch(Model):
    """CronSearch

    Payload for listing crons"""

    assistant_id: str | Unset = UNSET
    """ The assistant ID or graph name to filter by using exact match. """

    thread_id: str | Unset = UNSET
    """ The thread ID to search for. """

    enabled: bool | Unset = UNSET
    """ Filter by enabled status. If not provided, returns both enabled and disabled crons. """

    metadata: Any | Unset = UNSET
    """ Metadata to filter by. Exact match filter for each KV pair. """

    limit: int | Unset = 10
    """ The maximum number of results to return. """

    offset: int | Unset = 0
    """ The number of results to skip. """

    sort_by: CronSearchSortBy | Unset = "created_at"
    """ The field to sort by. """

    sort_order: CronSearchSortOrder | Unset = "desc"
    """ The order to sort by. """

    select: list[CronSearchSelectItem] | Unset = UNSET
    """ Specify which fields to return. If not provided, all fields are returned. """

    # An argument of __init__ (keyword only), so that attrs.evolve keeps these fields. Read, it is
    # a new dict of the model's keys that are not fields (types.Model); set, it replaces them.
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""

    # Dict access by JSON name, typed per key as a TypedDict would be.
    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["assistant_id"]) -> str: ...

        @overload
        def __getitem__(self, key: Literal["thread_id"]) -> str: ...

        @overload
        def __getitem__(self, key: Literal["enabled"]) -> bool: ...

        @overload
        def __getitem__(self, key: Literal["limit"]) -> int: ...

        @overload
        def __getitem__(self, key: Literal["offset"]) -> int: ...

        @overload
        def __getitem__(self, key: Literal["sort_by"]) -> CronSearchSortBy: ...

        @overload
        def __getitem__(self, key: Literal["sort_order"]) -> CronSearchSortOrder: ...

        @overload
        def __getitem__(self, key: Literal["select"]) -> list[CronSearchSelectItem]: ...

        @overload
        def __getitem__(self, key: str) -> Any: ...

        def __getitem__(self, key: str) -> Any:
            return super().__getitem__(key)

        # The ignore: mypy cannot see that the `key: str` overloads at the end still take all that Mapping.get does.
        @overload  # type: ignore[override]
        def get(self, key: Literal["assistant_id"], /) -> str | None: ...

        @overload
        def get(self, key: Literal["assistant_id"], /, default: str | DefaultT) -> str | DefaultT: ...

        @overload
        def get(self, key: Literal["thread_id"], /) -> str | None: ...

        @overload
        def get(self, key: Literal["thread_id"], /, default: str | DefaultT) -> str | DefaultT: ...

        @overload
        def get(self, key: Literal["enabled"], /) -> bool | None: ...

        @overload
        def get(self, key: Literal["enabled"], /, default: bool | DefaultT) -> bool | DefaultT: ...

        @overload
        def get(self, key: Literal["limit"], /) -> int | None: ...

        @overload
        def get(self, key: Literal["limit"], /, default: int | DefaultT) -> int | DefaultT: ...

        @overload
        def get(self, key: Literal["offset"], /) -> int | None: ...

        @overload
        def get(self, key: Literal["offset"], /, default: int | DefaultT) -> int | DefaultT: ...

        @overload
        def get(self, key: Literal["sort_by"], /) -> CronSearchSortBy | None: ...

        @overload
        def get(
            self, key: Literal["sort_by"], /, default: CronSearchSortBy | DefaultT
        ) -> CronSearchSortBy | DefaultT: ...

        @overload
        def get(self, key: Literal["sort_order"], /) -> CronSearchSortOrder | None: ...

        @overload
        def get(
            self, key: Literal["sort_order"], /, default: CronSearchSortOrder | DefaultT
        ) -> CronSearchSortOrder | DefaultT: ...

        @overload
        def get(self, key: Literal["select"], /) -> list[CronSearchSelectItem] | None: ...

        @overload
        def get(
            self, key: Literal["select"], /, default: list[CronSearchSelectItem] | DefaultT
        ) -> list[CronSearchSelectItem] | DefaultT: ...

        @overload
        def get(self, key: str, /) -> Any: ...

        @overload
        def get(self, key: str, /, default: Any) -> Any: ...

        def get(self, key: str, /, default: Any = None) -> Any:
            return super().get(key, default)
