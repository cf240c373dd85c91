from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, Literal, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_status import ThreadStatus
from ..types import UNSET, DefaultT, Model, Unset

if TYPE_CHECKING:
    from ..models.thread_ttl_info import ThreadTTLInfo


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
# eq=False: a model equals what its dict equals (`thread == {...}`), as the dict it is.
@_attrs_define(repr=False, eq=False)
class Thread(Model):
    """Thread"""

    thread_id: str
    """ The ID of the thread. """

    created_at: datetime.datetime
    """ The time the thread was created. """

    updated_at: datetime.datetime
    """ The last time the thread was updated. """

    metadata: Any
    """ The thread metadata. """

    status: ThreadStatus
    """ The status of the thread. """

    state_updated_at: datetime.datetime | Unset = UNSET
    """ The last time the thread state was updated. """

    config: Any | Unset = UNSET
    """ The thread config. """

    values: Any | Unset = UNSET  # type: ignore[assignment,unused-ignore]  # the field wins over dict.values
    """ The current state of the thread. """

    interrupts: Any | Unset = UNSET
    """ The current interrupts of the thread. """

    ttl: ThreadTTLInfo | Unset = UNSET
    """ TTL information if set for this thread. Only present when ?include=ttl is passed. """

    extracted: Any | Unset = UNSET
    """ Extracted values from thread JSONB columns, populated when extract is specified in search request. """

    error: Any | Unset = UNSET
    """ The error of the thread's last run (the exception as JSON), null if it did not fail. """

    # An argument of __init__ (keyword only), so that attrs.evolve keeps these fields. Read, it is
    # a new dict of the model's keys that are not fields (types.Model); set, it replaces them.
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""

    # Dict access by JSON name, typed per key as a TypedDict would be.
    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["thread_id"]) -> str: ...

        @overload
        def __getitem__(self, key: Literal["created_at"]) -> str: ...

        @overload
        def __getitem__(self, key: Literal["updated_at"]) -> str: ...

        @overload
        def __getitem__(self, key: Literal["status"]) -> ThreadStatus: ...

        @overload
        def __getitem__(self, key: Literal["state_updated_at"]) -> str: ...

        @overload
        def __getitem__(self, key: Literal["ttl"]) -> ThreadTTLInfo: ...

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
        def get(self, key: Literal["created_at"], /) -> str | None: ...

        @overload
        def get(self, key: Literal["created_at"], /, default: str | DefaultT) -> str | DefaultT: ...

        @overload
        def get(self, key: Literal["updated_at"], /) -> str | None: ...

        @overload
        def get(self, key: Literal["updated_at"], /, default: str | DefaultT) -> str | DefaultT: ...

        @overload
        def get(self, key: Literal["status"], /) -> ThreadStatus | None: ...

        @overload
        def get(self, key: Literal["status"], /, default: ThreadStatus | DefaultT) -> ThreadStatus | DefaultT: ...

        @overload
        def get(self, key: Literal["state_updated_at"], /) -> str | None: ...

        @overload
        def get(self, key: Literal["state_updated_at"], /, default: str | DefaultT) -> str | DefaultT: ...

        @overload
        def get(self, key: Literal["ttl"], /) -> ThreadTTLInfo | None: ...

        @overload
        def get(self, key: Literal["ttl"], /, default: ThreadTTLInfo | DefaultT) -> ThreadTTLInfo | DefaultT: ...

        @overload
        def get(self, key: str, /) -> Any: ...

        @overload
        def get(self, key: str, /, default: Any) -> Any: ...

        def get(self, key: str, /, default: Any = None) -> Any:
            return super().get(key, default)
