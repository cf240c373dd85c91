from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DefaultT, Model, Unset


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
# eq=False: a model equals what its dict equals (`thread == {...}`), as the dict it is.
@_attrs_define(repr=False, eq=False)
class AssistantPatch(Model):
    """AssistantPatch

    Payload for updating an assistant."""

    graph_id: str | Unset = UNSET
    """ The ID of the graph the assistant should use. The graph ID is normally set in your langgraph.json
    configuration. If not provided, assistant will keep pointing to same graph. """

    config: Any | Unset = UNSET
    """ Configuration to use for the graph. Useful when graph is configurable and you want to update the assistant's
    configuration. """

    context: Any | Unset = UNSET
    """ Static context added to the assistant. """

    metadata: Any | Unset = UNSET
    """ Metadata to merge with existing assistant metadata. """

    name: str | Unset = UNSET
    """ The new name for the assistant. If not provided, assistant will keep its current name. """

    description: str | Unset = UNSET
    """ The new description for the assistant. If not provided, assistant will keep its current description. """

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
        def __getitem__(self, key: Literal["description"]) -> str: ...

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
        def get(self, key: Literal["description"], /) -> str | None: ...

        @overload
        def get(self, key: Literal["description"], /, default: str | DefaultT) -> str | DefaultT: ...

        @overload
        def get(self, key: str, /) -> Any: ...

        @overload
        def get(self, key: str, /, default: Any) -> Any: ...

        def get(self, key: str, /, default: Any = None) -> Any:
            return super().get(key, default)
