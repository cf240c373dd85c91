from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
@_attrs_define(repr=False)
class ErrorResponse(Model):
    """ErrorResponse

    Error response returned from the server"""

    detail: str
    """ Human-readable error message """

    # An argument of __init__ (keyword only), so that attrs.evolve and copies keep these fields.
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""
