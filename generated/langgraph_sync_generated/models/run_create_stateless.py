from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_create_stateless_durability import RunCreateStatelessDurability
from ..models.run_create_stateless_on_completion import (
    RunCreateStatelessOnCompletion,
)
from ..models.run_create_stateless_stream_mode_type_0_item import (
    RunCreateStatelessStreamModeType0Item,
)
from ..models.run_create_stateless_stream_mode_type_1 import (
    RunCreateStatelessStreamModeType1,
)
from ..types import UNSET, Model, Unset

if TYPE_CHECKING:
    from ..models.command import Command
    from ..models.run_create_stateless_config import RunCreateStatelessConfig


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
@_attrs_define(repr=False)
class RunCreateStateless(Model):
    """RunCreateStateless

    Payload for creating a run."""

    assistant_id: str
    """ The assistant ID or graph name to run. If using graph name, will default to first assistant created from
    that graph. """

    input_: Any | Unset = _attrs_field(default=UNSET, metadata={"json": "input"})
    """ The input to the graph. """

    command: Command | None | Unset = UNSET
    """ The input to the graph. """

    metadata: Any | Unset = UNSET
    """ Metadata to assign to the run. """

    config: RunCreateStatelessConfig | Unset = UNSET
    """ The configuration for the assistant. """

    context: Any | Unset = UNSET
    """ Static context added to the assistant. """

    webhook: str | Unset = UNSET
    """ Webhook to call after LangGraph API call is done. """

    stream_mode: list[RunCreateStatelessStreamModeType0Item] | RunCreateStatelessStreamModeType1 | Unset = UNSET
    """ The stream mode(s) to use. """

    feedback_keys: list[str] | Unset = UNSET
    """ Generate pre-signed URLs for assigning feedback keys to the run.

    For each key specified, a unique URL will be generated that can be called to assign the feedback key to the run.
    See [LangSmith Feedback](https://docs.langchain.com/langsmith/observability-concepts#feedback) for more details.
    """

    stream_subgraphs: bool | Unset = False
    """ Whether to stream output from subgraphs. """

    stream_resumable: bool | Unset = False
    """ Whether to persist the stream chunks in order to resume the stream later. """

    on_completion: RunCreateStatelessOnCompletion | Unset = "delete"
    """ Whether to delete or keep the thread created for a stateless run. Must be one of 'delete' or 'keep'. """

    after_seconds: float | Unset = UNSET
    """ The number of seconds to wait before starting the run. Use to schedule future runs. """

    checkpoint_during: bool | Unset = False
    """ Whether to checkpoint during the run.

    Deprecated. Use `durability` instead to control checkpoint persistence behavior during the run. """

    durability: RunCreateStatelessDurability | Unset = "async"
    """ Durability level for the run. Must be one of `sync`, `async`, or `exit`. See [durability
    modes](https://docs.langchain.com/oss/python/langgraph/durable-execution#durability-modes) for more details. """

    # An argument of __init__ (keyword only), so that attrs.evolve and copies keep these fields.
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""
