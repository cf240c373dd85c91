from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, Literal, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DefaultT, Model, Unset


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
# eq=False: a model equals what its dict equals (`thread == {...}`), as the dict it is.
@_attrs_define(repr=False, eq=False)
class Cron(Model):
    """Cron

    Represents a scheduled task."""

    cron_id: str
    """ The ID of the cron. """

    thread_id: None | str

    end_time: datetime.datetime | None

    schedule: str
    """ The schedule to run, cron format. """

    created_at: datetime.datetime
    """ The time the cron was created. """

    updated_at: datetime.datetime
    """ The last time the cron was updated. """

    payload: Any
    """ The run payload to use for creating new run. """

    enabled: bool = True
    """ Whether the cron job should be enabled. Disabled crons are not executed. """

    assistant_id: None | str | Unset = UNSET
    """ The ID of the assistant. """

    user_id: None | str | Unset = UNSET
    """ The ID of the user. """

    next_run_date: datetime.datetime | None | Unset = UNSET
    """ The next run date of the cron. """

    metadata: Any | Unset = UNSET
    """ The cron metadata. """

    timezone: None | str | Unset = UNSET

    on_run_completed: None | str | Unset = UNSET

    # An argument of __init__ (keyword only), so that attrs.evolve keeps these fields. Read, it is
    # a new dict of the model's keys that are not fields (types.Model); set, it replaces them.
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""

    # Dict access by JSON name, typed per key as a TypedDict would be.
    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["cron_id"]) -> str: ...

        @overload
        def __getitem__(self, key: Literal["thread_id"]) -> None | str: ...

        @overload
        def __getitem__(self, key: Literal["end_time"]) -> str | None: ...

        @overload
        def __getitem__(self, key: Literal["schedule"]) -> str: ...

        @overload
        def __getitem__(self, key: Literal["created_at"]) -> str: ...

        @overload
        def __getitem__(self, key: Literal["updated_at"]) -> str: ...

        @overload
        def __getitem__(self, key: Literal["enabled"]) -> bool: ...

        @overload
        def __getitem__(self, key: Literal["assistant_id"]) -> None | str: ...

        @overload
        def __getitem__(self, key: Literal["user_id"]) -> None | str: ...

        @overload
        def __getitem__(self, key: Literal["next_run_date"]) -> str | None: ...

        @overload
        def __getitem__(self, key: Literal["timezone"]) -> None | str: ...

        @overload
        def __getitem__(self, key: Literal["on_run_completed"]) -> None | str: ...

        @overload
        def __getitem__(self, key: str) -> Any: ...

        def __getitem__(self, key: str) -> Any:
            return super().__getitem__(key)

        # The ignore: mypy cannot see that the `key: str` overloads at the end still take all that Mapping.get does.
        @overload  # type: ignore[override]
        def get(self, key: Literal["cron_id"], /) -> str | None: ...

        @overload
        def get(self, key: Literal["cron_id"], /, default: str | DefaultT) -> str | DefaultT: ...

        @overload
        def get(self, key: Literal["thread_id"], /) -> None | str | None: ...

        @overload
        def get(self, key: Literal["thread_id"], /, default: None | str | DefaultT) -> None | str | DefaultT: ...

        @overload
        def get(self, key: Literal["end_time"], /) -> str | None | None: ...

        @overload
        def get(self, key: Literal["end_time"], /, default: str | None | DefaultT) -> str | None | DefaultT: ...

        @overload
        def get(self, key: Literal["schedule"], /) -> str | None: ...

        @overload
        def get(self, key: Literal["schedule"], /, default: str | DefaultT) -> str | DefaultT: ...

        @overload
        def get(self, key: Literal["created_at"], /) -> str | None: ...

        @overload
        def get(self, key: Literal["created_at"], /, default: str | DefaultT) -> str | DefaultT: ...

        @overload
        def get(self, key: Literal["updated_at"], /) -> str | None: ...

        @overload
        def get(self, key: Literal["updated_at"], /, default: str | DefaultT) -> str | DefaultT: ...

        @overload
        def get(self, key: Literal["enabled"], /) -> bool | None: ...

        @overload
        def get(self, key: Literal["enabled"], /, default: bool | DefaultT) -> bool | DefaultT: ...

        @overload
        def get(self, key: Literal["assistant_id"], /) -> None | str | None: ...

        @overload
        def get(self, key: Literal["assistant_id"], /, default: None | str | DefaultT) -> None | str | DefaultT: ...

        @overload
        def get(self, key: Literal["user_id"], /) -> None | str | None: ...

        @overload
        def get(self, key: Literal["user_id"], /, default: None | str | DefaultT) -> None | str | DefaultT: ...

        @overload
        def get(self, key: Literal["next_run_date"], /) -> str | None | None: ...

        @overload
        def get(self, key: Literal["next_run_date"], /, default: str | None | DefaultT) -> str | None | DefaultT: ...

        @overload
        def get(self, key: Literal["timezone"], /) -> None | str | None: ...

        @overload
        def get(self, key: Literal["timezone"], /, default: None | str | DefaultT) -> None | str | DefaultT: ...

        @overload
        def get(self, key: Literal["on_run_completed"], /) -> None | str | None: ...

        @overload
        def get(self, key: Literal["on_run_completed"], /, default: None | str | DefaultT) -> None | str | DefaultT: ...

        @overload
        def get(self, key: str, /) -> Any: ...

        @overload
        def get(self, key: str, /, default: Any) -> Any: ...

        def get(self, key: str, /, default: Any = None) -> Any:
            return super().get(key, default)
