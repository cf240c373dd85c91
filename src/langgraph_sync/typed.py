"""A graph's own types on the calls that return its state: `TypedGraph`.

The models come from `langgraph-sync graph-types` (see the README's guide):

    from langgraph_sync.typed import TypedGraph
    from myapp.graph_types import chat

    graph = TypedGraph(client, "chat", chat.State, chat.Input, chat.Output)
    output = graph.wait(thread_id, input=chat.Input(messages=[...]))   # a chat.Output
    state = graph.get_state(thread_id)                                 # state.values: a chat.State

mypy infers each return type from the model classes given: no casts. Every method calls the
client method of the same name (its other keywords pass through unchanged) and converts the
state values the server sent into the model, keeping everything (`to_dict()` gives back exactly
what was sent: fields the schema does not name, such as `__interrupt__`, are kept in
`additional_properties`). Input may be the Input model or a plain mapping, as anywhere else.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping
from typing import Any, Generic, TypeVar

import attrs
from langgraph_sync_generated.models import Interrupt, ThreadState, ThreadStateUpdateResponse
from langgraph_sync_generated.types import UNSET, Model

from .client import Client
from .errors import LangGraphError

StateT = TypeVar("StateT", bound=Model)
InputT = TypeVar("InputT", bound=Model)
OutputT = TypeVar("OutputT", bound=Model)
ModelT = TypeVar("ModelT", bound=Model)
Id = str | uuid.UUID


class StateValidationError(LangGraphError):
    """State values the server sent do not fit the graph's model: the graph changed since its
    types were generated (regenerate them). `.values` is what was sent."""

    def __init__(self, message: str, values: Any) -> None:
        super().__init__(message)
        self.values = values

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (str(self), self.values))


@attrs.frozen
class TypedState(Generic[StateT]):
    """A thread's state with its values as the graph's State model; the rest of the server's
    reply (next, checkpoint, tasks, interrupts, ...) is `thread_state`, as `threads.get_state` gives it."""

    values: StateT
    thread_state: ThreadState

    @property
    def next(self) -> list[str]:
        """The nodes that run next (empty when the run is done)."""
        return self.thread_state.next_

    @property
    def interrupts(self) -> list[Interrupt]:
        """The interrupts the thread waits on (empty if none)."""
        interrupts = self.thread_state.interrupts
        return [] if interrupts is UNSET else interrupts  # type: ignore[return-value]


class TypedGraph(Generic[StateT, InputT, OutputT]):
    """The runs and thread-state calls of `client` for one assistant (or graph id), typed with
    the graph's State, Input and Output models."""

    def __init__(
        self,
        client: Client,
        assistant_id: str,
        state: type[StateT],
        input: type[InputT],
        output: type[OutputT],
    ) -> None:
        self.client = client
        self.assistant_id = assistant_id
        self.state_type = state
        self.input_type = input
        self.output_type = output

    def wait(self, thread_id: Id | None, *, input: InputT | Mapping[str, Any] | None = None, **options: Any) -> OutputT:
        """`client.runs.wait` for this assistant: run the graph and block until it ends. Returns
        the final values as the Output model (at an interrupt, the interrupts are its
        `["__interrupt__"]`). Raises what `runs.wait` raises, and StateValidationError if the
        values do not fit the model (regenerate the types)."""
        return _as(self.output_type, self.client.runs.wait(thread_id, self.assistant_id, input=input, **options))

    def join(self, thread_id: Id, run_id: Id, **options: Any) -> OutputT:
        """`client.runs.join`: block until the run ends; its final values as the Output model."""
        return _as(self.output_type, self.client.runs.join(thread_id, run_id, **options))

    def stream_values(
        self,
        thread_id: Id | None,
        *,
        input: InputT | Mapping[str, Any] | None = None,
        **options: Any,
    ) -> Iterator[OutputT]:
        """`client.runs.stream` with `stream_mode="values"`: the graph's values after each step
        (its output channels, as the server streams them) as the Output model, as they arrive.
        Other events (metadata, a subgraph's values) are left out."""
        parts = self.client.runs.stream(thread_id, self.assistant_id, input=input, stream_mode="values", **options)
        return (_as(self.output_type, part.data) for part in parts if part.event == "values")

    def get_state(self, thread_id: Id, *args: Any, **options: Any) -> TypedState[StateT]:
        """`client.threads.get_state` (same arguments), with the values as the State model."""
        return self._typed(self.client.threads.get_state(thread_id, *args, **options))

    def get_history(self, thread_id: Id, **options: Any) -> list[TypedState[StateT]]:
        """`client.threads.get_history` (same keywords), newest first, with each state's values as the State model."""
        return [self._typed(state) for state in self.client.threads.get_history(thread_id, **options)]

    def update_state(
        self, thread_id: Id, values: StateT | Mapping[str, Any] | None, **options: Any
    ) -> ThreadStateUpdateResponse:
        """`client.threads.update_state`: write `values` (the State model, or a mapping) as if
        node `as_node=` had returned them."""
        return self.client.threads.update_state(thread_id, values, **options)

    def state(self, values: Any) -> StateT:
        """Any state values the client returned (a StreamPart's data, a thread's values) as the State model."""
        return _as(self.state_type, values)

    def _typed(self, state: ThreadState) -> TypedState[StateT]:
        return TypedState(values=_as(self.state_type, state.values), thread_state=state)


def _as(model: type[ModelT], values: Any) -> ModelT:
    try:
        return model.from_dict(values)
    except (TypeError, ValueError, KeyError, AttributeError) as error:
        name = f"{model.__module__}.{model.__qualname__}"
        raise StateValidationError(
            f"state values do not fit {name} (regenerate the graph types?): {error}", values
        ) from error
