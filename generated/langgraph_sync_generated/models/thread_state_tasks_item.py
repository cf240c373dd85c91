from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DefaultT, Model, Unset

if TYPE_CHECKING:
    from ..models.checkpoint_config import CheckpointConfig
    from ..models.interrupt import Interrupt
    from ..models.thread_state import ThreadState


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
# eq=False: a model equals what its dict equals (`thread == {...}`), as the dict it is.
@_attrs_define(repr=False, eq=False)
class ThreadStateTasksItem(Model):
    """ThreadStateTasksItem"""

    id: str

    name: str

    error: None | str | Unset = UNSET

    interrupts: list[Interrupt] | Unset = UNSET

    checkpoint: CheckpointConfig | None | Unset = UNSET

    state: None | ThreadState | Unset = UNSET

    # An argument of __init__ (keyword only), so that attrs.evolve keeps these fields. Read, it is
    # a new dict of the model's keys that are not fields (types.Model); set, it replaces them.
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""

    # Dict access by JSON name, typed per key as a TypedDict would be.
    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["id"]) -> str: ...

        @overload
        def __getitem__(self, key: Literal["name"]) -> str: ...

        @overload
        def __getitem__(self, key: Literal["error"]) -> None | str: ...

        @overload
        def __getitem__(self, key: Literal["interrupts"]) -> list[Interrupt]: ...

        @overload
        def __getitem__(self, key: Literal["checkpoint"]) -> CheckpointConfig | None: ...

        @overload
        def __getitem__(self, key: Literal["state"]) -> None | ThreadState: ...

        @overload
        def __getitem__(self, key: str) -> Any: ...

        def __getitem__(self, key: str) -> Any:
            return super().__getitem__(key)

        # The ignore: mypy cannot see that the `key: str` overloads at the end still take all that Mapping.get does.
        @overload  # type: ignore[override]
        def get(self, key: Literal["id"], /) -> str | None: ...

        @overload
        def get(self, key: Literal["id"], /, default: str | DefaultT) -> str | DefaultT: ...

        @overload
        def get(self, key: Literal["name"], /) -> str | None: ...

        @overload
        def get(self, key: Literal["name"], /, default: str | DefaultT) -> str | DefaultT: ...

        @overload
        def get(self, key: Literal["error"], /) -> None | str | None: ...

        @overload
        def get(self, key: Literal["error"], /, default: None | str | DefaultT) -> None | str | DefaultT: ...

        @overload
        def get(self, key: Literal["interrupts"], /) -> list[Interrupt] | None: ...

        @overload
        def get(
            self, key: Literal["interrupts"], /, default: list[Interrupt] | DefaultT
        ) -> list[Interrupt] | DefaultT: ...

        @overload
        def get(self, key: Literal["checkpoint"], /) -> CheckpointConfig | None | None: ...

        @overload
        def get(
            self, key: Literal["checkpoint"], /, default: CheckpointConfig | None | DefaultT
        ) -> CheckpointConfig | None | DefaultT: ...

        @overload
        def get(self, key: Literal["state"], /) -> None | ThreadState | None: ...

        @overload
        def get(
            self, key: Literal["state"], /, default: None | ThreadState | DefaultT
        ) -> None | ThreadState | DefaultT: ...

        @overload
        def get(self, key: str, /) -> Any: ...

        @overload
        def get(self, key: str, /, default: Any) -> Any: ...

        def get(self, key: str, /, default: Any = None) -> Any:
            return super().get(key, default)
