from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
@_attrs_define(repr=False)
class StorePutRequest(Model):
    """StorePutRequest

    Request to store or update an item."""

    namespace: list[str]
    """ A list of strings representing the namespace path. """

    key: str
    """ The unique identifier for the item within the namespace. """

    value: Any
    """ A dictionary containing the item's data. """

    index: bool | list[str] | None | Unset = UNSET
    """ Controls search indexing - null (use defaults), false (disable), or list of field paths to index. """

    ttl: float | None | Unset = UNSET
    """ Optional time-to-live in minutes for the item, or null for no expiration. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""
