from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset

if TYPE_CHECKING:
    from ..models.config import Config


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
@_attrs_define(repr=False)
class AssistantVersion(Model):
    """AssistantVersion

    One version of an assistant."""

    assistant_id: str

    graph_id: str

    version: int

    config: Config

    metadata: Any

    created_at: datetime.datetime

    context: Any | Unset = UNSET

    name: str | Unset = UNSET

    description: None | str | Unset = UNSET

    # An argument of __init__ (keyword only), so that attrs.evolve and copies keep these fields.
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""
