from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
@_attrs_define(repr=False)
class Item(Model):
    """Item

    Represents a single document or data entry in the graph's Store. Items are used to store cross-thread memories."""

    namespace: list[str]
    """ The namespace of the item. A namespace is analogous to a document's directory. """

    key: str
    """ The unique identifier of the item within its namespace. In general, keys needn't be globally unique. """

    value: Any
    """ The value stored in the item. This is the document itself. """

    created_at: datetime.datetime
    """ The timestamp when the item was created. """

    updated_at: datetime.datetime
    """ The timestamp when the item was last updated. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""
