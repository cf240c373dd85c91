from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_create_stateful_durability import RunCreateStatefulDurability
from ..models.run_create_stateful_if_not_exists import (
    RunCreateStatefulIfNotExists,
)
from ..models.run_create_stateful_interrupt_after_type_0 import (
    RunCreateStatefulInterruptAfterType0,
)
from ..models.run_create_stateful_interrupt_before_type_0 import (
    RunCreateStatefulInterruptBeforeType0,
)
from ..models.run_create_stateful_multitask_strategy import (
    RunCreateStatefulMultitaskStrategy,
)
from ..models.run_create_stateful_stream_mode_type_0_item import (
    RunCreateStatefulStreamModeType0Item,
)
from ..models.run_create_stateful_stream_mode_type_1 import (
    RunCreateStatefulStreamModeType1,
)
from ..models.run_create_streaming_stateful_on_disconnect import (
    RunCreateStreamingStatefulOnDisconnect,
)
from ..types import UNSET, DefaultT, Model, Unset

if TYPE_CHECKING:
    from ..models.checkpoint_config import CheckpointConfig
    from ..models.command import Command
    from ..models.run_create_stateful_config import RunCreateStatefulConfig


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
# eq=False: a model equals what its dict equals (`thread == {...}`), as the dict it is.
@_attrs_define(repr=False, eq=False)
class RunCreateStreamingStateful(Model):
    """RunCreateStreamingStateful"""

    assistant_id: str
    """ The assistant ID or graph name to run. If using graph name, will default to first assistant created from
    that graph. """

    checkpoint: CheckpointConfig | Unset = UNSET
    """ Checkpoint config. """

    input_: Any | Unset = _attrs_field(default=UNSET, metadata={"json": "input"})
    """ The input to the graph. """

    command: Command | None | Unset = UNSET
    """ The input to the graph. """

    metadata: Any | Unset = UNSET
    """ Metadata to assign to the run. """

    config: RunCreateStatefulConfig | Unset = UNSET
    """ The configuration for the assistant. """

    context: Any | Unset = UNSET
    """ Static context added to the assistant. """

    webhook: str | Unset = UNSET
    """ Webhook to call after LangGraph API call is done. """

    interrupt_before: list[str] | RunCreateStatefulInterruptBeforeType0 | Unset = UNSET
    """ Nodes to interrupt immediately before they get executed. """

    interrupt_after: list[str] | RunCreateStatefulInterruptAfterType0 | Unset = UNSET
    """ Nodes to interrupt immediately after they get executed. """

    stream_mode: list[RunCreateStatefulStreamModeType0Item] | RunCreateStatefulStreamModeType1 | Unset = UNSET
    """ The stream mode(s) to use. """

    stream_subgraphs: bool | Unset = False
    """ Whether to stream output from subgraphs. """

    stream_resumable: bool | Unset = False
    """ Whether to persist the stream chunks in order to resume the stream later. """

    feedback_keys: list[str] | Unset = UNSET
    """ Generate pre-signed URLs for assigning feedback keys to the run.

    For each key specified, a unique URL will be generated that can be called to assign the feedback key to the run.
    See [LangSmith Feedback](https://docs.langchain.com/langsmith/observability-concepts#feedback) for more details.
    """

    multitask_strategy: RunCreateStatefulMultitaskStrategy | Unset = "enqueue"
    """ Multitask strategy to use. Must be one of 'reject', 'interrupt', 'rollback', or 'enqueue'. """

    if_not_exists: RunCreateStatefulIfNotExists | Unset = "reject"
    """ How to handle missing thread. Must be either 'reject' (raise error if missing), or 'create' (create new
    thread). """

    after_seconds: float | Unset = UNSET
    """ The number of seconds to wait before starting the run. Use to schedule future runs. """

    checkpoint_during: bool | Unset = False
    """ Whether to checkpoint during the run.

    Deprecated. Use `durability` instead to control checkpoint persistence behavior during the run. """

    durability: RunCreateStatefulDurability | Unset = "async"
    """ Durability level for the run. Must be one of `sync`, `async`, or `exit`. See [durability
    modes](https://docs.langchain.com/oss/python/langgraph/durable-execution#durability-modes) for more details. """

    on_disconnect: RunCreateStreamingStatefulOnDisconnect | Unset = "continue"
    """ The disconnect mode to use. Must be one of 'cancel' or 'continue'. """

    # An argument of __init__ (keyword only), so that attrs.evolve keeps these fields. Read, it is
    # a new dict of the model's keys that are not fields (types.Model); set, it replaces them.
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""

    # Dict access by JSON name, typed per key as a TypedDict would be.
    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["assistant_id"]) -> str: ...

        @overload
        def __getitem__(self, key: Literal["checkpoint"]) -> CheckpointConfig: ...

        @overload
        def __getitem__(self, key: Literal["command"]) -> Command | None: ...

        @overload
        def __getitem__(self, key: Literal["config"]) -> RunCreateStatefulConfig: ...

        @overload
        def __getitem__(self, key: Literal["webhook"]) -> str: ...

        @overload
        def __getitem__(
            self, key: Literal["interrupt_before"]
        ) -> list[str] | RunCreateStatefulInterruptBeforeType0: ...

        @overload
        def __getitem__(self, key: Literal["interrupt_after"]) -> list[str] | RunCreateStatefulInterruptAfterType0: ...

        @overload
        def __getitem__(
            self, key: Literal["stream_mode"]
        ) -> list[RunCreateStatefulStreamModeType0Item] | RunCreateStatefulStreamModeType1: ...

        @overload
        def __getitem__(self, key: Literal["stream_subgraphs"]) -> bool: ...

        @overload
        def __getitem__(self, key: Literal["stream_resumable"]) -> bool: ...

        @overload
        def __getitem__(self, key: Literal["feedback_keys"]) -> list[str]: ...

        @overload
        def __getitem__(self, key: Literal["multitask_strategy"]) -> RunCreateStatefulMultitaskStrategy: ...

        @overload
        def __getitem__(self, key: Literal["if_not_exists"]) -> RunCreateStatefulIfNotExists: ...

        @overload
        def __getitem__(self, key: Literal["after_seconds"]) -> float: ...

        @overload
        def __getitem__(self, key: Literal["checkpoint_during"]) -> bool: ...

        @overload
        def __getitem__(self, key: Literal["durability"]) -> RunCreateStatefulDurability: ...

        @overload
        def __getitem__(self, key: Literal["on_disconnect"]) -> RunCreateStreamingStatefulOnDisconnect: ...

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
        def get(self, key: Literal["checkpoint"], /) -> CheckpointConfig | None: ...

        @overload
        def get(
            self, key: Literal["checkpoint"], /, default: CheckpointConfig | DefaultT
        ) -> CheckpointConfig | DefaultT: ...

        @overload
        def get(self, key: Literal["command"], /) -> Command | None | None: ...

        @overload
        def get(self, key: Literal["command"], /, default: Command | None | DefaultT) -> Command | None | DefaultT: ...

        @overload
        def get(self, key: Literal["config"], /) -> RunCreateStatefulConfig | None: ...

        @overload
        def get(
            self, key: Literal["config"], /, default: RunCreateStatefulConfig | DefaultT
        ) -> RunCreateStatefulConfig | DefaultT: ...

        @overload
        def get(self, key: Literal["webhook"], /) -> str | None: ...

        @overload
        def get(self, key: Literal["webhook"], /, default: str | DefaultT) -> str | DefaultT: ...

        @overload
        def get(
            self, key: Literal["interrupt_before"], /
        ) -> list[str] | RunCreateStatefulInterruptBeforeType0 | None: ...

        @overload
        def get(
            self,
            key: Literal["interrupt_before"],
            /,
            default: list[str] | RunCreateStatefulInterruptBeforeType0 | DefaultT,
        ) -> list[str] | RunCreateStatefulInterruptBeforeType0 | DefaultT: ...

        @overload
        def get(
            self, key: Literal["interrupt_after"], /
        ) -> list[str] | RunCreateStatefulInterruptAfterType0 | None: ...

        @overload
        def get(
            self,
            key: Literal["interrupt_after"],
            /,
            default: list[str] | RunCreateStatefulInterruptAfterType0 | DefaultT,
        ) -> list[str] | RunCreateStatefulInterruptAfterType0 | DefaultT: ...

        @overload
        def get(
            self, key: Literal["stream_mode"], /
        ) -> list[RunCreateStatefulStreamModeType0Item] | RunCreateStatefulStreamModeType1 | None: ...

        @overload
        def get(
            self,
            key: Literal["stream_mode"],
            /,
            default: list[RunCreateStatefulStreamModeType0Item] | RunCreateStatefulStreamModeType1 | DefaultT,
        ) -> list[RunCreateStatefulStreamModeType0Item] | RunCreateStatefulStreamModeType1 | DefaultT: ...

        @overload
        def get(self, key: Literal["stream_subgraphs"], /) -> bool | None: ...

        @overload
        def get(self, key: Literal["stream_subgraphs"], /, default: bool | DefaultT) -> bool | DefaultT: ...

        @overload
        def get(self, key: Literal["stream_resumable"], /) -> bool | None: ...

        @overload
        def get(self, key: Literal["stream_resumable"], /, default: bool | DefaultT) -> bool | DefaultT: ...

        @overload
        def get(self, key: Literal["feedback_keys"], /) -> list[str] | None: ...

        @overload
        def get(self, key: Literal["feedback_keys"], /, default: list[str] | DefaultT) -> list[str] | DefaultT: ...

        @overload
        def get(self, key: Literal["multitask_strategy"], /) -> RunCreateStatefulMultitaskStrategy | None: ...

        @overload
        def get(
            self, key: Literal["multitask_strategy"], /, default: RunCreateStatefulMultitaskStrategy | DefaultT
        ) -> RunCreateStatefulMultitaskStrategy | DefaultT: ...

        @overload
        def get(self, key: Literal["if_not_exists"], /) -> RunCreateStatefulIfNotExists | None: ...

        @overload
        def get(
            self, key: Literal["if_not_exists"], /, default: RunCreateStatefulIfNotExists | DefaultT
        ) -> RunCreateStatefulIfNotExists | DefaultT: ...

        @overload
        def get(self, key: Literal["after_seconds"], /) -> float | None: ...

        @overload
        def get(self, key: Literal["after_seconds"], /, default: float | DefaultT) -> float | DefaultT: ...

        @overload
        def get(self, key: Literal["checkpoint_during"], /) -> bool | None: ...

        @overload
        def get(self, key: Literal["checkpoint_during"], /, default: bool | DefaultT) -> bool | DefaultT: ...

        @overload
        def get(self, key: Literal["durability"], /) -> RunCreateStatefulDurability | None: ...

        @overload
        def get(
            self, key: Literal["durability"], /, default: RunCreateStatefulDurability | DefaultT
        ) -> RunCreateStatefulDurability | DefaultT: ...

        @overload
        def get(self, key: Literal["on_disconnect"], /) -> RunCreateStreamingStatefulOnDisconnect | None: ...

        @overload
        def get(
            self, key: Literal["on_disconnect"], /, default: RunCreateStreamingStatefulOnDisconnect | DefaultT
        ) -> RunCreateStreamingStatefulOnDisconnect | DefaultT: ...

        @overload
        def get(self, key: str, /) -> Any: ...

        @overload
        def get(self, key: str, /, default: Any) -> Any: ...

        def get(self, key: str, /, default: Any = None) -> Any:
            return super().get(key, default)
