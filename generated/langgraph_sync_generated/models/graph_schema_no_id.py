from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
# eq=False: a model equals what its dict equals (`thread == {...}`), as the dict it is.
@_attrs_define(repr=False, eq=False)
class GraphSchemaNoId(Model):
    """GraphSchemaNoId

    Defines the structure and properties of a graph without an ID."""

    input_schema: Any
    """ The schema for the graph input. Missing if unable to generate JSON schema from graph. """

    output_schema: Any
    """ The schema for the graph output. Missing if unable to generate JSON schema from graph. """

    state_schema: Any
    """ The schema for the graph state. Missing if unable to generate JSON schema from graph. """

    config_schema: Any | Unset = UNSET
    """ The schema for the graph config. Missing if unable to generate JSON schema from graph. """

    context_schema: Any | Unset = UNSET
    """ The schema for the graph context. Missing if unable to generate JSON schema from graph. """

    # An argument of __init__ (keyword only), so that attrs.evolve keeps these fields. Read, it is
    # a new dict of the model's keys that are not fields (types.Model); set, it replaces them.
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""
