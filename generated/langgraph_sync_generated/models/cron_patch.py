from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, Literal, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cron_patch_durability import CronPatchDurability
from ..models.cron_patch_interrupt_after_type_0 import (
    CronPatchInterruptAfterType0,
)
from ..models.cron_patch_interrupt_before_type_0 import (
    CronPatchInterruptBeforeType0,
)
from ..models.cron_patch_on_run_completed import CronPatchOnRunCompleted
from ..models.cron_patch_stream_mode_type_0_item import (
    CronPatchStreamModeType0Item,
)
from ..models.cron_patch_stream_mode_type_1 import CronPatchStreamModeType1
from ..types import UNSET, DefaultT, Model, Unset

if TYPE_CHECKING:
    from ..models.cron_patch_config import CronPatchConfig


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
# eq=False: a model equals what its dict equals (`thread == {...}`), as the dict it is.
@_attrs_define(repr=False, eq=False)
class CronPatch(Model):
    """CronPatch

    Payload for updating a cron job. All fields are optional."""

    schedule: str | Unset = UNSET
    """ The cron schedule to execute this job on. """

    timezone: str | Unset = UNSET
    """ IANA timezone for the cron schedule (e.g. 'America/New_York'). Defaults to null, which is treated as UTC.
    """

    end_time: datetime.datetime | None | Unset = UNSET
    """ The end date to stop running the cron. Send null to clear a previously set end time; omit this field to
    leave the existing value unchanged. """

    input_: Any | Unset = _attrs_field(default=UNSET, metadata={"json": "input"})
    """ The input to the graph. """

    metadata: Any | Unset = UNSET
    """ Metadata to merge with existing cron job metadata. """

    config: CronPatchConfig | Unset = UNSET
    """ The configuration for the assistant. """

    context: Any | Unset = UNSET
    """ Static context added to the assistant. """

    webhook: str | Unset = UNSET
    """ Webhook to call after LangGraph API call is done. """

    interrupt_before: CronPatchInterruptBeforeType0 | list[str] | Unset = UNSET
    """ Nodes to interrupt immediately before they get executed. """

    interrupt_after: CronPatchInterruptAfterType0 | list[str] | Unset = UNSET
    """ Nodes to interrupt immediately after they get executed. """

    on_run_completed: CronPatchOnRunCompleted | Unset = UNSET
    """ What to do with the thread after the run completes. 'delete' removes the thread after execution. 'keep'
    creates a new thread for each execution but does not clean them up. """

    enabled: bool | Unset = UNSET
    """ Enable or disable the cron job. """

    stream_mode: CronPatchStreamModeType1 | list[CronPatchStreamModeType0Item] | Unset = UNSET
    """ The stream mode(s) to use. """

    stream_subgraphs: bool | Unset = False
    """ Whether to stream output from subgraphs. """

    stream_resumable: bool | Unset = False
    """ Whether to persist the stream chunks in order to resume the stream later. """

    durability: CronPatchDurability | Unset = "async"
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
        def __getitem__(self, key: Literal["timezone"]) -> str: ...

        @overload
        def __getitem__(self, key: Literal["end_time"]) -> str | None: ...

        @overload
        def __getitem__(self, key: Literal["config"]) -> CronPatchConfig: ...

        @overload
        def __getitem__(self, key: Literal["webhook"]) -> str: ...

        @overload
        def __getitem__(self, key: Literal["interrupt_before"]) -> CronPatchInterruptBeforeType0 | list[str]: ...

        @overload
        def __getitem__(self, key: Literal["interrupt_after"]) -> CronPatchInterruptAfterType0 | list[str]: ...

        @overload
        def __getitem__(self, key: Literal["on_run_completed"]) -> CronPatchOnRunCompleted: ...

        @overload
        def __getitem__(self, key: Literal["enabled"]) -> bool: ...

        @overload
        def __getitem__(
            self, key: Literal["stream_mode"]
        ) -> CronPatchStreamModeType1 | list[CronPatchStreamModeType0Item]: ...

        @overload
        def __getitem__(self, key: Literal["stream_subgraphs"]) -> bool: ...

        @overload
        def __getitem__(self, key: Literal["stream_resumable"]) -> bool: ...

        @overload
        def __getitem__(self, key: Literal["durability"]) -> CronPatchDurability: ...

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
        def get(self, key: Literal["timezone"], /) -> str | None: ...

        @overload
        def get(self, key: Literal["timezone"], /, default: str | DefaultT) -> str | DefaultT: ...

        @overload
        def get(self, key: Literal["end_time"], /) -> str | None | None: ...

        @overload
        def get(self, key: Literal["end_time"], /, default: str | None | DefaultT) -> str | None | DefaultT: ...

        @overload
        def get(self, key: Literal["config"], /) -> CronPatchConfig | None: ...

        @overload
        def get(self, key: Literal["config"], /, default: CronPatchConfig | DefaultT) -> CronPatchConfig | DefaultT: ...

        @overload
        def get(self, key: Literal["webhook"], /) -> str | None: ...

        @overload
        def get(self, key: Literal["webhook"], /, default: str | DefaultT) -> str | DefaultT: ...

        @overload
        def get(self, key: Literal["interrupt_before"], /) -> CronPatchInterruptBeforeType0 | list[str] | None: ...

        @overload
        def get(
            self, key: Literal["interrupt_before"], /, default: CronPatchInterruptBeforeType0 | list[str] | DefaultT
        ) -> CronPatchInterruptBeforeType0 | list[str] | DefaultT: ...

        @overload
        def get(self, key: Literal["interrupt_after"], /) -> CronPatchInterruptAfterType0 | list[str] | None: ...

        @overload
        def get(
            self, key: Literal["interrupt_after"], /, default: CronPatchInterruptAfterType0 | list[str] | DefaultT
        ) -> CronPatchInterruptAfterType0 | list[str] | DefaultT: ...

        @overload
        def get(self, key: Literal["on_run_completed"], /) -> CronPatchOnRunCompleted | None: ...

        @overload
        def get(
            self, key: Literal["on_run_completed"], /, default: CronPatchOnRunCompleted | DefaultT
        ) -> CronPatchOnRunCompleted | DefaultT: ...

        @overload
        def get(self, key: Literal["enabled"], /) -> bool | None: ...

        @overload
        def get(self, key: Literal["enabled"], /, default: bool | DefaultT) -> bool | DefaultT: ...

        @overload
        def get(
            self, key: Literal["stream_mode"], /
        ) -> CronPatchStreamModeType1 | list[CronPatchStreamModeType0Item] | None: ...

        @overload
        def get(
            self,
            key: Literal["stream_mode"],
            /,
            default: CronPatchStreamModeType1 | list[CronPatchStreamModeType0Item] | DefaultT,
        ) -> CronPatchStreamModeType1 | list[CronPatchStreamModeType0Item] | DefaultT: ...

        @overload
        def get(self, key: Literal["stream_subgraphs"], /) -> bool | None: ...

        @overload
        def get(self, key: Literal["stream_subgraphs"], /, default: bool | DefaultT) -> bool | DefaultT: ...

        @overload
        def get(self, key: Literal["stream_resumable"], /) -> bool | None: ...

        @overload
        def get(self, key: Literal["stream_resumable"], /, default: bool | DefaultT) -> bool | DefaultT: ...

        @overload
        def get(self, key: Literal["durability"], /) -> CronPatchDurability | None: ...

        @overload
        def get(
            self, key: Literal["durability"], /, default: CronPatchDurability | DefaultT
        ) -> CronPatchDurability | DefaultT: ...

        @overload
        def get(self, key: str, /) -> Any: ...

        @overload
        def get(self, key: str, /, default: Any) -> Any: ...

        def get(self, key: str, /, default: Any = None) -> Any:
            return super().get(key, default)
