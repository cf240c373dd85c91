from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset

if TYPE_CHECKING:
    from ..models.command import Command


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
@_attrs_define(repr=False)
class ThreadSuperstepUpdate(Model):
    """ThreadSuperstepUpdate"""

    as_node: str
    """ Update the state as if this node had just executed. """

    values: Any | Unset = UNSET

    command: Command | None | Unset = UNSET
    """ The command associated with the update. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""
