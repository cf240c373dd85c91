from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
@_attrs_define(repr=False)
class AssistantPatch(Model):
    """AssistantPatch

    Payload for updating an assistant."""

    graph_id: str | Unset = UNSET
    """ The ID of the graph the assistant should use. The graph ID is normally set in your langgraph.json
    configuration. If not provided, assistant will keep pointing to same graph. """

    config: Any | Unset = UNSET
    """ Configuration to use for the graph. Useful when graph is configurable and you want to update the assistant's
    configuration. """

    context: Any | Unset = UNSET
    """ Static context added to the assistant. """

    metadata: Any | Unset = UNSET
    """ Metadata to merge with existing assistant metadata. """

    name: str | Unset = UNSET
    """ The new name for the assistant. If not provided, assistant will keep its current name. """

    description: str | Unset = UNSET
    """ The new description for the assistant. If not provided, assistant will keep its current description. """

    # An argument of __init__ (keyword only), so that attrs.evolve and copies keep these fields.
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""
