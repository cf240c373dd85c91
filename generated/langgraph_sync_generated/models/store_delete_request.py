from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
@_attrs_define(repr=False)
class StoreDeleteRequest(Model):
    """StoreDeleteRequest

    Request to delete an item."""

    key: str
    """ The unique identifier for the item. """

    namespace: list[str] | Unset = UNSET
    """ A list of strings representing the namespace path. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""
