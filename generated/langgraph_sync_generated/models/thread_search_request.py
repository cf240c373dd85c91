from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_search_request_select_item import (
    ThreadSearchRequestSelectItem,
)
from ..models.thread_search_request_sort_by import ThreadSearchRequestSortBy
from ..models.thread_search_request_sort_order import (
    ThreadSearchRequestSortOrder,
)
from ..models.thread_search_request_status import ThreadSearchRequestStatus
from ..types import UNSET, DefaultT, Model, Unset


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
# eq=False: a model equals what its dict equals (`thread == {...}`), as the dict it is.
@_attrs_define(repr=False, eq=False)
class ThreadSearchRequest(Model):
    """ThreadSearchRequest

    Payload for listing threads."""

    ids: list[str] | Unset = UNSET
    """ List of thread IDs to include. Others are excluded. """

    metadata: Any | Unset = UNSET
    """ Thread metadata to filter on. """

    values: Any | Unset = UNSET  # type: ignore[assignment,unused-ignore]  # the field wins over dict.values
    """ State values to filter on. """

    status: ThreadSearchRequestStatus | Unset = UNSET
    """ Thread status to filter on. """

    limit: int | Unset = 10
    """ Maximum number to return. """

    offset: int | Unset = 0
    """ Offset to start from. """

    sort_by: ThreadSearchRequestSortBy | Unset = UNSET
    """ Sort by field. """

    sort_order: ThreadSearchRequestSortOrder | Unset = UNSET
    """ Sort order. """

    select: list[ThreadSearchRequestSelectItem] | Unset = UNSET
    """ Specify which fields to return. If not provided, all fields are returned. """

    extract: Any | Unset = UNSET
    """ Map of alias to JSONB path for extracting specific values. Paths must start with values, metadata, config,
    or interrupts. Example: {"last_msg": "values.messages[-1]"}. """

    # An argument of __init__ (keyword only), so that attrs.evolve keeps these fields. Read, it is
    # a new dict of the model's keys that are not fields (types.Model); set, it replaces them.
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""

    # Dict access by JSON name, typed per key as a TypedDict would be.
    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["ids"]) -> list[str]: ...

        @overload
        def __getitem__(self, key: Literal["status"]) -> ThreadSearchRequestStatus: ...

        @overload
        def __getitem__(self, key: Literal["limit"]) -> int: ...

        @overload
        def __getitem__(self, key: Literal["offset"]) -> int: ...

        @overload
        def __getitem__(self, key: Literal["sort_by"]) -> ThreadSearchRequestSortBy: ...

        @overload
        def __getitem__(self, key: Literal["sort_order"]) -> ThreadSearchRequestSortOrder: ...

        @overload
        def __getitem__(self, key: Literal["select"]) -> list[ThreadSearchRequestSelectItem]: ...

        @overload
        def __getitem__(self, key: str) -> Any: ...

        def __getitem__(self, key: str) -> Any:
            return super().__getitem__(key)

        # The ignore: mypy cannot see that the `key: str` overloads at the end still take all that Mapping.get does.
        @overload  # type: ignore[override]
        def get(self, key: Literal["ids"], /) -> list[str] | None: ...

        @overload
        def get(self, key: Literal["ids"], /, default: list[str] | DefaultT) -> list[str] | DefaultT: ...

        @overload
        def get(self, key: Literal["status"], /) -> ThreadSearchRequestStatus | None: ...

        @overload
        def get(
            self, key: Literal["status"], /, default: ThreadSearchRequestStatus | DefaultT
        ) -> ThreadSearchRequestStatus | DefaultT: ...

        @overload
        def get(self, key: Literal["limit"], /) -> int | None: ...

        @overload
        def get(self, key: Literal["limit"], /, default: int | DefaultT) -> int | DefaultT: ...

        @overload
        def get(self, key: Literal["offset"], /) -> int | None: ...

        @overload
        def get(self, key: Literal["offset"], /, default: int | DefaultT) -> int | DefaultT: ...

        @overload
        def get(self, key: Literal["sort_by"], /) -> ThreadSearchRequestSortBy | None: ...

        @overload
        def get(
            self, key: Literal["sort_by"], /, default: ThreadSearchRequestSortBy | DefaultT
        ) -> ThreadSearchRequestSortBy | DefaultT: ...

        @overload
        def get(self, key: Literal["sort_order"], /) -> ThreadSearchRequestSortOrder | None: ...

        @overload
        def get(
            self, key: Literal["sort_order"], /, default: ThreadSearchRequestSortOrder | DefaultT
        ) -> ThreadSearchRequestSortOrder | DefaultT: ...

        @overload
        def get(self, key: Literal["select"], /) -> list[ThreadSearchRequestSelectItem] | None: ...

        @overload
        def get(
            self, key: Literal["select"], /, default: list[ThreadSearchRequestSelectItem] | DefaultT
        ) -> list[ThreadSearchRequestSelectItem] | DefaultT: ...

        @overload
        def get(self, key: str, /) -> Any: ...

        @overload
        def get(self, key: str, /, default: Any) -> Any: ...

        def get(self, key: str, /, default: Any = None) -> Any:
            return super().get(key, default)
