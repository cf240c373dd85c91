from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assistant_search_request_select_item import (
    AssistantSearchRequestSelectItem,
)
from ..models.assistant_search_request_sort_by import (
    AssistantSearchRequestSortBy,
)
from ..models.assistant_search_request_sort_order import (
    AssistantSearchRequestSortOrder,
)
from ..types import UNSET, DefaultT, Model, Unset


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
# eq=False: a model equals what its dict equals (`thread == {...}`), as the dict it is.
@_attrs_define(repr=False, eq=False)
class AssistantSearchRequest(Model):
    """AssistantSearchRequest

    Payload for listing assistants."""

    metadata: Any | Unset = UNSET
    """ Metadata to filter by. Exact match filter for each KV pair. """

    graph_id: str | Unset = UNSET
    """ The ID of the graph to filter by. The graph ID is normally set in your langgraph.json configuration. """

    name: str | Unset = UNSET
    """ Name of the assistant to filter by. The filtering logic will match (case insensitive) assistants where
    'name' is a substring of the assistant name. """

    limit: int | Unset = 10
    """ The maximum number of results to return. """

    offset: int | Unset = 0
    """ The number of results to skip. """

    sort_by: AssistantSearchRequestSortBy | Unset = UNSET
    """ The field to sort by. """

    sort_order: AssistantSearchRequestSortOrder | Unset = UNSET
    """ The order to sort by. """

    select: list[AssistantSearchRequestSelectItem] | Unset = UNSET
    """ Specify which fields to return. If not provided, all fields are returned. """

    # An argument of __init__ (keyword only), so that attrs.evolve keeps these fields. Read, it is
    # a new dict of the model's keys that are not fields (types.Model); set, it replaces them.
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""

    # Dict access by JSON name, typed per key as a TypedDict would be.
    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["graph_id"]) -> str: ...

        @overload
        def __getitem__(self, key: Literal["name"]) -> str: ...

        @overload
        def __getitem__(self, key: Literal["limit"]) -> int: ...

        @overload
        def __getitem__(self, key: Literal["offset"]) -> int: ...

        @overload
        def __getitem__(self, key: Literal["sort_by"]) -> AssistantSearchRequestSortBy: ...

        @overload
        def __getitem__(self, key: Literal["sort_order"]) -> AssistantSearchRequestSortOrder: ...

        @overload
        def __getitem__(self, key: Literal["select"]) -> list[AssistantSearchRequestSelectItem]: ...

        @overload
        def __getitem__(self, key: str) -> Any: ...

        def __getitem__(self, key: str) -> Any:
            return super().__getitem__(key)

        # The ignore: mypy cannot see that the `key: str` overloads at the end still take all that Mapping.get does.
        @overload  # type: ignore[override]
        def get(self, key: Literal["graph_id"], /) -> str | None: ...

        @overload
        def get(self, key: Literal["graph_id"], /, default: str | DefaultT) -> str | DefaultT: ...

        @overload
        def get(self, key: Literal["name"], /) -> str | None: ...

        @overload
        def get(self, key: Literal["name"], /, default: str | DefaultT) -> str | DefaultT: ...

        @overload
        def get(self, key: Literal["limit"], /) -> int | None: ...

        @overload
        def get(self, key: Literal["limit"], /, default: int | DefaultT) -> int | DefaultT: ...

        @overload
        def get(self, key: Literal["offset"], /) -> int | None: ...

        @overload
        def get(self, key: Literal["offset"], /, default: int | DefaultT) -> int | DefaultT: ...

        @overload
        def get(self, key: Literal["sort_by"], /) -> AssistantSearchRequestSortBy | None: ...

        @overload
        def get(
            self, key: Literal["sort_by"], /, default: AssistantSearchRequestSortBy | DefaultT
        ) -> AssistantSearchRequestSortBy | DefaultT: ...

        @overload
        def get(self, key: Literal["sort_order"], /) -> AssistantSearchRequestSortOrder | None: ...

        @overload
        def get(
            self, key: Literal["sort_order"], /, default: AssistantSearchRequestSortOrder | DefaultT
        ) -> AssistantSearchRequestSortOrder | DefaultT: ...

        @overload
        def get(self, key: Literal["select"], /) -> list[AssistantSearchRequestSelectItem] | None: ...

        @overload
        def get(
            self, key: Literal["select"], /, default: list[AssistantSearchRequestSelectItem] | DefaultT
        ) -> list[AssistantSearchRequestSelectItem] | DefaultT: ...

        @overload
        def get(self, key: str, /) -> Any: ...

        @overload
        def get(self, key: str, /, default: Any) -> Any: ...

        def get(self, key: str, /, default: Any = None) -> Any:
            return super().get(key, default)
