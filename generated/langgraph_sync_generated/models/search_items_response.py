from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

if TYPE_CHECKING:
    from ..models.search_item import SearchItem


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
@_attrs_define(repr=False)
class SearchItemsResponse(Model):
    """SearchItemsResponse"""

    items: list[SearchItem]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""
