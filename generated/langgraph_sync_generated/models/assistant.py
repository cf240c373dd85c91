from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset

if TYPE_CHECKING:
    from ..models.assistant_config import AssistantConfig


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
@_attrs_define(repr=False)
class Assistant(Model):
    """Assistant"""

    assistant_id: str
    """ The ID of the assistant. """

    graph_id: str
    """ The ID of the graph. """

    config: AssistantConfig
    """ The assistant config. """

    created_at: datetime.datetime
    """ The time the assistant was created. """

    updated_at: datetime.datetime
    """ The last time the assistant was updated. """

    metadata: Any
    """ The assistant metadata. """

    context: Any | Unset = UNSET
    """ Static context added to the assistant. """

    version: int | Unset = UNSET
    """ The version of the assistant """

    name: str | Unset = UNSET
    """ The name of the assistant """

    description: None | str | Unset = UNSET
    """ The description of the assistant """

    # An argument of __init__ (keyword only), so that attrs.evolve and copies keep these fields.
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""
