from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset

if TYPE_CHECKING:
    from ..models.checkpoint_config import CheckpointConfig
    from ..models.interrupt import Interrupt
    from ..models.thread_state import ThreadState


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
@_attrs_define(repr=False)
class ThreadStateTasksItem(Model):
    """ThreadStateTasksItem"""

    id: str

    name: str

    error: None | str | Unset = UNSET

    interrupts: list[Interrupt] | Unset = UNSET

    checkpoint: CheckpointConfig | None | Unset = UNSET

    state: None | ThreadState | Unset = UNSET

    # An argument of __init__ (keyword only), so that attrs.evolve and copies keep these fields.
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""
