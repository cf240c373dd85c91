from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

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
from ..types import UNSET, DefaultT, Model, Unset

if TYPE_CHECKING:
    from ..models.command import Command
    from ..models.run_create_stateless_config import RunCreateStatelessConfig


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
# eq=False: a model equals what its dict equals (`thread == {...}`), as the dict it is.
@_attrs_define(repr=False, eq=False)
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

    # An argument of __init__ (keyword only), so that attrs.evolve keeps these fields. Read, it is
    # a new dict of the model's keys that are not fields (types.Model); set, it replaces them.
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""

    # Dict access by JSON name, typed per key as a TypedDict would be.
    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["assistant_id"]) -> str: ...

        @overload
        def __getitem__(self, key: Literal["command"]) -> Command | None: ...

        @overload
        def __getitem__(self, key: Literal["config"]) -> RunCreateStatelessConfig: ...

        @overload
        def __getitem__(self, key: Literal["webhook"]) -> str: ...

        @overload
        def __getitem__(
            self, key: Literal["stream_mode"]
        ) -> list[RunCreateStatelessStreamModeType0Item] | RunCreateStatelessStreamModeType1: ...

        @overload
        def __getitem__(self, key: Literal["feedback_keys"]) -> list[str]: ...

        @overload
        def __getitem__(self, key: Literal["stream_subgraphs"]) -> bool: ...

        @overload
        def __getitem__(self, key: Literal["stream_resumable"]) -> bool: ...

        @overload
        def __getitem__(self, key: Literal["on_completion"]) -> RunCreateStatelessOnCompletion: ...

        @overload
        def __getitem__(self, key: Literal["after_seconds"]) -> float: ...

        @overload
        def __getitem__(self, key: Literal["checkpoint_during"]) -> bool: ...

        @overload
        def __getitem__(self, key: Literal["durability"]) -> RunCreateStatelessDurability: ...

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
        def get(self, key: Literal["command"], /) -> Command | None | None: ...

        @overload
        def get(self, key: Literal["command"], /, default: Command | None | DefaultT) -> Command | None | DefaultT: ...

        @overload
        def get(self, key: Literal["config"], /) -> RunCreateStatelessConfig | None: ...

        @overload
        def get(
            self, key: Literal["config"], /, default: RunCreateStatelessConfig | DefaultT
        ) -> RunCreateStatelessConfig | DefaultT: ...

        @overload
        def get(self, key: Literal["webhook"], /) -> str | None: ...

        @overload
        def get(self, key: Literal["webhook"], /, default: str | DefaultT) -> str | DefaultT: ...

        @overload
        def get(
            self, key: Literal["stream_mode"], /
        ) -> list[RunCreateStatelessStreamModeType0Item] | RunCreateStatelessStreamModeType1 | None: ...

        @overload
        def get(
            self,
            key: Literal["stream_mode"],
            /,
            default: list[RunCreateStatelessStreamModeType0Item] | RunCreateStatelessStreamModeType1 | DefaultT,
        ) -> list[RunCreateStatelessStreamModeType0Item] | RunCreateStatelessStreamModeType1 | DefaultT: ...

        @overload
        def get(self, key: Literal["feedback_keys"], /) -> list[str] | None: ...

        @overload
        def get(self, key: Literal["feedback_keys"], /, default: list[str] | DefaultT) -> list[str] | DefaultT: ...

        @overload
        def get(self, key: Literal["stream_subgraphs"], /) -> bool | None: ...

        @overload
        def get(self, key: Literal["stream_subgraphs"], /, default: bool | DefaultT) -> bool | DefaultT: ...

        @overload
        def get(self, key: Literal["stream_resumable"], /) -> bool | None: ...

        @overload
        def get(self, key: Literal["stream_resumable"], /, default: bool | DefaultT) -> bool | DefaultT: ...

        @overload
        def get(self, key: Literal["on_completion"], /) -> RunCreateStatelessOnCompletion | None: ...

        @overload
        def get(
            self, key: Literal["on_completion"], /, default: RunCreateStatelessOnCompletion | DefaultT
        ) -> RunCreateStatelessOnCompletion | DefaultT: ...

        @overload
        def get(self, key: Literal["after_seconds"], /) -> float | None: ...

        @overload
        def get(self, key: Literal["after_seconds"], /, default: float | DefaultT) -> float | DefaultT: ...

        @overload
        def get(self, key: Literal["checkpoint_during"], /) -> bool | None: ...

        @overload
        def get(self, key: Literal["checkpoint_during"], /, default: bool | DefaultT) -> bool | DefaultT: ...

        @overload
        def get(self, key: Literal["durability"], /) -> RunCreateStatelessDurability | None: ...

        @overload
        def get(
            self, key: Literal["durability"], /, default: RunCreateStatelessDurability | DefaultT
        ) -> RunCreateStatelessDurability | DefaultT: ...

        @overload
        def get(self, key: str, /) -> Any: ...

        @overload
        def get(self, key: str, /, default: Any) -> Any: ...

        def get(self, key: str, /, default: Any = None) -> Any:
            return super().get(key, default)
