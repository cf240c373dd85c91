from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_create_if_exists import ThreadCreateIfExists
from ..types import UNSET, DefaultT, Model, Unset

if TYPE_CHECKING:
    from ..models.thread_create_supersteps_item import ThreadCreateSuperstepsItem
    from ..models.thread_create_ttl import ThreadCreateTTL


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
# eq=False: a model equals what its dict equals (`thread == {...}`), as the dict it is.
@_attrs_define(repr=False, eq=False)
class ThreadCreate(Model):
    """ThreadCreate

    Payload for creating a thread."""

    thread_id: str | Unset = UNSET
    """ The ID of the thread. If not provided, a random UUID will be generated. """

    metadata: Any | Unset = UNSET
    """ Metadata to add to thread. """

    if_exists: ThreadCreateIfExists | Unset = "raise"
    """ How to handle duplicate creation. Must be either 'raise' (raise error if duplicate), or 'do_nothing' (return
    existing thread). """

    ttl: ThreadCreateTTL | Unset = UNSET
    """ The time-to-live for the thread. """

    supersteps: list[ThreadCreateSuperstepsItem] | Unset = UNSET

    # An argument of __init__ (keyword only), so that attrs.evolve keeps these fields. Read, it is
    # a new dict of the model's keys that are not fields (types.Model); set, it replaces them.
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""

    # Dict access by JSON name, typed per key as a TypedDict would be.
    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["thread_id"]) -> str: ...

        @overload
        def __getitem__(self, key: Literal["if_exists"]) -> ThreadCreateIfExists: ...

        @overload
        def __getitem__(self, key: Literal["ttl"]) -> ThreadCreateTTL: ...

        @overload
        def __getitem__(self, key: Literal["supersteps"]) -> list[ThreadCreateSuperstepsItem]: ...

        @overload
        def __getitem__(self, key: str) -> Any: ...

        def __getitem__(self, key: str) -> Any:
            return super().__getitem__(key)

        # The ignore: mypy cannot see that the `key: str` overloads at the end still take all that Mapping.get does.
        @overload  # type: ignore[override]
        def get(self, key: Literal["thread_id"], /) -> str | None: ...

        @overload
        def get(self, key: Literal["thread_id"], /, default: str | DefaultT) -> str | DefaultT: ...

        @overload
        def get(self, key: Literal["if_exists"], /) -> ThreadCreateIfExists | None: ...

        @overload
        def get(
            self, key: Literal["if_exists"], /, default: ThreadCreateIfExists | DefaultT
        ) -> ThreadCreateIfExists | DefaultT: ...

        @overload
        def get(self, key: Literal["ttl"], /) -> ThreadCreateTTL | None: ...

        @overload
        def get(self, key: Literal["ttl"], /, default: ThreadCreateTTL | DefaultT) -> ThreadCreateTTL | DefaultT: ...

        @overload
        def get(self, key: Literal["supersteps"], /) -> list[ThreadCreateSuperstepsItem] | None: ...

        @overload
        def get(
            self, key: Literal["supersteps"], /, default: list[ThreadCreateSuperstepsItem] | DefaultT
        ) -> list[ThreadCreateSuperstepsItem] | DefaultT: ...

        @overload
        def get(self, key: str, /) -> Any: ...

        @overload
        def get(self, key: str, /, default: Any) -> Any: ...

        def get(self, key: str, /, default: Any = None) -> Any:
            return super().get(key, default)
