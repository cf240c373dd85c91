from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.protocol_channel_type_0 import ProtocolChannelType0
from ..types import UNSET, DefaultT, Model, Unset


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
# eq=False: a model equals what its dict equals (`thread == {...}`), as the dict it is.
@_attrs_define(repr=False, eq=False)
class ProtocolEventStreamRequest(Model):
    """ProtocolEventStreamRequest

    Body of `POST /threads/{thread_id}/stream/events`. Filters the connection-scoped SSE stream."""

    channels: list[ProtocolChannelType0 | str]
    """ Channels to subscribe to for the lifetime of this connection. """

    namespaces: list[list[str]] | Unset = UNSET
    """ Prefix-match filter. An event matches if its namespace starts with any of these prefixes. Omit for all
    namespaces. """

    depth: int | Unset = UNSET
    """ Max depth below the namespace prefix. Omit for unbounded depth. """

    since: int | Unset = UNSET
    """ Replay events with `seq` greater than this value before streaming live events. """

    # An argument of __init__ (keyword only), so that attrs.evolve keeps these fields. Read, it is
    # a new dict of the model's keys that are not fields (types.Model); set, it replaces them.
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""

    # Dict access by JSON name, typed per key as a TypedDict would be.
    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["channels"]) -> list[ProtocolChannelType0 | str]: ...

        @overload
        def __getitem__(self, key: Literal["namespaces"]) -> list[list[str]]: ...

        @overload
        def __getitem__(self, key: Literal["depth"]) -> int: ...

        @overload
        def __getitem__(self, key: Literal["since"]) -> int: ...

        @overload
        def __getitem__(self, key: str) -> Any: ...

        def __getitem__(self, key: str) -> Any:
            return super().__getitem__(key)

        # The ignore: mypy cannot see that the `key: str` overloads at the end still take all that Mapping.get does.
        @overload  # type: ignore[override]
        def get(self, key: Literal["channels"], /) -> list[ProtocolChannelType0 | str] | None: ...

        @overload
        def get(
            self, key: Literal["channels"], /, default: list[ProtocolChannelType0 | str] | DefaultT
        ) -> list[ProtocolChannelType0 | str] | DefaultT: ...

        @overload
        def get(self, key: Literal["namespaces"], /) -> list[list[str]] | None: ...

        @overload
        def get(
            self, key: Literal["namespaces"], /, default: list[list[str]] | DefaultT
        ) -> list[list[str]] | DefaultT: ...

        @overload
        def get(self, key: Literal["depth"], /) -> int | None: ...

        @overload
        def get(self, key: Literal["depth"], /, default: int | DefaultT) -> int | DefaultT: ...

        @overload
        def get(self, key: Literal["since"], /) -> int | None: ...

        @overload
        def get(self, key: Literal["since"], /, default: int | DefaultT) -> int | DefaultT: ...

        @overload
        def get(self, key: str, /) -> Any: ...

        @overload
        def get(self, key: str, /, default: Any) -> Any: ...

        def get(self, key: str, /, default: Any = None) -> Any:
            return super().get(key, default)
