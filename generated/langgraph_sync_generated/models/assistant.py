from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, Literal, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DefaultT, Model, Unset

if TYPE_CHECKING:
    from ..models.assistant_config import AssistantConfig


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
# eq=False: a model equals what its dict equals (`thread == {...}`), as the dict it is.
@_attrs_define(repr=False, eq=False)
class Assistant(Model):
    """Assistant"""

    assistant_id: str
    """ The ID of the assistant. """

    graph_id: str
    """ The ID of the graph. """

    config: AssistantConfig
    """ The assistant config. """

    created_at: datetime.datetime
    """ The time the assistant was created. """

    updated_at: datetime.datetime
    """ The last time the assistant was updated. """

    metadata: Any
    """ The assistant metadata. """

    context: Any | Unset = UNSET
    """ Static context added to the assistant. """

    version: int | Unset = UNSET
    """ The version of the assistant """

    name: str | Unset = UNSET
    """ The name of the assistant """

    description: None | str | Unset = UNSET
    """ The description of the assistant """

    # An argument of __init__ (keyword only), so that attrs.evolve keeps these fields. Read, it is
    # a new dict of the model's keys that are not fields (types.Model); set, it replaces them.
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""

    # Dict access by JSON name, typed per key as a TypedDict would be.
    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["assistant_id"]) -> str: ...

        @overload
        def __getitem__(self, key: Literal["graph_id"]) -> str: ...

        @overload
        def __getitem__(self, key: Literal["config"]) -> AssistantConfig: ...

        @overload
        def __getitem__(self, key: Literal["created_at"]) -> str: ...

        @overload
        def __getitem__(self, key: Literal["updated_at"]) -> str: ...

        @overload
        def __getitem__(self, key: Literal["version"]) -> int: ...

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
        def get(self, key: Literal["assistant_id"], /) -> str | None: ...

        @overload
        def get(self, key: Literal["assistant_id"], /, default: str | DefaultT) -> str | DefaultT: ...

        @overload
        def get(self, key: Literal["graph_id"], /) -> str | None: ...

        @overload
        def get(self, key: Literal["graph_id"], /, default: str | DefaultT) -> str | DefaultT: ...

        @overload
        def get(self, key: Literal["config"], /) -> AssistantConfig | None: ...

        @overload
        def get(self, key: Literal["config"], /, default: AssistantConfig | DefaultT) -> AssistantConfig | DefaultT: ...

        @overload
        def get(self, key: Literal["created_at"], /) -> str | None: ...

        @overload
        def get(self, key: Literal["created_at"], /, default: str | DefaultT) -> str | DefaultT: ...

        @overload
        def get(self, key: Literal["updated_at"], /) -> str | None: ...

        @overload
        def get(self, key: Literal["updated_at"], /, default: str | DefaultT) -> str | DefaultT: ...

        @overload
        def get(self, key: Literal["version"], /) -> int | None: ...

        @overload
        def get(self, key: Literal["version"], /, default: int | DefaultT) -> int | DefaultT: ...

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
