from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assistant_create_if_exists import AssistantCreateIfExists
from ..types import UNSET, DefaultT, Model, Unset


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
# eq=False: a model equals what its dict equals (`thread == {...}`), as the dict it is.
@_attrs_define(repr=False, eq=False)
class AssistantCreate(Model):
    """AssistantCreate

    Payload for creating an assistant."""

    graph_id: str
    """ The ID of the graph the assistant should use. The graph ID is normally set in your langgraph.json
    configuration. """

    assistant_id: str | Unset = UNSET
    """ The ID of the assistant. If not provided, a random UUID will be generated. """

    config: Any | Unset = UNSET
    """ Configuration to use for the graph. Useful when graph is configurable and you want to create different
    assistants based on different configurations. """

    context: Any | Unset = UNSET
    """ Static context added to the assistant. """

    metadata: Any | Unset = UNSET
    """ Metadata to add to assistant. """

    if_exists: AssistantCreateIfExists | Unset = "raise"
    """ How to handle duplicate creation. Must be either 'raise' (raise error if duplicate), or 'do_nothing' (return
    existing assistant). """

    name: str | Unset = UNSET
    """ The name of the assistant. Defaults to 'Untitled'. """

    description: None | str | Unset = UNSET
    """ The description of the assistant. Defaults to null. """

    # An argument of __init__ (keyword only), so that attrs.evolve keeps these fields. Read, it is
    # a new dict of the model's keys that are not fields (types.Model); set, it replaces them.
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""

    # Dict access by JSON name, typed per key as a TypedDict would be.
    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["graph_id"]) -> str: ...

        @overload
        def __getitem__(self, key: Literal["assistant_id"]) -> str: ...

        @overload
        def __getitem__(self, key: Literal["if_exists"]) -> AssistantCreateIfExists: ...

        @overload
        def __getitem__(self, key: Literal["name"]) -> str: ...

        @overload
        def __getitem__(self, key: Literal["description"]) -> None | str: ...

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
        def get(self, key: Literal["assistant_id"], /) -> str | None: ...

        @overload
        def get(self, key: Literal["assistant_id"], /, default: str | DefaultT) -> str | DefaultT: ...

        @overload
        def get(self, key: Literal["if_exists"], /) -> AssistantCreateIfExists | None: ...

        @overload
        def get(
            self, key: Literal["if_exists"], /, default: AssistantCreateIfExists | DefaultT
        ) -> AssistantCreateIfExists | DefaultT: ...

        @overload
        def get(self, key: Literal["name"], /) -> str | None: ...

        @overload
        def get(self, key: Literal["name"], /, default: str | DefaultT) -> str | DefaultT: ...

        @overload
        def get(self, key: Literal["description"], /) -> None | str | None: ...

        @overload
        def get(self, key: Literal["description"], /, default: None | str | DefaultT) -> None | str | DefaultT: ...

        @overload
        def get(self, key: str, /) -> Any: ...

        @overload
        def get(self, key: str, /, default: Any) -> Any: ...

        def get(self, key: str, /, default: Any = None) -> Any:
            return super().get(key, default)
