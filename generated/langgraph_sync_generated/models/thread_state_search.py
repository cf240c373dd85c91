from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset

if TYPE_CHECKING:
    from ..models.checkpoint_config import CheckpointConfig


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
@_attrs_define(repr=False)
class ThreadStateSearch(Model):
    """ThreadStateSearch"""

    limit: int | Unset = 1
    """ The maximum number of states to return. """

    before: CheckpointConfig | Unset = UNSET
    """ Checkpoint config. """

    metadata: Any | Unset = UNSET
    """ Filter states by metadata key-value pairs. """

    checkpoint: CheckpointConfig | Unset = UNSET
    """ Checkpoint config. """

    # An argument of __init__ (keyword only), so that attrs.evolve and copies keep these fields.
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""
