from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_cron_create_durability import ThreadCronCreateDurability
from ..models.thread_cron_create_interrupt_after_type_0 import (
    ThreadCronCreateInterruptAfterType0,
)
from ..models.thread_cron_create_interrupt_before_type_0 import (
    ThreadCronCreateInterruptBeforeType0,
)
from ..models.thread_cron_create_multitask_strategy import (
    ThreadCronCreateMultitaskStrategy,
)
from ..models.thread_cron_create_stream_mode_type_0_item import (
    ThreadCronCreateStreamModeType0Item,
)
from ..models.thread_cron_create_stream_mode_type_1 import (
    ThreadCronCreateStreamModeType1,
)
from ..types import UNSET, Model, Unset

if TYPE_CHECKING:
    from ..models.thread_cron_create_config import ThreadCronCreateConfig


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
@_attrs_define(repr=False)
class ThreadCronCreate(Model):
    """ThreadCronCreate

    Payload for creating a thread-specific cron job (runs on the same thread)."""

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

    config: ThreadCronCreateConfig | Unset = UNSET
    """ The configuration for the assistant. """

    context: Any | Unset = UNSET
    """ Static context added to the assistant. """

    webhook: str | Unset = UNSET
    """ Webhook to call after LangGraph API call is done. """

    interrupt_before: list[str] | ThreadCronCreateInterruptBeforeType0 | Unset = UNSET
    """ Nodes to interrupt immediately before they get executed. """

    interrupt_after: list[str] | ThreadCronCreateInterruptAfterType0 | Unset = UNSET
    """ Nodes to interrupt immediately after they get executed. """

    multitask_strategy: ThreadCronCreateMultitaskStrategy | Unset = "enqueue"
    """ Multitask strategy to use. Must be one of 'reject', 'interrupt', 'rollback', or 'enqueue'. """

    enabled: bool | Unset = True
    """ Whether the cron job should be enabled. Disabled crons are not executed. """

    stream_mode: list[ThreadCronCreateStreamModeType0Item] | ThreadCronCreateStreamModeType1 | Unset = UNSET
    """ The stream mode(s) to use. """

    stream_subgraphs: bool | Unset = False
    """ Whether to stream output from subgraphs. """

    stream_resumable: bool | Unset = False
    """ Whether to persist the stream chunks in order to resume the stream later. """

    durability: ThreadCronCreateDurability | Unset = "async"
    """ Durability level for the run. Must be one of `sync`, `async`, or `exit`. See [durability
    modes](https://docs.langchain.com/oss/python/langgraph/durable-execution#durability-modes) for more details. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""
