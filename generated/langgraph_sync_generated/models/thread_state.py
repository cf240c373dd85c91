from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DefaultT, Model, Unset

if TYPE_CHECKING:
    from ..models.checkpoint_config import CheckpointConfig
    from ..models.interrupt import Interrupt
    from ..models.thread_state_tasks_item import ThreadStateTasksItem


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
# eq=False: a model equals what its dict equals (`thread == {...}`), as the dict it is.
@_attrs_define(repr=False, eq=False)
class ThreadState(Model):
    """ThreadState"""

    values: Any  # type: ignore[assignment,unused-ignore]  # the field wins over dict.values

    next_: list[str] = _attrs_field(metadata={"json": "next"})

    checkpoint: CheckpointConfig | None

    metadata: Any

    created_at: None | str

    tasks: list[ThreadStateTasksItem] | Unset = UNSET

    parent_checkpoint: Any | Unset = UNSET

    interrupts: list[Interrupt] | Unset = UNSET

    # An argument of __init__ (keyword only), so that attrs.evolve keeps these fields. Read, it is
    # a new dict of the model's keys that are not fields (types.Model); set, it replaces them.
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""

    # Dict access by JSON name, typed per key as a TypedDict would be.
    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["next"]) -> list[str]: ...

        @overload
        def __getitem__(self, key: Literal["checkpoint"]) -> CheckpointConfig | None: ...

        @overload
        def __getitem__(self, key: Literal["created_at"]) -> None | str: ...

        @overload
        def __getitem__(self, key: Literal["tasks"]) -> list[ThreadStateTasksItem]: ...

        @overload
        def __getitem__(self, key: Literal["interrupts"]) -> list[Interrupt]: ...

        @overload
        def __getitem__(self, key: str) -> Any: ...

        def __getitem__(self, key: str) -> Any:
            return super().__getitem__(key)

        # The ignore: mypy cannot see that the `key: str` overloads at the end still take all that Mapping.get does.
        @overload  # type: ignore[override]
        def get(self, key: Literal["next"], /) -> list[str] | None: ...

        @overload
        def get(self, key: Literal["next"], /, default: list[str] | DefaultT) -> list[str] | DefaultT: ...

        @overload
        def get(self, key: Literal["checkpoint"], /) -> CheckpointConfig | None | None: ...

        @overload
        def get(
            self, key: Literal["checkpoint"], /, default: CheckpointConfig | None | DefaultT
        ) -> CheckpointConfig | None | DefaultT: ...

        @overload
        def get(self, key: Literal["created_at"], /) -> None | str | None: ...

        @overload
        def get(self, key: Literal["created_at"], /, default: None | str | DefaultT) -> None | str | DefaultT: ...

        @overload
        def get(self, key: Literal["tasks"], /) -> list[ThreadStateTasksItem] | None: ...

        @overload
        def get(
            self, key: Literal["tasks"], /, default: list[ThreadStateTasksItem] | DefaultT
        ) -> list[ThreadStateTasksItem] | DefaultT: ...

        @overload
        def get(self, key: Literal["interrupts"], /) -> list[Interrupt] | None: ...

        @overload
        def get(
            self, key: Literal["interrupts"], /, default: list[Interrupt] | DefaultT
        ) -> list[Interrupt] | DefaultT: ...

        @overload
        def get(self, key: str, /) -> Any: ...

        @overload
        def get(self, key: str, /, default: Any) -> Any: ...

        def get(self, key: str, /, default: Any = None) -> Any:
            return super().get(key, default)
