from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.protocol_error_error import ProtocolErrorError
from ..types import UNSET, Model, Unset

if TYPE_CHECKING:
    from ..models.protocol_response_meta import ProtocolResponseMeta


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
@_attrs_define(repr=False)
class ProtocolError(Model):
    """ProtocolError

    Error response for a command."""

    type_: Literal["error"] = _attrs_field(metadata={"json": "type"})

    id: int | None
    """ The `id` of the offending command, or null if the envelope was unparseable. """

    error: ProtocolErrorError

    message: str

    stacktrace: str | Unset = UNSET

    meta: ProtocolResponseMeta | Unset = UNSET
    """ Optional metadata attached to command responses. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""
