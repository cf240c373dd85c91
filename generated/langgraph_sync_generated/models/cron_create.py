from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, Literal, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cron_create_durability import CronCreateDurability
from ..models.cron_create_interrupt_after_type_0 import (
    CronCreateInterruptAfterType0,
)
from ..models.cron_create_interrupt_before_type_0 import (
    CronCreateInterruptBeforeType0,
)
from ..models.cron_create_on_run_completed import CronCreateOnRunCompleted
from ..models.cron_create_stream_mode_type_0_item import (
    CronCreateStreamModeType0Item,
)
from ..models.cron_create_stream_mode_type_1 import CronCreateStreamModeType1
from ..types import UNSET, DefaultT, Model, Unset

if TYPE_CHECKING:
    from ..models.cron_create_config import CronCreateConfig


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
# eq=False: a model equals what its dict equals (`thread == {...}`), as the dict it is.
@_attrs_define(repr=False, eq=False)
class CronCreate(Model):
    """CronCreate

    Payload for creating a stateless cron job (creates a new thread for each execution)."""

    schedule: str
    """ The cron schedule to execute this job on. """

    assistant_id: str
    """ The assistant ID or graph name to run. If using graph name, will default to the assistant automatically
    created from that graph by the server. """

    timezone: str | Unset = UNSET
    """ IANA timezone for the cron schedule (e.g. 'America/New_York'). Defaults to null, which is treated as UTC.
    """

    end_time: datetime.datetime | Unset = UNSET
    """ The end date to stop running the cron. """

    input_: Any | Unset = _attrs_field(default=UNSET, metadata={"json": "input"})
    """ The input to the graph. """

    metadata: Any | Unset = UNSET
    """ Metadata to assign to the cron job runs. """

    config: CronCreateConfig | Unset = UNSET
    """ The configuration for the assistant. """

    context: Any | Unset = UNSET
    """ Static context added to the assistant. """

    webhook: str | Unset = UNSET
    """ Webhook to call after LangGraph API call is done. """

    interrupt_before: CronCreateInterruptBeforeType0 | list[str] | Unset = UNSET
    """ Nodes to interrupt immediately before they get executed. """

    interrupt_after: CronCreateInterruptAfterType0 | list[str] | Unset = UNSET
    """ Nodes to interrupt immediately after they get executed. """

    on_run_completed: CronCreateOnRunCompleted | Unset = "delete"
    """ What to do with the thread after the run completes. 'delete' removes the thread after execution. 'keep'
    creates a new thread for each execution but does not clean them up. """

    enabled: bool | Unset = True
    """ Whether the cron job should be enabled. Disabled crons are not executed. """

    stream_mode: CronCreateStreamModeType1 | list[CronCreateStreamModeType0Item] | Unset = UNSET
    """ The stream mode(s) to use. """

    stream_subgraphs: bool | Unset = False
    """ Whether to stream output from subgraphs. """

    stream_resumable: bool | Unset = False
    """ Whether to persist the stream chunks in order to resume the stream later. """

    durability: CronCreateDurability | Unset = "async"
    """ Durability level for the run. Must be one of `sync`, `async`, or `exit`. See [durability
    modes](https://docs.langchain.com/oss/python/langgraph/durable-execution#durability-modes) for more details. """

    # An argument of __init__ (keyword only), so that attrs.evolve keeps these fields. Read, it is
    # a new dict of the model's keys that are not fields (types.Model); set, it replaces them.
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""

    # Dict access by JSON name, typed per key as a TypedDict would be.
    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["schedule"]) -> str: ...

        @overload
        def __getitem__(self, key: Literal["assistant_id"]) -> str: ...

        @overload
        def __getitem__(self, key: Literal["timezone"]) -> str: ...

        @overload
        def __getitem__(self, key: Literal["end_time"]) -> str: ...

        @overload
        def __getitem__(self, key: Literal["config"]) -> CronCreateConfig: ...

        @overload
        def __getitem__(self, key: Literal["webhook"]) -> str: ...

        @overload
        def __getitem__(self, key: Literal["interrupt_before"]) -> CronCreateInterruptBeforeType0 | list[str]: ...

        @overload
        def __getitem__(self, key: Literal["interrupt_after"]) -> CronCreateInterruptAfterType0 | list[str]: ...

        @overload
        def __getitem__(self, key: Literal["on_run_completed"]) -> CronCreateOnRunCompleted: ...

        @overload
        def __getitem__(self, key: Literal["enabled"]) -> bool: ...

        @overload
        def __getitem__(
            self, key: Literal["stream_mode"]
        ) -> CronCreateStreamModeType1 | list[CronCreateStreamModeType0Item]: ...

        @overload
        def __getitem__(self, key: Literal["stream_subgraphs"]) -> bool: ...

        @overload
        def __getitem__(self, key: Literal["stream_resumable"]) -> bool: ...

        @overload
        def __getitem__(self, key: Literal["durability"]) -> CronCreateDurability: ...

        @overload
        def __getitem__(self, key: str) -> Any: ...

        def __getitem__(self, key: str) -> Any:
            return super().__getitem__(key)

        # The ignore: mypy cannot see that the `key: str` overloads at the end still take all that Mapping.get does.
        @overload  # type: ignore[override]
        def get(self, key: Literal["schedule"], /) -> str | None: ...

        @overload
        def get(self, key: Literal["schedule"], /, default: str | DefaultT) -> str | DefaultT: ...

        @overload
        def get(self, key: Literal["assistant_id"], /) -> str | None: ...

        @overload
        def get(self, key: Literal["assistant_id"], /, default: str | DefaultT) -> str | DefaultT: ...

        @overload
        def get(self, key: Literal["timezone"], /) -> str | None: ...

        @overload
        def get(self, key: Literal["timezone"], /, default: str | DefaultT) -> str | DefaultT: ...

        @overload
        def get(self, key: Literal["end_time"], /) -> str | None: ...

        @overload
        def get(self, key: Literal["end_time"], /, default: str | DefaultT) -> str | DefaultT: ...

        @overload
        def get(self, key: Literal["config"], /) -> CronCreateConfig | None: ...

        @overload
        def get(
            self, key: Literal["config"], /, default: CronCreateConfig | DefaultT
        ) -> CronCreateConfig | DefaultT: ...

        @overload
        def get(self, key: Literal["webhook"], /) -> str | None: ...

        @overload
        def get(self, key: Literal["webhook"], /, default: str | DefaultT) -> str | DefaultT: ...

        @overload
        def get(self, key: Literal["interrupt_before"], /) -> CronCreateInterruptBeforeType0 | list[str] | None: ...

        @overload
        def get(
            self, key: Literal["interrupt_before"], /, default: CronCreateInterruptBeforeType0 | list[str] | DefaultT
        ) -> CronCreateInterruptBeforeType0 | list[str] | DefaultT: ...

        @overload
        def get(self, key: Literal["interrupt_after"], /) -> CronCreateInterruptAfterType0 | list[str] | None: ...

        @overload
        def get(
            self, key: Literal["interrupt_after"], /, default: CronCreateInterruptAfterType0 | list[str] | DefaultT
        ) -> CronCreateInterruptAfterType0 | list[str] | DefaultT: ...

        @overload
        def get(self, key: Literal["on_run_completed"], /) -> CronCreateOnRunCompleted | None: ...

        @overload
        def get(
            self, key: Literal["on_run_completed"], /, default: CronCreateOnRunCompleted | DefaultT
        ) -> CronCreateOnRunCompleted | DefaultT: ...

        @overload
        def get(self, key: Literal["enabled"], /) -> bool | None: ...

        @overload
        def get(self, key: Literal["enabled"], /, default: bool | DefaultT) -> bool | DefaultT: ...

        @overload
        def get(
            self, key: Literal["stream_mode"], /
        ) -> CronCreateStreamModeType1 | list[CronCreateStreamModeType0Item] | None: ...

        @overload
        def get(
            self,
            key: Literal["stream_mode"],
            /,
            default: CronCreateStreamModeType1 | list[CronCreateStreamModeType0Item] | DefaultT,
        ) -> CronCreateStreamModeType1 | list[CronCreateStreamModeType0Item] | DefaultT: ...

        @overload
        def get(self, key: Literal["stream_subgraphs"], /) -> bool | None: ...

        @overload
        def get(self, key: Literal["stream_subgraphs"], /, default: bool | DefaultT) -> bool | DefaultT: ...

        @overload
        def get(self, key: Literal["stream_resumable"], /) -> bool | None: ...

        @overload
        def get(self, key: Literal["stream_resumable"], /, default: bool | DefaultT) -> bool | DefaultT: ...

        @overload
        def get(self, key: Literal["durability"], /) -> CronCreateDurability | None: ...

        @overload
        def get(
            self, key: Literal["durability"], /, default: CronCreateDurability | DefaultT
        ) -> CronCreateDurability | DefaultT: ...

        @overload
        def get(self, key: str, /) -> Any: ...

        @overload
        def get(self, key: str, /, default: Any) -> Any: ...

        def get(self, key: str, /, default: Any = None) -> Any:
            return super().get(key, default)
