from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
@_attrs_define(repr=False)
class SearchItem(Model):
    """SearchItem

    A stored item found by a search, with its relevance score (null when not ranked)."""

    namespace: list[str]

    key: str

    value: Any

    created_at: datetime.datetime

    updated_at: datetime.datetime

    score: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""
