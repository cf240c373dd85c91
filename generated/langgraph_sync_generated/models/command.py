from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset

if TYPE_CHECKING:
    from ..models.send import Send


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
@_attrs_define(repr=False)
class Command(Model):
    """Command

    The command to run."""

    update: Any | Unset = UNSET
    """ An update to the state. """

    resume: Any | Unset = UNSET
    """ A value to pass to an interrupted node. """

    goto: list[Send] | list[str] | None | Send | str | Unset = UNSET
    """ Name of the node(s) to navigate to next or node(s) to be executed with a provided input. """

    # An argument of __init__ (keyword only), so that attrs.evolve and copies keep these fields.
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""
